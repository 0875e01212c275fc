"""Attribution misreadings fixed as classes (sources7; every text written for these tests): a trade
named only as a group is vague in both signals; a plea, a price quoted and a notice's noun are
no verb of saying; "issued by X" names the issuer and a headline's "issued" names no one; "a
forum for Android developers called X" names a thing. Each class has the other reading beside it,
which still counts."""

from __future__ import annotations

import pytest
from attribution_helpers import attribution_kind as _kind

from xlplugin.scorers import provenance, unsourced_claims
from xlplugin.settings import Settings
from xlplugin.text import prepare


def _named_sources(text: str) -> bool:
    sig = provenance.score(prepare(text), Settings())
    return next(e for e in sig.evidence if e.kind == "named sources with roles").present


def _verdict(text: str) -> str:
    """unsourced_claims' verdict ("sourced"/"unsourced") on the text's one check-worthy sentence."""
    sig = unsourced_claims.score(prepare(text), Settings())
    return sig.evidence[-1].kind


# --- 1. a trade named only as a group ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Nutritionists say the oat bar lowers cholesterol by 12% in six weeks.",
    "Dentists say fizzy drinks cause 40% of the decay they treat.",
    "Scientists believe the glacier will lose half its ice by 2060.",
    "Physiotherapists say the stretch cuts back pain in 3 weeks.",
    "The twins were told by their surprised doctors that the cyst had shrunk by 30%.",
    "Parents of toddlers, paediatricians say, should cut juice to 150ml a day.",
])
def test_trade_as_a_group_is_vague_in_both_signals(text):
    assert _kind(text) == "weasel"
    assert not _named_sources(text)
    assert _verdict(text) == "unsourced"


@pytest.mark.parametrize("text", [
    "The clinic's doctors said the new scanner cut waiting times by 40%.",
    "Two nurses at Ravensbrook General told the Courier the ward shut 3 beds.",
    "Three dentists said the water supply held 2 parts per million of fluoride.",
    "Doctors at the hospital said the outbreak infected 14 patients.",
    "On Monday, Harvard researchers said the drug cut relapses by 20%.",
])
def test_trade_with_a_name_institution_or_number_is_a_source(text):
    assert _kind(text) in ("named", "role")
    assert _named_sources(text)


def test_roles_of_a_case_stay_sources():
    assert _kind("Prosecutors said the pair stole 9,000 pounds of copper.") == "role"


# --- 2. a plea is no statement -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Marla Quince, 52, of Juniper Row, Eastholm, pleaded guilty to fraud at the county court.",
    "Tobias Renn, 23, of Mill Lane, Corby, pleaded not guilty to arson on Monday.",
    "The driver admitted two counts of careless driving in 2024.",
    "Renn denies manslaughter.",
    "The cyclist was admitted to hospital with a broken wrist.",
])
def test_plea_or_admission_is_no_source(text):
    assert _kind(text) is None


@pytest.mark.parametrize("text", [
    "Quince pleaded with the jury for a second chance.",
    "Renn admitted that he had driven at 70mph.",
    "The mayor denied the claims and resigned.",
])
def test_pleading_and_admitting_still_report(text):
    assert _kind(text) in ("named", "role", "pronoun")


# --- 3. a notice: its issuer, its headline ---------------------------------------------------------

def test_issued_by_names_the_issuer():
    assert _kind("Issued by the Coastal Weather Service at 06:00 on Friday.") == "named"


@pytest.mark.parametrize("text", [
    "Amber warning for snow issued",
    "Flood warning issued for the Tamar valley",
    "The council issued 40 parking fines on Sunday.",
])
def test_notice_noun_and_issued_without_agent_are_no_source(text):
    assert _kind(text) is None


def test_warning_after_be_still_reports():
    assert _kind("The agency is warning of gales above 60mph.") == "role"


# --- 4. "called" naming a thing after a prepositional phrase -------------------------------------

def test_called_names_a_thing_after_a_prepositional_phrase():
    assert _kind("I got the patch via a forum for Nintendo collectors called KeyNest in 2023.") is None


def test_called_with_an_object_still_reports():
    assert _kind("Then a spokesman for the port authority called the delay a scandal.") == "role"


# --- 5. a price quoted -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The cottage was quoted at \u00a3415,000 by the first agent.",
    "We were quoted $2,300 for a new boiler.",
    "The builder quoted a price of 9,000 euros for the roof.",
])
def test_price_quoted_is_no_attribution(text):
    assert _kind(text) is None


def test_quoted_as_saying_still_reports():
    assert _kind("The coach was quoted as saying the team lost 3 players.") == "pronoun" or \
        _kind("The coach was quoted as saying the team lost 3 players.") in ("role", "weasel")
