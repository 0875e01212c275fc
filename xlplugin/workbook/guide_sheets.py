"""The sheets that explain a scored workbook and set it up: Overview (documents per reliability
band, with a chart), How to read this, Settings (the weights, editable) and Sources (your own
source ratings). Made with `writer`'s cell helpers, in a write-only openpyxl workbook."""

from __future__ import annotations

import math
from typing import Any, Mapping

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment
from openpyxl.worksheet.datavalidation import DataValidation

from .. import registry
from ..cells import KIND_HEADER
from ..refused_texts import MAX_WORDS
from ..scorers.source_rating import rating_key
from ..settings import Settings
from . import fit, layout
from .rows import overview_rows, weight_rows
from .writer import BOLD_FONT, TITLE_FONT, TOP, WRAP, _cell, _fit_height, _header_row, _page_setup

__all__ = ["overview_sheet", "how_to_read_sheet", "settings_sheet", "sources_sheet"]


# The Overview's column widths: the labels (bands, counts, weight lines) wrap in column A, which
# is wide enough for a count's label in two lines and a weight line in two; the chart stands right
# of column C, clear of them (a label that ran over into the next columns went under the chart,
# and a count's cell clipped its label).
OVERVIEW_WIDTHS = {"A": 50, "B": 12, "C": 3}
OVERVIEW_CHART_AT = "D2"


def overview_sheet(wb: Workbook, indexes: list[float | None], weights: dict[str, float] | None = None,
                   not_read: list[tuple[str, str]] | None = None) -> None:
    ws = wb.create_sheet(layout.OVERVIEW)
    _page_setup(ws, None)
    # (book51) one page: the summary a reader prints first, read whole; a line or two more (the
    # weights saying what they are out of) sent its last weights onto a second page with nothing
    # else on it
    ws.page_setup.fitToHeight = 1
    for letter, width in OVERVIEW_WIDTHS.items():
        ws.column_dimensions[letter].width = width
    ws.append(_header_row(ws, layout.OVERVIEW_HEADERS))
    table = overview_rows(indexes, not_read=not_read or ())
    for number, values in enumerate(table + (weight_rows(weights) if weights is not None else []), start=2):
        # (book52) as many lines as its words take, wrapped as a spreadsheet wraps them (fit.prose_lines)
        ws.row_dimensions[number].height = fit.text_lines_height(fit.prose_lines(values[0], OVERVIEW_WIDTHS["A"]),
                                                                  layout.LINE_HEIGHT)
        # every label cell wraps, the bands' too: a refresh rewrites these rows with the styles the
        # first ones carry (sheet_edit.regenerate)
        ws.append([_cell(ws, values[0], align=WRAP)]
                  + [_cell(ws, v, align=WRAP, fmt="0.0" if isinstance(v, float) else None) for v in values[1:]])
    chart = BarChart()
    chart.type = "col"
    chart.title = "How many documents in each reliability band (0 = least, 100 = most reliable)"
    chart.y_axis.title = "Documents"
    chart.x_axis.title = "Reliability index band"
    chart.legend = None
    chart.height, chart.width = 9, 20
    chart.y_axis.number_format = "0"
    chart.y_axis.majorUnit = max(1, math.ceil(max((row[1] for row in table[: len(layout.BANDS)]), default=1) / 5))
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    data = Reference(ws, min_col=2, min_row=1, max_row=len(layout.BANDS) + 1)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=len(layout.BANDS) + 1))
    ws.add_chart(chart, OVERVIEW_CHART_AT)


def sheet_guide_rows() -> list[tuple[str, str]]:
    """The "How to read this" sheet's second table: each sheet the writer makes and each of its
    columns that the first table does not explain, in plain words. The Evidence sheet's signal
    names come from the registry (a new signal is listed with its column).
    Over 60 lines on purpose: it is one table of sentences, read top to bottom like a data file;
    splitting it would only scatter the text a reader checks against the sheet."""
    from .outlets import CHART_LABEL, OUTLETS, WITH_INDEX
    from .read_sheet import READ, READ_HEADERS
    from ..outlets import FROM_COLUMN, FROM_METADATA, FROM_TEXT, FROM_URL
    from .writer import EVIDENCE_PRINTED_ROWS

    stamps = ", ".join((*layout.STAMP_HEADERS, layout.EVIDENCE_COUNT_HEADER))
    rows = [
        (layout.DOCUMENTS,
         "One row per document: your own columns first (id, title, the text or its file ...), then the "
         "scores explained in the table above. Sort and filter it as you like; keep the header row as it is."),
        (f"{layout.DOCUMENTS}: Why",
         "Where the index lost its points: each indicator that cost it a point or more, the costliest "
         "first, with its points and why, for example \"loaded language -25 points: 19 loaded terms in 480 "
         "words (40 per 1,000, among them ...); provenance -5 points: 55/100 (publication date, dateline; but "
         "clickbait headline, no author)\". The points add up "
         "to 100 minus the index rounded to a whole number; an indicator that cost less than a point is not named. "
         "Provenance keeps its own scale (55/100) and names the cues it found, then after \"but\" the warning "
         "signs, without their points: each cue's points are in its Evidence row (Detail). "
         "A row's notes (a text cut to fit one cell, a file not in UTF-8) follow on lines of their own "
         "beginning \"Note: \". "
         "An indicator that does not count in the index (weight 0 in Settings) is named only when it reads badly, "
         "marked \"(shown for context: it does not change the index)\"."),
        (f"{layout.DOCUMENTS}: Status",
         "\"scored\", or why a score is missing: a file not found, a number or a date where the "
         "text should be, not English, not an article (the whole reason is in the Why). \"scored (see note in "
         "Why)\": the Why ends with a note, for example a text cut to fit one cell or a file not in UTF-8. "
         "A row that is not scored has empty score cells, never a 0. "
         "\"not prose: looks like encoded data\" (or \"like a dump of numbers and codes\"): the text cell holds an image, "
         f"a file or a data dump pasted as text, not a document. \"too long\": more than {MAX_WORDS:,} words, a book or "
         "several documents in one cell or file; split it into its documents (it is not scored in part). "
         "A signal named in it (unsourced_claims, ...) is one of the Evidence sheet's signals below."),
        (f"{layout.DOCUMENTS}: {stamps}",
         "What the row was scored with: the xlplugin version, and fingerprints of the settings and of the "
         "text (with its title, address, outlet, author and date). A refresh scores again only the rows where "
         "one of them changed. The last is how many Evidence rows the document was given (not counting the rows "
         "naming its copies): a refresh writes again the rows deleted from the Evidence sheet (filter them "
         "out or hide them instead). Leave them as they are."),
        (READ,
         "Each document's text with its flags on it, one row per document, in the order of the Documents "
         "sheet. Flags are indicators, not verdicts: the Evidence sheet says why each one was raised."),
        (f"{READ}: {', '.join(READ_HEADERS[:4])}",
         "Which row of the Documents sheet the document is in (\"row 9\": the sheet's own row number, its "
         "header row is row 1), its id (\"id 8\": from your id column, else given by xlplugin), the outlet or "
         "web site it is counted under (see Outlets) and its reliability index. Copies names other rows the "
         "same way: \"row 9 (id 8)\"."),
        (f"{READ}: {READ_HEADERS[4]}",
         "Other rows of this workbook that hold the same run of words: \"same story as row 9\" (most of this "
         "text is in that row too) or \"shares a passage with row 8\" (a part of it), with how many words in a "
         "row and what share of this text; \"no credit to row 9\": a copy that does not name where it came "
         "from; \"same text as row 9, word for word\": the same document twice (one file under two names, a "
         "row pasted twice), each scored, so that a total or an average over the rows counts it twice; "
         "\"and 4 more\": rows not named, so that the cell shows whole in its row (the Evidence sheet "
         "names each, signal Copies). Empty: no other row shares its words. A copy is not wrong in itself (wire stories are meant "
         "to be reprinted), and rewritten or translated copies are not found."),
        (f"{READ}: {READ_HEADERS[5]}",
         "The text, marked as the legend in row 2 (above the header on every printed page) shows: bold red = loaded word; purple italics = the "
         "author's argued voice (I, we, the author's own questions: it weighs in the index, but is no loaded "
         "word; inside a coloured sentence it keeps its italics); orange after \u25b2 = check-worthy "
         "sentence with no source; green = sourced sentence; bold = provenance cue (byline, dateline, repost "
         "marker); underlined = passage also in another row. The whole text is shown: a text too long "
         "for one row goes on in the rows below it, each marked with its document's id and (continued) in the "
         "Document id column (\"id a7 (continued)\"). Only a "
         "text of more than about 50,000 characters is cut (a grey note says so, and where the whole text is). "
         "A text that was not scored (another language) has no flags: its row shows why and its first lines, "
         "and its cell holds the whole text (make the row taller to read it)."),
        (f"{READ}: {', '.join(READ_HEADERS[6:])}",
         "Folded away (columns G to J): how the outlet was found, the text's fingerprint, the word runs "
         "used to find copies, and the row's signal cells as written with a mark of its Why, Status and Kind (so that a refresh sees what was typed over them), kept for the refresh. Leave them as they are."),
        (layout.OVERVIEW,
         "How many documents fall in each tenth of the reliability index (0-10, 10-20, ...), with a chart; "
         "then how many documents have an index (the bands add up to it) and how many have none (not scored, "
         "or scored without an index: too few words, not an article), and the average index; then, where a folder "
         "given held files that were not read (a type xlplugin does not read, a news feed, a workbook), how many and "
         "each file's name with why; then the weight "
         "of each column in the index, from the Settings sheet: a column with weight 0 is shown, without colour, "
         "for context: it does not change the index."),
        (OUTLETS,
         "One row per outlet or web site, highest mean index first, with a chart of the mean index. A few "
         "documents say little about an outlet: read the counts."),
        (f"{OUTLETS}: Outlet taken from",
         f"Where the outlet was found: \"{FROM_COLUMN}\" (your outlet, publication, source or site column), "
         f"\"{FROM_URL}\" (the site in the URL), \"{FROM_METADATA}\" (a web page's own site name), "
         f"\"{FROM_TEXT}\" (a credit in the text, such as a news agency's name). "
         "\"(no outlet or web site known)\" gathers the documents where none was found. On a platform that "
         "hosts its users' pages (a blog host, a social network), each user's own site is its outlet; a group "
         "such as \"facebook.com (its users, not named)\" gathers the pages whose address names no user: "
         "like the no-outlet group, it is not ranked. A row whose outlet names another rated site than its URL's "
         "(\"Infowars\" on a bbc.co.uk address) is rated by its URL's site, and so is shown under that site, its "
         "\"taken from\" saying the two disagree."),
        (f"{OUTLETS}: Documents, {WITH_INDEX}", "The outlet's documents whose text was scored, and how many of them have an index "
         "(as the Overview counts them). Its rows that were not scored (a placeholder in the text cell, a "
         "missing file) are not among them: Document kinds says how many there are."),
        (f"{OUTLETS}: mean, spread",
         "For the index and each indicator: the mean over the outlet's documents that have it, and the spread "
         "(standard deviation, shown from two documents on). A large spread: its documents differ a lot."),
        (f"{OUTLETS}: Document kinds, Document ids",
         "How many of its documents are of each kind (news report, opinion or analysis ...), and their ids."),
        (f"{OUTLETS}: {CHART_LABEL}",
         "The outlet's bar in the chart, named with how many of its documents have an index: \"Daily Shout "
         "(1 of 22 with an index)\" is a mean over one document, however long its bar. The documents with no "
         "outlet known (and a hosting platform's unnamed users) have no bar: they are no one outlet."),
        (layout.EVIDENCE,
         "Every word or sentence behind each score, one row each. Filter it by Document id and Signal."),
        ("Printing",
         "Documents prints its scores with each row's id and title (and outlet, where that column comes right after "
         "the title: the Read sheet prints each text's outlet beside it). A file read from a folder has as its id its "
         "path inside that folder (\"pages/story.html\"; a file given on its own, its name): the file column, "
         "its path from the workbook's folder, is not printed. "
         "Read prints the texts, with the legend above the "
         "header on every page; a text that was not scored prints its first lines and why only (its cell holds the "
         "whole text: make its row taller to read it on screen). Overview, Outlets, "
         "Settings and Sources, a page or so each. Evidence prints whole when it is short (up to "
         f"{EVIDENCE_PRINTED_ROWS} rows); a longer one prints only its header row, as its page says: to print "
         "some of it, filter it by Document id, select those rows and print the selection."),
    ]
    rows += [(f"{layout.EVIDENCE}: Signal = {layout.EVIDENCE_SIGNAL[info.name]}", f"Behind the column \"{info.header}\".")
             for info in registry.infos()]
    rows += [
        (f"{layout.EVIDENCE}: Signal = {layout.EVIDENCE_SIGNAL['kind']}", f"The cues that decided the {KIND_HEADER} column."),
        (f"{layout.EVIDENCE}: Signal = {layout.COPIES_SIGNAL}",
         "A passage this document shares with another row (the Read sheet's Copies column). Not counted in "
         "any score: it depends on the other rows of the workbook."),
        (f"{layout.EVIDENCE}: {layout.EVIDENCE_HEADERS[2]}",
         f"What was found (not the document's {KIND_HEADER}), for example emotive, first person, unsourced, sourced, byline, named sources with "
         f"roles. \"{layout.NOT_FOUND_KIND}\": cues that were looked for and not found (listed in Detail)."),
        (f"{layout.EVIDENCE}: Evidence text, Start, End",
         "The words themselves, and where they are in the document's text as scored: Start and End count "
         "characters from the start of the text (the first character is 0; End is just after the last one), in "
         f"the {layout.DOCUMENTS} sheet's text column, or for a document read from a file in the file's text "
         "with each line end counted as one character; not in the Read sheet's cells, which add a mark before "
         "each unsourced claim and split a long text over rows. =MID(text, Start+1, End-Start) gives the words in "
         "LibreOffice; Excel counts an emoji (any character past U+FFFF) as two, so there each one before the "
         "words moves them one character to the right. Empty for a finding about the whole text."),
        (f"{layout.EVIDENCE}: Detail",
         "Why it counts: a sign's points on provenance's 0-100 scale (\"found, adds 6 to provenance\"), what makes a sentence check-worthy, a "
         "sentence's sentiment, the cues not found."),
        (f"{layout.EVIDENCE}: Text hash",
         "The fingerprint of the document's text, as in the Documents sheet: a refresh keeps the rows of the "
         "documents it did not score again."),
        (layout.SETTINGS_SHEET,
         "The weight of each indicator in the index, and the other settings. Change a value in column B, save, "
         "then run  xlplugin refresh FILE.xlsx ; column C says what each one does."),
        (layout.SOURCES,
         "Your own ratings of outlets or web sites, from 0 (unreliable) to 1 (reliable), or from 0 to 100 "
         "(85 reads as 0.85), and who says so. One scale for the whole sheet: when a rating is over 10, every "
         "rating is read from 0 to 100 (a 1 is then 0.01); 1-5 stars or marks out of 10 are refused. "
         "They replace the built-in ratings for those sources at the next refresh."),
    ]
    return rows


# Column widths of the How to read sheet; a paragraph spans them all (merged) and wraps.
HOW_TO_READ_WIDTHS = (30, 55, 34, 30, 30, 40)


def how_to_read_sheet(wb: Workbook) -> None:
    ws = wb.create_sheet(layout.HOW_TO_READ)
    _page_setup(ws, None)
    widths = HOW_TO_READ_WIDTHS
    for letter, width in zip("ABCDEF", widths):
        ws.column_dimensions[letter].width = width
    rows = layout.how_to_read_rows()
    table_start = next(i for i, r in enumerate(rows) if len(r) > 1)
    guide_width = sum(widths[1:])
    for index, values in enumerate(rows):
        number = index + 1
        if index == 0:
            ws.append([_cell(ws, values[0], font=TITLE_FONT)])
        elif index == table_start:
            ws.append(_header_row(ws, values))
        elif index > table_start:
            _fit_height(ws, number, zip(values, widths))
            ws.append([_cell(ws, v, align=WRAP, font=BOLD_FONT if i == 0 else None) for i, v in enumerate(values)])
        else:
            _paragraph(ws, number, values[0], sum(widths))
    ws.append([])
    ws.append([_cell(ws, "The sheets and their other columns", font=TITLE_FONT)])
    ws.merged_cells.add(f"B{len(rows) + 3}:F{len(rows) + 3}")
    ws.append(_header_row(ws, ("Sheet or column", "What it shows", None, None, None, None)))
    for number, (name, text) in enumerate(sheet_guide_rows(), start=len(rows) + 4):
        ws.merged_cells.add(f"B{number}:F{number}")
        _fit_height(ws, number, ((name, widths[0]), (text, guide_width)))
        ws.append([_cell(ws, name, align=WRAP, font=BOLD_FONT), _cell(ws, text, align=WRAP)])


def _paragraph(ws: Any, number: int, text: str, width: float) -> None:
    """A paragraph across the sheet's columns (merged), wrapped, so that it reads as a block
    rather than one line running off the screen."""
    if text:
        ws.merged_cells.add(f"A{number}:F{number}")
        _fit_height(ws, number, ((text, width),))
    ws.append([_cell(ws, text, align=WRAP)])


def settings_sheet(wb: Workbook, settings: Settings) -> None:
    ws = wb.create_sheet(layout.SETTINGS_SHEET)
    _page_setup(ws)
    for letter, width in zip("ABCDE", (26, 10, 70, 4, 60)):
        ws.column_dimensions[letter].width = width
    check = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=False,
                           showErrorMessage=True, errorTitle=layout.SETTINGS_CHECK_TITLE,
                           error=layout.SETTINGS_CHECK_ERROR)
    ws.data_validations.append(check)
    ws.append(_header_row(ws, layout.SETTINGS_HEADERS) + [None, _cell(ws, "How to use", font=BOLD_FONT)])
    notes = [
        "Change a value in column B, save, then run:  xlplugin refresh THIS-FILE.xlsx",
        "Weights say how much each indicator counts in the reliability index; 0 leaves it out.",
        "Only the ratio between weights matters (2 and 4 act like 1 and 2).",
    ]
    for index, setting in enumerate(layout.WORKBOOK_SETTINGS):
        value = settings[setting.name]
        note = notes[index] if index < len(notes) else None
        # (wrapped in their columns: a text running on to the right made the printed page as wide
        # as the longest one, and its print small)
        _fit_height(ws, index + 2, ((setting.help, 70), (note, 60)))
        # (the setting in words; a refresh reads the row by it, or by its key in a sheet written
        # before: settings.setting_named)
        ws.append([_cell(ws, setting.shown, align=TOP), _cell(ws, value, align=TOP), _cell(ws, setting.help, align=SPACED), None,
                   _cell(ws, note, align=WRAP) if note else None])
    check.add(f"B2:B{len(layout.WORKBOOK_SETTINGS) + 1}")


# (book52) The Settings sheet's "What it does", set a space in from its cell's edge: the value right
# of it is right-aligned, and printed "25Documents with fewer words ..." read as one word.
SPACED = Alignment(wrap_text=True, vertical="top", indent=1)


def sources_sheet(wb: Workbook, settings: Settings, names: Mapping[str, str] | None = None,
                  sites_named: Mapping[str, str] | None = None) -> None:
    """The Sources sheet: the ratings used (each domain or outlet as the user wrote it, from
    `names` by its key, where given: "The Daily Post" stays so; it is matched case aside), and
    how to fill it in. `sites_named`: {a web site's key: its outlet's name} for the ratings rows
    that gave both (`ratings_table.sites_named`): written in one row, the name in column D, as
    the table wrote them (outlets23: in two rows, a refresh read them as two outlets)."""
    ws = wb.create_sheet(layout.SOURCES)
    _page_setup(ws)
    for letter, width in zip("ABCDEF", (30, 22, 30, 26, 4, 70)):
        ws.column_dimensions[letter].width = width
    # (one scale per sheet, as a --ratings file is read, inputs.rating_scale: all within 0..1, or
    # 0-100 when the largest is over 10, 85 reading as 0.85; a largest from over 1 to 10 is refused)
    check = DataValidation(type="decimal", operator="between", formula1="0", formula2="100", allow_blank=True,
                           showErrorMessage=True, errorTitle="Not a rating",
                           error="A rating is a number from 0 to 1, or from 0 to 100 (85 reads as 0.85), "
                                 "one scale for the whole sheet.")
    ws.data_validations.append(check)
    check.add(f"B2:B{layout.SHEET_ROWS}")
    ws.row_dimensions[1].height = fit.HEADER_LINES_HEIGHT[3]  # the rating's header takes up to three lines
    ws.append(_header_row(ws, layout.SOURCES_HEADERS) + [None, _cell(ws, "How to use", font=BOLD_FONT)])
    notes = [
        "Optional. One row per web site (example.com) or outlet name, with your rating from 0 to 1 "
        "(or from 0 to 100: 85 reads as 0.85).",
        "One scale for the whole sheet: if any rating is over 10, all are read from 0 to 100 (1 reads as "
        "0.01); a sheet whose largest rating is over 1 but at most 10 (1-5 stars) is refused at refresh.",
        "example.com, www.example.com and https://www.example.com/ all rate the site example.com; an outlet "
        "name rates the documents whose outlet is that name (case, a leading \"The\", a closing full stop, "
        "hyphens and apostrophes aside). The refresh names rows that rated "
        "no document; two rows for one site with different ratings are refused.",
        "A document whose URL or outlet matches gets the rating in its row and, weighted, in its index. An outlet's "
        "name in column D, beside its web site in A, is rated too, and the Outlets sheet shows the documents of both "
        "as one outlet.",
        "Then run:  xlplugin refresh THIS-FILE.xlsx   Your rows replace the built-in ratings (Lin et al. "
        "2023, 11,520 news domains) for those sources; Settings: 'Built-in source ratings' = 0 turns the built-in off.",
    ]
    # (a name rated otherwise by a row of its own keeps its row: read back, one key would have two ratings)
    sites_named = {key: name for key, name in (sites_named or {}).items()
                   if key in settings.ratings and settings.ratings.get(rating_key(name)) == settings.ratings[key]}
    in_d = {rating_key(name) for name in sites_named.values()}
    ratings = sorted((key, value) for key, value in settings.ratings.items() if key not in in_d)
    for index in range(max(len(ratings), len(notes))):
        row: list[Any] = [None, None, None, None]
        if index < len(ratings):
            key, (rating, rater) = ratings[index]
            row = [_cell(ws, (names or {}).get(key, key), align=TOP), _cell(ws, rating, align=TOP), _cell(ws, rater, align=TOP),
                   _cell(ws, sites_named[key], align=TOP) if key in sites_named else None]
        if index < len(notes):  # (wrapped in its column, as the Settings sheet's notes)
            _fit_height(ws, index + 2, ((notes[index], 70),))
        row += [None, _cell(ws, notes[index], align=WRAP) if index < len(notes) else None]
        ws.append(row)
