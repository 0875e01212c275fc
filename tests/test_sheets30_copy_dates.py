"""(sheets30) Which of two copies came first, from dates written as a table holds them.

A CSV saved by Excel in the UK writes 03/02/2026, a teacher types "3 February 2026", a German
sheet 03.02.2026: provenance counts each as a date given, and the copy finder must read the same
forms (cells.day_readings, one reader) to say which row is the original. A date in numbers alone
that reads as two days must not decide an order silently.
"""

from __future__ import annotations

import csv
import datetime as dt
import random

import openpyxl
import pytest

from xlplugin.cells import day_order, day_readings, future_date_note
from xlplugin.cli import main
from xlplugin.copies import CopyDoc, find_copies


def _story(seed: int, n: int = 160) -> str:
    rng = random.Random(seed)
    return " ".join(f"w{rng.randrange(10**9)}" for _ in range(n))


def _pair(first_date, second_date, seed=1, third=None):
    body = _story(seed)
    docs = [CopyDoc(body, date=first_date), CopyDoc(body + " " + _story(seed + 50, 6), date=second_date)]
    if third is not None:
        docs.append(CopyDoc(_story(seed + 99), date=third))
    return find_copies(docs)


# (earlier, later): the same two days written in each form a table holds
ORDERED = [
    ("3 February 2026", "2 March 2026"),
    ("February 3, 2026", "March 2, 2026"),
    ("Tue 3rd February 2026", "Mon 2nd March 2026"),
    ("3.2.2026", "20.03.2026"),          # day first: 20.03 tells
    ("03/02/2026", "20/03/2026"),        # day first: 20/03 tells
    ("2/3/2026", "3/20/2026"),           # month first: 3/20 tells
    ("1/10/2026", "25/11/2026"),         # either reading of the first is before the second
    (dt.datetime(2026, 2, 3, 9, 30), "2 March 2026"),
    (dt.date(2026, 2, 3), "2026-03-02"),
    ("2026-02-03", "2026-03-02"),        # ISO, as before
]


@pytest.mark.parametrize("earlier, later", ORDERED)
def test_the_later_row_is_the_reprint_and_the_original_reprints_nobody(earlier, later):
    reports = _pair(earlier, later)
    assert reports[0].uncredited == ()
    assert [other for other, _ in reports[1].uncredited] == [0]
    assert reports[1].uncredited[0][1].startswith("published after it (")
    assert "not both dated" not in reports[1].uncredited[0][1]
    # the same rows in the other order of the table: still the dated-later one
    swapped = _pair(later, earlier)
    assert swapped[1].uncredited == () and [o for o, _ in swapped[0].uncredited] == [1]


@pytest.mark.parametrize("first, second", [("03/02/2026", "02/03/2026"), ("04-05-2026", "05-04-2026"),
                                           ("03.02.2026", "2 March 2026")])
def test_a_date_read_both_ways_decides_no_order_and_says_why(first, second):
    reports = _pair(first, second, seed=7)
    for report, other in ((reports[0], 1), (reports[1], 0)):
        assert [o for o, _ in report.uncredited] == [other]
        why = report.uncredited[0][1]
        assert "which came first is not known" in why and "day or the month" in why
        assert "not both dated" not in why
    assert "03/02/2026 may be 3 February or 2 March 2026" in _pair("03/02/2026", "02/03/2026")[0].uncredited[0][1]


def test_the_tables_other_dates_tell_which_is_written_first_and_it_is_said():
    day_first = _pair("03/02/2026", "02/03/2026", seed=11, third="15/02/2026")
    assert day_first[0].uncredited == ()
    why = day_first[1].uncredited[0][1]
    assert "2026-03-02, and 2026-02-03" in why and "day first, as 15/02/2026" in why
    month_first = _pair("03/02/2026", "02/03/2026", seed=12, third="12/31/2026")
    assert month_first[1].uncredited == ()  # 3 February read month first is 2 March: the later one
    assert "month first, as 12/31/2026" in month_first[0].uncredited[0][1]
    # dates that disagree about the order decide nothing
    mixed = find_copies([CopyDoc(_story(13), date="03/02/2026"), CopyDoc(_story(13), date="02/03/2026"),
                         CopyDoc(_story(14), date="15/02/2026"), CopyDoc(_story(15), date="12/31/2026")])
    assert all("day or the month" in why for r in mixed[:2] for _, why in r.uncredited)


def test_near_misses_keep_what_they_said():
    same = _pair("3 February 2026", "03/02/2026".replace("03/02", "3/2"), seed=21)  # 3/2/2026 reads both ways
    assert all("not known" in why for r in same for _, why in r.uncredited)
    twice = _pair("03/02/2026", "03/02/2026", seed=22)
    assert all(why == "published the same day; which came first is not known" for r in twice for _, why in r.uncredited)
    iso_same = _pair("2026-02-03", "2026-02-03", seed=23)
    assert all(why == "published the same day; which came first is not known" for r in iso_same for _, why in r.uncredited)
    undated = _pair("", "", seed=24)
    assert all(why == "which came first is not known (the two are not both dated)" for r in undated for _, why in r.uncredited)
    month_only = _pair("February 2026", "2 March 2026", seed=25)  # a month alone names no day
    assert all("not both dated to a day" in why for r in month_only for _, why in r.uncredited)
    placeholder = _pair("n/a", "2 March 2026", seed=26)
    assert all("not known" in why for r in placeholder for _, why in r.uncredited)


def test_one_reader_for_a_date_cell():
    assert day_readings("3 February 2026") == (dt.date(2026, 2, 3),)
    assert day_readings("03/02/2026") == (dt.date(2026, 2, 3), dt.date(2026, 3, 2))
    assert day_readings("03/02/2026", "month") == (dt.date(2026, 3, 2),)
    assert day_readings("13/02/2026", "month") == (dt.date(2026, 2, 13),)  # only one reading is a day
    assert day_readings("2026-02-03T10:00:00+00:00 (updated)") == (dt.date(2026, 2, 3),)
    assert day_readings("2026") == () and day_readings("March 2026") == () and day_readings("soon") == ()
    assert [day_order(v) for v in ("20/03/2026", "3/20/2026", "03/02/2026", "2026-03-20", None)] == ["day", "month", "", "", ""]
    # the note of a date after today reads as it did
    today = dt.date(2026, 12, 1)
    assert "is after today" in future_date_note("2099-03-03T10:00:00Z", today)
    assert "may be after today" in future_date_note("05/12/2026", today)
    assert future_date_note("3 February 2026", today) == ""


def test_a_csv_with_dates_in_words_charges_only_the_later_row(tmp_path):
    body = ("The parish council met on Tuesday and agreed to resurface the lane behind the school. "
            "Work starts after the spring half term and should take three weeks, the clerk said. "
            "Parents asked for a crossing patrol while the lane is closed, and the council will write "
            "to the county about it. The cost is shared with the county, which pays two thirds. ") * 3
    path = tmp_path / "lanes.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "outlet", "date", "text"])
        writer.writerow(["first", "Brookfield Echo", "3 February 2026", body])
        writer.writerow(["second", "Hillside Weekly", "2 March 2026", body + " Reported by our desk."])
    out = tmp_path / "lanes.xlsx"
    assert main(["score", str(path), "-o", str(out)]) == 0
    rows = [r for r in openpyxl.load_workbook(out)["Evidence"].iter_rows(values_only=True)
            if any(isinstance(v, str) and "with no credit to it" in v for v in r)]
    assert [r[0] for r in rows] == ["second"]
    assert any("published after it (2026-03-02, and 2026-02-03)" in str(v) for v in rows[0])
