"""Loaded language 75 (fair27):

- a reporting hedge ("reportedly", "allegedly": [reporting_hedge_words]) in a text whose other
  sentences mostly name their sources is the reporter's care over one detail, no doubt term; in
  a text with few sources it still counts, and "alleged", "so-called" count everywhere;
- a review's word for what a work does to its audience, said of a part of the work in a
  paragraph about a film, a book or a series ("a terrifying stillness", "the last scene is
  quietly devastating": xlplugin.review_effects), counts nothing; the same word about real
  people or events, or outside a paragraph about fiction, still counts.

Fixtures are written for these tests."""

import pytest
from loaded_helpers import author_terms

from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

SOURCED = ("Club wins county cup after 30 years\n\n"
           "ASHWELL - Ashwell Rovers beat Denby 2-1 on Saturday to win the county cup, the league secretary, Mark Dent, said.\n\n"
           "\"We waited a long time for this,\" said captain Lee Hart, a plumber. His sister, Ann Hart, said the "
           "family had driven 200 miles to watch. {hedged}\n")


def _doubt(text: str) -> list[str]:
    sig = loaded_language.score(prepare(text), Settings())
    return [e.text.lower() for e in sig.evidence if e.kind == "doubt"]


@pytest.mark.parametrize("hedged", [
    "Hart reportedly plans to retire at the end of the season.",
    "The club reportedly turned down an offer for its ground last year.",
    "A fan allegedly ran onto the pitch after the final whistle.",
])
def test_a_hedge_in_a_sourced_report_counts_nothing(hedged):
    assert _doubt(SOURCED.format(hedged=hedged)) == []


@pytest.mark.parametrize("text", [
    # few sources: the hedge is the writer's doubt
    "The mayor reportedly spent the weekend on a yacht. Nobody is surprised. This is how they operate.",
    "The minister allegedly forgot to declare the gift. Of course he did. They always forget.",
])
def test_a_hedge_in_an_unsourced_text_still_counts(text):
    assert _doubt(text)


def test_alleged_still_counts_in_a_sourced_report():
    assert "alleged" in _doubt(SOURCED.format(hedged="The alleged pitch invader was escorted out."))


REVIEW = ("The film runs 104 minutes and was shot on the Norfolk coast. {sentence} "
          "The director also wrote the script, the studio said.")


@pytest.mark.parametrize("sentence, cue", [
    ("Mara Quist plays the ferryman with a terrifying stillness.", "terrifying"),
    ("Her last scene with the lighthouse keeper is quietly devastating.", "devastating"),
    ("The score is haunting and spare.", "haunting"),
    ("The ending is heartbreaking without asking for tears.", "heartbreaking"),
])
def test_a_reviews_effect_words_about_the_work_count_nothing(sentence, cue):
    assert cue not in " ".join(author_terms(REVIEW.format(sentence=sentence), lead=""))


@pytest.mark.parametrize("text, cue", [
    # real events in a paragraph about a film
    (REVIEW.format(sentence="The cuts to the arts budget were devastating for the crew and their families."), "devastating"),
    # no work of fiction in the paragraph
    ("The flood's final hours were terrifying for residents, the council said. The scene was devastating.", "devastating"),
    ("The minister's record on schools is devastating.", "devastating"),
])
def test_effect_words_outside_a_work_still_count(text, cue):
    assert cue in " ".join(author_terms(text, lead=""))
