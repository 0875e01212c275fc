"""(prov14) The furniture of a forum thread that reads as a post's content, and the posts it quotes.

A forum page copied as text keeps lines that the forum's software wrote, not the poster:

- a counters line, "Likes: 23 | Replies: 11", "Views: 1,204 · Comments: 8" (`counter_lines`):
  labels of [forum_counter_words] in data/provenance.txt, each with a number;
- in a forum post (`xlplugin.voice.forum_post`: two forum lines, "Re:", "Joined:", "Quote from:"),
  a note of the poster's later edit, "Edit: found it ..." (`forum_lines`), and the thread's
  subject, a line opening "Re:" among the first four ("Re: Is the unit closing?", also after
  the forum's breadcrumbs), which is a title, not a question the poster asks.

`xlplugin.prose.find_not_prose_spans` takes these lines as not prose, so their numbers are no
claims and their "?" no question of the author's. A quoted post (the lines after "Quote from:
NAME" or "NAME wrote:", up to the paragraph's end, or the next paragraph where the header ends
its own) is another member's words: `quoted_posts`, which `xlplugin.blockquotes` adds to its
quoted blocks. Blind spots: a quote of several paragraphs counts only its first; a forum whose
quote header has other words ("NAME said:" is read by the attribution pass already).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .text import Document

__all__ = ["counter_lines", "forum_lines", "quoted_posts", "with_quoted_posts"]

# A line of counters: "Likes: 23 | Replies: 11", "Views: 1.2K · Comments: 8"; every label one of
# [forum_counter_words] (checked after the match). Run only where a label with its colon is in the
# text (`_labels_in`).
_COUNTER_LINE_RE = re.compile(
    r"[ \t]*([A-Za-z]+)[ \t]*:[ \t]*\d[\d,.]*[KkMm]?"
    r"((?:[ \t]*[|\u00b7\u2022,][ \t]*[A-Za-z]+[ \t]*:[ \t]*\d[\d,.]*[KkMm]?)*)[ \t]*")
_LABEL_RE = re.compile(r"([A-Za-z]+)[ \t]*:")
# A quote header: "Quote from: NAME" (with an optional "on DATE"), or "NAME wrote:" alone on its line.
_QUOTE_FROM_RE = re.compile(r"[ \t]*quote from:[^\n]{1,80}", re.IGNORECASE)
_WROTE_RE = re.compile(r"[ \t]*[^\s:][^\n:]{0,40}[ \t]wrote:[ \t]*", re.IGNORECASE)
_EDIT_RE = re.compile(r"(?:edit|edited)[ \t]*\d?[ \t]*:", re.IGNORECASE)


@lru_cache(maxsize=1)
def _counter_words() -> frozenset[str]:
    from .lexicon import load_sections

    return frozenset(w for line in load_sections("provenance.txt")["forum_counter_words"] for w in line.split())


def _labels_in(doc: Document) -> bool:
    """Does the text hold a counter label with its colon ("likes:")? Asked first of the text's
    words (one set intersection), then only for the labels it holds, of the lower-cased text (a
    substring test from C): the line regex runs on a few texts only."""
    held = _counter_words() & doc.analysis.vocabulary
    if not held:
        return False
    lower = doc.analysis.lower_text
    return any(w + ":" in lower or w + " :" in lower for w in held)


def counter_lines(doc: Document) -> list[tuple[int, int]]:
    """The lines (start, end) that are forum or social counters only ("Likes: 23 | Replies: 11")."""
    if not _labels_in(doc):
        return []
    words, text, out = _counter_words(), doc.text, []
    for s, e in doc.lines:
        m = _COUNTER_LINE_RE.fullmatch(text, s, e)
        if m and all(label.lower() in words for label in [m[1], *_LABEL_RE.findall(m[2])]):
            out.append((s, e))
    return out


# A thread's subject is read among a post's first lines: a saved page may open with the forum's
# breadcrumbs ("Home > Forums > World News") before it.
SUBJECT_LINES = 4


def forum_lines(doc: Document) -> list[tuple[int, int, str]]:
    """In a forum post (`voice.forum_post`), the edit notes ("Edit: found it") and the thread's
    subject line (the first line opening "Re:" among the first SUBJECT_LINES non-empty lines),
    with what each is."""
    from .voice import forum_post

    lower = doc.analysis.lower_text
    # (two substring tests from C spare most texts the forum test: a subject opens one of the
    # first lines, an edit note opens a line)
    if not ("re:" in lower[:400] or "\nedit" in lower) or not forum_post(doc):
        return []
    text, out = doc.text, []
    seen = 0
    subject = False
    for s, e in doc.lines:
        if not text[s:e].strip():
            continue
        seen += 1
        if not subject and seen <= SUBJECT_LINES and text[s:e].lstrip()[:3].lower() == "re:":
            out.append((s, e, "forum subject"))
            subject = True
        elif _EDIT_RE.match(text, s, e):
            out.append((s, e, "forum edit note"))
    return out


def quoted_posts(doc: Document) -> list[tuple[int, int]]:
    """The quoted posts of a forum post: after a "Quote from: NAME" or "NAME wrote:" line, the
    rest of its paragraph, or the next paragraph where the header is a paragraph of its own."""
    lower = doc.analysis.lower_text
    if "quote from:" not in lower and "wrote:" not in lower:
        return []
    from .voice import forum_post

    if not forum_post(doc):
        return []
    text, paragraphs, out = doc.text, doc.paragraphs, []
    for p, (ps, pe) in enumerate(paragraphs):
        nl = text.find("\n", ps, pe)
        head_end = nl if nl >= 0 else pe
        if not (_QUOTE_FROM_RE.fullmatch(text, ps, head_end) or _WROTE_RE.fullmatch(text, ps, head_end)):
            continue
        if nl >= 0 and text[nl:pe].strip():
            out.append((nl + 1, pe))
        elif p + 1 < len(paragraphs):
            out.append(paragraphs[p + 1])
    return out


def with_quoted_posts(doc: Document, blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`blocks` (sorted spans: `blockquotes.reported_blocks`) with the quoted posts added, sorted
    and not overlapping (a span inside another is merged into it); `blocks` itself where the text
    quotes no post (most texts)."""
    quoted = quoted_posts(doc)
    if not quoted:
        return blocks
    out: list[tuple[int, int]] = []
    for s, e in sorted(set(blocks) | set(quoted)):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out
