"""A claim's source named as someone's own document after "according to", "comes from" or "is
based on" (claims10), or "by" (sources18: "By the service's own internal figures, ...").

"The project is maintained by 14 contributors, according to its governance page.", "The claim
that tables take 30 percent less space comes from the project's own benchmarks.", "The estimate
is based on the council's survey of 400 homes." name whose page, benchmarks or survey the
figure comes from: a reader can check it. The attribution pass (`xlplugin.cues`) reads a source
after "according to" only when it holds a source noun, and "comes from" or "based on" not at all;
so such a sentence read as unsourced, or as a passive without a source ("is maintained").

The rule: a link phrase of LINK_PHRASES, then within OWNER_WINDOW words an owner (a possessive
pronoun of OWNER_PRONOUNS, or a word ending in "'s") and the owned noun after it, before any
punctuation; after "comes from" or "based on" the owned words must hold a document a reader can
check (attribution.txt [owned_document_words]: "based on his trip to Israel", "comes from her
enemies" name none). "According to some reports", "comes from nowhere", "based on a true story"
name no owner and stay as they were.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from .cues import PASSIVE_DETAIL, Attribution
from .phrases import words
from .text import Document

__all__ = ["LINK_PHRASES", "owned_source", "with_owned_sources"]

# The words that point at where a claim comes from ("according to its governance page", "comes
# from the project's own benchmarks", "is based on the council's survey").
LINK_PHRASES = (("according", "to"), ("comes", "from"), ("come", "from"), ("came", "from"), ("based", "on"),
                ("drawn", "from"))
# (sources18) "By" and an owned document is a link too ("By the service's own internal figures,
# waiting times rose", "..., by its own count"): the owned words must hold a document
# ([owned_document_words]): "approved by the council's planning committee" names none.
_BY = "by"
_FIRST = frozenset(p[0] for p in LINK_PHRASES) | {_BY}
OWNER_PRONOUNS = frozenset("its their his her our".split())
OWNER_WINDOW = 3  # the owner within three words of the link: "the project's", "its own", "the trust's board"
_POSSESSIVE_ENDINGS = ("'s", "\u2019s", "s'", "s\u2019")


@lru_cache(maxsize=1)
def _documents() -> frozenset[str]:
    """attribution.txt [owned_document_words], looked up once."""
    return words("attribution.txt", "owned_document_words")


def _owned_end(doc: Document, j: int, b: int) -> int | None:
    """The last token of an owned noun phrase opening at token `j` (before token `b`, the
    sentence's end): an owner within OWNER_WINDOW words, a word after it, no punctuation
    between; or None."""
    lowers, starts, ends, text = doc.lowers, doc.token_starts, doc.token_ends, doc.text
    for k in range(j, min(b, j + OWNER_WINDOW)):
        if k > j and text[ends[k - 1]:starts[k]] != " ":
            return None
        lw = lowers[k]
        if lw in OWNER_PRONOUNS or lw.endswith(_POSSESSIVE_ENDINGS):
            end = k + 1
            while end + 1 < b and text[ends[end]:starts[end + 1]] == " " and lowers[end + 1].isalpha() and end - k < 4:
                end += 1  # the owned noun phrase: "own benchmarks", "governance page"
            return end if end < b and lowers[end].isalpha() else None
    return None


def owned_source(doc: Document, a: int, b: int, firsts: list[int] | None = None) -> Attribution | None:
    """The first link phrase in the tokens a..b-1 followed by an owned noun phrase, as a
    document source from the link to the noun, or None. `firsts`: the positions of the
    document's words of _FIRST in order, when the caller has them (only those are tried: the
    same answer as trying every token, for no other token opens a link phrase)."""
    lowers = doc.lowers
    if firsts is None:
        firsts = [i for i in range(a, b) if lowers[i] in _FIRST]
    for i in firsts[bisect_left(firsts, a):bisect_left(firsts, b - 2)]:
        skip = 1 if lowers[i] == _BY else 2 if (lowers[i], lowers[i + 1]) in LINK_PHRASES else 0
        if skip:
            end = _owned_end(doc, i + skip, b)
            if end is not None and (lowers[i] == "according" or not _documents().isdisjoint(lowers[i + skip:end + 1])):
                start, stop = doc.token_starts[i], doc.token_ends[end]
                return Attribution("document", start, stop, f"owned document \u201c{doc.text[start:stop]}\u201d")
    return None


def _owner_after(lowers: list[str], i: int) -> bool:
    """Is one of the OWNER_WINDOW words after "by" at `i` an owner ("by its own count", "By the
    county council's figures"), as `_owned_end` asks?"""
    return any(lw in OWNER_PRONOUNS or lw.endswith(_POSSESSIVE_ENDINGS) for lw in lowers[i + 1 : i + 1 + OWNER_WINDOW])


def with_owned_sources(doc: Document, found: tuple[Attribution | None, ...]) -> tuple[Attribution | None, ...]:
    """The attributions, with an owned document as the source of a sentence that names none or
    only a passive without a source ("is maintained ..., according to its governance page").
    (A document with no link word is passed over after one set test.)"""
    documents = _documents()  # (read here, not only where a link phrase is found: one cached call)
    lowers = doc.lowers
    if _FIRST.isdisjoint(lowers) or not documents:
        return found
    out = list(found)
    # (one pass: the sentences look up theirs; a "by" only with an owner in the words after it)
    firsts = [i for i, lw in enumerate(lowers) if lw in _FIRST and (lw != _BY or _owner_after(lowers, i))]
    if not firsts:
        return found
    sentences = doc.sentences
    starts = [s.first_token for s in sentences]
    for k in sorted({bisect_right(starts, i) - 1 for i in firsts} - {-1}):
        sentence = sentences[k]
        own = out[k]
        if own is None or own.kind == "weasel" and own.detail.startswith(PASSIVE_DETAIL):
            out[k] = owned_source(doc, sentence.first_token, sentence.last_token, firsts) or own
    return tuple(out)
