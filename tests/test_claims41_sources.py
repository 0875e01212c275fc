"""(claims41) Sentence shapes of real reporting that the source readers misread.

1. A sentence opening with an adverbial before a role ("Meanwhile the spokesman said", "Last night
   the minister said", "On Monday, the minister told MPs") names the role: provenance listed
   "Meanwhile", "Last" and "On Monday" among its named sources (xlplugin/source_sides.py).
4. One document an outlet or a body holds ("A memo seen by the Gazette shows", "according to a
   report the trust released to the Gazette", "an invoice filed at Companies House") is a
   document source as the plural was: the singular had been a named source (the outlet), a role
   or nothing (attribution.txt [seen_document_words], [released_document_words], provenance.txt
   [origin_document_words]).
"""

from __future__ import annotations

import pytest
from attribution_helpers import attribution, attribution_kind, unsourced_kinds

from xlplugin.scorers import provenance, unsourced_claims
from xlplugin.settings import Settings
from xlplugin.text import prepare

HEAD = "Flood plan approved\n\nBy Anna Berg\nPublished 3 March 2026\n\nThe council met on Tuesday to agree the plan.\n\n"
# A second source, so that provenance lists the sources with their sides.
OTHER = "\n\nCouncillor Dee Marsh said the work would start in June.\n"


def _cue(text: str, kind: str) -> str:
    sig = provenance.score(prepare(text), Settings())
    return next(e for e in sig.evidence if e.kind == kind).detail


def _listed_sources(text: str) -> list[str]:
    detail = _cue(text, "named sources with roles")
    assert "sources: " in detail, detail
    return [s.strip() for s in detail.split("sources: ", 1)[1].split(",")]


# --- 1. an adverbial opening the sentence is no speaker's name ---------------------------------------

@pytest.mark.parametrize("sentence", [
    "Meanwhile the spokesman said 12 roads were shut.",
    "Last night the minister said 40 homes had flooded.",
    "On Monday, the minister told MPs that 30 schools were closed.",
    "Later that day the spokeswoman said 300 people had left their homes.",
    "Afterwards the mayor said 40 homes had flooded.",
    "On Friday, the chief constable said 6 people had been arrested.",
])
def test_an_opening_adverbial_is_not_listed_as_a_source(sentence):
    listed = _listed_sources(HEAD + sentence + OTHER)
    first = sentence.split()[0].strip(",")
    assert not any(s.split()[0] == first for s in listed), listed
    assert any(s.startswith("the ") for s in listed), listed


@pytest.mark.parametrize("sentence, name", [
    ("Later Ann Lee, a council spokeswoman, said 12 roads were shut.", "Ann Lee"),  # (guard)
    ("Dev Patel, 52, a shop owner, said 40 homes had flooded.", "Dev Patel"),  # (guard)
])
def test_a_name_after_the_opening_words_is_still_the_source(sentence, name):
    assert name in " ".join(_listed_sources(HEAD + sentence + OTHER))


# --- 4. one document is a document as several are ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "A memo seen by the Gazette shows 40 posts will be cut.",
    "A letter seen by this newspaper says 30 wards will close.",
    "A spreadsheet obtained by The Herald shows 12 ambulances broke down.",
    "A file shared with this newspaper suggests 40 posts will be cut.",
])
def test_one_document_an_outlet_holds_is_a_document_source(text):
    assert attribution_kind(text) == "document"


@pytest.mark.parametrize("text", [
    "Memos seen by the Gazette show 40 posts will be cut.",
    "Letters seen by this newspaper say 30 wards will close.",
])
def test_the_plural_stays_a_document_source(text):  # (guard)
    assert attribution_kind(text) == "document"


@pytest.mark.parametrize("text", [
    "Waiting times doubled last year, according to a report the trust released to the Gazette.",
    "Waiting times doubled last year, according to an email the trust sent to the Gazette.",
])
def test_one_document_a_body_released_is_that_bodys(text):
    assert attribution_kind(text) == "role"


@pytest.mark.parametrize("text", [
    "An invoice filed at Companies House shows that the firm was paid 2 million pounds in 2024.",
    "The firm was paid 2 million pounds, an email released by the council under the Freedom of Information Act shows.",
    "A spreadsheet obtained by The Herald shows 12 ambulances broke down.",
])
def test_one_document_named_by_where_it_came_from_is_a_primary_document(text):
    assert _cue("By Anna Berg\n\n" + text + "\n", "references to primary documents").startswith("found")


# --- 5. a reaction in the passive on two sides: each agent after "by" is its own source -------------

@pytest.mark.parametrize("text, agent", [
    ("The plan to build 400 homes was welcomed by council leaders but criticised by residents.", "council leaders"),
    ("The plan to build 400 homes was praised by the mayor but criticised by residents.", "the mayor"),
    ("The 400-home plan was praised by the mayor and condemned by opposition councillors.", "the mayor"),
    ("The plan to build 400 homes was criticised by residents but hailed by the mayor.", "the mayor"),
])
def test_the_agent_after_by_is_the_source_not_the_words_before(text, agent):
    found = attribution(text)
    assert found is not None and found.kind == "role", found
    assert agent in found.detail and "400" not in found.detail, found.detail
    assert unsourced_kinds(text) == ["sourced"]


@pytest.mark.parametrize("text, agent", [
    ("The plan was criticised by residents but later approved by the board.", "residents"),
    ("The plan was criticised by the mayor but later approved.", "the mayor"),
    ("The plan was criticised by residents and approved by the board.", "residents"),
])
def test_the_agent_ends_where_the_next_clause_begins(text, agent):
    found = attribution(text)
    assert found is not None and found.detail.endswith(agent + "\u201d"), found


def test_both_reactions_list_the_agent_as_a_source():
    text = HEAD + "The plan to build 400 homes was welcomed by council leaders but criticised by residents.\n" + OTHER
    listed = _listed_sources(text)
    # (roles41) the plural role now names its body, as "a council leader" does
    assert "council leaders (the council)" in listed and not any("welcomed" in s for s in listed), listed


@pytest.mark.parametrize("text", [
    "The hotel welcomed 400 guests last year.",
    "Fans hailed a cab outside the 40,000-seat stadium.",
    "One of the 40 refugees was welcomed by the Archbishop of Canterbury.",
])
def test_a_reaction_word_not_about_a_plan_reports_nothing(text):  # (guard; the third is a person greeted)
    assert attribution(text) is None


def test_a_name_joined_by_and_stays_whole():  # (guard)
    found = attribution("The cuts to 400 posts were criticised by Marks and Spencer.")
    assert found.kind == "named" and "Spencer" in found.detail


# --- 3. a line under a table naming its source ("Source: ONS") -----------------------------------------

TABLE_HEAD = ("Where the extra money goes\n\nBy Mira Holt\nPublished 3 March 2026\n\n"
              "The chancellor set out her spending plans in the Commons on Wednesday.\n\nThe extra money is shared out like this:\n\n")
TABLE_ROWS = ["Health: \u00a312.4bn more than last year", "Schools: \u00a38.1bn, up 6%",
              "Defence: \u00a36.3bn, the biggest rise in a decade"]
AFTER_TABLE = "That leaves councils with 40% less than they had in 2010."


def _table(block: str, credit: str) -> str:
    return TABLE_HEAD + block + "\n\n" + credit + "\n\n" + AFTER_TABLE + "\n"


def _rows(text: str) -> dict[str, tuple[str, str]]:
    sig = unsourced_claims.score(prepare(text), Settings())
    return {e.text.strip(" |-*"): (e.kind, e.detail) for e in sig.evidence if e.kind in ("sourced", "unsourced")}


@pytest.mark.parametrize("credit", ["Source: ONS", "Source: Eurostat, 2024", "Sources: HM Treasury; Office for Budget Responsibility",
                                    "Data source: Office for National Statistics"])
@pytest.mark.parametrize("layout", ["lines", "bullets"])
def test_rows_over_a_source_line_are_its_source(credit, layout):
    block = "\n".join(("- " if layout == "bullets" else "") + r for r in TABLE_ROWS)
    claims = _rows(_table(block, credit))
    for row in TABLE_ROWS:
        kind, detail = claims[row]
        assert kind == "sourced" and credit.split(":")[1].strip()[:8] in detail, detail
    assert claims[AFTER_TABLE][0] == "unsourced"  # (the writer's prose under the credit stays the writer's)


def test_a_markdown_table_over_a_source_line_is_its_source():
    block = "| Area | Extra |\n|---|---|\n" + "\n".join("| " + r.replace(": ", " | ", 1) + " |" for r in TABLE_ROWS)
    claims = _rows(_table(block, "Source: Office for Budget Responsibility"))
    rows = [v for k, v in claims.items() if "\u00a3" in k and "|" in k]
    assert len(rows) >= 3 and all(kind == "sourced" for kind, _ in rows), claims


@pytest.mark.parametrize("credit", ["Source: internet", "Source: Facebook"])
def test_a_source_line_naming_no_one_sources_no_row(credit):  # (guard)
    claims = _rows(_table("\n".join(TABLE_ROWS), credit))
    assert all(claims[row][0] == "unsourced" for row in TABLE_ROWS)


def test_one_short_paragraph_over_a_credit_is_no_table():  # (guard)
    text = TABLE_HEAD + "Talks on the 40% pay rise will resume on Monday.\n\nSource: Reuters\n"
    assert list(_rows(text).values())[-1][0] == "unsourced"


def test_a_tables_source_line_is_a_reference_to_its_data_not_a_repost_marker():
    text = _table("\n".join(TABLE_ROWS), "Source: ONS")
    sig = provenance.score(prepare(text), Settings())
    cues_found = {e.kind: e.detail for e in sig.evidence}
    assert cues_found["references to primary documents"].startswith("found"), cues_found
    assert cues_found["repost markers"].startswith("not found"), cues_found["repost markers"]


# --- 2. a headline-style line is read by the same points as a sentence: "in May" is the month -------

@pytest.mark.parametrize("line", [
    "Prices up 5% in May",
    "Prices are up 5% in May",
    "Rents rose again in May.",
    "May saw sales rise 5%.",
])
def test_the_month_may_is_a_time_not_a_modal(line):
    doc = prepare("By Anna Berg\n\nThe statistics office published its monthly figures on Tuesday morning.\n\n" + line + "\n")
    sentence = next(s for s in doc.sentences if "May" in s.text)
    reasons = unsourced_claims.check_worthy_reasons(doc, sentence)
    assert any(r.startswith("time \u201cMay\u201d") for r in reasons), reasons


@pytest.mark.parametrize("line", ["Prices up 5% in May", "Prices are up 5% in May", "Prices rose 5% in May"])
def test_a_figure_in_a_line_between_paragraphs_is_a_claim_with_or_without_its_verb(line):
    text = ("By Anna Berg\n\nThe statistics office published its monthly figures on Tuesday morning.\n\n" + line
            + "\n\nShoppers in the town centre said they had noticed the difference at the tills.\n")
    assert [v[0] for s, v in _rows(text).items() if s.startswith("Prices")] == ["unsourced"]


def test_lower_case_may_stays_the_modal():  # (guard)
    doc = prepare("Rents may rise 5%.")
    assert unsourced_claims.check_worthy_reasons(doc, doc.sentences[0]) == []


def test_a_surname_may_is_no_month():  # (guard)
    doc = prepare("Theresa May won 5 of the 6 votes.")
    assert not any(r.startswith("time") for r in unsourced_claims.check_worthy_reasons(doc, doc.sentences[0]))
