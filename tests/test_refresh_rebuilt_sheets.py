"""A refresh of a workbook whose Read, Overview, Outlets or Evidence sheet was deleted makes it
again, filled for every row as `score` writes it (every row scored again), in its usual place;
the user's own sheets and Documents cells stay as they were, and the summary says what was
rebuilt (refresh_rebuild, refresh_transplant, refresh_styles)."""

from __future__ import annotations

import zipfile

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.workbook import refresh_workbook
from xlplugin.workbook.refresh_styles import merged_styles, restyled

ROWS = [
    ("k1", "Lakeside Post", "The town council voted on Tuesday to repair the old pier before the summer, the harbour "
     "master said. Work will start in May and cost about half a million, according to the council's own estimate. "
     "Fishermen told the paper they welcomed the plan."),
    ("k2", "Loud Voice", "This outrageous, disgraceful plan is a shameful waste and everyone knows the council is "
     "lying to us again! The so-called repair is a scandal and a total disaster for every honest taxpayer in town."),
    ("k3", "Lakeside Post", "A new library opened on Elm Road on Saturday. The librarian, Maria Holm, said the "
     "building holds twenty thousand books and a reading room for children, and that it will open late on Thursdays."),
]
DERIVED = ["Read", "Overview", "Outlets", "Evidence"]


def _table(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Documents"
    ws.append(["id", "outlet", "text", "my notes"])
    for number, row in enumerate(rows):
        ws.append([*row, f"note {number}"])
    wb.save(path)


def _scored(tmp_path, rows=ROWS, name="book.xlsx"):
    src, out = tmp_path / f"in_{name}", tmp_path / name
    _table(src, rows)
    assert main(["score", str(src), "-o", str(out), "-q"]) == 0
    return out


def _values(path, sheet):
    ws = openpyxl.load_workbook(path)[sheet]
    return [[cell.value for cell in row] for row in ws.iter_rows()]


def _delete(path, *sheets, own_sheet=True):
    wb = openpyxl.load_workbook(path)
    for sheet in sheets:
        del wb[sheet]
    if own_sheet:
        wb.create_sheet("My sheet")["B2"] = "kept as typed"
    wb.save(path)


@pytest.mark.parametrize("sheet", DERIVED)
def test_a_deleted_sheet_is_made_again_as_score_writes_it(tmp_path, capsys, sheet):
    book = _scored(tmp_path)
    expected = _values(book, sheet)
    order = openpyxl.load_workbook(book).sheetnames
    _delete(book, sheet)
    documents = _values(book, "Documents")
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 0
    err = capsys.readouterr().err
    assert f"rebuilt: {sheet} (the sheet deleted: made again as `score` writes it, every row scored again)" in err
    assert "does not make" not in err
    assert _values(book, sheet) == expected
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames == [*order, "My sheet"]  # (in its usual place; the user's sheet after it, as it was)
    assert wb["My sheet"]["B2"].value == "kept as typed"
    assert _values(book, "Documents") == documents  # (the user's cells, and the scores, as they were)
    assert [row[3] for row in _values(book, "Documents")[1:]] == ["note 0", "note 1", "note 2"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".~")]  # (no temporary file left)
    again = refresh_workbook(book)  # (and then a workbook like any other)
    assert again.sheet_notes == [] and again.rescored == 0


def test_the_rebuilt_sheets_follow_rows_edited_before_the_refresh(tmp_path):
    book = _scored(tmp_path)
    _delete(book, "Evidence", "Read")
    wb = openpyxl.load_workbook(book)
    edited = "The mayor said on Friday that the pier will reopen in June, a month later than planned."
    wb["Documents"]["C3"] = edited
    wb.save(book)
    summary = refresh_workbook(book)
    assert summary.rescored == 1
    assert summary.sheet_notes[0].startswith("rebuilt: Read and Evidence (the sheets deleted")
    fresh = _scored(tmp_path, [ROWS[0], (ROWS[1][0], ROWS[1][1], edited), ROWS[2]], name="fresh.xlsx")
    for sheet in DERIVED:
        assert _values(book, sheet) == _values(fresh, sheet), sheet


def test_every_derived_sheet_deleted_and_settings_too(tmp_path):
    book = _scored(tmp_path)
    expected = {sheet: _values(book, sheet) for sheet in DERIVED}
    _delete(book, *DERIVED, "Settings", own_sheet=False)
    summary = refresh_workbook(book)
    assert summary.sheet_notes == ["rebuilt: Read, Overview, Outlets and Evidence (the sheets deleted: made again as "
                                   "`score` writes them, every row scored again)"]
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames == ["Documents", *DERIVED, "How to read this", "Sources", "Settings"]
    assert all(_values(book, sheet) == expected[sheet] for sheet in DERIVED)
    assert len(wb["Overview"]._charts) == len(wb["Outlets"]._charts) == 1


def test_the_other_parts_are_copied_byte_for_byte(tmp_path):
    book = _scored(tmp_path)
    _delete(book, "Outlets")
    with zipfile.ZipFile(book) as before:
        parts = {name: before.read(name) for name in before.namelist()}
    output = tmp_path / "refreshed.xlsx"
    assert main(["refresh", str(book), "--output", str(output), "-q"]) == 0
    with zipfile.ZipFile(output) as after:
        changed = {name for name in parts if after.read(name) != parts[name]}
        added = set(after.namelist()) - set(parts)
    # the workbook and its relationships (one sheet more), the content types, the styles (its formats)
    assert changed == {"xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"}
    assert {name.split("/")[1] for name in added} == {"worksheets", "drawings", "charts"}
    assert "Outlets" not in openpyxl.load_workbook(book).sheetnames  # (--output: the workbook itself is left as it was)


def test_a_renamed_sheet_still_stops_the_refresh(tmp_path):
    book = _scored(tmp_path)
    wb = openpyxl.load_workbook(book)
    wb["Outlets"].title = "Old outlets"
    del wb["Evidence"]
    wb.save(book)
    before = book.read_bytes()
    with pytest.raises(Exception, match="'Old outlets' looks like the Outlets sheet .* rename it back to Outlets"):
        refresh_workbook(book)
    assert book.read_bytes() == before


def test_formats_are_added_to_a_styles_part_with_a_prefix_and_no_number_formats():
    user = (b'<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b'<x:fonts count="1"><x:font><x:sz val="11"/></x:font></x:fonts><x:fills count="1"><x:fill/></x:fills>'
            b'<x:borders count="1"><x:border/></x:borders><x:cellXfs count="1"><x:xf fontId="0"/></x:cellXfs></x:styleSheet>')
    fresh = (b'<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts>'
             b'<fonts count="2"><font/><font><b val="1"/></font></fonts><fills count="1"><fill/></fills>'
             b'<borders count="1"><border/></borders><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
             b'<xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>')
    merged, mapping = merged_styles(user, fresh, {1})
    assert mapping == {1: 1}
    assert b'<x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="0.0"/></x:numFmts>' in merged
    assert b'<x:fonts count="2"><x:font><x:sz val="11"/></x:font><x:font><x:b val="1"/></x:font></x:fonts>' in merged
    assert b'<x:xf numFmtId="164" fontId="1" fillId="1" borderId="1" xfId="0"/></x:cellXfs>' in merged
    assert restyled(b'<row r="1"><c r="A1" s="1"><v>1</v></c></row>', {1: 7}) == b'<row r="1"><c r="A1" s="7"><v>1</v></c></row>'


def test_a_sheet_that_cannot_be_added_is_named_and_the_rest_refreshed(tmp_path, monkeypatch):
    from xlplugin.workbook import refresh_rebuild
    from xlplugin.workbook.refresh_styles import SheetNotAdded

    def refuse(*_args):
        raise SheetNotAdded("the workbook's styles part has no fonts")

    book = _scored(tmp_path)
    _delete(book, "Read")
    monkeypatch.setattr(refresh_rebuild, "transplanted_parts", refuse)
    summary = refresh_workbook(book)
    assert summary.sheet_notes == ["this workbook has no Read sheet (deleted, or scored by an earlier version), and a "
                                   "refresh could not make it again (the workbook's styles part has no fonts); "
                                   "`xlplugin score BOOK.xlsx -o NEW.xlsx` writes a workbook with every sheet"]
    assert "Read" not in openpyxl.load_workbook(book).sheetnames
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".~")]


def test_a_rebuilt_read_sheet_names_the_rows_where_they_stand(tmp_path):
    book = _scored(tmp_path)
    wb = openpyxl.load_workbook(book)
    wb["Documents"].insert_rows(3)  # (a blank row between the first two documents)
    del wb["Read"]
    wb.save(book)
    summary = refresh_workbook(book)
    assert summary.row_changes == "" and summary.rescored == 0
    read = openpyxl.load_workbook(book)["Read"]
    assert [(row[0], row[1]) for row in read.iter_rows(min_row=4, max_col=2, values_only=True)] == [
        (2, "k1"), (4, "k2"), (5, "k3")]
