"""(web40) A personal site that names its writer only as the site: the person the page says
publishes it (a JSON-LD publisher of type Person, or a site named as a person's whose copyright
notice, rel="author" link or "About me" box names the same person) is the author where the page
names no other (xlplugin.page_owners). A site named for no person, a possessive confirmed nowhere
else, an Organization publisher and a page with its own byline get no such author. Fixtures
written for this test."""

from __future__ import annotations

import json

import pytest

from xlplugin.pages import extract_page

BODY = "".join(
    f"<p>{s}</p>\n" for s in (
        "Last winter I finally rebuilt the greenhouse behind the allotment, and it took far longer than planned.",
        "The old frame had rotted at every joint, so the first weekend went on pulling out screws and glass.",
        "I ordered cedar from a yard two towns over, because the pine I used the first time lasted six years.",
        "The panes came second hand from a neighbour who was clearing out a conservatory she no longer wanted.",
        "By March the tomatoes were in, the bench was level and the door finally closed without a shove.",
        "Next year I want to add a water butt on the north side and a shelf for the seed trays in spring.",
    ))


def _page(site: str = "", title_site: str = "", foot: str = "", head: str = "", side: str = "", byline: str = "") -> str:
    og = f'<meta property="og:site_name" content="{site}">' if site else ""
    title = f"Rebuilding the greenhouse | {title_site}" if title_site else "Rebuilding the greenhouse"
    return (f"<html><head><title>{title}</title>{og}{head}</head><body>"
            f"<div id='menu'><a href='/'>Home</a> <a href='/blog/'>Blog</a></div>"
            f"<article><h1>Rebuilding the greenhouse</h1>{byline}<p>March 3, 2021</p>{BODY}</article>"
            f"<aside>{side}</aside><footer><p>{foot}</p></footer></body></html>")


def _ld(publisher: dict) -> str:
    data = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": "Rebuilding the greenhouse",
            "publisher": publisher}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


@pytest.mark.parametrize("markup, url, name", [
    # a site named as a person's, its copyright notice naming the same person
    (_page(site="Mara Quill's Notebook", foot="Copyright (c) 2014- Mara Quill. All rights reserved."),
     "https://maraquill.example/blog/greenhouse", "Mara Quill"),
    # a site named for the person, an "About me" box naming the same person
    (_page(title_site="Tomas Ebert", side="<h4>About me</h4><p>Tomas Ebert, allotment holder since 1998, writes here.</p>"),
     "https://tomasebert.example/greenhouse", "Tomas Ebert"),
    # an "About me" box naming the person
    (_page(site="Mara Quill\u2019s Notebook", side="<h3>About me</h3><p>I am Mara Quill, a retired teacher who grows too many tomatoes.</p>"),
     "https://maraquill.example/blog/greenhouse", "Mara Quill"),
    # the JSON-LD publisher is a Person
    (_page(site="Allotment Notes", head=_ld({"@type": "Person", "name": "Ines Varga"})),
     "https://allotmentnotes.example/greenhouse", "Ines Varga"),
])
def test_a_personal_site_names_its_writer(markup, url, name):
    assert extract_page(markup, url).author == name


@pytest.mark.parametrize("markup, url", [
    # a site named for no person
    (_page(site="Harbour Gazette", foot="\u00a9 2021 Harbour Gazette"), "https://harbourgazette.example/greenhouse"),
    # a person's possessive the page confirms nowhere else
    (_page(site="Mara Quill's Notebook"), "https://maraquill.example/blog/greenhouse"),
    # a site named as a person, its copyright notice alone (a firm named for its founder names itself so)
    (_page(title_site="Tomas Ebert", foot="\u00a9 2021 Tomas Ebert"), "https://tomasebert.example/greenhouse"),
    # an Organization publisher
    (_page(site="Allotment Notes", head=_ld({"@type": "Organization", "name": "Ines Varga"})),
     "https://allotmentnotes.example/greenhouse"),
    # a site's name of common words the page writes in lower case too
    (_page(site="Gardens Grow Slowly", foot="\u00a9 2021 Gardens Grow Slowly")
     .replace("</article>", "<p>Gardens grow slowly, and so do greenhouses.</p></article>"),
     "https://gardensgrowslowly.example/greenhouse"),
])
def test_no_person_said_no_author(markup, url):
    assert extract_page(markup, url).author == ""


def test_a_byline_is_kept_over_the_site_owner():
    markup = _page(site="Mara Quill's Notebook", foot="\u00a9 2021 Mara Quill",
                   head='<meta name="author" content="Ann Lee">')
    assert extract_page(markup, "https://maraquill.example/blog/greenhouse").author == "Ann Lee"


def test_the_rule_is_said():
    from xlplugin.page_owners import site_owner

    markup = _page(site="Allotment Notes", head=_ld({"@type": "Person", "name": "Ines Varga"}))
    assert site_owner(markup, "Allotment Notes") == ("Ines Varga", "Person publisher")
