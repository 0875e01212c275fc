"""Workbooks every spreadsheet program reads (issue 11, item 5): every written cell carries its
reference, a Gnumeric re-save keeps every Evidence row, a refresh writes again the Evidence rows
of documents that lost them (or whose id was renamed), and a long id is cut the same way in the
Documents and Evidence sheets."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile

import openpyxl
import pytest
from hostile import rewrite, sheet_part_of
from workbook_helpers import records, refresh_counts, score

from xlplugin import Settings
from xlplugin.cells import CELL_LIMIT
from xlplugin.workbook import layout, refresh_workbook, write_scored_workbook

SSCONVERT = shutil.which("ssconvert")
needs_gnumeric = pytest.mark.skipif(SSCONVERT is None, reason="ssconvert (Debian package gnumeric) is not installed; "
                                    "scripts/test.sh installs it")


def _scored(path, items=None):
    items = items or records()
    write_scored_workbook(path, items, score(items), Settings())
    return path


def _evidence(path):
    return list(openpyxl.load_workbook(path)[layout.EVIDENCE].iter_rows(values_only=True))


def _strip_references(path, out):
    """The workbook as xlplugin wrote Evidence rows before cells carried references."""
    part = sheet_part_of(path, layout.EVIDENCE)
    def strip(data):
        return re.sub(rb'<row r="(?!1")\d+"[^>]*>.*?</row>', lambda m: re.sub(rb'<c r="[A-Z]+\d+"', b"<c", m.group(0)), data)

    rewrite(path, out, lambda name, data: strip(data) if name == part else data)


def test_every_written_cell_and_row_has_a_reference(tmp_path):
    path = _scored(tmp_path / "book.xlsx")
    with zipfile.ZipFile(path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets
        for name in sheets:
            data = archive.read(name)
            cells = re.findall(rb"<c(?=[\s/>])[^>]*>", data)
            rows = re.findall(rb"<row(?=[\s/>])[^>]*>", data)
            assert all(b' r="' in c for c in cells), name
            assert all(b' r="' in r for r in rows), name
    # and the references are the cells' real places
    ws = openpyxl.load_workbook(path)[layout.EVIDENCE]
    assert ws.cell(2, 1).value == "d1" and ws.cell(2, 8).value


@needs_gnumeric
def test_gnumeric_resave_then_refresh_keeps_every_evidence_row(tmp_path):
    path = _scored(tmp_path / "book.xlsx")
    expected = _evidence(path)
    resaved = tmp_path / "resaved.xlsx"
    done = subprocess.run([SSCONVERT, str(path), str(resaved)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert _evidence(resaved) == expected  # Gnumeric read every cell
    summary = refresh_workbook(resaved)
    assert (summary.unchanged, summary.rescored, summary.evidence_restored) == (3, 0, 0)
    assert _evidence(resaved) == expected


@needs_gnumeric
def test_gnumeric_resave_of_an_older_workbook_gets_its_evidence_back(tmp_path):
    # Evidence rows without references (as older versions wrote them): Gnumeric drops them all
    path = _scored(tmp_path / "book.xlsx")
    expected = _evidence(path)
    old = tmp_path / "old.xlsx"
    _strip_references(path, old)
    resaved = tmp_path / "resaved.xlsx"
    subprocess.run([SSCONVERT, str(old), str(resaved)], capture_output=True, timeout=120, check=True)
    assert len(_evidence(resaved)) == 1  # only the header survived
    summary = refresh_workbook(resaved)
    assert _evidence(resaved) == expected
    assert summary.evidence_restored == 3 and summary.unchanged == 3


def test_refresh_writes_again_evidence_rows_that_are_missing(tmp_path):
    path = _scored(tmp_path / "book.xlsx")
    expected = _evidence(path)
    part = sheet_part_of(path, layout.EVIDENCE)
    damaged = tmp_path / "lost.xlsx"
    # a program that kept d1's rows and dropped d2's and d3's
    rewrite(path, damaged, lambda name, data: re.sub(rb'<row r="\d+"[^>]*><c r="A\d+" t="inlineStr"[^>]*><is><t>d[23]</t>.*?</row>', b"", data)
            if name == part else data)
    assert len(_evidence(damaged)) < len(expected)
    documents = sheet_part_of(damaged, layout.DOCUMENTS)
    with zipfile.ZipFile(damaged) as archive:
        before = archive.read(documents)
    summary = refresh_workbook(damaged)
    assert (summary.evidence_restored, summary.unchanged, summary.rescored) == (2, 3, 0)
    assert _evidence(damaged) == expected
    with zipfile.ZipFile(damaged) as archive:
        assert archive.read(documents) == before  # the scores were right; the Documents sheet is not touched
    assert refresh_workbook(damaged).evidence_restored == 0  # and a second refresh finds nothing to do


def test_renamed_id_gets_its_evidence_rows_under_the_new_id(tmp_path):
    path = _scored(tmp_path / "book.xlsx")
    documents = sheet_part_of(path, layout.DOCUMENTS)
    renamed = tmp_path / "renamed.xlsx"
    rewrite(path, renamed, lambda name, data: data.replace(b"<t>d2</t>", b"<t>second</t>", 1) if name == documents else data)
    summary = refresh_workbook(renamed)
    ids = [row[0] for row in _evidence(renamed)[1:]]
    assert "d2" not in ids and ids.count("second") == [row[0] for row in _evidence(path)[1:]].count("d2")
    # (sheets30) counted as filed under the new id, not as missing rows written again
    assert (summary.evidence_refiled, summary.evidence_restored) == (1, 0)


def test_long_id_is_cut_the_same_way_in_documents_and_evidence(tmp_path):
    long_id = "x" * 40_000
    items = records()
    items[1].columns["id"] = long_id
    items[1].id = long_id
    path = _scored(tmp_path / "book.xlsx", items)
    wb = openpyxl.load_workbook(path)
    doc_id = wb[layout.DOCUMENTS].cell(3, 1).value
    evidence_ids = {row[0] for row in wb[layout.EVIDENCE].iter_rows(min_row=2, values_only=True)} - {"d1", "d3"}
    assert len(doc_id) <= CELL_LIMIT and evidence_ids == {doc_id}
    summary = refresh_workbook(path)
    assert (summary.unchanged, summary.evidence_restored) == (3, 0)


def test_refresh_gives_references_to_evidence_rows_of_older_workbooks(tmp_path):
    path = _scored(tmp_path / "book.xlsx")
    expected = _evidence(path)
    old = tmp_path / "old.xlsx"
    _strip_references(path, old)
    documents = sheet_part_of(old, layout.DOCUMENTS)
    edited = tmp_path / "edited.xlsx"
    rewrite(old, edited, lambda name, data: data.replace(b"Title 2", b"Title two", 1) if name == documents else data)
    assert refresh_workbook(edited).rescored == 1  # d1 and d3 kept: their old rows are copied
    with zipfile.ZipFile(edited) as archive:
        data = archive.read(sheet_part_of(edited, layout.EVIDENCE))
    cells = re.findall(rb"<c(?=[\s/>])[^>]*>", data)
    assert cells and all(b' r="' in c for c in cells)
    assert [row[0] for row in _evidence(edited)] == [row[0] for row in expected]


@needs_gnumeric
def test_flow_score_a_folder_resave_in_gnumeric_then_refresh(tmp_path):
    """The README's flow through the command line: score the examples, re-save in Gnumeric,
    refresh with nothing edited: every row unchanged and every Evidence row still there."""
    import sys

    from conftest import EXAMPLES

    folder = tmp_path / "examples"
    shutil.copytree(EXAMPLES, folder)
    book = tmp_path / "scored.xlsx"
    cli = [sys.executable, "-m", "xlplugin.cli"]
    done = subprocess.run(cli + ["score", str(folder), "-o", str(book), "-q"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    expected = _evidence(book)
    resaved = tmp_path / "resaved.xlsx"
    subprocess.run([SSCONVERT, str(book), str(resaved)], capture_output=True, timeout=120, check=True)
    done = subprocess.run(cli + ["refresh", str(resaved)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    counts = refresh_counts(done.stderr)
    assert counts["unchanged"] == len(list(folder.iterdir())) and counts["rescored"] == 0
    assert _evidence(resaved) == expected and len(expected) > 20
