"""False sources and a wrong evidence word seen by a final tester, fixed as classes (every text
written for these tests): a work's title ending in a role noun is no person, a negated verb of
saying and the author's own request for comment report nothing, "made it clear that" reports,
and a forecast names its verb of change, never a conjunction. Each class has the other sense
beside it, which still counts."""

from __future__ import annotations

import pytest
from attribution_helpers import attribution_kind as _kind

from xlplugin import cues
from xlplugin.scorers import unsourced_claims
from xlplugin.text import prepare


def _reasons(text: str) -> list[str]:
    doc = prepare(text)
    return unsourced_claims.check_worthy_reasons(doc, doc.sentences[0])


# --- 5. a forecast's evidence names its verb of change, not "and" --------------------------------

@pytest.mark.parametrize("text", [
    "Ferry fares went up by 40 percent last spring, and the council will never admit it.",
    "The last 20 minutes drag, and the twist will split the room.",
])
def test_conjunction_is_no_forecast_verb(text: str) -> None:
    reasons = _reasons(text)
    assert not any(r.startswith("prediction") and "\u201cand\u201d" in r for r in reasons), reasons
    assert not any("\u201cwith\u201d" in r or "\u201cor\u201d" in r for r in reasons), reasons


def test_forecast_still_names_its_verb() -> None:
    reasons = _reasons("Harbour rents will rise by 25 percent before the summer, and shops will close.")
    assert "prediction \u201crise\u201d" in reasons, reasons


# --- 1. a work's title ending in a role noun is the work, not a person -------------------------

@pytest.mark.parametrize("text", [
    "The Ferry Builder is the kind of film that asks a lot of its audience and repays most of it.",
    "The Night Gardener, the new thriller on the streaming service, says more about grief than any film this year.",
    "Our book club read a memoir this month. The Salt Gatherer tells of a childhood on the coast.",
])
def test_title_ending_in_a_role_noun_is_no_source(text: str) -> None:
    assert _kind(text) not in ("named", "role")


@pytest.mark.parametrize("text", [
    "Night gardener Tom Reed says the frost came early.",
    "The film's director said the shoot ran 40 days late.",
    "In the film's making-of, director Ines Vale says the island shaped the story.",
    "The Night Gardener said little had changed, the neighbours recall.",  # no work in the paragraph (sources11: "said nothing for a while" reports no words)
    "The memoir sold 40,000 copies in its first month, The Harbour Press said.",  # a publisher
])
def test_a_person_or_a_title_outside_a_work_paragraph_still_reports(text: str) -> None:
    assert _kind(text) in ("named", "role")


# --- 2. a negated verb of saying reports nothing ------------------------------------------------

@pytest.mark.parametrize("text", [
    "The harbour office never told us anything.",
    "The ministry did not say whether the plant would close.",
    "The council hasn\u2019t confirmed the sale of the pier.",
    "Officials have not yet said when the bridge will reopen.",
    "The mayor won't comment on the 40 missing boats.",
    "We were never told the water was unsafe.",
])
def test_negated_verb_of_saying_is_no_source(text: str) -> None:
    assert _kind(text) is None


@pytest.mark.parametrize("text, kind", [
    ("The harbour office told us the pier would close.", "role"),
    ("The minister said she would not comment.", "role"),
    ("Kimmel doesn\u2019t believe the plan failed.", "named"),  # a view, not a statement
    ("Rank-and-file members didn\u2019t agree with the 40 job cuts, the union said.", "role"),
    ("Captain Ana Reyes did not agree that the pier was safe.", "named"),  # a disagreement is a view
])
def test_plain_or_believing_verb_still_reports(text: str, kind: str) -> None:
    assert _kind(text) == kind


# --- 3. the author's own request reports no statement --------------------------------------------

@pytest.mark.parametrize("text", [
    "I have asked the harbour board for comment twice since May.",
    "She asked the mayor to resign over the 40 boats.",
    "The ministry was asked for comment on the closure.",
    "We reached out to the ministry about the closure.",
])
def test_whom_someone_asked_is_no_source(text: str) -> None:
    assert _kind(text) not in ("named", "role", "weasel")


def test_request_does_not_source_the_opinion_before_it() -> None:
    text = "The harbour board owes the fishermen an answer. I have asked the board for comment twice since May."
    assert cues.attributions(prepare(text)) == (None, None)


def test_an_answered_request_is_no_passive_attribution() -> None:
    assert _kind("I wrote to the harbour board twice; neither letter was answered.") is None
    assert _kind("It was reported that the harbour board had closed 3 piers.") == "weasel"


@pytest.mark.parametrize("text, kind", [
    ("\u201cWhy now?\u201d asked the mayor.", "role"),
    ("Why now, asked Jane Moss.", "named"),
    ("Asked for comment, the ministry said the plant would close.", "role"),
])
def test_inverted_asked_and_an_answer_still_report(text: str, kind: str) -> None:
    assert _kind(text) == kind


# --- 4. "made it clear that" is a verb phrase of saying -----------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("Radio Harbour made it clear in its evening bulletin that the ferry would stop.", "named"),
    ("The minister made clear that the ferry would stop.", "role"),
])
def test_made_it_clear_that_reports(text: str, kind: str) -> None:
    assert _kind(text) == kind


@pytest.mark.parametrize("text", [
    "The storm made it clear that the sea wall was weak.",
    "I made it clear that the ferry would stop.",
    "The minister made the road clear of snow.",
])
def test_made_clear_without_a_source_or_that_is_none(text: str) -> None:
    assert _kind(text) not in ("named", "role")
