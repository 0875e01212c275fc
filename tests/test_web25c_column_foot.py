"""(web25c) A signed column's line about its writer at its foot stays in the text of a web page
(the column's own line, a cue its kind reads), while a site's box about a staff writer set apart
from the article stays out. Pages written fresh for these tests (.example sites)."""

from __future__ import annotations

import pytest

from xlplugin import page_genres
from xlplugin.pages import extract_page, trafilatura_available

pytestmark = pytest.mark.skipif(not trafilatura_available(), reason="trafilatura not installed")

_BODY = (
    "<p>Each spring the county proposes to close one of its small libraries, and each spring the plan is "
    "sold as a saving that nobody will notice. I think the people who notice are the ones the county never asks.</p>"
    "<p>The branch in Oakhurst costs less to run than the council spends on its annual festival, according to "
    "the council's own budget papers. It is open three days a week and lends more books per head than the central library.</p>"
    "<p>Those who defend the closure say that readers can use the mobile van. The van stops for forty minutes "
    "on a Tuesday afternoon, when most of the branch's readers are at work or at school.</p>"
    "<p>I do not doubt that the budget is tight. But a saving that falls on the readers least able to travel "
    "is not a saving: it is a cost moved onto them.</p>"
)


def _column(name: str, foot: str, after: str = "", site: str = "The Ferncastle Courier") -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Closing the Oakhurst library is a false "
            f"economy</title><meta name='author' content='{name}'><meta property='og:site_name' content='{site}'>"
            f"<meta property='og:type' content='article'></head><body><header><a href='/'>{site}</a></header>"
            f"<div class='wrap'><div class='label'>COMMENT</div><h1>Closing the Oakhurst library is a false economy</h1>"
            f"<div class='byline'><span>{name}</span> <span>12 May 2026</span></div>"
            f"<div class='column-body'>{_BODY}{foot}</div>{after}</div>"
            f"<footer>© 2026 {site}</footer></body></html>")


@pytest.mark.parametrize("name, foot", [
    ("Priya Anand", "<p class='author-bio'><em>Priya Anand is a retired teacher and chairs the Friends of Oakhurst Library.</em></p>"),
    ("Tom Beresford", "<p class='writer-note'><i>Tom Beresford teaches history at a sixth-form college in the county.</i></p>"),
    ("Helen Marsh", "<p><em>Helen Marsh was the county's chief librarian from 2009 to 2021.</em></p>"),
])
def test_a_columns_foot_line_stays_at_the_end(name, foot):
    page = extract_page(_column(name, foot))
    last = page.text.split("\n\n")[-1]
    assert last.startswith(name + " "), page.text
    assert not any(r.startswith(name) for r in page.removed)
    own = page.text.lower()
    assert page_genres.column_foot(page.text, page.author, lambda: own) is not None


def test_a_site_box_about_a_staff_writer_stays_out():
    """Near-miss: the site's box about its writer, set apart from the article's paragraphs, is not the column's."""
    box = ("<div class='author-box'><img src='/a.png' alt=''><p>Priya Anand is a staff writer at the Courier "
           "covering councils and schools.</p><a href='/authors/priya'>More from this writer</a></div>")
    page = extract_page(_column("Priya Anand", "", after=box))
    assert "staff writer at the Courier" not in page.text


def test_a_foot_line_about_someone_else_is_not_added():
    """Near-miss: a last paragraph opening with another person's name is no line about the writer."""
    foot = "<p class='author-bio'><em>Lucy Ward is the branch's longest-serving volunteer, we are told.</em></p>"
    page = extract_page(_column("Priya Anand", foot))
    assert not page.text.split("\n\n")[-1].startswith("Lucy Ward")
