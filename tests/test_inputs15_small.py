"""Smaller things a user met: the summary's count of documents scored without an index, "X text"
headers as text columns, Excel's lock file seen before scoring, a deleted Settings row said, and
an empty range given to the Excel functions. The texts are made up for these tests."""

from __future__ import annotations

import openpyxl

from xlplugin import Settings
from xlplugin.cli import main
from xlplugin.excel import functions
from xlplugin.inputs import TEXT_COLUMN_NAMES, find_column
from xlplugin.workbook import layout, refresh_workbook
from xlplugin.settings import setting_named

SHORT = "The bakery on King Street opens at seven on Sundays now."
STORY = ("The regional transport authority said on Thursday that two new bus routes will start in "
         "September, its planning director told a council committee. The routes link three villages "
         "to the hospital and the station, and will run every thirty minutes on weekdays, according "
         "to the authority's published timetable. A spokesperson said the service would be reviewed "
         "after a year, once passenger numbers were known, and that fares would stay as they are.")


def _csv(path, rows, header=("id", "text")):
    path.write_text("\n".join([",".join(header)] + [",".join(f'"{c}"' for c in row) for row in rows]) + "\n",
                    encoding="utf-8")
    return path


def test_the_summary_counts_documents_without_an_index_apart(tmp_path, capsys):
    table = _csv(tmp_path / "t.csv", [("a", STORY), ("b", SHORT), ("c", SHORT)])
    assert main(["score", str(table), "--json"]) == 0
    err = capsys.readouterr().err
    minimum = Settings()["min_words_index"]
    assert (f"3 documents read, 1 scored, 2 without an index (too short: under {minimum} words), "
            "0 not scored, 0 unreadable") in err


def test_x_text_headers_are_text_columns_but_page_text_is_not():
    for header in ("Article text", "Body Text", "story text", "Full text", "Story", "Body"):
        assert find_column(["Ref", header], TEXT_COLUMN_NAMES) == header
    assert find_column(["Ref", layout.MIXED_FILE_TEXT_COLUMN], TEXT_COLUMN_NAMES) is None
    assert find_column(["Article text", "Text"], TEXT_COLUMN_NAMES) == "Text"  # (the plain name first)


def test_an_article_text_column_is_scored(tmp_path, capsys):
    table = _csv(tmp_path / "t.csv", [("a", STORY)], header=("Ref", "Article text"))
    assert main(["score", str(table), "-q"]) == 0


def test_excels_lock_file_is_seen_before_anything_is_scored(tmp_path, capsys, monkeypatch):
    table = _csv(tmp_path / "t.csv", [("a", STORY)])
    book = tmp_path / "book.xlsx"
    book.write_bytes(b"")
    (tmp_path / "~$book.xlsx").write_bytes(b"")
    import xlplugin.cli as cli

    def no_scoring(*args, **kwargs):
        raise AssertionError("scored before refusing")

    monkeypatch.setattr(cli, "score_many", no_scoring)
    assert main(["score", str(table), "-o", str(book), "--force"]) == 2
    assert "lock file ~$book.xlsx" in capsys.readouterr().err


def test_a_deleted_settings_row_is_said_in_the_refresh_summary(tmp_path):
    table = _csv(tmp_path / "t.csv", [("a", STORY)])
    book = tmp_path / "book.xlsx"
    assert main(["score", str(table), "-o", str(book), "-q"]) == 0
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.SETTINGS_SHEET]
    [number] = [row[0].row for row in ws.iter_rows(min_row=2) if setting_named(row[0].value) == "weight.source_rating"]
    ws.delete_rows(number)
    wb.save(book)
    notes = refresh_workbook(book).settings_notes
    default = Settings()["weight.source_rating"]
    assert f"Settings row 'Source rating weight' missing: default {default:g} used; the row was written into the sheet with that value" in notes


def test_an_empty_range_gives_a_plain_message():
    for function in (functions.reliability, functions.kind):
        for empty in ([[]], []):
            assert function(empty) == functions.EMPTY_RANGE
    assert functions.evidence([[]], "kind") == functions.EMPTY_RANGE
