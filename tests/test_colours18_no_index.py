"""A row with no index (not an article, too few words, a labelled advert) has no colour behind
its signals in Excel, LibreOffice or Gnumeric, and a row with an index has the colour of what
each signal costs it. The rules are read from the written sheet and worked out as LibreOffice
draws them (tests/colour_rules.py: every true rule paints, no Stop If True): a colour scale after
a "Stop If True" rule painted a grey value of a row with no index red or green there. The texts
are our own sentences."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import zlib

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from colour_rules import blend, fills
from workbook_helpers import documents_rows, set_document_cell

from xlplugin import cli, registry
from xlplugin.workbook import layout

RECIPE = ("Lemon barley soup\n\nIngredients\n200g pearl barley\n1 litre vegetable stock\n2 lemons, juiced\n"
          "1 onion, chopped\n3 tbsp olive oil\n\nMethod\n"
          "1. Soften the onion in the oil for ten minutes over a low heat until it is golden and sweet.\n"
          "2. Add the barley and the stock, bring to the boil and simmer for forty minutes, stirring now and then.\n"
          "3. Stir in the lemon juice, season well, and serve hot with plenty of crusty bread on the side.\n")
SHORT = "The bridge reopened on Monday after repairs, the council said."
ADVERT = ("Sponsored content\n\nWhy every family deserves the comfort of a SunnyHome heat pump\n\n"
          "Winter bills are rising, and families across the region are finding that a SunnyHome heat pump "
          "keeps the house warm for less. Installation takes a single day, and our engineers tidy up before "
          "they leave. Customers tell us the quiet running is the first thing they notice, and the lower bill "
          "is the second. Book a free survey this month and we will fit a smart thermostat at no extra cost. "
          "Thousands of homes already rely on SunnyHome, and the absolutely amazing savings speak for themselves.\n")
REPORT = ("The river authority closed the towpath near the old mill on Thursday after a section of bank gave way, "
          "said Priya Natarajan, the authority's engineer. Repairs will take about six weeks and cost 80,000 pounds, "
          "according to the authority's works notice. Walkers are asked to use the lane behind the church until the "
          "path reopens. The engineer said heavy rain in March had loosened the soil under the path.")
# Enough words of a plain report to give the short row an index at a refresh
MORE = (" Crews replaced two damaged beams and resurfaced the road deck over the last three weeks, the council's "
        "highways team said in a statement. Buses return to their usual route on Tuesday, according to the "
        "operator's timetable notice.")
NO_INDEX = ("recipe", "short", "advert")


def _coloured() -> list[str]:
    """The headers of the columns that may carry colour (every one weighed in these books)."""
    return list(layout.COLOUR_SCALES)


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    folder = tmp_path_factory.mktemp("colours18")
    table = folder / "docs.csv"
    with open(table, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "url", "text"])
        for name, text in (("recipe", RECIPE), ("short", SHORT), ("advert", ADVERT), ("report", REPORT)):
            writer.writerow([name, f"https://www.bbc.co.uk/news/{name}", text])
    out = folder / "book.xlsx"
    weights = [arg for info in registry.infos() if info.colours is not None for arg in ("--weight", f"{info.name}=1")]
    assert cli.main(["score", str(table), "-o", str(out), "-q", "--workers", "1", *weights]) == 0
    return out


def _sheet_rows(path):
    """The Documents sheet, and its rows as {column letter: value}, by id."""
    ws = openpyxl.load_workbook(path)[layout.DOCUMENTS]
    rows = {}
    for cells in ws.iter_rows(min_row=2):
        values = {get_column_letter(c.column): c.value for c in cells}
        if values.get("A") is not None:
            rows[values["A"]] = values
    return ws, rows


def _letters(ws) -> dict[str, str]:
    headers = [c.value for c in ws[1]]
    return {header: get_column_letter(headers.index(header) + 1) for header in _coloured()}


def test_rows_with_no_index_have_no_colour_behind_their_signals(book):
    ws, rows = _sheet_rows(book)
    letters = _letters(ws)
    index = letters[layout.SCORE_HEADERS[0]]
    numbers = set()
    for name in NO_INDEX:
        row = rows[name]
        assert row[index] is None, name
        for header, letter in letters.items():
            if isinstance(row[letter], (int, float)):
                numbers.add(header)
            assert set(fills(ws, letter, row)) <= {"FFFFFF"}, (name, header, row[letter])
    # (the rows hold numbers in the signal columns: what a colour could be drawn behind)
    signal_headers = {registry.info(n).header for n in ("loaded_language", "provenance", "source_rating")}
    assert signal_headers <= numbers


def test_a_row_with_an_index_has_one_colour_behind_each_number(book):
    ws, rows = _sheet_rows(book)
    row = rows["report"]
    for header, letter in _letters(ws).items():
        assert isinstance(row[letter], (int, float)), header
        assert len(fills(ws, letter, row)) == 1, header


@pytest.mark.parametrize("at", [0.0, 0.5, 1.0])
def test_each_column_is_red_green_or_amber_at_its_points_and_none_without_an_index(book, at):
    """A value at the red end (costs the index all the column can), in the middle, and at the
    green end (costs nothing), and beyond each end: in a row with an index red, amber, green;
    in a row without, nothing (however the index cell is empty: no value, or an empty text)."""
    ws, _ = _sheet_rows(book)
    letters = _letters(ws)
    index = letters[layout.SCORE_HEADERS[0]]
    for header, (low, high, c_low, c_high) in layout.COLOUR_SCALES.items():
        red, green = (low, high) if c_low == layout.RED else (high, low)
        value = red + (green - red) * at
        beyond = red - (green - red) if at == 0 else green + (green - red) if at == 1 else value
        expected = {0.0: layout.RED, 0.5: layout.AMBER, 1.0: layout.GREEN}[at]
        letter = letters[header]
        for shown in (value, beyond):
            row = {letter: shown} if letter != index else {}
            assert set(fills(ws, letter, {**row, index: None})) <= {"FFFFFF"}, header
            assert set(fills(ws, letter, {**row, index: ""})) <= {"FFFFFF"}, header
            with_index = {letter: shown} if letter == index else {**row, index: 50.0}
            assert fills(ws, letter, with_index) == [expected], (header, shown)


def test_between_the_ends_a_value_takes_the_nearest_of_the_columns_shades(book):
    """Between its points a column shows one of a few steps from red through amber to green, the
    one nearest to the share of the column's cost the value takes."""
    ws, _ = _sheet_rows(book)
    letters = _letters(ws)
    index = letters[layout.SCORE_HEADERS[0]]
    steps = layout.SHADES - 1
    shades = {blend(layout.RED, layout.GREEN, k / steps, layout.AMBER): k / steps for k in range(steps + 1)}
    for header, (low, high, c_low, c_high) in layout.COLOUR_SCALES.items():
        red, green = (low, high) if c_low == layout.RED else (high, low)
        for tenth in range(41):
            at = tenth / 40
            row = {letters[header]: red + (green - red) * at, index: 50.0} if letters[header] != index \
                else {index: red + (green - red) * at}
            [colour] = fills(ws, letters[header], row)
            assert abs(shades[colour] - at) <= 1 / (2 * steps) + 1e-9, (header, at, colour)


def test_a_refresh_colours_a_row_whose_index_appears_or_goes(book, tmp_path):
    """The colours follow the index cell: a short text given more words gets an index at the
    refresh and its colours with it; the report turned into a recipe loses both."""
    path = tmp_path / "book.xlsx"
    path.write_bytes(book.read_bytes())
    set_document_cell(path, "short", "text", SHORT + MORE)
    set_document_cell(path, "report", "text", RECIPE)
    assert cli.main(["refresh", str(path), "-q"]) == 0
    assert documents_rows(path)["short"][layout.SCORE_HEADERS[0]] is not None
    ws, rows = _sheet_rows(path)
    letters = _letters(ws)
    gained, lost = rows["short"], rows["report"]
    assert gained[letters[layout.SCORE_HEADERS[0]]] is not None and lost[letters[layout.SCORE_HEADERS[0]]] is None
    for header, letter in letters.items():
        if isinstance(gained[letter], (int, float)):
            assert len(fills(ws, letter, gained)) == 1, header
        assert set(fills(ws, letter, lost)) <= {"FFFFFF"}, header
    assert any(isinstance(lost[letter], (int, float)) for header, letter in letters.items()
               if header != layout.SCORE_HEADERS[0])


def _pdf_colours(pdf) -> set[tuple[int, int, int]]:
    """Every fill colour a PDF's pages draw with (`r g b rg`), as 0-255 triples."""
    colours = set()
    data = pdf.read_bytes()
    for match in re.finditer(rb"stream\r?\n", data):
        end = data.find(b"endstream", match.end())
        try:
            content = zlib.decompress(data[match.end():end])
        except zlib.error:
            continue  # an image or a font
        colours.update(tuple(round(float(x) * 255) for x in c.split()) for c in re.findall(rb"([\d.]+ [\d.]+ [\d.]+) rg", content))
    return colours


def _on_the_scale(rgb: tuple[int, int, int]) -> bool:
    """Is `rgb` one of the colours from red through amber to green (a scale's or a shade's)?"""
    for at in range(201):
        shade = blend(layout.RED, layout.GREEN, at / 200, layout.AMBER)
        if all(abs(int(shade[i * 2:i * 2 + 2], 16) - rgb[i]) <= 2 for i in range(3)):
            return True
    return False


@pytest.mark.slow
def test_libreoffice_draws_no_colour_behind_rows_with_no_index(tmp_path):
    """LibreOffice itself, on a Documents sheet of rows with no index only: their signal values
    are drawn grey and nothing from red to green is drawn (it drew the colour scales there)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install -y --no-install-recommends libreoffice-calc")
    table = tmp_path / "docs.csv"
    with open(table, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "url", "text"])
        for name, text in (("recipe", RECIPE), ("short", SHORT), ("advert", ADVERT)):
            writer.writerow([name, f"https://www.bbc.co.uk/news/{name}", text])
    out = tmp_path / "book.xlsx"
    weights = [arg for info in registry.infos() if info.colours is not None for arg in ("--weight", f"{info.name}=1")]
    assert cli.main(["score", str(table), "-o", str(out), "-q", "--workers", "1", *weights]) == 0
    wb = openpyxl.load_workbook(out)
    for name in wb.sheetnames[1:]:  # (the Documents sheet alone: the others carry colours of their own)
        del wb[name]
    wb.save(out)
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(out)], check=True, capture_output=True, timeout=240)
    colours = _pdf_colours(tmp_path / "book.pdf")
    assert (0x80, 0x80, 0x80) in colours  # the muted values: the rules were read
    assert not [c for c in colours if _on_the_scale(c)]
