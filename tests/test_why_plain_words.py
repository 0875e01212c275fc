"""The Why and Status columns are read by people who do not know the code: they say what happened
in words a reader knows. A signal that weighs nothing in the index is "shown for context", not
"not in the index: weight 0"; a short text whose rates were read over more words says so plainly,
not "damped ... read over 200". (Texts written for these tests.)"""

from __future__ import annotations

import pytest

import xlplugin
from xlplugin.cells import status_text, why_text
from xlplugin.scorers import loaded_language, source_rating

# Words of the code, not of a reader: a setting's value, a statistics term, the scorer's own verbs.
JARGON = ("weight 0", "damped", "read over", "not in the index:", "normalis", "renormalis", "of 1, between")

SHORT_RANT = ("This disgraceful council has obviously betrayed everyone in the valley! The so-called experts "
              "admitted nothing at the meeting on Friday, and the shameful plan for the old mill goes ahead "
              "anyway. Wake up, people, before it is too late!")
SHORT_VOICE = ("I think we should ask why the bridge still is not open. Why does nobody answer? We have "
               "waited two years and I am tired of it.")
ALL_CLAIMS_BARE = ("Bus fares rose 12% this year, the largest rise in a decade. Ridership fell by a fifth as a "
                   "result. The cheapest ticket now costs more than in any other city in the region. Drivers "
                   "earn less than they did in 2015.")
LONG_PLAIN = ("The library board met on Monday and agreed a new timetable for the reading room, its chair, "
              "Anna Holm, said after the meeting. ") * 20


@pytest.mark.parametrize("text", [SHORT_RANT, SHORT_VOICE, ALL_CLAIMS_BARE, LONG_PLAIN, SHORT_RANT + " " + ALL_CLAIMS_BARE],
                         ids=["short rant", "short argued voice", "bare claims", "long plain", "rant with claims"])
def test_the_why_and_status_speak_plainly(text):
    result = xlplugin.score_text(text)
    shown = why_text(result) + " | " + status_text(result)
    for word in JARGON:
        assert word not in shown.lower(), (word, shown)


def _rated(low: float, high: float) -> str:
    """A web address the built-in ratings rate between `low` and `high`."""
    return "https://" + min(d for d, r in source_rating.builtin_ratings().items() if low < r < high and "/" not in d) + "/a"


@pytest.mark.parametrize("bounds", [(0.0, source_rating.RATING_ZERO), (source_rating.RATING_ZERO, source_rating.RATING_FULL),
                                    (source_rating.RATING_FULL, 1.01)], ids=["low", "between", "high"])
def test_a_source_rating_says_what_it_cost_plainly(bounds):
    why = why_text(xlplugin.score_text(LONG_PLAIN, url=_rated(*bounds)))
    assert "rated" in why
    for word in JARGON:
        assert word not in why.lower(), (word, why)


def test_the_plain_words_still_say_what_happened():
    """Plain, not silent: a short text says it is short and how it was scored; a signal outside
    the index is named and said not to change it."""
    short = why_text(xlplugin.score_text(SHORT_RANT))
    assert "a short text" in short and f"to make {loaded_language.MIN_RATE_WORDS}" in short
    bare = why_text(xlplugin.score_text(ALL_CLAIMS_BARE))
    assert "check-worthy claims unsourced (shown for context: it does not change the index)" in bare
