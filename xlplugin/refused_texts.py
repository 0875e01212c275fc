"""A text that is no text to score (only web addresses, only a number, a date, "N/A") is refused
the same way whichever way it comes in. A spreadsheet or CSV cell was refused by
`cells.cell_to_text`; a text file, `score_text`, `score_many` and Dask scored the same words as
English news. `refusal` is the cell rule applied to a whole text, and `refused_result` is the
result such a text gets: every signal empty, no language, no index, the cell's words in the note
(as `frame.unread_result` gives a table's row).

(hunt52) Two classes of whole texts are refused here too, before any scorer reads them:
- data, not prose (`data_refusal`): a base64 blob (an image pasted into a cell, a file saved as
  text), a hex dump, minified JSON or code, a table of figures. It was read as a language ("pl") and
  scored, and a 5 MB blob took a minute; it is refused in milliseconds.
- a text longer than `MAX_WORDS` (`length_refusal`): a book, a whole report or many documents
  joined in one file. Not cut and scored in part (a part's index would read as the document's):
  refused, with the count, so that the user splits it.
In every case the text stays in the row's output; only the scores are empty.
"""

from __future__ import annotations

import re

from . import registry
from .cells import CUT_TEXT, cut_to_fit, not_text_reason, placeholder_reason
from .types import DocumentResult, Score

NOT_SCORED = "not scored: "


def refusal(raw: str) -> str | None:
    """Why `raw` (a document's text as given) is no text to score, in the words a cell gets
    (`cells.not_text_reason`); None for a text, or an empty one (said as empty by the engine)."""
    stripped = raw.strip()
    if not stripped:
        return None
    # (hunt26b) a text cut to fit a workbook's cell (`cells.CUT_MARKER` at its end): not the document.
    # A table's row says so before scoring (`inputs`); score_text, a Dask frame's row and an Excel
    # function scored the cut part, an index for words the document's end was missing from.
    if cut_to_fit(stripped):
        return CUT_TEXT
    return (not_text_reason(stripped) or placeholder_reason(stripped) or file_name_refusal(stripped)
            or data_refusal(stripped) or length_refusal(stripped))


# (hunt54) A whole text that is a file's name or path ("/home/ana/news/council.txt",
# "C:\\Users\\ana\\report.docx"): a table's text cell and an Excel function refuse it
# (`inputs.FILE_NAME_IN_TEXT`), but `score_text`, `score_many`, a text file and a Dask row scored
# the path's words as a text ("not scored: language unknown", "no index: 3 words" with a sentiment
# and a grade, or an index for a long file name). Refused here by the same rule, in words for a
# caller that gives texts rather than a table.
FILE_NAME = ("looks like a file name, not a text: give the file's text (read it first, or score the file "
             "itself: xlplugin score FILE), or name it in a table's column named path or file")


def file_name_refusal(stripped: str) -> str | None:
    """`FILE_NAME` where a whole text is a file's name or path (`inputs.looks_like_file_name`)."""
    from .inputs import looks_like_file_name  # (inputs reads files and imports much: here only when needed)

    return FILE_NAME if looks_like_file_name(stripped) else None


# A run of characters with no space of at least DATA_RUN_CHARS, in the ASCII alphabet of data (base64,
# hex, JSON, code): prose's words, even German compounds, are shorter, and a text in a script that
# writes no spaces (Chinese, Japanese, Thai) is not ASCII. Web addresses and e-mail addresses are
# words of prose, not data. 40: a base64 line wrapped at 64 or 76 characters (MIME, PEM) is one run.
DATA_RUN_CHARS = 40
_DATA_RUN_RE = re.compile(r"[\x21-\x7e]{%d,}" % DATA_RUN_CHARS)
_ADDRESS_RE = re.compile(r"(?:https?://|www\.|mailto:)|@\w[\w-]*\.\w", re.IGNORECASE)
# A text of at least DATA_MIN_CHARS (non-space) of which DATA_SHARE is in such runs is encoded data.
# Below DATA_MIN_CHARS a cell (an id, a hash, a token) is left to the rules of cells.
DATA_MIN_CHARS = 1000
DATA_SHARE = 0.5
# A word: letters, with an apostrophe or hyphen inside, and punctuation around (any alphabet).
_WORD_RE = re.compile(r"[^\w]*[^\W\d_]+(?:['\u2019.-][^\W\d_]+)*[^\w]*")
# A text of at least DUMP_MIN_TOKENS space-separated tokens of which fewer than DUMP_WORD_SHARE are
# words is a dump of numbers and codes (a hex dump "48 65 6c 6c", a log, a table of figures): prose,
# even a results table inside an article, is mostly words (over 0.6 in English news).
DUMP_MIN_TOKENS = 200
DUMP_WORD_SHARE = 0.3
# The most words a document may have to be scored: the longest articles and long reads run to
# 10,000-20,000 words; more is a book, a whole report or several documents joined in one file
# (scoring 200 KB takes seconds, a 5 MB file minutes).
MAX_WORDS = 50_000
DATA = ("not prose: looks like encoded data (long runs with no spaces: base64, hex, minified JSON or code), "
        "{size}: an image or file pasted as text, or a data dump, is not a document to score")
DUMP = ("not prose: looks like a dump of numbers and codes ({words} of {tokens:,} tokens are words), {size}: "
        "a log, a hex dump, code or a table of figures is not a document to score")
TOO_LONG = ("too long: {words:,} words, more than {limit:,} (a book, a whole report or several documents in one "
            "file; not scored in part, as the part's scores would read as the whole's): split it into its documents")


def _size(text: str) -> str:
    """A text's size for a message: "12 KB" (UTF-8)."""
    return f"{max(1, round(len(text.encode('utf-8', 'surrogatepass')) / 1024)):,} KB"


def _address(run: str) -> bool:
    """A run that is a web or e-mail address (with the words or marks glued to its start: "here](https://..."),
    not data. One over ADDRESS_MAX_CHARS is an address only where no mark that an address cannot hold stands
    after its start (_NOT_IN_ADDRESS: minified JSON or code holds addresses, and quotes and braces around
    them); (lead, session 41) a reader's pasted address of 2,400 characters in an article is an address."""
    found = _ADDRESS_RE.search(run, 0, 100)
    if found is None:
        return False
    return len(run) <= ADDRESS_MAX_CHARS or _NOT_IN_ADDRESS.search(run, found.start()) is None


# Marks no web address holds unescaped (RFC 3986): quotes, braces, angle brackets, backslash, bar, caret, backtick.
_NOT_IN_ADDRESS = re.compile(r"[\"'{}<>\\|^`]")


ADDRESS_MAX_CHARS = 2000


def data_refusal(stripped: str) -> str | None:
    """(hunt52) Why `stripped` is data and not prose (`DATA`, `DUMP`), or None."""
    if len(stripped) < DATA_MIN_CHARS:
        return None
    solid = len("".join(stripped.split()))
    if solid < DATA_MIN_CHARS:
        return None
    in_runs = sum(len(run) for run in _DATA_RUN_RE.findall(stripped) if not _address(run))
    if in_runs >= DATA_SHARE * solid:
        return DATA.format(size=_size(stripped))
    tokens = stripped.split()
    if len(tokens) >= DUMP_MIN_TOKENS and len(tokens) <= MAX_WORDS:
        words = sum(1 for token in tokens if _WORD_RE.fullmatch(token))
        if words < DUMP_WORD_SHARE * len(tokens):
            return DUMP.format(words=f"{words:,}", tokens=len(tokens), size=_size(stripped))
    return None


def length_refusal(stripped: str) -> str | None:
    """(hunt52) Why `stripped` is too long to score (`TOO_LONG`), or None."""
    if len(stripped) < MAX_WORDS * 2:  # (no text this short has MAX_WORDS words: not split)
        return None
    words = len(stripped.split())
    return TOO_LONG.format(words=words, limit=MAX_WORDS) if words > MAX_WORDS else None


def refused_result(doc, id: str, reason: str) -> DocumentResult:
    """The result of a document (`text.Document`) refused for `reason` (`refusal`)."""
    note = NOT_SCORED + reason
    signals = {module.NAME: Score(module.NAME, None, None, module.UNIT, note=note) for module in registry.scorers()}
    return DocumentResult(id=id, language=None, reliability=None, signals=signals, contributors=(), weights={},
                          stamp={}, note=note, title=doc.title, url=doc.url, outlet=doc.outlet, author=doc.author,
                          date=doc.date, text=doc.text)
