"""Loaded language (helper negate24): "claims" and "admits" next to the writer's own test or
measurement of what is claimed report the claim before the check; they are no sneer. A claim or
an admission with no such check beside it keeps its cue. Every text is written for these tests."""

import pytest

from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare


def _attribution(text: str) -> list[str]:
    sig = loaded_language.score(prepare(text), Settings())
    return [e.text for e in sig.evidence if e.kind == "attribution"]


@pytest.mark.parametrize("text", [
    # a measurement in the first person after the claim
    "By Sam Hale\n\nI used the Brightwell kettle every morning for a month. Brightwell claims it boils a "
    "litre in 90 seconds, but that is with the water already warm. I timed it at 2 minutes 40 seconds "
    "from cold, five times over. The handle stays cool.",
    # "in our tests", "we measured"
    "By Ana Ruiz\n\nThe Voltra hatchback is roomy and quiet. Voltra claims a range of 300 miles on a "
    "charge. In our tests on motorways it managed 241 miles, and we measured 268 on country roads.",
    # the check before the claim, "by my stopwatch"
    "By Ana Ruiz\n\nOn the boost setting the Pelham vacuum ran flat in 11 minutes by my stopwatch. "
    "Pelham claims up to 50 minutes, but that is on the lowest setting. The bin is small.",
    # a document "admits", the writer's figures after it
    "By Ana Ruiz\n\nThe Corvo headphones are light. The maker claims 40 hours of playback, though its own "
    "manual admits that figure is with noise cancelling off. With it on, I got 31 hours across three "
    "full charges. The case is bulky.",
])
def test_a_claim_the_writer_checks_is_reported_not_loaded(text):
    assert _attribution(text) == []


@pytest.mark.parametrize("text, word", [
    ("By Ana Ruiz\n\nThe minister finally admitted what everyone already knew. The scheme had failed, and "
     "2,000 fewer homes were built last year. The opposition said he should resign.", "admitted"),
    ("By Ana Ruiz\n\nThe minister claims crime is down, but I don't believe a word of it. Residents on "
     "the estate say they feel less safe. The figures will be published in March.", "claims"),
    ("By Ana Ruiz\n\nThe mayor claims the new bus lanes cut journey times. I found that hard to swallow. "
     "Drivers on Mill Road told me their trips take longer.", "claims"),
    ("By Ana Ruiz\n\nThe chief executive admits the firm made mistakes. Staff were told on Friday. "
     "Shares fell 4 per cent.", "admits"),
    # a supposed measurement is no check
    ("By Ana Ruiz\n\nIf we measured honesty by the hour, the senator would owe us 40 years. He claims the "
     "cuts were forced on him. Nobody believes it.", "claims"),
    # a check in another paragraph is about something else
    ("By Ana Ruiz\n\nThe senator claims the cuts were forced on him. Nobody believes it.\n\n"
     "In our tests of the new bus app, journeys took 4 minutes longer.", "claims"),
])
def test_a_claim_or_admission_with_no_check_keeps_its_cue(text, word):
    assert _attribution(text) == [word]
