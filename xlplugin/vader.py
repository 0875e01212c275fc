"""The one place that talks to VADER (vaderSentiment 3.3.2).

The analyser reads its lexicon files when built (about 20 ms here), so it is built once per
process. VADER is only ever called on one sentence at a time: its work grows with the square of
the text's length, and on a whole document its compound score saturates to +-1.

`compound` returns exactly what `SentimentIntensityAnalyzer.polarity_scores(s)["compound"]`
returns, but does less work to get there:

- No lexicon word, no sentiment: the compound is exactly 0.0 when no word of the sentence (split
  and stripped the way VADER splits and strips) is in its lexicon, since boosters, negations and
  "but" only scale the valence of lexicon words, and punctuation emphasis is only added to a
  non-zero sum. Such a sentence returns 0.0 at once.
- VADER's lower-cased word for each chunk of the sentence (split at white space) is looked up
  in a table per chunk (`_LOWERS`), filled the first time a chunk is seen: the same chunk
  always gives the same word. The word itself (`_WORDS`) is made only where one of VADER's own
  functions reads it; its capitals are read off the chunk (stripping punctuation changes no
  `isupper()`).
- VADER's rules without VADER's repeated work: VADER rebuilds the lower-cased word list of the
  whole sentence three or four times for every lexicon word (in its negation and idiom checks),
  and copies the sentence character by character to translate emoji. `_valence` is VADER's
  `sentiment_valence` and `_negation_check`, rule for rule and in the same order, reading one
  lower-cased list made once; the idiom, booster and "least" rules are VADER's own functions,
  called only where they can change something (the idiom rule on the six words i-3 .. i+2 that
  it reads, in a sentence holding an idiom's word); `_but` is VADER's "but" rule read over the
  non-zero entries; punctuation emphasis and normalisation are VADER's own functions on the
  whole sentence. A sentence holding an emoji goes through `polarity_scores` unchanged.

`tests/test_vader_shortcut.py` and `tests/test_vader_exact.py` check the equality with VADER on
every sentence of the evaluation sets and on generated sentences full of VADER's special cases.
"""

from __future__ import annotations

import string
from functools import lru_cache
from typing import Callable, Iterable, NamedTuple
from itertools import compress

from .lexicon import WordTable

__all__ = ["analyzer", "compound", "compounds", "may_have_sentiment"]

_PUNCTUATION = string.punctuation
# VADER's rules for the word at i look at most this far back and ahead (negation "no" three words
# back, "never so ..." idioms, "kind of", the special-case trigrams ending two words ahead).
_BACK = 3
_AHEAD = 3  # a slice end: words i+1 and i+2


@lru_cache(maxsize=1)
def analyzer():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=1)
def _rules():
    """VADER's module, imported on first use (importing xlplugin stays cheap) and then held: a
    `from ... import` inside `_valence` cost about 1 us per lexicon word."""
    from vaderSentiment import vaderSentiment

    return vaderSentiment


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    return analyzer().lexicon


@lru_cache(maxsize=1)
def _emoji_chars() -> frozenset[str]:
    # VADER translates emoji one character at a time (`for chr in text: if chr in emojis`), so
    # only single-character keys can ever match.
    return frozenset(k for k in analyzer().emojis if len(k) == 1)


def _vader_word(chunk: str) -> str:
    """VADER's word for one chunk of the sentence split at white space: the chunk with its
    punctuation stripped, unless that leaves <= 2 characters (VADER's `_strip_punc_if_word`)."""
    stripped = chunk.strip(_PUNCTUATION)
    return chunk if len(stripped) <= 2 else stripped


# Per chunk (as `str.split()` gives it, case kept): VADER's word, and that word lower-cased. A
# chunk always gives the same word, so each distinct chunk is worked out once (real texts repeat
# their words); one C-level map of dict look-ups per sentence replaces a strip, a length test and
# a lower() per word in Python.
_WORDS = WordTable(_vader_word)
_LOWERS = WordTable(lambda chunk: _vader_word(chunk).lower())


def may_have_sentiment(sentence: str) -> bool:
    """False only when VADER's compound for `sentence` is certainly 0.0 (see the module note)."""
    if not sentence.isascii() and not _emoji_chars().isdisjoint(sentence):
        return True  # emoji are translated to words first; let VADER do it
    return not _lexicon().keys().isdisjoint(map(_LOWERS.__getitem__, sentence.split()))


@lru_cache(maxsize=1)
def _negations() -> frozenset[str]:
    from vaderSentiment.vaderSentiment import NEGATE

    return frozenset(NEGATE)


class _Rules(NamedTuple):
    """VADER's constants and word lists that `_valence` reads, and the words of its idioms."""

    c_incr: float
    n_scalar: float
    boosters: dict[str, float]
    scalar_inc_dec: Callable[[str, float, bool], float]
    idiom_pairs: frozenset[tuple[str, str]]
    idiom_words: frozenset[str]
    negations: frozenset[str]
    # every word whose presence among a lexicon word and the three words before it can make
    # `_valence` differ from the word's own valence (see `_plain_window`)
    window_words: frozenset[str]
    normalize: Callable[[float], float]


@lru_cache(maxsize=1)
def _tables() -> _Rules:
    """VADER's constants and the word pairs its idiom rule can match, built once.

    Every sequence the idiom rule looks up (VADER's SPECIAL_CASES and its multi-word boosters,
    "kind of", "sort of", "just enough") is two or three words of the window joined by spaces,
    so it can only match where two neighbouring words of the window form a pair of one of those
    keys: without such a pair the rule returns the valence unchanged, and is not called. A
    sentence with none of the pairs' words (`idiom_words`) has no such pair anywhere.
    """
    rules = _rules()
    pairs: set[tuple[str, str]] = set()
    for key in [*rules.SPECIAL_CASES, *(k for k in rules.BOOSTER_DICT if " " in k)]:
        parts = key.split(" ")
        pairs.update(zip(parts, parts[1:]))
    window_words = frozenset(rules.BOOSTER_DICT) | _negations() | _WINDOW_RULE_WORDS
    return _Rules(rules.C_INCR, rules.N_SCALAR, rules.BOOSTER_DICT, rules.scalar_inc_dec, frozenset(pairs),
                  frozenset(word for pair in pairs for word in pair), _negations(), window_words, rules.normalize)


# The words `_valence` and `_negation` compare with by name, besides boosters and negations: "no"
# (a negation of its own, and of the next lexicon word), "least", "never so" / "never this"
# (x 1.25), "without doubt", and VADER's "so" / "this" right before the word (x 1.25 at the third
# word back: VADER's `... or (words[i-1] == "so" ...)`).
_WINDOW_RULE_WORDS = frozenset({"no", "least", "never", "without", "so", "this"})


def _plain_window(t: _Rules, lowers: list[str], i: int) -> bool:
    """Is the valence of the lexicon word at `i` its lexicon value (and VADER's capitals rule)?
    True when neither it nor any of the three words before it is a booster, a negation or a word
    the rules name (`_Rules.window_words`), in a sentence where `_scored` found no word holding
    "n't" and no pair of an idiom: then every other step of `_valence` (the "no" rules, the
    booster, negation and idiom rules of the three words back, "least") leaves the valence as it
    is. About four lexicon words in five in news text; `tests/test_vader_exact.py` holds the
    result to VADER's."""
    return t.window_words.isdisjoint(lowers[i - _BACK if i > _BACK else 0 : i + 1])


def _own_valence(vader, t: _Rules, chunks: list[str], lw: str, i: int) -> float:
    """`_valence` for a word in a plain window (`_plain_window`): its lexicon value, with VADER's
    capitals rule (the same steps, in the same order)."""
    valence = vader.lexicon[lw]
    if chunks[i].isupper() and _cap_differential(chunks):
        if valence > 0:
            valence += t.c_incr
        else:
            valence -= t.c_incr
    return valence


def _valence(vader, t: _Rules, chunks: list[str], lowers: list[str], i: int, idioms: bool) -> float:
    """VADER's `sentiment_valence` for the lexicon word at `i`, reading the lower-cased words
    once instead of rebuilding them in each negation check (same rules, same order, same
    arithmetic; the idiom, booster and "least" rules are VADER's own functions, called where
    they can change something: a booster word before, an idiom pair in the window, "least").
    `t`: `_tables()`; `chunks`: the sentence split at white space (VADER's word of each is
    `_WORDS[chunk]`, made where VADER's own functions need it); `idioms`: whether the sentence
    holds a word of an idiom."""
    lexicon = vader.lexicon
    lw = lowers[i]
    valence = lexicon[lw]
    # "no" as a negation of the next lexicon word, not a word of its own
    if lw == "no" and i != len(lowers) - 1 and lowers[i + 1] in lexicon:
        valence = 0.0
    if (i > 0 and lowers[i - 1] == "no") or (i > 1 and lowers[i - 2] == "no") \
            or (i > 2 and lowers[i - 3] == "no" and lowers[i - 1] in ["or", "nor"]):
        valence = lexicon[lw] * t.n_scalar
    # (a chunk's cased letters are its word's: stripping punctuation changes no isupper())
    if chunks[i].isupper() and _cap_differential(chunks):
        if valence > 0:
            valence += t.c_incr
        else:
            valence -= t.c_incr
    for start_i in range(0, 3):
        if i > start_i and lowers[i - (start_i + 1)] not in lexicon:
            # VADER's scalar_inc_dec adds 0.0 for a word that is not a booster (a zero's sign,
            # which adding 0.0 can change, never reaches the compound: it is summed from 0)
            if lowers[i - (start_i + 1)] in t.boosters:
                valence = valence + _booster(t, chunks, i, start_i, valence)
            valence = _negation(vader, t, chunks, lowers, i, start_i, valence, idioms)
    # VADER's _least_check changes nothing unless the word before is "least"
    if i > 0 and lowers[i - 1] == "least":
        valence = vader._least_check(valence, list(map(_WORDS.__getitem__, chunks)), i)
    return valence


def _cap_differential(chunks: list[str]) -> bool:
    """VADER's `allcap_differential`: some but not all words are in capitals (a chunk's cased
    letters are its word's). VADER reads it only for a word in capitals (a lexicon word or a
    booster), so it is worked out only there: a sentence without such a word (most of them) no
    longer pays a `str.isupper` per word (~20 us per news article)."""
    n = len(chunks)
    return 0 < n - sum(map(str.isupper, chunks)) < n


def _booster(t: _Rules, chunks: list[str], i: int, start_i: int, valence: float) -> float:
    """VADER's booster rule for the booster word start_i + 1 before the lexicon word at i (the
    amount added to the valence). VADER's `scalar_inc_dec` reads `is_cap_diff` only for a
    booster in capitals, so it is worked out only then."""
    chunk = chunks[i - (start_i + 1)]
    s = t.scalar_inc_dec(_WORDS[chunk], valence, chunk.isupper() and _cap_differential(chunks))
    if start_i == 1 and s != 0:
        s = s * 0.95
    if start_i == 2 and s != 0:
        s = s * 0.9
    return s


def _negation(vader, t: _Rules, chunks: list[str], lowers: list[str], i: int, start_i: int, valence: float,
              idioms: bool) -> float:
    """VADER's _negation_check for the word start_i + 1 before the lexicon word at i (its
    `negated([word])`: a listed negation or a word holding "n't"; VADER lower-cases the word
    again, which changes nothing in a lower-cased word), and after the third word back its idiom
    rule."""
    N_SCALAR, NEGATE = t.n_scalar, t.negations
    if start_i == 0:
        if (lowers[i - 1] in NEGATE or "n't" in lowers[i - 1]):
            valence = valence * N_SCALAR
    elif start_i == 1:
        if lowers[i - 2] == "never" and (lowers[i - 1] == "so" or lowers[i - 1] == "this"):
            valence = valence * 1.25
        elif lowers[i - 2] == "without" and lowers[i - 1] == "doubt":
            pass
        elif (lowers[i - 2] in NEGATE or "n't" in lowers[i - 2]):
            valence = valence * N_SCALAR
    else:
        if lowers[i - 3] == "never" and (lowers[i - 2] == "so" or lowers[i - 2] == "this") or \
                (lowers[i - 1] == "so" or lowers[i - 1] == "this"):
            valence = valence * 1.25
        elif lowers[i - 3] == "without" and (lowers[i - 2] == "doubt" or lowers[i - 1] == "doubt"):
            pass
        elif (lowers[i - 3] in NEGATE or "n't" in lowers[i - 3]):
            valence = valence * N_SCALAR
        # the idiom rule reads words i-3 .. i+2 only: give it that window (i >= 3 here)
        if idioms:
            window = lowers[i - _BACK : i + _AHEAD]
            if not t.idiom_pairs.isdisjoint(zip(window, window[1:])):
                window_words = list(map(_WORDS.__getitem__, chunks[i - _BACK : i + _AHEAD]))
                valence = vader._special_idioms_check(valence, window_words, _BACK)
    return valence


def _but(sentiments: list[float], but: int) -> None:
    """VADER's `_but_check`, in place: it walks the list and scales by 0.5 (before "but", at
    `but`) or 1.5 (after it) the first entry equal to each entry it reads (`list.index`, so an
    equal value earlier in the sentence is the one scaled). Only the non-zero entries are read
    here: for a zero VADER rescales the first zero, into a zero (only its sign or type changes,
    which no sum starting from 0 can show), and a zero never equals a non-zero entry."""
    for at in [i for i, value in enumerate(sentiments) if value]:
        value = sentiments[at]
        first = sentiments.index(value)
        if first < but:
            sentiments[first] = value * 0.5
        elif first > but:
            sentiments[first] = value * 1.5


def compound(sentence: str) -> float:
    """VADER's normalised compound score of one sentence, in [-1, 1]."""
    return compounds([sentence])[0]


def compounds(sentences: Iterable[str]) -> list[float]:
    """`compound` of each sentence (VADER's tables fetched once for all of them)."""
    vader, t = analyzer(), _tables()
    emoji, no_lexicon_word, lower = _emoji_chars(), vader.lexicon.keys().isdisjoint, _LOWERS.__getitem__
    out = []
    for sentence in sentences:
        if not sentence.isascii() and not emoji.isdisjoint(sentence):
            out.append(vader.polarity_scores(sentence)["compound"])
            continue
        chunks = sentence.split()
        lowers = list(map(lower, chunks))
        # No lexicon word, no sentiment (module note)
        out.append(0.0 if no_lexicon_word(lowers) else _scored(vader, t, sentence, chunks, lowers))
    return out


def _scored(vader, t: _Rules, sentence: str, chunks: list[str], lowers: list[str]) -> float:
    """The compound of a sentence holding a lexicon word: its chunks (split at white space) and
    their lower-cased VADER words. `t`: `_tables()`."""
    lexicon = vader.lexicon
    hits = compress(range(len(lowers)), map(lexicon.__contains__, lowers))
    BOOSTER_DICT, normalize = t.boosters, t.normalize
    idioms = not t.idiom_words.isdisjoint(lowers)
    # (the two sentence-wide conditions of `_plain_window`: no word holding "n't", which needs an
    # apostrophe, and no idiom pair)
    plain = ("'" not in sentence or "n't" not in sentence.lower()) \
        and not (idioms and not t.idiom_pairs.isdisjoint(zip(lowers, lowers[1:])))
    n = len(lowers)
    # VADER appends 0 for every word that is not a scored lexicon word.
    sentiments: list[float] = [0] * n
    for i in hits:
        lw = lowers[i]
        if lw in BOOSTER_DICT or (lw == "kind" and i < n - 1 and lowers[i + 1] == "of"):
            continue  # VADER's polarity_scores skips these before sentiment_valence
        if plain and _plain_window(t, lowers, i):
            sentiments[i] = _own_valence(vader, t, chunks, lw, i)
        else:
            sentiments[i] = _valence(vader, t, chunks, lowers, i, idioms)
    if "but" in lowers:
        _but(sentiments, lowers.index("but"))
    total = float(sum(sentiments))
    # VADER's punctuation emphasis counts "!" and "?" and is 0 without them
    if total > 0 and ("!" in sentence or "?" in sentence):
        total += vader._punctuation_emphasis(sentence)
    elif total < 0 and ("!" in sentence or "?" in sentence):
        total -= vader._punctuation_emphasis(sentence)
    return round(normalize(total), 4)
