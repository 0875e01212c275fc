"""A refresh after a weight changed to or from 0 in the Settings sheet colours the Documents sheet's
score columns as `score` colours them for those weights (refresh_colours): a column weighed 0 has no
colour, any other one its shades, so the colours never contradict the Why. The user's own formats
on their own columns are kept; the workbook stays readable by openpyxl, and by LibreOffice after it
re-saved the workbook."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile

import openpyxl
import pytest
from workbook_helpers import records, score

from xlplugin import Settings
from xlplugin.settings import settings_table
from xlplugin.workbook import layout, refresh_workbook, write_scored_workbook

SIGNALS = [name for name, header in layout.SIGNAL_HEADER.items() if header in layout.COLOUR_SCALES]


def _sheet_xml(path) -> bytes:
    names = openpyxl.load_workbook(path).sheetnames
    with zipfile.ZipFile(path) as archive:
        return archive.read(f"xl/worksheets/sheet{names.index(layout.DOCUMENTS) + 1}.xml")


def _coloured(path) -> dict[str, list[str]]:
    """Header -> the fills of its column's conditional formats, in the order of the rules."""
    wb = openpyxl.load_workbook(path)
    ws = wb[layout.DOCUMENTS]
    headers = {cell.column_letter: cell.value for cell in ws[1]}
    found: dict[str, list[str]] = {}
    for cf in ws.conditional_formatting:
        for rule in cf.rules:
            for ref in str(cf.sqref).split():
                letter = re.match(r"[A-Z]+", ref).group(0)
                fill = rule.dxf.fill.bgColor.rgb if rule.dxf is not None and rule.dxf.fill is not None else "font"
                found.setdefault(headers.get(letter, letter), []).append(fill)
    return found


def _fresh(tmp_path, weights: dict[str, float], name: str) -> dict[str, list[str]]:
    settings = Settings().with_values({"weights": weights})
    items = records()
    path = tmp_path / name
    write_scored_workbook(path, items, score(items, settings), settings)
    return _coloured(path)


def _set_weights(path, weights: dict[str, float]) -> None:
    shown = {s.name: s.shown for s in settings_table()}
    wb = openpyxl.load_workbook(path)
    ws = wb[layout.SETTINGS_SHEET]
    for name, value in weights.items():
        row = next(r for r in ws.iter_rows(min_row=2) if r[0].value in (f"weight.{name}", shown[f"weight.{name}"]))
        row[1].value = value
    wb.save(path)


@pytest.mark.parametrize("signal", SIGNALS)
def test_each_signal_column_is_coloured_as_score_colours_it_after_its_weight_crosses_0(tmp_path, signal):
    start = Settings().weights
    turned = {signal: 0.0 if start[signal] else 2.0}
    path = tmp_path / "book.xlsx"
    items = records()
    write_scored_workbook(path, items, score(items), Settings())
    wb = openpyxl.load_workbook(path)  # (a format of the user's on a column of their own, kept)
    ws = wb[layout.DOCUMENTS]
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import PatternFill
    ws.conditional_formatting.add("B2:B50", CellIsRule(operator="equal", formula=['"Title 2"'],
                                                       fill=PatternFill("solid", bgColor="FF0000FF")))
    wb.save(path)
    _set_weights(path, turned)
    refresh_workbook(path)
    now = _coloured(path)
    header = layout.SIGNAL_HEADER[signal]
    assert now.get("title") == ["FF0000FF"]
    assert now.get(header) == _fresh(tmp_path, {**start, **turned}, "fresh.xlsx").get(header)
    assert (header in now) == bool(turned[signal])
    # and back again: as `score` colours the first weights
    _set_weights(path, {signal: start[signal]})
    refresh_workbook(path)
    again = _coloured(path)
    assert {h: v for h, v in again.items() if h != "title"} == _fresh(tmp_path, start, "first.xlsx")
    assert again.get("title") == ["FF0000FF"]


def test_a_refresh_that_changes_no_weight_leaves_the_colours_byte_for_byte(tmp_path):
    path = tmp_path / "book.xlsx"
    items = records()
    write_scored_workbook(path, items, score(items), Settings())
    before = re.findall(rb"<conditionalFormatting.*?</conditionalFormatting>", _sheet_xml(path), re.S)
    _set_weights(path, {"provenance": 3})  # (from 1: no column gains or loses its colours)
    refresh_workbook(path)
    assert re.findall(rb"<conditionalFormatting.*?</conditionalFormatting>", _sheet_xml(path), re.S) == before


def test_formats_already_in_the_styles_part_are_used_again():
    from xlplugin.workbook.refresh_colours import with_dxfs

    fill = b'<dxf><fill><patternFill patternType="solid"><bgColor rgb="FF112233"/></patternFill></fill></dxf>'
    other = fill.replace(b"112233", b"445566")
    styles = b'<x:styleSheet xmlns:x="s"><x:dxfs count="1">' + fill.replace(b"<", b"<x:").replace(b"<x:/", b"</x:") \
        + b"</x:dxfs></x:styleSheet>"
    new, ids = with_dxfs(styles, [fill, other])
    assert ids == [0, 1] and new.count(b"<x:dxf>") == 2 and b'<x:dxfs count="2">' in new
    empty, ids = with_dxfs(b'<styleSheet><dxfs count="0"/></styleSheet>', [other, other])
    assert ids == [0, 0] and empty == b'<styleSheet><dxfs count="1">' + other + b"</dxfs></styleSheet>"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_after_a_libreoffice_resave(tmp_path):
    signal = next(s for s in SIGNALS if not Settings().weights[s]) if any(not Settings().weights[s] for s in SIGNALS) \
        else SIGNALS[0]
    start = Settings().weights
    turned = {signal: 0.0 if start[signal] else 2.0}
    first = tmp_path / "first.xlsx"
    items = records()
    write_scored_workbook(first, items, score(items), Settings())
    _set_weights(first, turned)
    out = tmp_path / "lo"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to",
                    "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(first)], check=True, timeout=240,
                   capture_output=True)
    path = out / "first.xlsx"
    refresh_workbook(path)
    header = layout.SIGNAL_HEADER[signal]
    now = _coloured(path)
    assert (header in now) == bool(turned[signal])
    if turned[signal]:
        assert now[header] == _fresh(tmp_path, {**start, **turned}, "fresh.xlsx")[header]
    # LibreOffice reads it back: converted again without error, the refreshed rules in it
    again = tmp_path / "again"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to",
                    "xlsx:Calc MS Excel 2007 XML", "--outdir", str(again), str(path)], check=True, timeout=240,
                   capture_output=True)
    assert (header in _coloured(again / "first.xlsx")) == bool(turned[signal])
