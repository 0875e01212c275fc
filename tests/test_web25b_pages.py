"""(web25b) What a web page says of its writer, its date and its JSON-LD, in shapes a tester's fresh
pages found (fresh24): a byline giving a name in capitals and then the agency ("By DANIEL ORTEGA
Associated Press"); a press release's media contact and a team page's staff list read as the
writer's signature; a labelled date line ("Published: 9 May 2026") the Date column missed; a note
about "0 articles" on a page whose JSON-LD describes a WebPage or a Product. Every page and
sentence here is written for this test (.example sites)."""

from __future__ import annotations

import json

import pytest

from xlplugin.page_jsonld import article_fields
from xlplugin.page_meta import agency_byline, text_date
from xlplugin.pages import extract_page
from xlplugin.scorers import provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare

STORY = ("<p>WICHITA, Kan. (AP) \u2014 Hail the size of golf balls fell across southern Kansas on Sunday, "
         "cracking windshields and stripping leaves from orchards, the National Weather Service said.</p>"
         "<p>Emergency managers in Sedgwick County said three barns had lost their roofs and a grain "
         "silo had toppled onto a county road near Mulvane.</p>"
         "<p>\u201cWe heard it on the tin before we saw it,\u201d said Lorna Petty, 58, who farms near "
         "Conway Springs. \u201cTen minutes and the peach crop was gone.\u201d</p>"
         "<p>Forecasters said more storms were likely on Tuesday across Oklahoma and Missouri.</p>")


def _wire_page(byline: str) -> str:
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Hail shreds orchards in southern Kansas"
            " | Fenwick Valley Courier</title><meta property='og:site_name' content='Fenwick Valley Courier'>"
            "<link rel='canonical' href='https://www.fenwickcourier.example/news/hail-orchards-kansas'></head>"
            "<body><article><h1>Hail shreds orchards in southern Kansas</h1>"
            f"<ul class='meta'><li><span class='tnt-byline'>{byline}</span></li>"
            "<li><time datetime='2026-06-07T08:00:00-05:00'>June 7, 2026</time></li></ul>"
            f"{STORY}</article></body></html>")


def _provenance(text: str, **meta):
    return provenance.score(prepare(text, **meta), Settings())


def _page_provenance(markup: str):
    page = extract_page(markup)
    return page, _provenance(page.text, title=page.title, url=page.url, outlet=page.outlet, author=page.author,
                             date=page.date)


def _byline(result):
    return [e for e in result.evidence if e.kind == "byline" and e.present]


# --- 1. a name in capitals and an agency in one byline: the person, credited ---------------------

@pytest.mark.parametrize(("credit", "expected"), [
    ("DANIEL ORTEGA Associated Press", "Daniel Ortega; Associated Press"),
    ("By MARTA QUINN The Associated Press", "Marta Quinn; The Associated Press"),
    ("Tomasz Wren, AFP", "Tomasz Wren; AFP"),
    ("GRETA VAN DAM / Reuters", "Greta Van Dam; Reuters"),
    ("Hollis Marr of the Associated Press", "Hollis Marr; the Associated Press"),
    ("Imogen O'Dell Reuters", "Imogen O'Dell; Reuters"),
])
def test_a_name_then_an_agency_is_the_person_and_the_agency(credit, expected):
    assert agency_byline(credit) == expected


@pytest.mark.parametrize("credit", [
    "Associated Press", "The Associated Press", "Reuters Staff",  # an agency alone
    "Daniel Ortega", "DANIEL ORTEGA",  # a name alone
    "Jane Roe Ap",  # an acronym is an agency's only in capitals
    "Petra Holm, Staff Writer", "Ruth Okafor Sunday Courier",  # no agency after the name
    "City Desk Reuters",  # no person before the agency
    "Ann Lee; AP",  # already parted
])
def test_a_credit_with_no_name_and_agency_is_unchanged(credit):
    assert agency_byline(credit) == credit


@pytest.mark.parametrize("byline", ["By DANIEL ORTEGA Associated Press", "By SELMA KROOK Associated Press",
                                    "By Rafael Dunne, Reuters"])
def test_a_reprints_byline_of_a_name_and_an_agency_earns_the_byline_credit(byline):
    page, result = _page_provenance(_wire_page(byline))
    name = " ".join(w.title() for w in byline.removeprefix("By ").replace(",", "").split()[:2])
    assert page.author.split("; ")[0] == name
    assert _byline(result), result.evidence
    plain_page, plain = _page_provenance(_wire_page(f"By {name}"))
    assert result.value == plain.value  # as a plain byline of the person does


def test_an_agency_alone_in_the_byline_is_still_no_person():
    page, result = _page_provenance(_wire_page("By The Associated Press"))
    assert not _byline(result)


# --- 2. a press release's media contact and a staff list are no signature -------------------------

RELEASE = ("Harrowgate Water opens a solar farm at its Eastmere works\n\n"
           "EASTMERE, 14 May 2026 \u2013 Harrowgate Water today announced that its 12 MW solar farm at the "
           "Eastmere treatment works is now supplying power to the site.\n\n"
           "The panels cover eleven hectares of former settling beds and will meet about a third of the "
           "works' electricity needs, the company said.\n\n"
           "\"This is the first of five sites we plan to run on our own power,\" said Colm Barrett, "
           "Director of Operations at Harrowgate Water.\n\n")


@pytest.mark.parametrize("block", [
    "###\n\nHarrowgate Water supplies drinking water to 900,000 homes.\n\n{contact}\n\npress@harrowgate.example\n",
    "Media contact:\n\n{contact}\n\n+44 1632 000 000\n",
    "About Harrowgate Water\n\nHarrowgate Water is a regional water company founded in 1989.\n\n{contact}\n",
])
@pytest.mark.parametrize("contact", ["Hannah Ross, Head of Communications", "Devi Mallon, Press Officer",
                                     "Owen Frith, Communications Manager"])
def test_a_press_releases_contact_in_its_closing_block_is_no_byline(block, contact):
    assert not _byline(_provenance(RELEASE + block.format(contact=contact)))


NOTICE = ("Notice of road closure\n\nThe B4410 will be closed between Ashby Cross and Millbrook from 3 March "
          "to 14 March while the culvert is rebuilt. A signed diversion will be in place. Objections may be sent "
          "to the county council by 20 February.\n\nDated 2 February 2026\n")


@pytest.mark.parametrize("sign_off", ["Jane Doe, Director of Public Health", "Marcus Webb, Head of Planning Services"])
def test_a_notice_signed_with_its_writers_office_is_still_a_byline(sign_off):
    found = _byline(_provenance(NOTICE + sign_off + "\n"))
    assert found and found[0].text == sign_off


TEAM = ("About us\n\nWe are a small trust that looks after three hay meadows on the edge of Ashby Cross. "
        "We were set up in 2004 by villagers who wanted to stop the fields being built on.\n\n"
        "Our people\n\n")


@pytest.mark.parametrize("grid", [
    "Ellie Brandt\n\nDirector\n\nRaj Menon\n\nReserves Manager\n\nJo Fairley\n\nVolunteer Coordinator\n",
    "Nina Castell\n\nChair\n\nTomas Reyes\n\nTreasurer\n",
    "Nina Castell, Chair\n\nTomas Reyes, Treasurer\n\nAnnie Lowe, Secretary\n",
])
def test_a_staff_lists_names_and_offices_are_no_byline(grid):
    assert not _byline(_provenance(TEAM + grid + "\nGovernance\n\nWe are a registered charity.\n"))


@pytest.mark.parametrize("signature", ["Hank Dawson\n\nPresident, The Liberty Ledger\n",
                                       "Moira Keane\n\nChair of Governors\n"])
def test_one_signature_with_an_office_under_it_is_still_a_byline(signature):
    letter = ("An open letter to our members\n\nThis year we kept every branch open and cut no staff. "
              "We ask you to renew your membership before the end of March so that we can plan the next "
              "year with confidence. Thank you for standing with us.\n\n")
    found = _byline(_provenance(letter + signature))
    assert found and found[0].text == signature.split("\n")[0]


# --- 3. a labelled date line on a page is its date -------------------------------------------------

@pytest.mark.parametrize(("line", "iso"), [
    ("Published: 9 May 2026", "2026-05-09"),
    ("Published 9 May 2026", "2026-05-09"),
    ("Posted on May 9, 2026", "2026-05-09"),
    ("First published: 21 October 2025", "2025-10-21"),
    ("Date: 3 March 2026", "2026-03-03"),
    ("posted on Nov 2, 2024", "2024-11-02"),
])
def test_a_publication_label_and_a_date_give_the_pages_date(line, iso):
    assert text_date(f"Bins to be emptied every fortnight\n\n{line}\n\nThe council agreed the change.") == iso


@pytest.mark.parametrize("line", [
    "Updated 9 May 2026", "Last updated: 9 May 2026", "Joined: May 9, 2026", "Closing date: 9 May 2026",
    "Published by the council on 9 May 2026", "Published: soon",
])
def test_other_labels_before_a_date_give_no_date(line):
    assert text_date(f"Bins to be emptied every fortnight\n\n{line}\n\nThe council agreed the change.") == ""


@pytest.mark.parametrize("line", ["Published: 12 April 2026", "Published 12 April 2026", "Posted on April 12, 2026"])
def test_a_council_pages_published_line_fills_the_date(line):
    markup = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Library hours to change from June"
              " - Ashby District Council</title></head><body><main><h1>Library hours to change from June</h1>"
              f"<p class='body-small'>{line}</p>"
              "<p>Ashby's three libraries will open later on weekdays and close earlier on Saturdays from "
              "2 June, after the council's cabinet agreed the new hours on Tuesday.</p>"
              "<p>The change is expected to save about \u00a340,000 a year. Opening hours at each branch "
              "will be posted on the council's website and in every library next month.</p>"
              "<p>Councillor Priya Lund, cabinet member for communities, said the busiest hours had been "
              "kept and that Sunday opening at the central library would continue.</p></main></body></html>")
    assert extract_page(markup).date == "2026-04-12"


# --- 4. JSON-LD that describes no article gets no note --------------------------------------------

def _ld_page(*objects) -> str:
    blocks = "".join(f"<script type='application/ld+json'>{json.dumps(o)}</script>" for o in objects)
    return f"<html><head><title>Trail boots</title>{blocks}</head><body><h1>Trail boots</h1></body></html>"


@pytest.mark.parametrize("objects", [
    ({"@context": "https://schema.org", "@type": "WebPage", "name": "About us", "url": "https://trust.example/about"},),
    ({"@context": "https://schema.org", "@type": "Product", "name": "Fellrunner 3 boot",
      "offers": {"@type": "Offer", "price": "95.00"}},),
    ({"@type": "Organization", "name": "Ridgeway Outdoor"}, {"@type": "BreadcrumbList", "itemListElement": []}),
])
def test_json_ld_with_no_article_gives_no_field_and_no_note(objects):
    assert article_fields(_ld_page(*objects)) == {}


def test_json_ld_with_two_strangers_articles_still_says_so():
    one = {"@type": "NewsArticle", "headline": "Otters back on the canal", "url": "https://riverpost.example/otters"}
    two = {"@type": "BlogPosting", "headline": "Ten walks for a wet weekend", "url": "https://walks.example/ten"}
    assert "describes 2 articles with different addresses" in article_fields(_ld_page(one, two))["note"]


# --- 1b. an agency's copyright notice at the foot is no claim ---------------------------------------

from xlplugin.scorers import unsourced_claims  # noqa: E402

WIRE_TEXT = ("Hail shreds orchards in southern Kansas\n\n"
             "WICHITA, Kan. (AP) \u2014 Hail fell across southern Kansas on Sunday, cracking windshields, the "
             "National Weather Service said.\n\nThree barns lost their roofs near Mulvane, emergency managers said.\n\n")


def _unsourced_texts(text: str) -> list[str]:
    result = unsourced_claims.score(prepare(text), Settings())
    return [e.text for e in result.evidence if e.kind == "unsourced"]


@pytest.mark.parametrize("notice", [
    "Copyright 2026 The Associated Press. All rights reserved. This material may not be published or redistributed.",
    "\u00a9 2025 Harbour Media Ltd. All rights reserved.",
    "Copyright \u00a9 Fenwick Valley Courier 2026",
    "Copyright 2019-2026 Thomson Reuters.",
])
def test_a_copyright_notice_is_no_claim(notice):
    assert not [t for t in _unsourced_texts(WIRE_TEXT + notice + "\n") if "opyright" in t or "\u00a9" in t]


@pytest.mark.parametrize("sentence", [
    "Copyright claims against the county rose to 40 in 2025.",
    "Copyright Licensing Agency figures show sales of licences rose 12% in 2024.",
    "Copyright law changed in 2019, the court said.",
    "Copyright 2019 rules were tightened after 300 complaints.",
])
def test_a_sentence_about_copyright_is_no_notice(sentence):
    from xlplugin.claim_lines import page_furniture

    assert page_furniture(sentence, sentence) == ""
