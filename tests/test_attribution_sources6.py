"""Attribution misreadings fixed as classes (sources6; every text written for these tests): the
issuer of a press release or a company page speaking of itself is no independent named source;
reports someone received are vague; a named institution's unnamed members are a source by role;
a place is no publication; a reporting noun that is a verb's object reports nothing. Each class
has the other reading beside it, which still counts."""

from __future__ import annotations

import pytest
from attribution_helpers import attribution_kind as _kind

from xlplugin.scorers import provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare


def _sources_cue(text: str, **meta: str):
    sig = provenance.score(prepare(text, **meta), Settings())
    return next(e for e in sig.evidence if e.kind == "named sources with roles")


# --- 1. the issuer speaking of itself ---------------------------------------------------------

RELEASE = """Harbourlight Ferries Adds Night Crossings

HALIFAX, Nova Scotia, May 4, 2026 /PRNewswire/ -- Harbourlight Ferries, an operator of passenger boats, today announced three night crossings a week between its two harbours.

"Our riders asked for later boats and we listened," said Mara Quist, chief operating officer of Harbourlight Ferries. "The first night boat sails on June 1."

The company said tickets go on sale next Monday. Quist added that fares will match the day crossings.

Harbourlight Ferries has also ordered a fourth boat, the company said.

About Harbourlight Ferries
Harbourlight Ferries runs passenger boats on the east coast. Founded in 1998, it carries two million riders a year.
"""

NEWS = """Ferry operator adds night crossings

By Tomas Ekvall

HALIFAX, Nova Scotia — A ferry operator will run three night crossings a week from June, the company said on Monday.

"Our riders asked for later boats," said Mara Quist, chief operating officer of Harbourlight Ferries. Fares will match the day crossings, she said.

The harbour authority said the extra boats need no new berths. Dock workers said they had not been told of the new hours.
"""


def test_press_release_issuer_is_no_named_source() -> None:
    cue = _sources_cue(RELEASE)
    assert not cue.present, cue
    assert "issuer's own statement" in cue.detail, cue.detail


def test_company_site_quoting_its_own_people_is_no_named_source() -> None:
    text = ("Harbourlight Ferries will add night crossings from June, said Mara Quist, chief operating officer "
            "of Harbourlight Ferries. Quist said the first boat sails on June 1. Tickets go on sale next week.")
    cue = _sources_cue(text, url="https://www.harbourlightferries.example/news/night-crossings")
    assert not cue.present, cue


def test_news_report_quoting_a_company_keeps_its_named_source() -> None:
    cue = _sources_cue(NEWS, url="https://www.coastdaily.example/ferries")
    assert cue.present and "issuer" not in cue.detail, cue


# --- 2. reports received: no one named ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The harbour office has received reports of oil on the water near the pier.",
    "Police closed the road after receiving reports of a fallen tree.",
    "According to reports, the pier was shut overnight.",
])
def test_reports_received_are_vague(text: str) -> None:
    assert _kind(text) == "weasel"


def test_a_named_report_still_counts() -> None:
    assert _kind("The harbour office said it had closed the pier.") in ("named", "role")


# --- 3. a named institution's unnamed members ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The vaccine cut hospital stays by a third, Harvard researchers said.",
    "On Friday, Pentagon officials said the depot was empty.",
    "White House officials said the bill would pass this week.",
])
def test_institution_members_are_a_source_by_role(text: str) -> None:
    assert _kind(text) == "role"


@pytest.mark.parametrize("text", [
    "The talks stalled again, officials said.",
    "The talks stalled again, Chinese officials said.",
    "The talks stalled again, Texas officials said.",
    "Mr. Varga, officials said, has left the country.",
])
def test_unnamed_members_stay_vague(text: str) -> None:
    assert _kind(text) == "weasel"


def test_institution_members_named_anonymously_stay_vague() -> None:
    text = "Pentagon officials, speaking on condition of anonymity, said the depot was empty."
    assert _kind(text) == "weasel"


# --- 4. a place is no publication -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A study in Texas found that rents rose 20 percent in a year.",
    "A survey from Germany found that most riders pay by card.",
    "Rents rose 20 percent in a year, a study in New York found.",
])
def test_a_place_names_no_publication(text: str) -> None:
    assert _kind(text) == "weasel"


@pytest.mark.parametrize("text", [
    "A study in Nature found that rents rose 20 percent in a year.",
    "A report in the Texas Tribune found that rents rose 20 percent.",
])
def test_a_publication_after_in_still_counts(text: str) -> None:
    assert _kind(text) in ("named", "document")


def test_published_in_a_place_is_no_primary_document() -> None:
    text = "The figures were published in Chile last week, and they show that fares doubled in a year."
    sig = provenance.score(prepare(text), Settings())
    assert not next(e for e in sig.evidence if e.kind == "references to primary documents").present


# --- 5. a reporting noun as a verb's object ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "They wanted to hurl the wild claims at the mayor before the vote.",
    "He repeated the wild claims about the ferry contract all week.",
    "She made claims about the ferry contract that nobody could check.",
])
def test_reporting_noun_as_object_is_no_source(text: str) -> None:
    assert _kind(text) is None


@pytest.mark.parametrize("text", [
    "He always claims the ferry contract was rigged.",
    "The harbour authority now claims the pier is safe.",
    "The company reports that ferry sales rose by a third.",
])
def test_reporting_verb_still_reports(text: str) -> None:
    assert _kind(text) in ("named", "role", "pronoun")
