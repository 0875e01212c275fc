"""The Read sheet: each document's words with the flags on them, the way a teacher's red pen or a
propaganda-span viewer shows a text.

One row per document (in the order of the Documents sheet): its row in the Documents sheet, its
id, its reliability index, the other rows that share its words (Copies), and its text in one cell
as rich text: loaded words in red, the author's argued voice (I, we, the author's own questions)
in purple italics, check-worthy sentences with no source in orange after an
orange mark, sourced ones in green, provenance cues in bold, the longest passage shared with
another row underlined. A legend sits at the top.

The whole text is shown. A text of at most `ONE_ROW_LINES` lines (12: a short post, a news brief)
is one row; a longer one takes a few lines a row (`PART_LINES`: short rows share a printed page; a row
is never split between pages), so it goes on over the rows below its first: it is split where a
paragraph ends (else a sentence, else a word) so that each row's lines, estimated from the
widths of the letters at the text column's width (`text_lines`), fit in one row. The first row
has the document's row number, id, outlet, index and Copies; each row below it says
"id ... (continued)" in the id column (`continued_mark`) and has only the text. Only a text longer than `MAX_PARTS` rows
(some 50,000 characters) is cut, at the end of its last row, with a grey marker saying how much
is left out and where the whole text is.

(print46) A document that was not scored (another language, no text to score: `head_only`) has
no flags to show: its row is one cell, and shows and prints the reason and the text's first
`HEAD_LINES` lines. The printed sheet held every line of 75 German pages of 115, most of its
pages. (book51) The cell holds that head and no more, cut after a word with the grey marker
saying how much is left out and where the whole text is (`head_runs`), as a very long text is cut:
a cell holding the whole text under a row sized for its head showed a last line cut through the
middle, on screen and on paper, and no word saying that the text went on.

The rows are written as worksheet XML with inline rich-text strings (each run carries its own
font, so neither the shared strings nor the styles part is touched), by the writer and by the
refresh alike; openpyxl reads them back as `CellRichText`. Column H holds the text hash (on
every row of a document), so a refresh keeps the rows of a document it did not re-score as they
were.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterable, Iterator, Sequence

from ..cells import cell_units, cut_units, plain_note
from .. import registry
from ..refused_texts import NOT_SCORED
from ..text import normalise
from ..types import DocumentResult
from . import fit
from .cell_xml import encode_xstring, xml_text
from .deflated import DeflatedSpool
from .layout import LINE_HEIGHT as _LINE_HEIGHT, PRINT_ROWS

__all__ = [
    "READ",
    "READ_HEADERS",
    "MAX_PARTS",
    "CONTINUED",
    "continued_mark",
    "is_continued",
    "text_lines",
    "split_runs",
    "ONE_ROW_LINES",
    "row_parts",
    "rows_taken",
    "capped_runs",
    "FIRST_ROW",
    "LEGEND",
    "Run",
    "marked_runs",
    "cut_runs",
    "read_row_xml",
    "row_height",
    "first_row_height",
    "header_height",
    "ReadSpool",
    "ReadRow",
    "add_sheet",
    "fill",
    "copies_of",
    "where_text",
    "display_runs",
    "reason_runs",
    "with_reason",
    "head_only",
    "HEAD_LINES",
]

READ = "Read"
READ_HEADERS = ("Row in Documents", "Document id", "Outlet or web site", "Reliability index (0-100, higher = more reliable)",
                "Copies: other rows with the same words", "The text with its flags (legend above)",
                "Outlet taken from", "Text hash", "Fingerprints (for finding copies)",
                "Signal cells as written (for the refresh)")
# (A: "Documents" whole in its bold header; D (book48): 20, not 11, so that "Reliability index
# (0-100, higher = more reliable)" wraps to three lines, not five: the header printed as a band of
# five lines on every page, above a column of one number)
WIDTHS = (11, 18, 14, 20, 26, 110, 16, 18, 12, 18)
INDEX_COLUMN = 4  # (D) the index, as the Documents row showed it when written
COPIES_COLUMN = 5  # (E)
TEXT_COLUMN = 6  # (F) the rich text; G, H and I are for the refresh, grouped and folded away
HIDDEN_FROM = 7
HASH_COLUMN = 8
PRINTS_COLUMN = 9
# (J) the row's signal cells as the Documents sheet was given them (`signals_text`): a refresh
# compares them with the cells now, as it compares the index (refresh_scores_check)
SIGNALS_COLUMN = 10
TITLE_ROW, LEGEND_ROW, HEADER_ROW = 1, 2, 3
# The rows printed at the top of every page: the legend, then the header
PRINT_TITLE_ROWS = f"{LEGEND_ROW}:{HEADER_ROW}"
ROW_FORMAT = '"row "0'  # (A) the row in Documents, shown "row 2" beside the id
# (B) the id, shown "id 1" (a text format: the cell keeps the id itself): "row 9" beside a bare
# "8" read as two unexplained numbers
ID_FORMAT = '"id "@'
FIRST_ROW = 4
LINE_HEIGHT = _LINE_HEIGHT  # points a line of 11-point Calibri takes (Excel's default row)
MAX_HEIGHT = fit.MAX_ROW_HEIGHT
# A row is filled to at most `PART_LINES` estimated lines and given `_spare` lines more (one in
# twelve), so that an estimate a little short (a font drawn wider, a line broken early) still
# shows its last line. A row could hold 27 lines ((409 - 4) / 15), but a row is never split
# between printed pages: rows of 27 lines printed about one document a page, half of each page
# empty below a row that did not fit. Rows of at most 6 lines (109 points) fill a page to within
# a row, and still show a paragraph or two on screen. (Excel needs the 15 points a line of
# Calibri 11 takes; LibreOffice draws the same line in about 11 (11.1, measured by book54), so its rows show some room
# under the text: a row sized for LibreOffice would hide a quarter of the text in Excel.)
PART_LINES = 6
# A text of at most this many lines is one row, whole, its height from its lines (`row_height`):
# a 100-word post cut into rows of "(continued)" read as pieces, each under its own band of
# spare room. (words19 tried 16 and reverted it; sheets22: 12, two rows' worth, about 200 words
# of prose: at most about 200 points, under half a printed page, are left empty where such a
# row does not fit at a page's foot.) A longer text goes on in rows of PART_LINES.
ONE_ROW_LINES = 12
# The most rows one document's text takes (some 500 lines: about 50,000 characters of prose,
# longer than a cell of the Documents sheet holds, 32,767). Only a longer text is cut, with a
# marker saying where the whole text is.
MAX_PARTS = 84
# (print46) The lines of a not-scored text's head its row shows and prints, under the reason
# (`head_only`): its title and first words, enough to tell which document it is.
HEAD_LINES = 3
# (book51) Said after where a cut text is (`where_text`), but not for a text not scored: it has no flags
FLAGS_LISTED = "; every flag is listed on the Evidence sheet"
# How the grey marker where a text is cut starts (`cut_runs`)
CUT_NOTE_START = " [\u2026 cut here:"
# The id column of a row that goes on with the text of the row above says it, with the document's
# id (`continued_mark`)
CONTINUED = "(continued)"


def continued_mark(doc_id: Any) -> str:
    """The id cell of a row that goes on with a document's text: "id a7 (continued)". (read32)
    It said "(continued)" alone: a printed page that began with such rows did not say whose text
    they were (the document's id and row were on the page before)."""
    return f"id {doc_id} {CONTINUED}" if doc_id not in (None, "") else CONTINUED


def is_continued(value: Any) -> bool:
    """Whether an id cell is a going-on row's mark: `continued_mark`'s, or CONTINUED alone (a Read
    sheet written before read32)."""
    return isinstance(value, str) and (value == CONTINUED or value.startswith("id ") and value.endswith(" " + CONTINUED))

# Colours chosen to read on white and to stay apart for the commonest colour blindness (the
# green is dark and blue-ish, the orange light): red C00000, orange B85410, green 1E7B34, each at
# least 4.5 to 1 on white (the contrast WCAG asks of body text; orange was C55A11, 4.3). Red and
# orange are close hues and print as the same grey, so a flag on words inside a coloured sentence
# is told apart by its style too: a loaded word is bold as well as red, the argued voice italic
# in any sentence (`_styled`; tests/test_read_marks_visible.py).
FONT = "Calibri"
RED, ORANGE, GREEN, GREY = "FFC00000", "FFB85410", "FF1E7B34", "FF7F7F7F"
# The argued voice (first person, the author's own questions: `loaded_language._mark` "voice")
# weighs in the index but is not a loaded word: purple and italic, apart from the red.
PURPLE = "FF7030A0"
MARK = "\u25b2 "  # the orange mark before an unsourced check-worthy sentence


@dataclass(frozen=True)
class Run:
    """A piece of text and how it is shown: colour (ARGB or ""), bold, underline, italic."""

    text: str
    color: str = ""
    bold: bool = False
    underline: bool = False
    italic: bool = False


LEGEND = (
    Run("How to read: ", bold=True),
    Run("loaded word (bold)", color=RED, bold=True),
    Run("   "),
    Run("argued voice (I, we, the author's questions)", color=PURPLE, italic=True),
    Run("   "),
    Run(MARK, color=ORANGE, bold=True),
    Run("check-worthy sentence with no source", color=ORANGE),
    Run("   "),
    Run("sourced sentence", color=GREEN),
    Run("   "),
    Run("provenance cue (byline, dateline, repost marker...)", bold=True),
    Run("   "),
    Run("passage also in another row", underline=True),
    Run(".  Flags are indicators, not verdicts; the Evidence sheet says why each one was raised."),
)


def _spans(result: DocumentResult, text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, flag) of each flag whose evidence points at these very characters."""
    def good(item: Any) -> bool:
        return bool(item.text) and 0 <= item.start < item.end <= len(text) and text[item.start:item.end] == item.text

    # Each signal says which flag (if any) an evidence item of its own raises: SignalInfo.mark.
    for info in registry.infos():
        signal = result.signals.get(info.name)
        if signal is None or info.mark is None:
            continue
        for item in signal.evidence:
            flag = info.mark(item)
            if flag and good(item):
                yield item.start, item.end, flag


def marked_runs(text: str, result: DocumentResult | None, shared: Sequence[tuple[int, int]] = ()) -> list[Run]:
    """The text cut into runs by its flags. `text` is the scored text (evidence offsets point into
    it); `shared` are passages (start, end) also found in another row."""
    spans = list(_spans(result, text)) if result is not None else []
    spans += [(start, end, "shared") for start, end in shared if 0 <= start < end <= len(text)]
    cuts = {0, len(text)}
    marks = set()
    for start, end, flag in spans:
        cuts.update((start, end))
        if flag == "unsourced":
            marks.add(start)
    points = sorted(cuts)
    runs: list[Run] = []
    for a, b in zip(points, points[1:]):
        active = {flag for start, end, flag in spans if start <= a < end}
        if a in marks:
            runs.append(Run(MARK, color=ORANGE, bold=True))
        runs.append(_styled(text[a:b], active))
    return _merge(runs)


def _styled(text: str, active: set[str]) -> Run:
    """A piece of text with the flags `active` on it: one colour (loaded, then unsourced, then
    sourced, then voice), bold for a cue and for a loaded word, underline for a shared passage,
    italic for the voice. A word's flag inside a flagged sentence keeps a style of its own (bold,
    italic), so that it shows in a red-orange sentence and on a grey print."""
    color = RED if "loaded" in active else ORANGE if "unsourced" in active else GREEN if "sourced" in active \
        else PURPLE if "voice" in active else ""
    return Run(text, color, bool(active & {"cue", "loaded"}), "shared" in active, "voice" in active)


def _merge(runs: Iterable[Run]) -> list[Run]:
    out: list[Run] = []
    for run in runs:
        if not run.text:
            continue
        if out and (out[-1].color, out[-1].bold, out[-1].underline, out[-1].italic) == (run.color, run.bold, run.underline, run.italic):
            out[-1] = Run(out[-1].text + run.text, run.color, run.bold, run.underline, run.italic)
        else:
            out.append(run)
    return out


def cut_runs(runs: list[Run], where: str, limit: int) -> list[Run]:
    """The runs up to `limit` of a cell's room (UTF-16 units, as Excel counts a cell: `cell_units`)
    of text (cut after a word), then a grey marker saying how many characters are left out and
    `where` the whole text is."""
    if sum(cell_units(r.text) for r in runs) <= limit:
        return runs
    total = sum(len(r.text) for r in runs)
    kept: list[Run] = []
    used = 0  # (characters)
    room = limit  # (units)
    for run in runs:
        size = cell_units(run.text)
        if size <= room:
            kept.append(run)
            used += len(run.text)
            room -= size
            continue
        if run.text == MARK:
            break  # (a mark cut in two would be taken for an edit of the text by the refresh: left out)
        piece = cut_units(run.text, room)  # (book47: never half an emoji)
        space = piece.rfind(" ")
        if space > len(piece) // 2:
            piece = piece[:space]
        kept.append(Run(piece, run.color, run.bold, run.underline, run.italic))
        used += len(piece)
        break
    left = total - used
    kept.append(Run(f"{CUT_NOTE_START} {left:,} more characters not shown. The whole text: {where}]", GREY, italic=True))
    return kept


def run_xml(run: Run) -> str:
    props = []
    if run.bold:
        props.append("<b/>")
    if run.italic:
        props.append("<i/>")
    if run.underline:
        props.append('<u val="single"/>')
    if run.color:
        props.append(f'<color rgb="{run.color}"/>')
    # Every run names its font: a run without one is shown in the program's default font
    # (LibreOffice: a serif), not the cell's.
    props.append(f'<sz val="11"/><rFont val="{FONT}"/>')
    rpr = f"<rPr>{''.join(props)}</rPr>"
    text = encode_xstring(run.text)
    space = ' xml:space="preserve"' if text != text.strip() or "\n" in text else ""
    return f"<r>{rpr}<t{space}>{xml_text(text)}</t></r>"


def _text_cell(ref: str, value: str, style: int | None) -> str:
    s = f' s="{style}"' if style is not None else ""
    value = encode_xstring(value)
    space = ' xml:space="preserve"' if value != value.strip() else ""
    return f'<c r="{ref}"{s} t="inlineStr"><is><t{space}>{xml_text(value)}</t></is></c>'


# Widths of the characters in pixels, as Excel draws 11-point Calibri at 96 pixels an inch (the
# widths measured in Excel that XlsxWriter's autofit uses: a 3, e 8, m 12...), by width. Another
# character of Latin-1 (an accented letter) counts as 8; one outside it (curly quotes and dashes,
# a symbol, another script) as a whole em, 15: a line estimated too long costs a little room,
# one estimated too short hides words.
_BY_WIDTH = {
    3: " '",
    4: ",.:;`ijlI",
    5: "!()-[]{}frtJ",
    6: '"/\\cszL',
    7: "#$0123456789*+<=>?^_~|agkvxyEFSTYZ",
    8: "bdehnopquBCKPRX",
    9: "ADGHUV",
    10: "&NOQ",
    11: "%w",
    12: "mM",
    13: "@W",
}
_LATIN = 8
EM = 15
# (the widths of Latin-1 as a byte table: a text encoded as Latin-1, each byte made its width,
# summed; a character outside Latin-1 becomes "?" and is counted apart, as an em)
_WIDTH_TABLE = bytes(
    next((width for width, chars in _BY_WIDTH.items() if chr(code) in chars), _LATIN if code >= 0xA0 else EM)
    for code in range(256))
# LibreOffice draws Carlito (Calibri's metric twin) about 4% wider than Excel draws Calibri (see
# fit.PIXELS_PER_CHARACTER), and bold letters (provenance cues) a little wider: the wider is used.
WIDER = 1.05
# Pixels of a text line in a column `width` characters wide: Excel's width * 7 + 5, less the
# cell's padding (7, as Excel fits a column to its text); and what a line loses, on average,
# where it breaks before a word that does not fit (about half a word and its space).
PADDING, BREAK_LOSS = 7, 24
# The most characters a line of the text column can hold: its 698 pixels over 3, the narrowest
# character's width
MOST_PER_LINE = 240


def _pixels(text: str) -> float:
    """The width of `text` on one line, in pixels (see _BY_WIDTH)."""
    latin = text.encode("latin-1", "replace")
    others = latin.count(b"?") - text.count("?")  # (the characters outside Latin-1)
    return (sum(latin.translate(_WIDTH_TABLE)) + others * (EM - _BY_WIDTH_OF_QUESTION)) * WIDER


_BY_WIDTH_OF_QUESTION = _WIDTH_TABLE[ord("?")]


def text_lines(text: str, width: float = WIDTHS[TEXT_COLUMN - 1], _measured: dict[str, int] | None = None) -> int:
    """The lines `text` takes when wrapped in a column `width` characters wide: each paragraph
    (a line of the text) at least one, a long one its width over a line's, less what a line loses
    where it breaks before a word. Trailing line ends show nothing: they are not counted.
    (`_measured`: the lines of each line of text already measured, by its text.)"""
    line = width * 7 + 5 - PADDING
    lines = 0
    for part in text.rstrip().split("\n"):
        if len(part) * EM * WIDER <= line:  # (surely one line: not measured)
            lines += 1
            continue
        known = _measured.get(part) if _measured is not None else None
        if known is None:
            pixels = _pixels(part)
            known = 1 if pixels <= line else math.ceil(pixels / (line - BREAK_LOSS))
            if _measured is not None:
                _measured[part] = known
        lines += known
    return lines


def _spare(lines: int) -> int:
    return lines // 12


def lines_height(lines: int) -> float:
    """Points for a row showing `lines` estimated lines of text (with spare lines, up to 409)."""
    return float(min(MAX_HEIGHT, LINE_HEIGHT * (lines + _spare(lines)) + 4))


def row_height(runs: Sequence[Run], width: float = WIDTHS[TEXT_COLUMN - 1]) -> float:
    """Points a row needs to show its wrapped text (programs do not all fit rows on opening)."""
    return lines_height(text_lines("".join(r.text for r in runs), width))


def header_height(widths: Sequence[float]) -> float:
    """(book48) The header row's height: as many lines as its longest printed header takes at its
    column's width (three: the index's and the row's headers), not a fixed five."""
    return max(text_lines(header, width) for header, width in zip(READ_HEADERS[:TEXT_COLUMN], widths)) * LINE_HEIGHT


def first_row_height(height: float | None, copies: Any) -> float | None:
    """The height of a document's first Read row: its text's (`height`), or taller where its
    Copies cell (column E, 26 characters wide) wraps to more lines, up to COPIES_MAX_LINES: a
    report of two or three copies takes eight or nine lines of that column, and a row sized for its
    text alone hid the last."""
    if not isinstance(copies, str) or not copies:
        return height
    need = lines_height(min(COPIES_MAX_LINES, text_lines(copies, WIDTHS[COPIES_COLUMN - 1])))
    if need <= LINE_HEIGHT + 4 or (height is not None and height >= need):
        return height
    return need


# (lead25) The most lines a Copies cell makes its row: rows stay short enough to share a printed page
# (tests/test_read_rows_share_pages.py). (loose28) A longer report of copies was cut there with
# nothing said; the cell now names fewer rows and counts the rest (copies_fit, copies.copies_text).
COPIES_MAX_LINES = 9


def copies_fit(cell: str) -> bool:
    """(loose28) Whether a Copies cell shows whole in its row: at most COPIES_MAX_LINES lines of
    its column, as estimated for the row's height (first_row_height)."""
    return text_lines(cell, WIDTHS[COPIES_COLUMN - 1]) <= COPIES_MAX_LINES


# Where a text may be split between rows, best first: after a paragraph (its blank line), after
# a line, after a sentence (its stop and the space after it), after a word.
_PARAGRAPH_END_RE = re.compile(r"\n[ \t]*\n\s*(?=\S)")
_LINE_END_RE = re.compile(r"\n\s*(?=\S)")
_SENTENCE_END_RE = re.compile(r"""[.!?\u2026]['"\u2019\u201d)\]]*\s+(?=\S)""")
_WORD_END_RE = re.compile(r"\s+(?=\S)")
_SPLITS = (_PARAGRAPH_END_RE, _LINE_END_RE, _SENTENCE_END_RE, _WORD_END_RE)


def _cut_points(text: str, start: int, end: int) -> Iterator[list[int]]:
    """Offsets in text[start:end] after which a row may end, by kind (`_SPLITS`), each in order."""
    for pattern in _SPLITS:
        yield [m.end() for m in pattern.finditer(text, start, end)]


def _split_text(text: str, limit: int, width: float) -> list[int]:
    """Where `text` is split into rows of at most `limit` estimated lines: the end offset of each
    row's piece (the last is len(text)). Each piece ends at the last paragraph end that lets it
    fit, else (when that leaves the row less than half full) the last line end, sentence end or
    word end, else (a word longer than a row) at the last character that fits."""
    ends: list[int] = []
    start = 0
    measured: dict[str, int] = {}

    def text_lines_of(piece: str) -> int:
        return text_lines(piece, width, measured)

    while True:
        # (a row's piece is looked for in the characters it can hold at most: a longer rest
        # surely takes more than a row)
        window = min(len(text), start + limit * MOST_PER_LINE)
        if window == len(text) and text_lines_of(text[start:]) <= limit:
            break
        best = None
        for points in _cut_points(text, start, window):
            # (the last point that fits: lines only grow with the piece, so a binary search)
            lo, hi = 0, len(points)
            while lo < hi:
                mid = (lo + hi) // 2
                if text_lines_of(text[start:points[mid]]) <= limit:
                    lo = mid + 1
                else:
                    hi = mid
            # (a kind of break is taken where it fills at least half the row, else a finer one)
            if lo and points[lo - 1] > start and text_lines_of(text[start:points[lo - 1]]) >= limit // 2:
                best = points[lo - 1]
                break
        if best is None:  # one word longer than a row: as many characters as fit
            lo, hi = start + 1, window
            while lo < hi:
                mid = (lo + hi + 1) // 2
                if text_lines_of(text[start:mid]) <= limit:
                    lo = mid
                else:
                    hi = mid - 1
            best = lo
        ends.append(best)
        start = best
    ends.append(len(text))
    return _balanced(text, ends, limit, text_lines_of)


def _balanced(text: str, ends: list[int], limit: int, text_lines_of: Callable[[str], int]) -> list[int]:
    """(outlets23) `ends` with the last two pieces evened out where the last holds less than half
    a row (a single line under a full row read as a stray "(continued)"): the cut between them
    moved back to the break, coarsest kind first (`_SPLITS`), that leaves both pieces nearest in
    lines, each within `limit` and the last one at least half a row; as it was where no break does."""
    if len(ends) < 2 or text_lines_of(text[ends[-2]:]) >= limit // 2:
        return ends
    start = ends[-3] if len(ends) >= 3 else 0
    for points in _cut_points(text, start, ends[-2]):
        best: tuple[int, int] | None = None
        for point in points:
            if point <= start:
                continue
            first, last = text_lines_of(text[start:point]), text_lines_of(text[point:])
            if first <= limit and limit // 2 <= last <= limit and (best is None or abs(first - last) <= best[0]):
                best = (abs(first - last), point)
        if best is not None:
            return ends[:-2] + [best[1], ends[-1]]
    return ends


def split_runs(runs: Sequence[Run], limit: int = PART_LINES, width: float = WIDTHS[TEXT_COLUMN - 1],
               whole: int = ONE_ROW_LINES) -> list[list[Run]]:
    """The runs cut into the pieces of one row each (see `_split_text`); the pieces' texts joined
    are the text, character for character. A text of at most `whole` lines is one piece."""
    text = "".join(r.text for r in runs)
    # (a text longer than `whole` lines can hold in any case is not measured whole)
    short = len(text) <= whole * MOST_PER_LINE and text_lines(text, width) <= whole
    ends = [len(text)] if short else _split_text(text, limit, width)
    if len(ends) == 1:
        return [list(runs)]
    pieces: list[list[Run]] = [[] for _ in ends]
    piece, at = 0, 0
    for run in runs:
        run_end = at + len(run.text)
        start = at
        while start < run_end:
            stop = min(run_end, ends[piece])
            if stop > start:  # (a run cut only where a piece ends)
                pieces[piece].append(run if stop - start == len(run.text) else replace(run, text=run.text[start - at:stop - at]))
            if stop == ends[piece] and piece < len(ends) - 1:
                piece += 1
            start = stop
        at = run_end
    return pieces


@dataclass
class ReadRow:
    """One Read row's values. `runs` is the text as rich text; a refresh that keeps a row's old
    text passes its cell instead (`text_cell`, the exact bytes, and `height`)."""

    doc_row: int
    doc_id: Any
    outlet: str
    source: str
    index: Any
    copies: str
    runs: list[Run]
    text_hash: str
    text_cell: bytes | None = None
    height: float | None = None
    fingerprints: str = ""
    # the kept text cells (exact bytes, without reference) and heights of the rows that go on
    # with a kept text (`text_cell` is the first row's)
    more: tuple[tuple[bytes, float | None], ...] = ()
    kept: Any = None  # the read_refresh.OldRow it keeps (see read_passthrough)
    # its signal cells in words (`signals_text`); None: a Read sheet written before it had the
    # column (no cell J is written)
    signals: str | None = None
    parts: list[list[Run]] | None = field(default=None, repr=False, compare=False)  # (split_runs(runs), once)
    # (print46) a text that was not scored (`head_only`): one row, its reason and head shown
    head: bool = False


def row_parts(row: ReadRow) -> list[list[Run]]:
    """The runs of each row a new text takes (`split_runs`, worked out once per ReadRow); a
    not-scored text's (`ReadRow.head`) all in one."""
    if row.parts is None:
        row.parts = split_runs(row.runs) if row.runs and not row.head else [list(row.runs)]
    return row.parts


def head_only(result: DocumentResult | None) -> bool:
    """(print46) Whether a document's Read row shows only its head: a text that was not scored
    (its language, no text to score) has no flags, and a reader printing the book wants the
    scored texts; its cell shows its head (`head_runs`), the whole text is in the Documents sheet. A text scored with no index (not an article)
    is shown whole: its flags were found."""
    return result is not None and result.reliability is None and result.note.startswith(NOT_SCORED)


def head_height(runs: Sequence[Run]) -> float:
    """The height of a not-scored text's row: its reason (the first run, `reason_runs`) and
    HEAD_LINES lines of its text, or less for a shorter text."""
    text = "".join(r.text for r in runs)
    if runs and runs[-1].color == GREY and runs[-1].text.startswith(CUT_NOTE_START):
        return lines_height(text_lines(text))  # (book51: cut to its head, `head_runs`: all of it shown)
    reason = text_lines(runs[0].text) if runs and runs[0].color == GREY else 0
    return lines_height(min(text_lines(text), reason + HEAD_LINES))


def rows_taken(row: ReadRow) -> int:
    """How many rows of the sheet a Read row takes: its first and the ones its text goes on over."""
    return 1 + len(row.more) if row.text_cell is not None else len(row_parts(row))


def _number_cell(ref: str, value: Any, style: int | None) -> str:
    s = f' s="{style}"' if style is not None else ""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return f'<c r="{ref}"{s}><v>{value!r}</v></c>'
    return f'<c r="{ref}"{s}/>'


def _maybe_text(ref: str, value: Any, style: int | None) -> str:
    if value in (None, ""):
        return f'<c r="{ref}" s="{style}"/>' if style is not None else f'<c r="{ref}"/>'
    return _text_cell(ref, str(value), style)


def signals_text(signals: Any) -> str:
    """A row's signal values (by signal name: numbers, or None or "" where empty) as one text, in
    the Documents sheet's column order: each number with 12 significant digits (a program that
    saved the file may write a number's last digits otherwise), "" for an empty cell (and for a
    row with every cell empty), separated by ";". The Read
    sheet keeps it for each row; a refresh compares it with the row's cells (refresh_scores_check)."""
    from . import layout

    said = []
    for name in layout.SIGNAL_HEADER:
        value = signals.get(name)
        if value in (None, ""):
            said.append("")
            continue
        try:
            said.append(format(float(value), ".12g"))
        except (TypeError, ValueError):
            said.append(str(value).strip())
    return ";".join(said) if any(said) else ""


def read_row_xml(number: int, row: ReadRow, styles: Sequence[int | None]) -> bytes:
    """A Read row as worksheet XML (every cell with its reference: some readers need them),
    numbered from `number`: its first row, then a row for each further piece of its text (see
    `rows_taken`), whose id cell says `continued_mark` and whose hash cell holds the text hash again,
    the other cells empty."""
    if row.text_cell is not None:  # kept cells, stored without their reference: given their new place
        pieces: list[tuple[str | None, float | None]] = [(row.text_cell.decode("utf-8"), row.height)]
        pieces += [(cell.decode("utf-8"), height) for cell, height in row.more]
    else:
        pieces = [(None, None)] * len(row_parts(row))
    out = []
    for n, (cell, height) in enumerate(pieces):
        ref = f"F{number + n}"
        if cell is not None:
            text = cell.replace("<c", f'<c r="{ref}"', 1)
        else:
            runs = row_parts(row)[n]
            s = f' s="{styles[5]}"' if styles[5] is not None else ""
            text = f'<c r="{ref}"{s} t="inlineStr"><is>{"".join(run_xml(r) for r in runs)}</is></c>' if runs else f'<c r="{ref}"/>'
            height = head_height(runs) if row.head else row_height(runs)
        if n == 0:
            height = first_row_height(height, row.copies)
        out.append(_row_xml(number + n, row, n == 0, text, height, styles))
    return "".join(out).encode()


def _row_xml(number: int, row: ReadRow, first: bool, text: str, height: float | None, styles: Sequence[int | None]) -> str:
    """One row of the sheet with its text cell `text`: a document's first, or (not `first`) one
    that goes on with its text, whose cells other than the id (`continued_mark`) and the hash are empty."""
    a, b, c, d, e, g, h, i = (f"{letter}{number}" for letter in "ABCDEGHI")
    if first:
        cells = [_number_cell(a, row.doc_row, styles[0]), _maybe_text(b, row.doc_id, styles[1]), _maybe_text(c, row.outlet, styles[2]),
                 _number_cell(d, row.index, styles[3]), _maybe_text(e, row.copies, styles[4]), text,
                 _maybe_text(g, row.source, styles[6]), _maybe_text(h, row.text_hash, styles[7]),
                 _maybe_text(i, row.fingerprints, styles[8])]
    else:
        # (the mark in the row number's format: no "id " prefix (a number format, it leaves text as
        # it is), and no wrap, so that the mark runs on over the empty outlet cell on one line; wrapped
        # onto two lines in the id's column, it put the row's text out of order for a PDF's reader)
        cells = [_number_cell(a, None, styles[0]), _maybe_text(b, continued_mark(row.doc_id), styles[0]), _maybe_text(c, "", styles[2]),
                 _number_cell(d, None, styles[3]), _maybe_text(e, "", styles[4]), text,
                 _maybe_text(g, "", styles[6]), _maybe_text(h, row.text_hash, styles[7]), _maybe_text(i, "", styles[8])]
    if row.signals is not None:
        cells.append(_maybe_text(f"J{number}", row.signals if first else "", styles[9] if len(styles) > 9 else None))
    ht = f' ht="{height:g}" customHeight="1"' if height and height > LINE_HEIGHT + 4 else ""
    return f'<row r="{number}"{ht}>{"".join(cells)}</row>'


def display_runs(raw_text: str, result: DocumentResult | None, shared: Sequence[tuple[int, int]], where: str) -> list[Run]:
    """The runs for one document's text as given (normalised as the scorers saw it); a document
    that got no index says why first (`reason_runs`), as its Status does. A text that would take
    more than MAX_PARTS rows is cut (`capped_runs`); a not-scored one (`head_only`: one cell)
    where a cell holds no more."""
    text = normalise(raw_text)[0] if isinstance(raw_text, str) else ""
    runs = marked_runs(text, result, shared)
    if result is not None and result.reliability is None and result.note:
        runs = reason_runs(plain_note(result.note)) + runs
    if head_only(result):
        return head_runs(runs, where)
    return capped_runs(runs, where)


def head_runs(runs: list[Run], where: str) -> list[Run]:
    """(book51) A not-scored text's runs as its row shows them (`head_only`): its reason and the
    text's first HEAD_LINES lines, cut after a word with the grey marker saying how much is left out
    and `where` the whole text is (`cut_runs`); a text no longer than that, whole. The row is sized
    to all of it (`head_height`), so no line is cut through by the row's foot."""
    reason = runs[0].text if runs and runs[0].color == GREY else ""
    most = text_lines(reason) + HEAD_LINES if reason else HEAD_LINES
    text = "".join(r.text for r in runs)
    if text_lines(text[: (most + 1) * MOST_PER_LINE]) <= most:
        return runs
    # the longest start of the text that takes `most` lines (more characters never take fewer)
    shown, longer = len(reason), min(len(text), (most + 1) * MOST_PER_LINE)
    while shown < longer:
        middle = (shown + longer + 1) // 2
        if text_lines(text[:middle]) <= most:
            shown = middle
        else:
            longer = middle - 1
    return cut_runs(runs, where.removesuffix(FLAGS_LISTED), cell_units(text[:shown]))


def capped_runs(runs: list[Run], where: str) -> list[Run]:
    """The runs, or, where they would take more than MAX_PARTS rows, the runs that many rows show,
    cut after a word with the grey marker saying how much is left out and `where` the whole text
    is (room is left for the marker in the last row)."""
    if text_lines("".join(r.text for r in runs)) <= MAX_PARTS * PART_LINES // 2:
        return runs  # (pieces hold at least half a row's lines on any text but a contrived one)
    most = MAX_PARTS * PART_LINES * MOST_PER_LINE  # (more than MAX_PARTS rows can hold in any case)
    shown = cut_runs(runs, where, most)[:-1] if sum(len(r.text) for r in runs) > most else runs
    # (rows of PART_LINES: a text this long is never one row, but a cut piece of it may be short)
    pieces = split_runs(shown, whole=0)
    if len(pieces) <= MAX_PARTS:
        return runs
    limit = sum(len(r.text) for piece in pieces[:MAX_PARTS] for r in piece)
    while True:
        limit -= 400  # (the marker takes two or three lines)
        cut = cut_runs(runs, where, max(limit, 1))
        if limit <= 1 or len(split_runs(cut, whole=0)) <= MAX_PARTS:
            return cut


def reason_runs(reason: str, end: str = "\n") -> list[Run]:
    """Why a row has no index ("not scored: language pl", "no index: not an article"), in grey at
    the start of its text cell: the index column beside it is empty, and a reader of the Read
    sheet alone needs the reason its Status gives."""
    return [Run(f"[{reason}]{end}", GREY, italic=True)]


def with_reason(row: ReadRow, reason: str | None) -> ReadRow:
    """A Read row of a document that could not be read (no text to show: a number in its text
    cell, a file that is gone), with the reason in its text cell's place."""
    if not reason or isinstance(row.index, (int, float)) or row.runs:
        return row
    return replace(row, runs=reason_runs(reason, end=""), text_cell=None, height=None, kept=None, more=(), parts=None)


class ReadSpool:
    """The Read rows as XML, deflated into a temporary file as the documents are written (the
    texts of 100,000 documents are not all kept at once)."""

    def __init__(self) -> None:
        self.deflated = DeflatedSpool()
        self.number = FIRST_ROW - 1
        self.styles: Sequence[int | None] = (None,) * len(READ_HEADERS)
        # The Status of each row that could not be read, by its row in Documents (the writer says
        # it before the row is added: the rows themselves are made where the copies are known)
        self.reasons: dict[int, str] = {}

    def add(self, row: ReadRow) -> None:
        row = with_reason(row, self.reasons.pop(row.doc_row, None))
        self.deflated.write(read_row_xml(self.number + 1, row, self.styles))
        self.number += rows_taken(row)

    def rows(self) -> Iterator[bytes]:
        return self.deflated.pieces()

    def close(self) -> None:
        self.deflated.close()


def add_sheet(wb: Any, spool: ReadSpool, ids: Iterable[Any] = ()) -> Any:
    """Create the Read sheet (title, legend, header) in a write-only openpyxl workbook; its rows
    are put in when the workbook is saved (`fill`). The legend row's cells carry the styles the
    rows use, so that a refresh finds them there. The Document id column is as wide as the
    longest of `ids` (capped), as on the Documents sheet, so that no id breaks mid-word."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from . import fit
    from ..copies import FINGERPRINT_SCHEME
    from .writer import FONT, STAMP_FONT, TITLE_FONT, _header_row, _page_setup

    ws = wb.create_sheet(READ)
    # (read32) The legend prints above the header on every page, not on the first alone: a
    # teacher handed page 7 saw red, purple and orange words and a header pointing at "row 2".
    _page_setup(ws, PRINT_TITLE_ROWS)
    widths = list(WIDTHS)
    widths[1] = fit.fitted_width(WIDTHS[1], fit.longest(ids), "id")
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    # Where the outlet came from and the text hash are for the refresh, not for people: grouped
    # (outlined) and folded away.
    fit.group_columns(ws, get_column_letter(HIDDEN_FROM), get_column_letter(len(READ_HEADERS)))
    ws.freeze_panes = f"C{FIRST_ROW}"
    ws.print_area = f"A1:{get_column_letter(TEXT_COLUMN)}{PRINT_ROWS}"  # (to the foot: rows a refresh adds print too)
    top = Alignment(vertical="top")
    wrap = Alignment(wrap_text=True, vertical="top")
    title = WriteOnlyCell(ws, value="Read: each document's words with the flags on them")
    title.font = TITLE_FONT
    ws.append([title])
    plain = Font(name=FONT)
    cells = []
    # (the row number shows as "row 2", at the left of its cell, and the id as "id 1", so that
    # they do not read as one number, "2 1", or as two unexplained ones: the cells keep the number
    # and the id, which a refresh reads back)
    left = Alignment(horizontal="left", vertical="top")
    for column, (align, fmt, font) in enumerate(((left, ROW_FORMAT, plain), (wrap, ID_FORMAT, plain), (wrap, None, plain), (top, "0.0", plain),
                                                 (wrap, None, plain), (wrap, None, plain), (top, None, STAMP_FONT),
                                                 (top, None, STAMP_FONT), (top, None, STAMP_FONT), (top, None, STAMP_FONT)),
                                                start=1):
        cell = WriteOnlyCell(ws, value=None)
        cell.alignment, cell.font = align, font
        if fmt:
            cell.number_format = fmt
        cells.append(cell)
    blocks = [TextBlock(InlineFont(rFont=FONT, sz=11, b=run.bold or None, i=run.italic or None,
                                   u="single" if run.underline else None, color=run.color or None), run.text)
              for run in LEGEND]
    cells[TEXT_COLUMN - 1].value = CellRichText(blocks)
    cells[2].value = "Legend \u2192"  # (not under the id: its format would show "id Legend")
    cells[PRINTS_COLUMN - 1].value = FINGERPRINT_SCHEME  # how the fingerprints below were made
    # (write-only sheets take a row's height before the row is appended)
    ws.row_dimensions[LEGEND_ROW].height = 3 * LINE_HEIGHT + 4
    ws.append(cells)
    spool.styles = [cell.style_id for cell in cells]
    ws.row_dimensions[HEADER_ROW].height = header_height(widths)
    ws.append(_header_row(ws, READ_HEADERS))
    return ws


def fill(package: Any, spool: ReadSpool) -> dict[str, Any]:
    """The replacement of the Read sheet's part: its rows put in before the end of sheetData."""
    part = package.sheet_part(READ)
    if part is None or not package.has(part):
        return {}
    data = package.read(part)
    end = data.rindex(b"</sheetData>")

    def pieces() -> Iterator[bytes]:
        yield data[:end]
        yield from spool.rows()
        yield data[end:]

    return {part: pieces}


def copies_of(items: Sequence[Any], row_numbers: Sequence[int] | None = None, known: Sequence[str | None] | None = None,
              partners: list[set[int]] | None = None) -> list[tuple[str, list[tuple[int, int]], list[tuple], str]]:
    """For each item (a Record, or a Problem that has no text): its Copies cell, the shared
    passages to underline, its copy evidence as (signal, kind, text, start, end, detail), and its
    fingerprints, packed (to keep in the sheet). `row_numbers`: each item's row in the Documents
    sheet (default: one after another from 2); `known`: fingerprints kept from an earlier run,
    per item (None where the text is to be hashed); `partners`, when given, is filled with each
    item's set of the other items (positions) its copy evidence names."""
    from ..copies import MAX_DOCUMENTS, CopyDoc, copies_text, evidence_items, find_copies
    from ..inputs import Record

    texts = [position for position, item in enumerate(items) if isinstance(item, Record) and isinstance(item.text, str)]
    if len(texts) > MAX_DOCUMENTS:
        message = f"not looked for: {len(texts):,} documents, more than the {MAX_DOCUMENTS:,} compared in one workbook"
        return [(message, [], [], "") for _ in items]
    docs: list[CopyDoc] = []
    kept: list[str | None] = []
    for position in texts:
        item = items[position]
        docs.append(CopyDoc(normalise(item.text)[0], item.outlet, item.url, item.columns.get("date", item.date) or ""))
        kept.append(known[position] if known is not None else None)
    out: list[tuple[str, list[tuple[int, int]], list[tuple], str]] = [("", [], [], "") for _ in items]
    reports = find_copies(docs, kept)

    def name(other: int) -> str:
        position = texts[other]
        number = row_numbers[position] if row_numbers is not None else position + 2
        # "row 20 (id 19)": the row of the Documents sheet, then the document's id, each named (a
        # bare "(19)" read as another row number). An id another row has too is kept apart as
        # "ID (row N)": named once, "row 5 (id a2)".
        return f"row {number} (id {str(items[position].id).removesuffix(f' (row {number})')})"

    if partners is not None:
        partners[:] = [set() for _ in items]
        for position, report in zip(texts, reports):
            partners[position] = {texts[m.other] for m in report.matches} | {texts[other] for other, _ in report.uncredited}
    for position, doc, report in zip(texts, docs, reports):
        if report.matches:
            shared = [(m.start, m.end) for m in report.matches]
            out[position] = (copies_text(report, name, copies_fit), shared, list(evidence_items(report, doc.text, name)), report.fingerprints)
        else:
            out[position] = ("", [], [], report.fingerprints)
    return out


def where_text(item: Any, doc_row: int, out_dir: Any = None) -> str:
    """Where the whole text of a Read row is, for the cut marker."""
    from pathlib import Path

    text_file = getattr(item, "text_file", "")
    if text_file:
        try:
            shown = Path(text_file).resolve().relative_to(Path(out_dir).resolve()).as_posix() if out_dir else text_file
        except (ValueError, OSError):
            shown = text_file
        return f"the file {shown} (Documents sheet, row {doc_row})"
    return f"Documents sheet, row {doc_row}{FLAGS_LISTED}"


NOT_SHOWN = [Run("(not shown: this row was scored before the Read sheet had it; score it again, or edit its text, "
                 "to see it here with its flags)", GREY, italic=True)]
