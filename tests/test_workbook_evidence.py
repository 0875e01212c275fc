"""The Evidence sheet through a refresh: rows of unchanged documents are moved as the bytes they
were, the sheet reads as if written afresh, the streaming row splitter agrees with the whole-sheet
scan at any chunk size, and the text column chosen at scoring time is found again."""

from __future__ import annotations

import re
import zipfile

import openpyxl
import pytest
from samples import CALM_REPORT, CHARGED_RANT, HAPPY_NOTE
from workbook_helpers import parts, records, score, sheet_part

from xlplugin import Settings
from xlplugin.cli import main
from xlplugin.inputs import Record
from xlplugin.workbook import layout, refresh_workbook, sheet_stream, write_scored_workbook
from xlplugin.workbook.package import Package, custom_property
from xlplugin.workbook.sheet_scan import scan_sheet

# A fourth text, written for this test, with more evidence than HAPPY_NOTE (more sentences, a
# number, an exclamation), so that replacing one by the other moves every later Evidence row.
BUSY_TEXT = (
    "Officials said on Monday that 40 percent of the roads are damaged. Critics called the plan a "
    "disgraceful failure! Experts say it is the worst budget in decades, and nobody was consulted."
)


def _edit(path, old: str, new: str) -> None:
    """Replace a document's text in the Documents sheet, as a user editing the cell would."""
    docs = sheet_part(path, layout.DOCUMENTS)
    copy = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == docs:
                assert data.count(old.encode()) == 1
                data = data.replace(old.encode(), new.encode())
            dst.writestr(info, data)
    copy.replace(path)


def _evidence_rows(path) -> list[tuple[str, bytes]]:
    """(document id, exact row XML) for every Evidence row after the header."""
    with Package.open(path) as pkg:
        scan = scan_sheet(pkg, pkg.sheets[layout.EVIDENCE], {1})
        return [(str(r.values.get(1)), scan.data[r.start : r.end]) for r in scan.rows[1:]]


def _without_row_number(row: bytes) -> bytes:
    """The row without its number (in the row and in its cells' references)."""
    return re.sub(rb' r="([A-Z]{0,3})\d+"', rb' r="\1"', row)


def test_unchanged_documents_keep_their_evidence_bytes_and_the_sheet_reads_as_new(tmp_path):
    items = records([CALM_REPORT, HAPPY_NOTE, CHARGED_RANT])
    path = tmp_path / "book.xlsx"
    write_scored_workbook(path, items, score(items), Settings())
    before = _evidence_rows(path)
    _edit(path, HAPPY_NOTE, BUSY_TEXT)
    summary = refresh_workbook(path)
    assert (summary.rescored, summary.unchanged) == (1, 2)
    after = _evidence_rows(path)
    # d1 comes before the changed document: the same bytes, row numbers included.
    assert [r for d, r in after if d == "d1"] == [r for d, r in before if d == "d1"]
    # d3 comes after it and moved down: only the row number differs.
    moved_before = [r for d, r in before if d == "d3"]
    moved_after = [r for d, r in after if d == "d3"]
    assert moved_after != moved_before  # BUSY_TEXT has more evidence than HAPPY_NOTE, so rows shift
    assert [_without_row_number(r) for r in moved_after] == [_without_row_number(r) for r in moved_before]
    assert [d for d, _ in after] == sorted((d for d, _ in after), key=lambda d: int(d[1:]))  # document order kept

    # What a reader sees is what a fresh scoring of the edited documents writes.
    fresh_items = records([CALM_REPORT, BUSY_TEXT, CHARGED_RANT])
    fresh = tmp_path / "fresh.xlsx"
    write_scored_workbook(fresh, fresh_items, score(fresh_items), Settings())
    seen = list(openpyxl.load_workbook(path)[layout.EVIDENCE].iter_rows(values_only=True))
    expected = list(openpyxl.load_workbook(fresh)[layout.EVIDENCE].iter_rows(values_only=True))
    assert seen == expected
    ws = openpyxl.load_workbook(path)[layout.EVIDENCE]
    assert ws.auto_filter.ref == f"A1:H{len(seen)}"


def test_refresh_leaves_the_evidence_part_alone_when_no_row_changed_its_evidence(tmp_path):
    items = records()
    path = tmp_path / "book.xlsx"
    write_scored_workbook(path, items, score(items), Settings())
    evidence = sheet_part(path, layout.EVIDENCE)
    before = parts(path)[evidence]
    refresh_workbook(path, settings_overrides={"sentiment": 2})  # weights change scores, not evidence
    assert parts(path)[evidence] == before


@pytest.mark.parametrize("chunk", [7, 64, 1000])
def test_streamed_row_blocks_match_the_whole_sheet_scan_at_any_chunk_size(tmp_path, monkeypatch, chunk):
    """The two readers of a sheet agree: the streamed blocks hold exactly the rows scan_sheet finds."""
    items = records()
    path = tmp_path / "book.xlsx"
    write_scored_workbook(path, items, score(items), Settings())
    monkeypatch.setattr(sheet_stream, "STREAM_CHUNK", chunk)
    with Package.open(path) as pkg:
        part = pkg.sheets[layout.EVIDENCE]
        scan = scan_sheet(pkg, part, {1})
        pieces = list(sheet_stream.stream_row_blocks(pkg, part))
    kinds = [piece[0] for piece in pieces]
    assert kinds[0] == "head" and kinds[-1] == "tail" and set(kinds[1:-1]) == {"rows"}
    rows = b"".join(buffer[start:end] for _, buffer, start, end, _ in pieces[1:-1])
    assert len(scan.rows) > 2 and rows == b"".join(scan.data[r.start : r.end] for r in scan.rows)
    assert pieces[0][1] == scan.data[: scan.sheet_data[0]] and pieces[-1][1] == scan.data[scan.sheet_data[1] :]


def test_an_evidence_sheet_with_a_comment_is_read_whole_and_still_refreshed(tmp_path):
    items = records([CALM_REPORT, HAPPY_NOTE])
    path = tmp_path / "book.xlsx"
    write_scored_workbook(path, items, score(items), Settings())
    evidence = sheet_part(path, layout.EVIDENCE)
    copy = tmp_path / "commented.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == evidence:
                data = data.replace(b"<sheetData>", b"<sheetData><!-- </row> a comment the splitter must not trust -->", 1)
            dst.writestr(info, data)
    _edit(copy, HAPPY_NOTE, BUSY_TEXT)
    assert refresh_workbook(copy).rescored == 1
    ids = [row[0] for row in openpyxl.load_workbook(copy)[layout.EVIDENCE].iter_rows(min_row=2, values_only=True)]
    assert ids and set(ids) == {"d1", "d2"}


def test_the_text_column_chosen_when_scoring_is_used_by_refresh(tmp_path):
    # "story" is none of the usual names (text, body, content, article): the user chose it with
    # --text-column, and the workbook remembers it.
    items = [Record(id=f"s{n}", text=text, source=f"row {n}", columns={"id": f"s{n}", "story": text}, text_column="story")
             for n, text in enumerate([CALM_REPORT, HAPPY_NOTE], start=1)]
    path = tmp_path / "story.xlsx"
    write_scored_workbook(path, items, score(items), Settings())
    with Package.open(path) as pkg:
        assert custom_property(pkg, layout.TEXT_COLUMN_PROPERTY) == "story"
    assert refresh_workbook(path).unchanged == 2
    _edit(path, HAPPY_NOTE, BUSY_TEXT)
    summary = refresh_workbook(path)
    assert (summary.rescored, summary.unchanged) == (1, 1)


def test_score_command_writes_nothing_when_the_workbook_is_hostile(tmp_path, capsys):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)  # encrypted workbook signature
    out = tmp_path / "out.xlsx"
    assert main(["score", str(bad), "-o", str(out), "--quiet"]) != 0
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.xlsx"]  # no temporary file either


def test_formula_like_evidence_stays_text_with_the_quote_prefix_after_a_refresh(tmp_path):
    text = "=HYPERLINK(\"http://x\") was pasted here. The council approved the budget on Tuesday, officials said."
    item = Record(id="-1", text=text, source="t", columns={"id": "-1", "text": text}, text_column="text")
    path = tmp_path / "formula.xlsx"
    write_scored_workbook(path, [item], score([item]), Settings())
    for step in ("written", "refreshed"):
        ws = openpyxl.load_workbook(path)[layout.EVIDENCE]
        cells = [c for row in ws.iter_rows(min_row=2) for c in row if isinstance(c.value, str) and c.value.startswith(("=", "-"))]
        assert cells, step  # the id "-1" at least
        assert all(c.data_type == "s" and c.quotePrefix for c in cells), step
        if step == "written":
            refresh_workbook(path, settings_overrides={"sentiment": 3})
    for name, data in parts(path).items():
        if name.startswith("xl/worksheets/"):
            assert b"<f>" not in data and b"<f " not in data, name


@pytest.mark.parametrize("chunk", [7, 300, 1 << 20])
def test_row_blocks_cover_the_whole_sheet_at_any_chunk_size(tmp_path, monkeypatch, chunk):
    items = records()
    path = tmp_path / "book.xlsx"
    write_scored_workbook(path, items, score(items), Settings())
    monkeypatch.setattr(sheet_stream, "STREAM_CHUNK", chunk)
    with Package.open(path) as pkg:
        part = pkg.sheets[layout.EVIDENCE]
        data = pkg.read(part)
        pieces = list(sheet_stream.stream_row_blocks(pkg, part))
    assert pieces[0][0] == "head" and pieces[-1][0] == "tail"
    rebuilt = pieces[0][1]
    for kind, buffer, start, end, base in pieces[1:-1]:
        assert kind == "rows" and base + start == len(rebuilt)  # blocks follow one another
        rebuilt += buffer[start:end]
        assert rebuilt.endswith(b"</row>")  # a block holds whole rows only
    assert rebuilt + pieces[-1][1] == data


def test_refresh_reads_evidence_the_same_in_small_blocks_and_with_gaps_in_row_numbers(tmp_path, monkeypatch):
    items = records()
    base = tmp_path / "book.xlsx"
    write_scored_workbook(base, items, score(items), Settings())
    # A user deleted the second Evidence row of d1 in a program that leaves a gap in the row
    # numbers (its cells were cleared row by row): the rows after it are not numbered one after
    # another any more, and d1's rows are two runs.
    evidence = sheet_part(base, layout.EVIDENCE)
    gapped = tmp_path / "gapped.xlsx"
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(gapped, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == evidence:
                row = re.search(rb'<row r="3"[^>]*>.*?</row>', data, re.S)
                assert row is not None and b">d1<" in row.group(0)
                data = data[: row.start()] + data[row.end() :]
            dst.writestr(info, data)
    _edit(gapped, HAPPY_NOTE, BUSY_TEXT)
    kept = [r for d, r in _evidence_rows(gapped) if d == "d1"]
    outputs = []
    for chunk in (None, 97):
        path = tmp_path / f"out{chunk}.xlsx"
        path.write_bytes(gapped.read_bytes())
        if chunk:
            monkeypatch.setattr(sheet_stream, "STREAM_CHUNK", chunk)
        assert refresh_workbook(path).rescored == 1
        outputs.append(parts(path)[evidence])
    assert outputs[0] == outputs[1]  # block boundaries change nothing
    rows = _evidence_rows(tmp_path / "outNone.xlsx")
    numbers = [int(re.match(rb'<row r="(\d+)"', r).group(1)) for _, r in rows]
    assert numbers == list(range(2, len(rows) + 2))  # numbered afresh, no gap
    # (evid25) d1's rows that were there are kept as they were, and the row deleted is written
    # again after them (the Documents sheet counts d1's rows)
    d1 = [_without_row_number(r) for d, r in rows if d == "d1"]
    assert d1[: len(kept)] == [_without_row_number(r) for r in kept] and len(d1) == len(kept) + 1
    assert any(d == "d3" for d, _ in rows) and [d for d, _ in rows] == sorted(d for d, _ in rows)


# Texts written for this test: a passage the two rows share runs over a paragraph break, and
# sentences hold runs of spaces, a tab and a line break.
_SHARED = ("The regional water board said on Monday that the new reservoir would cost 40 million euros.\n\n"
           "Work on the  dam is to start next spring, and the board expects the first water to reach the "
           "towns of the valley two years later, according to its written plan.")
SPACED_TEXTS = [
    "Valley Courier.\n\n" + _SHARED + "\n\nCritics called the plan a  disgraceful\nwaste!\tNobody was asked.",
    "Morning notes.\n\n" + _SHARED + "\n\nThe mayor said   the towns were  ready, and experts say it is the best plan in years.",
]


def _slices_of_the_text_cells(path) -> list[tuple[str, str]]:
    """(the Evidence cell, the text cell's [Start:End]) for every Evidence row with a Start."""
    workbook = openpyxl.load_workbook(path, read_only=True)
    docs = list(workbook[layout.DOCUMENTS].iter_rows(values_only=True))
    evidence = list(workbook[layout.EVIDENCE].iter_rows(values_only=True))
    workbook.close()
    text_at = docs[0].index("text")
    texts = {str(row[0]): row[text_at] for row in docs[1:]}
    return [(shown, texts[str(doc)][start:end]) for doc, _, _, shown, start, end, *_ in evidence[1:] if start is not None]


def test_every_evidence_row_is_the_text_cells_start_to_end_whitespace_and_all(tmp_path):
    """The Evidence cell is the phrase as the text has it (a shared passage's paragraph break, a run
    of spaces): Start and End slice it exactly from the text cell, after writing and after a refresh
    re-scores a row. The shown text had its whitespace runs folded to one space."""
    path = tmp_path / "spaced.xlsx"
    items = records(SPACED_TEXTS)
    write_scored_workbook(path, items, score(items), Settings())
    pairs = _slices_of_the_text_cells(path)
    assert any(kind_of_space in shown for shown, _ in pairs for kind_of_space in ("\n\n", "  "))
    assert [shown for shown, _ in pairs] == [cell for _, cell in pairs]
    _edit(path, "Nobody was asked.", "Nobody was asked at all.")
    assert refresh_workbook(path).rescored == 1
    pairs = _slices_of_the_text_cells(path)
    assert any("\n\n" in shown for shown, _ in pairs)
    assert [shown for shown, _ in pairs] == [cell for _, cell in pairs]
