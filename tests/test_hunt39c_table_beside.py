"""(hunt39c) A sheet with a second table beside the first (columns A-C a table with its `text`
column, an empty column D, columns E-G another table with its own header and texts) had the
second table's texts silently not read: its columns became more columns of the first table's
rows. The run summary now says so in one line naming the sheet, the columns and the column read."""

from __future__ import annotations

import openpyxl

from xlplugin.inputs import Problem, describe_skipped, read_paths

TEXT = ("The harbour board voted on Tuesday to extend the quay by forty metres, the clerk said, "
        "after a meeting at which residents asked about the cost of the works and the noise.")


def _book(path, left, right, gap_cell=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Articles"
    ws.append([*left, None, *right])
    for n in range(3):
        ws.append([n + 1, f"Left {n}", f"{TEXT} Left {n}.", gap_cell if n == 1 else None,
                   n + 10, f"Right {n}", f"{TEXT} Right {n}."][:len(left) + 1 + len(right)])
    wb.save(path)


def _read(path, text_column=None):
    skipped = []
    items = list(read_paths([str(path)], text_column, skipped))
    return items, describe_skipped(skipped)


def _beside(lines):
    return [line for line in lines if "a second table beside the one read" in line]


def test_second_table_with_numbered_text_column_is_said(tmp_path):
    path = tmp_path / "two.xlsx"
    _book(path, ["id", "title", "text"], ["ref", "headline", "text2"])
    items, lines = _read(path)
    assert len(items) == 3 and not any(isinstance(item, Problem) for item in items)
    assert all("Left" in item.text and "Right" not in item.text for item in items)
    beside = _beside(lines)
    assert len(beside) == 1
    assert f"{path} sheet Articles: columns E-G ('ref', 'headline', 'text2') stand after the empty column D" in beside[0]
    assert "the texts were read from column C ('text')" in beside[0]


def test_second_table_with_a_text_column_name_is_said(tmp_path):
    path = tmp_path / "body.xlsx"
    _book(path, ["id", "title", "text"], ["ref", "headline", "Body"])
    _items, lines = _read(path)
    assert len(_beside(lines)) == 1 and "its texts ('Body')" in _beside(lines)[0]


def test_second_text_column_of_the_same_name_read_by_option_is_said(tmp_path):
    # without --text-column the table is refused (two columns named text), as before
    path = tmp_path / "same.xlsx"
    _book(path, ["id", "title", "text"], ["ref", "headline", "text"])
    items, lines = _read(path)
    assert any(isinstance(item, Problem) and "could be the text column" in item.message for item in items)
    assert _beside(lines) == []
    assert [line for line in lines if "a second table beside the first" in line] == [
        f"{path} sheet Articles: columns E-G ('ref', 'headline', 'text') stand after the empty column D, a second table "
        "beside the first, and both have a text column named 'text': pass --text-column 'text' to read column C's texts, "
        "or --text-column 'text (2)' for column G's"]
    items, lines = _read(path, "text")
    assert len(items) == 3 and len(_beside(lines)) == 1
    assert "columns E-G ('ref', 'headline', 'text')" in _beside(lines)[0]


def test_no_line_without_a_text_column_beside_or_an_empty_column(tmp_path):
    plain = tmp_path / "plain.xlsx"
    _book(plain, ["id", "title", "text"], ["ref", "headline", "notes"])
    assert _beside(_read(plain)[1]) == []
    filled = tmp_path / "filled.xlsx"  # the column with no header holds a cell: one table
    _book(filled, ["id", "title", "text"], ["ref", "headline", "text2"], gap_cell="x")
    assert _beside(_read(filled)[1]) == []


def test_the_second_table_read_by_option_names_the_first(tmp_path):
    path = tmp_path / "same.xlsx"
    _book(path, ["id", "title", "text"], ["ref", "headline", "text"])
    items, lines = _read(path, "text (2)")
    assert len(items) == 3 and all("Right" in item.text for item in items)
    assert len(_beside(lines)) == 1
    assert "columns A-C ('id', 'title', 'text') stand before the empty column D" in _beside(lines)[0]
    assert "the texts were read from column G ('text (2)')" in _beside(lines)[0]


def test_a_csv_file_with_a_second_table_beside_is_said_too(tmp_path):
    path = tmp_path / "two.csv"
    path.write_text("id,title,text,,ref,headline,text2\n"
                    + "".join(f'{n},Left {n},"{TEXT} Left {n}.",,{n + 10},Right {n},"{TEXT} Right {n}."\n' for n in range(3)),
                    encoding="utf-8")
    items, lines = _read(path)
    assert len(items) == 3 and all("Right" not in item.text for item in items)
    assert len(_beside(lines)) == 1
    assert f"{path}: columns E-G ('ref', 'headline', 'text2') stand after the empty column D" in _beside(lines)[0]
    filled = tmp_path / "filled.csv"  # a column with no header but a cell: not an empty column
    filled.write_text("id,title,text,,ref,headline,text2\n1,A,\"" + TEXT + "\",x,10,B,\"" + TEXT + "\"\n", encoding="utf-8")
    assert _beside(_read(filled)[1]) == []
