"""The written workbook, cell by cell as a reader sees it (openpyxl), and in its XML."""

from __future__ import annotations

import openpyxl
import pytest
from workbook_helpers import parts, records, score

from xlplugin import Settings
from xlplugin.cells import CELL_LIMIT, ILLEGAL_MARK
from xlplugin.errors import WorkbookError
from xlplugin.inputs import Problem, Record
from xlplugin.workbook import read_documents, read_settings, write_scored_workbook, write_template
from xlplugin.workbook import layout
from xlplugin.settings import setting_named


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    items = records()
    hostile = Record(id="=cmd|' /C calc'!A0", text="=1+1 is how a formula starts, and this text is about spreadsheets, the tables that many offices use every day for their budgets.\x07 Bell.",
                     title="@SUM(A1:A9)", source="hostile", text_column="text",
                     columns={"id": "=cmd|' /C calc'!A0", "title": "@SUM(A1:A9)", "url": "-2+3", "text": "=1+1 is how a formula starts, and this text is about spreadsheets, the tables that many offices use every day for their budgets.\x07 Bell."})
    items.append(hostile)
    items.append(Problem("missing.txt", "missing.txt: no such file", "missing"))
    path = tmp_path_factory.mktemp("write") / "scored.xlsx"
    settings = Settings().with_ratings({"example.org": (0.8, "tester")})
    write_scored_workbook(path, items, score(items, settings), settings)
    return path, items


def test_documents_sheet_reads_as_a_person_sees_it(book):
    path, items = book
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[0] == layout.DOCUMENTS
    ws = wb[layout.DOCUMENTS]
    header = [c.value for c in ws[1]]
    # the user's columns first, in order ("file" comes from the unreadable file's row)
    assert header[:5] == ["id", "title", "url", "text", "file"]
    assert tuple(header[5:]) == layout.OWNED_HEADERS
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(header))}{len(items) + 1}"
    col = {h: i + 1 for i, h in enumerate(header)}
    for row in range(2, 5):  # the three scored samples
        index = ws.cell(row, col[layout.SCORE_HEADERS[0]]).value
        assert isinstance(index, (int, float)) and 0 <= index <= 100
        assert ws.cell(row, col[layout.SCORE_HEADERS[0]]).number_format == "0.0"
        assert ws.cell(row, col[layout.SIGNAL_HEADER["unsourced_claims"]]).number_format == "0%"
        assert ws.cell(row, col["Status"]).value.startswith("scored")
        assert ws.cell(row, col["Why"]).value  # reasons in words
        assert len(ws.cell(row, col["Text hash"]).value) == 16
        # The Sources sheet's rating joined by the URL's domain
        assert ws.cell(row, col[layout.SIGNAL_HEADER["source_rating"]]).value == pytest.approx(0.8)
        assert ws.cell(row, col["url"]).hyperlink.target.startswith("https://www.example.org/")
    problem_row = len(items) + 1
    assert ws.cell(problem_row, col[layout.SCORE_HEADERS[0]]).value is None  # empty, never 0
    assert ws.cell(problem_row, col["Status"]).value == "not scored: missing.txt: no such file"
    # colour scales on the score columns, reaching rows a user appends later
    ranges = {str(rng.sqref) for rng in ws.conditional_formatting}
    letter = openpyxl.utils.get_column_letter(col[layout.SCORE_HEADERS[0]])
    assert f"{letter}2:{letter}{layout.SHEET_ROWS}" in ranges


def test_formula_like_text_is_stored_as_text_never_a_formula(book):
    path, items = book
    wb = openpyxl.load_workbook(path)
    ws = wb[layout.DOCUMENTS]
    assert ws.cell(5, 1).value == "=cmd|' /C calc'!A0"
    assert ws.cell(5, 1).data_type == "s"
    assert ws.cell(5, 2).value == "@SUM(A1:A9)"
    assert ws.cell(5, 3).value == "-2+3"
    assert ws.cell(5, 1).quotePrefix  # Excel keeps it text when the user edits the cell
    for name, data in parts(path).items():
        if name.startswith("xl/worksheets/sheet"):
            assert b"<f>" not in data and b"<f " not in data, name


def test_illegal_characters_become_a_visible_mark_and_the_row_is_still_scored(book):
    path, _ = book
    ws = openpyxl.load_workbook(path)[layout.DOCUMENTS]
    assert ILLEGAL_MARK + " Bell." in ws.cell(5, 4).value
    assert isinstance(ws.cell(5, 6).value, (int, float))


def test_evidence_sheet_has_one_row_per_item(book):
    path, items = book
    wb = openpyxl.load_workbook(path)
    ws = wb[layout.EVIDENCE]
    rows = list(ws.iter_rows(values_only=True))
    assert tuple(rows[0]) == layout.EVIDENCE_HEADERS
    results = score(items, Settings().with_ratings({"example.org": (0.8, "tester")}))
    # Items found are listed one per row (up to the limit, then a "(more)" row); the cues that
    # were checked and not found (provenance's absent cues) share one row per document.
    expected = 0
    for result in results:
        for signal in (result.signals.values() if result else ()):
            found = [e for e in signal.evidence if e.text or not e.detail.startswith("not found")]
            absent = [e.kind for e in signal.evidence if not e.text and e.detail.startswith("not found")]
            expected += min(len(found), layout.EVIDENCE_PER_SIGNAL) + (len(found) > layout.EVIDENCE_PER_SIGNAL) + bool(absent)
            if absent:
                note = [r for r in rows[1:] if r[0] == result.id and r[1] == layout.EVIDENCE_SIGNAL[signal.name] and r[2] == layout.NOT_FOUND_KIND]
                assert len(note) == 1
                # every absent cue is named once, good signs (positive cues) first
                positive = [e.kind for e in signal.evidence if not e.text and e.detail.startswith("not found, would add")]
                negative = [k for k in absent if k not in positive]
                assert note[0][6] == "; ".join(
                    p for p in ("good signs not found: " + ", ".join(positive) if positive else "",
                                "warning signs not found (good): " + ", ".join(negative) if negative else "") if p)
                assert note[0][7] == result.stamp["text"]
    # and one row per cue that decided the document's kind (signal "kind", kind = the kind)
    for result in results:
        if result:
            cue_rows = [r for r in rows[1:] if r[0] == result.id and r[1] == layout.EVIDENCE_SIGNAL["kind"]]
            assert [r[6] for r in cue_rows] == list(result.kind_cues) and {r[2] for r in cue_rows} == {result.kind}
            expected += len(result.kind_cues)
    assert len(rows) - 1 == expected
    assert any(r[2] == layout.NOT_FOUND_KIND for r in rows[1:])  # the samples miss some provenance cues
    ids = {row[0] for row in rows[1:]}
    assert ids <= {"d1", "d2", "d3", "=cmd|' /C calc'!A0"}
    for row in rows[1:]:
        assert row[1] in layout.EVIDENCE_SIGNAL.values()  # the kind's cues have rows too
        if row[4] is not None:  # a located item: its text is where it says (whitespace folded)
            assert row[5] >= row[4]


def test_explanations_settings_and_sources(book):
    path, _ = book
    wb = openpyxl.load_workbook(path)
    text = " ".join(str(v) for row in wb[layout.HOW_TO_READ].iter_rows(values_only=True) for v in row if v)
    assert "indicators, not verdicts" in text
    for header in layout.SCORE_HEADERS[:-2]:
        assert header in text  # every score column is explained
    settings = {setting_named(row[0]): row[1] for row in wb[layout.SETTINGS_SHEET].iter_rows(min_row=2, values_only=True) if row[0]}
    assert settings["weight.provenance"] == Settings()["weight.provenance"]
    assert list(wb[layout.SOURCES].iter_rows(min_row=2, max_col=3, values_only=True))[0] == ("example.org", 0.8, "tester")
    # What the sheets say is what a refresh will use: the same settings digest.
    assert read_settings(path).digest() == Settings().with_ratings({"example.org": (0.8, "tester")}).digest()
    assert wb[layout.OVERVIEW]._charts or "xl/charts/chart1.xml" in parts(path)


def test_text_longer_than_a_cell_is_cut_with_a_marker(tmp_path):
    long_text = ("The council met on Monday and the mayor said the plan was approved. " * 600)
    assert len(long_text) > CELL_LIMIT
    item = Record(id="long", text=long_text, source="t", columns={"id": "long", "text": long_text}, text_column="text")
    path = tmp_path / "long.xlsx"
    write_scored_workbook(path, [item], score([item]), Settings())
    ws = openpyxl.load_workbook(path)[layout.DOCUMENTS]
    cell = ws.cell(2, 2).value
    assert len(cell) <= CELL_LIMIT and "more characters not shown" in cell
    status = ws.cell(2, 2 + layout.OWNED_HEADERS.index("Status") + 1).value
    why = ws.cell(2, 2 + layout.OWNED_HEADERS.index("Why") + 1).value
    assert status == "scored (see note in Why)" and "Note: the text was cut to fit one cell" in why  # (book45)


def test_written_workbook_reads_back_as_the_same_documents(book):
    path, items = book
    back = list(read_documents(path, None))
    assert [r.id for r in back if isinstance(r, Record)][:3] == ["d1", "d2", "d3"]
    assert back[0].columns == {"id": "d1", "title": "Title 1", "url": "https://www.example.org/news/1", "text": items[0].text, "file": None}


def test_template_is_blank_with_every_sheet(tmp_path):
    path = tmp_path / "template.xlsx"
    write_template(path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [layout.DOCUMENTS, "Read", layout.OVERVIEW, "Outlets", layout.EVIDENCE, layout.HOW_TO_READ,
                             layout.SETTINGS_SHEET, layout.SOURCES]
    assert wb[layout.DOCUMENTS].max_row == 1


def test_refuses_to_write_over_its_own_source_workbook(book, tmp_path):
    path, items = book
    with pytest.raises(WorkbookError, match="refresh"):
        write_scored_workbook(path, items, score(items), Settings(), source_workbook=path)


def test_write_is_atomic_on_failure(tmp_path, monkeypatch):
    path = tmp_path / "out.xlsx"
    path.write_bytes(b"previous contents")
    import xlplugin.workbook.writer as writer

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    items = records()[:1]
    results = score(items)
    monkeypatch.setattr(writer.Workbook, "save", broken)
    with pytest.raises(RuntimeError):
        write_scored_workbook(path, items, results, Settings())
    assert path.read_bytes() == b"previous contents"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]  # no temporary file left behind


def test_how_to_read_explains_every_sheet_and_column(book):
    """A person opening the workbook finds each sheet, and each column xlplugin writes, explained
    in "How to read this" (the Read, Outlets and Evidence sheets were not, nor their codes)."""
    from xlplugin.workbook.outlets import HEADERS as OUTLET_HEADERS
    from xlplugin.workbook.read_sheet import READ, READ_HEADERS

    path, _ = book
    wb = openpyxl.load_workbook(path)
    rows = [r for r in wb[layout.HOW_TO_READ].iter_rows(values_only=True) if r and r[0]]
    names = [str(r[0]) for r in rows]
    text = " ".join(str(v) for r in rows for v in r if v)
    for sheet in wb.sheetnames:
        if sheet != layout.HOW_TO_READ:
            assert sheet in names, sheet
    explained = {sheet: " ".join(n for n in names if n.startswith(sheet + ":")) for sheet in wb.sheetnames}
    for header in READ_HEADERS:
        assert header in explained[READ], header
    for header in layout.EVIDENCE_HEADERS[1:]:
        assert header in explained[layout.EVIDENCE], header
    for header in OUTLET_HEADERS:
        stem = "mean, spread" if header.endswith((": mean", ": spread")) or header.startswith(("Mean", "Spread")) else header
        assert stem in explained["Outlets"] or header == "Outlet or web site", header
    for header in layout.OWNED_HEADERS:
        assert header in text, header
    # the codes the Evidence sheet's Signal column holds
    signals = {row[1] for row in wb[layout.EVIDENCE].iter_rows(min_row=2, values_only=True) if row[1]}
    for signal in signals:
        assert f"Signal = {signal}" in explained[layout.EVIDENCE], signal


def test_sources_sheet_takes_a_rating_from_0_to_1_or_from_0_to_100(book, tmp_path):
    # (85 reads as 0.85, inputs.unit_rating: the sheet's check and its help say so, not "0 to 1")
    path, _items = book
    wb = openpyxl.load_workbook(path)
    sources = wb[layout.SOURCES]
    # (the other one is the sheet's intro on screen, A1's input message: sheets22)
    [check] = [dv for dv in sources.data_validations.dataValidation if dv.type == "decimal"]
    assert (check.formula1, check.formula2) == ("0", "100") and "0 to 100" in check.error
    notes = " ".join(str(c.value) for row in sources.iter_rows() for c in row if c.value)
    assert "from 0 to 100: 85 reads as 0.85" in notes
    guide = " ".join(str(c.value) for row in wb[layout.HOW_TO_READ].iter_rows() for c in row if c.value)
    assert "or from 0 to 100" in guide
    sources["B2"] = 85  # (a rating the sheet accepts is one the refresh reads)
    wb.save(tmp_path / "rated.xlsx")
    assert read_settings(tmp_path / "rated.xlsx").ratings["example.org"][0] == pytest.approx(0.85)
