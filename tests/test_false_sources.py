"""False sources, false documents and anonymous sources a tester saw on real pages, fixed as
classes of attribution.txt (texts written for these tests): the author's own voice, file formats,
nouns that look like verbs of saying, infinitives and possessives are no sources; anonymous
sources are as vague as "officials say"."""

from __future__ import annotations

import pytest

from xlplugin import cues
from xlplugin.scorers import provenance, unsourced_claims
from xlplugin.settings import Settings
from xlplugin.text import prepare


def _kinds(text: str) -> list[str | None]:
    return [a.kind if a else None for a in cues.attributions(prepare(text))]


def _present(text: str) -> dict[str, bool]:
    sig = provenance.score(prepare(text), Settings())
    return {e.kind: e.present for e in sig.evidence}


# --- the author's own voice: "I'll admit", "I'd argue" (straight or curly apostrophe) -----------

@pytest.mark.parametrize("opening", ["I'll admit", "I\u2019ll admit", "I\u2019d argue", "We\u2019ve found",
                                     "You\u2019ll notice"])
def test_first_person_contraction_is_the_author_not_a_named_source(opening: str) -> None:
    text = f"{opening} that the new ferry timetable suits the island better than the old one did."
    assert _kinds(text) == [None]
    assert not _present(text)["named sources with roles"]


# --- a file format is no primary document ------------------------------------------------------

@pytest.mark.parametrize("fmt", ["JSON document", "YAML document", "HTML document", "XML document"])
def test_file_format_document_is_no_reference_to_a_primary_document(fmt: str) -> None:
    text = f"Our little tool writes a {fmt} for each build and checks it in under a second."
    assert _kinds(text) == [None]
    assert not _present(text)["references to primary documents"]


def test_a_named_report_is_still_a_primary_document() -> None:
    assert _present("Ferry fares rose again, as a Harbour Board report showed in March.")["references to primary documents"]


def test_first_person_subject_of_a_finding_verb_is_no_document() -> None:
    # "data" starts the noun phrase "data engineers"; "I" is the subject of "find"
    text = "While it is sold to data engineers, I find that a plain setup works better for small teams."
    assert _kinds(text) == [None]
    assert not _present(text)["references to primary documents"]


# --- reporting words read as nouns or in another sense ----------------------------------------

@pytest.mark.parametrize("text", [
    "The quick Harbour answer is that the ferry runs twice a day.",          # a noun before "is"
    "The plain truth is that Ferrytown solves pain points that older timetables left open.",  # no out/to
    "Harbour Quest 3 is adding two new ferries to its fleet this summer.",    # "add" with an object
    "Smoke covered parts of the Australian states of Victoria and Tasmania.",  # "states of"
])
def test_reporting_word_in_another_sense_names_no_source(text: str) -> None:
    assert _kinds(text) == [None]


def test_points_out_and_added_that_still_report() -> None:
    assert _kinds("Mayor Jo Tamsin pointed out that the ferry was late.") == ["named"]
    assert _kinds("The pier will close in May, Mayor Jo Tamsin added.") == ["named"]


def test_infinitive_of_purpose_is_no_named_source() -> None:
    text = "Anna Brook left the navy and returned home to Dover in about 1870 to write about the harbour."
    assert not _present(text)["named sources with roles"]
    # a report in the infinitive still counts ("went on to say")
    assert _present("Mayor Anna Brook went on to say that the pier was unsafe.")["named sources with roles"]


def test_possessive_far_from_the_verb_is_no_pronoun_source() -> None:
    text = "Local woman Jo Tamsin, 52, ticked off every chore on her weekly list on Monday before writing a longer one."
    assert _kinds(text) == [None]
    assert _kinds("The pier will close in May, her brother added.") == ["pronoun"]


def test_source_phrase_ends_at_a_clause_opener() -> None:
    text = "I\u2019ll admit when people on Reddit claim the bridge is shut, my first thought is to laugh."
    doc = prepare(text)
    (found,) = cues.attributions(doc)
    assert found is not None and doc.text[found.start:found.end] == "people on Reddit claim"


def test_lie_is_no_verb_of_saying() -> None:
    text = "They always lie. Rents doubled last year because of their greed."
    assert _kinds(text) == [None, None]
    sig = unsourced_claims.score(prepare(text), Settings())
    assert sig.value == 1.0


# --- anonymous sources are vague sources, as "officials say" -----------------------------------

@pytest.mark.parametrize("text", [
    "Sources close to the mayor confirmed that the library will close in May.",
    "People familiar with the deal said that 40 jobs would go.",
    "A person familiar with the plan said the pier would shut in June.",
    "\u201cWe will close the pier,\u201d said a senior aide, speaking on condition of anonymity.",
    "A council official, who asked not to be named, said the budget would be cut by 10 percent.",
    "Officials say the cuts are the deepest in a decade.",
])
def test_anonymous_sources_count_as_vague(text: str) -> None:
    assert _kinds(text) == ["weasel"]
    assert not _present(text)["named sources with roles"]


def test_a_source_by_role_without_anonymity_is_still_one() -> None:
    assert _kinds("A council spokesman said the budget would be cut by 10 percent.") == ["role"]


def test_what_experts_are_calling_is_a_weasel_phrase() -> None:
    text = ("In what experts are calling the bravest act of tidying on record, local woman Jo Tamsin, 52, "
            "finished every chore on her list on Monday before writing a longer one.")
    assert _kinds(text) == ["weasel"]
