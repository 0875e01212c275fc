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

(voice20) A thread of replies copied whole (a Reddit AMA, a comment thread) heads each post with
a poster's line: a handle ("u/NAME", "@NAME") and the site's counters or age ("u/pine_pete ·
412 points", "r/IAmA · Posted by u/dr_fire · 6h"; `poster_lines`). At least THREAD_MIN_POSTERS
such lines of two handles make a thread (`thread`): the lines are furniture (their numbers are
no claims), and every post under another handle than the author's (the handle after "Posted by",
else the first poster's) runs from its line to the next poster line and is that member's words,
a quoted post (`quoted_posts`): their questions, "!" and "I" are theirs, not the author's.
Without "Posted by", the author is the first poster where the text opens with a poster line,
else the handle heading the most posts (an AMA's host answering), else no one (comments).
Blind spots: a handle with neither "u/" nor "@" and no points count ("pinecone_pete · 6h"); a
reply quoting the author back stays the replier's.

(pages21) A forum's own software (phpBB, vBulletin, SMF) heads each post with a header of lines
instead: the poster's name, rank and member fields, then the post's date line ("bramblegate /
Regular member / Joined: Mar 2019 / Posts: 1,204 / Posted: 12 Feb 2026, 09:14";
`_header_lines`). Where no poster line of the first shape is found, these headers are the
thread's poster lines, read the same way.

(forum25) A question-and-answer site (Stack Exchange, its clones) signs each post at its foot
instead: "asked Mar 14, 2023 at 21:07 NAME 1,231 rep", "answered Mar 16, 2023 at 13:44 NAME 211
rep" (an edit's date may follow the first date; `_qa_signatures`). A page with the asker's
signature and an answer signed by another name is a thread (`thread`): the signature lines are
furniture, the asker is the author, and each answer by another name (from the signature before
it to its own) is that member's words, with the comments under the post before it. Blind spot:
comments under the last answer stay the author's.

(threads27) A thread copied from a page whose software heads each post with its poster's name
alone on a line, and nothing else: "garden_gus wrote:", a bare "u/garden_gus", "Posted by
garden_gus" (`_name_lines`). The name is one word in a handle's shape (an underscore, a digit or
a capital inside it) or in lower case, never a pronoun ("He wrote:"), and the line holds nothing
else: a news report quoting a post in its sentence ("One user, u/pine_pete, wrote: ...") has no
such line, nor a letters page ("Margaret Ellery, Hawthorn Road" is two words and a place), nor a
transcript ("KESSLER:"). These lines head a thread as the poster lines above do (at least
THREAD_MIN_POSTERS of two names). A forum's breadcrumb over the first post, "Posted in
Greenfingers Forum > Vegetables" (`breadcrumb_line`), says the page is a forum's too.
"""

from __future__ import annotations

import re
import weakref
from functools import lru_cache

from .text import Document

__all__ = ["breadcrumb_line", "counter_lines", "forum_lines", "poster_lines", "quoted_posts", "thread",
           "with_quoted_posts", "THREAD_MIN_POSTERS"]

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


# (voice20) A poster's line: an optional community ("r/IAmA ·"), "Posted by" or not, a handle,
# then one or more of the site's counters or the post's age, each after a dot, bar or bullet
# ("· 412 points", "· 6h", "| 3 hours ago"). A handle is "u/NAME" or "@NAME"; a bare one-word
# name ("CoffeeAndCones · 61 points") only before a count of points or votes, in a handle's shape.
_SEP = r"[ \t]*[\u00b7\u2022|][ \t]*"
_COUNT = r"\d[\d,.]*[KkMm]?[ \t]+(?:points?|votes?|upvotes?|likes?|karma)"
_AGE = r"\d{1,3}[ \t]*(?:[smhdwy]|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)(?:[ \t]+ago)?"
_POSTER_LINE_RE = re.compile(
    r"[ \t]*(?:r/\w{2,30}" + _SEP + r")?(?P<by>(?:posted[ \t]+by|by)[ \t]+)?"
    r"(?:(?P<handle>(?:u/|@)[\w.-]{2,30})(?:" + _SEP + r"(?:" + _COUNT + "|" + _AGE + r"))+"
    r"|(?P<bare>[A-Za-z][\w-]{2,30})" + _SEP + _COUNT + r"(?:" + _SEP + _AGE + r")?)[ \t]*", re.IGNORECASE)
# A bare name is a handle by its shape: an underscore, a digit or a capital inside it ("pine_pete",
# "hiker99", "CoffeeAndCones"); a word ("Arsenal \u00b7 45 points" in a league table) is none.
_HANDLE_SHAPE_RE = re.compile(r"[_\d]|.[A-Z]")
THREAD_MIN_POSTERS = 3  # poster lines, of at least two handles


def poster_lines(doc: Document) -> list[tuple[int, int, str]]:
    """(voice20) The lines (start, end, handle) that head a post of a thread: a handle with the
    site's counters or age ("u/pine_pete · 412 points"); the handle without its "u/" or "@",
    lower case, marked "op" first where "Posted by" names it ("op u/name" is never a handle).
    Read only where the text holds a separator dot, bar or bullet and "u/", "@" or "points"."""
    text = doc.text
    if not ("\u00b7" in text or "\u2022" in text or "|" in text):
        return []
    lower = doc.analysis.lower_text
    if "u/" not in lower and "@" not in lower and "points" not in lower and "votes" not in lower:
        return []
    out = []
    for s, e in doc.lines:
        if e - s > 120:
            continue
        m = _POSTER_LINE_RE.fullmatch(text, s, e)
        if m and (m["handle"] or _HANDLE_SHAPE_RE.search(m["bare"])):
            name = (m["handle"] or m["bare"]).lower().removeprefix("u/").lstrip("@")
            out.append((s, e, "op " + name if m["by"] and m["handle"] else name))
    return out


# (pages21) A post's header in a forum's own software (phpBB, vBulletin, SMF): the poster's name on
# a line of its own, then their rank and member fields ("Regular member", "Joined: Mar 2019",
# "Posts: 1,204"), then the post's date line ("Posted: 12 Feb 2026, 09:14", "Posted on 3/2/2026").
# The date line is found first; the name is the earliest of the short lines just before it
# (at most HEADER_MAX_LINES, each at most HEADER_LINE_MAX_CHARS and no sentence: no "." or "?"
# at its end) that is one word in a name's shape. The header (name to date line) is the poster
# line. Blind spots: a post whose last line is one short word ("Thanks!") just before the next
# header is read as that header's name; a header with no date line.
_POSTED_LINE_RE = re.compile(r"[ \t]*posted(?:[ \t]+on)?[ \t]*:?[ \t]+(?=[^\n]{0,60}\d)[^\n]{4,60}", re.IGNORECASE)
_HEADER_NAME_RE = re.compile(r"[ \t]*[^\W\d][\w.'!-]{1,29}[ \t]*")
HEADER_MAX_LINES = 4
HEADER_LINE_MAX_CHARS = 40


def _header_lines(doc: Document) -> list[tuple[int, int, str]]:
    """(pages21) The post headers (start, end, name) of a forum's own software: see _POSTED_LINE_RE.
    Read only where the text holds the word "posted"."""
    if "posted" not in doc.analysis.vocabulary:
        return []
    text, out = doc.text, []
    lines = [(s, e) for s, e in doc.lines if not text[s:e].isspace() and s < e]  # (blank lines left out)
    for i, (s, e) in enumerate(lines):
        if not _POSTED_LINE_RE.fullmatch(text, s, e):
            continue
        name = None
        for j in range(i - 1, max(i - 1 - HEADER_MAX_LINES, -1), -1):
            ls, le = lines[j]
            line = text[ls:le].strip()
            if len(line) > HEADER_LINE_MAX_CHARS or line.endswith((".", "?", ":")):
                break
            if out and ls < out[-1][1]:  # (the header before: its date line ends it)
                break
            if _HEADER_NAME_RE.fullmatch(text, ls, le):
                name = (ls, line)
        if name is not None:
            out.append((name[0], e, name[1].rstrip("!.").lower()))
    return out


# (forum25) A Q&A site's signature under a post: "asked" or "answered", the date ("Mar 14, 2023 at
# 21:07", "Aug 3 at 2:51"), an optional edit's date after a dot or bar, the poster's name and
# their reputation ("1,231 rep", "18.4k rep"), then badges or nothing.
_QA_DATE = r"[A-Z][a-z]{2,8}[ \t]+\d{1,2}(?:,[ \t]*\d{4})?(?:[ \t]+at[ \t]+\d{1,2}:\d{2})?"
_QA_SIGNATURE_RE = re.compile(
    r"[ \t]*(?P<verb>asked|answered)[ \t]+" + _QA_DATE + r"(?:" + _SEP + r"edited[ \t]+" + _QA_DATE + r")?"
    r"[ \t]+(?P<name>[^\n]{2,40}?)[ \t]+\d[\d,.]*[kKmM]?[ \t]+rep(?:utation)?\b[^\n]{0,60}")


def _qa_signatures(doc: Document) -> list[tuple[int, int, str]]:
    """(forum25) The signature lines (start, end, name) of a Q&A site's posts, the asker's name
    marked "op " first; read only where the text holds the words "answered" and "rep" (or
    "reputation")."""
    vocabulary = doc.analysis.vocabulary
    if "answered" not in vocabulary or ("rep" not in vocabulary and "reputation" not in vocabulary):
        return []
    text, out = doc.text, []
    for s, e in doc.lines:
        if e - s > 160:
            continue
        m = _QA_SIGNATURE_RE.fullmatch(text, s, e)
        if m:
            name = m["name"].strip().lower()
            out.append((s, e, "op " + name if m["verb"].lower() == "asked" else name))
    return out


def _qa_thread(doc: Document) -> tuple[list[tuple[int, int, str]], str] | None:
    """(forum25) A Q&A page as a thread: its signature lines and the asker, where the asker signs
    first and another name signs an answer."""
    lines = _qa_signatures(doc)
    if len(lines) < 2 or not lines[0][2].startswith("op "):
        return None
    asker = lines[0][2][3:]
    lines = [(s, e, h.removeprefix("op ")) for s, e, h in lines]
    if all(h == asker for _, _, h in lines):
        return None
    return lines, asker


def keep_qa_signatures(tree) -> None:
    """(forum25) In a web page's tree (`xlplugin.pages`), make each Q&A signature block ("asked
    ... NAME 1,231 rep", in a box of the site's user info) a plain paragraph, so that the page
    reader keeps it as a line of the text: without it the thread's answers read as the asker's.
    Looked for only where the page holds "answered" and "rep"."""
    found = []
    for el in tree.iter("div", "span", "td", "footer", "aside", "section"):
        text = el.text_content()
        if "answered" not in text and "asked" not in text:
            continue
        line = " ".join(text.split())
        if len(line) <= 160 and _QA_SIGNATURE_RE.fullmatch(line):
            found.append(el)
    if not any("answered" in el.text_content() for el in found):
        return
    for el in found:
        el.tag = "p"
        el.attrib.clear()


# (threads27) A post's header that is only its poster's name: "NAME wrote:", "u/NAME", "Posted by NAME"
# (also "Posted by u/NAME"), alone on its line; the name one word (see `_name_lines`).
_NAME_LINE_RE = re.compile(
    r"[ \t]*(?:(?P<wrote>[^\W\d][\w.-]{1,29})[ \t]+wrote[ \t]*:|u/(?P<user>[\w-]{2,30})"
    r"|(?P<by>posted[ \t]+by)[ \t]+(?:u/)?(?P<poster>[^\W\d][\w.-]{1,29}))[ \t]*", re.IGNORECASE)
# Words that are no poster's name before "wrote:" ("He wrote:", "Someone wrote:")
_NOT_NAMES = frozenset("""he she they it i we you who one someone somebody anyone everyone nobody
    admin administrator moderator user author editor reader writer poster member op""".split())


def _name_lines(doc: Document) -> list[tuple[int, int, str]]:
    """(threads27) The lines (start, end, name) that are only a poster's name as a post's header:
    "garden_gus wrote:", a bare "u/garden_gus", "Posted by garden_gus" (marked "op" first, as in
    `poster_lines`). A name after "wrote:" or "Posted by" is in a handle's shape (`_HANDLE_SHAPE_RE`)
    or lower case ("valleytrucker"), not one of _NOT_NAMES: "Tom wrote:" is a name, not a handle.
    Read only where the lower-cased text holds "wrote:", a line opening "u/" or "posted by"."""
    lower = doc.analysis.lower_text
    if "wrote:" not in lower and "\nu/" not in lower and not lower.startswith("u/") and "posted by" not in lower:
        return []
    text, out = doc.text, []
    for s, e in doc.lines:
        if e - s > 48:
            continue
        m = _NAME_LINE_RE.fullmatch(text, s, e)
        if not m:
            continue
        if m["user"]:
            out.append((s, e, m["user"].lower()))
            continue
        name = m["wrote"] or m["poster"]
        if name.lower() in _NOT_NAMES or not (_HANDLE_SHAPE_RE.search(name) or name[0].islower()):
            continue
        out.append((s, e, "op " + name.lower() if m["by"] else name.lower()))
    return out


# (threads27) A forum's breadcrumb over a post: "Posted in Greenfingers Forum > Vegetables", "Forums >
# Local News > Roads": a line of two or more parts between ">" (or "»", "›"), opening "Posted in" or
# naming a forum or a board, among the first SUBJECT_LINES lines. A site's own "Home > News > Politics"
# names no forum.
_BREADCRUMB_RE = re.compile(
    r"[ \t]*(?:posted[ \t]+in[ \t]+)?(?P<parts>[^\n>\u00bb\u203a]{2,60}(?:[ \t][>\u00bb\u203a][ \t][^\n>\u00bb\u203a]{2,60}){1,4})",
    re.IGNORECASE)
_FORUM_WORD_RE = re.compile(r"\b(?:forums?|message[ \t]+boards?|boards?|community)\b", re.IGNORECASE)


def breadcrumb_line(doc: Document) -> tuple[int, int] | None:
    """(threads27) The line (start, end) of a forum's breadcrumb among the first SUBJECT_LINES
    non-empty lines (`_BREADCRUMB_RE`), or None; read only where the head holds " > " or "»"."""
    text = doc.text
    head = text[:600]
    if " > " not in head and "\u00bb" not in head and "\u203a" not in head:
        return None
    seen = 0
    for s, e in doc.lines:
        if s >= 600 or seen >= SUBJECT_LINES:
            break
        if not text[s:e].strip():
            continue
        seen += 1
        m = _BREADCRUMB_RE.fullmatch(text, s, e)
        if m and (text[s:e].lstrip()[:9].lower() == "posted in" or _FORUM_WORD_RE.search(m["parts"])):
            return s, e
    return None


# The last document asked about and its thread (a memo on the document object, as voice.forum_post's).
_LAST_THREAD: list = [None, None]


def thread(doc: Document) -> tuple[list[tuple[int, int, str]], str] | None:
    """(voice20) The text as a thread of replies: its poster lines (`poster_lines`, handles
    without the "op" mark) and the author's handle (the one "Posted by" names, else the first
    poster's); None unless THREAD_MIN_POSTERS lines of two handles or more head posts."""
    last = _LAST_THREAD[0]() if _LAST_THREAD[0] is not None else None
    if last is doc:
        return _LAST_THREAD[1]
    lines = poster_lines(doc) or _header_lines(doc)
    named = len(lines) < THREAD_MIN_POSTERS
    if named:
        lines = _name_lines(doc)  # (threads27)
    found = None
    if len(lines) >= THREAD_MIN_POSTERS:
        op = next((h[3:] for _, _, h in lines if h.startswith("op ")), None)
        lines = [(s, e, h.removeprefix("op ")) for s, e, h in lines]
        if len({h for _, _, h in lines}) >= 2:
            if op is None and named and _head_only(doc.text[: lines[0][0]]):
                op = lines[0][2]
            found = (lines, op or _author(doc.text, lines))
    if found is None:
        found = _qa_thread(doc)
    _LAST_THREAD[:] = [weakref.ref(doc), found]
    return found


# (threads27) The head of a thread copied from its page: its subject, its community ("r/HollowayCity") and
# the forum's breadcrumb, each a short line; at most HEAD_ONLY_LINES of them. An opening post without a
# poster line of its own (an AMA's host) runs longer.
HEAD_ONLY_LINES = 3
HEAD_LINE_MAX_CHARS = 100


def _head_only(text: str) -> bool:
    """(threads27) Is `text` (what comes before a thread's first poster line) only its head: at most
    HEAD_ONLY_LINES non-empty lines of HEAD_LINE_MAX_CHARS characters or fewer? Then the first
    poster started the thread, and is its author."""
    lines = [line for line in text.split("\n") if line.strip()]
    return len(lines) <= HEAD_ONLY_LINES and all(len(line) <= HEAD_LINE_MAX_CHARS for line in lines)


def _author(text: str, lines: list[tuple[int, int, str]]) -> str:
    """The author's handle where no "Posted by" names one: the first poster's when the text opens
    with its line, else (the opening post has no line of its own: an AMA's host, who answers the
    others) the handle heading more posts than any other; "" (no one's: every post is another
    member's, as comments under an article are) when none does."""
    if not text[: lines[0][0]].strip():
        return lines[0][2]
    counts: dict[str, int] = {}
    for _, _, handle in lines:
        counts[handle] = counts.get(handle, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    return max(counts, key=counts.__getitem__) if ranked[0] > ranked[1] else ""


def _others_posts(doc: Document) -> list[tuple[int, int]]:
    """(voice20) In a thread (`thread`), the posts under another handle than the author's: from
    the end of each such poster line to the next poster line (or the end of the text)."""
    found = thread(doc)
    if found is None:
        return []
    lines, op = found
    if _QA_SIGNATURE_RE.fullmatch(doc.text, lines[0][0], lines[0][1]):
        # (forum25) a Q&A post runs up to its signature, from the signature before it
        return [(before[1], s) for before, (s, _, handle) in zip(lines, lines[1:]) if handle != op]
    ends = [s for s, _, _ in lines[1:]] + [len(doc.text)]
    return [(e, end) for (s, e, handle), end in zip(lines, ends) if handle != op and e < end]


def quoted_posts(doc: Document) -> list[tuple[int, int]]:
    """The quoted posts of a forum post: after a "Quote from: NAME" or "NAME wrote:" line, the
    rest of its paragraph, or the next paragraph where the header is a paragraph of its own;
    (voice20) and in a thread of replies, the other members' posts (`_others_posts`)."""
    others = _others_posts(doc)
    lower = doc.analysis.lower_text
    if "quote from:" not in lower and "wrote:" not in lower:
        return others
    found = thread(doc)
    if found is not None and _NAME_LINE_RE.fullmatch(doc.text, found[0][0][0], found[0][0][1]):
        return others  # (threads27) its "NAME wrote:" lines head the thread's posts: they quote no one
    from .voice import forum_post

    if not forum_post(doc):
        return others
    text, paragraphs, out = doc.text, doc.paragraphs, others
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
