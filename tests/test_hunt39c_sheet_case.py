"""(hunt39c) `--sheet articles` did not read a sheet named "Articles": Excel's sheet names are
case-insensitive (a workbook cannot hold both), so a name typed in other letters names the sheet,
where exactly one sheet matches so."""

from __future__ import annotations

import openpyxl
from xlplugin.inputs import Problem, read_paths

TEXT = ("The harbour board voted on Tuesday to extend the quay by forty metres, the clerk said, "
        "after a meeting at which residents asked about the cost of the works and the noise.")


def _book(path, titles):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for n, title in enumerate(titles):
        ws = wb.create_sheet(title)
        ws.append(["id", "text"])
        ws.append([f"{title}-{n}", f"{TEXT} Sheet {title}."])
    wb.save(path)


def _ids(path, sheet):
    items = list(read_paths([str(path)], None, [], sheet))
    assert not any(isinstance(item, Problem) for item in items), items
    return [item.id for item in items]


def test_sheet_named_in_other_letters_is_read(tmp_path):
    path = tmp_path / "book.xlsx"
    _book(path, ["To do", "Articles"])
    assert _ids(path, "articles") == ["Articles-1"]
    assert _ids(path, "ARTICLES") == ["Articles-1"]
    assert _ids(path, "to DO") == ["To do-0"]


def test_exact_name_still_read_and_unknown_name_still_refused(tmp_path):
    path = tmp_path / "book.xlsx"
    _book(path, ["To do", "Articles"])
    assert _ids(path, "Articles") == ["Articles-1"]
    items = list(read_paths([str(path)], None, [], "Article"))
    message = " ".join(item.message for item in items if isinstance(item, Problem))
    assert "no sheet named 'Article'; sheets: To do, Articles" in message


def test_cli_reads_sheet_named_in_other_letters(tmp_path, capsys):
    from xlplugin.cli import main

    path = tmp_path / "book.xlsx"
    _book(path, ["To do", "Articles"])
    out = tmp_path / "out.xlsx"
    assert main(["score", str(path), "--sheet", "articles", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "no sheet named" not in err and "1 document read" in err

