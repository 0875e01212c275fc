"""Loaded language version 97 (helper lift33): a given headline's words after a verb of warning or
asking ("Gun Store ... Warns of Skyrocketing Prices", "Traders urge council to stop the disastrous
rent rises") are what its subject warns of or asks for, no frame of the writer's, as the words after a
speaker's colon are (lift32). A charge of the headline's own, before such a verb or with none, still
counts. Every headline and body is written for these tests."""

import pytest

from xlplugin.engine import score_text


def _loaded(text: str, title: str = ""):
    return score_text(text, title=title).signals["loaded_language"]


# --- a given headline's verbs of warning and asking --------------------------------------------

BODY = (
    "The shop on Mill Lane opened its doors at nine on Saturday and sold out of its stock by noon. "
    "The owner, Kay Dunne, said prices from her suppliers had gone up twice since January, and that "
    "she expected another rise in the summer. A second shop in the town, on Bridge Street, said it had "
    "seen the same. The county's trading office said it had no figures for the year yet."
)

REPORTED = [
    # each with a loaded term after a verb of warning or asking that has a subject before it
    "Hardware Shop Holds Sale, Warns of Skyrocketing Prices",
    "Shop owner warns of catastrophic rise in rents",
    "Traders urge council to stop the disastrous rent rises",
    "Sheriff asks state to shut down the sleazy pawn shops on Mill Lane",
    "Residents request an end to the shameful state of Mill Lane",
    "Bakers beg the council to end outrageous water charges",
]


def _headline_items(signal) -> list[str]:
    return [e.detail for e in signal.evidence if "in the given headline" in e.detail]


@pytest.mark.parametrize("headline", REPORTED)
def test_what_a_headlines_subject_warns_of_or_asks_for_is_theirs(headline: str) -> None:
    signal = _loaded(BODY, title=headline)
    assert _headline_items(signal) == []
    assert signal.details["author_terms"] == _loaded(BODY, title="Shop sells out on Saturday").details["author_terms"]


@pytest.mark.parametrize("headline, word", [
    ("Skyrocketing Prices Hit Mill Lane Shoppers", "Skyrocketing"),  # no verb of warning: the writer's
    ("Catastrophic Rent Rises Close Two Shops", "Catastrophic"),
    ("Outrageous Costs: Traders Warn of More to Come", "Outrageous"),  # before the verb: the writer's
    ("Greedy Landlords Ignore Traders Who Warn of Closures", "Greedy"),
    ("Disastrous Council Fails Traders", "Disastrous"),
    ("Warn Your Neighbours: Greedy Landlords Are Coming", "Greedy"),  # no subject before the verb
])
def test_a_headlines_own_charge_still_counts(headline: str, word: str) -> None:
    shown = _headline_items(_loaded(BODY, title=headline))
    assert any(f"\u201c{word}" in item for item in shown), shown
