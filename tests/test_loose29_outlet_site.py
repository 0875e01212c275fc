"""(loose29) An outlet given that names another site than the row's URL (an outlet column
"Infowars" on a bbc.co.uk address), with only the built-in ratings: the URL's site still rates
the row, but the note, the Status column and the Outlets sheet say the two disagree."""

from __future__ import annotations

import pytest

from xlplugin.cells import status_text
from xlplugin.engine import score_document
from xlplugin.outlets import FROM_COLUMN, entry_of, rollup
from xlplugin.scorers import source_rating
from xlplugin.settings import Settings
from xlplugin.text import Document, prepare

BODY = ("The harbour board agreed on Monday to repaint the old lighthouse before the summer season, "
        "after a survey found rust on the gallery rail. The board's engineer said the work would take "
        "about six weeks and cost less than last year's repairs. A volunteer from the maritime museum "
        "said visitors would still be able to walk the pier while the scaffolding stands. ")

# (outlet given, URL, the site the outlet names) — the outlet names another rated site
DISAGREE = [
    ("Infowars", "https://www.bbc.co.uk/news/articles/c1", "infowars.com"),
    ("Breitbart", "https://www.reuters.com/world/harbour-2024", "breitbart.com"),
    ("infowars.com", "https://www.bbc.co.uk/news/articles/c2", "infowars.com"),
    ("The Daily Caller", "https://apnews.com/article/lighthouse", "dailycaller.com"),
]
# the outlet may be the URL's own site, or names no rated site: nothing said
AGREE = [
    ("BBC News", "https://www.bbc.co.uk/news/articles/c3"),
    ("New York Times", "https://www.nytimes.com/2024/05/01/lighthouse.html"),
    ("The Guardian", "https://www.theguardian.com/uk/lighthouse"),
    ("Wall Street Journal", "https://www.wsj.com/articles/lighthouse"),
    ("Huffington Post", "https://www.huffpost.com/entry/lighthouse"),
    ("ABC News", "https://abcnews.go.com/US/lighthouse"),
    ("Reuters", "https://www.reuters.com/world/lighthouse"),
    ("Harwick Courier", "https://www.bbc.co.uk/news/articles/c4"),
    ("News", "https://www.bbc.co.uk/news/articles/c5"),
    ("bbc.co.uk", "https://www.bbc.co.uk/news/articles/c6"),
]


def _rating(outlet: str, url: str, **settings):
    return source_rating.score(Document(raw=BODY, text=BODY, url=url, outlet=outlet), Settings().with_values(settings))


@pytest.mark.parametrize("outlet,url,named", DISAGREE)
def test_the_note_says_which_site_rated_and_that_they_disagree(outlet, url, named):
    url_only = _rating("", url)
    sig = _rating(outlet, url)
    assert sig.value == url_only.value  # which one is right is not guessed: the URL's rating stays
    assert sig.details["outlet_site"] == named
    assert sig.details["url_site"] == url_only.details["matched"]
    assert "disagree" in sig.note and named in sig.note and url_only.details["matched"] in sig.note
    assert named in sig.details["mismatch"] and "disagree" in sig.details["mismatch"]


@pytest.mark.parametrize("outlet,url", AGREE)
def test_an_outlet_that_may_be_the_sites_own_is_not_questioned(outlet, url):
    sig = _rating(outlet, url)
    assert sig.value is not None
    assert "mismatch" not in sig.details and "outlet_site" not in sig.details
    assert "disagree" not in sig.note


def test_without_the_builtin_table_nothing_is_said():
    sig = _rating("Infowars", "https://www.bbc.co.uk/news/articles/c7", **{"sources.builtin": 0})
    assert sig.value is None and "disagree" not in sig.note


def _result(outlet: str, url: str):
    return score_document(prepare(BODY * 2, url=url, outlet=outlet), Settings(), id="r")


def test_status_and_outlets_sheet_group_the_row_with_the_site_that_rated_it():
    mixed = _result("Infowars", "https://www.bbc.co.uk/news/articles/c8")
    plain = _result("Infowars", "https://www.infowars.com/posts/c9")
    same = _result("BBC News", "https://www.bbc.co.uk/news/articles/c10")
    status = status_text(mixed)
    assert status.startswith("scored (") and "bbc.co.uk" in status and "infowars.com" in status
    assert status_text(plain) == "scored" and status_text(same) == "scored"
    rows = rollup([entry_of(mixed, "Infowars", mixed.url, "a"), entry_of(plain, "Infowars", plain.url, "b"),
                   entry_of(same, "BBC News", same.url, "c")])
    by_name = {row.outlet: row for row in rows}
    assert by_name["Infowars"].ids == ["b"]  # not shown under Infowars at bbc.co.uk's rating
    assert by_name["bbc.co.uk"].ids == ["a"]
    assert any("infowars.com" in source and "disagree" in source for source in by_name["bbc.co.uk"].source)
    assert by_name["BBC News"].source == {FROM_COLUMN}
