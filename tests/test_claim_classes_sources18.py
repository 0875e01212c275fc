"""Sources that are none, and sources that are missed, for unsourced claims (sources18, from a
tester's fresh documents; every text written for these tests). Each class has the other reading
beside it, which still counts:

1. a view or a wish ("They want you confused", "She believes the plant is unsafe") attributes
   its own sentence only: the writer's figure next to it stays unsourced; "..., she said" next
   to it still sources it;
2. words that name no one a reader could ask, as provenance reads them ("the so-called experts",
   "Grandma always said", "have declared war on"), source no sentence;
3. a request for comment that went unanswered is no claim with a count of the requests ("did not
   respond to three requests for comment"), but a figure told in passing after the refusal is
   ("declined to comment on its 300 job cuts");
4. a match's result and its play told by its clock are public results, no claims ("The final
   ended 2-2.", "Cole equalised in the 88th minute."); the same verbs with an amount, or minutes
   that are no match's clock, stay claims;
5. sources that were missed: a named journal after "published ... in the journal" ("according to
   a randomised trial published on Wednesday in the journal Diabetes Care"), a survey that gives
   its size ("In a survey of 1,130 staff"), an owned document after "By" ("By the service's own
   internal figures"), logs named before ("But the logs show"), and a name before a long relative
   clause ("Fatima Bello, who organised the protest and has lived there for 30 years, said"). The
   vague forms beside them ("a trial found", "A poll found", "Leaked logs show" with no logs
   named before) stay unsourced.
"""

from __future__ import annotations

import pytest
from attribution_helpers import added_verdicts as _verdicts


# --- 1. a view or a wish lends no source to the sentence next to it -----------------------------

@pytest.mark.parametrize("text", [
    "They want you confused, tired and sick. The pills cost 40 percent more than they did in 2023.",
    "He believes the mill is unsafe. Its roof failed two inspections in 2024.",
    "The fees rose by 30 percent in 2025. They hope nobody notices.",
    "She fears the worst for the harbour. Catches fell by half between 2019 and 2024.",
])
def test_a_view_or_a_wish_lends_no_source(text: str) -> None:
    assert "unsourced" in _verdicts(text)


@pytest.mark.parametrize("text", [
    "The fees rose by 30 percent in 2025, the treasurer said. She believes the rise was needed.",
    "Catches fell by half between 2019 and 2024. \u201cThe boats are tied up,\u201d she said.",
])
def test_a_verb_of_saying_next_to_it_still_sources(text: str) -> None:
    assert _verdicts(text) and "unsourced" not in _verdicts(text)


# --- 2. words that name no one to ask source nothing --------------------------------------------

@pytest.mark.parametrize("text", [
    "Yet the so-called experts on TV keep telling us the water rates fell by 12 percent in 2025.",
    "The so-called analysts said prices fell by 12 percent in 2025.",
    "Grandma always said the mill employed 400 people in 1950.",
    "The water rates rose by 12 percent in 2025. The radical extremists running the council have declared war on families.",
])
def test_words_that_name_no_one_source_nothing(text: str) -> None:
    assert "unsourced" in _verdicts(text)


@pytest.mark.parametrize("text", [
    "The water rates rose by 12 percent in 2025, the finance director said.",
    "Historian Ruth Adeyemi said the mill employed 400 people in 1950.",
])
def test_a_named_source_beside_them_still_counts(text: str) -> None:
    assert _verdicts(text) == ["sourced"]


# --- 3. an unanswered request, with a count; a figure after the refusal -------------------------

@pytest.mark.parametrize("text", [
    "Voss did not respond to three requests for comment.",
    "The landlord did not return repeated calls on Friday.",
    "The agency has not responded to several emails.",
    "Mr Pryce did not respond to two written questions.",
])
def test_an_unanswered_request_with_its_count_is_no_claim(text: str) -> None:
    assert _verdicts(text) == []


@pytest.mark.parametrize("text", [
    # (sources19) a figure in the refusal's topic alone ("on its 300 job cuts") is no claim now
    # (tests/test_sources19.py); a clause of its own after it still tells one
    "The board declined to discuss the 14 complaints it received.",
])
def test_a_figure_told_after_the_refusal_is_a_claim(text: str) -> None:
    assert _verdicts(text) == ["unsourced"]


def test_a_date_after_the_refusal_is_no_figure() -> None:
    assert _verdicts("The company declined to comment on 3 June.") == []


# --- 4. a match's result and its play ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The final ended 2-2.",
    "The derby finished 1-1 after a late penalty.",
    "Reyes scored twice in the first 20 minutes, and Cole equalised in the 88th minute.",
    "Okafor netted a hat-trick before half-time.",
    "Dunmore levelled in stoppage time with a header from 12 yards.",
    "The visitors equalised on 38 minutes through a header from a corner.",
    "Harlow went ahead again four minutes after the break.",
])
def test_a_matchs_result_and_play_are_no_claims(text: str) -> None:
    assert _verdicts(text) == []


@pytest.mark.parametrize("text", [
    "The clinic saved 40 minutes a visit in 2025.",
    "The storm hit the town on Monday and lasted 40 minutes.",
    "The club's profits ended 2024 12 percent lower.",
    "The striker scored 40 percent of the club's goals in 2024, more than anyone in the 90th minute.",
])
def test_the_same_verbs_with_an_amount_stay_claims(text: str) -> None:
    assert _verdicts(text) == ["unsourced"]


# --- 5. sources that were missed ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The drug cut blood sugar by 12 percent, according to a randomised trial published on Wednesday in the journal Diabetes Care.",
    "Falls dropped by a third, according to a study published in May in the magazine Care Home Weekly.",
    "In a survey of 1,130 staff, 84 percent said they had worked unpaid overtime.",
    "A poll of more than 2,000 adults found that 61 percent backed the plan.",
    "Of the 412 tenants surveyed, 70 percent said their rent had risen.",
    "By the service's own internal figures, waiting times rose by 40 percent in 2024.",
    "Waiting times rose by 40 percent in 2024, by its own count.",
    "The ambulance trust kept call logs for every shift. But the logs show 212 calls went unanswered in March.",
    "Fatima Bello, who organised the protest and has lived there for 30 years, said the rent had doubled since 2020.",
    "Omar Haddad, whose family has farmed the valley since 1890 and who chairs the growers, said yields fell by half.",
])
def test_a_missed_source_is_found(text: str) -> None:
    verdicts = _verdicts(text)
    assert verdicts and "unsourced" not in verdicts


@pytest.mark.parametrize("text", [
    "The drug cut blood sugar by 12 percent, a randomised trial found.",
    "A poll found that 61 percent backed the plan.",
    "The plan was approved by the council's planning committee in 2024 after 40 objections.",
    "But the logs show 212 calls went unanswered in March.",
])
def test_the_vague_forms_beside_them_stay_unsourced(text: str) -> None:
    assert _verdicts(text)[-1] == "unsourced"
