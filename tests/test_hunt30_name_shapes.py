"""(hunt30) A signed column's byline and foot line read a writer's name in the shape names29 gave
the text byline and provenance's byline cue (names.person_name_pattern): particles inside it
("Jonas van der Berg", "María de la Cruz"), an accented capital ("Seán Ó Briain"), initials
("J. R. Whitlock"), a hyphenated surname. A column by such a writer was a news report where the
same column by "Dana Whitcombe" was opinion, in a text (page_genres.BYLINE_RE) and on a web page
(page_bylines._FOOT_RE: the foot line was dropped). Every text here is written fresh."""

import pytest

import xlplugin
from xlplugin import kinds, page_genres
from xlplugin.page_bylines import column_feet
from xlplugin.pages import _separated_tree, extract_page
from xlplugin.text import prepare

NAMES = ["Jonas van der Berg", "María de la Cruz", "Seán Ó Briain", "J. R. Whitlock", "Anna Müller-Lüdenscheidt",
         "Ibrahim bin Yusuf", "Dana Whitcombe"]
NOT_NAMES = ["the way", "Staff", "our reporter", "Tuesday"]

VIEW = ("I think the new ferry timetable is a mistake. The board says crossings every 40 minutes will suit "
        "everyone, but I am not persuaded: the early boat that nurses and shift workers rely on is gone. "
        "Islanders were asked for their views in March, and most asked for the early crossing to stay. "
        "The board should listen to them before the timetable starts in June.")
REPORT = ("The harbour board approved a new ferry timetable on Wednesday. Crossings will run every 40 minutes "
          "from June, its chair, Lena Moss, said. The early crossing will end, according to the board's notice, "
          "and islanders asked for it to stay at a meeting in March, the board's minutes show.")


def _column(name: str, body: str = VIEW, foot: str = " writes a monthly column on island life.") -> str:
    return f"The ferry timetable fails the island\n\nBy {name}\n\n{body}\n\n{name}{foot}"


@pytest.mark.parametrize("name", NAMES)
def test_the_byline_reads_a_name_of_each_shape(name):
    m = page_genres.BYLINE_RE.search(f"Headline\n\nBy {name}\n\nText")
    assert m is not None and m["name"] == name


@pytest.mark.parametrize("credit", NOT_NAMES)
def test_a_byline_naming_no_person_is_none(credit):
    assert page_genres.BYLINE_RE.search(f"Headline\n\nBy {credit}\n\nText") is None


@pytest.mark.parametrize("name", NAMES)
def test_a_signed_column_is_opinion_whatever_the_names_shape(name):
    kind = kinds.classify(prepare(_column(name)))
    assert kind.kind == kinds.OPINION, kind.cues
    assert any("signed column" in cue for cue in kind.cues), kind.cues


@pytest.mark.parametrize("name", NAMES)
def test_a_report_by_such_a_writer_stays_a_report(name):
    text = f"Ferry timetable approved\n\nBy {name}\n\n{REPORT}"
    assert xlplugin.score_text(text).kind == kinds.NEWS


def _page(name: str) -> str:
    paragraphs = "".join(f"<p>{s.strip()}.</p>" for s in VIEW.split(". ") if s.strip())
    return (f'<html><head><title>The ferry timetable fails the island</title><meta name="author" content="{name}">'
            f'</head><body><article><h1>The ferry timetable fails the island</h1><p class="byline">By {name}</p>'
            f"{paragraphs}<p>{name} is a retired ferry engineer who lives on the island.</p></article></body></html>")


@pytest.mark.parametrize("name", NAMES)
def test_a_web_columns_foot_line_is_found_for_each_shape(name):
    feet = column_feet(_separated_tree(_page(name)))
    assert [foot for foot, _ in feet] == [f"{name} is a retired ferry engineer who lives on the island."]


@pytest.mark.parametrize("name", [n for n in NAMES if "." not in n])  # (the extractor writes "J R Whitlock")
def test_a_web_column_keeps_its_foot_line_whatever_the_names_shape(name):
    page = extract_page(_page(name))
    assert page.text.rstrip().endswith(f"{name} is a retired ferry engineer who lives on the island.")


def test_a_foot_line_of_a_sentence_is_no_writers_line():
    html = _page("Dana Whitcombe").replace("Dana Whitcombe is a retired", "The council is a retired")
    assert column_feet(_separated_tree(html)) == []
