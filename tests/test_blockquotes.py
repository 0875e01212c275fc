"""Someone else's words set apart as a paragraph without quotation marks (xlplugin/blockquotes.py):
loaded words, first-person words and questions there are the quoted person's, not the author's.
Fixtures are the project's own sentences."""

from __future__ import annotations

from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

CALM = ("The city council met on Tuesday evening to discuss the budget for the coming year. Members "
        "reviewed the spending plan line by line and asked the finance office for updated figures.")


def _score(text: str):
    return loaded_language.score(prepare(text), Settings())


def test_a_paragraph_introduced_by_a_verb_of_saying_and_a_colon_is_quoted():
    text = CALM + "\n\nThe mayor later wrote:\n\nThis disgraceful, corrupt gang of cowards has ruined our city! Who will stop them?\n\n" + CALM
    sig = _score(text)
    assert sig.details["author_terms"] == 0
    assert sig.details["quoted"] >= 3
    assert sig.details["first_person_per_1000_words"] == 0
    assert sig.details["question_share"] == 0


def test_an_embedded_post_before_its_credit_line_is_quoted():
    text = (CALM + "\n\nThis disgraceful, corrupt gang of cowards has ruined our city!\n\n"
            "\u2014 Jane Roe (@janeroe_example) May 3, 2017\n\n" + CALM)
    sig = _score(text)
    assert sig.details["author_terms"] == 0
    assert sig.details["quoted"] >= 3


def test_an_authors_own_list_after_a_colon_stays_the_authors():
    text = CALM + "\n\nThe reasons are simple:\n\nThis disgraceful, corrupt gang of cowards has ruined our city!\n\n" + CALM
    sig = _score(text)
    assert sig.details["author_terms"] >= 3


def test_the_same_words_without_the_introduction_are_the_authors():
    text = CALM + "\n\nThis disgraceful, corrupt gang of cowards has ruined our city!\n\n" + CALM
    assert _score(text).details["author_terms"] >= 3


def test_text_reposted_without_a_source_stays_the_documents_own():
    # "find" is a verb of saying only with a source; a repost names none
    text = (CALM + "\n\nPasted from somewhere else, I cannot find the original link:\n\n"
            "This disgraceful, corrupt gang of cowards has ruined our city!\n\n" + CALM)
    assert _score(text).details["author_terms"] >= 3


def test_a_vague_source_before_the_colon_does_not_make_a_quotation():
    text = CALM + "\n\nExperts say:\n\nThis disgraceful, corrupt gang of cowards has ruined our city!\n\n" + CALM
    assert _score(text).details["author_terms"] >= 3
