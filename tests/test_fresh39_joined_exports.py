"""(fresh39) Excel's "CSV UTF-8" files each open with a byte order mark. Joined with `cat` (or
`type a.csv b.csv > all.csv`), the second file's header row opens with one: it was no repeat of
the header row (hunt23a leaves those out) but a document whose id was "\\ufeffid" (shown as "id")
and whose text was "text", counted among those read. A byte order mark (or a zero-width space) is
no part of a column's name."""

from __future__ import annotations

import openpyxl

from xlplugin.inputs import HEADER_REPEAT_REASON, Record, read_paths

HARBOUR = ("The harbour board voted on Tuesday to extend the quay, according to minutes published by the clerk. "
           "The chair said the work would cost 4.2 million euros and would start in the spring.")
PROTEST = ("Residents gathered outside the town hall on Friday evening. A police spokesman told reporters that "
           "nobody was hurt and that the protest ended peacefully after two hours.")


def _read(path):
    skipped = []
    return list(read_paths([str(path)], None, skipped)), skipped


def test_two_excel_utf8_exports_joined_are_two_documents(tmp_path):
    first = f'\ufeffid,title,text\r\n1,Harbour,"{HARBOUR}"\r\n'.encode("utf-8")
    second = f'\ufeffid,title,text\r\n2,Protest,"{PROTEST}"\r\n'.encode("utf-8")
    path = tmp_path / "joined.csv"
    path.write_bytes(first + second)
    items, skipped = _read(path)
    assert [(type(item), item.id, item.text) for item in items] == [(Record, "1", HARBOUR), (Record, "2", PROTEST)]
    assert [(s.path, s.reason) for s in skipped] == [(f"{path} line 3", HEADER_REPEAT_REASON)]


def test_a_sheet_header_with_a_mark_names_its_column(tmp_path):
    # a CSV opened as the wrong encoding and saved: its first header cell keeps the mark
    path = tmp_path / "pasted.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["\ufeffid", "title", "\u200btext"])
    sheet.append(["a1", "Harbour", HARBOUR])
    sheet.append(["a2", "Protest", PROTEST])
    book.save(path)
    items, _skipped = _read(path)
    assert [(item.id, item.title, item.text) for item in items] == [("a1", "Harbour", HARBOUR), ("a2", "Protest", PROTEST)]
