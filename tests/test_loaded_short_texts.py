"""Loaded language on short texts (version 25): a rate from a few dozen words is read over
MIN_RATE_WORDS words for the score, the missing words typical prose, so one word does not swing
a short text from top to bottom; a loud short text stays loud, a long one scores as before, and
the Why says when the rates were damped. Fixtures are our own words."""

from __future__ import annotations

import pytest

from xlplugin.scorers import loaded_language as ll
from xlplugin.settings import Settings
from xlplugin.text import prepare

# a calm local report of about 40 words with one loaded word in the author's voice ("enraged")
ONE_WORD = (
    "Bakers on Mill Street said on Tuesday that flour costs had gone up by a tenth since spring. "
    "The council will meet next month to discuss market rents. \"We will see,\" said one enraged "
    "baker. Shoppers had not noticed higher prices."
)
# about 60 words, six loaded terms and more
RANT = (
    "The disgraceful council has rammed through another idiotic scheme. These shameless "
    "bureaucrats ignore every resident and the so-called consultation was a sham from the start. "
    "The plan is a disaster for the harbour, the fishing boats and the families who live along the "
    "quay, and the people who voted for it should be ashamed of what they did."
)
# a calm paragraph of about 30 words, repeated to make a long text
CALM = (
    "The library opens at nine on weekdays and at ten on Saturdays. Members may borrow six books "
    "for three weeks, and renew them online or at the desk. "
)


def run(text: str):
    return ll.score(prepare(text), Settings())


def plain_normalised(sig) -> float:
    """The score as version 24 computed it: the plain rates, whatever the length."""
    d = sig.details
    parts = ll._parts(sig.value, d["first_person_per_1000_words"], d["question_share"],
                      d["second_person_per_1000_words"])
    return sum(ll.MIX[k] * v for k, v in parts.items()) / sum(ll.MIX.values())


def test_one_loaded_word_in_a_short_report_costs_little():
    sig = run(ONE_WORD)
    assert sig.details["author_terms"] == 1 and sig.details["words"] < 60
    assert sig.value > ll.LOADED_RATE  # the native value stays the plain rate
    assert plain_normalised(sig) == 0.5  # before: the whole loaded-terms part lost
    assert sig.score > 0.85


def test_a_short_loud_rant_still_scores_low():
    sig = run(RANT)
    assert sig.details["words"] < 80 and sig.details["author_terms"] >= 6
    rate, _, _ = ll.damped_rates(sig.value, sig.details)
    assert rate > ll.LOADED_RATE
    assert sig.score <= 0.5


def test_a_calm_short_text_keeps_its_one():
    sig = run(CALM)
    assert sig.details["author_terms"] == 0 and sig.details["words"] < ll.MIN_RATE_WORDS
    assert sig.score == 1.0


def test_a_text_of_min_rate_words_or_more_scores_as_before():
    long_text = CALM * 6 + ONE_WORD + " What went wrong? I think we should all worry."
    sig = run(long_text)
    assert sig.details["words"] >= ll.MIN_RATE_WORDS
    assert sig.details["question_share"] > 0 and sig.details["first_person_per_1000_words"] > 0
    assert sig.score == pytest.approx(plain_normalised(sig), abs=5e-4)  # details are rounded
    assert "damped" not in ll._why(sig)


@pytest.mark.parametrize("n", [200, 201, 250, 333, 600, 1000, 4999])
def test_read_over_is_the_plain_rate_at_least_words(n):
    for count in (0, 1, 3, 7, 41):
        assert ll._read_over(count, n, ll.MIN_RATE_WORDS, ll.NEUTRAL_RATE, per=1000.0) == 1000.0 * count / n


def test_a_short_text_is_read_over_min_rate_words():
    # 1 term in 50 words: (1 + 150 words at NEUTRAL_RATE) over 200 words
    expected = (1000.0 + ll.NEUTRAL_RATE * 150) / 200
    assert ll._read_over(1, 50, 200, ll.NEUTRAL_RATE, per=1000.0) == pytest.approx(expected)
    # first person: 4 in 80 words reads as 4 in 200
    assert ll._read_over(4, 80, 200, per=1000.0) == pytest.approx(20.0)


@pytest.mark.parametrize("text", [ONE_WORD, RANT, CALM, ONE_WORD + " Why would anyone do this? I know I would not.",
                                  CALM * 6 + ONE_WORD + " What went wrong?"])
def test_the_why_reads_the_rates_the_score_read(text):
    sig = run(text)
    rates = ll.damped_rates(sig.value, sig.details)
    parts = ll._parts(*rates, sig.details["second_person_per_1000_words"])
    assert ll._normalised(parts, ll.fade_rate(sig.value, sig.details)) == pytest.approx(sig.score, abs=2e-4)  # (voice29: the voice's share kept; loose30: at the fade's rate)


def test_the_why_says_a_short_text_was_damped():
    sig = run(ONE_WORD)
    words = sig.details["words"]
    why = ll._why(sig)
    assert "1 loaded term in" in why and "per 1,000" in why  # the plain rate is still shown
    assert f"in {words} words" in why
    assert f"a short text with {ll.MIN_RATE_WORDS - words} " in why and f"words added to make {ll.MIN_RATE_WORDS}" in why
    assert "a short text" in ll._costed_why(sig, 9)
