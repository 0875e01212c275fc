"""What a scored workbook looks like: sheet names, headers, number formats, widths, colours, and
the plain-words text of the "How to read this" sheet.

One place for the layout so that the writer (which creates a workbook) and the refresh (which
finds its own columns and sheets again by these names) cannot drift apart.
"""

from __future__ import annotations

from .. import registry
from ..cells import KIND_HEADER, evidence_signal_names, score_columns
from ..settings import settings_table

__all__ = [
    "DOCUMENTS",
    "EVIDENCE",
    "OVERVIEW",
    "HOW_TO_READ",
    "SETTINGS_SHEET",
    "SOURCES",
    "OWNED_SHEETS",
    "SCORE_HEADERS",  # noqa: F822 - from the registry when read (__getattr__)
    "STAMP_HEADERS",
    "EVIDENCE_COUNT_HEADER",
    "OWNED_HEADERS",  # noqa: F822 - from the registry when read (__getattr__)
    "SIGNAL_HEADER",  # noqa: F822 - from the registry when read (__getattr__)
    "EVIDENCE_SIGNAL",  # noqa: F822 - from the registry when read (__getattr__)
    "COPIES_SIGNAL",
    "EVIDENCE_HEADERS",
    "FORMER_EVIDENCE_HEADERS",
    "SETTINGS_HEADERS",
    "SHEET_INTROS",
    "SOURCES_HEADERS",
    "OVERVIEW_HEADERS",
    "BANDS",
    "SHADES",
    "colour_shades",
    "NUMBER_FORMATS",  # noqa: F822 - from the registry when read (__getattr__)
    "COLOUR_SCALES",  # noqa: F822 - from the registry when read (__getattr__)
    "EVIDENCE_PER_SIGNAL",
    "NOT_FOUND_KIND",
    "TEXT_COLUMN_PROPERTY",
    "NOT_READ_PROPERTY",
    "PATH_COLUMN_PROPERTY",
    "FOLDERS_PROPERTY",
    "FILE_TEXT_COLUMN",
    "MIXED_FILE_TEXT_COLUMN",
    "MAX_EVIDENCE_ROWS",
    "MAX_HYPERLINKS",
    "SHEET_ROWS",
    "PRINT_ROWS",
    "WORKBOOK_SETTINGS",  # noqa: F822 - from the registry when read (__getattr__)
    "how_to_read_rows",
]

DOCUMENTS = "Documents"
OVERVIEW = "Overview"
EVIDENCE = "Evidence"
HOW_TO_READ = "How to read this"
SETTINGS_SHEET = "Settings"
# The check on the Settings sheet's values (column B), on every row of a setting, whether `score`
# wrote it or a refresh wrote it back (loose22): a value typed there must be a number of 0 or more.
SETTINGS_CHECK_TITLE, SETTINGS_CHECK_ERROR = "Not a valid setting", "Enter a number of 0 or more."
SOURCES = "Sources"
# Custom document property (File > Properties > Custom) naming the column the text came from,
# so that a refresh finds it even when it has none of the usual names (--text-column).
TEXT_COLUMN_PROPERTY = "xlplugin text column"
# (pasted30) The files of the folders given that were not read, "name<TAB>reason" a line: the
# Overview lists them, and a refresh, which makes the Overview again, reads them from here.
NOT_READ_PROPERTY = "xlplugin files not read"
# The column whose cells name the file each text was read from (a folder of files, or a path column).
PATH_COLUMN_PROPERTY = "xlplugin path column"
# (hunt39a) The folders given to `score` as folders, from the workbook's folder as the file cells
# write them ("src"; "" for the workbook's own folder), a JSON list ("[]" where files were given by
# name only): a refresh lists the files that no row names of these folders only (refresh_gone).
FOLDERS_PROPERTY = "xlplugin folders given"
# For a folder of web pages, the column that shows the article text read from each page (so that
# every evidence offset points at text the user has); a refresh re-reads the page and rewrites it.
FILE_TEXT_COLUMN = "text"
# ... and where the workbook also holds rows of a table (a CSV in the folder), whose text column
# is the text to score: the pages' article gets a column of its own name, so that a refresh reads
# those rows from their pages (with the page's type and metadata), not from a text cell.
MIXED_FILE_TEXT_COLUMN = "page text"
# One line on what a sheet shows, for the sheets whose first row is the header a refresh reads them
# by (the others open with a title of their own): printed above every page of the sheet (its page
# header), so that a printed page says what it is without moving that row (print18).
SHEET_INTROS = {
    DOCUMENTS: "Documents: one row per document, with its reliability index, each indicator, where the index lost "
               "points (Why) and whether it was scored (Status). The How to read this sheet explains each column.",
    OVERVIEW: "Overview: how many documents fall in each band of the reliability index, and how much each indicator "
              "weighs in it.",
    EVIDENCE: "Evidence: each item behind a score (a loaded word, a claim with no source, a provenance cue), where it "
              "is in its document's text, and what it counts for.",
    SETTINGS_SHEET: "Settings: the weights and limits the scores were computed with, and how to change them.",
    SOURCES: "Sources: your own ratings of web sites and outlets, used before the built-in ones.",
}
# Sheets a refresh may regenerate whole (Documents is only partly ours: the score columns).
OWNED_SHEETS = (OVERVIEW, EVIDENCE)

# The score block (index, one column per signal, why, status) comes from xlplugin.cells so the
# Excel formulas and the workbook show the same headers; the stamp columns follow it.
# SCORE_HEADERS, SIGNAL_HEADER, OWNED_HEADERS, NUMBER_FORMATS and COLOUR_SCALES are worked out
# from the registry's signal declarations when read (`__getattr__` below), so a new signal needs
# no line here.
STAMP_HEADERS = ("Scored with (xlplugin version)", "Settings hash", "Text hash")
# (evid25) After the stamps, folded away with them: how many Evidence rows the row's document was
# given (its own, not the rows naming its copies, which change with the other rows), so that a
# refresh can tell rows a user deleted from a document that had few, and write them again. A
# workbook written before has no such column: it refreshes as before (only a document with no
# Evidence rows at all is given them again).
EVIDENCE_COUNT_HEADER = "Evidence rows (for the refresh)"

# (the third was "Kind", which the Documents sheet uses for the document's kind: an Evidence sheet
# written with it is still read as ours)
EVIDENCE_HEADERS = ("Document id", "Signal", "Evidence type", "Evidence text", "Start", "End", "Detail", "Text hash")
FORMER_EVIDENCE_HEADERS = (EVIDENCE_HEADERS[:2] + ("Kind",) + EVIDENCE_HEADERS[3:],)
# The Evidence sheet's Signal cell for a shared passage (the Read sheet's Copies column).
COPIES_SIGNAL = "Copies"
SETTINGS_HEADERS = ("Setting", "Value", "What it does")
# (one scale per table, as inputs.rating_scale decides it: 0-1, or 0-100 when a rating is over 10; the header says both)
# (outlets23) the fourth: an outlet's name beside its web site, as a ratings file's outlet column
# gives it; the row rates both and says they are one outlet (one row of the Outlets sheet)
SOURCES_HEADERS = ("Domain or outlet", "Rating (0-1 or 0-100; 0 = unreliable)", "Rater (who says so)",
                   "Outlet's name, where A is its web site (optional: one outlet)")
# Score headers that earlier versions wrote, and what they are called now: a workbook scored
# before a rename still refreshes in place (its header cell keeps the old words).
FORMER_HEADERS = {
    "Your source rating 0-1": "Source rating 0-1 (higher = rated more reliable)",  # renamed in session 8
    "Source rating 0-1 (yours, else built-in)": "Source rating 0-1 (higher = rated more reliable)",  # (book50) the direction added
    "Sentiment (mean, -1 neg .. +1 pos)": "Sentiment (mean, -1 negative to +1 positive)",  # renamed in session 14
}
OVERVIEW_HEADERS = ("Reliability band", "Documents")
# Ten bands of the 0-100 index: fine enough to see a spread, coarse enough to read at a glance.
BANDS = tuple((low, low + 10) for low in range(0, 100, 10))

# Colour scales: (low value, high value, colour at low, colour at high); green means "costs the
# index nothing", red "costs it all this column can". Each signal declares the values at its red
# and green ends, its normalisation points (`SignalInfo.colours`), or none where neither end is
# bad; the writer leaves a column that weighs 0 uncoloured.
RED, AMBER, GREEN = "F8696B", "FFEB84", "63BE7B"
INDEX_FORMAT = "0.0"
INDEX_COLOURS = (0, 100, RED, GREEN)
# The Documents sheet shows each scale in SHADES steps (red, orange, amber, light green, green),
# one conditional format with a formula per step, not as Excel's colour scale: each formula also
# asks that the row has an index. LibreOffice and Gnumeric ignore Excel's "Stop If True", so a
# colour scale painted the signals of a row with no index in red or green there (a judgement
# where there is none), and Gnumeric draws no colour scale at all. (session 17, colours18)
SHADES = 5


def colour_shades(low: float, high: float, c_low: str, c_high: str) -> list[tuple[float | None, float | None, str]]:
    """The steps of a colour scale (`COLOUR_SCALES`' low value, high value and their colours) as
    (from, to, colour), lowest values first: a value v with from <= v < to takes that colour
    (None: no bound). The steps' colours lie evenly from one end's colour to the other's,
    through AMBER in the middle, as Excel's three-colour scale shades them; a value takes the
    colour of the step nearest to it, and a value beyond an end that end's colour."""
    steps = SHADES - 1
    colours = [_blend(c_low, c_high, k / steps) for k in range(SHADES)]
    bounds = [low + (high - low) * (2 * k + 1) / (2 * steps) for k in range(steps)]
    froms = [None, *bounds]
    tos = [*bounds, None]
    return list(zip(froms, tos, colours))


def _blend(c_low: str, c_high: str, at: float) -> str:
    """The colour `at` (0 to 1) of the way from `c_low` through AMBER to `c_high`."""
    start, end, part = (c_low, AMBER, at * 2) if at <= 0.5 else (AMBER, c_high, at * 2 - 1)
    channels = (round(int(start[i:i + 2], 16) * (1 - part) + int(end[i:i + 2], 16) * part) for i in (0, 2, 4))
    return "".join(f"{c:02X}" for c in channels)


def _signal_layout() -> dict[str, object]:
    """The layout names that depend on which signals are registered."""
    infos = registry.infos()
    score_headers = tuple(score_columns())
    signal_header = {info.name: info.header for info in infos}
    # The Evidence sheet's Signal cell (cells.evidence_signal_names), and "Copies" for shared
    # passages. (Before session 19 it held the code name: a refresh still reads such a sheet.)
    evidence_signal = {**evidence_signal_names(), "copies": COPIES_SIGNAL}
    number_formats = {score_headers[0]: INDEX_FORMAT}
    number_formats.update((info.header, info.number_format) for info in infos)
    colour_scales = {score_headers[0]: INDEX_COLOURS}
    for info in infos:
        if info.colours is not None:
            red, green = info.colours
            colour_scales[info.header] = (red, green, RED, GREEN) if red < green else (green, red, GREEN, RED)
    return {
        "SCORE_HEADERS": score_headers,
        "SIGNAL_HEADER": signal_header,
        "EVIDENCE_SIGNAL": evidence_signal,
        "OWNED_HEADERS": score_headers + STAMP_HEADERS + (EVIDENCE_COUNT_HEADER,),
        # Excel number formats per score column
        "NUMBER_FORMATS": number_formats,
        "COLOUR_SCALES": colour_scales,
        # Settings shown in the Settings sheet (the number of processes says nothing about scores).
        "WORKBOOK_SETTINGS": tuple(s for s in settings_table() if s.name != "workers"),
    }


_cache: tuple[tuple[str, ...], dict[str, object]] | None = None


def __getattr__(name: str) -> object:
    # Worked out again only when the registry's list is another (a test registering a toy signal).
    global _cache
    names = registry.names()
    if _cache is None or _cache[0] is not names:
        _cache = (names, _signal_layout())
    try:
        return _cache[1][name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None


# Evidence: at most this many items per document and signal (the strongest come first in each
# scorer's list); with more, one row says how many were left out. A spreadsheet has 1,048,576
# rows; the sheet stops one short of that, with a final row saying so.
EVIDENCE_PER_SIGNAL = 25
# Kind of the one row per document and signal that lists the cues checked and not found.
NOT_FOUND_KIND = "(not found)"
SHEET_ROWS = 1_048_576
# The last row of a print area that runs to the foot of a sheet (rows a refresh adds print too):
# one short of the sheet's last row, since LibreOffice saves a range to that row as whole columns
# ("$A:$F"), which openpyxl does not take as a print area (it warns on every load).
PRINT_ROWS = SHEET_ROWS - 1
MAX_EVIDENCE_ROWS = SHEET_ROWS - 2
# Excel keeps at most 65,530 hyperlinks in one worksheet (Microsoft's specifications and limits).
MAX_HYPERLINKS = 65_530
# Widths (characters) of the Evidence sheet's columns after the id (whose width fits the ids).
# (the Detail column wraps, rather than run off the printed page: 56 wide, most details take a
# line or two; the evidence text, cut at its column's edge, is whole in its cell)
EVIDENCE_WIDTHS = (16, 32, 54, 8, 8, 56, 12)
# Points per line of 11-point Calibri: what Excel gives a line (its default row). (book54) Measured
# in LibreOffice 7 (Carlito, PDF at 100%): a wrapped cell sets its lines 11.1 points apart (its
# single-line rows keep their 15), so there every wrapped row shows about a quarter of blank room
# under its text; a row sized for that would hide the last quarter of its text in Excel.
LINE_HEIGHT = 15
MAX_LINES = 8  # taller rows make a sheet hard to scan; the full text is in the cell

# (column, what it measures, direction, high looks like, low looks like, blind spots) for the
# index and the kind; each signal's row is its declaration's `header` and `reading`.
_INDEX_TEXT = (
    "One number from the indicators below, weighted as in the Settings sheet. Signals that "
    "could not be scored are left out and the others re-weighted.",
    "0-100, higher = more signs of careful, sourced reporting.",
    "Named authors, dates, named sources, few unsupported claims, measured wording.",
    "Anonymous text, claims with no source, loaded wording, forum or repost traces.",
    "It is a summary of indicators, not a fact-check: a careful-looking text can be false, "
    "and a true one can be badly written.",
)
_KIND_TEXT = (
    "What sort of document this is: news report, opinion or analysis, press release, forum or "
    "social post, wire or syndicated copy (credited to another outlet), or not an article (a "
    "shop, menu, index, organisation, event or documentation page: no index, and the Status "
    "says why). The cues that decided it are in the Evidence sheet (Signal = Kind).",
    "A label, not a score; rules on the text, the title, the address and the page's own metadata.",
    "Opinion labels, first-person writing, 'for immediate release', forum furniture, a news "
    "agency's credit on another outlet's page.",
    "A report with none of these cues is a news report, shown as \"news report (no cue)\": the "
    "kind nothing decided, unlike a report a byline or dateline marked.",
    "Word and address rules, not a trained classifier: an unlabelled column reads as a report.",
)


def how_to_read_rows() -> list[tuple[str, ...]]:
    """The "How to read this" sheet as rows of text (the first rows are paragraphs)."""
    rows: list[tuple[str, ...]] = [
        ("How to read this workbook",),
        ("Each row of the Documents sheet is one document. The columns after your own columns are "
         "indicators computed from the text: they point to how carefully sourced and how slanted "
         "a text looks. They are indicators, not verdicts: read the evidence before you conclude.",),
        (f"Colours: each column is coloured by what it does to the index, in {SHADES} shades: green costs "
         "the index nothing (or next to nothing), amber about half of what that column can cost, red all "
         "of it. A column with no colour does not change the index (its weight in the Settings sheet is "
         "0): it is shown for context. A row with no index (not an article, too few words) has no "
         "colours: its values are grey, since they change no index. The header of "
         "each column says its unit and which direction is better. An empty cell means the signal "
         "could not be scored; the Status column says why (never a silent 0).",),
        ("Why: the index points each indicator cost, the costliest first, and why in words "
         "(\"loaded language -25 points: ...\"); the points add up to 100 minus the index, rounded. Evidence "
         "sheet: every word or sentence behind each score (filter it by Document id and Signal).",),
        ("Settings sheet: change the weights, then run  xlplugin refresh BOOK.xlsx  to re-score. "
         "Sources sheet: add your own ratings of outlets or domains (they replace the built-in Lin et "
         "al. 2023 ratings for those; 'Built-in source ratings' = 0 in Settings turns the built-in ones off). Overview sheet: how many "
         "documents fall in each reliability band.",),
        ("The last three columns record what each row was scored with (xlplugin version, settings, "
         "a fingerprint of the text): a refresh re-scores only rows where one of them changed.",),
        ("",),
        ("Column", "What it measures", "Unit and direction", "High looks like", "Low looks like", "Blind spots"),
    ]
    rows.append((score_columns()[0],) + _INDEX_TEXT)
    rows += [(info.header,) + info.reading for info in registry.infos()]
    rows.append((KIND_HEADER,) + _KIND_TEXT)
    return rows
