"""Attribution misreadings fixed as classes (sources21; every text written for these tests): words
that name no one a reader could ask are no named source (an indefinite speaker before a colon,
a reader's letter, an idiom of contempt, an agreement to act, things that "show"), references to
primary documents on the right span (a name before an apposition, a name's every word, a book's
publisher, the text's own credit line), and the passive with a named agent and question-words
that report nothing. Each class has the other reading beside it, which still counts."""

from __future__ import annotations

import pytest
from attribution_helpers import attribution as _attr, attribution_kind as _kind, unsourced_kinds as _unsourced_kinds

from xlplugin.scorers import provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare


def _cue(text: str, name: str):
    sig = provenance.score(prepare(text), Settings())
    return next(e for e in sig.evidence if e.kind == name)


def _found(text: str, name: str) -> str | None:
    """The evidence text of provenance cue `name` when found, else None."""
    cue = _cue(text, name)
    return cue.text if cue.detail.startswith("found") else None


# --- 2a. an indefinite speaker before a colon and a quotation --------------------------------------

@pytest.mark.parametrize("text", [
    'Fans flooded the band\'s page within minutes. One wrote: "Please tell me this is a joke, I have tickets for June."',
    'Readers were quick to reply. Someone posted: "This bakery has been here since before the war and it must stay."',
    'The comments filled up overnight. Another wrote: "Nobody asked us whether we wanted a car park here at all."',
])
def test_an_indefinite_speaker_before_a_colon_is_no_named_source(text):
    assert _kind(text) not in ("named", "role")
    assert _found(text, "named sources with roles") is None
    assert _found(text, "attributed direct quotes") is None


@pytest.mark.parametrize("text", [
    'The singer replied within minutes. Kayla Moss wrote: "We are still friends and we ask for privacy."',
    'The club answered on its page. Club secretary Ann Hale wrote: "The ground will reopen on Saturday as planned."',
])
def test_a_named_speaker_before_a_colon_still_counts(text):
    assert _kind(text) == "named"
    assert _found(text, "named sources with roles") is not None


# --- 2b. a reader's letter: a given name and a town --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Reader mail: Tom in Leeds asks whether he should move his pension into cash before the election.",
    "This week Maria in Cardiff writes that her energy bill doubled in a year.",
    "Priya in Slough asks if her landlord can raise the rent twice in one year.",
])
def test_a_given_name_with_a_town_is_no_named_source(text):
    assert _found(text, "named sources with roles") is None


@pytest.mark.parametrize("text", [
    "Economist Tom Harker in Leeds said the pension rules would change next year.",
    "Police in Georgia say officers were called to the school at 9 am.",
    "Officials in Kyiv said 40 drones were shot down overnight.",
    "On Monday in London, Ann Lee said 40 drones were shot down overnight.",
])
def test_a_full_name_or_a_kind_of_source_with_a_town_still_counts(text):
    assert _found(text, "named sources with roles") is not None


# --- 2c. an idiom of contempt: "told them where they can put it" ----------------------------------

@pytest.mark.parametrize("text", [
    "Well, Judge Priya Anand just told them exactly where they can put their censorship.",
    "Senator Ruth Cole told the lobbyists where they could stick their cheque.",
    "Mayor Tim Grady told the developers where to go, and the whole town cheered.",
])
def test_telling_someone_where_to_put_it_is_no_source(text):
    assert _kind(text) not in ("named", "role")
    assert _found(text, "named sources with roles") is None


def test_telling_someone_where_a_thing_is_still_counts():
    text = "Judge Priya Anand told the court where the missing 40,000 pounds had gone."
    assert _kind(text) == "named"


# --- 2e. an agreement to act ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Priya has agreed to take over as secretary from next month.",
    "The Harbour Trust agreed to pay 2 million pounds towards the new sea wall.",
    "Councillor Ben Osei agrees to step down at the next election.",
])
def test_agreeing_to_act_is_no_verb_of_saying(text):
    assert _kind(text) not in ("named", "role")
    assert _found(text, "named sources with roles") is None


@pytest.mark.parametrize("text", [
    "The Harbour Trust agreed that the sea wall would cost 2 million pounds.",
    "Councillor Ben Osei agreed the budget was 300,000 pounds short.",
])
def test_agreeing_that_still_reports(text):
    assert _kind(text) in ("named", "role")


# --- 2f. things that show: satellites, finds, tree rings --------------------------------------------

@pytest.mark.parametrize("text", [
    "Satellites have shown the Earth getting greener over the last 30 years.",
    "Archaeological finds show that people lived on the shore 3,000 years ago.",
    "Tree rings suggest the drought lasted 40 years.",
    "Ice cores have revealed that the air held far less carbon 800,000 years ago.",
])
def test_a_bare_plural_thing_that_shows_names_no_source(text):
    assert _kind(text) not in ("named", "role")
    assert _unsourced_kinds(text) == ["unsourced"]
    assert _found(text, "named sources with roles") is None


@pytest.mark.parametrize("text", [
    "Professor Williams has shown that the river carried 40 tonnes of silt a day.",
    "Satellites operated by the European Space Agency have shown the ice thinning by 2 metres.",
    "Dr Ana Ruiz has shown that the drought lasted 40 years.",
])
def test_a_named_owner_or_person_who_shows_still_counts(text):
    assert _kind(text) in ("named", "role")
    assert _unsourced_kinds(text) == ["sourced"]


# --- 3a. a name before an apposition holding a document word ----------------------------------------

@pytest.mark.parametrize("text", [
    "Senator Joan Ferris voted yes. Ferris, the only Republican to back the bill, told reporters the wage was fair.",
    "Inspector Ravi Mehta led the case. Mehta, who wrote the final report, said the ship was overloaded.",
    "Dr Ellen Marsh spoke first. Marsh, the author of the survey, told the committee 40 percent had moved.",
])
def test_a_surname_before_an_apposition_is_the_source_not_a_document(text):
    found = _attr(text)
    assert found is not None and found.kind == "named"
    assert _found(text, "references to primary documents") is None


def test_a_surname_never_given_in_full_is_not_read_as_a_name():
    assert _kind("Yesterday, the only member to back the bill, told reporters the wage was fair.") != "named"


# --- 3b. a document's name keeps every word ---------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Estimates from the Labour Force Survey are based on a sample of 40,000 households.", "Labour Force Survey"),
    ("Details are in the National Travel Survey, which covers 16,000 homes.", "National Travel Survey"),
    ("The Harbour Board Safety Review lists 12 faults in the crane.", "Harbour Board Safety Review"),
])
def test_a_named_document_is_shown_whole(text, name):
    shown = _found(text, "references to primary documents")
    assert shown is not None and name in shown


def test_a_run_of_names_is_no_documents_name():
    # (a run longer than a name keeps the old two words: which of them the document's name starts
    # with, the text does not say)
    text = "The stories ran in partner papers such as Ann Arbor News Battle Creek Enquirer Bay City Times Benzie County Journal."
    shown = _found(text, "references to primary documents") or ""
    assert 0 < len(shown.split()) <= 5


# --- 3c. a book's publisher is no document of the text's -----------------------------------------

@pytest.mark.parametrize("text", [
    "The Quiet Rooms by Anna Kell is published by Harrow Press.",
    "Her memoir, Salt and Iron, is published by Fenwick Books at 20 pounds.",
    "His new book was published by Larch House in March.",
])
def test_a_books_publisher_is_no_reference_to_a_primary_document(text):
    assert _found(text, "references to primary documents") is None


@pytest.mark.parametrize("text", [
    "A report published by the Audit Office found 300 errors in the accounts.",
    "The figures were published by the Office for National Statistics on Tuesday.",
    "The monthly figures are published by the Office for National Statistics.",
])
def test_a_documents_publisher_still_counts(text):
    assert _found(text, "references to primary documents") is not None


# --- 3d. the text's own credit line ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Left Behind: Children in temporary housing\n\nA report by Shelter First, October 2026\n\nEvery night 4,320 children slept in temporary rooms.",
    "Cold Homes\n\nA briefing by the Fuel Poverty Network\n\nOne home in five could not afford heating last winter.",
    "Rivers at Risk\n\nA study by Clean Water Watch, March 2026\n\nNine rivers in ten failed the test.",
])
def test_the_texts_own_credit_line_is_no_reference_to_a_primary_document(text):
    assert _found(text, "references to primary documents") is None


def test_a_report_by_a_named_body_in_the_prose_still_counts():
    text = ("Cold Homes\n\nA report by the Fuel Poverty Network, published in March, says one home in five could "
            "not afford heating.")
    assert "the Fuel Poverty Network" in (_found(text, "references to primary documents") or "")


# --- 3e. a court's papers that show ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The court filing shows the firm owed 2 million pounds to 40 suppliers.",
    "Court records show the landlord was fined three times since 2019.",
    "The ferry company denies it. Court documents showed the crew had worked 20 hours without rest.",
])
def test_a_courts_papers_are_a_reference_to_a_primary_document(text):
    assert _found(text, "references to primary documents") is not None


# --- 4a. a passive with a named agent --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "It was said by Ann Lee that the plan would cost 40 million pounds.",
    "It has been stated by Councillor Tom Reed that 300 homes are empty.",
    "It was reported by the Harbour Gazette that 40 boats sank in the storm.",
])
def test_a_passive_with_a_named_agent_is_named(text):
    assert _kind(text) == "named"
    assert _unsourced_kinds(text) == ["sourced"]


@pytest.mark.parametrize("text", [
    "It was said that the plan would cost 40 million pounds.",
    "It was said by some that the plan would cost 40 million pounds.",
])
def test_a_passive_without_a_named_agent_stays_vague(text):
    assert _kind(text) == "weasel"


# --- 4b. questions asked or answered report nothing ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Frequently asked questions: your council tax bill 2026/27",
    "Sketch: The minister who answered every question except the one that mattered",
    "Commonly asked questions about the new bus lanes",
    "Minister Sara Holt answered questions from MPs for two hours on Tuesday.",
])
def test_asking_or_answering_questions_is_no_source(text):
    assert _kind(text) not in ("named", "role")
    assert _found(text, "named sources with roles") is None


def test_answering_that_still_reports():
    assert _kind("Minister Sara Holt answered that the tax would rise by 2 percent.") == "named"
