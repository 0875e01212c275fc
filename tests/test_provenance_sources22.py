"""Provenance read as classes (sources22; every sentence written for these tests): primary
documents named by where they came from or whose they are ("records obtained by this newspaper
through a public records request", "accounts, filed at Companies House", "an estimate by the
Legislative Fiscal Bureau", "the council's spending records show"), and words that read as a
named source but report nothing a source said. Each class has near misses beside it."""

from __future__ import annotations

import pytest
from attribution_helpers import attribution_kind, unsourced_kinds

from xlplugin.scorers import provenance, unsourced_claims
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
    ("The scheme would cost £2 million a year, according to the council's estimate.",
     "the council's estimate"),
])
def test_a_bodys_document_read_from_is_a_primary_document(text, shown):
    assert _found(text, _DOCS) == shown


@pytest.mark.parametrize("text", [
    "Haaland broke the club's scoring records in a single season.",
    "Nobody in the room had read the council's budget before the vote on Tuesday.",
    "The team's records tumbled one after another that season.",
    "The council's finance committee estimates the cost at £9 million a year.",
    "Two goals in four second-half minutes from Ann Lee won the cup for Harwick.",
])
def test_a_bodys_document_in_passing_is_none(text):
    assert _found(text, _DOCS) is None


# --- 4. "ask" as a demand: what someone asks of a thing, no words reported ---------------------------

@pytest.mark.parametrize("text", [
    "At three hours and ten minutes, The Long Field asks a lot of its audience, and the last hour drags.",
    "The new night rota asks too much of nurses who already work four shifts in a row.",
    "For most drivers a quick look at the tyres is all the insurer asks for between services.",
    "Of the 58 tenants Harwick Homes asked the court to evict last year, we know almost nothing.",
])
def test_ask_as_a_demand_is_no_named_source(text):
    assert _found(text, _SOURCES) is None


@pytest.mark.parametrize("text", [
    "Mayor Tim Grady asked residents to stay indoors until the smoke cleared.",
    "The nurses' union asked for a 6% rise, its leader Ann Hale said on Monday.",
    "Councillor Ruth Cole asked whether the fund would cover the repairs.",
])
def test_ask_that_reports_a_request_or_a_question_still_counts(text):
    assert _found(text, _SOURCES) is not None


# --- 5. "told the truth": a verdict on a speaker, not their words -----------------------------------

@pytest.mark.parametrize("text", [
    "Maria Oduya told the truth: the clinic closed because nobody paid for it.",
    "Councillor Dev Patel told lies about the bus lane for three years.",
    "In the end the chief constable told a lie, and the inquiry proved it.",
])
def test_telling_the_truth_or_lies_is_no_named_source(text):
    assert _found(text, _SOURCES) is None


@pytest.mark.parametrize("text", [
    "Maria Oduya told the inquiry that the clinic closed in May.",
    "Councillor Dev Patel told reporters the bus lane would open in June.",
])
def test_telling_someone_something_still_counts(text):
    assert _found(text, _SOURCES) is not None


# --- 6. an indefinite parent: nobody a reader can find -------------------------------------------------

@pytest.mark.parametrize("text", [
    "One mum from Swansea told us the drops cleared her son's rash in two days.",
    "A dad in Ohio said his kids stopped coughing after a week on the spray.",
    "Another mother of two wrote that the tea cured her headaches.",
])
def test_an_indefinite_parent_is_no_named_source(text):
    assert _found(text, _SOURCES) is None


@pytest.mark.parametrize("text", [
    "A mother of three, Ann Lee, said the school had closed without notice.",
    "Her mother, Ruth Kaur, told the inquest that the ward was short of staff.",
])
def test_a_parent_named_still_counts(text):
    assert _found(text, _SOURCES) is not None


# --- 7. a document as the speaker: a primary document, not a person ------------------------------------

@pytest.mark.parametrize("text", [
    "The Harwick Household Survey shows that 4,000 people left the county in two years.",
    "Rents rose by 31%, according to contracts released under the Freedom of Information Act.",
    "Fenwick Water's accounts, filed at Companies House in May, show a loss of £3 million.",
])
def test_a_document_speaking_is_a_primary_document_not_a_named_source(text):
    assert _found(text, _SOURCES) is None
    assert _found(text, _DOCS) is not None


@pytest.mark.parametrize("text", [
    "Ann Lee, a director at Fenwick Water, said the leak was fixed by Friday.",
    "The head of the Harwick Household Survey, Dr Ian Moss, said 4,000 people had left.",
    "Rents rose by 31%, according to Ruth Cole, who chairs the tenants' union.",
])
def test_a_person_speaking_of_a_document_still_counts(text):
    assert _found(text, _SOURCES) is not None


# --- 8. an interview's named source: the sentence that names the interviewee, with the role ----------

@pytest.mark.parametrize("intro, role", [
    ("Ravi Menon has been a lifeboat coxswain at Harwick for 22 years. He spoke to us after a long night.",
     "lifeboat coxswain"),
    ("We spoke to Ines Calder, head teacher of Fenwick Primary, about the new term.", "head teacher"),
])
def test_an_interviewees_evidence_gives_the_role(intro, role):
    text = (f"Life on call\n\nInterview by Sam Reed\n\n{intro}\n\nQ: How busy was the winter?\n\n"
            "A: It was the busiest I have known, with three calls on one night in January.\n\n"
            "Q: What do you need most?\n\nA: More volunteers who can come at short notice.\n")
    shown = _found(text, _SOURCES)
    assert shown is not None and role in shown


@pytest.mark.parametrize("credit", ["Interview by Sam Reed", "Words by Sam Reed", "Interview by Sam Reed and Ann Cole"])
def test_an_answer_is_sourced_to_the_interviewee_not_to_the_credited_interviewer(credit):
    text = (f"Life on call\n\n{credit}\n\nRavi Menon has been a lifeboat coxswain at Harwick for 22 years.\n\n"
            "Q: How busy was the winter?\n\nA: It was the busiest I have known, with 31 calls in January, twice the usual.\n\n"
            "Q: What do you need most?\n\nA: More volunteers who can come at short notice.\n")
    sig = unsourced_claims.score(prepare(text), Settings())
    answer = next(e for e in sig.evidence if "31 calls" in e.text)
    assert answer.kind == "sourced" and "Ravi Menon" in answer.detail and "Sam Reed" not in answer.detail


# --- 9. "It was claimed by X that ...": a passive that names who claimed it ---------------------------

@pytest.mark.parametrize("text", [
    "It has been claimed by Councillor Ruth Cole that 300 homes in the ward are empty.",
    "It was claimed by Harbour Water that the new pipes would cut leaks by half.",
    "It is claimed by the Harwick Tenants Union that rents rose 40% in a year.",
])
def test_it_was_claimed_by_a_name_that_is_a_named_source(text):
    assert attribution_kind(text) == "named"
    assert _found(text, _SOURCES) is not None
    assert unsourced_kinds(text) == ["sourced"]


@pytest.mark.parametrize("text", [
    "It was claimed by Spain in 1520 and held for three centuries.",
    "The reef is claimed by three countries and patrolled by none.",
])
def test_a_thing_claimed_by_an_owner_is_no_source(text):
    assert attribution_kind(text) not in ("named", "role")
