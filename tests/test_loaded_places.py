"""The shortcuts of loaded language's one pass over the words give what the plain rules read:
`loaded_language._word_places` finds the first- and second-person words where a test of every
word finds them (and the cues' starts `_match_starts` gives), and the author's questions are
looked for only in `_holding(doc, "?")`, which holds every sentence whose text ends with a
question mark, in order. Checked on the seed articles, the examples, the PTC articles (read
from ../shared at run time, skipped where absent) and generated texts.

The short texts here were written for this project.
"""

from __future__ import annotations

import random

from xlplugin.scorers import loaded_language as ll
from xlplugin.text import prepare

from conftest import EVAL, EXAMPLES, SEEDS

PIECES = ["I", "i", "we", "We", "US", "us", "my", "mine", "you", "You're", "your", "y'all", "thank you",
          "What do you think?", "Really?", "?", "??", "? ", "in fact", "so-called", "the worst", "brutal",
          "tradition-hating", "\u201cso\u201d", '"you"', ".", "said.", "\n", "\n\n", "Mr.", "A:", "Q:"]


def _generated(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(PIECES) for _ in range(rng.randint(0, 80))) for _ in range(n)]


def _texts() -> list[str]:
    folders = [SEEDS, EXAMPLES, EVAL / "ptc_train" / "articles"]
    return [p.read_text(encoding="utf-8") for folder in folders if folder.is_dir()
            for p in sorted(folder.glob("*.txt"))] + _generated(300, 11)


def test_the_places_are_those_of_the_plain_tests():
    ll.warm_up()
    for text in _texts():
        lowers = prepare(text).lowers
        places = ll._word_places(lowers)
        assert places.first_person == [i for i, w in enumerate(lowers) if w in ll.FIRST_PERSON]
        assert places.second_person == [i for i, w in enumerate(lowers) if w in ll.SECOND_PERSON]
        assert places.starts == ll._match_starts(lowers)


def test_every_sentence_ending_with_a_question_mark_is_held():
    for text in _texts():
        doc = prepare(text)
        held = ll._holding(doc, "?")
        assert [s.index for s in held] == sorted({s.index for s in held})
        asked = [s.index for s in doc.sentences if s.text.rstrip().endswith("?")]
        assert set(asked) <= {s.index for s in held}, text[:200]
