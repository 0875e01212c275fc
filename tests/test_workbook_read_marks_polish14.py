"""What a reader misread in the workbook (session 14): the argued voice painted as loaded words,
ids broken mid-word on the Read sheet, a sentiment spread printed as a change ("+0.01"), the
Outlets chart cut at column A on a later printed page, and a Sentiment header whose line broke
after "-1 neg ..". The fixtures are our own words."""

from __future__ import annotations

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText
from workbook_helpers import scored_by_cli

from xlplugin import score_text
from xlplugin.cli import main
from xlplugin.workbook import layout, refresh_workbook
from xlplugin.workbook import outlets as outlets_sheet
from xlplugin.workbook.read_sheet import FIRST_ROW, LEGEND, LEGEND_ROW, PURPLE, READ, RED, TEXT_COLUMN, marked_runs

ABOUT = ("About us\n\nWe are a small charity in the valley. We run two repair cafes and a tool library, and our "
         "volunteers mend bikes every Saturday. Why do we do it? Because we think things should last. "
         "This disgraceful throwaway habit is a scandal, and we want to end it.")
OPINION = ("I have lived on this street for twenty years, and I have never seen the council act so shamefully. "
           "Why should we pay for a car park nobody asked for? The plan is an outrageous waste of our money, "
           "and I will say so at the next meeting. Residents deserve better than this disgraceful scheme.")
STORY = ("The harbour board said on Monday that the ferry would run twice a day from June, according to its "
         "published timetable. Two captains told the board that bookings had risen since spring.")
LONG_ID = "aggregator_reprint_harbour.txt"  # (30 characters; ids are capped at 40)


def _runs_by_word(text: str) -> dict[str, set[tuple[str, bool]]]:
    runs = marked_runs(text, score_text(text))
    out: dict[str, set[tuple[str, bool]]] = {}
    for run in runs:
        for word in run.text.split():
            out.setdefault(word.strip(".,?").lower(), set()).add((run.color, run.italic))
    return out


@pytest.mark.parametrize("text", [ABOUT, OPINION])
def test_first_person_words_are_not_painted_as_loaded_words(text):
    marks = _runs_by_word(text)
    for word in ("we", "i", "our"):
        for color, _italic in marks.get(word, ()):
            assert color != RED, f"{word!r} painted in the loaded-word red"
    assert (PURPLE, True) in marks.get("we", set()) | marks.get("i", set())  # the voice has its own mark
    assert any(color == RED for word in ("disgraceful", "shamefully", "outrageous") for color, _ in marks.get(word, ()))


def test_the_legend_names_every_mark_the_read_sheet_uses():
    # (each colour and each style: the voice keeps its italics inside an orange or green sentence,
    # display16, so a colour and a style meet in ways the legend need not list one by one)
    colours = {run.color for run in LEGEND if run.color}
    styles = {(run.bold, run.italic, run.underline) for run in LEGEND}
    for text in (ABOUT, OPINION, STORY):
        for run in marked_runs(text, score_text(text)):
            if run.color and run.text.strip():
                assert run.color in colours, run
                for i, on in enumerate((run.bold, run.italic, run.underline)):
                    assert not on or any(style[i] for style in styles), run


def _book(tmp_path, rows):
    return scored_by_cli(tmp_path, ["id", "outlet", "text"], rows)


def test_the_read_sheet_id_column_fits_the_ids_and_its_legend_shows_the_voice(tmp_path):
    book = _book(tmp_path, [(LONG_ID, "Harbour Crier", STORY), ("a2", "Harbour Crier", OPINION)])
    ws = openpyxl.load_workbook(book, rich_text=True)[READ]
    assert ws.column_dimensions["B"].width >= len(LONG_ID)  # (was 18: "aggregator_reprint.tx" / "t")
    assert ws.cell(FIRST_ROW, 2).value == LONG_ID
    legend = ws.cell(LEGEND_ROW, TEXT_COLUMN).value
    assert isinstance(legend, CellRichText)
    voice = [block for block in legend if not isinstance(block, str) and block.font.color is not None
             and block.font.color.rgb == PURPLE]
    assert voice and voice[0].text.startswith("argued voice") and voice[0].font.i


def test_a_short_id_keeps_the_usual_width(tmp_path):
    book = _book(tmp_path, [("a1", "Harbour Crier", STORY)])
    assert openpyxl.load_workbook(book)[READ].column_dimensions["B"].width == 18


def test_a_spread_has_no_sign_and_later_pages_print_the_kinds_and_ids(tmp_path):
    rows = [(f"h{day}", "Harbour Crier", (STORY if day % 2 else OPINION).replace("Monday", name))
            for day, name in enumerate(("Monday", "Tuesday", "Friday", "Sunday"))]
    book = _book(tmp_path, rows)
    ws = openpyxl.load_workbook(book)[outlets_sheet.OUTLETS]
    headers = [cell.value for cell in ws[outlets_sheet.HEADER_ROW]]
    spread = headers.index("Sentiment (-1 .. +1): spread") + 1
    mean = headers.index("Sentiment (-1 .. +1): mean") + 1
    row = outlets_sheet.FIRST_ROW
    assert isinstance(ws.cell(row, spread).value, float)
    assert "+" not in ws.cell(row, spread).number_format  # was "+0.00;-0.00;0.00": "+0.01" read as a change
    assert "+" not in ws.cell(outlets_sheet.FORMAT_ROW, spread).number_format  # (what a refresh writes with)
    assert ws.cell(row, mean).number_format.startswith("+")  # (a mean keeps its sign)
    # (display16: one range, which Gnumeric keeps; the two ranges, S:U from the header row down so
    # that no title was cut at A on the kinds page, it saved as an error)
    # (sheets17: one page wide, the numbers and kinds (A:S); the ids and the bars' names, T:U, do
    # not print: with them it printed three pages across)
    assert str(ws.print_area).replace("$", "").endswith(f"!A1:S{layout.PRINT_ROWS}")
    assert not ws.col_breaks.brk


def test_spread_format():
    assert outlets_sheet.spread_format("+0.00;-0.00;0.00") == "0.00"
    assert outlets_sheet.spread_format("0%") == "0%"
    assert outlets_sheet.spread_format("0.0") == "0.0"


def test_the_sentiment_header_does_not_break_after_an_ellipsis_and_the_old_one_refreshes(tmp_path):
    book = _book(tmp_path, [("a1", "Harbour Crier", STORY)])
    wb = openpyxl.load_workbook(book)
    sheet = wb["Documents"]
    current = [cell for cell in sheet[1] if str(cell.value).startswith("Sentiment")]
    assert len(current) == 1 and ".." not in current[0].value
    current[0].value = "Sentiment (mean, -1 neg .. +1 pos)"  # as versions before session 14 wrote it
    assert layout.FORMER_HEADERS[current[0].value] == "Sentiment (mean, -1 negative to +1 positive)"
    sheet.cell(row=2, column=3).value = STORY.replace("twice a day", "three times a day")
    wb.save(book)
    assert refresh_workbook(book).rescored == 1


CHANGELOG = """# Changelog

Everything that changed in Quayside, newest first.

## [3.1.0] - 2025-01-02

### Added
- A harbour map in the settings page.

### Fixed
- The tide clock ran an hour late in winter.

## [3.0.2] - 2024-11-20

### Fixed
- Exports lost their last line.

## [3.0.0] - 2024-10-01

### Changed
- Settings moved to one file.
"""


def test_a_status_quotes_the_document_s_own_words_not_a_rule_s_example(tmp_path):
    from xlplugin.kind_shown import in_own_words

    result = score_text(CHANGELOG)
    assert result.reliability is None and "times)" in result.note
    shown = in_own_words(result, CHANGELOG).note
    assert "1.2.0" not in shown and "2024-03-01" not in shown  # (the kinds rule's example)
    assert "first: '## [3.1.0] - 2025-01-02'" in shown
    assert "first: '### Added'" in shown
    assert in_own_words(score_text(STORY), STORY) == score_text(STORY)  # (a scored text: as it was)
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "CHANGELOG.md").write_text(CHANGELOG, encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(folder), "-o", str(book), "-q"]) == 0
    wb = openpyxl.load_workbook(book)
    sheet = wb["Documents"]
    # (status45: the whole reason is in the Why, the Status says its head)
    status = sheet.cell(2, [c.value for c in sheet[1]].index("Why") + 1).value
    assert "1.2.0" not in status and "'## [3.1.0] - 2025-01-02'" in status
    read = wb[READ].cell(FIRST_ROW, TEXT_COLUMN).value
    assert "1.2.0" not in read and "'## [3.1.0] - 2025-01-02'" in read  # (the Read sheet's reason, as the Status)
