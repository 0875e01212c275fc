"""Loaded language version 93 (helper lift32): a headline given with a text that does not repeat it
(a title column, a web page's title) is the writer's frame over the body, read as the author's words:
its emotive, derogatory, exaggerating and editorialising terms and exclamation marks count one each,
as in the body, both sides alike. A headline's own style counts nothing: its verbs of saying
("blasts", "insists"), "reportedly", its quotations in single or double marks, its questions and
pronouns, the words after a speaker's colon that hold a first person, a verb of winning over a match
report, and "slams the brakes on". Every headline and body is written for these tests."""

import pytest

from xlplugin.engine import score_text

# A plain report under each headline: no loaded word of the writer's, long enough for a rate.
BODY = (
    "The county board met on Tuesday evening to vote on the budget for the coming year. "
    "The plan sets aside 4.2 million dollars for road repairs and 1.1 million for the two libraries, "
    "according to the finance office. Board member Ann Keller said the vote would take place in March. "
    "A second hearing is planned for February 12 at the town hall, the clerk said."
)

# Charged headlines over the plain body, each side's: (headline, the words that count)
CHARGED = [
    ("Senate Democrats' Shameless Power Grab on County Budget", ["Shameless", "Power Grab"]),
    ("GOP TRAITORS Cave Again on County Budget", ["TRAITORS"]),
    ("The Radical Left's Disgraceful Budget Scam", ["Radical Left", "Disgraceful", "Scam"]),
    ("Greedy Landlords Get Another Handout From the Board!", ["Greedy", "!"]),
    ("Board Bigots Gut Library Funding", ["Bigots"]),
    ("STUNNING: County Board Hides Its Budget Plan", ["STUNNING"]),
]

# Plain headlines in a news page's style: nothing of the writer's
PLAIN = [
    "Board member blasts plan for new car park",  # a verb of saying
    "Mayor insists budget is on track",
    "Council slams brakes on housing plan",  # stopping short, no attack
    "Board chair: budget a 'disgrace' and a 'scam'",  # the speaker's quoted words
    "Ann Keller calls the plan \u201cshameless\u201d",
    "County board reportedly weighs library cuts",  # the page's "is reported to"
    "Will the county board pass its budget in March?",  # a question in the news style
    "Ann Keller: I was wrong, and the cuts are a disgrace",  # a speaker's words, first person
    "Email hack exposes 2,000 county accounts",  # a break-in, no party hack
]

# A match report, with a headline in the sports page's idiom
MATCH = (
    "Harbour Town scored three goals in the second half to win the cup derby. The striker opened the "
    "scoring with a header before half-time, and the referee gave a penalty ten minutes from the end. "
    "The goalkeeper made two late saves, and the home fans stayed on long after the final whistle."
)


def _loaded(text: str, title: str = ""):
    return score_text(text, title=title).signals["loaded_language"]


def _headline_items(signal) -> list[str]:
    return [e.detail for e in signal.evidence if "in the given headline" in e.detail]


@pytest.mark.parametrize("headline, words", CHARGED)
def test_a_charged_headline_counts_as_the_writers(headline: str, words: list[str]) -> None:
    plain = _loaded(BODY, title="County board votes on budget")
    charged = _loaded(BODY, title=headline)
    assert charged.details["author_terms"] == plain.details["author_terms"] + len(words)
    assert charged.value > plain.value
    assert charged.score < plain.score
    shown = _headline_items(charged)
    assert len(shown) == len(words)
    for word in words:
        assert any(f"\u201c{word}" in item for item in shown), (word, shown)
    assert "in the given headline" in charged.note


@pytest.mark.parametrize("headline", PLAIN)
def test_a_plain_headline_stays_plain(headline: str) -> None:
    plain = _loaded(BODY, title="County board votes on budget")
    given = _loaded(BODY, title=headline)
    assert _headline_items(given) == []
    assert given.details["author_terms"] == plain.details["author_terms"]
    assert given.score == plain.score


def test_a_headline_the_text_repeats_is_not_read_twice() -> None:
    headline = "Greedy Landlords Get Another Handout From the Board!"
    text = headline + "\n\n" + BODY
    given = _loaded(text, title=headline)
    assert _headline_items(given) == []
    # the line is read once, as the text's first line (its "!" is the headline's there, version 10)
    assert [e.text for e in given.evidence if e.kind == "emotive"] == ["Greedy"]
    assert given.details["author_terms"] == 1


def test_a_result_over_a_match_report_is_the_sports_pages_idiom() -> None:
    for headline in ("Harbour Town crush Lakeport in cup derby", "Lakeport thrashed by Harbour Town"):
        assert _headline_items(_loaded(MATCH, title=headline)) == []
    # the same verb over a report that is no match report is the writer's
    assert _headline_items(_loaded(BODY, title="County board crushes the library campaign"))


def test_a_speakers_colon_without_a_first_person_is_still_the_writers_headline() -> None:
    # "NAME:" as the topic, the rest the writer's own label (no "I", "me", "we" after the colon)
    shown = _headline_items(_loaded(BODY, title="Board chair: the greedy choice"))
    assert len(shown) == 1 and "greedy" in shown[0]


def test_no_headline_changes_nothing() -> None:
    assert _headline_items(_loaded(BODY)) == []
    assert _loaded(BODY).details["author_terms"] == _loaded(BODY, title="County board votes on budget").details[
        "author_terms"]
