"""The batch step: paragraphs that recur across one outlet's documents are its furniture.

`repeated_paragraphs(items)`: for each document of a batch, the keys of its paragraphs that recur
verbatim (or with only numbers, case, spacing or punctuation changed) in several documents of
the same outlet; the engine hands them to `xlplugin.text.prepare` as `furniture`, and
`xlplugin.prose` marks them as text that is not prose ("repeated paragraph").
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from typing import Iterable

__all__ = ["REPEAT_MIN_DOCUMENTS", "REPEAT_MIN_CHARS", "REPEAT_MAX_SHARE", "REPEAT_EDGE_PARAGRAPHS", "KEY_EDGE_CHARS",
           "NO_GROUP", "COPY_MARK",
           "split_paragraphs", "paragraph_key", "outlet_label", "is_copy", "decide", "repeated_paragraphs"]

# A paragraph must recur in at least this many documents of one outlet to be its furniture.
# Two stories on one running event often share a background paragraph written by the same
# reporter; a note the outlet appends to everything it publishes recurs in every document.
REPEAT_MIN_DOCUMENTS = 3
# Shorter paragraphs ("Advertisement", "Share") are left to the line rules; a disclaimer or an
# editor's note is a sentence or more.
REPEAT_MIN_CHARS = 40
# Only the first and last this-many paragraphs of a document are looked at: an outlet puts its
# notes, disclaimers and plugs before or after the story, and a background paragraph that a
# reporter reuses inside several stories is the reporter's own prose. (It also keeps the batch
# step's cost per document bounded, whatever its length.)
REPEAT_EDGE_PARAGRAPHS = 4
# A document in which more than this share of the text recurs elsewhere is a copy of the same
# document (filed twice, or a wire story reprinted), not a document carrying furniture: its
# paragraphs are left as they are. What counts is the story recurring (`is_copy`): one standard
# paragraph that outweighs a short item does not make the item a copy.
REPEAT_MAX_SHARE = 0.5
# Put in front of a repeated paragraph's key in the marks of a copy (`decide`): the paragraph was
# left out of some other document of its outlet but is scored in this one, and the row says so
# (`xlplugin.repeat_notes`). A real key never holds a NUL (`paragraph_key` makes it a space), so a
# marked key matches no paragraph in `xlplugin.text.prepare` and leaves the text as it is.
COPY_MARK = "\x00copy:"

_PARAGRAPH_RE = re.compile(r"\n[ \t]*\n\s*")
# What "near-verbatim" forgives: case, spacing, numbers (a date or a count that changes from one
# document to the next) and the style of quotation marks and dashes. Done with regular
# expressions and str methods, which run in C: the batch step reads every paragraph of every
# document once. (Control and zero-width characters become spaces, as `xlplugin.text.normalise`
# makes them, so that keys made from the raw text and from the prepared text agree.)
_NUMBER_RE = re.compile(r"\d+")
# A paragraph longer than twice this is keyed by its first and last this-many characters: two
# different paragraphs of prose never share 400 characters at both ends.
KEY_EDGE_CHARS = 200
# The group of a document with no known outlet: its paragraphs are never counted (see _outlet_key).
NO_GROUP = ""
_BLANK_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f\u200b\ufeff]")
_TYPOGRAPHY = (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"),
               ("\u2014", "-"), ("\u00a0", " "))


def split_paragraphs(text: str) -> list[str]:
    """The paragraphs of a text (blank-line separated), as `xlplugin.text` splits them: Unicode
    NFC and one newline convention first, done in C (`xlplugin.text.normalise` also keeps an
    offset map, which the batch step does not need)."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [p for p in _PARAGRAPH_RE.split(text) if p and not p.isspace()]


def paragraph_key(paragraph: str) -> str:
    """A paragraph's identity up to case, spacing, numbers and quotation-mark style: a
    "near-verbatim" repeat (a date or a count changed, a curly quote straightened) has the same
    key."""
    if len(paragraph) > 2 * KEY_EDGE_CHARS:
        # a long paragraph is known by its two ends: keeps the work per paragraph bounded
        paragraph = paragraph[:KEY_EDGE_CHARS] + " \u2026 " + paragraph[-KEY_EDGE_CHARS:]
    key = _NUMBER_RE.sub("0", paragraph)
    if not key.isascii():
        for old, new in _TYPOGRAPHY:
            key = key.replace(old, new)
        key = _BLANK_RE.sub(" ", key)
    elif "\x7f" in key or not key.isprintable():
        key = _BLANK_RE.sub(" ", key)
    return " ".join(key.casefold().split())


# A URL as most are written (http or https, a plain host name with a top-level domain of letters,
# as links.is_web_address wants it, then nothing or a path, query or fragment without spaces):
# its host read off directly, as urlsplit(url).hostname gives it (urlsplit cost ~8 us a
# URL: 0.08 s of a 10,000-row refresh). tests/test_workbook_refresh_keys.py holds the two equal.
_PLAIN_URL_RE = re.compile(r"https?://((?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,63})(?:[/?#]\S*)?")


def _outlet_key(outlet: str, url: str) -> str:
    """The group a document's paragraphs are counted in: its outlet (an outlet column, a web
    page's site name), else its URL's host; "" where neither is known. Documents with no known
    outlet are never grouped with one another: a folder of unrelated files, or a sheet of pasted
    texts, is not one outlet, and a paragraph they share is not anybody's furniture. A URL cell
    that is not a web address ("n/a", "unknown": `links.is_web_address`) names no host."""
    named = _named_outlet_key(outlet) if outlet.strip() else ""
    if named:
        return named
    plain = _PLAIN_URL_RE.fullmatch(url)
    if plain is not None:
        host = plain.group(1).lower()
        return "domain:" + _site_of_host(host[4:] if host.startswith("www.") else host)
    if url.strip():
        from urllib.parse import urlsplit

        from .links import is_web_address

        if not is_web_address(url):
            return NO_GROUP
        try:
            host = urlsplit(url if "//" in url else "http://" + url).hostname or ""
        except ValueError:
            host = ""
        if host:
            return "domain:" + _site_of_host(host[4:] if host.startswith("www.") else host)
    return NO_GROUP


@lru_cache(maxsize=4096)
def _named_outlet_key(outlet: str) -> str:
    """(outlets21) The group of a document whose outlet is given, by the one key every grouping
    and the ratings join use (`source_rating.outlet_group`): "The Harwick Courier.", "Harwick
    Courier" and "L'Écho" / "L'Echo" are one outlet; a web site typed as the outlet
    ("www.harwickcourier.example") is that site's group, as its URL's documents are. (Until
    outlets21 only case and white space were folded here.) "" for a name of marks alone ("-",
    "—"): it names no outlet, and the documents are grouped by their URL's site, if any.
    Cached: a batch repeats a few names."""
    from .scorers.source_rating import outlet_group  # (the scorers import the core: read at call time)

    group = outlet_group(outlet)
    if not group:
        return ""
    return ("domain:" if _names_site(group) else "outlet:") + group


def _names_site(key: str) -> bool:
    return "." in key and " " not in key


def _site_of_host(host: str) -> str:
    """(outlets21) A site's mobile or AMP host ("m.harwickcourier.example") as the site's own, as
    --by-outlet and the ratings join read it (`source_rating.site_of`); any other host as it is."""
    if host.startswith(("m.", "mobile.", "amp.", "www.m.")) or host.endswith(".ampproject.org"):
        from .scorers.source_rating import site_of

        return site_of(host) or host
    return host


def outlet_label(outlet: str, url: str) -> str:
    """The outlet a document's repeated paragraphs were counted in, in words ("Harbour Gazette",
    "example.com"), for the row's note; "" where none is known."""
    key = _outlet_key(outlet, url)
    if key.startswith("outlet:"):
        return " ".join(outlet.split())
    return key.partition(":")[2]


def is_copy(sizes: Iterable[int], total: int) -> bool:
    """Whether a document whose repeated paragraphs have these sizes (characters) in a text of
    `total` characters is a copy of another document rather than a document with furniture.

    A copy is a document whose *story* recurs: more than REPEAT_MAX_SHARE of its text recurs even
    leaving its largest repeated paragraph out (of the repeated text and of the total). A story
    filed again, or a wire story reprinted, repeats several of its paragraphs, so it stays a copy
    without any one of them; an outlet's standard note is one paragraph, and outweighing a short
    item (a 127-character item under a 131-character editor's note) no longer makes the item a
    copy. Also a copy: a document of which nothing that could recur is left besides its repeated
    text (under REPEAT_MIN_CHARS), such as a one-paragraph item filed three times, which would
    otherwise be left out whole."""
    sizes = sorted(sizes)
    found = sum(sizes)
    if not sizes or found <= REPEAT_MAX_SHARE * max(total, 1):
        return False
    if total - found < REPEAT_MIN_CHARS:
        return True
    rest = total - sizes[-1]
    return found - sizes[-1] > REPEAT_MAX_SHARE * rest


def decide(keyed: list[tuple[str, dict[str, int], int]], counts: dict[str, dict[str, int]]) -> list[frozenset[str]]:
    """The batch step's decision, for each (group, {key: characters}, total) with the number of
    documents of each group that hold each key: the keys that recur in REPEAT_MIN_DOCUMENTS or
    more, left out (furniture); in a copy (`is_copy`) none, but those of them that some other
    document of the group left out, marked with COPY_MARK, so that the row can say why its text
    was scored."""
    found = [{key: size for key, size in paragraphs.items() if counts[group][key] >= REPEAT_MIN_DOCUMENTS}
             for group, paragraphs, _ in keyed]
    copies = [is_copy(f.values(), total) for f, (_, _, total) in zip(found, keyed)]
    left_out: dict[str, set[str]] = defaultdict(set)
    for f, copy, (group, _, _) in zip(found, copies, keyed):
        if f and not copy:
            left_out[group].update(f)
    out: list[frozenset[str]] = []
    for f, copy, (group, _, _) in zip(found, copies, keyed):
        if not f:
            out.append(_NONE)
        elif copy:
            marked = [COPY_MARK + key for key in f if key in left_out[group]]
            out.append(frozenset(marked) if marked else _NONE)
        else:
            out.append(frozenset(f))
    return out


_NONE: frozenset[str] = frozenset()


def repeated_paragraphs(items: Iterable[tuple[str, str, str]]) -> list[frozenset[str]]:
    """For each (text, outlet, url) of a batch, the keys (`paragraph_key`) of its paragraphs
    (among its first and last REPEAT_EDGE_PARAGRAPHS) that recur in at least REPEAT_MIN_DOCUMENTS
    documents of the same outlet, except in copies of one another (`is_copy`: they would be more
    than REPEAT_MAX_SHARE of the text without any one of them), where they are left in and only
    marked (COPY_MARK) where another document left them out. A document with no known outlet (no
    outlet, no URL that is a web address) gets none: it is grouped with none."""
    keyed: list[tuple[str, dict[str, int], int]] = []
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for text, outlet, url in items:
        group = _outlet_key(outlet, url)
        paragraphs: dict[str, int] = {}
        if group == NO_GROUP:
            keyed.append((group, paragraphs, 0))
            continue
        parts = split_paragraphs(text)
        total = sum(map(len, parts))
        edges = parts if len(parts) <= 2 * REPEAT_EDGE_PARAGRAPHS else \
            parts[:REPEAT_EDGE_PARAGRAPHS] + parts[-REPEAT_EDGE_PARAGRAPHS:]
        for p in edges:
            if len(p) >= REPEAT_MIN_CHARS:
                key = paragraph_key(p)
                paragraphs[key] = paragraphs.get(key, 0) + len(p)
        for key in paragraphs:
            counts[group][key] += 1
        keyed.append((group, paragraphs, total))
    return decide(keyed, counts)
