"""(web54) A web page's title and outlet where the page names its site only in its <title> or with a
tagline (xlplugin/page_meta.py `_headline_part`, xlplugin/page_site_spelling.py `titled_address_name`
and `domain_part`):

- a page with no og:title and no site name whose whole <title> "Headline | Site" was taken as its
  title: its <h1> says which part is the headline, and the other part is the site's name;
- a page that names no site but writes its address's name as a part of its <title> ("Headline |
  Harbourlove" on harbourlove.example) is named so;
- a site name with a tagline where no part is the address's name whole but one opens with it
  ("HARBOURLOVE Plus-Size Fashion - BLOG" on harbourlove.example) is those first words.

Pages here are written for these tests (made-up names, .example addresses); the corpus is read at
run time only, and those tests skip where ../shared is absent.
"""

from __future__ import annotations

import re

import pytest

from xlplugin.page_site_spelling import domain_part, titled_address_name
from xlplugin.pages import extract_page

from web54_helpers import BODY as _BODY, PAGES, needs_pages as _needs_pages, read_page



def _page(title: str, h1: str, metas: str = "") -> str:
    return (f"<html><head><title>{title}</title>{metas}</head><body><article>"
            f"<h1><span>{h1}</span></h1>{_BODY}</article></body></html>")


# --- "Headline | Site" taken whole as the title (a Drupal page's <meta name="title"> repeating its <title>, which
# the extractor reads first): the <h1> says which part is the headline

_LONG_TITLE = "Island ferry stops running | Regional Office for Civic Education"
_META_TITLE = f'<meta name="title" content="{_LONG_TITLE}">'


def test_the_h1_part_of_a_two_part_title_is_the_title_and_the_other_part_the_outlet():
    page = extract_page(_page(_LONG_TITLE, "Island ferry stops running", _META_TITLE),
                        "https://www.civic-office-north.example/themen/island-ferry")
    assert page.title == "Island ferry stops running"
    assert page.outlet == "Regional Office for Civic Education"


def test_a_one_word_second_part_is_not_split_off_by_the_h1_rule():
    # "Home", "Blog": a section of the site, not its name (the rule needs two words or more)
    from xlplugin.page_meta import _headline_part

    markup = _page("Island ferry stops running | Home", "Island ferry stops running")
    assert _headline_part("Island ferry stops running | Home", markup) == ""


def test_a_title_whose_parts_no_h1_repeats_gives_no_outlet():
    # neither <title> part is known as the site's
    page = extract_page(_page(_LONG_TITLE, "Ferry halted after engine fault", _META_TITLE),
                        "https://www.civic-office-north.example/themen/island-ferry")
    assert page.outlet == ""


def test_an_og_site_name_is_kept_when_the_h1_splits_the_title():
    page = extract_page(_page(_LONG_TITLE, "Island ferry stops running",
                              _META_TITLE + '<meta property="og:site_name" content="Civic North">'),
                        "https://www.civic-office-north.example/themen/island-ferry")
    assert page.title == "Island ferry stops running"
    assert page.outlet == "Civic North"


# --- the address's name as a part of the <title>


def test_the_title_part_that_is_the_address_name_is_the_outlet():
    page = extract_page(_page("Ear Candy! | Harbourlove", "Ear candy alert"), "https://harbourlove.example/ear-candy/")
    assert page.outlet == "Harbourlove"


def test_an_acronym_address_name_in_the_title_is_the_outlet():
    markup = _page("The harbour school opens its doors | HBS", "The harbour school opens its doors")
    assert titled_address_name(markup, "https://www.hbs.example/news/school") == "HBS"


def test_a_subdomain_label_in_the_title_is_no_outlet():
    # "news" on news.harbourlove.example is a section of the site, not its name
    markup = _page("Ear Candy! | News", "Ear candy alert")
    assert titled_address_name(markup, "https://news.harbourlove.example/ear-candy/") == ""


def test_a_title_of_one_part_gives_no_outlet_from_the_address():
    markup = _page("Harbourlove", "Ear candy alert")
    assert titled_address_name(markup, "https://harbourlove.example/") == ""


# --- a site name with a tagline after the address's name


def test_a_tagline_after_the_address_name_inside_a_separated_site_name_is_left_out():
    assert domain_part("HARBOURLOVE Plus-Size Fashion - BLOG", "https://www.harbourlove.example/x") == "HARBOURLOVE"


def test_the_tagline_rule_reaches_a_page():
    page = extract_page(_page("Island ferry stops running", "Island ferry stops running",
                              '<meta property="og:site_name" content="HARBOURLOVE Plus-Size Fashion - BLOG">'),
                        "https://www.harbourlove.example/island-ferry/")
    assert page.outlet == "HARBOURLOVE"


@pytest.mark.parametrize("name", [
    "Harbourlove Lübeck",            # no separator: a place after the name is part of it
    "Harbour Coast - News",          # no part opens with the address's name
    "Harbourlove Hamburg (Satellite)",
])
def test_site_names_without_a_tagline_after_the_address_name_stay(name):
    assert domain_part(name, "https://harbourlove.example/x") == name


def test_two_parts_opening_with_the_address_name_stay_whole():
    name = "Harbourlove North - Harbourlove South"
    assert domain_part(name, "https://harbourlove.example/x") == name


# --- the development pages (read at run time)

@_needs_pages
@pytest.mark.parametrize("name", ["brandenburg.de.homo-brandenburgensis.html", "novalanalove.com.ear-candy.html",
                                  "psl.eu.luniversite.html"])
def test_pages_naming_their_site_only_in_the_title_get_an_outlet(name):
    markup = read_page(PAGES / name)
    page = extract_page(markup)
    title_tag = " ".join(re.search(r"<title[^>]*>([^<]*)<", markup)[1].split())
    assert page.outlet and page.outlet in title_tag
    assert page.title != title_tag


@_needs_pages
def test_a_blog_site_name_with_a_tagline_is_the_name_alone():
    page = extract_page(read_page(PAGES / "incurvy.de.wellness.html"))
    assert page.outlet and " - " not in page.outlet and len(page.outlet.split()) == 1
