"""(status45) A row with no index says the head of why in its Status ("not scored: language German",
"no index: not an article") and the whole reason in its Why, where a reader looks for it. Before,
the Why was empty and the narrow Status (width 26) held the whole reason, making the row very tall.

A refresh reads the Status back (refresh_plan, refresh_gone, typed_cells): a workbook written the
old way (the whole reason in the Status, the Why empty) still refreshes as it did."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from xlplugin import cells, score_text
from xlplugin.cli import main
from xlplugin.workbook import layout, refresh_workbook

from test_refresh_mixed import SHOP
from workbook_helpers import documents_rows

STATUS = layout.SCORE_HEADERS[-1]

# Written for this test: German prose, long enough to be scored were it English.
GERMAN = ("Der Stadtrat hat am Dienstag beschlossen, dass die alte Brücke über den Fluss im nächsten Jahr "
          "erneuert wird. Die Arbeiten sollen im Frühjahr beginnen und werden nach Angaben der Verwaltung "
          "etwa acht Monate dauern. Während dieser Zeit wird der Verkehr über eine Umleitung geführt, die "
          "durch das Gewerbegebiet im Norden der Stadt verläuft. Die Anwohner wurden in einem Brief über "
          "die Pläne informiert und können ihre Fragen bei einer Versammlung im Rathaus stellen.")
GERMAN_EDITED = GERMAN.replace("acht Monate", "neun Monate")
ARTICLE = ("The ferry operator said on Thursday that the late crossing would stop in May, according to a "
           "statement from the company. Union officials told reporters they would ask for talks with the "
           "operator before the timetable changes, and the harbour board said it would publish the new "
           "times next week. Passengers who use the late crossing can ask for a refund of season tickets.")


def _book(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "brücke.txt").write_text(GERMAN, encoding="utf-8")
    (folder / "shop.html").write_text(SHOP, encoding="utf-8")
    (folder / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(folder), "-o", str(book), "-q"]) == 0
    return book


def test_the_status_says_the_head_and_the_why_the_whole_reason(tmp_path):
    rows = documents_rows(_book(tmp_path))
    german, shop, ferry = rows["brücke.txt"], rows["shop.html"], rows["ferry.txt"]
    assert german[STATUS] == "not scored: language German"
    assert german["Why"] == "not scored: language German (most of its common words are German)"
    assert shop[STATUS] == "no index: not an article"
    assert shop["Why"].startswith("no index: not an article (") and "fewer than 150 words" in shop["Why"]
    # (guard) a row with an index is as it was: "scored" in its Status, where the index lost points in its Why
    assert ferry[STATUS].startswith("scored") and not ferry["Why"].startswith(("no index", "not scored"))


def test_the_heads_of_other_reasons():
    row = cells.score_row(score_text(""))
    assert row[-2:] == ["not scored: empty (no text)", "not scored: empty"]
    row = cells.score_row(score_text("The ferry left at noon on Monday."))
    assert row[-1] == "no index: 7 words" and row[-2].startswith("no index: 7 words; the index needs at least 25 (")


def test_a_reason_with_nothing_after_its_head_is_said_once():
    """A reason that is its head alone is the Status: the Why does not repeat it."""
    result = replace(score_text("The ferry left at noon on Monday."), note="no index: not an article")
    assert cells.score_row(result)[-2:] == ["", "no index: not an article"]


def test_xlp_scores_row_says_the_whole_reason_in_its_why():
    row = cells.score_row(score_text(GERMAN))
    assert row[-1] == "not scored: language German"
    assert row[-2].startswith("not scored: language German (")


def test_a_workbook_written_the_old_way_still_refreshes(tmp_path, monkeypatch):
    """Scored as main's code wrote it (the whole reason in the Status, the Why empty): a refresh
    with nothing changed rewrites nothing and sees nothing typed; a row whose text changed is
    written the new way, and a second refresh leaves it so."""
    with monkeypatch.context() as patch:
        patch.setattr(cells, "status_head", lambda reason: reason, raising=False)
        patch.setattr(cells, "unscored_why", lambda result: "", raising=False)
        book = _book(tmp_path)
    old = documents_rows(book)
    assert old["brücke.txt"][STATUS].startswith("not scored: language German (") and not old["brücke.txt"]["Why"]
    summary = refresh_workbook(book)
    assert summary.rescored == 0 and not summary.typed
    assert documents_rows(book) == old
    (tmp_path / "in" / "brücke.txt").write_text(GERMAN_EDITED, encoding="utf-8")
    summary = refresh_workbook(book)
    assert summary.rescored == 1 and not summary.typed
    rows = documents_rows(book)
    assert rows["brücke.txt"][STATUS] == "not scored: language German"
    assert rows["brücke.txt"]["Why"].startswith("not scored: language German (")
    assert rows["shop.html"] == old["shop.html"] and rows["ferry.txt"] == old["ferry.txt"]
    assert refresh_workbook(book).rescored == 0 and documents_rows(book) == rows
