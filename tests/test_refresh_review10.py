"""Refresh (refresh18): a renamed id column never re-files evidence under made-up ids; an edited
cut cell is never scored as if whole; Settings weights beyond any sane bound are refused."""

from __future__ import annotations

import csv

import openpyxl
import pytest

from xlplugin.cells import CELL_LIMIT
from xlplugin.cli import main
from xlplugin.errors import SettingsError
from xlplugin.settings import Settings
from workbook_helpers import refresh_counts, scored_by_cli as _book
from xlplugin.settings import setting_named

TEXTS = [
    "The ferry company said on Monday that the winter timetable will add two crossings a day, according to "
    "its published schedule. \"Demand rose all autumn,\" said operations head Mira Solberg, who plans the routes.",
    "The town museum will lend its oldest map to a national exhibition next spring, its curator said on "
    "Thursday. \"It has not left the building in forty years,\" said curator Jonas Weil, who catalogued it.",
    "A new cycle lane along the canal will open in June, the roads office said in a statement on Tuesday. "
    "\"It closes the last gap in the network,\" said engineer Dana Roth, who oversaw the design.",
]


def _filed(out):
    wb = openpyxl.load_workbook(out)
    read = [str(r[1]) for r in wb["Read"].iter_rows(min_row=4, values_only=True) if r[1] is not None]
    evidence = {str(r[0]) for r in wb["Evidence"].iter_rows(min_row=2, values_only=True) if r[0] is not None}
    return read, evidence


def test_an_id_column_renamed_is_read_as_the_id_column(tmp_path, capsys):
    out = _book(tmp_path, ["id", "text"], [[f"k{i}", t] for i, t in enumerate(TEXTS)])
    wb = openpyxl.load_workbook(out)
    wb["Documents"]["A1"] = "Ref"
    wb.save(out)
    capsys.readouterr()
    assert main(["refresh", str(out)]) == 0
    err = capsys.readouterr().err
    assert "the id column is now headed 'Ref'" in err
    read, evidence = _filed(out)
    assert read == ["k0", "k1", "k2"]
    assert evidence <= {"k0", "k1", "k2"} and evidence


def test_an_id_column_deleted_is_refused(tmp_path, capsys):
    out = _book(tmp_path, ["id", "text"], [[f"k{i}", t] for i, t in enumerate(TEXTS)])
    wb = openpyxl.load_workbook(out)
    wb["Documents"].delete_cols(1)
    wb.save(out)
    before = out.read_bytes()
    capsys.readouterr()
    assert main(["refresh", str(out)]) == 2
    assert "the id column is gone" in capsys.readouterr().err
    assert out.read_bytes() == before


def test_a_text_column_namesake_is_said(tmp_path, capsys):
    out = _book(tmp_path, ["id", "title", "text"], [[f"k{i}", f"Title {i}", t] for i, t in enumerate(TEXTS)])
    wb = openpyxl.load_workbook(out)
    wb["Documents"]["B1"] = "Text"
    wb.save(out)
    capsys.readouterr()
    assert main(["refresh", str(out)]) == 0
    err = capsys.readouterr().err
    assert "the texts are read from the column 'text'" in err and "'Text'" in err
    assert _filed(out)[0] == ["k0", "k1", "k2"]


def _long_text():
    sentence = ("The water board said on Friday that the reservoir stood at two thirds of its capacity, "
                "according to its weekly figures, and that no limits on garden hoses were planned. ")
    return sentence * (40000 // len(sentence) + 1)


def test_an_edited_cut_cell_is_not_scored(tmp_path, capsys):
    src, out = tmp_path / "long.csv", tmp_path / "book.xlsx"
    with open(src, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["id", "text"], ["w1", _long_text()], ["w2", TEXTS[0]]])
    assert main(["score", str(src), "-o", str(out), "-q"]) == 0
    wb = openpyxl.load_workbook(out)
    ws = wb["Documents"]
    header = [c.value for c in ws[1]]
    index_col = 3
    assert "[... cut: " in ws["B2"].value and header[1] == "text"
    old_index = ws.cell(2, index_col).value
    ws["B2"] = ("Breaking: " + ws["B2"].value)[:CELL_LIMIT]  # (as a spreadsheet program cuts it)
    wb.save(out)
    capsys.readouterr()
    assert main(["refresh", str(out)]) == 0
    err = capsys.readouterr().err
    # (sheets30) a cut text keeps its scores: counted apart from the rows not scored
    assert refresh_counts(err)["rescored"] == 0 and refresh_counts(err)["cut_texts"] == 1 and "cut to fit its cell" in err
    ws = openpyxl.load_workbook(out)["Documents"]
    status = [c.value for c in ws[2] if isinstance(c.value, str) and c.value.startswith("not refreshed")]
    assert status and "edited since" in status[0]
    assert ws.cell(2, index_col).value == old_index


def test_edited_cut_cells_are_told_from_whole_texts():
    from xlplugin.workbook.cut_cells import edited_cut_cell

    marker = " [... cut: 7297 more characters not shown; see the source text]"
    body = "x" * (CELL_LIMIT - len(marker))
    assert not edited_cut_cell(body + marker)  # (as written: cells.CUT_RE's case)
    assert edited_cut_cell(("Breaking: " + body + marker)[:CELL_LIMIT])
    assert edited_cut_cell(("A longer heading: " * 3 + body + marker)[:CELL_LIMIT])  # (only " [... cut" left)
    assert edited_cut_cell(body + marker + " and a note after it")
    assert not edited_cut_cell("a text that mentions [... cut: in passing")
    assert not edited_cut_cell(("y" * CELL_LIMIT))


def test_a_weight_beyond_the_bound_is_refused():
    with pytest.raises(SettingsError, match="above the largest weight"):
        Settings().with_values({"weight.provenance": 1e9})
    assert Settings().with_values({"weight.provenance": 100})["weight.provenance"] == 100


def test_a_settings_weight_formula_without_value_is_named(tmp_path, capsys):
    out = _book(tmp_path, ["id", "text"], [[f"k{i}", t] for i, t in enumerate(TEXTS)])
    wb = openpyxl.load_workbook(out)
    ws = wb["Settings"]
    row = next(r for r in range(2, ws.max_row + 1) if setting_named(ws.cell(r, 1).value) == "weight.provenance")
    ws.cell(row, 2).value = "=2+3"  # (openpyxl saves no value for it)
    wb.save(out)
    capsys.readouterr()
    assert main(["refresh", str(out)]) == 2
    assert "'Provenance weight' is a formula with no saved value" in capsys.readouterr().err


def test_an_emptied_text_cell_is_said_not_counted_as_rescored(tmp_path, capsys):
    out = _book(tmp_path, ["id", "text"], [[f"k{i}", t] for i, t in enumerate(TEXTS)])
    wb = openpyxl.load_workbook(out)
    wb["Documents"]["B3"] = None
    wb.save(out)
    capsys.readouterr()
    assert main(["refresh", str(out)]) == 0
    err = capsys.readouterr().err
    assert refresh_counts(err)["rescored"] == 0 and "1 row now empty: its scores were removed (not counted as rescored): row 3" in err


def _with_cached_formula(path, cell, formula, value):
    """The workbook with `cell` of its Documents sheet holding `formula` and its saved value, as a
    spreadsheet program saves it (openpyxl saves no value)."""
    import zipfile

    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    name = "xl/worksheets/sheet1.xml"
    xml = parts[name].decode()
    start = xml.index(f'<c r="{cell}"')
    end = xml.index("</c>", start) + 4
    parts[name] = (xml[:start] + f'<c r="{cell}" t="str"><f>{formula}</f><v>{value}</v></c>' + xml[end:]).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)


def test_a_formula_in_a_text_cell_is_said(tmp_path, capsys):
    out = _book(tmp_path, ["id", "text"], [[f"k{i}", t] for i, t in enumerate(TEXTS)])
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[0] == "Documents"
    _with_cached_formula(out, "B3", "UPPER(A3)", "K1 plus some words")
    capsys.readouterr()
    main(["refresh", str(out)])
    err = capsys.readouterr().err
    assert "1 row has a formula in the text cell" in err and "(row 3)" in err


def test_rows_appended_by_a_refresh_print(tmp_path):
    out = _book(tmp_path, ["id", "text"], [[f"k{i}", t] for i, t in enumerate(TEXTS[:2])])
    wb = openpyxl.load_workbook(out)
    ws = wb["Documents"]
    assert ws.print_area.endswith("$3")
    ws["A4"], ws["B4"] = "k2", TEXTS[2]
    ws["A5"], ws["B5"] = "k3", TEXTS[0] + " A fourth text, appended."
    wb.save(out)
    assert main(["refresh", str(out), "-q"]) == 0
    ws = openpyxl.load_workbook(out)["Documents"]
    assert ws.print_area.endswith("$5")
    assert ws.auto_filter.ref.endswith("5")


def test_defined_ranges_grow_only_the_documents_ones():
    from xlplugin.workbook.defined_ranges import grown_defined_names

    book = (b'<workbook><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">\'Documents\'!$A$1:$M$5'
            b'</definedName><definedName name="_xlnm.Print_Area" localSheetId="1">\'Read\'!$A$1:$F$9</definedName>'
            b'<definedName name="Mine">\'Documents\'!$A$1:$A$3</definedName></definedNames></workbook>')
    grown = grown_defined_names(book, 0, 8)
    assert b"'Documents'!$A$1:$M$8" in grown and b"'Read'!$A$1:$F$9" in grown and b"$A$1:$A$3" in grown
    assert grown_defined_names(book, 0, 4) is None  # (a range already past the rows keeps its end)


def test_a_refresh_keeps_the_overview_row_heights(tmp_path):
    import re
    import zipfile

    out = _book(tmp_path, ["id", "text"], [[f"k{i}", t] for i, t in enumerate(TEXTS)])

    def heights():
        with zipfile.ZipFile(out) as z:
            part = next(n for n in z.namelist() if n.startswith("xl/worksheets/sheet3"))
            return re.findall(rb'<row r="(\d+)"[^>]*?\sht="([^"]+)"', z.read(part))

    before = heights()
    assert before and openpyxl.load_workbook(out).sheetnames[2] == "Overview"
    wb = openpyxl.load_workbook(out)
    wb["Documents"]["B3"] = TEXTS[1] + " One sentence more."
    wb.save(out)
    written = heights()
    assert main(["refresh", str(out), "-q"]) == 0
    assert heights() == written == before


def test_force_names_the_sheets_it_replaces(tmp_path, capsys):
    out = _book(tmp_path, ["id", "text"], [[f"k{i}", t] for i, t in enumerate(TEXTS)])
    wb = openpyxl.load_workbook(out)
    wb.create_sheet("Budget notes")
    wb.save(out)
    src = tmp_path / "more.csv"
    with open(src, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["id", "text"], ["m1", TEXTS[2]]])
    capsys.readouterr()
    assert main(["score", str(src), "-o", str(out), "--force", "-q"]) == 0
    err = capsys.readouterr().err
    assert "'Budget notes'" in err and "lost" in err
    assert "Budget notes" not in openpyxl.load_workbook(out).sheetnames
