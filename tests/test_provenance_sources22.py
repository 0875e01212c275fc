"""Provenance read as classes (sources22; every sentence written for these tests): primary
documents named by where they came from or whose they are ("records obtained by this newspaper
through a public records request", "accounts, filed at Companies House", "an estimate by the
Legislative Fiscal Bureau", "the council's spending records show"), and words that read as a
named source but report nothing a source said. Each class has near misses beside it."""

from __future__ import annotations

import pytest

from xlplugin.scorers import provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare

_DOCS = "references to primary documents"
_SOURCES = "named sources with roles"


def _found(text: str, name: str) -> str | None:
    """The evidence text of provenance cue `name` when found, else None."""
    sig = provenance.score(prepare(text), Settings())
    cue = next(e for e in sig.evidence if e.kind == name)
    return cue.text if cue.detail.startswith("found") else None


# --- 1. a document named by how it came out and through whom --------------------------------------

@pytest.mark.parametrize("text, shown", [
    ("Booking logs obtained by the Harwick Echo through a public records request list 212 arrests in May.",
     "logs obtained by the Harwick Echo through a public records request"),
    ("The figures are in invoices released by three health boards under freedom of information laws.",
     "invoices released by three health boards"),
    ("The firm's accounts, filed at Companies House in March, record a loss of £2.1 million.",
     "accounts, filed at Companies House"),
    ("Minutes submitted to the planning inquiry describe two earlier floods on the site.",
     "Minutes submitted to the planning inquiry"),
    ("Emails seen by this newspaper show the head teacher warned governors in January.",
     "Emails seen by this newspaper"),
])
def test_a_document_that_came_out_through_a_body_is_a_primary_document(text, shown):
    assert _found(text, _DOCS) == shown


@pytest.mark.parametrize("text", [
    "Bank details obtained by scammers were sold online within a day.",
    "Photos posted by fans filled the club's page with cheers that night.",
    "The figures were released by mistake on a Sunday afternoon.",
    "Most of the documents handed to him were blank forms and old receipts.",
])
def test_a_document_that_came_out_through_no_body_is_none(text):
    assert _found(text, _DOCS) is None


# --- 2. a document by a named maker -----------------------------------------------------------------

@pytest.mark.parametrize("text, shown", [
    ("The senator said the cut would cost $900 million, citing an estimate by the independent Budget Office.",
     "estimate by the independent Budget Office"),
    ("Rents rose by 9% in two years, according to data from the Harwick Housing Observatory.",
     "data from the Harwick Housing Observatory"),
    ("The mayor quoted an analysis by Fenwick Water that put the leak rate at one pipe in six.",
     "analysis by Fenwick Water"),
])
def test_a_document_by_a_named_maker_is_a_primary_document(text, shown):
    assert _found(text, _DOCS) == shown


@pytest.mark.parametrize("text", [
    "He based his talk on an analysis by British economists of wage growth since 2010.",
    "The estimates from March were revised twice before the autumn.",
    "She brought back data from Norway about winter cycling habits.",
])
def test_a_document_by_a_modifier_a_month_or_a_place_is_none(text):
    assert _found(text, _DOCS) is None


# --- 3. a body's document, read from ----------------------------------------------------------------

@pytest.mark.parametrize("text, shown", [
    ("The council's parking records, which cover every ticket since 2019, show 4,100 fines on one street.",
     "The council's parking records"),
    ("The repairs cost £48,000, according to the trust's published board minutes.",
     "the trust's published board minutes"),
    ("She pointed to the Harwick Fire Authority's estimate that response times rose by a minute.",
     "Harwick Fire Authority's estimate"),
])
def test_a_bodys_document_read_from_is_a_primary_document(text, shown):
    assert _found(text, _DOCS) == shown


@pytest.mark.parametrize("text", [
    "Haaland broke the club's scoring records in a single season.",
    "Nobody in the room had read the council's budget before the vote on Tuesday.",
    "The team's records tumbled one after another that season.",
])
def test_a_bodys_document_in_passing_is_none(text):
    assert _found(text, _DOCS) is None
