"""(names29) A byline line's name with particles or other common shapes is a byline, and the
.txt reader's author line reads the same names: the author field is filled exactly where
provenance credits the byline. Every text here is written for this test."""

from __future__ import annotations

import pytest

from xlplugin import file_titles, score_text
from xlplugin.inputs import read_file

STORY = ("Harbour board puts off the dredging vote\n\n{byline}\n\n"
         "The harbour board put off its vote on dredging the east channel until spring, its chair said on "
         "Tuesday, after the survey of the channel bed came back late.\n\n"
         "\"We need the survey before we spend the money,\" said Nell Varga, the board's chair.\n")
CLINIC = ("Eastfield clinic to open on Saturdays from May\n\n{byline}\n\n"
          "The walk-in clinic on Mercer Street will open on Saturday mornings from May, the health trust said "
          "in a statement on Wednesday.\n\n"
          "The trust said two more nurses had been hired to staff the extra hours.\n")

BYLINES = [
    ("By Jonas de Vries", "Jonas de Vries"),
    ("By Ana van der Berg", "Ana van der Berg"),
    ("By Ida von Holt", "Ida von Holt"),
    ("By Omar bin Said", "Omar bin Said"),
    ("By Ines da Silva", "Ines da Silva"),
    ("By Jonas de Vries, Harbour Reporter", "Jonas de Vries"),
    ("By Ana van der Berg | 3 March 2026", "Ana van der Berg"),
    ("By Mary-Kate \u00d3 S\u00failleabh\u00e1in", "Mary-Kate \u00d3 S\u00failleabh\u00e1in"),
    ("By Ciar\u00e1n \u00d3 Briain", "Ciar\u00e1n \u00d3 Briain"),
    ("By \u00c9milie Laurent", "\u00c9milie Laurent"),
    ("By Pierre-Luc O'Neill", "Pierre-Luc O'Neill"),
    ("By Li Wei and Tom Reed", "Li Wei and Tom Reed"),
    ("By J. R. Marsh", "J. R. Marsh"),
    ("By Dr. Ama Owusu", "Dr. Ama Owusu"),
]
NOT_BYLINES = ["By then, the vote was over", "By Friday", "By the numbers", "By de facto rule",
               "By van to the coast", "By Reuters", "By the end of the week"]


def _byline_found(text: str) -> bool:
    ev = [e for e in score_text(text).signals["provenance"].evidence if e.kind == "byline"]
    return ev[0].detail.startswith("found")


@pytest.mark.parametrize("template", [STORY, CLINIC])
@pytest.mark.parametrize("byline, name", BYLINES)
def test_a_name_with_particles_or_accents_is_a_byline(template, byline, name):
    text = template.format(byline=byline)
    assert _byline_found(text)
    assert file_titles.author_line(text) == (name, byline)


@pytest.mark.parametrize("byline, name", BYLINES[:10])
def test_the_txt_reader_fills_the_author_and_says_so(byline, name, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY.format(byline=byline), encoding="utf-8")
    read = read_file(path)
    assert read.author == name
    assert f"author read from the text's line \u201c{byline}\u201d" in read.note


@pytest.mark.parametrize("template", [STORY, CLINIC])
@pytest.mark.parametrize("line", NOT_BYLINES)
def test_near_misses_are_no_byline_and_fill_no_author(template, line):
    text = template.format(byline=line)
    assert not _byline_found(text)
    assert file_titles.author_line(text) == ("", "")


@pytest.mark.parametrize("line", [b for b, _ in BYLINES] + NOT_BYLINES + ["By Sam Reed", "By the Editorial Board"])
def test_the_author_line_and_the_byline_cue_stay_in_step(line):
    """The author is read from the text's line only where provenance credits that line."""
    text = STORY.format(byline=line)
    assert bool(file_titles.author_line(text)[0]) == _byline_found(text)
