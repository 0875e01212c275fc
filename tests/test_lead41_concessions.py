"""(lead, session 41) A verb of saying in a clause that concedes a statement and sets it aside
("..., whatever the leaflets claim", "regardless of what officials say") reports nothing for its
sentence: the writer's words around it stay the writer's (xlplugin.cues.concedes_statement,
attribution.txt [concession_words], [concession_what_words]). Before, sources53's advert rule made
"the leaflets claim" a source by role, so "fudged" read as the leaflets' reported word; "whatever
the minister says" did so already. Sentences written for this test."""

from __future__ import annotations

import pytest

from xlplugin.engine import score_text


def _author_terms(text: str) -> int:
    return score_text(text).signals["loaded_language"].details["author_terms"]


@pytest.mark.parametrize("text", [
    "Those numbers were fudged before the vote, whatever the leaflets claim.",
    "Those numbers were fudged before the vote, whatever the minister says.",
    "Those numbers were fudged before the vote, regardless of what officials say.",
])
def test_a_conceded_statement_leaves_the_writers_loaded_word_the_writers(text: str) -> None:
    assert _author_terms(text) == 1


@pytest.mark.parametrize("text", [
    # (guards: a speaker's reported clause stays the speaker's)
    "The minister says the numbers were fudged before the vote.",
    "The numbers were fudged before the vote, the minister says.",
])
def test_a_reported_clause_stays_the_speakers(text: str) -> None:
    assert _author_terms(text) == 0
