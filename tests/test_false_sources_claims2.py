"""More false sources a tester saw on real pages, fixed as classes of attribution.txt (texts
written for these tests): an author or an owner named by "by" after a passive, a thing given a
name ("a tool called X"), a noun after a superlative, words after a modal's verb; and a source's
evidence that opened with "and"."""

from __future__ import annotations

import pytest

from xlplugin import cues
from xlplugin.scorers import provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare


def _found(text: str) -> list[tuple[str, str] | None]:
    doc = prepare(text)
    return [(a.kind, doc.text[a.start:a.end]) if a else None for a in cues.attributions(doc)]


def _present(text: str) -> dict[str, bool]:
    sig = provenance.score(prepare(text), Settings())
    return {e.kind: e.present for e in sig.evidence}


def test_author_after_passive_by_is_no_source_and_the_weasel_decides() -> None:
    text = "Critics say the new parking scheme was written by the bus company."
    assert _found(text) == [("weasel", "Critics say")]
    assert not _present(text)["named sources with roles"]


@pytest.mark.parametrize("text", [
    "The two rocky reefs that are claimed by Norway as its fishing grounds lie north of the cape.",
    "Half of the letters were written by Maria Lindqvist in the winter of 1931.",
])
def test_owner_or_author_after_passive_by_is_no_source(text: str) -> None:
    assert _found(text) == [None]


def test_other_passive_with_by_still_reports() -> None:
    assert _found("The rise in fares was reported by the harbour board on Monday.") == [
        ("role", "reported by the harbour board")]


@pytest.mark.parametrize("text", [
    "I set up a build tool called hatch on the old laptop last week.",
    "I use a package & environment manager called conda for the course.",
    "They moved to a small village called Nettlebridge after the war.",
])
def test_a_thing_given_a_name_is_no_source(text: str) -> None:
    assert _found(text) == [None]


def test_a_source_that_calls_something_still_reports() -> None:
    assert _found("A spokesman called the plan a mistake.") == [("role", "A spokesman called")]


def test_noun_after_a_superlative_is_no_verb_of_saying() -> None:
    text = "The treaty underlines one of Oslo\u2019s deepest fears \u2013 that the two navies may merge."
    assert _found(text) == [None]


@pytest.mark.parametrize("text", [
    "You could also use BUILD calls to fetch the packages before the tests run.",
    "This step is optional, as everything in the Makefile can be done with shell calls, but it helps.",
])
def test_words_after_a_modal_are_no_source(text: str) -> None:
    assert _found(text) == [None]


def test_a_modal_before_the_verb_of_saying_keeps_its_source() -> None:
    assert _found("Ines Marlow can barely believe the harbour reopened.") == [("named", "Ines Marlow can barely believe")]


def test_source_evidence_starts_at_the_source_not_at_and() -> None:
    text = ("Tomas Berg, one of Sweden\u2019s best sailors, and the Harbour Ambassador for Nordic Ferries, "
            "explained that the race grew.")
    kind, span = _found(text)[0]
    assert kind == "named" and span.startswith("the Harbour Ambassador")


def test_two_names_joined_by_and_stay_one_source() -> None:
    assert _found("Smith and Jones said the ferry was late.") == [("named", "Smith and Jones said")]
