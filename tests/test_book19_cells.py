"""Refresh (book19): a cut text cell edited so that its cut marker is pushed out of the full cell
is still not scored as if whole; a text cell longer than a cell can hold, put into a scored
workbook by another program, is written back cut with the visible marker, as `score` writes it."""

from __future__ import annotations

import csv
import zipfile

import openpyxl
import pytest

from xlplugin.cells import CELL_LIMIT, CUT_RE
from xlplugin.cli import main
from workbook_helpers import refresh_counts

_SENTENCE = ("The harbour office said on Wednesday that the north pier will close for repairs in March, according "
             "to its notice to shipping, and that ferries will use the south pier until May. ")
_SHORT = ("The library board said on Monday that the reading room will open on Sundays from April, according to "
          "its minutes. \"Students asked for it all winter,\" said librarian Ana Ruiz, who runs the branch.")


def _long_text(chars: int = 40000) -> str:
    return _SENTENCE * (chars // len(_SENTENCE) + 1)


def _scored_long(tmp_path):
    src, out = tmp_path / "long.csv", tmp_path / "book.xlsx"
    with open(src, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["id", "text"], ["w1", _long_text()], ["w2", _SHORT]])
    assert main(["score", str(src), "-o", str(out), "-q"]) == 0
    return out


def _row(out, number):
    ws = openpyxl.load_workbook(out)["Documents"]
    header = [c.value for c in ws[1]]
    return dict(zip(header, [c.value for c in ws[number]]))


@pytest.mark.parametrize("typed", [80, 200, 3000])
def test_a_cut_cell_whose_marker_was_pushed_out_is_not_scored(tmp_path, capsys, typed):
    out = _scored_long(tmp_path)
    before = _row(out, 2)
    assert CUT_RE.search(before["text"])
    wb = openpyxl.load_workbook(out)
    ws = wb["Documents"]
    heading = ("Update from the desk, " * (typed // 22 + 1))[:typed]
    ws["B2"] = (heading + ws["B2"].value)[:CELL_LIMIT]  # (as a spreadsheet program cuts a full cell)
    assert "[... cut" not in ws["B2"].value  # (nothing of the marker left to see)
    wb.save(out)
    capsys.readouterr()
    assert main(["refresh", str(out)]) == 0
    err = capsys.readouterr().err
    assert refresh_counts(err)["rescored"] == 0 and refresh_counts(err)["cut_texts"] == 1  # (sheets30: not "not scored")
    after = _row(out, 2)
    assert after["Status"].startswith("not refreshed") and "cut to fit a cell" in after["Status"]
    assert "full" in after["Status"] and "file" in after["Status"]
    assert after[list(after)[2]] == before[list(before)[2]]  # (the index kept)
    # (and a second refresh keeps it so)
    capsys.readouterr()
    assert main(["refresh", str(out)]) == 0
    assert _row(out, 2)["Status"].startswith("not refreshed")


def test_a_full_cell_never_cut_is_still_scored(tmp_path, capsys):
    out = _scored_long(tmp_path)
    wb = openpyxl.load_workbook(out)
    ws = wb["Documents"]
    other = ("The parks office said on Tuesday that the rose garden will reopen in May after its paths were "
             "relaid, according to a statement on its website, and that entry will stay free. ")
    ws["B3"] = (other * (CELL_LIMIT // len(other) + 1))[:CELL_LIMIT]  # (a full cell in a row that was never cut)
    wb.save(out)
    capsys.readouterr()
    assert main(["refresh", str(out)]) == 0
    assert refresh_counts(capsys.readouterr().err)["rescored"] == 1
    assert not _row(out, 3)["Status"].startswith("not refreshed")


def _with_long_cell(src, dst, placeholder: str, text: str):
    """`src` with `placeholder` replaced by `text` in its parts: a cell longer than Excel or openpyxl
    would write, as other programs can."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info, zin.read(info).replace(placeholder.encode(), text.encode()))


@pytest.mark.parametrize("extra", [1, 5000])
def test_a_cell_longer_than_a_cell_holds_is_written_cut_with_its_marker_by_refresh(tmp_path, capsys, extra):
    src = tmp_path / "in.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Documents"
    ws.append(["id", "text"])
    ws.append(["a", _SHORT])
    ws.append(["b", "PLACEHOLDER"])
    wb.save(src)
    scored = tmp_path / "scored.xlsx"
    assert main(["score", str(src), "-o", str(scored), "-q"]) == 0
    out = tmp_path / "book.xlsx"
    text = _long_text(CELL_LIMIT + extra)[:CELL_LIMIT + extra]
    _with_long_cell(scored, out, "PLACEHOLDER", text)
    capsys.readouterr()
    assert main(["refresh", str(out)]) == 0
    row = _row(out, 3)
    assert len(row["text"]) <= CELL_LIMIT and CUT_RE.search(row["text"])
    assert "cut to fit one cell" in row["Why"] and row["Status"] == "scored (see note in Why)"  # (book45: the note in the Why)
    # as `score` writes the same cell
    direct = tmp_path / "direct.xlsx"
    _with_long_cell(src, tmp_path / "in_long.xlsx", "PLACEHOLDER", text)
    assert main(["score", str(tmp_path / "in_long.xlsx"), "-o", str(direct), "-q"]) == 0
    assert _row(direct, 3)["text"] == row["text"]
    # and the next refresh leaves it as it is
    capsys.readouterr()
    assert main(["refresh", str(out)]) == 0
    assert refresh_counts(capsys.readouterr().err)["rescored"] == 0


@pytest.mark.parametrize("edit", ["none", "other row"])
def test_a_cut_cell_as_written_keeps_its_scores(tmp_path, capsys, edit):
    out = _scored_long(tmp_path)
    before = _row(out, 2)
    if edit == "other row":
        set_other = openpyxl.load_workbook(out)
        set_other["Documents"]["B3"] = _SHORT + " The branch will also lend laptops."
        set_other.save(out)
    capsys.readouterr()
    assert main(["refresh", str(out)]) == 0
    assert refresh_counts(capsys.readouterr().err)["failed"] == 0
    after = _row(out, 2)
    assert after[list(after)[2]] == before[list(before)[2]] is not None
    assert after["Status"] == before["Status"]
