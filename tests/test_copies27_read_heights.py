"""A Read row is tall enough for its Copies cell (column E, narrow and wrapped), not only for its
text: a report of several copies wraps to ten lines or so, and a row sized for a short text hid
its last lines ("no credit to row 9 ..."). Rows whose Copies cell fits keep the height they had."""

from __future__ import annotations

import re

from xlplugin.workbook import read_refresh
from xlplugin.workbook.read_passthrough import PassThrough
from xlplugin.workbook.read_sheet import COPIES_COLUMN, COPIES_MAX_LINES, FIRST_ROW, LINE_HEIGHT, WIDTHS, ReadRow, Run, _pixels, read_row_xml, \
    row_height, split_runs

STYLES = [3, 4, 4, 5, 4, 4, 6, 6, 6]

# Copies reports of the shape copies_text writes, with made-up rows and ids: each wraps to many
# lines of a 22-character column
LONG_COPIES = [
    "same story as row 12 (id agency_story_copy.txt): 91% of this text is in it; shares a passage with row 4 "
    "(id county_paper_version.txt): 51 words in a row, 40% of this text; no credit to row 12 (id agency_story_copy.txt)",
    "shares a passage with row 3 (id council_statement.txt): 62 words in a row, 33% of this text; shares a passage "
    "with row 7 (id party_newsletter.txt): 48 words in a row, 27% of this text",
    "same text as row 20 (id mirror_site_page.html): 100% of this text is in it; same text as row 21 "
    "(id second_mirror_page.html): 100% of this text is in it; no credit to row 20 (id mirror_site_page.html); "
    "no credit to row 21 (id second_mirror_page.html)",
    "same story as row 5 (id union_press_note.txt): 88% of this text is in it; no credit to row 5 (id union_press_note.txt)",
]
SHORT_COPIES = ["same text as row 5 (id a.txt)", "shares a passage with row 2", "same story as row 31"]

SHORT_TEXTS = [
    "The library will open an hour later on Sundays from March, the council said.",
    "Two lanes of the ring road close overnight for resurfacing.\n\nThe work is due to end on Friday.",
]


def _wrapped_lines(text: str, width: float) -> int:
    """Lines `text` takes, wrapped word by word in a column `width` characters wide (each word
    as wide as its letters, a line broken before a word that does not fit)."""
    line = width * 7 + 5 - 7
    lines, used, space = 1, 0.0, _pixels(" ")
    for word in text.split(" "):
        wide = _pixels(word)
        if used and used + space + wide > line:
            lines, used = lines + 1, wide
        else:
            used = used + space + wide if used else wide
    return lines


def _heights(xml: bytes) -> list[float | None]:
    return [float(h) if h else None for h in re.findall(rb'<row r="\d+"(?: ht="([^"]*)" customHeight="1")?>', xml)]


def _row(copies: str, text: str) -> ReadRow:
    return ReadRow(9, "story_one.txt", "example.org", "url", 71.5, copies, [Run(text)], "0123456789abcdef", fingerprints="AAAA")


def test_a_long_copies_cell_shows_every_line():
    for copies in LONG_COPIES:
        lines = _wrapped_lines(copies, WIDTHS[COPIES_COLUMN - 1])
        assert lines >= 5  # (more than these short texts take)
        for text in SHORT_TEXTS:
            first = _heights(read_row_xml(FIRST_ROW, _row(copies, text), STYLES))[0]
            # (lead25) up to COPIES_MAX_LINES: rows stay short enough to share a printed page
            assert first is not None and first >= LINE_HEIGHT * min(lines, COPIES_MAX_LINES) + 4, (copies, first, lines)


def test_a_text_split_over_rows_keeps_its_continued_rows():
    text = " ".join(["The committee heard from residents about the bus timetable and the new stops."] * 40)
    for copies in LONG_COPIES:
        row = _row(copies, text)
        heights = _heights(read_row_xml(FIRST_ROW, row, STYLES))
        parts = split_runs(row.runs)
        assert len(heights) == len(parts) > 2
        # (the first row grows to the copies or keeps its text's height, the others are as before)
        assert heights[0] >= max(row_height(parts[0]),
                                 LINE_HEIGHT * min(COPIES_MAX_LINES, _wrapped_lines(copies, WIDTHS[COPIES_COLUMN - 1])) + 4)
        assert heights[1:] == [row_height(p) for p in parts[1:]]


def test_a_short_copies_cell_leaves_the_height_alone():
    long_text = " ".join(["Officials said the bridge would reopen in spring after repairs to its deck."] * 12)
    # (no copies with any text; copies of a line or two beside texts of three lines or more)
    for copies, text in [("", t) for t in SHORT_TEXTS + [long_text]] + [(c, t) for c in SHORT_COPIES for t in SHORT_TEXTS[1:] + [long_text]]:
        row = _row(copies, text)
        assert _heights(read_row_xml(FIRST_ROW, row, STYLES)) == [
            h if h > LINE_HEIGHT + 4 else None for h in (row_height(p) for p in split_runs(row.runs))]


def test_a_tall_text_is_not_made_shorter_by_its_copies():
    text = "\n".join(f"Line {n} of a list of polling stations." for n in range(11))
    for copies in LONG_COPIES:
        row = _row(copies, text)
        assert _heights(read_row_xml(FIRST_ROW, row, STYLES))[0] >= row_height(row.runs)


def test_a_kept_row_with_long_copies_passes_through_as_written():
    for copies in LONG_COPIES:
        for text in SHORT_TEXTS:
            row = _row(copies, text)
            data = read_row_xml(FIRST_ROW, row, STYLES)
            old = read_refresh._own_rows(data, 0, len(data), True)[0][(str(row.doc_id), row.text_hash)]
            kept = ReadRow(**{**row.__dict__, "runs": [], "text_cell": old.text_cell, "height": old.height, "kept": old})
            assert PassThrough(STYLES).row(FIRST_ROW, kept) == data == read_row_xml(FIRST_ROW, kept, STYLES)


def test_a_row_kept_from_a_file_sized_for_its_text_alone_is_written_taller():
    # (a workbook written before: the first row's height was its text's; a refresh that keeps the
    # row writes it again with room for its Copies cell instead of passing the short row through)
    for copies in LONG_COPIES:
        row = _row(copies, SHORT_TEXTS[1])
        data = read_row_xml(FIRST_ROW, row, STYLES)
        height = row_height(row.runs)
        short = re.sub(rb' ht="[^"]*" customHeight="1"', b' ht="%s" customHeight="1"' % f"{height:g}".encode(), data, count=1)
        old = read_refresh._own_rows(short, 0, len(short), True)[0][(str(row.doc_id), row.text_hash)]
        assert old.height == height
        kept = ReadRow(**{**row.__dict__, "runs": [], "text_cell": old.text_cell, "height": old.height, "kept": old})
        assert PassThrough(STYLES).row(FIRST_ROW, kept) is None
        assert _heights(read_row_xml(FIRST_ROW, kept, STYLES))[0] == _heights(data)[0] > height
