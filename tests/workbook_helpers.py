"""Helpers for the workbook tests: score a few of the named samples, read zip parts, and build
workbooks carrying every kind of user content with xlsxwriter (a different writer from ours)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import openpyxl

from samples import CALM_REPORT, CHARGED_RANT, HAPPY_NOTE

from xlplugin import Settings, score_many
from xlplugin.engine import DocumentInput
from xlplugin.inputs import Record
from xlplugin.workbook import layout

# HAPPY_NOTE with a sentence more: the index needs at least 25 words (min_words_index).
HAPPY_DAY = HAPPY_NOTE + " Families stayed until sunset, and the friendly volunteers were thrilled with the warm welcome."
TEXTS = [CALM_REPORT, CHARGED_RANT, HAPPY_DAY]
# (book47) a text with more loaded terms than the Evidence sheet lists (25 a signal), written for these tests
LOUD = " ".join(["This outrageous, disgraceful, shameful scandal is a total disaster and a disgusting betrayal."] * 3) + (
    " The corrupt, incompetent, pathetic, ridiculous, absurd, horrific, catastrophic, insane plan is a monstrous "
    "outrage, a vile hoax and an evil lie.")
PIER_LINE = "The council met on Tuesday to discuss the pier, the clerk said."


def scored_by_cli(tmp_path: Path, header, rows, name: str = "book.xlsx") -> Path:
    """A workbook scored by `xlplugin score` from a Documents sheet of `header` and `rows` (the
    input saved as in.xlsx beside it); the scored workbook's path."""
    from xlplugin.cli import main

    src, out = merged_book(tmp_path / "in.xlsx", header, rows), tmp_path / name
    assert main(["score", str(src), "-o", str(out), "-q"]) == 0
    return out


def scored_folder(tmp_path: Path, texts: dict[str, str], folder: str = "src") -> tuple[Path, Path]:
    """`texts` ({file name: text}) written as files into `tmp_path`/`folder` and scored by
    `xlplugin score FOLDER -o book.xlsx -q` (shared by hunt31 and hunt41): (the folder, the
    scored workbook's path)."""
    from xlplugin.cli import main

    src = tmp_path / folder
    src.mkdir()
    for name, text in texts.items():
        (src / name).write_text(text, encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(src), "-o", str(book), "-q"]) == 0
    return src, book


def refresh_counts(err: str) -> dict[str, int]:
    """The counts of a refresh's summary line ("xlplugin: refreshed BOOK: 2 rows scored again, 6
    unchanged, in 0.1 s"), by RefreshSummary's names; a count the line does not say is 0."""
    from xlplugin.cli import REFRESH_COUNTS

    line = next(line for line in err.splitlines() if line.startswith(("xlplugin: refreshed ", "xlplugin: left ")))
    said = line.split(": ", 2)[2].rsplit(", in ", 1)[0]
    by_words = {words: key for key, words in REFRESH_COUNTS}
    counts = dict.fromkeys(by_words.values(), 0)
    if said == "no rows":
        return counts
    for piece in said.split(", "):
        number, words = piece.split(" ", 1)
        words = words.removeprefix("rows ").removeprefix("row ")
        counts[by_words[words]] = int(number)
    return counts


def records(texts=TEXTS, **extra):
    out = []
    for number, text in enumerate(texts, start=1):
        columns = {"id": f"d{number}", "title": f"Title {number}", "url": f"https://www.example.org/news/{number}", "text": text}
        out.append(Record(id=f"d{number}", text=text, title=f"Title {number}", url=columns["url"],
                          source=f"test row {number}", columns=columns, text_column="text"))
    return out


def score(items, settings=None):
    settings = settings or Settings()
    recs = [i for i in items if isinstance(i, Record)]
    results = list(score_many([DocumentInput(r.text, r.id, r.title, r.url, r.outlet) for r in recs], settings=settings, workers=1))
    by = dict(zip(map(id, recs), results))
    return [by.get(id(i)) for i in items]


def parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def sheet_part(path: Path, name: str) -> str:
    from xlplugin.workbook.package import Package

    with Package.open(path) as package:
        return package.sheets[name]


def user_book(path: Path, texts=TEXTS, *, vba: Path | None = None, blank_rows=(), score_formula=False,
              pivot_data=None) -> None:
    """A workbook made the way a user might: a Documents sheet with their own columns and the
    (empty) score columns, plus formatting, a comment, data validation, conditional formatting, a
    defined name, a chart, an image, another sheet with formulas, and optionally a VBA part."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    if vba is not None:
        wb.add_vba_project(str(vba))
    ws = wb.add_worksheet(layout.DOCUMENTS)
    bold = wb.add_format({"bold": True, "bg_color": "#FFFF00"})
    headers = ["id", "title", "url", "text", "my notes"] + list(layout.OWNED_HEADERS)
    ws.write_row(0, 0, headers, bold)
    ws.set_column(0, 0, 12)
    ws.set_column(3, 3, 40)
    row = 1
    for number, text in enumerate(texts, start=1):
        while row + 1 in blank_rows:
            row += 1
        ws.write_string(row, 0, f"d{number}")
        ws.write_string(row, 1, f"Title {number}")
        ws.write_url(row, 2, f"https://www.example.org/news/{number}")
        ws.write_string(row, 3, text)
        ws.write_string(row, 4, f"note {number}", bold)
        row += 1
    if score_formula:
        ws.write_formula(1, 5, "=1+1", None, 2)
    ws.write_comment(1, 4, "A user's comment")
    ws.data_validation(1, 4, 50, 4, {"validate": "list", "source": ["keep", "check"]})
    ws.conditional_format(1, 0, 50, 0, {"type": "text", "criteria": "containing", "value": "d", "format": bold})
    ws.freeze_panes(1, 0)
    wb.define_name("MyNotes", f"={layout.DOCUMENTS}!$E$2:$E$50")
    other = wb.add_worksheet("My analysis")
    other.write_formula(0, 0, f"=COUNTA({layout.DOCUMENTS}!A2:A50)", None, len(texts))
    other.write_formula(1, 0, "=A1*2", None, 2 * len(texts))
    chart = wb.add_chart({"type": "column"})
    chart.add_series({"values": "='My analysis'!$A$1:$A$2"})
    other.insert_chart("C3", chart)
    png = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
           b"\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99=\x1d\x00\x00\x00\x00IEND\xaeB`\x82")
    image = path.with_suffix(".png")
    image.write_bytes(png)
    other.insert_image("C20", str(image))
    settings = wb.add_worksheet(layout.SETTINGS_SHEET)
    settings.write_row(0, 0, layout.SETTINGS_HEADERS)
    settings.write_row(1, 0, ["weight.readability", 0])
    if pivot_data is not None:  # a table for tests/test_workbook_pivot.py to put a pivot table on
        data = wb.add_worksheet("Pivot data")
        for r, values in enumerate(pivot_data):
            data.write_row(r, 0, values)
    sources = wb.add_worksheet(layout.SOURCES)
    sources.write_row(0, 0, layout.SOURCES_HEADERS)
    sources.write_row(1, 0, ["example.org", 0.9, "the test"])
    wb.close()


def documents_rows(book: Path) -> dict[str, dict]:
    """The Documents sheet's rows as {id: {header: value}}."""
    rows = list(openpyxl.load_workbook(book)[layout.DOCUMENTS].iter_rows(values_only=True))
    return {row[0]: dict(zip(rows[0], row)) for row in rows[1:]}


def set_document_cell(book: Path, row_id: str, header: str, value) -> None:
    """Type `value` into the Documents sheet's cell of row `row_id` under `header`, as a user would."""
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    names = [c.value for c in ws[1]]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == row_id)
    ws.cell(row, names.index(header) + 1).value = value
    wb.save(book)


def refresh_said(book: Path, capsys) -> str:
    """What `xlplugin refresh BOOK` printed (stderr then stdout); the refresh must succeed."""
    from xlplugin.cli import main

    capsys.readouterr()
    assert main(["refresh", str(book)]) == 0
    said = capsys.readouterr()
    return said.err + said.out


def json_rows_by_id(capsys, *args: str) -> dict[str, dict]:
    """`xlplugin score ARGS --json -q`'s records, keyed by their id."""
    from xlplugin.cli import main

    capsys.readouterr()
    main(["score", *args, "--json", "-q"])
    return {row["id"]: row for row in map(json.loads, capsys.readouterr().out.splitlines())}


# (hunt40a) Tables written the way a person saves one, and `score`/`refresh` run on them: shared by
# the input hunters' tests (hunt38a, hunt39a, hunt39c, hunt40a), which each had their own copy.
def table_file(tmp_path: Path, form: str, rows: list[list], name: str = "list") -> Path:
    """`rows` (the header first) saved as `name`.csv (`form` "csv": Python's csv module, UTF-8)
    or `name`.xlsx (openpyxl, its first sheet; an empty string is an empty cell)."""
    if form == "csv":
        import csv

        source = tmp_path / f"{name}.csv"
        with source.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows(rows)
        return source
    source = tmp_path / f"{name}.xlsx"
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append([cell if cell != "" else None for cell in row])
    wb.save(source)
    return source


def scored_table(tmp_path: Path, capsys, source: Path, code: int = 0, quiet: bool = False):
    """`xlplugin score SOURCE -o SOURCE-scored.xlsx` (with -q where `quiet`), its exit status
    checked against `code`: (its stderr, the Documents sheet's first column (the ids), its text
    column, the workbook's path)."""
    from xlplugin.cli import main

    out = tmp_path / f"{source.stem}-scored.xlsx"
    capsys.readouterr()
    assert main(["score", str(source), "-o", str(out), *(["-q"] if quiet else [])]) == code
    err = capsys.readouterr().err
    ws = openpyxl.load_workbook(out)[layout.DOCUMENTS]
    headers = [c.value for c in ws[1]]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    return err, [row[0] for row in rows], [row[headers.index("text")] for row in rows], out


def refreshed(book: Path, capsys) -> tuple[int, str]:
    """`xlplugin refresh BOOK`: (its exit status, its stderr)."""
    from xlplugin.cli import main

    capsys.readouterr()
    code = main(["refresh", str(book)])
    return code, capsys.readouterr().err


# (hunt47) Shared by the merged-cell tests (test_workbook_merged, hunt46, hunt47), which each had their own copy.
def merged_book(path: Path, header, rows, merges=()) -> Path:
    """A Documents sheet of `header` and `rows` saved at `path` (openpyxl), the cells `merges`
    ("B2:B4") merged: openpyxl, as Excel, keeps the value of the first cell only."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Documents"
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    for ref in merges:
        ws.merge_cells(ref)
    wb.save(path)
    return path


def scored_then_merged(book: Path, out: Path, new_id: str, text: str, rows: tuple[int, int] = (3, 4)) -> Path:
    """`book` scored into `out` (write_scored_workbook), then, as a user would in Excel, a row
    `new_id` of `text` typed under its documents and the outlet column merged over the sheet's
    `rows` (first, last): the workbook `out`, ready for a refresh."""
    from xlplugin.workbook import read_documents, write_scored_workbook

    items = list(read_documents(book))
    write_scored_workbook(out, items, score(items), Settings())
    wb = openpyxl.load_workbook(out)
    ws = wb[layout.DOCUMENTS]
    header = [c.value for c in ws[1]]
    ws.append({header.index("id") + 1: new_id, header.index("text") + 1: text})
    outlet = header.index("outlet") + 1
    ws.merge_cells(start_row=rows[0], start_column=outlet, end_row=rows[1], end_column=outlet)
    wb.save(out)
    return out


# (hunt47) Shared by the description-row tests (hunt43, hunt45), which each had their own copy.
def json_and_err(capsys, source: Path) -> tuple[list[dict], str]:
    """`xlplugin score SOURCE --json` (it must succeed): (its records in order, its stderr)."""
    from xlplugin.cli import main

    capsys.readouterr()
    assert main(["score", str(source), "--json"]) == 0
    captured = capsys.readouterr()
    return [json.loads(line) for line in captured.out.splitlines()], captured.err


def typed_dates_book(path: Path, second_row: list, rows: list[list]) -> Path:
    """A sheet of id, text, published (a date cell) and words (a number), `second_row` under the
    header, then one document a row of `rows` ((text, url, day as yyyy-mm-dd): the url not written),
    numbered from 1."""
    import datetime

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["id", "text", "published", "words"])
    ws.append(second_row)
    for n, (text, _url, day) in enumerate(rows, start=1):
        ws.append([n, text, datetime.date.fromisoformat(day), len(text.split())])
    wb.save(path)
    return path


def more_rows(book: Path) -> list[str]:
    """The Evidence cells of a workbook's "(more)" rows (book47, book48)."""
    ws = openpyxl.load_workbook(book)["Evidence"]
    return [row[3] for row in ws.iter_rows(min_row=2, values_only=True) if row[2] == "(more)"]


def printed_text(book: Path, out: Path, *options: str) -> str:
    """(book51) `book` printed to PDF by LibreOffice (in `out`) and read back by pdftotext with
    `options`; the test is skipped, with the reason, where either program is missing."""
    import shutil
    import subprocess

    import pytest

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install -y --no-install-recommends libreoffice-calc")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed: apt-get install -y poppler-utils")
    subprocess.run([soffice, f"-env:UserInstallation=file://{out / 'profile'}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out), str(book)], check=True, capture_output=True, timeout=240)
    return subprocess.run(["pdftotext", *options, str(out / (book.stem + ".pdf")), "-"], check=True, capture_output=True,
                          text=True, timeout=60).stdout
