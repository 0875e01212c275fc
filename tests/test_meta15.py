"""Metadata and provenance evidence (meta15): a byline element's person where the page gives
no author or only its own name; a site's name cut from the page's title; a source's evidence
shown as a whole phrase, not a clipped "Judge rejects". Every page and sentence here is written
for this project; each test failed before the fix it guards.
"""

from __future__ import annotations

import pytest

from xlplugin.engine import score_text
from xlplugin.page_meta import byline_author, without_site_parts
from xlplugin.pages import extract_page

PARA = ("<p>The harbour board voted on Tuesday to rebuild the old grain pier, after a survey found that "
        "{n} of its timber piles had rotted below the waterline and could no longer carry a loaded crane.</p>")
BODY = "".join(PARA.format(n=n) for n in range(12, 17))


def _page(head: str = "", article: str = BODY, after: str = "", title: str = "Harbour board rebuilds grain pier",
          url: str = "https://www.harbourtimes.example/pier") -> str:
    return (f"<html><head><title>{title}</title><link rel='canonical' href='{url}'>{head}</head><body>"
            f"<div id='container'><div id='story'><h1>{title}</h1>{article}</div>{after}</div></body></html>")


# byline elements of several shapes, each naming a person the page's metadata does not
BYLINES = [
    ("<div class='story-autoren'>Von Lena Marquardt</div>", "Lena Marquardt"),
    ("<div id='artikelautor'>Autor: <a href='/a/7'>Tobias Renner</a> <a href='/g'>Google+</a> <a href='/m'>mehr</a></div>",
     "Tobias Renner"),
    ("<ul class='facts'><li><strong>Date</strong> 04.03.2016</li><li><strong>Author</strong> Ida Sorensen</li></ul>",
     "Ida Sorensen"),
    ("<p class='byline'>By Marcus Okoye, Lisbon</p>", "Marcus Okoye"),
    ("<span class='author-name'>Author: Priya Nair (eg)</span>", "Priya Nair"),
]


@pytest.mark.parametrize("element, name", BYLINES)
def test_a_byline_elements_person_is_read(element, name):
    assert byline_author(_page(after=element)) == name


@pytest.mark.parametrize("element", [
    # another text's author: a reader's comment, another story's teaser, a gallery
    "<div class='comments'><div class='comment'><span class='author'>Jonas Feld</span> wrote</div></div>",
    "<div class='teaserContentWrap'><h4>Other story</h4><p class='author'>Author: Mia Brandt</p></div>",
    "<div class='photo-gallery'><p class='author'>Author: Kofi Mensah</p></div>",
    # no person: a desk, one word, a long bio
    "<div class='byline'>By Harbour News Desk</div>",
    "<div class='author'>Admin</div>",
    "<div class='author-box'>Lena Marquardt writes about harbours, ships and the people who work on them for us.</div>",
])
def test_no_person_is_read_from_other_boxes_or_no_name(element):
    assert byline_author(_page(after=element)) == ""


def test_the_site_named_as_author_gives_way_to_the_byline_element():
    pytest.importorskip("trafilatura")
    head = ("<meta name='author' content='Harbour Times (www.harbourtimes.example)'>"
            "<meta property='og:site_name' content='Harbour Times'>")
    element = "<ul class='facts'><li><strong>Author</strong> Ida Sorensen</li></ul>"
    assert extract_page(_page(head=head, after=element)).author == "Ida Sorensen"
    # a person the metadata gives is kept
    head_person = "<meta name='author' content='Karl Vogt'><meta property='og:site_name' content='Harbour Times'>"
    assert extract_page(_page(head=head_person, after=element)).author == "Karl Vogt"


def test_a_page_with_no_author_reads_its_byline_element():
    pytest.importorskip("trafilatura")
    page = extract_page(_page(article=BODY + "<div class='story-autoren'>Von Lena Marquardt</div>"))
    assert page.author == "Lena Marquardt"


SITES = {"harbourtimes", "ht"}


@pytest.mark.parametrize("title, expected", [
    ("Grain pier to be rebuilt | Harbour Times", "Grain pier to be rebuilt"),
    ("Grain pier to be rebuilt - Harbour Times", "Grain pier to be rebuilt"),
    ("Grain pier to be rebuilt | HT | 19.01.2020", "Grain pier to be rebuilt"),
    ("Harbour Times - Grain pier to be rebuilt", "Grain pier to be rebuilt"),
    # not the site's: kept
    ("Grain pier to be rebuilt - the board's third try", "Grain pier to be rebuilt - the board's third try"),
    ("Letters: Pier costs | Ferry times | Harbour Times", "Letters: Pier costs | Ferry times"),
    ("Harbour Times", "Harbour Times"),
])
def test_the_sites_name_is_cut_from_the_title(title, expected):
    assert without_site_parts(title, SITES) == expected


def test_a_pages_title_loses_the_sites_name():
    pytest.importorskip("trafilatura")
    head = "<meta property='og:site_name' content='Harbour Times'>"
    page = extract_page(_page(head=head, title="Grain pier to be rebuilt | Harbour Times"))
    assert page.title == "Grain pier to be rebuilt"


def _evidence(text: str, cue: str):
    score = score_text(text).signals["provenance"]
    found = [e for e in score.evidence if e.kind == cue and e.text]
    assert found, cue
    return found[0]


@pytest.mark.parametrize("sentence", [
    # (a headline's "Judge rejects bid ..." names no source of the body since claims51)
    "Councillor Amy Price said the vote would go ahead as planned.",
    "The vote will go ahead as planned, Amy Price told residents on Monday.",
    "According to Amy Price, the deputy mayor, the vote will go ahead as planned.",
])
def test_a_named_sources_evidence_is_its_whole_sentence(sentence):
    text = (f"{sentence}\n\nThe pier has carried grain ships since 1952 and its piles are rotten. "
            "Repairs start in May and last two years.\n")
    ev = _evidence(text, "named sources with roles")
    assert ev.text == sentence
    assert text[ev.start:ev.end] == ev.text


def test_a_long_sentences_evidence_is_the_clause_around_the_source():
    clause = "Amy Price told residents on Monday"
    sentence = ("The vote on the new pier, put off three times since the storm of 2019 and not to be put off "
                "again without losing the grant that pays for most of the timber, the crane and the divers, "
                f"will go ahead in May, {clause}, and the work will start in June if the weather allows it.")
    ev = _evidence(sentence + "\n", "named sources with roles")
    assert ev.text == clause


BODY_TEXT = ("The harbour board voted on Tuesday to rebuild the old grain pier, after a survey found rot "
             "in its timber piles.\n\nWork starts in May, the board said.\n")


@pytest.mark.parametrize("head, after", [
    ("Harbour board votes to rebuild the grain pier", "\n\n"),
    ("# Harbour board votes to rebuild the grain pier", "\n\n"),
    ("Why the grain pier has to go", "\nBy Lena Marquardt\n\n"),
    ("PIER TO CLOSE FOR TWO YEARS AS REPAIRS START", "\n\n"),
    ("Grain pier saved!", "\n\n"),
])
def test_a_text_files_headline_line_is_its_title(tmp_path, head, after):
    from xlplugin.inputs import read_file

    path = tmp_path / "story.txt"
    path.write_text(head + after + BODY_TEXT, encoding="utf-8")
    read = read_file(path)
    assert read.title == head.lstrip("# ")
    assert read.text == head + after + BODY_TEXT  # the text itself is not changed


@pytest.mark.parametrize("head, after", [
    ("OPINION", "\n\n"),  # a label
    ("FOR IMMEDIATE RELEASE", "\n\n"),  # a notice
    ("By Lena Marquardt", "\n\n"),  # a byline
    ("27 November 2023", "\n\n"),  # a date
    ("Home > News > Harbour", "\n\n"),  # breadcrumbs
    ("Posted by newsdesk | 5 March 2026", "\n\n"),  # a post's meta line
    ("The harbour board met on Tuesday to discuss the pier.", "\n\n"),  # a sentence
    ("Harbour board votes to rebuild the grain pier", "\n"),  # no blank line after it: a paragraph's line
])
def test_other_first_lines_are_no_title(tmp_path, head, after):
    from xlplugin.inputs import read_file

    path = tmp_path / "story.txt"
    path.write_text(head + after + BODY_TEXT, encoding="utf-8")
    assert read_file(path).title == ""


@pytest.mark.parametrize("head", [
    "You won't believe what the harbour board just did",  # a clickbait phrase
    "12 things the harbour board will not tell you about the pier",  # a listicle's shape
    "Harbour board scraps the grain pier!",  # an exclamation mark
])
def test_a_clickbait_title_that_is_the_first_line_points_at_that_line(head):
    # the title given (read from a text file's first line, or a page repeating its headline) is
    # the text's first line: the cue is read there, its shapes too, and its evidence is the line
    text = head + "\n\n" + BODY_TEXT
    score = score_text(text, title=head).signals["provenance"]
    (cue,) = [e for e in score.evidence if e.kind == "clickbait headline"]
    assert (cue.text, cue.start, cue.end) == (head, 0, len(head))
