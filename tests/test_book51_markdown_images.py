"""(book51) Markdown's marks are no words of the text: an empty image mark ("![]()": no alt text, no
target, as a page-to-Markdown converter leaves an image whose address it dropped) shows nothing,
in a .txt file too, whose other marks stay as written where nothing else shows it to be Markdown
(loud50: "![]() |" alone does not make a file Markdown). In a .md file, an image or a link with no
target ("![the map]()", "[the report]()") shows its alt text or its text. Seed 004's Read text
ended in "![]() |" and "![]() 2023-2025, ..." lines: the marks were read and shown as words.

Texts written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from xlplugin.inputs import MARKDOWN_TXT_NOTE, read_file
from xlplugin.markdown_marks import shown_markdown, without_empty_images

_SAVED = """Harbour board approves new ferry timetable

The harbour board approved the new timetable on Tuesday, its chair said. Sailings start at 6am from April.

Related stories: |
![]() |
Contact the newsroom |
![]() 2024 Westvale Harbour News, all rights reserved |
"""


def _read(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_file(path)


@pytest.mark.parametrize("name", ["saved.txt", "saved.md"])
def test_an_empty_image_mark_shows_nothing(tmp_path, name):
    doc = _read(tmp_path, name, _SAVED)
    assert "![" not in doc.text and "]()" not in doc.text
    # (book52: the layout table's closing bars are gone too: tests/test_book52_layout_bars.py)
    assert "\n2024 Westvale Harbour News, all rights reserved\n" in doc.text
    assert "its chair said." in doc.text


def test_a_txt_file_with_only_empty_images_is_not_read_as_markdown(tmp_path):
    # guard (loud50): its other marks stay; its note does not say "read as Markdown"
    doc = _read(tmp_path, "saved.txt", _SAVED.replace("its chair said", "its chair *said*"))
    assert "*said*" in doc.text and "![]()" not in doc.text
    assert MARKDOWN_TXT_NOTE not in doc.note


@pytest.mark.parametrize(("marked", "shown"), [
    ("Read ![the map]() here.", "Read the map here."),
    ("Read [the report]() here.", "Read the report here."),
    # guard: a target still shows after a link's text, an image its alt text alone (marks20)
    ("Read [the report](https://example.org/r.pdf) here.", "Read the report (https://example.org/r.pdf) here."),
    ("Read ![the map](https://example.org/m.png) here.", "Read the map here."),
])
def test_a_md_files_mark_with_no_target_shows_its_text(marked, shown):
    assert shown_markdown(marked) == shown


@pytest.mark.parametrize("text", [
    "The mayor said [sic] (twice) that the pier was safe.",   # brackets of prose
    "An empty pair [] () is no image; nor is ! [] ().",
    "Option ![x]() names its image: not empty.",              # alt text: a .txt keeps it as written
    "Type `![]()` to add an image.",                          # inside a code span
])
def test_near_misses_stay_as_written(text):
    assert without_empty_images(text) == text


def test_a_stray_redaction_mark_stays_beside_it(tmp_path):
    # guard (loud50): a stray "**" is a garbling or redaction mark, kept; the empty image goes
    text = "The harbour board's ** said the timetable would change.\n\n![]() 2024 Westvale Harbour News\n"
    doc = _read(tmp_path, "garbled.txt", text)
    assert "board's ** said" in doc.text and "![]()" not in doc.text
