"""Bylines that name a publication, not a person (bylines21; every text written for these tests).

A credit line or an author given that is a publication's name ("By The Blue Wave Dispatch",
author "The Harbour Ledger") names the outlet: no byline credit (a byline names a person), and no
text without an author either, as an organisation given as the author is (sources20). A person's
byline, a line opening "By the end of ..." and a text with no credit line are as before.
"""

from __future__ import annotations

import pytest

from xlplugin.names import credits_a_person
from xlplugin.scorers import provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare

BODY = ("The ferry timetable will change from Monday, the operator said. Port manager Idris Calloway "
        "said two crossings a day would be dropped over the winter.\n\n")


def _author_cues(head: str, author: str = "") -> dict[str, str]:
    text = (head + "\n\n" if head else "") + BODY
    sig = provenance.score(prepare(text, title="Ferry timetable to change", author=author), Settings())
    return {e.kind: e.detail for e in sig.evidence if e.kind in ("byline", "no author")}


@pytest.mark.parametrize("head", [
    "By The Blue Wave Dispatch", "By The Red Wave Dispatch", "By The Harbour Ledger | 4 March 2026",
    "Written by The Kestrel Valley Gazette", "By The Morning Courier, 12 May 2026",
])
def test_a_credit_to_a_publication_is_the_outlet_not_a_person(head: str) -> None:
    cues = _author_cues(head)
    assert cues["byline"].startswith("not found") and "a publication" in cues["byline"]
    assert cues["no author"].startswith("not found") and "credited to" in cues["no author"]


@pytest.mark.parametrize("author", ["The Blue Wave Dispatch", "The Fenwick Herald", "The Upland Chronicle"])
def test_a_publication_given_as_the_author_is_an_organisation(author: str) -> None:
    assert not credits_a_person(author)
    cues = _author_cues("", author=author)
    assert cues["byline"].startswith("not found") and "organisation" in cues["byline"]
    assert cues["no author"].startswith("not found")


@pytest.mark.parametrize("head", ["By Ann Lee", "By Ann Lee, The Morning Courier", "By Tomas Herald"])
def test_a_persons_byline_is_still_a_byline(head: str) -> None:
    assert _author_cues(head)["byline"].startswith("found")


@pytest.mark.parametrize("head", ["By the end of the year the ferry will run twice a day.", "By Tuesday",
                                  "Posted by the council"])
def test_no_credit_line_is_still_a_text_with_no_author(head: str) -> None:
    assert _author_cues(head)["no author"].startswith("found")
