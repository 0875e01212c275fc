"""Studies, papers and reports, named or unnamed, as the source of a sentence.

A document is a source a reader can check when the sentence says whose it is or where it
appeared: "a study published today in the Journal of Medicine", "a paper in Nature", "a report
by the World Bank", "research from the University of Leeds" (`named_publication`). With no name
anywhere in its noun phrase, "a study found" is as vague as "a source said" (`unnamed_document`):
the reader cannot tell which study. "The survey found" (a definite article) points back at a
document named before, and stays a document source.

Used by `xlplugin.cues`; the words are attribution.txt [publication_words] and
[publication_link_words]. A place after the link word is where the work was done, not who published
it: "a study in Texas", "a survey from Germany" name no publication (`is_place`, [place_words]
and [place_phrases]; "a study in Texas found" is an unnamed document as "a study found" is), while
"the Texas Tribune" (a capitalised word after the place) still names one. Blind spots: a place
not in the list (most cities, regions); a publication named in the sentence before ("The Lancet
published a study. The study found ...").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import load_sections
from .phrases import words
from .source_window import DETERMINERS, HARD_BOUNDARY, Words

__all__ = ["LINK_WINDOW", "named_publication", "unnamed_document", "is_place", "is_country", "document_at_place", "place_at"]

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


@lru_cache(maxsize=1)
def _places() -> tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]:
    """([place_words], {first word: (place of several words as a word tuple, ...)}), looked up once."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for entry in load_sections(DATA_FILE)["place_phrases"]:
        parts = tuple(entry.lower().split())
        index.setdefault(parts[0], []).append(parts)
    return words(DATA_FILE, "place_words") | words(DATA_FILE, "country_words"), \
        {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return words(DATA_FILE, "country_words")


def is_country(w: Words, k: int) -> int:
    """(sources45) How many words the country written at `k` spans ("China": 1, "the United
    States" at "United": 2; [country_words] and every place of [place_phrases]), or 0: a place
    that is a city, a state or a region, or no place (`is_place`)."""
    size = is_place(w, k)
    return size if size > 1 or size == 1 and w.lowers[k] in _countries() else 0


def is_place(w: Words, k: int) -> int:
    """How many words the place written at `k` spans ("Texas": 1, "New York": 2), or 0: a
    capitalised place of [place_words] or [place_phrases] that no capitalised word follows
    ("the Texas Tribune", "New York Times" are names of their own)."""
    texts, lowers = w.texts, w.lowers
    if not texts[k][:1].isupper():
        return 0
    single, several = _places()
    size = 0
    for place in several.get(lowers[k], ()):
        if tuple(lowers[k:k + len(place)]) == place:
            size = len(place)
            break
    if not size and lowers[k] in single:
        size = 1
    if size and k + size < len(lowers) and texts[k + size][:1].isupper():
        return 0
    return size


_WORDS_RE = re.compile(r"[^\s,;:()]+")


def place_at(text: str, pos: int) -> bool:
    """Does a place (`is_place`) start at offset `pos` of `text` ("published in Chile" at
    "Chile"), its words read from there to the end of the line?"""
    end = text.find("\n", pos)
    found = _WORDS_RE.findall(text, pos, end if end >= 0 else len(text))[:5]
    texts = [t.rstrip(".") if t.lower() not in ("u.s.", "u.k.", "u.s.a.") else t for t in found]
    return bool(texts) and is_place(Words(texts, [t.lower() for t in texts], [], []), 0) > 0


def document_at_place(w: Words, idxs: list[int], not_names: frozenset[str]) -> int | None:
    """The position of the publication word of a source phrase (its word positions `idxs`) whose
    only name is a place after the link word ("a study in Texas", "the survey from New York"),
    or None. Such a phrase names no publication: its source is the document, unnamed when "a"
    opens it (`unnamed_document`)."""
    texts, lowers = w.texts, w.lowers
    publications, links = _sets()
    words_in = sorted(idxs)
    for p in words_in:
        if lowers[p] not in publications or p + 1 >= len(lowers) or lowers[p + 1] not in links:
            continue
        k = p + 2 + (p + 2 < len(lowers) and lowers[p + 2] in _NAME_OPENERS)
        size = is_place(w, k) if k < len(lowers) else 0
        if size and not any(texts[j][:1].isupper() and lowers[j] not in not_names and j != 0
                            and not k <= j < k + size for j in words_in):
            return p
    return None


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
            if k < n and not _gap(w, text, k - 1) and texts[k][:1].isupper() and lowers[k] not in not_names \
                    and not is_place(w, k):  # ("a study in Texas": where, not who published it)
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
    texts, lowers = w.texts, w.lowers  # noqa: F841
    if bare_plural(w, head, text):
        return _unnamed_between(w, head + 1, verb, not_names)  # "Leaked documents show" (claims10)
    if lowers[head] not in _sets()[0]:
        return False
    for d in range(head, max(-1, head - LINK_WINDOW - 3), -1):
        if lowers[d] in DETERMINERS:
            break
    else:
        return False
    if lowers[d] not in ("a", "an") or d > 0 and not (lowers[d - 1] in _CLAUSE_JOINERS or _gap(w, text, d - 1)):
        return False
    return _unnamed_between(w, d + 1, verb, not_names)


def _unnamed_between(w: Words, k: int, verb: int, not_names: frozenset[str]) -> bool:
    """Is no capitalised word from `k` to the verb a name? (A place names no publication: "a
    study in Texas found"; "a Pentagon report found", "documents seen by the BBC show" are named.)"""
    texts, lowers = w.texts, w.lowers
    while k < verb:
        size = is_place(w, k)  # (first: "New" of "New York" is a listed non-name)
        if size:
            k += size
        elif texts[k][:1].isupper() and lowers[k] not in not_names:
            return False
        else:
            k += 1
    return True


@lru_cache(maxsize=1)
def _plurals() -> frozenset[str]:
    """attribution.txt [plural_document_words], looked up once."""
    return words(DATA_FILE, "plural_document_words")


def bare_plural(w: Words, head: int, text: str) -> bool:
    """Does the plural document word at `head` open its clause with no determiner, no owner and
    no name before it, only plain modifiers ("Leaked documents show", "Internal papers show",
    "..., and figures show", "Figures show")? Then no one says whose papers they are: as vague as
    "a study found" (`unnamed_document`). "The trust's board papers show", "the official figures",
    "Reuters documents show", "2023 figures show" say whose or which. (claims10)"""
    texts, lowers = w.texts, w.lowers
    if lowers[head] not in _plurals():
        return False  # (first: most heads are no plural document)
    from .institutions import may_qualify  # (here: institutions imports this module)
    for k in range(head - 1, max(-1, head - LINK_WINDOW - 2), -1):
        lk = lowers[k]
        if lk in _CLAUSE_JOINERS or _gap(w, text, k):
            return True
        if lk in DETERMINERS or lk.endswith(("'s", "\u2019s")) or not lk.isalpha() and "-" not in lk or (
                texts[k][:1].isupper() and not (k == 0 and may_qualify(lk))):
            return False
        if k == 0:
            return True
    return head == 0
