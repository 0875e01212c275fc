"""(inputs48) The Excel functions read a title, url, outlet, author or published cell holding TRUE/FALSE,
an error value (#N/A) or, in `published`, a number that is no date, as `xlplugin score` reads the same
cell of a workbook row: it names none, is not counted, the text is scored and XLP_SCORES' Status says
so. They refused the row ("title: not text: a TRUE/FALSE value") where the CLI scored it: one row, two
answers. The text here is written for this project.
"""

from __future__ import annotations

import datetime as dt

import pytest

from xlplugin import score_many
from xlplugin.excel import functions as f
from xlplugin.inputs import Record, read_paths

openpyxl = pytest.importorskip("openpyxl")

TEXT = (
    "The county library board agreed on Wednesday to keep the branch on Mill Street open on Saturdays. "
    "Members said that visits had risen by a fifth since the reading room was rebuilt last spring. "
    "The board will pay for the longer hours from its reserve until the next budget is set in March. "
    "Volunteers from the reading group offered to run the children's hour on the first Saturday of each month. "
    "A notice about the new hours will be put up at the branch and in the parish newsletter next week."
)
ARGUMENTS = ("title", "url", "outlet", "author", "published")
# What a metadata cell holds that names nothing, as xlwings hands it to a function: a logical cell, an
# error value of Excel (and of German Excel, and LibreOffice), a number that is no date serial.
NOT_VALUES = [True, False, "#N/A", "#NV", "Err:502"]


@pytest.mark.parametrize("argument", ARGUMENTS)
@pytest.mark.parametrize("value", NOT_VALUES)
def test_the_text_is_scored_as_without_the_cell(argument, value):
    alone = f.reliability(TEXT, workers=1)
    assert isinstance(alone, float)
    assert f.reliability(TEXT, workers=1, **{argument: value}) == alone
    assert f.reliability([[TEXT], [TEXT]], workers=1, **{argument: [[value], [value]]}) == [[alone], [alone]]


@pytest.mark.parametrize("argument", ARGUMENTS)
@pytest.mark.parametrize("value", NOT_VALUES)
def test_the_status_says_the_cell_was_not_counted(argument, value):
    position = {"title": 2, "url": 3, "outlet": 4, "author": 5, "published": 6}[argument]
    row = [TEXT, False, None, None, None, None, None]
    row[position] = value
    got = f.scores(*row, workers=1)[0]
    assert isinstance(got[0], float)
    assert f"{argument}: " in got[-1] and "(not counted)" in got[-1], got[-1]


@pytest.mark.parametrize("value", [3.5, 123456789.0, 0.25])
def test_a_published_number_that_is_no_date_counts_as_none(value):
    assert f.reliability(TEXT, None, None, None, None, value, workers=1) == f.reliability(TEXT, workers=1)
    status = f.scores(TEXT, False, None, None, None, None, value, workers=1)[0][-1]
    assert "published: " in status and "is not a date" in status and "(not counted)" in status


def test_the_functions_give_the_workbook_rows_numbers(tmp_path):
    # the same cells in a workbook row, read and scored as `xlplugin score book.xlsx` reads them
    book = tmp_path / "cells.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Documents"
    ws.append(["id", "text", "title", "url", "outlet", "author", "published"])
    ws.append(["a", TEXT, True, "#N/A", "Mill Street Courier", False, 3.5])
    ws.append(["b", TEXT, "#N/A", True, "#N/A", "Ada Quill", True])
    wb.save(book)
    records = [item for item in read_paths([str(book)]) if isinstance(item, Record)]
    assert len(records) == 2
    cli = [result.reliability for result in score_many([r.as_input() for r in records], workers=1)]
    got = f.reliability([[TEXT], [TEXT]], [[True], ["#N/A"]], [["#N/A"], [True]], [["Mill Street Courier"], ["#N/A"]],
                        [[False], ["Ada Quill"]], [[3.5], [True]], workers=1)
    assert got == [[cli[0]], [cli[1]]]
    assert cli[0] != cli[1]  # (the outlet and the author counted where given: the rows differ)


def test_a_real_value_beside_still_counts():
    # guard: a named outlet still moves provenance; a date cell still reads as a date
    assert f.provenance(TEXT, outlet="Mill Street Courier", workers=1) > f.provenance(TEXT, workers=1)
    assert f.provenance(TEXT, None, None, None, "Ada Quill", dt.datetime(2025, 3, 4), workers=1) > \
        f.provenance(TEXT, None, None, None, "Ada Quill", None, workers=1)


@pytest.mark.parametrize("argument", ["url", "outlet", "author"])
def test_a_date_where_no_date_is_meant_is_still_said_as_the_row(argument):
    # guard: the refusal the brief does not change (a date cell in a naming argument)
    assert f.reliability(TEXT, workers=1, **{argument: dt.datetime(2024, 5, 1)}) == f"{argument}: not text: a date"
