"""Claims a tester found missed, and page furniture found flagged (claims8), each fixed as a class:

1. a cause or an effect stated as fact ("X prevents Y", "which is why", "a sign that") and a
   comparative with a noun before "than" are claims without a name or a number; a weasel phrase
   opening a sentence ("It is believed that") makes it an unsourced claim, even when a source it
   compares with follows "than";
2. an institution named as the subject of its own record or notice ("The harbour office has
   recorded ...") is the source of that sentence;
3. a stamp line (a post's or an issue's date), a scoreline and a sponsor label are not claims; a
   clock time is a time, not a figure; the capitalised word after a stamp or a label, and the
   words of a headline in capitals or title case, name no actor; "the north-west" ranks nothing.

Every text here was written for these tests.
"""

from __future__ import annotations

import pytest
from attribution_helpers import claim_verdicts as _claims

from xlplugin import form_lines

LEAD = "The parish board met on Monday. "


@pytest.mark.parametrize("sentence", [
    "Nettle tea prevents hay fever in most adults.",
    "Cold showers strengthen the heart muscle.",
    "Fizzy drinks weaken tooth enamel over time.",
    "The mill pond floods every spring, which is why the lane is closed so often.",
    "A sore knee is often a sign that the joint is wearing out.",
    "A walk after supper gives longer sleep than any tonic.",
])
def test_a_stated_cause_or_a_compared_noun_is_a_claim(sentence):
    verdict = _claims(LEAD + sentence).get(sentence, "")
    assert verdict.startswith("unsourced"), (sentence, verdict)


@pytest.mark.parametrize("sentence", [
    "The doctors want to prevent hay fever in the village.",
    "Nobody knows the causes of the leak at the mill.",
    "The board does not cure anything by meeting.",
    "Nettle tea could prevent hay fever, some hope.",
    "The choir would rather sing outside than in the hall.",
])
def test_a_plan_a_noun_or_a_rather_is_no_claim(sentence):
    assert sentence not in _claims(LEAD + sentence), sentence


def test_an_opening_weasel_phrase_makes_an_unsourced_claim():
    sentence = "It is believed that the flood damage is far worse than the council's own survey says."
    verdict = _claims(LEAD + sentence).get(sentence, "")
    assert verdict.startswith("unsourced") and "It is believed" in verdict, verdict


def test_a_source_before_no_than_keeps_its_sentence_sourced():
    sentence = "It is understood that 40 homes lost power, the water board said."
    verdict = _claims(LEAD + sentence).get(sentence, "")
    assert verdict.startswith("sourced"), verdict


@pytest.mark.parametrize("line", [
    "Reply from heron_lady \u00bb Wed Apr 8, 2026 7:15 pm",
    "The Evening Letter: Friday 12 June 2026",
    "Brockley Athletic 3 Fenwick United 0",
    "Brockley 2-1 Fenwick",
    "PAID CONTENT | Brought to you by Moorside Mattresses",
])
def test_stamps_scorelines_and_labels_are_no_claims(line):
    text = f"{line}\n\nThe parish board met on Monday and agreed the budget for the hall."
    assert line not in _claims(text), line


@pytest.mark.parametrize("line", [
    "Turnout fell to 31% on Tuesday 9 June 2026",
    "Brockley scored 3 goals in 2 minutes",
])
def test_a_dated_or_scored_claim_stays_a_claim(line):
    assert form_lines.page_line_reason(line) == "", line


def test_a_clock_time_is_a_time_and_the_word_after_a_stamp_no_name():
    claims = _claims("Live: the storm\n\n14:30 - Welcome to our coverage of the storm.\n\n"
                     "14:45 - The harbour master has closed the east pier after 12 boats broke loose.")
    assert "14:30 - Welcome to our coverage of the storm." not in claims, claims
    pier = claims["14:45 - The harbour master has closed the east pier after 12 boats broke loose."]
    assert "number \u201c12\u201d" in pier and "number \u201c14:45\u201d" not in pier, pier


def test_a_headline_in_capitals_names_no_actor():
    claims = _claims("THEY DID IT AGAIN: Parish Board Waves Through Hall Budget\n\nThe board met on Monday.")
    assert not any("named actor" in v for v in claims.values()), claims


def test_a_compass_point_ranks_nothing():
    sentence = "Strong winds are forecast for the north-west of the county."
    assert sentence not in _claims(LEAD + sentence), _claims(LEAD + sentence)


@pytest.mark.parametrize("sentence", [
    "The harbour office has recorded 14 groundings on the sandbank since May.",
    "14:45 - The Coastal Agency has issued 3 new flood warnings for the estuary.",
])
def test_an_institution_reporting_its_own_record_is_its_source(sentence):
    verdict = _claims(LEAD + sentence).get(sentence, "")
    assert verdict.startswith("sourced") and ("has recorded\u201d" in verdict or "has issued\u201d" in verdict), verdict


def test_a_record_with_no_institution_stays_unsourced():
    sentence = "The gauge recorded 14 centimetres of rain on the quay since May."
    verdict = _claims(LEAD + sentence).get(sentence, "")
    assert verdict.startswith("unsourced"), verdict


@pytest.mark.parametrize("line", [
    "Microsoft officials said the outage hit 8 million users on Tuesday.",
    "Police say 3 people were hurt on Monday 12 May.",
    "Fire crews hit 9 homes in June!",
])
def test_a_short_sentence_with_a_day_and_a_figure_is_no_dated_heading(line: str) -> None:
    # (lead, merging claims8 after sources9: the verb list misses "said" and "hit", so a one-line
    # report naming a day and a small number read as a post's stamp and counted nothing)
    from xlplugin.form_lines import page_line_reason

    assert page_line_reason(line) == ""
