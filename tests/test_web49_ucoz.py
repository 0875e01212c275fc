"""(web49) An entry page of the uCoz site builder reads its title, date and site from the generator's template, and
its breadcrumb ("Hauptseite » 2010 » Oktober » 26 » ENTRY") is no text (`xlplugin.page_ucoz`). The extractor took the
longest part of the <title> for the title (the site's name or a category), found no date or site, and kept the
breadcrumb as the text's first line. Pages written for this test; the shared corpus's uCoz page where present.
"""

from __future__ import annotations

import pytest
from fresh_pages_helpers import corpus_page, story_body

from xlplugin.page_ucoz import ucoz_entry, without_breadcrumb
from xlplugin.pages import extract_page

pytest.importorskip("trafilatura")

_SITE = "Tide Tables and Teacups"


def _ucoz_page(title: str = f"Harbour notes - 14 März 2026 - Blog - {_SITE}", entry: str = "Library opens on Sundays",
               crumbs: str = '<a class="dateBar" href="/blog/2026-00">2026</a> &raquo; <a class="dateBar" href="/blog/2026-03">'
                             'März</a> &raquo; <a class="dateBar" href="/blog/2026-03-14">14</a>',
               float_time: str = '<div style="float:right;font-size:9px;">8:15 AM </div>') -> str:
    return (f"<html><head><title>{title}</title></head><body><table><tr><td>"
            f"<a href='/blog/'>Hauptseite</a> &raquo; {crumbs} &raquo; {entry}\n<hr />"
            f"<table class=\"eBlock\"><tr><td><div class=\"eTitle\">{float_time}{entry}</div></td></tr>"
            f"<tr><td class=\"eMessage\">{story_body('library')}</td></tr>"
            f"<tr><td class=\"eDetails\">Kategorie: <a href='/blog/x'>Stadt</a> | Aufrufe: 7 | Bewertung: 0.0/0</td></tr>"
            f"</table></td></tr></table></body></html>")


def test_the_entrys_title_site_and_date_come_from_the_template():
    page = extract_page(_ucoz_page())
    assert (page.title, page.outlet, page.date) == ("Library opens on Sundays", _SITE, "2026-03-14")


def test_the_breadcrumb_is_no_text():
    page = extract_page(_ucoz_page())
    assert page.text.startswith("Library opens on Sundays\n\nThe library will open on Sundays")
    assert "Hauptseite" not in page.text and "\u00bb" not in page.text
    assert "Hauptseite \u00bb 2026 \u00bb M\u00e4rz \u00bb 14 \u00bb Library opens on Sundays" in page.removed


def test_a_category_page_title_gives_the_site_and_a_month_link_the_month():
    # a <title> without the entry ("CATEGORY - Blog - SITE"), a breadcrumb to the month only
    page = extract_page(_ucoz_page(title=f"Stadt - Blog - {_SITE}", crumbs='<a class="dateBar" href="/blog/2026-03">März</a>',
                                   float_time=""))
    assert (page.title, page.outlet, page.date) == ("Library opens on Sundays", _SITE, "2026-03")


# --- guards: what is not the template's stays as it was ---------------------------------------------------------

def test_a_page_without_the_entry_block_is_not_read_as_ucoz():
    markup = _ucoz_page().replace('class="eMessage"', 'class="message"')
    assert ucoz_entry(markup) is None


def test_a_title_of_one_part_gives_no_site():
    entry = ucoz_entry(_ucoz_page(title="Library opens on Sundays"))
    assert entry is not None and entry.site == ""


@pytest.mark.parametrize("first", [
    "Hauptseite \u00bb Stadt \u00bb Library opens on Sundays",  # no date link among its parts
    "Hauptseite \u00bb 2026 \u00bb M\u00e4rz \u00bb Another entry",  # ends in another title
    "Library opens on Sundays",  # no breadcrumb: the headline
])
def test_a_first_line_that_is_not_the_breadcrumb_stays(first):
    entry = ucoz_entry(_ucoz_page())
    text = f"{first}\n\nThe library will open on Sundays from September."
    assert without_breadcrumb(text, (), entry) == (text, ())


def test_the_shared_corpus_ucoz_page():
    page = corpus_page("schleifen.ucoz.de.briefe.html")
    assert (page.title, page.outlet, page.date) == ("Briefe", "Bilder, News, Geschichte und Schleifen!", "2010-10-26")
    assert "\u00bb" not in page.text.split("\n\n")[0] and page.text.startswith("Briefe\n\n")
