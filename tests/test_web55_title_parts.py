"""(web55) A web page's <title> parts that are not the site's name as written: a site's section or a
greeting ("Headline | Home", "Startseite", "Blog": data/outlet_names.txt [generic_title_parts]) is
never the outlet nor the headline; a site's name longer than the address's name ("Headline |
Kanzlei Brandt" on brandt.example) or before a tagline ("Headline » Ferrylogs -
Wissenschaftsblogs" on ferrylogs.example.de) is left off the title (xlplugin/page_meta.py
`generic_title_part`, `without_site_parts`, `site_name`; pages._outlet). Pages here are written for
these tests (made-up names, .example addresses); the corpus is read at run time only, and those
tests skip where ../shared is absent.
"""

from __future__ import annotations

import pytest

from xlplugin.page_meta import generic_title_part, site_name, without_site_parts
from xlplugin.pages import extract_page

from web54_helpers import BODY, PAGES, needs_pages, read_page

HEADLINE = "Night bus to the coast cancelled"


def _page(title: str, metas: str = "", h1: str = "") -> str:
    return (f"<html><head><title>{title}</title>{metas}</head><body><article>{h1}{BODY}</article>"
            "</body></html>")


def _og_title(title: str) -> str:
    return f'<meta property="og:title" content="{title}">'


# -- a site's section or a greeting is no outlet and no headline (fail on main: outlet "Home" etc.)

@pytest.mark.parametrize("section", ["Home", "Startseite", "Accueil", "Blog", "Welcome", "Home page"])
def test_a_section_after_the_headline_is_no_outlet(section):
    page = extract_page(_page(f"{HEADLINE} | {section}"))
    assert page.outlet == ""
    assert page.title == HEADLINE


def test_a_section_before_the_headline_is_neither_title_nor_outlet():
    page = extract_page(_page(f"Home | {HEADLINE}"))  # main: title "Home", outlet the headline
    assert page.title == HEADLINE
    assert page.outlet == ""


def test_a_site_name_meta_that_is_a_section_names_no_outlet():
    page = extract_page(_page(HEADLINE, '<meta property="og:site_name" content="Startseite">'))
    assert page.outlet == ""


def test_a_sections_feed_names_no_site():
    markup = _page(f"{HEADLINE} - News", '<link rel="alternate" type="application/rss+xml" title="News &raquo; Feed" '
                   'href="/feed/">')
    assert site_name(markup, HEADLINE, set()) == ""


def test_a_section_ending_a_title_is_left_off():
    assert without_site_parts(f"{HEADLINE} | Home", set()) == HEADLINE


# -- guards: a name holding such a word is a name; a section word inside a headline stays

@pytest.mark.parametrize("name", ["Harbour News", "The Home Magazine", "Coast Blog Network"])
def test_a_name_with_other_words_is_the_outlet(name):
    assert not generic_title_part(name)
    assert extract_page(_page(f"{HEADLINE} | {name}")).outlet == name


def test_a_headline_ending_in_a_section_word_keeps_it():
    assert without_site_parts("Why the night bus is coming home", set()) == "Why the night bus is coming home"


# -- the site's name longer than the address's name, or before a tagline (fail on main: kept in the title)

def test_a_firms_name_holding_the_address_name_is_left_off_the_title():
    title = "Night buses for shift workers | Kanzlei Brandt"
    markup = _page(title, _og_title(title), "<h1>Night buses for shift workers in the coastal towns</h1>")
    page = extract_page(markup, "https://brandt.example/de/night-buses")
    assert page.title == "Night buses for shift workers"
    assert page.outlet == "Kanzlei Brandt"


def test_a_blog_networks_name_and_tagline_are_left_off_the_title():
    title = f"{HEADLINE} &raquo; Ferrylogs - Wissenschaftsblogs"
    markup = _page(title, _og_title(title) + '<meta property="og:site_name" content="Die Hafen-Galaxis">')
    page = extract_page(markup, "https://ferrylogs.example.de/hafen-galaxis/night-bus/")
    assert page.title == HEADLINE
    assert page.outlet == "Die Hafen-Galaxis"


def test_the_sites_name_before_a_tagline_is_the_sites():
    assert without_site_parts(f"{HEADLINE} | Harbour Gazette - News for the Coast", {"harbourgazette"}) == HEADLINE


# -- guards: where the tail may be the headline's

def test_after_a_colon_the_headline_goes_on():
    title = "New bridge plans: Stadt Harbourton"  # a headline's subject after its colon, not a site's name
    assert without_site_parts(title, {"harbourton"}) == title


def test_a_one_word_headline_keeps_the_name_after_it():
    assert without_site_parts("Steuerrecht | Kanzlei Brandt", {"brandt"}) == "Steuerrecht | Kanzlei Brandt"


def test_a_long_part_holding_the_sites_name_is_the_headlines():
    title = "Council vote | Why Brandt lost the harbour seat"
    assert without_site_parts(title, {"brandt"}) == title


def test_a_tagline_longer_than_the_headline_is_no_tagline():
    title = "Ferry cut | Ferrylogs - the day the last boat left the island"
    assert without_site_parts(title, {"ferrylogs"}) == title


def test_a_name_whose_word_is_a_short_or_section_label_is_kept():
    # the address news.harbour.example gives the names "news" and "harbour": "Coast News" holds no site's word
    assert without_site_parts(f"{HEADLINE} | Coast News", {"news", "harbour"}) == f"{HEADLINE} | Coast News"


# -- the saved pages web54 left (read at run time)

@needs_pages
@pytest.mark.parametrize(("name", "title"), [
    ("viehbacher.com.steuerrecht.html", "Internationale Steuerberatung"),
    ("spektrum.de.engelbart.html", "Die Ablehnung der Gendersprache"),
])
def test_saved_pages_titles_carry_no_site_name(name, title):
    assert extract_page(read_page(PAGES / name)).title == title
