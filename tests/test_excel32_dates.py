"""(excel32) A date-time cell reaches an Excel function as its serial with a time fraction
(46085.427083 is 2026-03-04 10:15): it is that day and time, as `xlplugin score` reads the same
cell of a workbook, not "is not a date" refusing the whole row."""

from __future__ import annotations

import datetime as dt

import pytest

from xlplugin import cells
from xlplugin.excel import functions as f

TEXT = ("The county water board agreed on Monday to replace 4 kilometres of lead pipes under the old town "
        "by next autumn, its chair, Hana Okafor, said after the vote.\n\n"
        "\"Every household on the list will get a letter before the digging starts,\" Okafor said. "
        "The work will cost 2.1 million, according to the board's published budget, and roads will "
        "close one street at a time.\n\n"
        "Residents asked for weekend work to be kept to a minimum, which the contractor said it would try to do.")

EXCEL_DAY_ZERO = dt.datetime(1899, 12, 30)


def _serial(moment: dt.datetime) -> float:
    """A date-time cell's value as desktop Excel and xlwings Lite hand it to a function."""
    return (moment - EXCEL_DAY_ZERO) / dt.timedelta(days=1)


@pytest.mark.parametrize("moment", [
    dt.datetime(2026, 3, 4, 10, 15),
    dt.datetime(2025, 11, 30, 23, 59),
    dt.datetime(2024, 2, 29, 6, 30),
    dt.datetime(2023, 7, 1, 12, 0, 45),
])
def test_a_serial_with_a_time_scores_as_the_date_cell_does(moment):
    serial = _serial(moment)
    assert serial != int(serial)
    as_cell = f.scores(TEXT, False, None, None, None, None, moment)
    assert f.scores(TEXT, False, None, None, None, None, serial) == as_cell
    assert f.scores(TEXT, False, None, None, None, None, [[serial]]) == as_cell
    assert f.reliability(TEXT, None, None, None, None, serial) == f.reliability(TEXT, None, None, None, None, moment)
    assert "not a date" not in as_cell[0][-1]


def test_a_serial_reads_as_the_day_and_time_the_workbook_shows():
    assert cells.given_date(46085.427083333336, serials=True) == ("2026-03-04 10:15", None)
    assert cells.given_date(45352.5, serials=True) == ("2024-03-01 12:00", None)
    assert cells.given_date("46085.75", serials=True) == ("2026-03-04 18:00", None)
    # the text the CLI reads from the same cell of a workbook: the same numbers
    assert f.reliability(TEXT, None, None, None, None, 46085.427083333336) == \
        f.reliability(TEXT, None, None, None, None, "2026-03-04 10:15")


@pytest.mark.parametrize("value", [3.5, 2024.5, 1234.25, 99999.5, 0.5])
def test_a_number_that_is_no_date_serial_still_says_so(value):
    # (inputs48) counted as no date and said in the Status, the text scored, as `xlplugin score` reads the cell
    assert f.reliability(TEXT, None, None, None, None, value) == f.reliability(TEXT)
    status = f.scores(TEXT, False, None, None, None, None, value)[0][-1]
    assert "published: " in status and "is not a date" in status and "(not counted)" in status


def test_a_table_number_with_a_fraction_is_still_no_date():
    # a CSV's or a workbook's number is not a serial (a workbook's date cell is read as a date)
    assert cells.given_date(46085.427083)[0] == ""
    assert cells.given_date(46085.427083)[1]
    # whole serials, years and eight-digit days read as before
    assert cells.given_date(46085.0, serials=True) == ("2026-03-04", None)
    assert cells.given_date(2024.0, serials=True) == ("2024", None)
    assert cells.given_date(20240305.0, serials=True) == ("2024-03-05", None)
