"""Web pages give the facts a careful reader sees (session 35, web46): what web45 left, and one class of the
corpus's misses, each reproduced on pages written for this test (tests/fixtures/webfresh46,
`scripts/evaluate_fresh_pages.py --folder webfresh46`). The near misses beside each case keep their reading
(guards).

1. A person's name in the footer's copyright line that the page confirms nowhere else ("\u00a9 2026 Maren Ostby")
   was the outlet: it is neither outlet nor author (`page_owners.footer_person`); the holder ends with its
   element ("Maren Ostby" and the next link "Privacy" were read as one name).
2. A footer's publisher company named for its site ("\u00a9 WERKBANK Digital GmbH") was the outlet where the title
   names the site ("... - WERKBANK"): the site is (`page_meta.titled_site`).
3. Drupal's "Submitted by NAME on Mon, 09/03/2026" was read month first on pages that write dates day first (a
   British or German page, another date on the page that can only be day first): `page_meta.slash_dates_day_first`.
4. A note that the article was first published elsewhere, set apart from its body ("This post originally appeared
   on Grist.", above the <article>), was lost, and with it the repost cue (`page_origin_notes`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fresh_pages_helpers import fresh_page_misses, story_body

from xlplugin.page_meta import footer_outlet, slash_dates_day_first, submitted_line, titled_site
from xlplugin.page_origin_notes import origin_note, with_origin_note
from xlplugin.page_owners import footer_person
from xlplugin.pages import _separated_tree, extract_page

pytest.importorskip("trafilatura")

FIXTURES = Path(__file__).parent / "fixtures" / "webfresh46"

_BODY = story_body("ferry")


def _page(footer: str, title: str = "Extra ferry sailings from May", head: str = "") -> str:
    return (f"<html lang='en'><head><title>{title}</title>{head}</head><body><article><h1>Extra ferry sailings from May</h1>"
            f"{_BODY}</article><footer>{footer}</footer></body></html>")


# --- 1. a person's footer the page confirms nowhere else ----------------------------------------------------

def test_an_unconfirmed_persons_footer_is_no_outlet_nor_author():
    page = extract_page((FIXTURES / "pages" / "personal_site_footer_unconfirmed.html").read_text(encoding="utf-8"))
    assert (page.outlet, page.author) == ("", "")


@pytest.mark.parametrize("holder", ["Maren Ostby", "Anna Maria Lindqvist"])
def test_a_persons_name_in_the_footer_is_dropped(holder):
    assert extract_page(_page(f"<p>&copy; 2026 {holder}</p>")).outlet == ""


@pytest.mark.parametrize("holder", [
    "Harbour Gazette",  # a paper's word (guard: web44's case)
    "Quayside Records",  # a company's word
    "Oxley Bakery",  # a company's kind
    "Kettlewick Cycling Club",  # the page writes "cycling" in lower case: common words
])
def test_a_bodys_name_in_the_footer_stays_the_outlet(holder):  # guards
    footer = f"<p>&copy; 2026 {holder}</p><p>News of cycling and walking in the valley.</p>"
    assert extract_page(_page(footer)).outlet == holder


def test_the_holder_ends_with_its_element():
    markup = _page("<p>&copy; 2026 Harbour Gazette</p><p><a href='/privacy'>Privacy</a> <a href='/terms'>Terms</a></p>")
    assert footer_outlet(markup) == "Harbour Gazette"
    # guard: a name set in bold inside the notice is still read whole
    assert footer_outlet(_page("<p>&copy; 2026 <b>Harbour</b> Gazette</p>")) == "Harbour Gazette"


def test_footer_person_reads_the_shape():
    markup = _page("<p>&copy; 2026 Maren Ostby</p>")
    assert footer_person("Maren Ostby", markup)
    assert not footer_person("Tollcombe Courier", markup)  # a paper's word
    assert not footer_person("Maren", markup)  # one word: no person's name by its shape


# --- 2. the publisher company named for its site ----------------------------------------------------------

def test_a_publisher_company_named_for_its_site_gives_the_site():
    page = extract_page((FIXTURES / "pages" / "publisher_company_footer.html").read_text(encoding="utf-8"))
    assert page.outlet == "WERKBANK"


def test_titled_site():
    markup = _page("", title="Extra ferry sailings from May - News - QUAYLINE")
    assert titled_site("QUAYLINE Digital", markup) == "QUAYLINE"
    assert titled_site("QUAYLINE", markup) == ""  # the holder is the site's name already
    assert titled_site("Harbour Digital", markup) == ""  # guard: a company the title does not name
    assert titled_site("QUAYLINE Digital", _page("")) == ""  # guard: a title with no site part


# --- 3. Drupal's slash dates on a page that writes the day first --------------------------------------------

@pytest.mark.parametrize(("name", "date"), [("drupal_day_first_en_gb.html", "2026-03-09"),
                                            ("drupal_day_first_other_date.html", "2026-02-06")])
def test_drupal_dates_read_day_first_where_the_page_does(name, date):
    assert extract_page((FIXTURES / "pages" / name).read_text(encoding="utf-8")).date == date


def test_drupal_dates_stay_month_first_on_an_american_page():  # guard: web45's case
    page = extract_page((Path(__file__).parent / "fixtures" / "webfresh45" / "pages" / "drupal_submitted_by.html")
                        .read_text(encoding="utf-8"))
    assert page.date == "2026-02-11"


@pytest.mark.parametrize(("markup", "day_first"), [
    ("<html lang='de'><body>x</body></html>", True),
    ("<html lang='en-GB'><body>x</body></html>", True),
    ("<html lang='en'><body>x</body></html>", False),  # guard: Drupal's default, American English
    ("<html lang='en-US'><body>x</body></html>", False),  # guard
    ("<html><body>x</body></html>", False),  # guard: no language said
    ("<html lang='en'><body>Updated 24/02/2026</body></html>", True),  # only day first is a date
    ("<html lang='de'><body>Updated 02/24/2026</body></html>", False),  # guard: only month first is
])
def test_slash_dates_day_first(markup, day_first):
    assert slash_dates_day_first(markup) is day_first


def test_submitted_line_reads_day_first_when_told():
    text = "Headline\nSubmitted by Hattie Brennan on Mon, 09/03/2026 - 18:05\nBody."
    assert submitted_line(text, day_first=True)[2] == "2026-03-09"
    assert submitted_line(text)[2] == "2026-09-03"  # guard: month first by default
    # a date that is one only day first is read so
    assert submitted_line(text.replace("09/03", "24/03"))[2] == "2026-03-24"


# --- 4. a note that the article first appeared elsewhere --------------------------------------------------

def test_an_origin_note_above_the_article_is_kept():
    page = extract_page((FIXTURES / "pages" / "origin_note_above_article.html").read_text(encoding="utf-8"))
    assert page.text.startswith("This article was originally published by Field Notes Quarterly")
    assert "first published in our spring print edition" not in page.text  # guard: the related box's


def test_origin_notes_in_teasers_are_not_read():  # guard
    tree = _separated_tree((FIXTURES / "pages" / "origin_note_in_teasers.html").read_text(encoding="utf-8"))
    assert origin_note(tree) == ""


@pytest.mark.parametrize("note", [
    "This post originally appeared on Grist.",
    "Editor's note: This story was first published by Harbour Wire.",
    "Originally published at fieldnotes.example.org.",
    "Republished with permission from the Valley Ledger.",
])
def test_origin_note_shapes(note):
    tree = _separated_tree(f"<html><body><div class='note'><p>{note}</p></div><article>{_BODY}</article></body></html>")
    assert origin_note(tree) == note


@pytest.mark.parametrize("paragraph", [
    "The scheme was originally published in 2019 and has been revised twice since, the council said.",  # no note's opening
    "This story first ran in the 1950s as a radio serial and was later made into a film, " + "word " * 40,  # too long
])
def test_a_paragraph_is_no_origin_note(paragraph):  # guards
    tree = _separated_tree(f"<html><body><article><p>{paragraph}</p>{_BODY}</article></body></html>")
    assert origin_note(tree) == ""


def test_with_origin_note():
    text = "Extra ferry sailings\n\nThe ferry will run."
    note = "This post originally appeared on Grist."
    assert with_origin_note(text, (), note, "Extra ferry sailings") == f"Extra ferry sailings\n\n{note}\n\nThe ferry will run."
    assert with_origin_note(f"{text}\n\n{note}", (), note, "Extra ferry sailings") == f"{text}\n\n{note}"  # kept once
    assert with_origin_note(text, (note,), note, "Extra ferry sailings") == text  # the cleaning took it out: left out


# --- the fresh pages --------------------------------------------------------------------------------------

def test_the_fresh_pages_read_as_expected():
    """Every fresh page of webfresh46 through `xlplugin score --json` (tests/fresh_pages_helpers)."""
    assert fresh_page_misses(FIXTURES) == []
