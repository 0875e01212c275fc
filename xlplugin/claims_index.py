"""The fast path of the check-worthiness rules of `xlplugin.scorers.unsourced_claims`.

`WordIndex(doc)` answers `ClaimWords.first` (the first word of a sentence that meets a word
test of WORD_TESTS) for every sentence of a document from one look-up per distinct word (and
notes the sentences whose text holds a mark of TEXT_MARKS), and `IndexedClaimWords` and
`WordIndex.reasons` read CUES through `_plan`: only the rows that can fire for the word tests
the sentence's words meet. The rule tables stay in `unsourced_claims`; this module is generated
from them and `tests/test_claims_exact.py` holds it to the plain reading on the evaluation sets
and generated sentences.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import compress
from typing import Callable

from .lexicon import WordTable, memo_map
from .scorers.unsourced_claims import CUES, MIN_WORDS, TEXT_MARKS, WORD_TESTS, ClaimWords, _quoted_words, dateline_words
from .text import Document, Sentence

__all__ = ["WordIndex", "IndexedClaimWords"]

# ---------------------------------------------------------------------------------------------
# The fast path: the same answers as ClaimWords.first, from one look-up per distinct word.
# tests/test_claims_exact.py holds it to that on the evaluation sets and generated sentences.
# ---------------------------------------------------------------------------------------------

_IN_QUOTES = frozenset(name for name, t in WORD_TESTS.items() if t.in_quotes)
_AFTER_FIRST = frozenset(name for name, t in WORD_TESTS.items() if t.after_first)
_IN_PLACE = {name: t.in_place for name, t in WORD_TESTS.items() if t.in_place is not None}


def _tests_met(word: str) -> tuple[str, ...]:
    """The names of the word tests `word` meets, wherever it stands."""
    lw = word.lower()
    return tuple(name for name, t in WORD_TESTS.items() if t.holds(word, lw))


_TESTS_OF = WordTable(_tests_met)  # word as written -> the WORD_TESTS it meets, for memo_map


class WordIndex:
    """Per document: the word tests each word meets (one look-up per distinct word), the words
    inside quotations, and for each sentence the first word that meets each test, found in one
    pass over the words that meet any (most meet none: skipped in C by compress)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        met = memo_map(_tests_met, _TESTS_OF, doc.token_texts)
        # (only words that meet a test are asked about: the others need no quotation look-up)
        self.quoted = quoted = _quoted_words(doc, 0, len(doc.token_texts), met)
        self.firsts: list[dict[str, str] | None] = [None] * len(doc.sentences)
        sentence_of, texts, sentences = doc.token_sentences, doc.token_texts, doc.sentences
        current, first, sentence_start = -1, {}, 0
        self.dateline = dateline = dateline_words(doc)  # (claims51) words no word test reads
        for i in compress(range(len(met)), met):
            if i in dateline:
                continue
            if sentence_of[i] != current:
                current = sentence_of[i]
                first = self.firsts[current] = {}
                sentence_start = sentences[current].first_token
            in_quote = i in quoted
            for name in met[i]:
                if name not in first and (not in_quote or name in _IN_QUOTES) \
                        and (i != sentence_start or name not in _AFTER_FIRST) \
                        and (name not in _IN_PLACE or _IN_PLACE[name](doc, i, sentence_start)):
                    first[name] = texts[i]
        # the marks of TEXT_MARKS, as if a word met them (one look in the whole text first)
        for name, mark in TEXT_MARKS.items():
            if mark in doc.text:
                for k in [s.index for s in sentences if mark in s.text]:
                    first = self.firsts[k] = self.firsts[k] or {}
                    first[name] = mark

    def words(self, sentence: Sentence) -> ClaimWords:
        return IndexedClaimWords(self, sentence)

    def reasons(self, sentence: Sentence, threshold: int) -> list[str]:
        """`unsourced_claims._reasons(self.words(sentence), threshold)`: the same tests in the
        same order, in one pass over the sentence's `_plan` (the points added up as the cues are
        found). A sentence whose plan cannot reach `threshold` (most that are not claims, now
        that the percent-sign row needs a "%") costs a dict look-up and no per-sentence object."""
        # (the checks of _reasons that give [], cheapest first: the order does not change the answer)
        if sentence.last_token - sentence.first_token < MIN_WORDS:
            return []
        first = self.firsts[sentence.index] or _NO_WORDS
        steps, most = _plan_of(first)
        if most < threshold or sentence.text.rstrip().endswith("?"):
            return []
        found: dict[str, tuple[str, int]] = {}
        total = 0
        words = None  # the sentence's words, made for the first sentence test asked
        for category, points, word_test, sentence_test in steps:
            if category not in found:
                if sentence_test is None:
                    word = first[word_test]
                else:
                    words = words or IndexedClaimWords(self, sentence)
                    word = sentence_test(words)
                if word:
                    found[category] = (word, points)
                    total += points
        if total < threshold:
            return []
        return [f"{category} \u201c{word}\u201d" for category, (word, points) in found.items() if points > 0]


_NO_WORDS: dict[str, str] = {}


@lru_cache(maxsize=4096)
def _plan(met: frozenset[str]) -> tuple[tuple[tuple[str, int, str, Callable[[ClaimWords], str | None] | None], ...], int]:
    """What CUES asks of a sentence whose words meet the word tests `met` (and whose text holds
    the TEXT_MARKS in `met`; the same for every such sentence, so worked out once): the rows that
    can fire, in table order, as (category, points, word test, sentence test or None); and the
    most points they can reach. A word row fires exactly when its test is met; a sentence row can
    fire when what it needs is met and no earlier word row took its category."""
    steps = []
    taken: set[str] = set()
    most = 0
    for cue in CUES:
        if cue.category in taken:
            continue
        if isinstance(cue.test, str):
            if cue.test in met:
                taken.add(cue.category)
                steps.append((cue.category, cue.points, cue.test, None))
                most += cue.points
        elif all(need in met for need in cue.needs):
            steps.append((cue.category, cue.points, "", cue.test))
    # a sentence row's category counts once, at its best
    best: dict[str, int] = {}
    for category, points, word_test, sentence_test in steps:
        if sentence_test is not None and category not in taken:
            best[category] = max(best.get(category, 0), points)
    return tuple(steps), most + sum(best.values())


_Plan = tuple[tuple[tuple[str, int, str, Callable[[ClaimWords], str | None] | None], ...], int]
# `_plan` by the tests a sentence's words meet in the order its words met them (the keys of its
# `firsts` entry, as a tuple): a tuple of the keys and a plain dict look-up take about half the
# time of a frozenset of them looked up in `_plan`'s cache, asked once or twice per sentence. The
# same set in another order is another key with the same plan.
_PLANS: dict[tuple[str, ...], _Plan] = {}
_PLANS_LIMIT = 1 << 15  # orders of tests kept (an article shows a few dozen)


def _plan_of(first: dict[str, str]) -> _Plan:
    """`_plan(frozenset(first))`."""
    key = tuple(first)
    plan = _PLANS.get(key)
    if plan is None:
        if len(_PLANS) > _PLANS_LIMIT:
            _PLANS.clear()
        plan = _PLANS[key] = _plan(frozenset(first))
    return plan


class IndexedClaimWords(ClaimWords):
    def __init__(self, index: WordIndex, sentence: Sentence) -> None:
        self.doc, self.sentence, self.text, self.quoted = index.doc, sentence, sentence.text, index.quoted
        self.dateline = index.dateline
        first = index.firsts[sentence.index] or _NO_WORDS
        # ClaimWords.first, answered by a dict look-up (an attribute, so no Python call)
        self.first = first.get  # type: ignore[method-assign]
        self.steps, self.most = _plan_of(first)

    def cannot_reach(self, threshold: int) -> bool:
        return self.most < threshold

    def cues(self) -> list[tuple[str, str, int]]:
        """`sentence_cues(self)`, from the sentence's `_plan`."""
        found: dict[str, tuple[str, int]] = {}
        first = self.first
        for category, points, word_test, sentence_test in self.steps:
            if category not in found:
                word = first(word_test) if sentence_test is None else sentence_test(self)
                if word:
                    found[category] = (word, points)
        return [(category, word, points) for category, (word, points) in found.items()]
