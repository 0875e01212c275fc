"""(claims51) "since" is a time cue only where a time follows it (claims.txt [since_time_words],
[since_determiner_words]: a figure or a year, a month or a day, "then", an event noun such as
"the election") or where it ends its clause ("ever since"). Before a clause ("Since the council
cut the budget, rents have risen") it is as often a cause as a time, and shows no time.
Every text is written for these tests."""

from __future__ import annotations

import pytest

from attribution_helpers import claim_verdicts


def _detail(text: str) -> str:
    verdicts = claim_verdicts(text)
    assert len(verdicts) == 1, verdicts
    return next(iter(verdicts.values()))


@pytest.mark.parametrize("text", [
    "Since the council cut the budget, rents have risen by 12 percent.",
    "Rents have risen by 12 percent since the council cut the budget.",
    "Since the mayor resigned, the party has lost three seats.",
])
def test_since_before_a_clause_is_no_time(text):
    assert "time \u201cSince\u201d" not in _detail(text) and "time \u201csince\u201d" not in _detail(text)


@pytest.mark.parametrize("text", [
    "Since then, rents have risen by 12 percent.",
    "Since the election, rents have risen by 12 percent.",
    "Since the start of the year, rents have risen by 12 percent.",
    "Since May, rents have risen by 12 percent.",
    "Rents have risen by 12 percent since last spring.",
    "Rents have risen by 12 percent ever since.",
])
def test_since_before_a_time_is_a_time(text):
    detail = _detail(text)
    assert "time \u201cSince\u201d" in detail or "time \u201csince\u201d" in detail, detail


def test_a_year_after_since_is_still_a_time():
    assert "time \u201c2019\u201d" in _detail("Since 2019, rents have risen by 12 percent.")


def test_a_clause_after_since_can_leave_a_sentence_no_claim():
    # the clause's "since" was the sentence's second cue: a past event alone makes no claim
    assert claim_verdicts("Since the school closed, the families moved away.") == {}


@pytest.mark.parametrize("text", [
    "Exports have fallen 9 percent since the annexation of the peninsula.",
    "The ransomware has been active since at least last spring, and 40 firms were hit.",
])
def test_an_event_or_a_hedge_before_the_time_keeps_since_a_time(text):
    detail = _detail(text)
    assert "time \u201csince\u201d" in detail, detail
