"""Loaded language version 61 and provenance version 67 (helper labels35): a content farm's
weasels each count once, in the signal they belong to. An alarm or a belief lent to a vague crowd
of experts is an appeal to unnamed authority (loaded language, editorial, as "Studies have shown"
is); a vast crowd of satisfied buyers is sales pressure (loaded language, exaggeration); a
tipster's "Not financial advice. DYOR." is a disclaimer (provenance). Fixtures are sentences
written for these tests."""

import pytest

from loaded_helpers import loaded_evidence
from xlplugin import sales_pressure
from xlplugin.scorers import loaded_language, provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare

LEAD = "The new product went on sale in March. Its maker is based in Leeds. "


def _details(text: str) -> list[str]:
    sig = loaded_language.score(prepare(LEAD + text), Settings())
    return [e.detail for e in sig.evidence if e.kind in ("editorial", "exaggeration")]


@pytest.mark.parametrize("text", [
    "Experts are now warning that the coating can leach into food.",
    "Some researchers believe the powder could be linked to headaches.",
    "A growing number of doctors fear the pills do more harm than good.",
    "Many scientists think the spray is behind the rise in rashes.",
    "Doctors are increasingly warning that the filters fail within weeks.",
])
def test_an_alarm_lent_to_unnamed_experts_is_one_appeal(text):
    assert _details(text) == [loaded_language.APPEAL_DETAIL], loaded_evidence(LEAD + text)


@pytest.mark.parametrize("text", [
    "Experts warn of a hot summer ahead.",  # no crowd, no rising alarm: a report's form
    "Scientists believe the comet is four billion years old.",
    "Some residents believe the road should close at night.",  # no authority
    # the expert is named in the next sentence
    "Some scientists fear the ice shelf could break up. Dr Ana Ruiz of the polar institute said the cracks had doubled.",
])
def test_a_report_form_or_a_named_expert_is_no_appeal(text):
    assert _details(text) == [], loaded_evidence(LEAD + text)


@pytest.mark.parametrize("text", [
    "Thousands of satisfied customers have already switched.",
    "Join 40,000 happy users who never looked back.",
    "Millions of delighted shoppers cannot be wrong.",
    "Tens of thousands of happy subscribers read it every week.",
])
def test_a_crowd_of_satisfied_buyers_is_sales_pressure(text):
    assert _details(text) == [sales_pressure.CROWD], loaded_evidence(LEAD + text)


@pytest.mark.parametrize("text", [
    "Thousands of customers lost power during the storm.",
    "Most customers were satisfied, the survey found.",
    "The firm says it wants happy customers above all.",
    "Hundreds of shoppers queued outside before it opened.",
])
def test_customers_in_a_report_are_no_crowd(text):
    assert _details(text) == [], loaded_evidence(LEAD + text)


def _disclaimer(text: str) -> bool:
    sig = provenance.score(prepare(text), Settings())
    return any(e.kind == "disclaimer" and e.detail.startswith("found") for e in sig.evidence)


PITCH = "The token went up 40% this week and the team says more is coming.\n\n"


@pytest.mark.parametrize("closing", [
    "Not financial advice. Always DYOR.",
    "This is not financial advice, do your own research.",
    "NFA. DYOR before you buy anything.",
    "Nothing here is investment advice: not investment advice, ever.",
])
def test_a_tipster_disclaimer_is_a_disclaimer(closing):
    assert _disclaimer(PITCH + closing + "\n")


@pytest.mark.parametrize("closing", [
    "The regulator said the app gave advice that should be checked.",
    "Always read the terms before you buy.",
])
def test_plain_advice_is_no_disclaimer(closing):
    assert not _disclaimer(PITCH + closing + "\n")
