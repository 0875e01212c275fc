"""An author the extractor cut to one word at a preposition is given whole (session 31, web39).

trafilatura cuts a page's author at its first preposition, which keeps a person's name out of a
credit ("Jane Roe for the Courier" -> "Jane Roe") but leaves a label's first word: a letters page
credited to "Letters To The Editor" (found in the web corpus) had "Letters" in its author cell, a
word a reader takes for a name. `pages._uncut_label` gives back the name the page writes, where
the one word left is exactly what trafilatura makes of it.

The pages below were written for this test.
"""

from __future__ import annotations

import json

import pytest

from xlplugin.pages import extract_page

pytest.importorskip("trafilatura")

_BODY = "".join(
    f"<p>Letter {n}: the ferry timetable for the winter is a mistake, and the council should listen to "
    "the crews and the people who use the boats every day.</p>" for n in range(1, 7))


def _page(meta: str = "", ld_author: str = "", byline: str = "") -> str:
    ld = ""
    if ld_author:
        ld = ('<script type="application/ld+json">' + json.dumps(
            {"@type": "NewsArticle", "headline": "Readers on the ferry timetable",
             "author": {"@type": "Person", "name": ld_author}}) + "</script>")
    return (f"<html><head><title>Readers on the ferry timetable</title>{meta}{ld}</head><body><article>"
            f"{byline}<h1>Readers on the ferry timetable</h1>{_BODY}</article></body></html>")


def _byline(name: str) -> str:
    return f'<div class="byline">By <a rel="author" href="/author/page/">{name}</a></div>'



def test_a_label_cut_to_its_first_word_is_given_whole():
    # the byline's credit cut to "Letters"; the page's JSON-LD or meta author writes it whole
    label = "Letters To The Editor"
    assert extract_page(_page(ld_author=label, byline=_byline(label))).author == label
    meta = '<meta name="author" content="Voices From The Harbour">'
    assert extract_page(_page(meta, byline=_byline("Voices From The Harbour"))).author == "Voices From The Harbour"
    # a person's name with a credit after it keeps the person, as trafilatura gives it
    person = "Jane Roe for the Courier"
    assert extract_page(_page(ld_author=person, byline=_byline(person))).author == "Jane Roe"
    # a page that writes the word alone nowhere else keeps it
    assert extract_page(_page(ld_author="Letters Page Team", byline=_byline(label))).author == "Letters"
