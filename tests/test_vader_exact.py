"""`xlplugin.vader.compound` (VADER's rules on a six-word window) equals VADER's own
`polarity_scores(...)["compound"]` exactly: on real sentences from the evaluation sets and the
seed articles, and on generated sentences crowded with the words VADER's special rules look for
(negations, boosters, "no", "least", "kind of", "but", idioms, ALL CAPS, "!" and "?", emoji)."""

from __future__ import annotations

import random

import pytest

from xlplugin import vader
from xlplugin.text import prepare

from conftest import EVAL, SEEDS

# Words that trigger VADER's rules, written here from the rules in vaderSentiment.py (the lists
# are VADER's own public vocabulary, not derived from any data set), plus plain lexicon words.
RULE_WORDS = """no not never nor or least at very kind of but without doubt so this isn't don't
cannot aint extremely barely hardly somewhat totally kinda sort the shit bomb bad ass cut mustard
yeah right back handed hand to mouth good great terrible bad love hate happy sad fine ok nice
awful horrible wonderful kill killed war peace win lose best worst free hope fear kiss death
die for beating heart bus stop badass just enough""".split()
FILLER = "the a report said on Monday that council city it was is we they people plan".split()
PUNCT = ["", "", "", ",", ".", "!", "!!", "?", "??", "???", "!!!!!", ":)", ":-(", "'"]


# Each special case at the start, the middle and the end of a sentence (VADER applies the idiom
# rules only from the fourth word on, and looks up to two words ahead).
IDIOMS = ["kiss of death", "beating heart", "yeah right", "bad ass", "the bomb", "to die for",
          "kind of good", "sort of bad", "just enough love", "never so good", "without doubt good",
          "no good or bad", "at least good", "very least bad", "least good", "good BUT bad"]
WRITTEN = [f"{before}{idiom}{after}" for idiom in IDIOMS
           for before in ("", "We all know it was ", "So ")
           for after in ("", " for them.", "!", " in the end, but fine")]


def _generated(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        words = []
        for _ in range(rng.randint(1, 25)):
            w = rng.choice(RULE_WORDS if rng.random() < 0.7 else FILLER)
            r = rng.random()
            if r < 0.15:
                w = w.upper()
            elif r < 0.25:
                w = w.capitalize()
            words.append(w + rng.choice(PUNCT))
        if rng.random() < 0.05:
            words.insert(rng.randint(0, len(words)), rng.choice(["\U0001F600", "\u2764", "\u201cgood\u201d"]))
        out.append(" ".join(words))
    return out


def _check(sentences: list[str]) -> int:
    analyzer = vader.analyzer()
    for s in sentences:
        assert vader.compound(s) == analyzer.polarity_scores(s)["compound"], s
    return len(sentences)


def test_generated_sentences_full_of_special_cases():
    # 20 000 sentences: every rule is hit many times (a "no" three words before a lexicon word
    # with "or" between, "never so", "kind of", "but" with repeated valences, mixed capitals).
    assert _check(_generated(20000, seed=11)) == 20000


def test_written_idioms_at_every_position():
    assert _check(WRITTEN) == len(WRITTEN)


def test_nyt_snippets_whole_and_by_sentence():
    path = EVAL / "vader_nyt" / "nytEditorialSnippets_GroundTruth.txt"
    if not path.exists():
        pytest.skip(f"evaluation data absent: {path} not found (read from ../shared, never copied)")
    texts = [p[2] for p in (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()) if len(p) >= 3]
    sentences = texts + [s.text for t in texts for s in prepare(t).sentences]
    assert _check(sentences) > 5000


def test_seed_articles_by_sentence():
    if not SEEDS.exists():
        pytest.skip(f"seed articles absent: {SEEDS} not found (they are read from ../shared, never copied)")
    sentences = [s.text for p in sorted(SEEDS.glob("*.txt")) for s in prepare(p.read_text(encoding="utf-8")).sentences]
    assert _check(sentences) > 100


def test_greek_final_sigma_and_dotted_capital_i():
    # non-ASCII text: lower-casing depends on context for a capital sigma and grows for a
    # dotted capital I; typographic quotes are not punctuation to VADER's strip
    assert _check(["\u039f\u0394\u039f\u03a3. good", "good \u03a3\u039f\u03a3!", "\u0130stanbul is great",
                   "\u201cGREAT\u201d news, \u2018not bad\u2019", "\u03a3'good' \u03a3.bad."]) == 5


def test_capitals_on_lexicon_words_and_boosters():
    # VADER's all-caps differential is read only for a word in capitals (a lexicon word or a
    # booster before one); `vader` works it out only there: every mix of capitals, in sentences
    # all in capitals (no differential) and partly in capitals
    cases = ["EXTREMELY good news", "EXTREMELY GOOD NEWS", "very GOOD day", "VERY GOOD", "VERY good, not BAD",
             "it was SO bad", "the KIND of GOOD", "NO GOOD", "I LOVE it", "I love IT", "I", "GOOD", "GOOD!",
             "we are NOT HAPPY at all", "HARDLY good", "hardly GOOD news", "A B C good", "US troops killed"]
    assert _check(cases) == len(cases)


def test_plain_windows_take_the_word_s_own_valence():
    # `_plain_window` (no booster, negation or rule word among a lexicon word and the three words
    # before it, no "n't" and no idiom pair in the sentence) lets `_scored` skip `_valence`: on
    # every such word of the generated and written sentences, `_valence` gives the same number
    analyzer, t = vader.analyzer(), vader._tables()
    plain_words = 0
    for s in _generated(5000, seed=5) + WRITTEN:
        chunks = s.split()
        lowers = [vader._LOWERS[c] for c in chunks]
        if not s.isascii() or ("'" in s and "n't" in s.lower()) or not t.idiom_pairs.isdisjoint(zip(lowers, lowers[1:])):
            continue
        for i, lw in enumerate(lowers):
            if lw in analyzer.lexicon and lw not in t.boosters and vader._plain_window(t, lowers, i):
                plain_words += 1
                idioms = not t.idiom_words.isdisjoint(lowers)
                assert vader._own_valence(analyzer, t, chunks, lw, i) == \
                    vader._valence(analyzer, t, chunks, lowers, i, idioms), (s, i)
    assert plain_words > 1000
