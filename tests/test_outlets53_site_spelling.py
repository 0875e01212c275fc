"""(outlets53) A web page's outlet is the name a reader would write for the site: the extractor's
name made from a social handle or title-cased ("Ndr" from "@ndr", "Futurezoneat" from "@futurezoneat")
is written as the page writes it; a site name with a tagline is its part that names the address;
og:site_name naming a magazine or a section gives way to the name the page gives itself in its
application-name and <title> where that names the address (xlplugin/page_site_spelling.py). Pages
here are written for these tests (made-up names, .example addresses); the corpus is read at run time
only, and that test skips where ../shared is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from xlplugin.page_site_spelling import address_names, domain_part, named_site_over_other, written_spelling
from xlplugin.pages import extract_page

_BODY = ("<p>The ferry between the two islands stopped running on Monday after a fault was found in its "
         "engine room. Passengers were told to use the bridge until repairs are done next week.</p>"
         "<p>The operator said a replacement vessel would be brought in from the mainland, and that "
         "tickets already bought would be refunded in full on request at the harbour office.</p>") * 2


def _page(title: str, metas: str = "", publisher: str = "", footer: str = "") -> str:
    ld = ""
    if publisher:
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Island ferry stops running",
                "publisher": {"@type": "Organization", "name": publisher}}
        ld = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    return (f"<html><head><title>{title}</title>{metas}{ld}</head><body><article>"
            f"<h1>Island ferry stops running</h1>{_BODY}</article><footer>{footer}</footer></body></html>")


def _og(name: str) -> str:
    return f'<meta property="og:site_name" content="{name}">'


# --- a name the extractor made from a handle or title-cased: the page's own spelling


def test_a_handle_with_the_domain_glued_on_is_the_name_the_title_writes():
    page = extract_page(_page("Island ferry stops running | tidewatch.at",
                              '<meta name="twitter:site" content="@tidewatchat">'),
                        "https://tidewatch.at/news/island-ferry")
    assert page.outlet == "tidewatch"


def test_a_handle_in_lower_case_is_the_capitals_the_title_writes():
    page = extract_page(_page("Island ferry stops running | KSR.de - Nachrichten - KSR Info",
                              '<meta name="twitter:site" content="@ksr">'),
                        "https://www.ksr.example/nachrichten/island-ferry")
    assert page.outlet == "KSR"


def test_a_site_name_in_lower_case_is_not_title_cased():
    page = extract_page(_page("Island ferry stops running", _og("brisewind")),
                        "https://www.brisewind.example/island-ferry")
    assert page.outlet == "brisewind"


@pytest.mark.parametrize("outlet,markup,url,expected", [
    ("Ndr", "<title>X | NDR.de</title>", "https://www.ndr.example/a", "NDR"),
    ("Futurezoneat", "<title>X | futurezone.at</title>", "https://futurezone.at/a", "futurezone"),
    ("Ebrosia", '<meta name="application-name" content="ebrosia">', "https://www.ebrosia.example/a", "ebrosia"),
    ("Quillby", "<footer>\u00a9 2026 QUILLBY GmbH</footer>", "https://quillby.example/a", "Quillby"),
])
def test_written_spelling(outlet, markup, url, expected):
    # a guard: the copyright holder "QUILLBY GmbH" with its legal form is not the name alone, so nothing changes
    assert written_spelling(outlet, markup, url) == expected


def test_a_name_the_page_writes_so_itself_stays():
    assert written_spelling("Vice", "<title>X | VICE</title><p>Vice News</p>"
                            '<meta property="og:site_name" content="Vice">', "https://www.vice.example/a") == "Vice"


def test_a_name_that_is_not_the_address_stays():
    # one word, but not the address's name: not this rule's
    assert written_spelling("Harbourline", "<title>X | HARBOURLINE</title>", "https://hl.example/a") == "Harbourline"


def test_a_name_with_a_space_or_dot_stays():
    markup = "<title>X | BRISEWIND</title>"
    assert written_spelling("Brise Wind", markup, "https://brisewind.example/a") == "Brise Wind"
    assert written_spelling("brisewind.example", markup, "https://brisewind.example/a") == "brisewind.example"


# --- a site name with a tagline: the part naming the address


@pytest.mark.parametrize("name,url,expected", [
    ("TIDEWATCH - Recherchen für alle", "https://tidewatch.example/a", "TIDEWATCH"),
    ("News zu Fähren und Inseln | TIDEWATCH.de", "https://tidewatch.de/a", "TIDEWATCH.de"),
    ("KB Ingenieure: Statik | Beratende Ingenieure", "http://www.kb-ingenieure.example/", "KB Ingenieure"),
    ("Tidewatch Hosted By Harbour Media", "https://www.tidewatch.blog/a", "Tidewatch"),
])
def test_a_tagline_is_no_part_of_the_site_name(name, url, expected):
    assert domain_part(name, url) == expected


def test_a_tagline_on_a_page():
    page = extract_page(_page("Island ferry stops running", _og("TIDEWATCH - Recherchen für alle")),
                        "https://tidewatch.example/2026/island-ferry")
    assert page.outlet == "TIDEWATCH"


@pytest.mark.parametrize("name,url", [
    ("Harbour - Gazette", "https://harbourgazette.example/a"),  # the whole names the address: it stays whole
    ("Plus-Size Fashion - BLOG", "https://www.curvy.example/a"),  # no part names the address
    ("Tidewatch | TIDEWATCH.de", "https://tidewatch.de/a"),  # two parts do: no choice made
    ("Harbour Gazette", "https://harbourgazette.example/a"),  # no separator
    ("Tidewatch - News", ""),  # no address
])
def test_a_site_name_stays_where_no_one_part_names_the_address(name, url):
    assert domain_part(name, url) == name


# --- og:site_name of a magazine or section against the site's own name


def test_a_section_site_name_gives_way_to_the_application_name_the_title_gives():
    metas = _og("Harbour Review") + '<meta name="application-name" content="kelpie online">'
    page = extract_page(_page("Island ferry stops running | kelpie online", metas),
                        "https://www.kelpie.example/newsticker/island-ferry")
    assert page.outlet == "kelpie online"


@pytest.mark.parametrize("metas,title", [
    # the paper's full name under a short address, no application name: stays
    (_og("Frankwald Allgemeine Zeitung"), "Island ferry stops running | FAZW.NET"),
    # an application name that the title does not give: stays
    (_og("Harbour Review") + '<meta name="application-name" content="kelpie online">', "Island ferry stops running"),
    # the og:site_name in the title: stays
    (_og("Harbour Review") + '<meta name="application-name" content="kelpie online">',
     "Island ferry stops running | Harbour Review | kelpie online"),
])
def test_a_site_name_stays_without_a_name_given_twice(metas, title):
    outlet = named_site_over_other(metas.split('content="')[1].split('"')[0], f"<title>{title}</title>{metas}",
                                   "https://www.kelpie.example/a")
    assert outlet == metas.split('content="')[1].split('"')[0]


def test_a_site_name_naming_the_address_stays():
    metas = _og("Kelpie Magazin") + '<meta name="application-name" content="kelpie online">'
    assert named_site_over_other("Kelpie Magazin", f"<title>X | kelpie online</title>{metas}",
                                 "https://www.kelpie.example/a") == "Kelpie Magazin"


# --- the corpus at run time: the names the brief saw


_PAGES = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "web" / "pages"


@pytest.mark.skipif(not _PAGES.is_dir(), reason="the shared web corpus (../shared/corpus/web) is not here")
@pytest.mark.parametrize("file,url,expected", [
    ("ndr.de.podcastcoronavirus140.html", "", "NDR"),
    ("futurezone.at.lyft.html", "", "futurezone"),
    ("gofeminin.de.abnehmen.html", "", "gofeminin"),
    ("ebrosia.de.zinfandel.html", "", "ebrosia"),
    ("correctiv.org.zusage.html", "", "CORRECTIV"),
    ("mixed.de.vrodo.html", "", "MIXED.de"),
    ("rs-ingenieure.de.tragwerksplanung.html", "", "RS Ingenieure"),
    ("changelog.blog.zwischenbilanz.html", "", "Changelog"),
    ("heise.de.lithium.html", "", "heise online"),
    ("vice.com.amazon.html", "", "Vice"),  # guards: as before
    ("meedia.de.freenet.html", "", "MEEDIA"),
    ("faz.net.streaming.html", "", "Frankfurter Allgemeine Zeitung"),
])
def test_corpus_outlets(file, url, expected):
    markup = (_PAGES / file).read_text(encoding="utf-8", errors="replace")
    assert extract_page(markup, url).outlet == expected


# --- which name is the address's


@pytest.mark.parametrize("url,names", [
    ("https://www.tidewatch.co.uk/a", {"tidewatch"}),
    ("https://news.tidewatch.example/a", {"tidewatch"}),  # a subdomain is no name of the site's
    ("https://tidewatch.blogspot.com/2026/a.html", {"tidewatch"}),  # a user's site on a platform: the user's
    ("https://www.ab.example/a", set()),  # too short to say
    ("not an address", set()),
])
def test_address_names(url, names):
    assert address_names(url)[0] == names


def test_a_subdomain_part_is_no_site_name():
    # "News" is the subdomain's word, not the site's name
    assert domain_part("Tidewatch Times - News", "https://news.tidewatch-times.example/a") == "Tidewatch Times"
    assert domain_part("Harbour Times - News", "https://news.tidewatch.example/a") == "Harbour Times - News"
