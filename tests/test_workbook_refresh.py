"""Refresh round trips on workbooks carrying user content made by another writer (xlsxwriter):
every part refresh does not own stays byte-identical, unchanged rows are not rewritten, and
what it cannot keep it refuses before touching the file."""

from __future__ import annotations

import os
import re

import openpyxl
import pytest
from workbook_helpers import TEXTS, parts, records, score, sheet_part, user_book

from xlplugin import Settings
from xlplugin.engine import engine_version
from xlplugin.errors import WorkbookError
from xlplugin.workbook import layout, refresh_workbook, write_scored_workbook
from xlplugin.workbook.package import Package
from xlplugin.workbook.sheet_scan import parse_cells, scan_sheet
from xlplugin.settings import setting_named

OWNED_START = 6  # column F: the user book has five columns of its own before the score block


def _rows(path):
    """Documents sheet rows: row number -> exact XML bytes."""
    with Package.open(path) as package:
        scan = scan_sheet(package, package.sheets[layout.DOCUMENTS])
        return {r.number: scan.data[r.start : r.end] for r in scan.rows}, scan.prefix


def _user_cells(path):
    rows, prefix = _rows(path)
    return {n: [raw for col, raw, _s, _f in parse_cells(data, prefix)[1] if col < OWNED_START] for n, data in rows.items()}


def _settings_rows_added(path, before, after):
    """The Settings sheet's part, checked: the user's sheet holds one setting; the refresh wrote
    a row for each other one below it (refresh_settings.missing_rows_added), its rows kept as
    they were, byte for byte."""
    part = sheet_part(path, layout.SETTINGS_SHEET)
    old, new = before[part], after[part]
    assert old[old.index(b"<row"):old.index(b"</sheetData>")] in new
    assert len(re.findall(rb"<row\b", new)) == len(layout.WORKBOOK_SETTINGS) + 1
    return part


@pytest.fixture
def refreshed(tmp_path):
    path = tmp_path / "book.xlsx"
    user_book(path)
    before = parts(path)
    summary = refresh_workbook(path)
    return path, before, summary


def test_new_rows_are_scored_and_everything_else_is_kept_byte_for_byte(refreshed):
    path, before, summary = refreshed
    assert (summary.appended, summary.rescored, summary.unchanged, summary.failed) == (len(TEXTS), 0, 0, 0)
    after = parts(path)
    docs = sheet_part(path, layout.DOCUMENTS)
    assert set(after) == set(before)
    changed = {name for name in before if before[name] != after[name]}
    # shared strings, comments, drawings, image, chart, names: untouched; the styles part gains
    # the formats `score` gives its rows (no row here had one to reuse: score_styles), appended,
    # every format already there in its place; the Settings sheet, the rows it lacked
    assert changed == {docs, "xl/styles.xml", _settings_rows_added(path, before, after)}
    old_xfs, new_xfs = (re.search(rb"<cellXfs\b.*?</cellXfs>", p["xl/styles.xml"], re.S).group(0) for p in (before, after))
    old_entries = re.findall(rb"<xf\b.*?(?:/>|</xf>)", old_xfs, re.S)
    assert re.findall(rb"<xf\b.*?(?:/>|</xf>)", new_xfs, re.S)[:len(old_entries)] == old_entries
    # the user's own cells in the Documents sheet are the same bytes; those with no format of
    # their own (the foot of the row, printed against the next row's scores) take the one `score`
    # gives such a cell (print18: at the top of the row), and nothing else of them changes
    user_book(path.with_name("again.xlsx"))
    kept, given = _user_cells(path.with_name("again.xlsx")), _user_cells(path)
    assert kept.keys() == given.keys()
    for number, cells in kept.items():
        assert len(cells) == len(given[number])
        for old, new in zip(cells, given[number]):
            assert old == (new if b' s="' in old else re.sub(rb' s="\d+"', b"", new, count=1))
    assert any(b' s="' not in old for cells in kept.values() for old in cells)  # (the case is tested)
    ws = openpyxl.load_workbook(path)[layout.DOCUMENTS]
    for row in range(2, 2 + len(TEXTS)):
        assert isinstance(ws.cell(row, OWNED_START).value, (int, float))
        assert ws.cell(row, OWNED_START + layout.OWNED_HEADERS.index("Scored with (xlplugin version)")).value == engine_version()
        # the Sources sheet rating (example.org 0.9) is joined through the URL
        assert ws.cell(row, OWNED_START + layout.OWNED_HEADERS.index(layout.SIGNAL_HEADER["source_rating"])).value == pytest.approx(0.9)
    # the Settings sheet (readability weight 0) was used: its digest is in every row's stamp
    expected = Settings().with_values({"weight.readability": 0}).with_ratings({"example.org": (0.9, "the test")}).digest()
    assert ws.cell(2, OWNED_START + layout.OWNED_HEADERS.index("Settings hash")).value == expected
    # a formula's cached value in the user's other sheet is still there
    other = openpyxl.load_workbook(path, data_only=True)["My analysis"]
    assert other["A1"].value == len(TEXTS) and other["B1"].value is None and other["A2"].value == 2 * len(TEXTS)


def test_second_refresh_changes_nothing_and_does_not_touch_the_file(refreshed):
    path, _, _ = refreshed
    stat = path.stat()
    content = path.read_bytes()
    summary = refresh_workbook(path)
    assert (summary.unchanged, summary.rescored, summary.appended) == (len(TEXTS), 0, 0)
    assert path.read_bytes() == content and path.stat().st_mtime_ns == stat.st_mtime_ns


def test_only_the_changed_row_is_rewritten(refreshed, tmp_path):
    path, _, _ = refreshed
    # Edit one document's text the way a spreadsheet program saves it: in the shared strings.
    edited = tmp_path / "edited.xlsx"
    import zipfile

    with zipfile.ZipFile(path) as src, zipfile.ZipFile(edited, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/sharedStrings.xml":
                first_words = TEXTS[1].split(" ")[0:3]
                assert " ".join(first_words).encode() in data
                data = data.replace(" ".join(first_words).encode(), b"This is a calm and measured", 1)
            dst.writestr(info, data)
    before_parts = parts(edited)
    before_rows, _ = _rows(edited)
    summary = refresh_workbook(edited)
    assert (summary.rescored, summary.unchanged, summary.appended) == (1, len(TEXTS) - 1, 0)
    after_rows, _ = _rows(edited)
    assert [n for n in before_rows if before_rows[n] != after_rows[n]] == [3]  # row 3 holds the second text
    after_parts = parts(edited)
    assert {n for n in before_parts if before_parts[n] != after_parts[n]} == {sheet_part(edited, layout.DOCUMENTS)}


def test_settings_given_on_the_command_line_are_written_into_the_settings_sheet(tmp_path):
    path = tmp_path / "scored.xlsx"
    items = records()
    write_scored_workbook(path, items, score(items), Settings())
    before = parts(path)
    summary = refresh_workbook(path, settings_overrides={"provenance": 0})
    assert summary.rescored == len(items)
    wb = openpyxl.load_workbook(path)
    values = {setting_named(r[0]): r[1] for r in wb[layout.SETTINGS_SHEET].iter_rows(min_row=2, max_col=2, values_only=True)}
    assert values["weight.provenance"] == 0
    # and so a plain refresh afterwards agrees with the stamps
    assert refresh_workbook(path).unchanged == len(items)
    owned = {sheet_part(path, n) for n in (layout.DOCUMENTS, layout.EVIDENCE, layout.OVERVIEW, layout.SETTINGS_SHEET, "Read", "Outlets")}
    after = parts(path)
    assert {n for n in before if before[n] != after[n]} <= owned


def test_refresh_of_our_own_workbook_regenerates_evidence_and_overview(tmp_path):
    path = tmp_path / "scored.xlsx"
    items = records()
    write_scored_workbook(path, items, score(items), Settings())
    evidence_before = list(openpyxl.load_workbook(path)[layout.EVIDENCE].iter_rows(values_only=True))
    refresh_workbook(path, settings_overrides={"sentiment": 2})
    wb = openpyxl.load_workbook(path)
    evidence_after = list(wb[layout.EVIDENCE].iter_rows(values_only=True))
    # weights do not change evidence: the same rows, now rebuilt by the refresh
    assert evidence_after == evidence_before
    counts = [r[1] for r in wb[layout.OVERVIEW].iter_rows(min_row=2, max_row=1 + len(layout.BANDS), values_only=True)]
    assert sum(counts) == len(items)


def test_deleted_rows_stay_deleted(tmp_path):
    path = tmp_path / "gaps.xlsx"
    user_book(path, blank_rows=(3,))  # row 3 left empty, as after the user cleared it
    summary = refresh_workbook(path)
    assert summary.appended == len(TEXTS)
    ws = openpyxl.load_workbook(path)[layout.DOCUMENTS]
    assert all(ws.cell(3, c).value is None for c in range(1, OWNED_START + len(layout.OWNED_HEADERS)))


def test_macros_are_kept_in_an_xlsm(tmp_path):
    vba = tmp_path / "vbaProject.bin"
    vba.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 8)  # stands in for a VBA part
    path = tmp_path / "macros.xlsm"
    user_book(path, vba=vba)
    before = parts(path)
    refresh_workbook(path)
    after = parts(path)
    assert after["xl/vbaProject.bin"] == before["xl/vbaProject.bin"]
    # (and the styles part, which gains the formats of the rows' scores: no row had one to reuse)
    assert {n for n in before if before[n] != after[n]} == {sheet_part(path, layout.DOCUMENTS), "xl/styles.xml",
                                                              _settings_rows_added(path, before, after)}


def test_refuses_to_overwrite_a_formula_in_a_score_cell(tmp_path):
    path = tmp_path / "formula.xlsx"
    user_book(path, score_formula=True)
    content = path.read_bytes()
    with pytest.raises(WorkbookError, match="F2 hold a formula"):
        refresh_workbook(path)
    assert path.read_bytes() == content


def test_refuses_without_score_columns_and_suggests_a_new_file(tmp_path):
    import xlsxwriter

    path = tmp_path / "plain.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet(layout.DOCUMENTS)
    ws.write_row(0, 0, ["id", "text"])
    ws.write_row(1, 0, ["a", TEXTS[0]])
    wb.close()
    content = path.read_bytes()
    with pytest.raises(WorkbookError, match="-o NEW.xlsx"):
        refresh_workbook(path)
    assert path.read_bytes() == content


def test_output_leaves_the_original_alone(refreshed, tmp_path):
    path, _, _ = refreshed
    content = path.read_bytes()
    out = tmp_path / "copy.xlsx"
    summary = refresh_workbook(path, output=out, settings_overrides={"loaded_language": 1})
    assert summary.rescored == len(TEXTS)
    assert path.read_bytes() == content and out.exists()


def test_read_only_and_open_files_get_a_clear_message(refreshed, monkeypatch):
    path, _, _ = refreshed
    lock = path.with_name("~$" + path.name)
    lock.write_bytes(b"x")
    with pytest.raises(WorkbookError, match="open in a spreadsheet program"):
        refresh_workbook(path, settings_overrides={"sentiment": 3})
    lock.unlink()
    path.chmod(0o444)
    if os.geteuid() == 0:  # root may write anyway; act as os.access reports for other users
        import xlplugin.workbook.files as files

        monkeypatch.setattr(files.os, "access", lambda p, mode: not (str(p) == str(path) and mode == os.W_OK))
    with pytest.raises(WorkbookError, match="read-only"):
        refresh_workbook(path, settings_overrides={"sentiment": 3})


def test_a_refresh_marks_repeated_paragraphs_over_every_row(tmp_path):
    # Four rows of one site, each ending with the same note (texts written for this test): the
    # note is the site's furniture when the book is scored, and a refresh, which re-scores only
    # changed rows, must still find it over every row: the unchanged rows stay unchanged, and the
    # edited row is scored with the note marked, as a fresh score of the whole book would.
    from test_engine import OUTLET_BODIES, OUTLET_NOTE

    path = tmp_path / "outlet.xlsx"
    items = records([body + "\n\n" + OUTLET_NOTE for body in OUTLET_BODIES])
    write_scored_workbook(path, items, score(items), Settings())
    assert refresh_workbook(path).unchanged == len(items)
    wb = openpyxl.load_workbook(path)
    ws = wb[layout.DOCUMENTS]
    headers = [c.value for c in ws[1]]
    text_col = headers.index("text") + 1
    edited = OUTLET_BODIES[0].replace("Tuesday", "Wednesday") + "\n\n" + OUTLET_NOTE
    ws.cell(2, text_col).value = edited
    wb.save(path)
    summary = refresh_workbook(path)
    assert (summary.rescored, summary.unchanged) == (1, len(items) - 1)
    again = records([edited] + [body + "\n\n" + OUTLET_NOTE for body in OUTLET_BODIES[1:]])
    fresh = score(again)[0]
    loaded_col = headers.index(layout.SIGNAL_HEADER["loaded_language"]) + 1
    hash_col = headers.index("Text hash") + 1
    ws = openpyxl.load_workbook(path)[layout.DOCUMENTS]
    assert ws.cell(2, loaded_col).value == fresh.signals["loaded_language"].value == 0
    assert ws.cell(2, hash_col).value == fresh.stamp["text"]
