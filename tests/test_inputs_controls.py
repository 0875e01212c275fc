"""Control characters in a text are decided once, at the input (`inputs.text_controls`): a page
break (form feed) or vertical tab ends a line, any other C0 control is a space. The text scored
is then the text the workbook keeps, so a refresh with no edit re-scores nothing."""

from __future__ import annotations


import openpyxl
import pyarrow as pa

from xlplugin.cli import main
from xlplugin.excel import functions as f
from xlplugin.frame import score_table
from xlplugin.inputs import read_paths, shown_text, text_controls
from xlplugin.workbook import layout, refresh_workbook

PAGE_ONE = "The canal board met on Monday, according to notes kept by its secretary."
PAGE_TWO = ("Members talked about lock repairs and towpath lighting, the chair, Ines Varga, told reporters. "
            "A vote on the budget is due in May, the notes said.")


def test_each_control_character_becomes_a_line_end_or_a_space_one_for_one():
    assert text_controls("a\x0cb\x0bc\x00d\x1be\tf\ng") == "a\nb\nc d e\tf\ng"
    assert shown_text("a\r\n\x0cb") == "a\n\nb"
    assert text_controls(PAGE_ONE) is PAGE_ONE  # (nothing to change: the same string)


def test_a_page_break_in_a_csv_text_is_scored_as_written_and_a_refresh_changes_nothing(tmp_path):
    source = tmp_path / "pages.csv"
    source.write_text(f'id,text\np1,"{PAGE_ONE}\x0c{PAGE_TWO}"\np2,"{PAGE_ONE}\x07 {PAGE_TWO}"\n', encoding="utf-8")
    [one, two] = read_paths([str(source)])
    assert one.text == f"{PAGE_ONE}\n{PAGE_TWO}" and two.text == f"{PAGE_ONE}  {PAGE_TWO}"
    book = tmp_path / "pages.xlsx"
    assert main(["score", str(source), "-o", str(book), "-q", "--workers", "1"]) == 0
    ws = openpyxl.load_workbook(book)[layout.DOCUMENTS]
    assert ws["B2"].value == one.text  # (not U+FFFD: the cell holds the text that was scored)
    summary = refresh_workbook(book)
    assert (summary.rescored, summary.unchanged) == (0, 2)


def test_json_gives_the_text_that_was_scored(tmp_path, capsys):
    (tmp_path / "pages.txt").write_text(f"{PAGE_ONE}\x0c{PAGE_TWO}", encoding="utf-8")
    capsys.readouterr()
    assert main(["score", str(tmp_path / "pages.txt"), "--json", "-q", "--workers", "1"]) == 0
    out = capsys.readouterr().out
    assert "\\f" not in out and "\\u000c" not in out


def test_excel_functions_and_tables_read_a_control_character_as_the_other_inputs_do():
    broken, read = f"{PAGE_ONE}\x0c{PAGE_TWO}", f"{PAGE_ONE}\n{PAGE_TWO}"
    assert f.scores(broken) == f.scores(read)
    assert f.evidence(broken, "provenance") == f.evidence(read, "provenance")
    table = score_table(pa.table({"id": ["a", "b"], "text": [broken, read]}))
    rows = table.drop(["id", "input_id"]).to_pylist()  # ((parity40) the id again, as a CSV file's parts give it)
    assert rows[0] == rows[1]
