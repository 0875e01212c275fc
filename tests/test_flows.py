"""The README's user flows, end to end through the command line, in a temporary folder.

Each flow checks the numbers a user would see, not only the exit code: a refresh that re-scores
something other than the document (its file path, say) exits 0 and prints a summary too.
"""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from xlplugin.workbook import layout

from conftest import EXAMPLES, ROOT
from workbook_helpers import refresh_counts

# The bundled examples (the near-copies among them fill the workbook's Copies column).
N = len(list(EXAMPLES.glob("*.txt")))

SCORE_COLUMNS = layout.SCORE_HEADERS[:-1]  # the index and every signal's value, and Why
STATUS = layout.SCORE_HEADERS[-1]


def xlplugin(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "xlplugin.cli", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=300)


def documents(book: Path) -> dict[str, dict[str, object]]:
    """The Documents sheet: id -> {header: value}."""
    wb = openpyxl.load_workbook(book, read_only=True)
    try:
        rows = wb[layout.DOCUMENTS].iter_rows(values_only=True)
        header = next(rows)
        return {row[0]: dict(zip(header, row)) for row in rows if row[0] is not None}
    finally:
        wb.close()


def evidence(book: Path) -> list[tuple]:
    wb = openpyxl.load_workbook(book, read_only=True)
    try:
        return [tuple(row) for row in wb[layout.EVIDENCE].iter_rows(min_row=2, values_only=True)]
    finally:
        wb.close()


def scores(row: dict[str, object]) -> dict[str, object]:
    return {h: row[h] for h in SCORE_COLUMNS}


def summary(done: subprocess.CompletedProcess) -> dict[str, int]:
    """The counts of the refresh's summary line ("2 rows scored again, 6 unchanged"), by name."""
    return refresh_counts(done.stderr)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A folder with the example documents in docs/ and book.xlsx scored from them."""
    shutil.copytree(EXAMPLES, tmp_path / "docs")
    done = xlplugin("score", "docs", "-o", "book.xlsx", "-q", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return tmp_path


def test_refresh_with_no_edit_changes_nothing(project):
    before, before_evidence = documents(project / "book.xlsx"), evidence(project / "book.xlsx")
    done = xlplugin("refresh", "book.xlsx", cwd=project)
    assert done.returncode == 0, done.stderr
    assert summary(done) == {"rescored": 0, "unchanged": N, "appended": 0, "failed": 0, "missing": 0, "unreadable": 0, "text_edited": 0, "evidence_restored": 0, "evidence_refiled": 0, "cut_texts": 0, "refused": 0, "gone": 0, "typed_again": 0, "appended_unscored": 0}
    after = documents(project / "book.xlsx")
    assert {k: scores(v) for k, v in after.items()} == {k: scores(v) for k, v in before.items()}
    assert evidence(project / "book.xlsx") == before_evidence


def test_refresh_after_editing_one_file_rescores_it_from_the_file(project):
    before = documents(project / "book.xlsx")
    edited = project / "docs" / "wire_report.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThis is an outrageous, disgraceful betrayal!!!\n",
                      encoding="utf-8")
    done = xlplugin("refresh", "book.xlsx", cwd=project)
    assert done.returncode == 0, done.stderr
    assert summary(done)["rescored"] == 1 and summary(done)["unchanged"] == N - 1
    after = documents(project / "book.xlsx")
    assert after["wire_report.txt"][layout.SCORE_HEADERS[0]] < before["wire_report.txt"][layout.SCORE_HEADERS[0]]
    for other in set(after) - {"wire_report.txt"}:
        assert scores(after[other]) == scores(before[other])
    # the same numbers as scoring the edited file on its own
    alone = xlplugin("score", "docs/wire_report.txt", "-o", "alone.xlsx", "-q", cwd=project)
    assert alone.returncode == 0, alone.stderr
    assert scores(after["wire_report.txt"]) == scores(documents(project / "alone.xlsx")["wire_report.txt"])
    # its evidence is words of the document, not of its file name
    loaded = [row for row in evidence(project / "book.xlsx") if row[0] == "wire_report.txt" and row[1] == layout.EVIDENCE_SIGNAL["loaded_language"]]
    assert any(row[3] == "outrageous" for row in loaded), loaded


def test_refresh_of_a_workbook_moved_with_its_documents(project, tmp_path):
    before = documents(project / "book.xlsx")
    elsewhere = tmp_path.parent / (tmp_path.name + "_moved")
    shutil.move(str(project), elsewhere)
    done = xlplugin("refresh", str(elsewhere / "book.xlsx"), cwd=elsewhere.parent)  # run from another folder
    assert done.returncode == 0, done.stderr
    assert summary(done)["unchanged"] == N
    assert {k: scores(v) for k, v in documents(elsewhere / "book.xlsx").items()} == {k: scores(v) for k, v in before.items()}


def test_refresh_of_a_workbook_moved_away_from_its_documents_keeps_the_scores(project):
    before = documents(project / "book.xlsx")
    (project / "away").mkdir()
    shutil.move(str(project / "book.xlsx"), project / "away" / "book.xlsx")
    done = xlplugin("refresh", "book.xlsx", cwd=project / "away")
    assert done.returncode == 2
    assert summary(done)["missing"] == N and summary(done)["rescored"] == 0
    assert "could not be found" in done.stderr
    after = documents(project / "away" / "book.xlsx")
    for doc_id, row in after.items():
        assert scores(row) == scores(before[doc_id])  # kept, not re-scored from the file name
        assert "file not found" in row[STATUS] and "docs/" in row[STATUS]


def test_refresh_after_deleting_a_file(project):
    before = documents(project / "book.xlsx")
    before_evidence = [row for row in evidence(project / "book.xlsx") if row[0] == "forum_post.txt"]
    (project / "docs" / "forum_post.txt").unlink()
    done = xlplugin("refresh", "book.xlsx", cwd=project)
    assert done.returncode == 2
    # (resume33) the file gone from a folder that is still there: the row's scores are cleared, not
    # kept as if current; its Status says so and the index the last run gave
    assert summary(done) == {"rescored": 0, "unchanged": N - 1, "appended": 0, "failed": 0, "missing": 0, "unreadable": 0, "text_edited": 0, "evidence_restored": 0, "evidence_refiled": 0, "cut_texts": 0, "refused": 0, "gone": 1, "typed_again": 0, "appended_unscored": 0}
    after = documents(project / "book.xlsx")
    # (hunt51) its Kind cell says why it has none, the words a row not scored shows
    assert {h: v for h, v in scores(after["forum_post.txt"]).items() if h != "Kind"} == dict.fromkeys(
        (h for h in SCORE_COLUMNS if h != "Kind"), None)
    assert after["forum_post.txt"]["Kind"] == "not scored"
    assert after["forum_post.txt"][STATUS].startswith("not scored: file gone: 'docs/forum_post.txt' is no longer in its folder")
    assert f"gave it index {before['forum_post.txt'][layout.SCORE_HEADERS[0]]:g}" in after["forum_post.txt"][STATUS]
    assert before_evidence and [row for row in evidence(project / "book.xlsx") if row[0] == "forum_post.txt"] == []
    # the file comes back as it was: the row is scored again, and its Status no longer says "not refreshed"
    shutil.copy(EXAMPLES / "forum_post.txt", project / "docs" / "forum_post.txt")
    done = xlplugin("refresh", "book.xlsx", cwd=project)
    assert done.returncode == 0 and summary(done)["rescored"] == 1, done.stderr
    back = documents(project / "book.xlsx")["forum_post.txt"]
    assert scores(back) == scores(before["forum_post.txt"]) and back[STATUS] == before["forum_post.txt"][STATUS]


def test_refresh_of_a_workbook_written_before_the_path_column_was_recorded(project):
    """Workbooks of earlier versions named the file column as the text column."""
    book = project / "book.xlsx"
    with zipfile.ZipFile(book) as old:
        parts = {info.filename: old.read(info) for info in old.infolist()}
    custom = parts["docProps/custom.xml"].decode()
    assert layout.PATH_COLUMN_PROPERTY in custom and layout.TEXT_COLUMN_PROPERTY not in custom
    parts["docProps/custom.xml"] = custom.replace(layout.PATH_COLUMN_PROPERTY, layout.TEXT_COLUMN_PROPERTY).encode()
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in parts.items():
            new.writestr(name, data)
    done = xlplugin("refresh", "book.xlsx", cwd=project)
    assert done.returncode == 0, done.stderr
    assert summary(done)["unchanged"] == N


def test_the_bundled_example_workbook_refreshes_unchanged(tmp_path):
    shutil.copytree(ROOT / "workbooks" / "examples", tmp_path / "examples")
    shutil.copy(ROOT / "workbooks" / "example_scored.xlsx", tmp_path)
    done = xlplugin("refresh", "example_scored.xlsx", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert summary(done) == {"rescored": 0, "unchanged": N, "appended": 0, "failed": 0, "missing": 0, "unreadable": 0, "text_edited": 0, "evidence_restored": 0, "evidence_refiled": 0, "cut_texts": 0, "refused": 0, "gone": 0, "typed_again": 0, "appended_unscored": 0}


ARTICLE = ("The city council voted 7-2 on Tuesday to expand the bus network, according to the minutes "
           "published by the clerk's office. Councillor Ana Ruiz said the plan would cost $4 million.")


def test_score_a_csv_with_texts_then_refresh(tmp_path):
    with (tmp_path / "articles.csv").open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "title", "text"])
        writer.writerow(["a1", "Buses", ARTICLE])
        writer.writerow(["a2", "Shocking!", ('A "so-called" expert claims the plan is a disgraceful scam, everyone knows it!!! '
                         'The corrupt council lied again and the whole rotten scheme is a total disaster!')])
    done = xlplugin("score", "articles.csv", "-o", "book.xlsx", "--json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    by_id = {row["id"]: row for row in map(json.loads, done.stdout.splitlines())}
    rows = documents(tmp_path / "book.xlsx")
    assert rows["a1"]["text"] == ARTICLE
    assert rows["a1"][layout.SCORE_HEADERS[0]] == round(by_id["a1"]["reliability"], 1)
    assert rows["a2"][layout.SCORE_HEADERS[0]] < rows["a1"][layout.SCORE_HEADERS[0]]
    done = xlplugin("refresh", "book.xlsx", cwd=tmp_path)
    assert summary(done)["unchanged"] == 2, done.stderr


def test_a_csv_row_naming_a_file_is_read_from_it_and_refreshed_from_it(tmp_path):
    """The path in the CSV is relative to the CSV; the workbook goes elsewhere; the refresh
    still reads that file (not the path's words) and notices when it is edited."""
    (tmp_path / "input").mkdir()
    (tmp_path / "input" / "story.txt").write_text(ARTICLE, encoding="utf-8")
    with (tmp_path / "input" / "list.csv").open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["id", "path"], ["s1", "story.txt"]])
    (tmp_path / "out").mkdir()
    done = xlplugin("score", "input/list.csv", "-o", "out/book.xlsx", "-q", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    first = documents(tmp_path / "out" / "book.xlsx")["s1"]
    assert first["path"] == "../input/story.txt"
    done = xlplugin("refresh", "book.xlsx", cwd=tmp_path / "out")
    assert summary(done)["unchanged"] == 1, done.stderr
    (tmp_path / "input" / "story.txt").write_text(ARTICLE + " It is an outrageous disgrace!!!", encoding="utf-8")
    done = xlplugin("refresh", "book.xlsx", cwd=tmp_path / "out")
    assert summary(done)["rescored"] == 1, done.stderr
    second = documents(tmp_path / "out" / "book.xlsx")["s1"]
    assert second[layout.SCORE_HEADERS[0]] < first[layout.SCORE_HEADERS[0]]


def test_score_a_workbook_then_refresh(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "My articles"
    ws.append(["headline", "body", "my notes"])
    ws.append(["Buses", ARTICLE, "check later"])
    wb.save(tmp_path / "mine.xlsx")
    done = xlplugin("score", "mine.xlsx", "-o", "scored.xlsx", "--json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.splitlines()[0])
    (row,) = documents(tmp_path / "scored.xlsx").values()
    assert row["body"] == ARTICLE and row["my notes"] == "check later"
    assert row[layout.SCORE_HEADERS[0]] == round(result["reliability"], 1)
    done = xlplugin("refresh", "scored.xlsx", cwd=tmp_path)
    assert summary(done)["unchanged"] == 1, done.stderr


PAGE = """<!doctype html><html><head><title>Council expands bus network</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council expands bus network</h1><p>{}</p></article>
<footer>Copyright Example Local News</footer></body></html>"""


def test_score_html_pages_then_refresh(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "buses.html").write_text(PAGE.format(ARTICLE), encoding="utf-8")
    done = xlplugin("score", "pages", "-o", "book.xlsx", "--json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.splitlines()[0])
    assert result["reliability"] is not None
    row = documents(tmp_path / "book.xlsx")["buses.html"]
    assert row[layout.SCORE_HEADERS[0]] == round(result["reliability"], 1)
    done = xlplugin("refresh", "book.xlsx", cwd=tmp_path)
    assert done.returncode == 0 and summary(done)["unchanged"] == 1, done.stderr


def _soffice() -> str:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install -y --no-install-recommends libreoffice-calc")
    return soffice


def _convert(soffice: str, source: Path, fmt: str, outdir: Path) -> Path:
    profile = outdir / ".lo_profile"
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", fmt,
                    "--outdir", str(outdir), str(source)], check=True, capture_output=True, timeout=240)
    return outdir / (source.stem + "." + fmt.split(":")[0])


@pytest.mark.slow
def test_libreoffice_resave_then_append_a_row_then_refresh(project):
    """LibreOffice writes the workbook (flat ODS XML in between, where a row is appended as a
    user would type it), then the refresh scores only the new row, from its file."""
    soffice = _soffice()
    before = documents(project / "book.xlsx")
    (project / "docs" / "new_story.txt").write_text(ARTICLE, encoding="utf-8")
    work = project / "lo"
    work.mkdir()
    flat = _convert(soffice, project / "book.xlsx", "fods", work)
    text = flat.read_text(encoding="utf-8")
    sheet = text.index('table:name="Documents"')
    # after the last row that holds a document (LibreOffice then writes the empty rows, repeated)
    last_document = text.index("wire_report.txt", sheet)
    last_row_end = text.index("</table:table-row>", last_document) + len("</table:table-row>")
    cell = '<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>'
    # the id in column A and the path under the file header (a title column may stand between)
    headers = [c.value for c in openpyxl.load_workbook(project / "book.xlsx", read_only=True)[layout.DOCUMENTS][1]]
    cells = [cell.format("new_story.txt")] + ["<table:table-cell/>"] * (headers.index("file") - 1) + [cell.format("docs/new_story.txt")]
    new_row = "<table:table-row>" + "".join(cells) + "</table:table-row>"
    flat.write_text(text[:last_row_end] + new_row + text[last_row_end:], encoding="utf-8")
    resaved = _convert(soffice, flat, "xlsx", work)
    shutil.copy(resaved, project / "book.xlsx")
    done = xlplugin("refresh", "book.xlsx", cwd=project)
    assert done.returncode == 0, done.stderr
    assert summary(done) == {"rescored": 0, "unchanged": N, "appended": 1, "failed": 0, "missing": 0, "unreadable": 0, "text_edited": 0, "evidence_restored": 0, "evidence_refiled": 0, "cut_texts": 0, "refused": 0, "gone": 0, "typed_again": 0, "appended_unscored": 0}
    after = documents(project / "book.xlsx")
    for doc_id in before:
        assert after[doc_id][layout.SCORE_HEADERS[0]] == pytest.approx(before[doc_id][layout.SCORE_HEADERS[0]])
    alone = xlplugin("score", "docs/new_story.txt", "--json", cwd=project)
    expected = json.loads(alone.stdout.splitlines()[0])["reliability"]
    assert after["new_story.txt"][layout.SCORE_HEADERS[0]] == round(expected, 1)


def test_a_web_page_edited_on_disk_is_read_again_by_refresh(tmp_path):
    """A folder of pages: the workbook shows the article read from each page (its text column);
    the refresh reads the page again, not that cell, and rewrites the cell when the page changed."""
    (tmp_path / "pages").mkdir()
    page = tmp_path / "pages" / "buses.html"
    page.write_text(PAGE.format(ARTICLE), encoding="utf-8")
    done = xlplugin("score", "pages", "-o", "book.xlsx", "-q", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    first = documents(tmp_path / "book.xlsx")["buses.html"]
    assert ARTICLE in first["text"] and "Copyright" not in first["text"]
    added = " Critics called the plan an outrageous, disgraceful scam!!!"
    page.write_text(PAGE.format(ARTICLE + added), encoding="utf-8")
    done = xlplugin("refresh", "book.xlsx", cwd=tmp_path)
    assert done.returncode == 0 and summary(done)["rescored"] == 1, done.stderr
    second = documents(tmp_path / "book.xlsx")["buses.html"]
    assert added.strip() in second["text"]
    assert second[layout.SCORE_HEADERS[0]] < first[layout.SCORE_HEADERS[0]]
    alone = xlplugin("score", "pages/buses.html", "--json", cwd=tmp_path)
    assert second[layout.SCORE_HEADERS[0]] == round(json.loads(alone.stdout.splitlines()[0])["reliability"], 1)
    done = xlplugin("refresh", "book.xlsx", cwd=tmp_path)
    assert summary(done)["unchanged"] == 1, done.stderr


def test_a_workbook_scored_before_documents_had_a_kind_still_refreshes(project):
    from xlplugin.cells import KIND_HEADER

    book = project / "book.xlsx"
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    header = [cell.value for cell in ws[1]]
    ws.delete_cols(header.index(KIND_HEADER) + 1)
    wb.save(book)
    before = documents(book)
    done = xlplugin("refresh", "book.xlsx", cwd=project)
    assert done.returncode == 0, done.stderr
    assert summary(done)["unchanged"] == N
    assert documents(book) == before


# A user's own text typed over a page's article (words of our own, loaded on purpose).
# (at least 25 words: shorter texts get no loaded-term rate)
RANT = ("What a disgraceful, outrageous scam! The corrupt council is obviously lying to everyone again!!! "
        "Every single one of these shameless crooks should be thrown out before they wreck the whole town.")


def _page_book(tmp_path: Path) -> tuple[Path, dict[str, object]]:
    """A folder with one web page, scored: the book and the page's row."""
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "buses.html").write_text(PAGE.format(ARTICLE), encoding="utf-8")
    done = xlplugin("score", "pages", "-o", "book.xlsx", "-q", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return tmp_path / "book.xlsx", documents(tmp_path / "book.xlsx")["buses.html"]


def _set_cells(book: Path, doc_id: str, **values: object) -> None:
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    header = [cell.value for cell in ws[1]]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == doc_id)
    for name, value in values.items():
        ws.cell(row, header.index(name) + 1).value = value
    wb.save(book)


def test_a_page_text_cell_edited_by_hand_is_not_shown_beside_the_page_scores(tmp_path):
    """The page is the document: a refresh does not score the edited cell, and does not leave the
    page's scores beside it as if they were the cell's; the Status says what to do."""
    book, first = _page_book(tmp_path)
    _set_cells(book, "buses.html", text=RANT)
    done = xlplugin("refresh", "book.xlsx", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert summary(done)["text_edited"] == 1 and summary(done)["unchanged"] == 0, done.stderr
    # the command line says what to do, as the Status does
    assert ("1 row read from a file had their text cell edited; they keep their earlier scores: to score your "
            "text, empty the row's file cell; to go back to the file's scores, empty the text cell") in done.stderr
    row = documents(book)["buses.html"]
    assert row["text"] == RANT  # the user's text stays
    assert scores(row) == scores(first)  # the page's scores, kept (the page did not change)...
    # ...said to be the page's, not the cell's, with the two ways out
    assert row[STATUS].startswith("not refreshed: the text cell (column 'text') was edited"), row[STATUS]
    assert "pages/buses.html" in row[STATUS] and "empty the row's 'file' cell" in row[STATUS]
    # a second refresh says the same (it is not taken for a row that is now in order)
    done = xlplugin("refresh", "book.xlsx", cwd=tmp_path)
    assert summary(done)["text_edited"] == 1, done.stderr
    # the first way out: the file cell emptied, the cell's text is the document
    _set_cells(book, "buses.html", file=None)
    done = xlplugin("refresh", "book.xlsx", cwd=tmp_path)
    assert summary(done)["rescored"] == 1, done.stderr
    row = documents(book)["buses.html"]
    assert row["text"] == RANT and not row[STATUS].startswith("not refreshed")
    # (the page's article has no loaded words; the rant has "disgraceful", "outrageous", "scam", ...)
    loaded = layout.SIGNAL_HEADER["loaded_language"]
    assert first[loaded] == 0 and row[loaded] > 0


def test_a_page_text_cell_emptied_goes_back_to_the_page(tmp_path):
    book, first = _page_book(tmp_path)
    _set_cells(book, "buses.html", text=RANT)
    xlplugin("refresh", "book.xlsx", cwd=tmp_path)
    _set_cells(book, "buses.html", text=None)
    done = xlplugin("refresh", "book.xlsx", cwd=tmp_path)
    assert done.returncode == 0 and summary(done)["text_edited"] == 0, done.stderr
    row = documents(book)["buses.html"]
    assert scores(row) == scores(first) and row[STATUS] == first[STATUS]


def test_a_page_and_its_text_cell_both_edited_keep_the_users_text(tmp_path):
    """The page changed on disk and the cell was edited too: re-reading the page would overwrite
    the user's text with the page's, so the row keeps its scores and says why instead."""
    book, first = _page_book(tmp_path)
    (tmp_path / "pages" / "buses.html").write_text(PAGE.format(ARTICLE + " Fares stay the same, the council said."),
                                                   encoding="utf-8")
    _set_cells(book, "buses.html", text=RANT)
    done = xlplugin("refresh", "book.xlsx", cwd=tmp_path)
    assert summary(done)["text_edited"] == 1 and summary(done)["rescored"] == 0, done.stderr
    row = documents(book)["buses.html"]
    assert row["text"] == RANT and scores(row) == scores(first) and row[STATUS].startswith("not refreshed")


def test_a_row_that_could_not_be_scored_then_can_is_counted_as_rescored(tmp_path):
    """A row whose file was missing when scored is in the table already: scored once its file is
    there, it is "rescored", not "appended" (that word is for rows added to the table)."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    with (tmp_path / "list.csv").open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["id", "path"], ["a", "docs/a.txt"], ["b", "docs/b.txt"]])
    done = xlplugin("score", "list.csv", "-o", "book.xlsx", "-q", cwd=tmp_path)
    assert done.returncode == 2 and "file not found" in done.stderr  # (a row not read: exit 2, the rest written)
    assert documents(tmp_path / "book.xlsx")["b"][STATUS].startswith("not scored")
    (tmp_path / "docs" / "b.txt").write_text(ARTICLE + " The first buses run in May.", encoding="utf-8")
    done = xlplugin("refresh", "book.xlsx", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert summary(done) == {"rescored": 1, "unchanged": 1, "appended": 0, "failed": 0, "missing": 0, "unreadable": 0, "text_edited": 0,
                             "evidence_restored": 0, "evidence_refiled": 0, "cut_texts": 0, "refused": 0, "gone": 0, "typed_again": 0, "appended_unscored": 0}
    assert isinstance(documents(tmp_path / "book.xlsx")["b"][layout.SCORE_HEADERS[0]], float)


def test_refresh_of_a_text_cell_holding_a_formula_with_no_saved_value_says_so(tmp_path):
    # a user's own table, scored to a workbook; then a program (openpyxl) puts a formula in one
    # text cell, which has no saved value until a spreadsheet application works it out
    with (tmp_path / "articles.csv").open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "text"])
        writer.writerow(["a1", ARTICLE])
        writer.writerow(["a2", ARTICLE + " The vote was the last of the year."])
    assert xlplugin("score", "articles.csv", "-o", "book.xlsx", "-q", cwd=tmp_path).returncode == 0
    wb = openpyxl.load_workbook(tmp_path / "book.xlsx")
    ws = wb[layout.DOCUMENTS]
    headers = [c.value for c in ws[1]]
    ws.cell(3, headers.index("text") + 1).value = '=CONCAT("a", "b")'
    wb.save(tmp_path / "book.xlsx")
    done = xlplugin("refresh", "book.xlsx", cwd=tmp_path)
    status = documents(tmp_path / "book.xlsx")["a2"][STATUS]
    assert "a formula with no saved value (open and save the workbook in Excel or LibreOffice first)" in status, (
        status, done.stderr)
