"""The word split's shortcut branch (`text._WORD_SPLIT_ASCII`) gives exactly the split of the
plain word pattern (`text._WORD_SPLIT_ASCII_PLAIN`): on the seed articles and the examples, and
on generated text crowded with the shapes the pattern's other branches take (acronyms, numbers
with separators, hyphens and apostrophes, letters next to digits)."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from xlplugin import text as T

from conftest import EXAMPLES, SEEDS

PIECES = ["U.S.", "e.g.", "A.B.C", "a.m.", "3.5", "1,200", "10:30", "2.0.1", "well-known", "don't",
          "rock'n'roll", "x-ray", "abc1", "a1", "1a", "B52", "Q3-2024", "it's.", "end.The", "co-op's",
          "N.A.T.O.", "9.", ".5", "ok", "I", "a", "--", "'quoted'", "\u2019tis", "it\u2019s", "mid-", "-ish"]


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for folder in (SEEDS, EXAMPLES) if folder.is_dir()
            for p in sorted(folder.glob("*.txt"))]


def test_same_words_on_real_texts():
    texts = _texts()
    assert texts
    for text in texts:
        text = T.normalise(text)[0]
        assert T._WORD_SPLIT_ASCII.split(text) == T._WORD_SPLIT_ASCII_PLAIN.split(text)


def test_same_words_on_generated_shapes():
    rng = random.Random(7)
    for _ in range(500):
        text = "".join(rng.choice(PIECES) + rng.choice([" ", "", ", ", "\n", "."]) for _ in range(rng.randint(1, 30)))
        assert T._WORD_SPLIT_ASCII.split(text) == T._WORD_SPLIT_ASCII_PLAIN.split(text), text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZ09.,:-'\u2019 \n_", max_size=60))
def test_same_words_on_any_text(text):
    assert T._WORD_SPLIT_ASCII.split(text) == T._WORD_SPLIT_ASCII_PLAIN.split(text)
