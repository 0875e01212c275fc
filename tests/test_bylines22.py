"""Credit lines that name no person (bylines22; every text written for these tests).

(a) A user name in CamelCase ("Posted by ProgressNowCalloway") is a user name, as "harbourfan99"
is: "no author", and the evidence says the text is credited to a user name. A person's name with
a capital inside ("McKenzie Ross", "DeShawn") is no user name; "Posted by Ann Lee" is a byline.
(b) A phrase of time in title case on a line of its own ("By The End Of The Year", "By Next
Spring") is no byline: "no author". A person whose name is a month or a season ("April Jones",
"Summer Hayes") still has a byline.
"""

from __future__ import annotations

import pytest

from xlplugin import provenance_notes
from xlplugin.names import credits_a_person
from xlplugin.scorers import provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare

BODY = ("The library will open on Sundays from next month, the trust said. Its chair, Mina Okafor, "
        "said three new staff had been hired to cover the extra hours.\n\n")


def _author_cues(head: str, author: str = "") -> dict[str, str]:
    text = (head + "\n\n" if head else "") + BODY
    sig = provenance.score(prepare(text, title="Library to open on Sundays", author=author), Settings())
    return {e.kind: e.detail for e in sig.evidence if e.kind in ("byline", "no author")}


@pytest.mark.parametrize("head, handle", [
    ("Posted by ProgressNowCalloway", "ProgressNowCalloway"),
    ("Posted by LibraryWatcher on Eastbank Forum", "LibraryWatcher"),
    ("Written by BookWormBrenda · 3h", "BookWormBrenda"),
    ("Shared by TownHallTruth", "TownHallTruth"),
])
def test_a_camel_case_user_name_is_said_as_a_user_name(head: str, handle: str) -> None:
    cues = _author_cues(head)
    assert cues["byline"].startswith("not found")
    assert cues["no author"].startswith("found") and f"credited to a user name ({handle})" in cues["no author"]


@pytest.mark.parametrize("author", ["ProgressNowCalloway", "LibraryWatcher", "QuietReaderKim"])
def test_a_camel_case_user_name_given_as_the_author_is_no_author(author: str) -> None:
    assert provenance_notes.is_handle(author)
    cues = _author_cues("", author=author)
    assert cues["no author"].startswith("found") and "user name" in cues["no author"]


@pytest.mark.parametrize("word", ["McKenzie", "DeShawn", "MacDonald", "LaToya", "DiMarco", "Calloway", "NASA"])
def test_a_name_with_a_capital_inside_is_no_user_name(word: str) -> None:
    assert not provenance_notes.is_handle(word)
    assert "user name" not in _author_cues(f"Posted by {word}")["no author"]


@pytest.mark.parametrize("head", ["Posted by Ann Lee", "Posted by McKenzie Ross", "By DeShawn Hart",
                                  "Posted by LaToya Grant on 4 May 2026"])
def test_a_persons_name_is_still_a_byline(head: str) -> None:
    assert _author_cues(head)["byline"].startswith("found")


def test_a_credit_to_the_council_is_still_no_user_name() -> None:
    assert "user name" not in _author_cues("Posted by the council")["no author"]


@pytest.mark.parametrize("head", ["By The End Of The Year", "By The Weekend", "By Next Spring",
                                  "By This Time Next Year", "By Monday Morning", "By Early March",
                                  "By The End Of Term"])
def test_a_phrase_of_time_is_no_byline(head: str) -> None:
    assert not credits_a_person(head[3:])
    cues = _author_cues(head)
    assert cues["byline"].startswith("not found")
    assert cues["no author"].startswith("found")


@pytest.mark.parametrize("head", ["By April Jones", "By Summer Hayes", "By June Whitley", "By Doris Day",
                                  "By Tuesday Weld", "By The Rev Ann Lee", "By Ann Lee, The Morning Courier"])
def test_a_name_that_holds_a_word_of_time_is_still_a_byline(head: str) -> None:
    assert _author_cues(head)["byline"].startswith("found")
