"""`refresh` on a spreadsheet of another program (.ods, .xls, .numbers ...) says to save it as an
Excel workbook, not to `score` it: `score` cannot read it either (hunt23b)."""

from __future__ import annotations

import pytest

from xlplugin.cli import main


@pytest.mark.parametrize("name", ["scored.ods", "scored.fods", "scored.xls", "scored.xlsb", "scored.numbers", "SCORED.ODS"])
def test_refresh_of_another_programs_spreadsheet_says_save_as_xlsx(tmp_path, capsys, name):
    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04 not read")
    assert main(["refresh", str(path)]) == 2
    err = capsys.readouterr().err
    assert "save it as an Excel workbook (.xlsx) first" in err
    assert "then refresh the .xlsx (scored.xlsx)" in err.replace("SCORED", "scored")
    assert "xlplugin score" not in err  # (score refuses these files too: it was the advice before)


@pytest.mark.parametrize("name", ["notes.ods", "old.xls"])
def test_score_of_another_programs_spreadsheet_says_save_as_xlsx(tmp_path, capsys, name):
    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04 not read")
    assert main(["score", str(path), "--json", "-q"]) == 2
    out = capsys.readouterr()
    assert "unsupported file type" in out.out + out.err
    assert "save it as an Excel workbook (.xlsx) first" in out.out + out.err


@pytest.mark.parametrize("name", ["rows.csv", "story.txt", "page.html"])
def test_refresh_of_a_file_score_reads_still_says_score_it(tmp_path, capsys, name):
    path = tmp_path / name
    path.write_text("id,text\n1,A short line.\n", encoding="utf-8")
    assert main(["refresh", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"xlplugin score {name} -o {path.stem}.xlsx" in err
    assert "save it as an Excel workbook" not in err


def test_refresh_of_a_file_neither_reads_offers_no_command_that_fails(tmp_path, capsys):
    path = tmp_path / "report.docx"
    path.write_bytes(b"PK\x03\x04 not read")
    assert main(["refresh", str(path)]) == 2
    err = capsys.readouterr().err
    assert "refresh works on .xlsx and .xlsm workbooks" in err
    assert "xlplugin score report.docx" not in err
