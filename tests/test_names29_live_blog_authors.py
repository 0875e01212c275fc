"""(names29) A live blog's entries credited to their writers ("Updated 10:42 by Sam Ode", or the
writer's name alone next to the entry's time where a writer comes back): the live blog's author is
all its writers joined with "; " (as a front matter's authors are), and provenance's byline cue
credits it. One credited update line alone, and entry headings in title case, credit no one.
Every text here is written for this test."""

from __future__ import annotations

import pytest

from xlplugin import live_credits, score_text
from xlplugin.inputs import read_file

STORM = ("Live: Storm Ilsa reaches the west coast\n\n"
         "{c1}\nThe coastguard has closed the promenade at Wexley after waves topped the sea wall.\n\n"
         "{c2}\nRail operators have cancelled all trains between Wexley and Brandon until noon.\n\n"
         "{c3}\nThe Met Office has raised its warning to amber for the whole coast.\n")
COUNT = ("Election night live: results as they come in\n\n"
         "{c1}\nTurnout in Harwick North was 61 percent, up four points on the last election.\n\n"
         "{c2}\nThe first result is in: Greens hold Harwick North with a majority of 1,204.\n\n"
         "{c3}\nRecounts have been called in two wards after close results.\n")
CREDITED = [
    (("Updated 10:42 by Sam Ode", "Updated 10:15 by Sam Ode", "Updated 09:50 by Hana Brill"), "Sam Ode; Hana Brill"),
    (("23:58 BST by Priya Lal", "23:31 BST by Tom de Wit", "23:05 BST by Priya Lal"), "Priya Lal; Tom de Wit"),
    (("Posted at 11.20pm by Jo Marsh", "Posted at 10.55pm by Ade Bello", "Posted at 10.30pm by Kit Moran"),
     "Jo Marsh; Ade Bello; Kit Moran"),
    (("10:42\nSam Ode", "10:15\nHana Brill", "09:50\nSam Ode"), "Sam Ode; Hana Brill"),
    (("Lena Fogg\n22:10", "Lena Fogg\n21:45", "Raj Dutt\n21:20"), "Lena Fogg; Raj Dutt"),
]


@pytest.mark.parametrize("template", [STORM, COUNT])
@pytest.mark.parametrize("credits, writers", CREDITED)
def test_a_live_blogs_writers_are_its_author_and_its_byline(template, credits, writers, tmp_path):
    text = template.format(c1=credits[0], c2=credits[1], c3=credits[2])
    assert live_credits.author(text)[0] == writers
    byline = [e for e in score_text(text).signals["provenance"].evidence if e.kind == "byline"][0]
    assert byline.detail.startswith("found")  # ("Posted at 11.20pm by Jo Marsh": a credit after a note, as before)
    assert writers in byline.detail or "a credit after a note on its line" in byline.detail
    path = tmp_path / "live.txt"
    path.write_text(text, encoding="utf-8")
    read = read_file(path)
    assert read.author == writers
    assert "author read from the live blog's entry credits" in read.note


NOT_CREDITED = [
    ("Updated 10:42 by Sam Ode", "10:15", "09:50"),  # one update line: an article's, not a rota
    ("10:42\nPromenade Closed Again", "10:15\nTrains Cancelled Until Noon", "09:50\nAmber Warning Raised"),
    ("10:42 - Promenade closed", "10:15 - Trains cancelled", "09:50 - Warning raised"),
    ("10:42 by the sea wall", "10:15 by the station", "09:50 by the harbour"),
    ("10:42\nWexley Harbour", "10:15\nBrandon Station", "09:50\nCoast Road"),
]


@pytest.mark.parametrize("template", [STORM, COUNT])
@pytest.mark.parametrize("credits", NOT_CREDITED)
def test_near_misses_credit_no_one(template, credits, tmp_path):
    text = template.format(c1=credits[0], c2=credits[1], c3=credits[2])
    assert live_credits.author(text) == ("", "")
    byline = [e for e in score_text(text).signals["provenance"].evidence if e.kind == "byline"][0]
    assert byline.detail.startswith("not found")
    path = tmp_path / "live.txt"
    path.write_text(text, encoding="utf-8")
    assert read_file(path).author == ""


def test_an_article_with_one_update_credit_keeps_its_score():
    article = ("Council tax to rise 4.9 percent\n\nUpdated 10:42 by Sam Ode\n\nThe council voted on Tuesday to "
               "raise council tax by 4.9 percent from April, its leader said.\n")
    assert live_credits.entry_credits(article) == []
