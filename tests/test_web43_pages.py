"""Web pages give their article and its facts (session 34, web43): two classes of miss found on pages
written for this project (tests/fixtures/webfresh43, `scripts/evaluate_fresh_pages.py --folder webfresh43`)
and on the development pages (a German column's "<p><em>Von NAME</em></p>"). Every page here is written
for this test; the near misses beside each case keep their reading (guards).

1. A byline in a plain paragraph ("<p>By Jane Doe</p>", "<p><em>Von Jane Roe</em></p>": no class, no meta
   author, no JSON-LD) did not fill the author: the line is read as a text file's byline is
   (`page_meta.text_byline`), in the text's head, where it is the text's only such line.
2. A shop's price note ("Tax included.", "Shipping calculated at checkout.", as Shopify themes print it
   under the price) leaked into the text: it is furniture ([line] of page_furniture.txt).
3. A title's site part after a bullet ("Headline \u2022 Site") or written as the site's web address ("Headline |
   MODEPILOT.de" for og:site_name "Modepilot") stayed in the title (two development pages).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fresh_pages_helpers import fresh_page_misses

from xlplugin.pages import _furniture, _is_furniture_line, extract_page

pytest.importorskip("trafilatura")

FIXTURES = Path(__file__).parent / "fixtures" / "webfresh43"

_PARAGRAPHS = (
    "The county council will close the Lode bridge from 14 April while its deck is replaced, sending traffic "
    "on a nine-mile detour through Upware and Wicken for six weeks.",
    "Its highways officer, Dana Pryce, said the work could not wait another winter because water had reached "
    "the steel under the road surface.",
    "Traders in the village said the detour would cost them passing custom at the busiest time of the year.",
)


def _page(head_lines: str, body: str = "", meta: str = "") -> str:
    paragraphs = body or "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Lode bridge to close for six weeks'
            '</title><meta property="og:site_name" content="Fenland Post">' + meta + '</head><body><header><nav>'
            '<a href="/">Home</a> <a href="/news">News</a></nav></header><main><article><h1>Lode bridge to close for '
            'six weeks</h1>' + head_lines + paragraphs + '</article></main></body></html>')


# --- 1. a byline in a plain paragraph ----------------------------------------------------------------------

@pytest.mark.parametrize(("line", "name"), [
    ("<p>By Jane Doe</p>", "Jane Doe"),
    ("<p><em>By Tom Ashworth</em></p>", "Tom Ashworth"),
    ("<p><strong>Written by Ana de la Cruz</strong></p>", "Ana de la Cruz"),
    ("<p><em>Von Gregor Lindqvist</em></p>", "Gregor Lindqvist"),
    ("<p>By Jane Doe and Tom Reed</p>", "Jane Doe; Tom Reed"),
])
def test_a_plain_byline_paragraph_names_the_author(line, name):
    page = extract_page(_page(line))
    assert page.author == name
    assert "Its highways officer, Dana Pryce, said" in page.text


@pytest.mark.parametrize("line", [
    "<p>By Reuters</p>",  # an agency, not a person: no author
    "<p>By the time the bridge reopens, the tourist season will have started.</p>",  # prose
    "<p>Von Montag bis Freitag bleibt die Brücke gesperrt.</p>",  # German prose opening "Von"
])
def test_a_credit_naming_no_person_gives_no_author(line):
    """(guards) A "By" line that names no person, or a sentence opening so, is no byline."""
    assert extract_page(_page(line)).author == ""


def test_a_list_of_teasers_with_bylines_has_no_author():
    """(guard) A page of other stories, each under its own byline, is no article by its first teaser's writer."""
    teasers = "".join(f'<h2><a href="/s/{n}">Story {n} about the bridge and the detour</a></h2><p>By {who}</p><p>{p}</p>'
                      for n, (who, p) in enumerate(zip(("Ruth Kemble", "Sanjay Mehra", "Ruth Kemble"), _PARAGRAPHS)))
    assert extract_page(_page("", body=teasers)).author == ""
    same = "".join(f'<h2><a href="/s/{n}">Story {n} about the bridge and the detour</a></h2><p>By Ruth Kemble</p><p>{p}</p>'
                   for n, p in enumerate(_PARAGRAPHS))
    assert extract_page(_page("", body=same)).author == ""


def test_the_author_the_markup_gives_comes_first():
    """(guard) A page whose meta author names its writer keeps that name, whatever a line in the text says."""
    page = extract_page(_page("<p>By Jane Doe</p>", meta='<meta name="author" content="Maria Ostrowska">'))
    assert page.author == "Maria Ostrowska"


def test_text_byline_reads_only_the_head():
    """A "By Name" line below the text's first lines is no byline of this page (a letter's signature, a quoted credit)."""
    from xlplugin.page_meta import text_byline

    lines = ["Lode bridge to close", *_PARAGRAPHS, "Another paragraph of the story.", "By Jane Doe"]
    assert text_byline("\n".join(lines)) == ""
    assert text_byline("\n".join(["Lode bridge to close", "By Jane Doe", *_PARAGRAPHS])) == "Jane Doe"


# --- 2. a shop's price note -----------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Tax included.",
    "Taxes included.",
    "Tax included. Shipping calculated at checkout.",
    "Tax included and shipping calculated at checkout",
    "Taxes and shipping calculated at checkout.",
    "Shipping calculated at checkout.",
    "Incl. VAT",
    "Inkl. MwSt. zzgl. Versand",
])
def test_a_shop_price_note_is_furniture(line):
    assert _is_furniture_line(line, _furniture()[0], _furniture()[2])


@pytest.mark.parametrize("line", [
    "Tax included in the price rose to 20 per cent last year.",
    "Shipping costs rose sharply in 2025, the firm said.",
    "Taxes included a new levy on fuel.",
])
def test_a_sentence_about_tax_or_shipping_stays(line):
    """(guards) A sentence that goes on after the words is prose."""
    assert not _is_furniture_line(line, _furniture()[0], _furniture()[2])


# --- 3. a title's site part after a bullet, or written as the site's address ----------------------------

def _titled(title: str, site: str) -> str:
    return _page("<p>By Jane Doe</p>", meta=f'<meta property="og:title" content="{title}"><meta property="og:site_name" '
                                          f'content="{site}">').replace("<title>Lode bridge to close for six weeks</title>",
                                                                         f"<title>{title}</title>")


@pytest.mark.parametrize(("title", "site"), [
    ("Lode bridge to close for six weeks &bull; Fenland Post", "Fenland Post"),
    ("Lode bridge to close for six weeks | FENLAND-POST.co.uk", "Fenland Post"),
    ("Lode bridge to close for six weeks | fenlandpost.com", "Fenland Post"),
    ("Lode bridge to close for six weeks - www.fenlandpost.de", "Fenland Post"),
])
def test_a_site_part_of_the_title_is_left_out(title, site):
    assert extract_page(_titled(title, site)).title == "Lode bridge to close for six weeks"


@pytest.mark.parametrize("title", [
    "Sun • Sea • Sand: a week on the Lode",  # a bullet inside the headline, no site after it
    "Lode bridge to close | Cambridge.gov.uk says six weeks",  # another body's address inside the headline
    "Lode bridge to close for six weeks | Wicken.org.uk",  # another site's address: not this site's name
])
def test_a_headline_part_that_is_not_the_site_stays(title):
    """(guards) Only a part that is this site's name, whole or as its address, is left out."""
    assert extract_page(_titled(title, "Fenland Post")).title == title


# --- the fresh pages -----------------------------------------------------------------------------------------

def test_the_fresh_pages_read_as_expected():
    """Every fresh page of webfresh43 through `xlplugin score --json`: each "with" string kept, no "without"
    string leaked, title, author, date, outlet and URL as expected, the kind among those allowed, the index
    given or withheld as expected."""
    assert fresh_page_misses(FIXTURES) == []
