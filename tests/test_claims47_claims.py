"""(claims47) Sentences a careful reader would not call claims, read as claims before: every text
written for these tests.

1. An intent needs a body that can intend (unsourced_claims._can_intend, claims.txt
   [intent_body_words], [intent_not_body_words]): "The storm will close three roads" is a forecast.
2. "expects to" is a body's forecast about itself, no intent (claims.txt [intent_not_subject_words]).
3. A journal's "Vol, pages (year)" line and a line that is only a DOI are references, no claims
   (claim_lines rule "citation line").
4. A sentence leading into code is the tutorial's instruction (xlplugin/code_leads.py); the
   participle opening a feature list's fragment is no past event (unsourced_claims._opens_a_feature).
5. A version number after a product's name is no figure (unsourced_claims._not_a_version): the
   largest class of wrong flags on a long blog post about porting a program to a new release of
   its language.
"""

from __future__ import annotations

import pytest
from attribution_helpers import added_claims, claim_texts

from xlplugin.claims_index import WordIndex
from xlplugin.scorers import unsourced_claims
from xlplugin.text import prepare


def _cues(sentence: str) -> dict[str, str]:
    doc = prepare(sentence)
    return {category: word for category, word, _ in unsourced_claims.ClaimWords(doc, doc.sentences[0]).cues()}


def _details(probe: str) -> str:
    return " | ".join(detail for _, detail in added_claims(probe))


# --- 1. an intent needs a body that can intend -------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The storm will close three roads.",
    "Storm Ciara will close three roads.",
    "The flood is set to close two bridges.",
    "The new levy will raise charges on three ferries.",
])
def test_a_thing_or_an_event_intends_nothing(sentence):
    assert "intent" not in _cues(sentence), _cues(sentence)
    assert added_claims(sentence) == [], added_claims(sentence)


def test_an_abstract_subject_is_a_forecast_not_an_intent():
    found = added_claims("Inflation will cut three million jobs.")
    assert [kind for kind, _ in found] == ["unsourced"] and "intent" not in found[0][1], found


@pytest.mark.parametrize("sentence", [
    "Council will close three libraries.",
    "The operator is to cut two routes.",
    "Nurses will strike for two days.",
    "The county council is set to close three libraries.",
    "Harbour Ferries plans to sell two boats.",
])
def test_a_body_or_a_name_still_intends(sentence):  # (guards: claims43 and claims46's readings stay)
    assert "intent" in _cues(sentence), _cues(sentence)
    assert [kind for kind, _ in added_claims(sentence)] == ["unsourced"]


def test_the_fast_path_reads_a_things_will_as_the_plain_reading_does():
    doc = prepare("The storm will close three roads. Council will close three libraries. "
                  "The company expects to close three shops.")
    index = WordIndex(doc)
    for s in doc.sentences:
        assert index.reasons(s, unsourced_claims.THRESHOLD) == unsourced_claims.check_worthy_reasons(doc, s), s.text
    assert not index.reasons(doc.sentences[0], unsourced_claims.THRESHOLD)


# --- 2. "expects to" ------------------------------------------------------------------------------------------

def test_expects_to_is_no_intent():
    assert added_claims("The firm expects to close three shops.") == []
    found = added_claims("The company expects to hire 200 people.")
    assert [kind for kind, _ in found] == ["unsourced"], found  # its figure still makes it a claim
    assert "intent" not in found[0][1] and "200" in found[0][1], found


# --- 3. references ----------------------------------------------------------------------------------------------

_PAPER = ("Tide gauges show a faster rise\n\n"
          "Researchers at the Harbour Institute said on Monday that the sea at Eastport rose 4 mm a year.\n\n"
          "{line}\n")


@pytest.mark.parametrize("line", [
    "Harbour Science 41, 12-19 (2021)",
    "Tide Review 7:2 (2018).",
    "Coastal Letters 118, 40321 (2017)",
    "https://doi.org/10.4321/d40012-021-00417-3",
    "DOI: 10.4321/tide.2018.7.2",
])
def test_a_reference_line_is_no_claim(line):
    # (a line of its own after the report, under no "References" heading, which made a list of them already)
    assert line not in claim_texts(_PAPER.format(line=line)), claim_texts(_PAPER.format(line=line))


@pytest.mark.parametrize("line", [
    "Cargo rose to 41,000 tonnes in 2021, up from 12,190 in 2019.",
    "The port cut 41, 12 of them in the harbour, in (2019) terms.",
    "See doi:10.5555/tide-7-2 for the 40 gauges.",
])
def test_prose_that_holds_figures_or_a_doi_stays_a_claim(line):  # (guards)
    text = _PAPER.format(line=line)
    assert line in claim_texts(text), claim_texts(text)


# --- 4. tutorials: lead-ins to code, feature fragments -------------------------------------------------------

_TUTORIAL = """Getting started with Harbourdb

Harbourdb is a small key-value store. This guide shows how to install it and open a first store.

The following command installs version 2.4 of the package from the index:

$ pip install harbourdb==2.4

Here is how to set it up with 2 worker threads:

$ harbourdb init --workers 2

The current settings of all 4 stores can be shown by

$ harbourdb status

Pros:

- officially supported by the Harbour Software Foundation
- integrated backups for Harbourdb stores
- one-stop management of all installed Harbourdb releases

Version 2.4 fixed 12 bugs reported by Harbour Ferries.

$ harbourdb --version

Since 2019 the project has:

- sold 300 support contracts
"""


@pytest.mark.parametrize("line", [
    "The following command installs version 2.4 of the package from the index:",
    "Here is how to set it up with 2 worker threads:",
    "The current settings of all 4 stores can be shown by",
    "- officially supported by the Harbour Software Foundation",
    "- integrated backups for Harbourdb stores",
    "- one-stop management of all installed Harbourdb releases",
])
def test_a_tutorials_instructions_and_feature_fragments_are_no_claims(line):
    assert line not in claim_texts(_TUTORIAL), claim_texts(_TUTORIAL)


@pytest.mark.parametrize("line", [
    "Version 2.4 fixed 12 bugs reported by Harbour Ferries.",  # code follows, but nothing leads into it
    "- sold 300 support contracts",  # a list under a lead with a verb: the project's acts
])
def test_claims_next_to_code_or_in_a_list_stay_claims(line):  # (guards)
    assert line in claim_texts(_TUTORIAL), claim_texts(_TUTORIAL)


def test_a_lead_without_code_under_it_stays_a_claim():  # (guard)
    text = ("Ferry changes\n\nThe board approved 3 new routes on Monday:\n\n"
            "The first runs from Eastport to Westby from May.\n")
    assert "The board approved 3 new routes on Monday:" in claim_texts(text)


@pytest.mark.parametrize("phrase, adjective", [
    ("management of all installed releases", "installed"),
    ("handling of compiled packages", "compiled"),
    ("our trained staff", "trained"),
])
def test_an_ed_word_after_of_or_a_possessive_is_an_adjective(phrase, adjective):
    assert _cues(f"It offers {phrase} in 3 towns.").get("past event") != adjective


def test_all_alone_keeps_the_past_event():  # (guard: "They all voted")
    assert _cues("The members all voted for three changes.").get("past event") == "voted"


# --- 5. version numbers -----------------------------------------------------------------------------------------

_PORT = """Moving Tidekit to Lantern 3

Tidekit has run on Lantern 2.7 for years. In Lantern 2, a text value is a sequence of bytes.

In Lantern 3, it is a sequence of characters. We test on Lantern 3.5, 3.6 and 3.7 every night.

Lantern 3's own tools are slow. Lantern 4.0.1 is now available.

The port took 11 months and 40 people.
"""


@pytest.mark.parametrize("line", [
    "In Lantern 2, a text value is a sequence of bytes.",
    "In Lantern 3, it is a sequence of characters.",
    "Lantern 3's own tools are slow.",
    "Lantern 4.0.1 is now available.",
])
def test_a_version_after_a_products_name_is_no_figure(line):
    assert line not in claim_texts(_PORT), claim_texts(_PORT)


def test_a_run_of_versions_is_no_figure():
    doc = prepare(_PORT)
    s = next(s for s in doc.sentences if s.text.startswith("We test"))
    assert unsourced_claims.ClaimWords(doc, s).first("digits") is None


def test_real_figures_in_the_same_text_stay():  # (guard)
    assert "The port took 11 months and 40 people." in claim_texts(_PORT)


@pytest.mark.parametrize("text, figure", [
    ("Ann Hale 76 and Tom Hale 49 were fined.", "76"),  # ages after names
    ("In London 12 people were hurt.", "12"),  # a count after a place
    ("On Jan 13 and Jan 15 the ferry was cancelled.", "13"),  # dates
    ("Polls in Ohio: Clark 6.4, Stone 5.9. Polls in Iowa: Clark 6.5, Stone 4.8.", "6.4"),  # shares, no release
    ("The shop sold it at Best Price 9.95 and Best Price 9.50 last week.", "9.95"),  # prices: two decimals
    ("Windows 10 runs on 40 machines here.", "10"),  # a lone whole number: a figure, as before
    ("UK 2.1 per cent growth was the forecast.", "2.1"),  # an amount's word follows
])
def test_other_figures_after_a_name_stay_figures(text, figure):  # (guards)
    doc = prepare(text)
    assert unsourced_claims.ClaimWords(doc, doc.sentences[0]).first("digits") == figure


def test_the_fast_path_reads_versions_as_the_plain_reading_does():  # (guard: the fast path agrees)
    doc = prepare(_PORT)
    index = WordIndex(doc)
    for s in doc.sentences:
        assert index.reasons(s, unsourced_claims.THRESHOLD) == unsourced_claims.check_worthy_reasons(doc, s), s.text


def test_a_heading_over_a_table_is_no_lead_in():  # (guard: a table is no code the heading leads into)
    text = ("Ferry season ends\n\nThe harbour board said on Monday that the season had ended.\n\n"
            "The 3 busiest ferry routes in 2025\n\n| Route | Sailings | Link |\n\n|---|---|---|\n\n"
            "| Eastport ferry | 40 sailings | Book here |\n\n| Westby ferry | 31 sailings | Book here |\n\n"
            "The board will publish its report in May.\n")  # (the not-prose rule reads this table as code)
    assert "The 3 busiest ferry routes in 2025" in claim_texts(text), claim_texts(text)
