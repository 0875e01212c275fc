"""(polnear43) scripts/evaluate_outlets.py's "own" column: which articles are an outlet's reprints.

The PolNeAR outlet figure scores text only, so a news agency's story that an outlet reprinted
counts as the outlet's (31 of Breitbart's 66 tune articles are AP, UPI or AFP copy). The
diagnostic leaves out what the document kinds, read with the outlet's address, call wire or
syndicated copy. Every text here is written for this test.
"""

from __future__ import annotations

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT))

from scripts.evaluate_outlets import wire_copies  # noqa: E402
from scripts.evaluation.articles import Article, Scored  # noqa: E402

AGENCY_STORY = (
    "MILLBROOK, Iowa (AP) \u2014 The county's two candidates for the state senate met on Tuesday night in the "
    "high school gym for their only debate before the primary.\n\n"
    "Marta Quill, a retired teacher, said the district needed more bus routes. \"Families here drive an hour "
    "to the nearest clinic,\" she said.\n\n"
    "Owen Brask, who runs a feed store, said he would cut the state's fuel tax by two cents a gallon.\n\n"
    "About 300 people attended, according to the school's principal.\n"
)
OWN_STORY = (
    "The county's two candidates for the state senate met on Tuesday night in the high school gym for "
    "their only debate before the primary.\n\n"
    "Marta Quill, a retired teacher, said the district needed more bus routes. \"Families here drive an hour "
    "to the nearest clinic,\" she said.\n\n"
    "Owen Brask, who runs a feed store, said he would cut the state's fuel tax by two cents a gallon.\n\n"
    "About 300 people attended, according to the school's principal.\n"
)
DRAWN_ON_AGENCY = OWN_STORY + "\nThe Associated Press contributed to this report.\n"


def _item(key: str, text: str, url: str) -> Scored:
    article = Article(key, "tune", 0.5, "outlet", text, "Candidates for state senate meet in only debate", url)
    return Scored(article, len(text.split()), {}, {}, {}, None)


def test_agency_story_on_another_outlets_page_is_a_reprint():
    items = [_item("a", AGENCY_STORY, "https://partisan-daily.example/"),
             _item("b", OWN_STORY, "https://partisan-daily.example/")]
    assert wire_copies(items) == {"a"}


def test_agency_story_on_the_agencys_own_site_is_its_own():
    # guard: the dateline on apnews.com is the agency's own report, not a reprint
    assert wire_copies([_item("a", AGENCY_STORY, "https://apnews.com/")]) == set()


def test_outlets_story_drawing_on_agency_copy_is_its_own():
    # guard: "contributed to this report" is the outlet's own story (docs/kinds.md, kinds15)
    assert wire_copies([_item("c", DRAWN_ON_AGENCY, "https://partisan-daily.example/")]) == set()
