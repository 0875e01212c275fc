"""The sheets written for people: Read (each document's words with its flags, as rich text),
Outlets (a roll-up per outlet), the Copies column, and how a refresh keeps them current."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from samples import CALM_REPORT, CHARGED_RANT
from workbook_helpers import parts, records, score, sheet_part

from xlplugin import Settings
from xlplugin.inputs import Record
from xlplugin.outlets import NO_OUTLET, Entry, outlet_of, rollup
from xlplugin.workbook import layout, refresh_workbook, write_scored_workbook
from xlplugin.workbook.outlets import FIRST_ROW as OUTLET_ROW, OUTLETS
from xlplugin.workbook.read_sheet import (
    FIRST_ROW,
    GREEN,
    GREY,
    MARK,
    ORANGE,
    READ,
    READ_HEADERS,
    RED,
    TEXT_COLUMN,
    cut_runs,
    marked_runs,
)

COPY = "Breaking: budget news. " + CALM_REPORT  # the same story with a new first sentence


def _book(tmp_path, texts, **columns):
    items = records(texts)
    for item in items:
        for key, values in columns.items():
            item.columns[key] = values[int(item.id[1:]) - 1]
            setattr(item, key, values[int(item.id[1:]) - 1])
    path = tmp_path / "book.xlsx"
    write_scored_workbook(path, items, score(items), Settings())
    return path


def _runs(cell_value) -> list[tuple[str, str, bool]]:
    """(text, colour, bold) of each run of a rich-text cell."""
    out = []
    for block in cell_value:
        if isinstance(block, TextBlock):
            colour = block.font.color.rgb if block.font.color is not None else ""
            out.append((block.text, colour, bool(block.font.b)))
        else:
            out.append((block, "", False))
    return out


def test_read_sheet_marks_the_words_and_sentences_that_made_the_scores(tmp_path):
    path = _book(tmp_path, [CALM_REPORT, CHARGED_RANT])
    ws = openpyxl.load_workbook(path, rich_text=True)[READ]
    assert [c.value for c in ws[FIRST_ROW - 1]] == list(READ_HEADERS)
    legend = ws.cell(2, TEXT_COLUMN).value
    assert isinstance(legend, CellRichText) and "loaded word" in str(legend)
    calm, rant = ws.cell(FIRST_ROW, TEXT_COLUMN).value, ws.cell(FIRST_ROW + 1, TEXT_COLUMN).value
    # the whole text is there, in order, once the marks are taken out
    assert str(calm).replace(MARK, "") == CALM_REPORT and str(rant).replace(MARK, "") == CHARGED_RANT
    red = {text.strip(" !,.").lower() for text, colour, _ in _runs(rant) if colour == RED}
    assert {"disgusting", "corrupt", "thugs"} <= red  # loaded words of the rant, in red
    assert not any(colour == RED for _, colour, _ in _runs(calm))  # the calm report has none
    # the sourced claim ("according to the finance office") is green
    assert any(colour == GREEN and "according to the finance office" in text for text, colour, _ in _runs(calm))
    assert ws.cell(FIRST_ROW, 2).value == "d1" and isinstance(ws.cell(FIRST_ROW, 4).value, float)
    assert ws.cell(FIRST_ROW, 1).value == 2  # its row in the Documents sheet


def test_unsourced_sentences_get_the_orange_mark_and_cues_are_bold():
    from xlplugin import score_text

    text = "By Ana Lima\n\nThe mayor spent 3 million dollars on the new stadium last year."
    runs = marked_runs(text, score_text(text))
    starts = [i for i, r in enumerate(runs) if r.text == MARK]
    assert starts and runs[starts[0]].color == ORANGE
    assert runs[starts[0] + 1].color == ORANGE and runs[starts[0] + 1].text.startswith("The mayor spent")
    assert any(r.bold and "By Ana Lima" in r.text for r in runs)  # the byline cue


def test_a_long_text_is_cut_with_a_marker_saying_where_the_rest_is():
    from xlplugin.workbook.read_sheet import Run

    runs = [Run("word " * 1000)]
    cut = cut_runs(runs, "the file docs/long.txt (Documents sheet, row 7)", 2400)
    shown = "".join(r.text for r in cut[:-1])
    assert len(shown) <= 2400 and shown.endswith("word")
    assert cut[-1].color == GREY
    assert f"{5000 - len(shown):,} more characters" in cut[-1].text and "docs/long.txt" in cut[-1].text
    assert cut_runs([Run("short")], "x", 2400) == [Run("short")]


def test_copies_column_names_the_row_and_the_share(tmp_path):
    path = _book(tmp_path, [CALM_REPORT, CHARGED_RANT, COPY])
    ws = openpyxl.load_workbook(path)[READ]
    copies = {ws.cell(r, 2).value: ws.cell(r, 5).value for r in range(FIRST_ROW, FIRST_ROW + 3)}
    assert copies["d2"] is None
    assert copies["d3"].startswith("same story as row 2 (id d1): ")
    assert copies["d1"].startswith("same story as row 4 (id d3): 100% of this text is in it")
    evidence = [row for row in openpyxl.load_workbook(path)["Evidence"].iter_rows(values_only=True) if row[1] == layout.COPIES_SIGNAL]
    assert {row[0] for row in evidence} == {"d1", "d3"}
    assert all(row[2] == "shared passage" for row in evidence)


def test_outlets_sheet_groups_by_outlet_column_then_web_address(tmp_path):
    path = _book(tmp_path, [CALM_REPORT, CHARGED_RANT, COPY], outlet=["Daily Ledger", "", "daily ledger"])
    ws = openpyxl.load_workbook(path)[OUTLETS]
    rows = [r for r in ws.iter_rows(min_row=OUTLET_ROW, values_only=True) if r[0]]
    by = {r[0]: r for r in rows[:2]}
    assert set(by) == {"Daily Ledger", "example.org"}  # d2 has no outlet: its URL's domain
    assert by["Daily Ledger"][2] == 2 and by["example.org"][2] == 1
    assert by["example.org"][5] is None  # one document: no spread, not a 0
    assert rows[0][4] >= rows[1][4]  # sorted by mean index


def test_rollup_statistics_are_the_sample_mean_and_standard_deviation():
    entries = [Entry("A", "outlet column", f"a{i}", v, {"provenance": p}) for i, (v, p) in enumerate([(40, 10), (60, 30)])]
    # a document scored with no index (too short): no provenance, but a reading grade (loose22: a
    # row with no value at all is a row not scored, not one of the outlet's documents)
    entries.append(Entry("A", "outlet column", "a2", None, {"provenance": None, "readability": 8.0}))
    entries.append(Entry("B", "web address", "b", 90.0, {}))
    a, b = rollup(entries)[::-1]
    assert (a.documents, a.scored) == (3, 2)
    assert a.index_stats() == pytest.approx((50.0, 14.142135623730951))  # sd of 40 and 60 with n - 1
    assert a.signal_stats("provenance") == pytest.approx((20.0, 14.142135623730951))
    assert b.index_stats() == (90.0, None)
    assert outlet_of(None, "", "https://www.news.example.com/x") == ("news.example.com", "web address")
    assert outlet_of(None) == (NO_OUTLET, "")


def test_cli_by_outlet_prints_the_same_rollup(tmp_path):
    (tmp_path / "docs.csv").write_text(
        "id,outlet,text\n" + "\n".join(f'{i},{o},"{t}"' for i, o, t in
                                       [(1, "Ledger", CALM_REPORT), (2, "Ledger", COPY), (3, "Rant Blog", CHARGED_RANT)]),
        encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "xlplugin.cli", "score", str(tmp_path / "docs.csv"), "--by-outlet", "-q"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split()[:3] == ["outlet", "docs", "index"]
    assert [line.split()[0] for line in lines[2:4]] == ["Ledger", "Rant"]  # by mean index
    as_json = subprocess.run([sys.executable, "-m", "xlplugin.cli", "score", str(tmp_path / "docs.csv"), "--by-outlet", "--json", "-q"],
                             capture_output=True, text=True)
    first = json.loads(as_json.stdout.splitlines()[0])
    assert first["outlet"] == "Ledger" and first["documents"] == 2 and first["outlet_from"] == ["outlet column"]


def _read_rows(path) -> dict[str, bytes]:
    """Read sheet rows by document id: exact XML bytes of the text cell."""
    import zipfile

    data = zipfile.ZipFile(path).read(sheet_part(path, READ))
    out = {}
    for match in re.finditer(rb'<row r="(\d+)"[^>]*>(.*?)</row>', data, re.S):
        if int(match.group(1)) >= FIRST_ROW:
            ids = re.findall(rb"<t>(d\d)</t>", match.group(2))
            text_cell = re.findall(rb"<c[^>]*><is><r>.*?</is></c>", match.group(2), re.S)
            out[ids[0].decode()] = text_cell[0]
    return out


def test_refresh_rewrites_the_read_rows_of_changed_documents_only(tmp_path):
    path = _book(tmp_path, [CALM_REPORT, CHARGED_RANT, CALM_REPORT.replace("Tuesday", "Monday")])
    wb = openpyxl.load_workbook(path, rich_text=True)
    before = {r[1].value: _runs(r[TEXT_COLUMN - 1].value) for r in wb[READ].iter_rows(min_row=FIRST_ROW)}
    ws = wb["Documents"]
    text_col = [c.value for c in ws[1]].index("text") + 1
    ws.cell(3, text_col).value = CHARGED_RANT + " Those so-called experts lied."  # d2 edited
    ws.cell(5, 1).value, ws.cell(5, text_col).value = "d4", COPY  # a row appended: a copy of d1
    wb.save(path)  # as a user's program would: every part written anew, the Read text as shared strings
    summary = refresh_workbook(path)
    assert (summary.rescored, summary.appended) == (1, 1)
    ws = openpyxl.load_workbook(path, rich_text=True)[READ]
    after = {r[1].value: _runs(r[TEXT_COLUMN - 1].value) for r in ws.iter_rows(min_row=FIRST_ROW)}
    assert after["d1"] == before["d1"] and after["d3"] == before["d3"]  # kept, with their colours
    assert after["d2"] != before["d2"] and any("so-called" in text for text, _, _ in after["d2"])
    assert any(colour == RED and "so-called" in text for text, colour, _ in after["d2"])
    copies = {ws.cell(r, 2).value: ws.cell(r, 5).value for r in range(FIRST_ROW, ws.max_row + 1)}
    assert copies["d4"].startswith("same story as row 2 (id d1)")
    assert "row 5 (id d4)" in copies["d1"]  # an unchanged row's Copies cell follows the new row


def test_refresh_keeps_unchanged_read_rows_byte_for_byte(tmp_path):
    path = _book(tmp_path, [CALM_REPORT, CHARGED_RANT])
    before = _read_rows(path)
    # edit d2's text in the package itself (as a refresh sees a user's edit), nothing else
    import zipfile

    raw = parts(path)
    docs = sheet_part(path, "Documents")
    raw[docs] = raw[docs].replace(b"Pathetic liars", b"Pathetic cheats", 1)
    assert raw[docs] != parts(path)[docs]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in raw.items():
            out.writestr(name, data)
    summary = refresh_workbook(path)
    assert summary.rescored == 1 and summary.unchanged == 1
    after = _read_rows(path)
    assert after["d1"] == before["d1"]  # kept as it was
    assert after["d2"] != before["d2"] and b"cheats" in after["d2"]
    outlets = openpyxl.load_workbook(path)[OUTLETS]
    assert [r[2] for r in outlets.iter_rows(min_row=OUTLET_ROW, values_only=True) if r[0]] == [2]


def test_read_sheet_of_a_problem_row_is_empty_and_says_nothing_false(tmp_path):
    from xlplugin.inputs import Problem

    items = records([CALM_REPORT]) + [Problem("gone.txt", "gone.txt: file not found", "gone")]
    path = tmp_path / "book.xlsx"
    write_scored_workbook(path, items, score(items), Settings())
    ws = openpyxl.load_workbook(path)[READ]
    assert ws.cell(FIRST_ROW + 1, 2).value == "gone"
    # no index, and in the text's place the reason its Status gives (a reader of the Read sheet alone needs it)
    assert ws.cell(FIRST_ROW + 1, TEXT_COLUMN).value == "[not scored: gone.txt: file not found]"
    assert ws.cell(FIRST_ROW + 1, 4).value is None
    assert isinstance(items[0], Record)


@pytest.mark.slow
def test_refresh_after_libreoffice_saved_the_workbook_keeps_the_read_rows(tmp_path):
    """LibreOffice stores the Read sheet's rich text as shared strings with cell references; a
    refresh finds the rows by id and hash there too, and keeps their colours."""
    import shutil
    import zipfile

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install -y --no-install-recommends libreoffice-calc")
    path = _book(tmp_path, [CALM_REPORT, CHARGED_RANT])
    out = tmp_path / "lo"
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--convert-to", "xlsx",
                    "--outdir", str(out), str(path)], check=True, capture_output=True, timeout=240)
    saved = out / "book.xlsx"
    assert b't="s"' in zipfile.ZipFile(saved).read(sheet_part(saved, READ))  # shared strings now
    before = {r[1].value: _runs(r[TEXT_COLUMN - 1].value)
              for r in openpyxl.load_workbook(saved, rich_text=True)[READ].iter_rows(min_row=FIRST_ROW)}
    raw = parts(saved)
    docs = sheet_part(saved, "Documents")
    strings = "xl/sharedStrings.xml"
    target = strings if b"Pathetic liars" in raw[strings] else docs
    raw[target] = raw[target].replace(b"Pathetic liars", b"Pathetic cheats", 1)
    with zipfile.ZipFile(saved, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in raw.items():
            new.writestr(name, data)
    summary = refresh_workbook(saved)
    assert (summary.rescored, summary.unchanged) == (1, 1)
    after = {r[1].value: _runs(r[TEXT_COLUMN - 1].value)
             for r in openpyxl.load_workbook(saved, rich_text=True)[READ].iter_rows(min_row=FIRST_ROW)}
    assert after["d1"] == before["d1"] and any(colour == GREEN for _, colour, _ in after["d1"])
    assert any("cheats" in text for text, _, _ in after["d2"])


def test_copies_are_not_looked_for_beyond_the_limit_and_the_cell_says_so(tmp_path, monkeypatch):
    import xlplugin.copies

    monkeypatch.setattr(xlplugin.copies, "MAX_DOCUMENTS", 2)
    path = _book(tmp_path, [CALM_REPORT, CHARGED_RANT, COPY])
    ws = openpyxl.load_workbook(path)[READ]
    cells = [ws.cell(r, 5).value for r in range(FIRST_ROW, FIRST_ROW + 3)]
    assert all(c.startswith("not looked for: 3 documents, more than the 2 compared") for c in cells)


def _edit_in_package(path, old: bytes, new: bytes) -> None:
    import zipfile

    raw = parts(path)
    docs = sheet_part(path, "Documents")
    assert old in raw[docs]
    raw[docs] = raw[docs].replace(old, new, 1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in raw.items():
            out.writestr(name, data)


def _hashed_during_refresh(path, monkeypatch) -> list[str]:
    import xlplugin.copies

    hashed = []
    original = xlplugin.copies._shingle_hashes

    def counting(text):
        hashed.append(text)
        return original(text)

    monkeypatch.setattr(xlplugin.copies, "_shingle_hashes", counting)
    refresh_workbook(path)
    monkeypatch.setattr(xlplugin.copies, "_shingle_hashes", original)
    return hashed


def test_refresh_hashes_only_the_changed_texts_for_copies(tmp_path, monkeypatch):
    from samples import HAPPY_NOTE

    path = _book(tmp_path, [CALM_REPORT, CHARGED_RANT, HAPPY_NOTE])
    _edit_in_package(path, b"Pathetic liars", b"Pathetic cheats")
    hashed = _hashed_during_refresh(path, monkeypatch)
    assert len(hashed) == 1 and "cheats" in hashed[0]  # the other two: fingerprints kept in the sheet


def test_fingerprints_made_another_way_are_not_used(tmp_path, monkeypatch):
    from samples import HAPPY_NOTE

    from xlplugin.copies import FINGERPRINT_SCHEME

    path = _book(tmp_path, [CALM_REPORT, CHARGED_RANT, HAPPY_NOTE])
    raw = parts(path)
    part = sheet_part(path, READ)
    assert FINGERPRINT_SCHEME.encode() in raw[part]
    import zipfile

    raw[part] = raw[part].replace(FINGERPRINT_SCHEME.encode(), b"fp0.other", 1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in raw.items():
            out.writestr(name, data)
    _edit_in_package(path, b"Pathetic liars", b"Pathetic cheats")
    assert len(_hashed_during_refresh(path, monkeypatch)) == 3  # all hashed again
