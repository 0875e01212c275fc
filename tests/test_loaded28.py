"""Loaded language version 36 (helper loaded28): the argued voice's cost as a ramp, denials
without "be", and a label adjective on a noun of people. Fixtures are written for these tests."""

import pytest

from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

LEAD = "The council met on Tuesday. Officials discussed the budget for the coming year and several roads. "


def _author(text: str, lead: str = LEAD) -> list[str]:
    """The author's loaded terms and marks (not quoted, not first person, questions or address)."""
    sig = loaded_language.score(prepare(lead + text), Settings())
    return [e.text for e in sig.evidence if not e.kind.startswith("quoted")
            and e.kind not in loaded_language.VOICE_KINDS]


# 1. the voice's cost: a ramp, not a step

def _voice(rate: float, first_person: float = 40.0, questions: float = 0.3) -> float:
    """The voice's share of the normalised score (MIX-weighted), at a loaded-term rate."""
    parts = loaded_language._parts(rate, first_person, questions, 0.0)
    mix = loaded_language.MIX
    return sum(mix[k] * parts[k] for k in ("first person", "rhetorical question")) / sum(mix.values())


def _terms(rate: float) -> float:
    parts = loaded_language._parts(rate, 0.0, 0.0, 0.0)
    return loaded_language.MIX["loaded terms"] * parts["loaded terms"] / sum(loaded_language.MIX.values())


@pytest.mark.parametrize("rate", [0.0, 1.0, 3.0, loaded_language.NEUTRAL_RATE])
def test_a_sober_voice_still_costs_a_quarter(rate):
    parts = loaded_language._parts(rate, 40.0, 0.3, 0.0)
    assert parts["first person"] == pytest.approx(1.0 - loaded_language.PLAIN_VOICE_COST)
    assert parts["rhetorical question"] == pytest.approx(1.0 - loaded_language.PLAIN_VOICE_COST)


RATES = [r / 10 for r in range(0, 400)]


@pytest.mark.parametrize("words", [400, 600, 1000, 3000])
def test_one_loaded_word_moves_the_index_a_few_points_through_the_voice(words):
    # the largest share of the index loaded language has: the text-only index (no source rating)
    weights = Settings().weights
    share = weights["loaded_language"] / (weights["loaded_language"] + weights["provenance"])
    step = 1000.0 / words  # one word more, per 1,000 words
    for first_person, questions in ((40.0, 0.3), (40.0, 0.0), (8.0, 0.05)):
        worst = max(_voice(r, first_person, questions) - _voice(r + step, first_person, questions) for r in RATES)
        assert 100 * share * worst <= 5.0, (words, first_person, questions)


@pytest.mark.parametrize("words", [loaded_language.MIN_RATE_WORDS, 250, 400, 1000])
def test_the_voice_never_costs_a_word_more_than_the_word_itself(words):
    step = 1000.0 / words
    for r in RATES:
        assert _voice(r) - _voice(r + step) <= _terms(r) - _terms(r + step) + 1e-9


FILLER = ("I walked the length of the high street on Saturday morning with my notebook. We counted the "
          "empty shops, the new cafes and the bus stops that still have shelters. My count came to "
          "eleven empty units out of sixty, a little lower than the figure from last spring. ")
LOADED = ("disgraceful", "outrageous", "shameful", "appalling", "reckless", "spineless")


def _column(loaded: int) -> str:
    """About 440 words of a signed column, with `loaded` loaded words in it."""
    sentences = []
    for k in range(8):
        word = LOADED[k % len(LOADED)] if k < loaded else "recent"
        sentences.append(FILLER + f"I think the {word} decision on parking deserves a second look. ")
    for k in range(8, loaded):
        sentences.append(f"The plan was {LOADED[k % len(LOADED)]}. ")
    return "".join(sentences)


def test_the_score_falls_in_small_steps_as_loaded_words_are_added():
    scores = []
    for loaded in range(0, 13):
        sig = loaded_language.score(prepare(_column(loaded)), Settings())
        assert sig.details["author_terms"] == loaded
        scores.append(sig.score)
    assert scores[0] > 0.85  # the sober column, as before
    steps = [a - b for a, b in zip(scores, scores[1:])]
    assert min(steps) >= -1e-9  # never up
    # a word of 440 is 2.3 per 1,000: the terms' own part moves the score by 0.058 for it; the
    # voice adds at most three quarters of that (the step added up to 0.375 at one word)
    assert max(steps) <= 0.11


# 2. denials without "be": the cue denied as a predicate counts nothing

@pytest.mark.parametrize("text", [
    "The campaigners are certainly not racists, whatever the posters say.",
    "Critics keep calling the marchers not racists but patriots.",
    "The petition described the organisers as not extremists at all.",
    "The neighbours would call them neither thugs nor bigots.",
    "They're not thugs, whatever the leaflet implies.",
    "Most of the stallholders are no crooks.",
    "The turnout was never a disaster for the party.",
    "The result seemed neither shocking nor unexpected to the agents.",
    "The new rota is by no means a disaster for the nurses.",
    "The vote remains no scandal, the clerk's report concludes.",
])
def test_a_denied_label_counts_nothing(text):
    assert _author(text) == []


@pytest.mark.parametrize("text, term", [
    ("The hackers did not hack the servers but stole the backup tapes.", "hack"),
    ("The regime would never betray its shameful allies.", "shameful"),
    ("The report is not only shocking but damning.", "shocking"),
    ("He is not just a thug but a criminal.", "thug"),
    ("They are racists, not patriots.", "racists"),
    ("Neither the police nor the vile landlords replied to the tenants.", "vile"),
    ("The landlords blamed neither the council nor shameful neighbours.", "shameful"),
])
def test_a_cue_that_is_not_denied_still_counts(text, term):
    assert term in _author(text)


# 3. a label adjective on a noun of people or a group

@pytest.mark.parametrize("text, term", [
    ("The minister met corrupt drug cartels in secret.", "corrupt"),
    ("The lying politicians promised new roads again.", "lying"),
    ("Thieving bankers took the savings of the pensioners.", "Thieving"),
    ("Several corrupt local officials kept the contracts for themselves.", "corrupt"),
    ("The venal councillors voted for the scheme.", "venal"),
])
def test_a_label_on_people_counts(text, term):
    assert term in _author(text)


@pytest.mark.parametrize("text", [
    "The corrupt files were restored from the backup on Monday.",
    "Crowds gathered for the lying-in-state of the former king.",
    "A man was found lying in the road near the station.",
    "The company blamed corrupt data for the outage.",
    "Lying, the official said, was not common among the staff.",
    "The cat was lying people-watching on the wall.",
    "The scan showed a corrupt sector on the old disk.",
])
def test_the_same_words_in_a_plain_use_count_nothing(text):
    assert _author(text) == []
