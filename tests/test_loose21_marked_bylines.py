"""(loose21) A credit line between emphasis marks written out is a byline: "*By Ann Lee*",
"**By Ann Lee**", "_By Ann Lee_" in a plain text or a table's cell, and a .md file's escaped marks
("\\*By Ann Lee\\*" shows "*By Ann Lee*"), on a line of its own or after a short note, and the
text is no longer "no author"; marks around a line that is no credit give no byline."""

from __future__ import annotations

import pytest

from xlplugin import score_text
from xlplugin.inputs import Record, read_paths

BODY = ("The harbour board voted on Monday to dredge the east channel before the winter storms. Its chair, "
        "Tomas Reyes, said the work would cost about 2 million dollars, according to a tender notice on the "
        "board's website.")
CREDITS = ["By Ann Lee", "Written by Marek Olsen", "Reporting by Priya Natarajan", "By Ann Lee, harbour reporter"]
MARKS = ["*", "**", "_", "__"]


def _byline(text: str) -> str:
    return next(e.text for e in score_text(text).signals["provenance"].evidence if e.kind == "byline")


def _no_author(text: str) -> str:
    detail = next(e.detail for e in score_text(text).signals["provenance"].evidence if e.kind == "no author")
    return "found" if detail.startswith("found") else "not found"


@pytest.mark.parametrize("mark", MARKS)
@pytest.mark.parametrize("credit", CREDITS)
def test_a_marked_credit_line_is_a_byline(credit, mark):
    for head in (f"{mark}{credit}{mark}", f"Filed from the quay. {mark}{credit}{mark}"):
        text = f"Harbour dredging agreed\n\n{head}\n\n{BODY}"
        assert credit in _byline(text), head
        assert _no_author(text) == _no_author(text.replace(mark, "")) == "not found", head


@pytest.mark.parametrize("mark", ["*", "_"])
@pytest.mark.parametrize("credit", CREDITS)
def test_a_md_files_escaped_marks_around_a_credit(tmp_path, credit, mark):
    path = tmp_path / "story.md"
    path.write_text(f"# Harbour dredging agreed\n\n\\{mark}{credit}\\{mark}\n\n{BODY}\n", encoding="utf-8")
    record = next(item for item in read_paths([path]) if isinstance(item, Record))
    assert f"{mark}{credit}{mark}" in record.text  # shown as written: the marks are text
    assert credit in _byline(record.text)


@pytest.mark.parametrize("mark", MARKS)
def test_marks_around_no_credit_give_no_byline(mark):
    for line in (f"{mark}By the end of the week the channel will be open{mark}", f"{mark}Harbour news{mark}"):
        assert _byline(f"Harbour dredging agreed\n\n{line}\n\n{BODY}") == "", line
