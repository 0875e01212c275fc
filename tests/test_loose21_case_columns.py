"""(loose21) Two columns whose names differ only in case or spacing ("Text" and "text"): a
--text-column (or text=) naming neither as written was refused with "no column named ...", which
names no way out. The refusal now names the columns that match and asks for the one to read as
it is written; a name written as one of them reads that one."""

from __future__ import annotations

import openpyxl
import pytest

from xlplugin.errors import XlpluginError
from xlplugin.frame import text_column
from xlplugin.inputs import Problem, Record, read_paths

PROSE = ("The harbour board met on Monday and agreed to dredge the east channel before the autumn storms, "
         "its chair told reporters, after two fishing boats ran aground there in the spring.")
PAIRS = [("Text", "text"), ("Body", "BODY"), ("Article", "ARTICLE")]


def _write(tmp_path, kind: str, first: str, second: str):
    rows = [["id", first, second, "outlet"], ["1", PROSE, "A short note.", "Quay News"]]
    if kind == "csv":
        path = tmp_path / "t.csv"
        path.write_text("\n".join(",".join(f'"{v}"' for v in row) for row in rows) + "\n", encoding="utf-8")
    else:
        path = tmp_path / "t.xlsx"
        wb = openpyxl.Workbook()
        for row in rows:
            wb.active.append(row)
        wb.save(path)
    return path


def _neither(first: str, second: str) -> str:
    """The pair's name written as neither column is (other letters)."""
    return next(name for name in (first.upper(), first.lower(), first.swapcase()) if name not in (first, second))


def _message(items) -> str:
    return " ".join(item.message for item in items if isinstance(item, Problem))


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
@pytest.mark.parametrize("first,second", PAIRS)
def test_a_name_two_columns_match_is_refused_naming_them(tmp_path, kind, first, second):
    path = _write(tmp_path, kind, first, second)
    message = _message(read_paths([path], text_column=_neither(first, second)))
    assert repr(first) in message and repr(second) in message, message
    assert "--text-column" in message and "written as here" in message, message
    for exact in (first, second):  # each written as it is: read
        records = [item for item in read_paths([path], text_column=exact) if isinstance(item, Record)]
        assert [r.text for r in records] == [PROSE if exact == first else "A short note."]


@pytest.mark.parametrize("first,second", PAIRS)
def test_text_equals_says_the_same(first, second):
    names = ["id", first, second]
    with pytest.raises(XlpluginError) as refused:
        text_column(names, _neither(first, second))
    assert repr(first) in str(refused.value) and repr(second) in str(refused.value)
    assert "text=" in str(refused.value)
    assert text_column(names, second) == second


def test_a_name_no_column_matches_still_lists_the_columns(tmp_path):
    path = _write(tmp_path, "csv", "Text", "text")
    message = _message(read_paths([path], text_column="Headline"))
    assert "no column named 'Headline'; columns are: id, Text, text, outlet" in message
