"""A refresh of a workbook whose text cells hold other line ends ("\\r\\n") or decomposed accents
than the text as scored (a workbook scored before texts were normalised at the input, from a CSV
saved on Windows): the cell is rewritten as scored, so that every evidence offset slices it
again, while a real edit of the text is still an edit and nothing else changes."""

from __future__ import annotations

import zipfile
from contextlib import closing
from pathlib import Path

import openpyxl
import pytest
from hostile import rewrite, sheet_part_of

from xlplugin.cli import main
from xlplugin.workbook import layout, read_sheet, refresh_workbook
from workbook_helpers import refresh_counts

# Our own words: a byline, a dateline, loaded words, claims with and without a source, and an
# accented word, over several lines, so that evidence sits after several line ends.
REPORT = (
    "By Marta Quintela\n"
    "LISBON, March 3 - The café owners obviously lost again, the so-called experts said.\n"
    "Rents rose by 45 percent in two years, the worst rise ever recorded.\n\n"
    "The mayor's office admitted it was a disaster! Critics say the plan will fail.\n"
)
DECOMPOSED = "cafe\u0301"  # "café" as some Mac and PDF exports save it


def _decompose(data: bytes, before: str = "café", after: str = DECOMPOSED) -> bytes:
    """The sheet XML with `before` replaced by `after` (the writer saves non-ASCII characters as
    character references, another writer as UTF-8: both are replaced)."""
    def ref(text: str) -> bytes:
        return text.encode("ascii", "xmlcharrefreplace")
    return data.replace(before.encode(), after.encode()).replace(ref(before), ref(after))


def _scored_csv(tmp_path: Path, text: str = REPORT) -> Path:
    """A workbook scored now from a CSV: its text cell holds the text as scored ("\\n", NFC)."""
    csv = tmp_path / "reports.csv"
    quoted = text.replace('"', '""')
    csv.write_text(f'id,title,text\nr1,Rents,"{quoted}"\n', encoding="utf-8")
    book = tmp_path / "scored.xlsx"
    assert main(["score", str(csv), "-o", str(book), "-q", "--workers", "1"]) == 0
    return book


def _as_before(book: Path, out: Path, *, crlf: bool = True, nfd: bool = False, stale_stamp: bool = False) -> Path:
    """The workbook as one scored before the normalisation looks: "\\r\\n" (saved as the XML
    character reference a writer uses for a carriage return) and/or decomposed accents in the
    Documents text cell and the Read sheet's text; with `stale_stamp`, a text hash that is not
    the normalised text's (the old stamps hashed the text with its "\\r")."""
    documents, read = sheet_part_of(book, layout.DOCUMENTS), sheet_part_of(book, read_sheet.READ)
    with _opened(book) as wb:
        old_hash = _row(wb)[layout.STAMP_HEADERS[2]]

    def edit(name: str, data: bytes) -> bytes:
        if name not in (documents, read):
            return data
        for line in REPORT.split("\n")[:-1]:
            for saved in {line.encode(), line.encode("ascii", "xmlcharrefreplace")} if crlf and line else ():
                data = data.replace(saved + b"\n", saved + b"&#13;\n")
        if nfd:
            data = _decompose(data)
        if stale_stamp and name == documents:
            data = data.replace(old_hash.encode(), b"0123456789abcdef")
        return data

    rewrite(book, out, edit)
    return out


def _opened(book: Path):
    return closing(openpyxl.load_workbook(book, read_only=True))


def _row(wb) -> dict:
    rows = list(wb[layout.DOCUMENTS].iter_rows(values_only=True))
    return dict(zip(rows[0], rows[1]))


def _text_and_slices(book: Path) -> tuple[str, list[tuple[str, str]]]:
    """The text cell, and (evidence text, its Start/End slice of the cell) for each Evidence row."""
    with _opened(book) as wb:
        text = _row(wb)["text"]
        evidence = list(wb[layout.EVIDENCE].iter_rows(values_only=True))
    names = list(evidence[0])
    start, end, shown = names.index("Start"), names.index("End"), names.index("Evidence text")
    return text, [(row[shown], text[row[start]:row[end]]) for row in evidence[1:] if isinstance(row[start], int)]


@pytest.mark.parametrize("stale_stamp", [False, True], ids=["stamp-of-the-normalised-text", "stamp-of-the-old-text"])
@pytest.mark.parametrize("crlf,nfd", [(True, False), (False, True), (True, True)], ids=["crlf", "nfd", "both"])
def test_a_text_cell_with_other_line_ends_or_accents_is_rewritten_as_scored(tmp_path, crlf, nfd, stale_stamp):
    book = _as_before(_scored_csv(tmp_path), tmp_path / "old.xlsx", crlf=crlf, nfd=nfd, stale_stamp=stale_stamp)
    text, pairs = _text_and_slices(book)
    # (the workbook is as the tester found it: a "\r" before every line end)
    assert text != REPORT and text.count("\r") == (REPORT.count("\n") - 1 if crlf else 0)

    summary = refresh_workbook(book)
    assert (summary.rescored, summary.unchanged, summary.text_normalised, summary.text_edited) == (1, 0, 1, 0)
    text, pairs = _text_and_slices(book)
    assert text == REPORT
    assert len(pairs) >= 5
    assert [cut for _, cut in pairs] == [evidence for evidence, _ in pairs]
    with zipfile.ZipFile(book) as archive:
        read_xml = archive.read(sheet_part_of(book, read_sheet.READ))
    assert b"&#13;" not in read_xml and b"_x000D_" not in read_xml and b"&#769;" not in read_xml
    with _opened(book) as wb:
        assert _row(wb)["title"] == "Rents" and _row(wb)["id"] == "r1"
    # a second refresh finds the row as it left it
    summary = refresh_workbook(book)
    assert (summary.rescored, summary.unchanged, summary.text_normalised) == (0, 1, 0)


def test_a_real_edit_of_a_crlf_text_cell_is_scored_and_kept(tmp_path):
    """The user's edit is an edit: the row is scored from the edited text, which stays in the
    cell (only its line ends change)."""
    book = _as_before(_scored_csv(tmp_path), tmp_path / "old.xlsx")
    added = "A council spokesman said the figures were wrong."
    documents = sheet_part_of(book, layout.DOCUMENTS)
    edited = tmp_path / "edited.xlsx"
    rewrite(book, edited, lambda name, data: data.replace(b"will fail.&#13;\n", b"will fail.&#13;\n" + added.encode() + b"&#13;\n")
            if name == documents else data)
    summary = refresh_workbook(edited)
    assert (summary.rescored, summary.text_normalised) == (1, 1)
    text, pairs = _text_and_slices(edited)
    assert text == REPORT + added + "\n"
    assert [cut for _, cut in pairs] == [evidence for evidence, _ in pairs]


def test_an_unchanged_workbook_is_not_touched(tmp_path):
    book = _scored_csv(tmp_path)
    before = book.read_bytes()
    summary = refresh_workbook(book)
    assert (summary.unchanged, summary.rescored, summary.text_normalised) == (1, 0, 0)
    assert book.read_bytes() == before


PAGE = """<!doctype html><html><head><title>Rents rise again</title></head>
<body><nav><a href="/">Home</a></nav><article><h1>Rents rise again</h1><p>{}</p></article>
<footer>Copyright Example Harbour News</footer></body></html>"""
PAGE_TEXT = ("The café owners on the harbour said on Monday that rents rose by 45 percent in two years, "
             "according to figures published by the city's housing office. Marta Quintela, who runs one of them, "
             "said the rise was the worst she had seen.")


def _page_book(tmp_path: Path) -> Path:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "rents.html").write_text(PAGE.format(PAGE_TEXT), encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(tmp_path / "pages"), "-o", str(book), "-q", "--workers", "1"]) == 0
    return book


def test_a_page_text_cell_with_decomposed_accents_is_not_an_edit(tmp_path):
    """A web page's row is read from the page; its text cell showing the page's text with
    decomposed accents is the same text (rewritten as scored), not the user's edit."""
    book = _page_book(tmp_path)
    documents = sheet_part_of(book, layout.DOCUMENTS)
    old = tmp_path / "old.xlsx"
    rewrite(book, old, lambda name, data: _decompose(data) if name == documents else data)
    summary = refresh_workbook(old)
    assert (summary.text_edited, summary.rescored, summary.text_normalised) == (0, 1, 1)
    with _opened(old) as wb:
        row = _row(wb)
    assert "café" in row["text"] and DECOMPOSED not in row["text"]
    assert not str(row["Status"] or "").startswith("not refreshed")


def test_a_page_text_cell_really_edited_is_still_an_edit(tmp_path):
    book = _page_book(tmp_path)
    documents = sheet_part_of(book, layout.DOCUMENTS)
    old = tmp_path / "old.xlsx"
    rewrite(book, old, lambda name, data: _decompose(data, "The café owners", f"The {DECOMPOSED} landlords")
            if name == documents else data)
    summary = refresh_workbook(old)
    assert (summary.text_edited, summary.rescored, summary.text_normalised) == (1, 0, 0)
    with _opened(old) as wb:
        assert f"The {DECOMPOSED} landlords" in _row(wb)["text"]  # the user's text, left as typed


def test_the_cli_says_when_text_cells_were_rewritten(tmp_path, capsys):
    book = _as_before(_scored_csv(tmp_path), tmp_path / "old.xlsx")
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 0
    err = capsys.readouterr().err
    assert refresh_counts(err)["rescored"] == 1 and "text_normalised" not in err  # (not a count of its own)
    assert "1 rescored row had a text cell with Windows line ends or decomposed accents" in err


def test_a_formatted_text_cell_is_kept_with_its_runs_and_its_status_says_why(tmp_path):
    # A person bolded a word of a text cell that holds "\r\n": rewriting the cell as scored would
    # drop the bold; the cell is kept as it is and the Status says the offsets count the text as
    # scored. A second refresh leaves the row as it is.
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    from xlplugin.workbook.rich_cells import FORMATTED_TEXT_NOTE

    book = _scored_csv(tmp_path)
    wb = openpyxl.load_workbook(book, rich_text=True)
    ws = wb[layout.DOCUMENTS]
    header = [c.value for c in ws[1]]
    cell = ws.cell(2, header.index("text") + 1)
    crlf = REPORT.replace("\n", "\r\n")
    cut = crlf.index("obviously")
    cell.value = CellRichText(crlf[:cut], TextBlock(InlineFont(b=True), "obviously"), crlf[cut + len("obviously"):])
    wb.save(book)

    summary = refresh_workbook(book)
    assert summary.rescored == 1 and summary.text_normalised == 0
    wb = openpyxl.load_workbook(book, rich_text=True)
    ws = wb[layout.DOCUMENTS]
    kept = ws.cell(2, header.index("text") + 1).value
    assert isinstance(kept, CellRichText) and str(kept) == crlf
    assert [(b.font.b, b.text) for b in kept if isinstance(b, TextBlock)] == [(True, "obviously")]
    assert FORMATTED_TEXT_NOTE in ws.cell(2, header.index(layout.SCORE_HEADERS[-2]) + 1).value  # (book45: in the Why)
    again = refresh_workbook(book)
    assert (again.rescored, again.unchanged) == (0, 1)


def test_formatted_cells_are_found_inline_and_shared(tmp_path):
    from xlplugin.workbook.package import Package
    from xlplugin.workbook.rich_cells import formatted_cells
    from xlplugin.workbook.sheet_scan import scan_sheet

    book = _scored_csv(tmp_path)
    part = sheet_part_of(book, layout.DOCUMENTS)
    inline = (b'<c r="B2" t="inlineStr"><is><r><rPr><b/></rPr><t>Rents</t></r><r><t> rise</t></r></is></c>')

    def edit(name: str, data: bytes) -> bytes:
        if name != part:
            return data
        start = data.index(b'<c r="B2"')
        return data[:start] + inline + data[data.index(b"</c>", start) + 4:]

    rewrite(book, tmp_path / "inline.xlsx", edit)
    with Package.open(tmp_path / "inline.xlsx") as package:
        scan = scan_sheet(package, part, {1, 2, 3})
        span = scan.rows[1]
        assert formatted_cells(package, scan, [(span, 2), (span, 1), None, (span, 3)]) == [True, False, False, False]
