"""The `page text` cell of a row scored from its own text cell.

In a workbook that holds both web pages and a table's rows, a page's article has a column of its
own (`layout.MIXED_FILE_TEXT_COLUMN`). A page whose cell there was edited keeps its earlier scores,
and its Status tells the user to put their text in the row's text cell instead
(`refresh_plan.edited_message`). Once they have, the row is scored from that cell, and its
`page text` cell would still hold their edit: neither the page nor what was scored. The refresh
writes the page's own text back there (or empties the cell where the page cannot be read as one),
and the row's Status says so: when the row is scored (refresh._Refresh._scored_values), and in
a row scored so before this was done, which keeps its scores (`restore_kept_page_texts`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from ..cells import cell_display, safe_text
from ..errors import InputError
from ..inputs import Record, locate_file, read_as_web_page, read_file
from . import layout
from .refresh_plan import RowPlan, kept_values, same_text

__all__ = ["page_text_back", "restore_kept_page_texts"]


def page_text_back(item: Record, cell: Any, path_column: str | None, base: Path) -> tuple[str, str] | None:
    """For a row read from its text cell that also names a file: its `page text` cell's new value
    ("" empties it) and what its Status says of that, where the cell holds something other than
    the page's own text; None to leave the cell as it is (a row read from its file, an empty cell,
    a cell that shows the page)."""
    if item.text_file or not path_column or cell in (None, "") or (isinstance(cell, str) and not cell.strip()):
        return None
    written = cell_display(item.columns.get(path_column))
    if not written.strip():
        return None
    found, _tried = locate_file(written, base, from_current_folder=False)  # (as the refresh reads the rows)
    page = None
    if found is not None:
        try:
            read = read_file(found)
        except InputError:
            read = None
        if read is not None and read_as_web_page(str(found), read.note):
            page = safe_text(read.text)
    where = f"this row is scored from its {item.text_column!r} cell"
    if page is None:
        return "", f"its {layout.MIXED_FILE_TEXT_COLUMN!r} cell emptied: {where}, and its page could not be read"
    shown = cell if isinstance(cell, str) else cell_display(cell)
    if same_text(shown, page):
        return None
    return page, f"its {layout.MIXED_FILE_TEXT_COLUMN!r} cell shows its page's own text again: {where}"


def restore_kept_page_texts(rows: Sequence[RowPlan], page_text_col: int, path_column: str | None,
                            owned: dict[str, int], base: Path) -> None:
    """Rows left as they are, read from their text cells, whose `page text` cell does not show
    their page (a workbook refreshed before the refresh wrote it back): the cell gets the page's
    text, and the Status says so; the scores stay. (Each such row's page is read at every
    refresh to compare it with the cell: rows that name a page and are scored from their text
    cell are the few whose page text was once edited.)"""
    status_col = owned[layout.SCORE_HEADERS[-1]]
    for row in rows:
        if row.rescore or row.values is not None or not isinstance(row.item, Record):
            continue
        back = page_text_back(row.item, row.span.values.get(page_text_col), path_column, base)
        if back is None:
            continue
        status = row.span.values.get(status_col)
        status = status if isinstance(status, str) else ""
        row.values = kept_values(row.span, owned, status if back[1] in status else "; ".join(s for s in (status, back[1]) if s))
        row.user_cells = {page_text_col: back[0] or None}
        row.status_only = True
