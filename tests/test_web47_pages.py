"""Web pages give the article's own text and facts (session 35, web47): what web46 left, each reproduced on pages
written for this test (tests/fixtures/webfresh47, `scripts/evaluate_fresh_pages.py --folder webfresh47`) and on the
shared corpus's page where ../shared is present. The near misses beside each case keep their reading (guards).

1. A standfirst of more than SUBTITLE_MAX_WORDS words in a box its class names a subtitle (WordPress's
   "entry-excerpt") was lost: such a box's text is the article's, up to a paragraph's length (`page_subtitles`).
2. A kicker in an inline element of its own at the head of a headline ("<h1><span class='category'>...") was glued
   to the headline's words, in the text and the title (`page_glue.separate_kickers`, `without_kicker`).
3. A post's time of day floated at the head of its title (uCoz's "3:59 PM Briefe") was glued to the title
   (`page_stamps.drop_title_time`).
4. A footer's copyright holder with a double-barrelled surname was no person's name by its shape, one with a middle
   initial was cut at the initial ("Tomasz J"): both were the outlet (`page_owners._PERSON_RE`, page_meta's holder).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fresh_pages_helpers import corpus_page, fixture_page, fresh_page_misses, story_body

from xlplugin.page_meta import footer_outlet
from xlplugin.page_owners import _person_name
from xlplugin.page_subtitles import NAMED_SUBTITLE_MAX_WORDS, SUBTITLE_MAX_WORDS
from xlplugin.pages import _separated_tree, extract_page

pytest.importorskip("trafilatura")

FIXTURES = Path(__file__).parent / "fixtures" / "webfresh47"

_BODY = story_body("library")


def _fixture(name: str):
    return fixture_page(FIXTURES, name)


_corpus = corpus_page


# --- 1. a standfirst in its own marked box, longer than a line -----------------------------------------------

def _words(n: int) -> str:
    return " ".join(["Ferries"] + ["will run two extra sailings on Saturdays"] * ((n - 1) // 7)) + "."


def _standfirst_page(box: str) -> str:
    return (f"<html lang='en'><head><title>Library opens on Sundays</title></head><body><div class='entry-header'>"
            f"<h1 class='entry-title'>Library opens on Sundays</h1><div class='share'><a href='/s'><img alt='Share'></a></div>"
            f"</div>{box}<div class='entry-content'>{_BODY}</div></body></html>")


def test_a_long_standfirst_in_its_box_is_kept():
    page = _fixture("standfirst_entry_excerpt.html")
    assert page.text.startswith("The canal trust will reopen the eleven locks")
    assert "Boaters who moored elsewhere meanwhile may return." in page.text


@pytest.mark.parametrize("words", [51, 90])
def test_standfirst_lengths_up_to_a_paragraph(words):
    standfirst = _words(words)
    assert SUBTITLE_MAX_WORDS < len(standfirst.split()) <= NAMED_SUBTITLE_MAX_WORDS
    page = extract_page(_standfirst_page(f"<div class='entry-excerpt'><p>{standfirst}</p></div>"))
    assert standfirst in page.text


def test_a_box_holding_more_than_the_standfirst_keeps_the_old_limit():  # guard
    standfirst = _words(51)
    box = f"<div class='entry-excerpt'><p>{standfirst}</p><p>Read more in our weekend edition.</p></div>"
    assert standfirst not in extract_page(_standfirst_page(box)).text


def test_an_unmarked_long_paragraph_is_no_subtitle():  # guard: the body's first paragraph is not moved
    standfirst = _words(51)
    page = extract_page(_standfirst_page(f"<div class='intro-box'><p>{standfirst}</p></div>"))
    assert not page.text.startswith(standfirst)


def test_meedia_standfirst_is_kept():
    assert "Dadurch sollen Privatkunden" in _corpus("meedia.de.freenet.html").text


# --- 2. a kicker at the head of the headline -----------------------------------------------------------------

def test_a_kicker_is_a_line_of_its_own_and_out_of_the_title():
    page = _fixture("kicker_in_headline.html")
    assert page.title == "New rules on cancelling gym contracts"
    assert "\n\nNew rules on cancelling gym contracts\n\n" in page.text
    assert "ContractsNew" not in page.text


@pytest.mark.parametrize("cls", ["kicker", "article-topline", "dachzeile", "category", "eyebrow"])
def test_kicker_classes(cls):
    markup = (f"<html><head><title>x</title></head><body><article><h1><span class='{cls}'>Transport</span>"
              f"Library opens on Sundays</h1>{_BODY}</article></body></html>")
    page = extract_page(markup)
    assert "TransportLibrary" not in page.text and "Transport Library" not in page.text


@pytest.mark.parametrize("heading", [
    "<h1><span class='highlight'>Library</span> opens on Sundays</h1>",  # a styled word, no kicker
    "<h1>Library <span class='category'>opens</span> on Sundays</h1>",  # not at the head
    "<h1><span class='kicker'>Library opens on Sundays</span></h1>",  # all the heading holds
])
def test_no_kicker_leaves_the_heading_whole(heading):  # guards
    tree = _separated_tree(f"<html><body><article>{heading}{_BODY}</article></body></html>")
    assert next(tree.iter("h1")).find("br") is None


def test_bmjv_kicker_is_apart():
    text = _corpus("bmjv.de.konsum.html").text
    assert "Verbraucherschutz Mehr Transparenz" not in text
    assert "\n\nMehr Transparenz bei Preisanpassungen\n\n" in text


# --- 3. a post's time of day at the head of its title ---------------------------------------------------------

def test_a_title_time_is_taken_out():
    text = _fixture("ucoz_title_time.html").text
    assert "7:42 AM" not in text and "Rhubarb at last" in text


def _posts(n: int) -> str:
    return "".join(f"<div class='eTitle'><div style='float:right'>{7 + i}:42 AM</div>Post {i}</div><p>Text of post {i} "
                   "that runs on for a while so that it reads as a paragraph.</p>" for i in range(n))


def test_a_front_page_of_timed_titles_keeps_them():  # guard: many posts, each with its time
    tree = _separated_tree(f"<html><body>{_posts(3)}</body></html>")
    assert sum(1 for el in tree.iter("div") if "AM" in (el.text or "")) == 3


def test_a_time_inside_a_title_stays():  # guard
    tree = _separated_tree("<html><body><h2>Meet at <span>7:42 AM</span> by the gate</h2></body></html>")
    assert "7:42 AM" in next(tree.iter("h2")).text_content()


def test_schleifen_time_is_taken_out():
    text = _corpus("schleifen.ucoz.de.briefe.html").text
    assert "3:59 PM" not in text and "Es war gesagt," in text


# --- 4. a footer's person: double-barrelled, a middle initial --------------------------------------------------

@pytest.mark.parametrize("name", ["Ines Whitcombe-Reyes", "Marie-Claire Duval", "Tomasz J. Nowak"])
def test_person_name_shapes(name):
    assert _person_name(name) == name


@pytest.mark.parametrize("name", ["Whitcombe-Reyes", "Harbour-Gazette Daily", "Ines whitcombe-reyes"])
def test_not_person_names(name):  # guards
    assert _person_name(name) == ""


def test_a_middle_initial_is_part_of_the_holder():
    markup = ("<html><body><p>x</p><footer><p>&copy; 2026 Tomasz J. Nowak. All rights reserved.</p></footer></body></html>")
    assert footer_outlet(markup) == "Tomasz J. Nowak"
    # guard: a company's abbreviated form is no initial
    assert footer_outlet("<html><body><footer><p>&copy; 2026 Harbour Gazette Ltd. All rights reserved.</p></footer></body>"
                         "</html>") == "Harbour Gazette"


@pytest.mark.parametrize("name", ["footer_double_barrelled.html", "footer_middle_initial.html"])
def test_a_persons_footer_is_no_outlet(name):
    assert _fixture(name).outlet == ""


# --- the pages through `xlplugin score` ------------------------------------------------------------------------

def test_fresh_pages_read_as_expected():
    # (web49) the uCoz page's title, date and outlet too, from its template (page_ucoz)
    assert fresh_page_misses(FIXTURES) == []
    assert len(json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))) == 5
