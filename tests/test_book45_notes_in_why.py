"""(book45) A row's notes (how its text was read, what its page left out, its text cut to fit a
cell, a source not rated) are written in its Why, each on a line of its own that begins "Note: ",
and its Status stays short: "scored (see note in Why)", or the head of why it has no index. They
made scored rows as tall as a page in the narrow Status. A refresh reads the cut note where it
is now (the Why) and where a workbook written before has it (the Status); a page whose text
cell was cut, read from its file, is no edited cell. Texts written for these tests."""

from __future__ import annotations

import openpyxl

from xlplugin import Settings
from xlplugin.cells import CELL_LIMIT, CUT_RE
from xlplugin.cli import main
from xlplugin.inputs import Record
from xlplugin.workbook import layout, write_scored_workbook
from xlplugin.workbook.cut_cells import full_cut_cell
from workbook_helpers import documents_rows, refresh_counts, score

REPORT = ("The harbour board voted on Thursday to widen the north quay, its chair, Ruth Calder, said after the "
          "meeting. The work will cost 2.4 million pounds and take eight months, according to the board's "
          "published plan. Ferries will use the south quay while the work goes on, the ferry company said in a "
          "statement. Fishermen asked the board to keep one berth open for the night boats, and the board agreed.")
NOTE = "read as Windows-1252 (the file is not UTF-8)"


def _book(tmp_path, text: str, note: str = NOTE):
    items = [Record(id="r1", text=text, source="r1.txt", columns={"id": "r1", "text": text}, text_column="text", note=note)]
    path = tmp_path / "notes.xlsx"
    write_scored_workbook(path, items, score(items), Settings())
    return documents_rows(path)["r1"], path


def test_a_scored_rows_note_is_in_its_why_and_its_status_is_short(tmp_path):
    row, _ = _book(tmp_path, REPORT)
    assert row[layout.SCORE_HEADERS[0]] is not None  # (scored, with an index)
    assert row["Status"] == "scored (see note in Why)"
    why_lines = row["Why"].split("\n")
    assert why_lines[-1] == "Note: " + NOTE
    assert NOTE not in why_lines[0]  # (what moved the index first, the note under it)


def test_a_scored_row_without_notes_says_scored(tmp_path):
    row, _ = _book(tmp_path, REPORT, note="")
    assert row["Status"] == "scored" and "Note:" not in (row["Why"] or "")


def test_a_row_with_no_index_keeps_the_head_in_its_status_and_the_note_in_its_why(tmp_path):
    row, _ = _book(tmp_path, "The harbour board met on Thursday. It voted to widen the quay.")
    assert row[layout.SCORE_HEADERS[0]] is None
    assert row["Status"].startswith("no index") and NOTE not in row["Status"] and ";" not in row["Status"]
    assert row["Why"].split("\n")[-1] == "Note: " + NOTE


def test_a_status_note_of_the_engine_goes_to_the_why_too(tmp_path):
    # (a source the ratings do not rate, a blog on a platform: said as a note, not in the Status)
    url = "https://harbourwatch.blogspot.com/2026/03/quay.html"
    items = [Record(id="r1", text=REPORT, source="r1", columns={"id": "r1", "text": REPORT, "url": url},
                    text_column="text", url=url)]
    path = tmp_path / "outlet.xlsx"
    write_scored_workbook(path, items, score(items), Settings())
    row = documents_rows(path)["r1"]
    assert row["Status"] == "scored (see note in Why)"
    assert "Note: source not rated" in row["Why"]


def test_the_cut_note_is_read_from_the_why_and_from_an_old_status():
    full = ("The harbour office said the pier will close. " * 800)[:CELL_LIMIT]
    note = "the text was cut to fit one cell; scores are for the full text (give a file path to keep it refreshable)"
    assert full_cut_cell(full, "scored (see note in Why)", "loaded language -2 points\nNote: " + note)
    assert full_cut_cell(full, "scored; " + note)  # (a workbook written before book45: guard)
    assert not full_cut_cell(full, "scored", "loaded language -2 points")  # (no note: never cut: guard)


def test_a_workbook_with_its_notes_in_the_status_still_keeps_a_cut_cells_scores(tmp_path, capsys):
    # (guard: as main wrote it before book45, the note in the Status)
    long_text = ("The harbour office said on Wednesday that the north pier will close for repairs in March, according "
                 "to its notice to shipping, and that ferries will use the south pier until May. ") * 250
    src, out = tmp_path / "long.csv", tmp_path / "book.xlsx"
    src.write_text("id,text\nw1,\"" + long_text + "\"\n", encoding="utf-8")
    assert main(["score", str(src), "-o", str(out), "-q"]) == 0
    wb = openpyxl.load_workbook(out)
    ws = wb["Documents"]
    header = [c.value for c in ws[1]]
    why, status = ws.cell(2, header.index("Why") + 1), ws.cell(2, header.index("Status") + 1)
    assert "cut to fit one cell" in why.value and status.value == "scored (see note in Why)"
    lines = why.value.split("\n")
    status.value = "scored; " + "; ".join(line.removeprefix("Note: ") for line in lines[1:])
    why.value = lines[0]
    ws["B2"] = ("Update from the desk, " * 10 + ws["B2"].value)[:CELL_LIMIT]  # (the marker pushed out)
    wb.save(out)
    capsys.readouterr()
    assert main(["refresh", str(out)]) == 0
    assert refresh_counts(capsys.readouterr().err)["cut_texts"] == 1
    assert documents_rows(out)["w1"]["Status"].startswith("not refreshed")


def _long_page() -> str:
    paragraphs = []
    for n in range(260):
        paragraphs.append(f"<p>The harbour board met for the {n + 1}th time this year, its chair Ruth Calder said, and "
                          f"voted to spend {n + 3} thousand pounds on berth {n % 9 + 1}, according to the minutes it "
                          "published on its website. Fishermen who use the quay said the work was overdue.</p>")
    return ("<html><head><title>Harbour board minutes, a year in full</title>"
            "<meta name=\"author\" content=\"Ann Lee\"></head><body><article><h1>Harbour board minutes, a year in full</h1>"
            + "".join(paragraphs) + "</article></body></html>")


def test_a_page_whose_text_cell_was_cut_refreshes_unchanged(tmp_path, capsys):
    src = tmp_path / "pages"
    src.mkdir()
    (src / "minutes.html").write_text(_long_page(), encoding="utf-8")
    (src / "short.html").write_text("<html><head><title>Quay</title></head><body><article><p>" + REPORT
                                    + "</p></article></body></html>", encoding="utf-8")
    out = tmp_path / "book.xlsx"
    assert main(["score", str(src), "-o", str(out), "-q"]) == 0
    row = documents_rows(out)["minutes.html"]
    assert CUT_RE.search(row["text"]) and "cut to fit one cell" in row["Why"]
    capsys.readouterr()
    assert main(["refresh", str(out)]) == 0
    counts = refresh_counts(capsys.readouterr().err)
    # (before: "cut to fit a cell and edited since", its scores kept as not refreshed)
    assert counts.get("cut_texts", 0) == 0 and counts.get("rescored", 0) == 0
    assert documents_rows(out)["minutes.html"]["Status"] == "scored (see note in Why)"
