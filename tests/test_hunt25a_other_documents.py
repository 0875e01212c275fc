"""(hunt25a) A word processor's document or a PDF file given by name was refused as "unsupported
file type .docx; use .txt, ..." with no word on how to get its text in; a spreadsheet of another
program is told how to save it as .xlsx (hunt23b). It is now told how to save its text as .txt."""

from __future__ import annotations

import pytest

from xlplugin.cli import main


@pytest.mark.parametrize("name, what", [("letter.docx", "a Word document"), ("OLD.DOC", "a Word 97-2003 document"),
                                        ("notes.rtf", "a Rich Text document"), ("essay.odt", "an OpenDocument text"),
                                        ("memo.pages", "a Pages document"), ("report.pdf", "a PDF file")])
def test_a_document_of_another_program_is_told_how_to_save_its_text(tmp_path, capsys, name, what):
    (tmp_path / name).write_bytes(b"PK\x03\x04 not read")
    capsys.readouterr()
    main(["score", str(tmp_path / name), "--json", "-q"])
    said = capsys.readouterr()
    assert f"is {what}: save its text as plain text (.txt) first" in said.out + said.err


@pytest.mark.parametrize("name", ["data.parquet", "photo.jpg", "table.ods"])
def test_other_files_get_no_such_advice(tmp_path, capsys, name):
    (tmp_path / name).write_bytes(b"not read")
    capsys.readouterr()
    main(["score", str(tmp_path / name), "--json", "-q"])
    said = capsys.readouterr()
    assert "unsupported file type" in said.out + said.err and "save its text as plain text" not in said.out + said.err
