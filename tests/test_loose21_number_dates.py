"""(loose21) A number in a document's date column: a year (2024) is that year; eight digits that
are a day as year, month and day (20240305) are that day, shown as 2024-03-05; any other number
(45356, 20241399) is no date, and said, in a CSV file, a workbook and a pandas table alike: a
number is read as an Excel date serial only where the cell is a date (the Excel functions, which
are given a date cell as its serial; a workbook's date cell is read as a date). The future-date
note reads the day shown."""

from __future__ import annotations

import datetime as dt
import json

import openpyxl
import pytest

from xlplugin.cells import given_date
from xlplugin.cli import main

TEXT = ("The harbour board met on Monday and agreed to dredge the east channel before the autumn storms, "
        "its chair told reporters, after two fishing boats ran aground there in the spring.")
# number -> the date shown ("" where it is no date)
NUMBERS = {1998: "1998", 2024: "2024", 20240305: "2024-03-05", 19991231: "1999-12-31", 20310907: "2031-09-07",
           45356: "", 44927: "", 20241399: "", 20240230: "", 123456: ""}


def _csv(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text("id,published,text\n" + "".join(f'n{n},{n},"{TEXT}"\n' for n in NUMBERS), encoding="utf-8")
    return path


def _xlsx(tmp_path):
    path = tmp_path / "in.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["id", "published", "text"])
    for n in NUMBERS:
        wb.active.append([f"n{n}", n, TEXT])
    wb.active.append(["real", dt.date(2024, 3, 5), TEXT])  # a date cell: a date
    wb.save(path)
    return path


@pytest.mark.parametrize("make", [_csv, _xlsx])
def test_a_number_in_the_date_column(tmp_path, capsys, make):
    main(["score", str(make(tmp_path)), "--json", "-q"])
    rows = {d["id"]: d for d in map(json.loads, capsys.readouterr().out.splitlines())}
    for n, shown in NUMBERS.items():
        row = rows[f"n{n}"]
        assert row["date"] == shown, (n, row["date"])
        if not shown:
            assert "is not a date" in json.dumps(row), n
        assert ("after today" in row["note"]) == (n == 20310907), n
    if "real" in rows:
        assert rows["real"]["date"] == "2024-03-05"


def test_a_pandas_table_reads_numbers_as_the_files_do():
    pd = pytest.importorskip("pandas")
    from xlplugin.frame import score_pandas

    for dtype in ("int64", "Int64", "float64", "object"):
        table = pd.DataFrame({"text": [TEXT] * len(NUMBERS), "published": pd.Series(list(NUMBERS), dtype=dtype)})
        assert list(score_pandas(table)["date"]) == list(NUMBERS.values()), dtype


def test_numpy_numbers_and_serials_where_the_cell_is_a_date():
    np = pytest.importorskip("numpy")
    for n, shown in NUMBERS.items():
        assert given_date(np.int64(n))[0] == given_date(float(n))[0] == shown, n
    assert given_date(45356, serials=True) == ("2024-03-05", None)  # (an Excel function's date cell)
    assert given_date(2024, serials=True) == ("2024", None) and given_date(20240305, serials=True)[0] == "2024-03-05"
