"""Studies, papers and reports, named or unnamed, as the source of a sentence.

A document is a source a reader can check when the sentence says whose it is or where it
appeared: "a study published today in the Journal of Medicine", "a paper in Nature", "a report
by the World Bank", "research from the University of Leeds" (`named_publication`). With no name
anywhere in its noun phrase, "a study found" is as vague as "a source said" (`unnamed_document`):
the reader cannot tell which study. "The survey found" (a definite article) points back at a
document named before, and stays a document source.

Used by `xlplugin.cues`; the words are attribution.txt [publication_words] and
[publication_link_words]. Blind spots: a place read as a publisher ("a study in Texas"); a
publication named in the sentence before ("The Lancet published a study. The study found ...").
"""

from __future__ import annotations

from functools import lru_cache

from .phrases import words
from .source_window import DETERMINERS, HARD_BOUNDARY, Words

__all__ = ["LINK_WINDOW", "named_publication", "unnamed_document"]

DATA_FILE = "attribution.txt"
# The most words between a publication word and its link word: a participle and a time
# ("published online today in", "released last week by").
LINK_WINDOW = 3
# Words that may stand there besides participles (-ed, -en) and -ly adverbs.
_BETWEEN = frozenset("today yesterday online last this week month year earlier recently".split())
# Words after which a noun phrase opens a clause ("and a study found").
_CLAUSE_JOINERS = frozenset("and but while whereas as because since though although".split())
# Words that may open the name after the link word.
_NAME_OPENERS = frozenset("the a an".split())


@lru_cache(maxsize=1)
def _sets() -> tuple[frozenset[str], frozenset[str]]:
    """([publication_words], [publication_link_words]), looked up once."""
    return words(DATA_FILE, "publication_words"), words(DATA_FILE, "publication_link_words")


def _gap(w: Words, text: str, k: int) -> bool:
    """Does punctuation (a comma included) stand between the words k and k + 1?"""
    gap = text[w.ends[k]:w.starts[k + 1]]
    return gap != " " and ("," in gap or HARD_BOUNDARY.search(gap) is not None)


def named_publication(w: Words, i: int, text: str, not_names: frozenset[str]) -> int | None:
    """The position of the name after the publication word at `i` ("a paper in Nature": of
    "Nature"), or None: a word of [publication_link_words] within LINK_WINDOW words after it,
    only participles, -ly adverbs and times between, then a capitalised word that is not one of
    `not_names` (after "the" or "a" at most)."""
    texts, lowers = w.texts, w.lowers
    publications, links = _sets()
    if lowers[i] not in publications:
        return None
    n = len(lowers)
    for j in range(i + 1, min(n, i + LINK_WINDOW + 2)):
        if _gap(w, text, j - 1):
            return None
        lw = lowers[j]
        if lw in links:
            k = j + 1
            if k < n and lowers[k] in _NAME_OPENERS and not _gap(w, text, j):
                k += 1
            if k < n and not _gap(w, text, k - 1) and texts[k][:1].isupper() and lowers[k] not in not_names:
                return k
            return None
        if not (lw in _BETWEEN or lw.endswith(("ed", "en", "ly"))):
            return None
    return None


def unnamed_document(w: Words, head: int, verb: int, text: str, not_names: frozenset[str]) -> bool:
    """Is the document subject of the finding verb at `verb`, its document word at `head`, an
    unnamed publication: a word of [publication_words] whose determiner (the nearest, walking
    back within LINK_WINDOW + 2 words) is "a" or "an" and opens the clause (the sentence's first
    word, or after a comma or a conjunction), with no capitalised word between it and the verb?
    "A study found", "a new survey of 2,000 adults shows", "..., a local poll found"; not "a
    Pentagon report found", "a 2019 study by Harvard researchers found", "Trump issued a
    statement saying" (Trump's statement: the determiner does not open the clause)."""
    texts, lowers = w.texts, w.lowers
    if lowers[head] not in _sets()[0]:
        return False
    for d in range(head, max(-1, head - LINK_WINDOW - 3), -1):
        if lowers[d] in DETERMINERS:
            break
    else:
        return False
    if lowers[d] not in ("a", "an") or d > 0 and not (lowers[d - 1] in _CLAUSE_JOINERS or _gap(w, text, d - 1)):
        return False
    return not any(texts[k][:1].isupper() and lowers[k] not in not_names for k in range(d + 1, verb))
