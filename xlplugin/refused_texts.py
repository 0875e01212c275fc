"""A text that is no text to score (only web addresses, only a number, a date, "N/A") is refused
the same way whichever way it comes in. A spreadsheet or CSV cell was refused by
`cells.cell_to_text`; a text file, `score_text`, `score_many` and Dask scored the same words as
English news. `refusal` is the cell rule applied to a whole text, and `refused_result` is the
result such a text gets: every signal empty, no language, no index, the cell's words in the note
(as `frame.unread_result` gives a table's row).
"""

from __future__ import annotations

from . import registry
from .cells import CUT_TEXT, cut_to_fit, not_text_reason
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
    return CUT_TEXT if cut_to_fit(stripped) else not_text_reason(stripped)


def refused_result(doc, id: str, reason: str) -> DocumentResult:
    """The result of a document (`text.Document`) refused for `reason` (`refusal`)."""
    note = NOT_SCORED + reason
    signals = {module.NAME: Score(module.NAME, None, None, module.UNIT, note=note) for module in registry.scorers()}
    return DocumentResult(id=id, language=None, reliability=None, signals=signals, contributors=(), weights={},
                          stamp={}, note=note, title=doc.title, url=doc.url, outlet=doc.outlet, author=doc.author,
                          date=doc.date, text=doc.text)
