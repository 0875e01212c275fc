"""Two readings of the author's argued voice for loaded language (version 28), from the tables of
xlplugin/data/argued_voice.txt:

- `insinuations(doc)`: phrases that insinuate without saying ("questions remain", "it is worth
  asking who stands to gain", "make of that what you will"); loaded language counts each as a
  doubt term.
- `answered(doc, k)`: is question k one the text answers itself, in the next sentence, as an
  explainer does ("Is knife crime rising? Police recorded 50,500 offences, the ONS said.", "So
  which is it? Probably neither.")? Such a question is exposition, not a rhetorical question
  (one left for the reader to answer: "Who really benefits?", "Isn't it time ...?").

Both are found from a literal start: an insinuation by its key word (`list.index` over the
words, only when the document's vocabulary holds the key word), an answer only after a sentence
ending in "?".
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from .lexicon import load_sections
from .text import Document

__all__ = ["DATA", "insinuations", "answered"]

DATA = "argued_voice.txt"
_APOSTROPHES = ("'", "\u2019")


class _Phrase(NamedTuple):
    words: tuple[str, ...]
    key_at: int  # where the key word (the longest) stands in `words`
    asks: int  # after which word a "?" must stand (-1: none)


class _Tables(NamedTuple):
    by_key: dict[str, tuple[_Phrase, ...]]  # insinuation phrases by key word, longest first
    openers: tuple[tuple[str, ...], ...]  # answer openers, longest first
    leading: frozenset[str]  # words that make a question rhetorical


def _phrase(entry: str) -> _Phrase:
    raw = entry.split()
    words = tuple(w.rstrip("?") for w in raw)
    asks = next((i for i, w in enumerate(raw) if w.endswith("?")), -1)
    key_at = max(range(len(words)), key=lambda i: len(words[i]))
    return _Phrase(words, key_at, asks)


def _spellings(entry: str) -> set[str]:
    """The entry with each apostrophe straight and curly (the words keep a contraction whole)."""
    return {entry.replace("'", a) for a in _APOSTROPHES}


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    sections = load_sections(DATA)
    by_key: dict[str, list[_Phrase]] = {}
    for entry in sections["insinuation_phrases"]:
        for spelling in _spellings(entry):
            p = _phrase(spelling)
            by_key.setdefault(p.words[p.key_at], []).append(p)
    openers = {tuple(s.split()) for entry in sections["answer_openers"] for s in _spellings(entry)}
    leading = frozenset(s for line in sections["leading_question_words"] for w in line.split() for s in _spellings(w))
    return _Tables({k: tuple(sorted(v, key=lambda p: -len(p.words))) for k, v in by_key.items()},
                   tuple(sorted(openers, key=len, reverse=True)), leading)


def warm_up() -> None:
    _tables()


def _matches(doc: Document, p: _Phrase, first: int) -> bool:
    """Does phrase `p` stand at words first..? (In one sentence; a "?" where it writes one.)"""
    last = first + len(p.words)
    lowers = doc.lowers
    if first < 0 or last > len(lowers) or tuple(lowers[first:last]) != p.words:
        return False
    if p.asks >= 0:
        between = doc.text[doc.token_ends[first + p.asks] : doc.token_starts[first + p.asks + 1]]
        return "?" in between
    return doc.token_sentences[first] == doc.token_sentences[last - 1]


def insinuations(doc: Document) -> list[tuple[int, int]]:
    """The insinuation phrases of the text as word ranges (first, last), in order, not
    overlapping (the longest at a place). Where they stand is left to the caller: quotations
    are someone else's."""
    by_key = _tables().by_key
    keys = doc.analysis.vocabulary.intersection(by_key)
    if not keys:
        return []  # most texts: one set intersection
    lowers = doc.lowers
    found: list[tuple[int, int]] = []
    for key in keys:
        i = lowers.index(key)
        while True:
            for p in by_key[key]:
                first = i - p.key_at
                if _matches(doc, p, first):
                    found.append((first, first + len(p.words)))
                    break
            try:
                i = lowers.index(key, i + 1)
            except ValueError:
                break
    found.sort(key=lambda span: (span[0], -span[1]))
    kept: list[tuple[int, int]] = []
    for span in found:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def answered(doc: Document, k: int) -> bool:
    """Is question k a plain one (no word of [leading_question_words]: "Isn't it ...?", "..., right?",
    "Why is nobody asking ...?") that the next sentence answers: in the same paragraph (or after a
    question standing alone as its paragraph, a heading), a statement that opens with a weighed
    answer ([answer_openers]: "Probably neither.", "It depends on ...", "What the numbers show")
    or reports a named source through a verb of saying ("Police recorded 50,500 offences,
    according to the ONS")? (The caller checks that the question holds no loaded term.)"""
    sentences = doc.sentences
    if k + 1 >= len(sentences):
        return False  # the text ends on it: left for the reader
    question, after = sentences[k], sentences[k + 1]
    heading = (k == 0 or sentences[k - 1].paragraph != question.paragraph) and after.paragraph != question.paragraph
    if after.paragraph != question.paragraph and not heading:
        return False  # the last question of a paragraph: left hanging
    if after.last_token == after.first_token or after.text.rstrip()[-1:] in ("?", "!"):
        return False  # another question ("Or won't tell?") or a shout ("Wake up!")
    tables, lowers = _tables(), doc.lowers
    if not tables.leading.isdisjoint(lowers[question.first_token : question.last_token]):
        return False  # a leading question: rhetorical whatever follows
    opening = lowers[after.first_token : after.last_token]
    if any(tuple(opening[: len(o)]) == o for o in tables.openers):
        return True
    # a report with a named source ("..., the ONS said"), not a vague one ("critics say") or a
    # name without a verb of saying
    attribution = doc.analysis.attributions[k + 1]
    return attribution is not None and attribution.sourced and attribution.verb
