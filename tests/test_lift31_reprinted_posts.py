"""(lift31) Several posts or a statement's several points reprinted under a line that says so
(xlplugin/blockquotes.py `_continued`): an account alone on a line ("@NAME :"), an introduction
of several posts ("He sent these tweets:"), a date alone after such a line ("On May 2:"), and the
next items of a list that a quoted block opens. Every post is the poster's, not only the first;
the author's own paragraph after the posts stays the author's. Fixtures are the project's own."""

from __future__ import annotations

import pytest

from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

CALM = ("The city council met on Tuesday evening to discuss the budget for the coming year. Members "
        "reviewed the spending plan line by line and asked the finance office for updated figures.")

# Posts loud with the poster's own loaded words, exclamations and first person, one per item.
POSTS = (
    "Our harbour was RUINED by these disgraceful, corrupt cowards on the board! [0807 EDT]",
    "Absolutely pathetic meeting today. We deserve so much better! [0914 EDT]",
    "The ferry fares are a total disgrace. SHAME ON THEM! [1102 EDT]",
    "I will never stop fighting this outrageous scam! [1340 EDT]",
)


def _score(text: str):
    return loaded_language.score(prepare(text), Settings())


def _listed(items):
    return "\n\n".join("- " + item for item in items)


@pytest.mark.parametrize("intro", [
    "@harbour_mayor :",
    "@harbour_mayor:",
    "Mayor Dana Quill (@harbour_mayor):",
])
def test_posts_listed_under_an_account_line_are_the_posters(intro):
    text = ("The following posts were published on the mayor's verified account. They appear as posted.\n\n"
            + intro + "\n\n" + _listed(POSTS) + "\n\n" + CALM)
    sig = _score(text)
    assert sig.details["author_terms"] == 0
    assert sig.details["exclamation"] == 0
    assert sig.details["first_person_per_1000_words"] == 0


@pytest.mark.parametrize("intro", [
    "The union's statement reads:",
    "The council leader later wrote:",
])
def test_every_item_of_a_list_a_quoted_block_opens_is_the_sources(intro):
    text = CALM + "\n\n" + intro + "\n\n" + _listed(POSTS) + "\n\n" + CALM
    sig = _score(text)
    assert sig.details["author_terms"] == 0
    assert sig.details["quoted"] >= 6


def test_several_tweets_under_one_introduction_and_under_dates():
    plain = [p.rsplit(" [", 1)[0] for p in POSTS]
    text = (CALM + "\n\nOn Friday the mayor sent these tweets:\n\n" + plain[0] + "\n\n" + plain[1]
            + "\n\nOn May 2:\n\n" + plain[2] + "\n\n" + plain[3] + "\n\n" + CALM)
    sig = _score(text)
    assert sig.details["author_terms"] == 0
    assert sig.details["exclamation"] == 0


# Near-misses: the author's own charged words after the posts, or after a single post, count.
AUTHOR = "What a disgraceful, pathetic display from a corrupt and cowardly board!"


def test_the_authors_paragraph_after_a_single_tweet_stays_the_authors():
    text = CALM + "\n\nThe mayor tweeted:\n\nWe will fight on for the harbour.\n\n" + AUTHOR + "\n\n" + CALM
    sig = _score(text)
    assert sig.details["author_terms"] >= 3
    assert sig.details["exclamation"] >= 1


@pytest.mark.parametrize("after", [
    "He later deleted the post. " + AUTHOR,
    "The tweets drew hundreds of replies. " + AUTHOR,
    "Council spokesman Tom Reed said the board would respond. " + AUTHOR,
])
def test_the_authors_paragraph_speaking_of_the_posts_ends_them(after):
    text = (CALM + "\n\nThe mayor sent these tweets:\n\nWe will fight on for the harbour.\n\n" + after + "\n\n" + CALM)
    sig = _score(text)
    assert sig.details["author_terms"] >= 3


def test_the_authors_own_list_after_a_colon_stays_the_authors():
    text = CALM + "\n\nThe reasons are simple:\n\n" + _listed(POSTS) + "\n\n" + CALM
    sig = _score(text)
    assert sig.details["author_terms"] >= 6


def test_a_list_stops_at_the_first_paragraph_that_is_no_item():
    text = (CALM + "\n\nThe union's statement reads:\n\n" + _listed(POSTS[:2]) + "\n\n"
            + AUTHOR + "\n\n" + CALM)
    sig = _score(text)
    assert sig.details["author_terms"] >= 3
