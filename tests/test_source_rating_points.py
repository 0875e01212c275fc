"""A built-in rating enters the index through normalisation points (source_rating 6): full score
at or above RATING_FULL, 0 at or below RATING_ZERO, linear between. A careful report from a
well-rated outlet must not score below the same report with no URL; the rating itself is shown
as the rater gave it, and the Why says what it did to the index."""

import re

import pytest

import xlplugin
from xlplugin.cells import score_row, why_text
from xlplugin.excel import functions
from xlplugin.scorers import source_rating as sr

# written for these tests: a careful, sourced council report
CAREFUL = (
    "The county council approved its transport budget on Tuesday by seven votes to four, the "
    "council's published minutes show. The plan adds two bus routes and repairs three bridges, "
    "finance officer Mara Quinn told the meeting. The opposition group said the repairs should "
    "have come first, and asked for a review of the bus contracts next spring."
)
WELL_RATED = "https://www.bbc.co.uk/news/council-budget"  # built in 0.718
LOW_RATED = "https://www.infowars.com/posts/council-budget"  # built in 0.046


def _builtin(url: str) -> float:
    return sr.builtin_ratings()[sr.domain_of(url)]


def test_points_are_ordered_and_inside_the_scale():
    assert 0.0 < sr.RATING_ZERO < sr.RATING_FULL < 1.0
    assert sr.builtin_score(sr.RATING_FULL) == 1.0 and sr.builtin_score(1.0) == 1.0
    assert sr.builtin_score(sr.RATING_ZERO) == 0.0 and sr.builtin_score(0.0) == 0.0
    middle = (sr.RATING_FULL + sr.RATING_ZERO) / 2
    assert sr.builtin_score(middle) == pytest.approx(0.5)


def test_well_rated_outlet_does_not_pull_careful_copy_down():
    plain = xlplugin.score_text(CAREFUL)
    rated = xlplugin.score_text(CAREFUL, url=WELL_RATED)
    assert _builtin(WELL_RATED) >= sr.RATING_FULL
    assert rated.signals["source_rating"].score == 1.0
    assert rated.reliability >= plain.reliability


def test_low_rated_outlet_pulls_the_index_down():
    plain = xlplugin.score_text(CAREFUL)
    rated = xlplugin.score_text(CAREFUL, url=LOW_RATED)
    assert _builtin(LOW_RATED) <= sr.RATING_ZERO
    assert rated.signals["source_rating"].score == 0.0
    assert rated.reliability < plain.reliability
    assert "at or below" in rated.signals["source_rating"].note


def test_value_is_the_rating_as_given_and_the_why_says_no_cost():
    rated = xlplugin.score_text(CAREFUL, url=WELL_RATED)
    sig = rated.signals["source_rating"]
    assert sig.value == _builtin(WELL_RATED) == 0.718
    why = why_text(rated)
    assert f"source bbc.co.uk rated 0.718 of 1 by {sr.BUILTIN_RATER}: a rating of {sr.RATING_FULL:g} or more costs no points" in why
    assert f"at or above {sr.RATING_FULL:g}: no cost" in sig.note
    # the row the workbook and XLP_SCORES write: the rating as given, the same Why
    row = score_row(rated)
    assert 0.718 in row and why in row
    excel = functions.scores(CAREFUL, url=WELL_RATED)
    assert 0.718 in excel[0] and why in excel[0]


def test_rating_between_the_points_costs_in_proportion():
    rating = round((sr.RATING_FULL + sr.RATING_ZERO) / 2, 3)
    table = {d: r for d, r in sr.builtin_ratings().items() if abs(r - rating) < 0.02}
    domain = sorted(table)[0]
    rated = xlplugin.score_text(CAREFUL, url=f"https://{domain}/a")
    sig = rated.signals["source_rating"]
    assert sig.value == table[domain]
    assert sig.score == pytest.approx(sr.builtin_score(table[domain]))
    assert 0.0 < sig.score < 1.0
    # (display16, words19) in index points, on the rating's own 0-1 scale
    assert re.search(rf"source rating -\d+ points: {re.escape(domain)} rated {table[domain]:g} of 1 by .*, under the "
                     rf"{sr.RATING_FULL:g} that costs no points", why_text(rated)), why_text(rated)


def test_your_own_rating_is_read_by_the_same_points():
    """source_rating 7: your table's rating is shown as you gave it and read by the points, as a
    built-in one is (until 6 it was its own score: 0.6 cost the index 40% of the weight)."""
    settings = xlplugin.Settings().with_ratings({"bbc.co.uk": (0.6, "my desk")})
    sig = xlplugin.score_text(CAREFUL, url=WELL_RATED, settings=settings).signals["source_rating"]
    assert sig.value == 0.6
    assert sig.score == pytest.approx(sr.builtin_score(0.6))
    assert "your table; counts 0.83 of 1" in sig.note


def test_rating_a_source_higher_never_lowers_the_index():
    """The tester's case: bbc.co.uk is built in at 0.718 (no cost); rating it 0.9 yourself must not
    give a lower index than the built-in rating does, and no rating may give a lower index than a
    lower rating of the same text."""
    builtin = xlplugin.score_text(CAREFUL, url=WELL_RATED).reliability
    yours = [xlplugin.score_text(CAREFUL, url=WELL_RATED, settings=xlplugin.Settings().with_ratings(
        {"bbc.co.uk": (rating, "me")})).reliability for rating in (0.0, 0.1, 0.3, 0.5, 0.7, 0.9, 1.0)]
    assert yours == sorted(yours)
    assert yours[-2] == builtin
    why = why_text(xlplugin.score_text(CAREFUL, url=WELL_RATED, settings=xlplugin.Settings().with_ratings(
        {"bbc.co.uk": (0.9, "me")})))
    assert "rated 0.9 of 1 by me: a rating of 0.692 or more costs no points" in why
