"""Attribution misreadings fixed as classes (claims10; every text written for these tests): a
definite organisation noun as the speaker ("..., the club said.") is a source by role; unnamed
plural documents ("Leaked papers show", "Figures show") are vague and lend no source to the next
sentence; a statement measured against after "what" ("twice what the official figures admit")
is no source; an owned document after "according to", "comes from" or "is based on" is a source.
Each class has the other reading beside it, which still counts."""

from __future__ import annotations

import pytest
from attribution_helpers import attribution_kind as _kind
from attribution_helpers import unsourced_kinds as _unsourced_kinds


# --- a definite organisation noun as the speaker ----------------------------------------------

@pytest.mark.parametrize("text", [
    "The winger scored nine goals in 31 games last season, the club said.",
    "Donations fell by 12 percent to 3 million pounds in 2024, the charity said.",
    "The trust said waiting lists had grown by 4,000 since March.",
    "Its regulator confirmed that 17 firms were fined last year.",
    "The league announced that six clubs had breached the cap in 2025.",
])
def test_a_definite_organisation_noun_is_a_source_by_role(text):
    assert _kind(text) == "role"
    assert _unsourced_kinds(text) == ["sourced"]


@pytest.mark.parametrize("text", [
    "He told voters not to trust the papers and cited 40 polls from 2019.",
    "She was in high school and somehow claims she ran 12 marathons.",
])
def test_an_organisation_noun_elsewhere_is_no_source(text):
    assert _kind(text) != "role"


# --- unnamed plural documents are vague ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Leaked papers show the mill dumped 9,000 tonnes of slag in 2022.",
    "Figures show the mill dumped 9,000 tonnes of slag in 2022.",
    "Internal documents show the mill dumped 9,000 tonnes of slag in 2022.",
    "Official figures show the mill dumped 9,000 tonnes of slag in 2022.",
])
def test_an_unnamed_plural_document_is_vague(text):
    assert _kind(text) == "weasel"
    assert _unsourced_kinds(text) == ["unsourced"]


@pytest.mark.parametrize("text", [
    "The mill's board papers show it dumped 9,000 tonnes of slag in 2022.",
    "The mill dumped 9,000 tonnes of slag in 2022, the board papers show.",
    "Documents from the Harwell Agency show the mill dumped 9,000 tonnes of slag in 2022.",
    "The latest official figures show the mill dumped 9,000 tonnes of slag in 2022.",
])
def test_a_plural_document_that_says_whose_is_a_source(text):
    assert _kind(text) in ("document", "named", "role")
    assert _unsourced_kinds(text) == ["sourced"]


def test_a_vague_document_lends_no_source_to_the_next_sentence():
    text = ("Leaked documents show the mill knew of the spill in 2021. "
            "Fish stocks in the river have halved since 2023.")
    assert _unsourced_kinds(text) == ["unsourced", "unsourced"]


# --- a statement measured against after "what" ---------------------------------------------------------

def test_a_statement_measured_against_is_no_source():
    text = "Workers say 8,000 tonnes went into the river, twice what the official figures admit."
    assert _kind(text) == "weasel"
    assert _unsourced_kinds(text) == ["unsourced"]


@pytest.mark.parametrize("text", [
    "Nine people died in what police are calling the worst crash since 1998.",
    "Turnout fell 9 percent, in what the council's chief officer says is the lowest since 1990.",
])
def test_a_statement_named_after_what_still_sources(text):
    assert _kind(text) == "role"


# --- an owned document after "according to", "comes from", "is based on" ---------------------------

@pytest.mark.parametrize("text", [
    "The library is kept up by 11 volunteers from four towns, according to its annual report.",
    "The figure of 30 percent less memory comes from the vendor's own benchmarks.",
    "The estimate of 400 empty homes is based on the council's 2023 housing survey.",
    "The library is kept up by 11 volunteers from four towns, according to their governance page.",
])
def test_an_owned_document_is_a_source(text):
    assert _unsourced_kinds(text) == ["sourced"]


def test_a_passive_does_not_beat_an_owned_document_after_it():
    text = "The archive is maintained by 14 regular volunteers from six towns, according to its membership page."
    assert _unsourced_kinds(text) == ["sourced"]


@pytest.mark.parametrize("text", [
    "The film about 400 empty homes is based on a true story from 2019.",
    "Rents rose 40 percent last year, according to some reports.",
    "The idea of a 30 percent cut came from nowhere in 2024.",
])
def test_a_link_without_an_owner_names_no_source(text):
    assert _unsourced_kinds(text) == ["unsourced"]


# --- every member of a vague group as the knower -----------------------------------------------

def test_every_expert_knows_is_a_weasel():
    text = "Every expert knows Dutch keepers never settle in Spain."
    assert _kind(text) == "weasel"
    assert _unsourced_kinds(text) == ["unsourced"]


@pytest.mark.parametrize("text", [
    "Halvorsen estimates the fund lost 42 million krone in 2023.",
    "He figures the fund lost 42 million krone in 2023.",
])
def test_a_name_or_pronoun_before_estimates_still_reports(text):
    assert _kind(text) in ("named", "pronoun")
