"""What a scored workbook looks like: sheet names, headers, number formats, widths, colours, and
the plain-words text of the "How to read this" sheet.

One place for the layout so that the writer (which creates a workbook) and the refresh (which
finds its own columns and sheets again by these names) cannot drift apart.
"""

from __future__ import annotations

from ..cells import KIND_HEADER, score_columns
from ..registry import SCORER_NAMES
from ..settings import SETTINGS

__all__ = [
    "DOCUMENTS",
    "EVIDENCE",
    "OVERVIEW",
    "HOW_TO_READ",
    "SETTINGS_SHEET",
    "SOURCES",
    "OWNED_SHEETS",
    "SCORE_HEADERS",
    "STAMP_HEADERS",
    "OWNED_HEADERS",
    "SIGNAL_HEADER",
    "EVIDENCE_HEADERS",
    "SETTINGS_HEADERS",
    "SOURCES_HEADERS",
    "OVERVIEW_HEADERS",
    "BANDS",
    "NUMBER_FORMATS",
    "COLOUR_SCALES",
    "EVIDENCE_PER_SIGNAL",
    "NOT_FOUND_KIND",
    "TEXT_COLUMN_PROPERTY",
    "PATH_COLUMN_PROPERTY",
    "FILE_TEXT_COLUMN",
    "MAX_EVIDENCE_ROWS",
    "MAX_HYPERLINKS",
    "SHEET_ROWS",
    "WORKBOOK_SETTINGS",
    "how_to_read_rows",
]

DOCUMENTS = "Documents"
OVERVIEW = "Overview"
EVIDENCE = "Evidence"
HOW_TO_READ = "How to read this"
SETTINGS_SHEET = "Settings"
SOURCES = "Sources"
# Custom document property (File > Properties > Custom) naming the column the text came from,
# so that a refresh finds it even when it has none of the usual names (--text-column).
TEXT_COLUMN_PROPERTY = "xlplugin text column"
# The column whose cells name the file each text was read from (a folder of files, or a path column).
PATH_COLUMN_PROPERTY = "xlplugin path column"
# For a folder of web pages, the column that shows the article text read from each page (so that
# every evidence offset points at text the user has); a refresh re-reads the page and rewrites it.
FILE_TEXT_COLUMN = "text"
# Sheets a refresh may regenerate whole (Documents is only partly ours: the score columns).
OWNED_SHEETS = (OVERVIEW, EVIDENCE)

# The score block (index, one column per signal, why, status) comes from xlplugin.cells so the
# Excel formulas and the workbook show the same headers; the stamp columns follow it.
SCORE_HEADERS: tuple[str, ...] = tuple(score_columns())
SIGNAL_HEADER: dict[str, str] = dict(zip(SCORER_NAMES, SCORE_HEADERS[1 : 1 + len(SCORER_NAMES)]))
STAMP_HEADERS = ("Scored with (xlplugin version)", "Settings hash", "Text hash")
OWNED_HEADERS = SCORE_HEADERS + STAMP_HEADERS

EVIDENCE_HEADERS = ("Document id", "Signal", "Kind", "Evidence text", "Start", "End", "Detail", "Text hash")
SETTINGS_HEADERS = ("Setting", "Value", "What it does")
SOURCES_HEADERS = ("Domain or outlet", "Rating (0 = unreliable .. 1 = reliable)", "Rater (who says so)")
OVERVIEW_HEADERS = ("Reliability band", "Documents")
# Ten bands of the 0-100 index: fine enough to see a spread, coarse enough to read at a glance.
BANDS = tuple((low, low + 10) for low in range(0, 100, 10))

# Settings shown in the Settings sheet (the number of processes says nothing about scores).
WORKBOOK_SETTINGS = tuple(s for s in SETTINGS if s.name != "workers")

# Excel number formats per score column: the index and provenance as whole-ish numbers, the
# unsourced share as a percentage (it is stored as a 0..1 fraction), sentiment with its sign.
NUMBER_FORMATS = {
    SCORE_HEADERS[0]: "0.0",
    SIGNAL_HEADER["sentiment"]: "+0.00;-0.00;0.00",
    SIGNAL_HEADER["loaded_language"]: "0.0",
    SIGNAL_HEADER["unsourced_claims"]: "0%",
    SIGNAL_HEADER["provenance"]: "0",
    SIGNAL_HEADER["readability"]: "0.0",
    SIGNAL_HEADER["source_rating"]: "0.00",
}

# Colour scales: (low value, high value, colour at low, colour at high); red means "points to
# less reliable", green "points to more reliable". Fixed ends where the unit has natural ends;
# loaded language has none, so 0 to 40 terms per 1,000 words (a heavily loaded text; the
# propaganda-style example sits near the top) is used and anything above stays red.
RED, AMBER, GREEN = "F8696B", "FFEB84", "63BE7B"
COLOUR_SCALES = {
    SCORE_HEADERS[0]: (0, 100, RED, GREEN),
    SIGNAL_HEADER["loaded_language"]: (0, 40, GREEN, RED),
    SIGNAL_HEADER["unsourced_claims"]: (0, 1, GREEN, RED),
    SIGNAL_HEADER["provenance"]: (0, 100, RED, GREEN),
    SIGNAL_HEADER["source_rating"]: (0, 1, RED, GREEN),
}

# Evidence: at most this many items per document and signal (the strongest come first in each
# scorer's list); with more, one row says how many were left out. A spreadsheet has 1,048,576
# rows; the sheet stops one short of that, with a final row saying so.
EVIDENCE_PER_SIGNAL = 25
# Kind of the one row per document and signal that lists the cues checked and not found.
NOT_FOUND_KIND = "(not found)"
SHEET_ROWS = 1_048_576
MAX_EVIDENCE_ROWS = SHEET_ROWS - 2
# Excel keeps at most 65,530 hyperlinks in one worksheet (Microsoft's specifications and limits).
MAX_HYPERLINKS = 65_530

# (column, what it measures, direction, high looks like, low looks like, blind spots)
_SIGNAL_TEXT = {
    "reliability": (
        SCORE_HEADERS[0],
        "One number from the indicators below, weighted as in the Settings sheet. Signals that "
        "could not be scored are left out and the others re-weighted.",
        "0-100, higher = more signs of careful, sourced reporting.",
        "Named authors, dates, named sources, few unsupported claims, measured wording.",
        "Anonymous text, claims with no source, loaded wording, forum or repost traces.",
        "It is a summary of indicators, not a fact-check: a careful-looking text can be false, "
        "and a true one can be badly written.",
    ),
    "sentiment": (
        SIGNAL_HEADER["sentiment"],
        "How positive or negative the sentences are on average (VADER, per sentence).",
        "-1 (negative) .. +1 (positive). Neither end is bad in itself; the index uses how "
        "strongly charged the sentences are, not which way.",
        "Praise, celebration, promotional text.",
        "Bad news, anger, attack. Calm reporting of bad news also reads negative.",
        "Sarcasm and irony; words like 'killed' or 'war' read negative even in neutral reports.",
    ),
    "loaded_language": (
        SIGNAL_HEADER["loaded_language"],
        "Emotive and derogatory labels, exaggeration, doubt-casting words ('so-called'), "
        "editorialising adverbs ('obviously'), scare quotes, exclamations. Words inside quotations "
        "are counted apart and not held against the author.",
        "Terms per 1,000 words; higher = more loaded (red).",
        "Opinion pieces, propaganda, angry posts.",
        "Wire reports, official statements.",
        "A word list: it misses new slurs and coded language, and cannot tell quoting from using.",
    ),
    "unsourced_claims": (
        SIGNAL_HEADER["unsourced_claims"],
        "Of the sentences that make a checkable claim (numbers, superlatives, causes, what someone "
        "did), the share with no named source, quotation or document next to them. 'Experts say' "
        "counts as unsourced.",
        "0-100 %; higher = more claims with no source (red).",
        "Rumours, reposts, opinion presented as fact.",
        "Reports that say who said what and where the numbers come from.",
        "Cannot check whether a named source is real or quoted fairly.",
    ),
    "provenance": (
        SIGNAL_HEADER["provenance"],
        "A checklist of signs of where the text comes from: byline, date, dateline, outlet, "
        "named sources, quotes, documents, corrections (add); no author, redactions, forum "
        "furniture, 'Original article:' reposts, disclaimers, clickbait (subtract).",
        "0-100; higher = better sourced (green).",
        "A dated, signed news report with named sources.",
        "An anonymous repost on a forum.",
        "Cues can be faked; a press release scores well on form whatever its content.",
    ),
    "readability": (
        SIGNAL_HEADER["readability"],
        "How many years of US schooling the text needs (Flesch-Kincaid grade).",
        "School years; shown without colour: neither hard nor easy text is unreliable.",
        "Dense official or academic prose.",
        "Short sentences and words; tabloid or children's text.",
        "Counts syllables and sentence length, not meaning.",
    ),
    "source_rating": (
        SIGNAL_HEADER["source_rating"],
        "A rating of the outlet or web site, matched by the row's URL domain or outlet name: "
        "your own from the Sources sheet first, else the built-in Lin et al. 2023 consensus "
        "ratings of 11,520 news domains (PNAS Nexus 2(9) pgad286). The Why column names the "
        "rater. Empty when neither rates it.",
        "0-1; higher = rated more reliable by the rater.",
        "An outlet your rater trusts.",
        "An outlet your rater distrusts.",
        "Rates the outlet, not the article; only as good as the rater.",
    ),
    "kind": (
        KIND_HEADER,
        "What sort of document this is: news report, opinion or analysis, press release, forum or "
        "social post, wire or syndicated copy (credited to another outlet), or not an article (a "
        "shop, menu, index, organisation, event or documentation page: no index, and the Status "
        "says why). The cues that decided it are in the Evidence sheet (Signal = kind).",
        "A label, not a score; rules on the text, the title, the address and the page's own metadata.",
        "Opinion labels, first-person writing, 'for immediate release', forum furniture, a news "
        "agency's credit on another outlet's page.",
        "A report with none of these cues is a news report.",
        "Word and address rules, not a trained classifier: an unlabelled column reads as a report.",
    ),
}


def how_to_read_rows() -> list[tuple[str, ...]]:
    """The "How to read this" sheet as rows of text (the first rows are paragraphs)."""
    rows: list[tuple[str, ...]] = [
        ("How to read this workbook",),
        ("Each row of the Documents sheet is one document. The columns after your own columns are "
         "indicators computed from the text: they point to how carefully sourced and how slanted "
         "a text looks. They are indicators, not verdicts: read the evidence before you conclude.",),
        ("Colours: green points to more reliable, red to less reliable. The header of each column "
         "says its unit and which direction is better. An empty cell means the signal could not "
         "be scored; the Status column says why (never a silent 0).",),
        ("Why: the two or three indicators that moved the index most, in words. Evidence sheet: "
         "every word or sentence behind each score (filter it by Document id and Signal).",),
        ("Settings sheet: change the weights, then run  xlplugin refresh BOOK.xlsx  to re-score. "
         "Sources sheet: add your own ratings of outlets or domains (they replace the built-in Lin et "
         "al. 2023 ratings for those; sources.builtin = 0 in Settings turns the built-in ones off). Overview sheet: how many "
         "documents fall in each reliability band.",),
        ("The last three columns record what each row was scored with (xlplugin version, settings, "
         "a fingerprint of the text): a refresh re-scores only rows where one of them changed.",),
        ("",),
        ("Column", "What it measures", "Unit and direction", "High looks like", "Low looks like", "Blind spots"),
    ]
    for key in ("reliability",) + SCORER_NAMES + ("kind",):
        rows.append(_SIGNAL_TEXT[key])
    return rows
