"""Web pages give the facts a careful reader sees (session 34, web45): misses web44 left, each reproduced on
pages written for this test (tests/fixtures/webfresh45, `scripts/evaluate_fresh_pages.py --folder webfresh45`).
The near misses beside each case keep their reading (guards).

1. A related story's headline set as a heading holding only a link (`<h3><a href="/other">...</a></h3>`)
   stayed in the text between the paragraphs (`page_teasers.without_linked_headings`).
2. Drupal's "Submitted by NAME on DATE" stayed in the text, and a page naming no author had none: the line is
   the node's byline and date (`page_meta.submitted_line`).
3. A personal site's footer "© 2026 Jane Doe" made the writer the outlet: a person the page names elsewhere
   (its author, a rel="author" link, an "About me" box) is the site's owner, no outlet (`page_owners.footer_owner`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from xlplugin.page_meta import submitted_line
from xlplugin.page_teasers import without_linked_headings
from xlplugin.pages import extract_page

pytest.importorskip("trafilatura")

FIXTURES = Path(__file__).parent / "fixtures" / "webfresh45"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))


def _page(name: str):
    return extract_page((FIXTURES / "pages" / name).read_text(encoding="utf-8"))


def test_related_headline_between_paragraphs_is_left_out():
    page = _page("related_headlines_between_paragraphs.html")
    assert "Allotment site handed over to orchard group" not in page.text
    assert "Allotment site handed over to orchard group" in page.removed
    # guard: the article's own heading without a link stays
    assert "Blossom walk" in page.text


def test_related_headlines_under_one_paragraph_stay_out():  # guard: main already left these out
    page = _page("related_headline_single_paragraph.html")
    assert "Slipway repairs" not in page.text and "Ferry fares frozen" not in page.text
    assert "moves from 18:40 to 19:15" in page.text


_BODY = "".join(f"<p>{p}</p>" for p in (
    "The harbour board will dredge the inner basin in June, the first time in nine years, its engineer Ana Brisco said.",
    "About 4,000 tonnes of silt will be taken out to sea, and moorings in the basin will move to the outer wall.",
    "Boat owners have until 20 May to tell the board where they want to be moored during the work."))


def test_a_heading_run_into_a_paragraph_is_cut_out():
    markup = ("<html><head><title>Basin to be dredged</title></head><body><article><h1>Basin to be dredged</h1>"
              + _BODY + '<h3><a href="/news/new-harbour-master">New harbour master named</a></h3></article></body></html>')
    assert "New harbour master named" not in extract_page(markup, url="https://hb.example.org/news/dredge").text


def test_a_list_of_linked_headlines_is_left_as_it_is():  # guard: a page of article links is not an article's text
    heads = [f"Story number {n} about the harbour" for n in range(4)]
    text = "News\n\n" + "\n\n".join(f"{h}\n\n{'More words about the harbour board and its plans. ' * 3}" for h in heads)
    assert without_linked_headings(text, (), set(heads)) == (text, ())
    # one of them alone is cut
    assert heads[0] not in without_linked_headings(text, (), {heads[0]})[0]


def test_drupal_submitted_line_gives_author_and_date_and_is_left_out():
    page = _page("drupal_submitted_plain.html")
    assert page.author == "Tomasz Whitcombe"
    assert page.date == "2026-05-14"
    assert "Submitted by" not in page.text


def test_drupal_month_first_date_is_not_read_day_first():
    page = _page("drupal_submitted_by.html")  # the extractor leaves the line out and read "02/11/2026" as 2 November
    assert (page.author, page.date) == ("Gwen Halloran", "2026-02-11")


@pytest.mark.parametrize(("text", "want"), [
    ("Headline\nSubmitted by Gwen Halloran on Wed, 02/11/2026 - 19:42\nBody.", ("Gwen Halloran", "2026-02-11")),
    ("Headline\nSubmitted by gwen_h on March 3, 2026\nBody.", ("gwen_h", "2026-03-03")),
    ("Headline\nSubmitted by admin on 3 March 2026\nBody.", ("", "2026-03-03")),  # a role names no writer
])
def test_submitted_line(text, want):
    assert submitted_line(text)[1:] == want


def test_submitted_lines_of_a_list_are_not_read():  # guard: a front page signs each node
    text = "News\nSubmitted by Ann Lee on 3 March 2026\nOne.\nSubmitted by Tom Reed on 4 March 2026\nTwo."
    assert submitted_line(text) == ("", "", "")


@pytest.mark.parametrize("name", ["personal_site_footer_owner.html", "personal_site_footer_unsigned.html"])
def test_a_persons_footer_is_no_outlet(name):
    page = _page(name)
    assert page.outlet == ""
    assert page.author == EXPECTED[name]["author"]


def test_a_company_footer_stays_the_outlet():  # guard: web44's case
    page = extract_page((Path(__file__).parent / "fixtures" / "webfresh44" / "pages" / "footer_copyright_gazette.html")
                        .read_text(encoding="utf-8"))
    assert page.outlet == "Harbour Gazette"
