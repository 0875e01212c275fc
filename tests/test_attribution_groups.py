"""Attribution classes of session 8 (helper "valid"): groups named by their role, unnamed groups
of people, participle clauses that carry a report, and verbs of speaking the table lacked.
Fixtures are the project's own sentences."""

from __future__ import annotations

import pytest

from xlplugin import cues
from xlplugin.text import prepare


def _kind(text: str) -> str | None:
    found = cues.attributions(prepare(text))[0]
    return None if found is None else found.kind


@pytest.mark.parametrize("text", [
    "Federal investigators said the fire at the depot was set on purpose.",
    "Her aides say the tour will go ahead next month.",
    "The lawmakers said the measure would not reach the floor this year.",
    "Two staffers said the mood in the office was grim.",
    "The team said it would appeal the ruling.",
])
def test_a_group_named_by_its_role_is_a_role_source(text):
    assert _kind(text) == "role"


@pytest.mark.parametrize("text", [
    "Investigators said the fire at the depot was set on purpose.",
    "Prosecutors argued the deal was never signed.",
])
def test_a_plural_role_first_in_the_sentence_is_no_name(text):
    # the first-word rule read an unlisted plural as a person's name
    assert _kind(text) == "role"


@pytest.mark.parametrize("text", [
    "Voters say the mayor has not kept her word.",
    "Many supporters argue the plan will pay for itself.",
])
def test_an_unnamed_group_of_people_is_a_vague_source(text):
    assert _kind(text) == "weasel"


@pytest.mark.parametrize("text", [
    "The senator defended the plan, insisting that the cuts were fair.",
    "The mayor praised the crews, citing the short outage.",
    "The governor reminded reporters that the tax had fallen twice.",
    "The minister expressed doubt that the deal would last.",
])
def test_participles_and_verbs_of_speaking_carry_a_report(text):
    assert _kind(text) == "role"


@pytest.mark.parametrize("text", [
    "The council faced questions about the late budget.",
    "The mayor took questions from the crowd after the vote.",
])
def test_questions_as_a_noun_are_no_report(text):
    assert _kind(text) is None
