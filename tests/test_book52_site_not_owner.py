"""(book52) A web page's outlet is the site a reader names, not the company that owns it: an
encyclopedia's page in the web corpus gives its JSON-LD publisher as the foundation that runs the
site ("..., Inc.") and names the site only in its title ("Headline - Sitename"); its outlet was the
foundation's legal name. A publisher whose name ends in a legal form (data/outlet_names.txt
[legal_forms]) on a page that names its site otherwise (og:site_name, application-name, the
title's part beside the headline) gives way to the site's name (page_meta.owner_not_site). A
publisher with no legal form ("Harbour Gazette" beside og:site_name "HG.NET") is a name readers know
and stays; so does a company's name where the page names no site. Pages here are written for
these tests (made-up names); the corpus page is read at run time only.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from xlplugin.pages import extract_page

_BODY = ("<p>The lighthouse on the north pier was built in 1872 and rebuilt after the storm of 1921, when its "
         "lamp room was lost. Its light can be seen for twenty miles on a clear night.</p>"
         "<p>The keepers lived in the cottages beside it until the light was automated in 1985. The cottages "
         "are now a museum that opens every weekend from April to October.</p>") * 2


def _page(publisher: str, title: str, metas: str = "") -> str:
    ld = {"@context": "https://schema.org", "@type": "Article", "name": "North pier lighthouse",
          "headline": "North pier lighthouse", "url": "https://en.harbourpedia.example/wiki/North_pier_lighthouse",
          "publisher": {"@type": "Organization", "name": publisher}}
    return (f"<html><head><title>{title}</title>{metas}"
            f'<script type="application/ld+json">{json.dumps(ld)}</script></head>'
            f"<body><article><h1>North pier lighthouse</h1>{_BODY}</article></body></html>")


@pytest.mark.parametrize("publisher", ["Harbourpedia Foundation, Inc.", "Harbour Knowledge Trust Ltd",
                                       "Nordblick Wissen gGmbH"])
def test_a_company_publisher_gives_way_to_the_site_its_title_names(publisher):
    page = extract_page(_page(publisher, "North pier lighthouse - Harbourpedia"),
                        "https://en.harbourpedia.example/wiki/North_pier_lighthouse")
    assert page.outlet == "Harbourpedia"


@pytest.mark.parametrize("metas", ['<meta property="og:site_name" content="Harbourpedia">',
                                   '<meta name="application-name" content="Harbourpedia">'])
def test_a_company_publisher_gives_way_to_the_site_its_meta_tags_name(metas):
    page = extract_page(_page("Harbourpedia Foundation, Inc.", "North pier lighthouse", metas),
                        "https://en.harbourpedia.example/wiki/North_pier_lighthouse")
    assert page.outlet == "Harbourpedia"


def test_a_publisher_with_no_legal_form_stays_beside_another_site_name():
    metas = '<meta property="og:site_name" content="HG.NET">'
    page = extract_page(_page("Harbour Gazette", "North pier lighthouse | Harbour Gazette", metas),
                        "https://www.hg.example/north-pier")
    assert page.outlet in ("Harbour Gazette", "HG.NET")  # the extractor's choice, as before: not this rule's
    page2 = extract_page(_page("Harbour Gazette", "North pier lighthouse - HG Online"),
                         "https://www.hg.example/north-pier")
    assert page2.outlet == "Harbour Gazette"


def test_a_company_publisher_stays_where_the_page_names_no_site():
    page = extract_page(_page("Harbourpedia Foundation, Inc.", "North pier lighthouse"),
                        "https://en.harbourpedia.example/wiki/North_pier_lighthouse")
    assert page.outlet == "Harbourpedia Foundation, Inc."


def test_a_site_name_that_is_the_company_again_is_no_other_site():
    # the title's part is the company's name with its legal form: the company's, kept as given
    page = extract_page(_page("Harbour Media Group Ltd", "North pier lighthouse | Harbour Media Group Ltd"),
                        "https://www.harbourmedia.example/north-pier")
    assert page.outlet == "Harbour Media Group Ltd"


_CORPUS_PAGE = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "web" / "pages" / "en.wikipedia.org.tsne.html"


@pytest.mark.skipif(not _CORPUS_PAGE.exists(), reason="the shared web corpus (../shared/corpus/web) is not here")
def test_the_corpus_encyclopedia_page_is_its_site():
    page = extract_page(_CORPUS_PAGE.read_text(encoding="utf-8"), "")
    assert page.outlet == "Wikipedia"
