"""(words19) Every part of the Why says points as points, a rating on the scale the Sources sheet
and the Source rating column use (0 to 1), and no word of the code; and the provenance evidence
a person reads says what a sign did in plain words.

A tester read "25 for 8 loaded terms" (points, unnamed) beside "rated 0.2 by my desk, it costs
91% of its weight: a rating of 0.692 or more costs nothing" (a third scale), "forum furniture"
and "present, negative cue (-6)". The checks below run over texts and ratings of every kind that
reach those phrases: short and long, loaded and calm, a forum post, a rating from the built-in
table and from the user's own, low, between the points and high. (Texts written for these tests.)
"""

from __future__ import annotations

import re

import pytest

import xlplugin
from xlplugin.cells import evidence_text, why_text
from xlplugin.scorers import source_rating
from xlplugin.settings import Settings

SHORT_LOADED = ("What a disgraceful, shameful betrayal by this corrupt council! The so-called planners admitted "
                "nothing. Everyone knows the truth. Total disgrace!!!")
SHORT_CALM = ("The swimming pool on Dock Road will open an hour later on Sundays from next month, the "
              "leisure centre said in a notice on its door.")
FORUM = ("Re: Bins not collected again\n\nJoined: May 2020\nPosts: 88\n\nThird week running and nobody has "
         "come for the green bins on Ash Grove. I rang twice and we got nowhere. Is anyone else having this? "
         "Honestly it is a shambles!!\n\n14 likes\nLast edited by ashgrover")
LONG_ARGUED = ("I have lived beside the canal for thirty years, and I think we deserve better than this. "
               "Why should we accept a car park where the boatyard stood? ") * 6 + (
               "The council's own plan says the yard employed twelve people, the planning officer told "
               "the committee in March.")
LONG_REPORT = ("The harbour board approved a new ferry timetable on Monday, its chair, Ruth Okafor, said "
               "after the vote. Sailings to the island will rise from four to six a day in summer. ") * 8
TEXTS = {"short loaded": SHORT_LOADED, "short calm": SHORT_CALM, "forum": FORUM, "long argued": LONG_ARGUED,
         "long report": LONG_REPORT}

MINE = Settings().with_ratings({"low.example": (0.05, "my desk"), "middle.example": (0.4, "my desk"),
                                "high.example": (0.9, "my desk")})


def _builtin(low: float, high: float) -> str:
    """A web address the built-in ratings rate between `low` and `high`."""
    return "https://" + min(d for d, r in source_rating.builtin_ratings().items() if low < r < high and "/" not in d) + "/a"


URLS = {"no url": "", "mine low": "https://low.example/a", "mine between": "https://middle.example/a",
        "mine high": "https://high.example/a", "built-in low": _builtin(0.0, source_rating.RATING_ZERO),
        "built-in between": _builtin(source_rating.RATING_ZERO + 0.05, source_rating.RATING_FULL - 0.05),
        "built-in high": _builtin(source_rating.RATING_FULL, 1.01)}

# Words of the code, not of a reader.
CODE_WORDS = ("furniture", " cue", "negative", "positive", "weight")


def _parts(why: str) -> list[str]:
    return [p for p in why.split("; ") if p]


def _deepest_bracket(text: str) -> int:
    depth = deepest = 0
    for ch in text:
        depth += (ch == "(") - (ch == ")")
        deepest = max(deepest, depth)
    return deepest


@pytest.fixture(scope="module")
def whys() -> dict[str, str]:
    return {f"{t} / {u}": why_text(xlplugin.score_text(text, url=url, settings=MINE))
            for t, text in TEXTS.items() for u, url in URLS.items()}


def test_the_cases_reach_every_phrase(whys):
    """(So that the checks below cannot pass on Whys that never say these things.)"""
    joined = " | ".join(whys.values())
    for needed in ("loaded language -", "provenance -", "source rating -", "rated ", "a short text", "argued voice"):
        assert needed in joined, needed


def test_points_are_said_as_points(whys):
    """A number of index points is followed by "point(s)" or, in a list of them, by "for": never
    a bare "42 for 5 loaded terms" opening a part."""
    for case, why in whys.items():
        for part in _parts(why):
            head, _, phrase = part.partition(": ")
            assert re.fullmatch(r"[a-z ]+ -\d+ points?|[a-z ].*", head), (case, part)
            assert not re.match(r"\d+ for ", phrase), (case, part)


def test_a_rating_is_on_the_sources_sheet_scale(whys):
    """A rating reads "rated 0.2 of 1", and no part of the Why uses a third scale: no share of a
    weight, no percentage (but the share of sentences that are questions, the signal's own)."""
    for case, why in whys.items():
        for part in _parts(why):
            for rated in re.findall(r"rated [\d.]+(?: of 1)?", part):
                assert rated.endswith(" of 1"), (case, part)
            for share in re.finditer(r"\d+%", part):
                assert part[share.end():].startswith(" of sentences"), (case, part)
            assert "of its weight" not in part and "costs nothing" not in part, (case, part)


def test_no_code_words_and_no_brackets_in_brackets(whys):
    for case, why in whys.items():
        for word in CODE_WORDS:
            assert word not in why.lower(), (case, word, why)
        assert _deepest_bracket(why) <= 1, (case, why)


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_provenance_evidence_is_said_plainly(name):
    """Every provenance item a person reads (the Evidence sheet's Detail, XLP_EVIDENCE's lines)
    says found or not found and what it adds or takes on provenance's own scale: no "present,
    negative cue (-6)", no brackets in brackets."""
    result = xlplugin.score_text(TEXTS[name], url=URLS["built-in between"], settings=MINE)
    for item in result.signals["provenance"].evidence:
        assert re.match(r"(found|not found), ", item.detail), item.detail
        for word in (" cue", "negative", "positive", "present", "absent"):
            assert word not in item.detail, (word, item.detail)
    for line in evidence_text(result, "provenance").splitlines():
        assert _deepest_bracket(line) <= 1, line
