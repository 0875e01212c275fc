"""False sources, loaded words and unsourced claims seen on real documents, fixed as classes
(session 9; every text written for these tests): "call" as a noun or a name, impersonal "it's
said", named and unnamed publications, listed verbs read as their plain nouns, characters in
reviews, "reiterated" as a verb of saying. Each class has the other sense beside it, which still
counts."""

from __future__ import annotations

import pytest

from xlplugin import cues
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare


def _attribution(sentence: str) -> cues.Attribution | None:
    doc = prepare(sentence)
    return cues.attributions(doc)[0]


def _kind(sentence: str) -> str | None:
    found = _attribution(sentence)
    return found.kind if found is not None else None


def _loaded(text: str) -> list[str]:
    """The author's loaded terms of `text` (its quoted ones and its voice cues left out)."""
    sig = loaded_language.score(prepare(text), Settings())
    return [e.text.lower() for e in sig.evidence if e.kind in loaded_language.LEXICON_CATEGORIES]


# --- 1. "call" reports only with its complement: a telephone call or a name is no source --------

@pytest.mark.parametrize("sentence", [
    "I set up the package and environment manager called conda on the old laptop in 2021.",
    "Our grandparents made FaceTime calls to 40 cousins over the winter.",
    "Phone calls to the clinic rose by 30% after the storm.",
    "The harbour office logged 200 calls from boat owners on Monday.",
    "Two fishermen were rescued after the coastguard answered calls for help near the pier.",
    "She lives in a small coastal village called Marlow and has sold 12 paintings this year.",
])
def test_call_as_a_noun_or_a_name_is_no_source(sentence: str) -> None:
    assert _kind(sentence) not in ("named", "role", "pronoun")


@pytest.mark.parametrize("sentence", [
    "The mayor called the plan a waste of 3 million euros.",
    "The mayor called for calm after 40 boats sank.",
    "The union calls on the council to hire 200 more nurses.",
    "The mayor called it the worst budget in 30 years.",
    "The mayor called Jensen a liar over the 40 missing boats.",
    "The mayor called \u201cfake news\u201d the report of 40 missing boats.",
    "The councillor calls himself the only honest man among 40 members.",
])
def test_call_with_its_complement_still_reports(sentence: str) -> None:
    assert _kind(sentence) in ("named", "role")


# --- 2. "it's said", "it’s been reported": impersonal, a weasel, not a name ---------------------

@pytest.mark.parametrize("sentence", [
    "It's said that the ferry company lost 4 million euros last year.",
    "It\u2019s said that the ferry company lost 4 million euros last year.",
    "It's been reported that 300 passengers were stranded.",
    "It\u2019s believed that the pier will close by 2030.",
    "It was claimed that the ferry company lost 4 million euros.",
])
def test_impersonal_attribution_is_a_weasel(sentence: str) -> None:
    assert _kind(sentence) == "weasel"


def test_a_named_speaker_after_its_still_reports() -> None:
    assert _kind("It's true, Jensen said, that the ferry company lost 4 million euros.") == "named"


# --- 3. a named journal, paper or organisation's report is a source; "a study found" is vague ----

@pytest.mark.parametrize("sentence", [
    "According to a study published today in the Journal of Harbour Medicine, 40% of sailors sleep badly.",
    "A paper in Coastal Review found that 40% of sailors sleep badly.",
    "A report by the Harbour Trust shows that fish stocks fell 20% in 2019.",
    "A 2019 study by Marlow University researchers found that 40% of sailors sleep badly.",
    "An analysis from the Port Authority estimated 30 wrecks in the bay.",
])
def test_named_publication_is_a_source(sentence: str) -> None:
    assert _kind(sentence) in ("document", "named")


@pytest.mark.parametrize("sentence", [
    "A study found that 40% of sailors sleep badly.",
    "Fish stocks fell 20% in the bay, a local survey found.",
    "In 2019, a new study of 2,000 sailors found that 40% sleep badly.",
    "A poll shows that 60% of residents oppose the new pier.",
])
def test_unnamed_study_is_vague(sentence: str) -> None:
    found = _attribution(sentence)
    assert found is not None and found.kind == "weasel"


@pytest.mark.parametrize("sentence,kind", [
    # (claims17: a bare "The survey found" with no survey named before it is vague; an owner names it)
    ("The council's survey found that 40% of sailors sleep badly.", "document"),
    ("A Harbour Trust report found that fish stocks fell 20% in 2019.", "document"),
    ("The mayor issued a statement saying 40 boats sank.", "document"),  # whose statement: the mayor's
    ("Jensen said a study found that 40 boats sank.", "named"),
])
def test_document_with_an_owner_stays_a_source(sentence: str, kind: str) -> None:
    assert _kind(sentence) == kind


def test_a_place_or_a_day_after_in_names_no_publication() -> None:
    assert _kind("A study in June found that 40% of sailors sleep badly.") == "weasel"


# --- 4. a character in a review is not the author's loaded word -------------------------------

REVIEW = ("The new series follows a family of lighthouse keepers over one long winter on the coast. "
          "Anna Holt plays a ruthless divorce lawyer who hides her past from the town, and the villain "
          "is a brutal smuggler who wants the lighthouse for himself before the spring storms arrive.")


def test_characters_in_a_review_are_not_loaded_words() -> None:
    assert _loaded(REVIEW) == []


@pytest.mark.parametrize("text,word", [
    # the author's own labels, in a paragraph about no work of fiction
    ("The ruthless regime launched a brutal crackdown on the fishermen of the coast last week and "
     "arrested dozens of their leaders before the spring storms arrived.", "brutal"),
    ("The minister is the villain of this story, and his office has jailed every harbour worker "
     "who dared to speak about the missing money over the last ten years.", "villain"),
    # an idiom after "plays", even in a review's paragraph
    ("In the new series the harbour plays a brutal part in the life of the town, and every "
     "episode ends with another family leaving the coast before the storms arrive.", "brutal"),
    # "plays the martyr" in a line that talks about no film or book
    ("Jensen plays the martyr again and resigns from the harbour board, while his brother "
     "sells the boats and leaves the coast with the money before the spring.", "martyr"),
])
def test_real_loaded_usage_still_counts(text: str, word: str) -> None:
    assert word in _loaded(text)


# --- 5. a listed verb after a determiner or a number is its plain noun --------------------------

@pytest.mark.parametrize("text,word", [
    ("The blasts vary in strength from one pulsar to the next, and the observers measured each of them "
     "with the new dish on the hill above the harbour.", "blasts"),
    ("She hit two slams in the final round, and the crowd cheered as the club won the title for the "
     "first time in forty years of trying on that court.", "slams"),
    ("The collapse of the old pier in March closed the harbour for a month, and the repairs took most "
     "of the summer and much of the budget for the year.", "collapse"),
    ("The insurer paid the claims of the fishermen within a month, and the harbour reopened before the "
     "summer season began on the coast last year.", "claims"),
    ("He won three grand slams before he turned twenty, and the town named the harbour promenade after "
     "him in the spring of that same year.", "slams"),
])
def test_listed_verb_as_a_plain_noun_is_not_loaded(text: str, word: str) -> None:
    assert word not in _loaded(text)


@pytest.mark.parametrize("text,word", [
    ("The senator slams the harbour plan as a waste of money and says it will cost the town millions "
     "of euros over the next ten years.", "slams"),
    ("The critics blasted the harbour plan on Monday and demanded that the council start again with a "
     "new budget before the summer.", "blasted"),
    # a noun as loaded as its verb is listed as a noun too
    ("The council rejected the smears against the harbour master and the lies told about his family "
     "by the owners of the ferry company last year.", "smears"),
])
def test_loaded_verb_and_loaded_noun_still_count(text: str, word: str) -> None:
    assert word in _loaded(text)


# --- 6. (web pages) "reiterated" is a verb of saying -------------------------------------------

def test_reiterated_is_a_verb_of_saying() -> None:
    assert _kind("Harbour master Jensen reiterated that 40 boats had sunk.") == "named"
    assert _kind("The mayor reiterated his call for 40 new moorings.") == "role"


# --- 6. (web pages) a reporting word right after a preposition is a noun ------------------------

@pytest.mark.parametrize("sentence", [
    "The links spread through Marlow Forum in posts that 40 sailors shared.",
    "The Harbour Office based its figure on reports from 40 moorings.",
    "Jensen was praised for comments about the 40 moorings.",
])
def test_reporting_word_after_a_preposition_is_a_noun(sentence: str) -> None:
    found = _attribution(sentence)
    assert found is None or "posts" not in found.detail and "reports" not in found.detail and "comments" not in found.detail


@pytest.mark.parametrize("sentence,kind", [
    ("The mayor went on to say that 40 boats sank.", "role"),  # an infinitive after "to"
    ("The mayor defended the plan, insisting on 40 new moorings.", "role"),  # an -ing form
])
def test_verb_of_saying_after_to_or_as_ing_still_reports(sentence: str, kind: str) -> None:
    assert _kind(sentence) == kind
