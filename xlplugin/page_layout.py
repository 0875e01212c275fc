"""(pages21) A table used for layout, read as the blocks it lays out.

An HTML e-mail (a newsletter's archived issue) and some older pages put their whole body in a
table: `<table><tr><td><h1>...</h1><p>...</p><h2>...</h2><p>...</p></td></tr></table>`. The
extractor reads a table's cell as one run of text between "|" marks, so the headings ran into the
sentences after them ("The short answer The cap limits ...") and the whole issue became one
paragraph. A table is read as layout where one of its cells holds a heading, or at least
LAYOUT_MIN_BLOCKS paragraphs or other blocks: a table of data holds a word or a figure a cell.
Such a table, its rows and its cells become plain blocks (<div>) before extraction, so its
headings and paragraphs reach the text as they are shown. A table of data is left as it is.

Used by `xlplugin.pages.extract_page` on the tree trafilatura would parse itself.
"""

from __future__ import annotations

from typing import Any

__all__ = ["unwrap_layout_tables", "LAYOUT_MIN_BLOCKS"]

LAYOUT_MIN_BLOCKS = 2
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_BLOCKS = frozenset(("p", "div", "ul", "ol", "blockquote", "table")) | _HEADINGS
_TABLE_PARTS = frozenset(("tbody", "thead", "tfoot", "tr", "td", "th"))
# (web48) A table of one column whose rows lay out a post (a blog's title in one row, its text in the next,
# its details in a third: uCoz's "eBlock"): no data table's cell runs to a paragraph. Such a table is
# layout where it has two rows or more, each of one cell, and one cell runs to PROSE_CELL_MIN_WORDS words
# of its own (not its scripts' or styles'); the title was read run into the first sentence ("Briefe Es war").
# A table of one cell holding a block (the frame a blog's template sets the post's table in) lays out too:
# a table of data has more than one cell.
PROSE_CELL_MIN_WORDS = 40


def _own_cells(table: Any) -> list[Any]:
    """The cells of `table`'s own rows (not of a table inside one of its cells)."""
    return [cell for cell in table.iter("td", "th") if next(cell.iterancestors("table"), None) is table]


def _shown_words(cell: Any) -> int:
    """The words `cell` shows (its scripts and styles left out)."""
    return sum(len((t or "").split()) for el in cell.iter() if isinstance(el.tag, str)
               for t in ((el.text if el.tag not in ("script", "style") else ""), (el.tail if el is not cell else "")))


def _one_column_post(table: Any) -> bool:
    """(web48) Is `table` one column of rows laying out a post (see PROSE_CELL_MIN_WORDS)?"""
    rows = [row for row in table.iter("tr") if next(row.iterancestors("table"), None) is table]
    cells = _own_cells(table)
    if len(cells) == 1 and any(isinstance(child.tag, str) and child.tag in _BLOCKS for child in cells[0]):
        return True
    if len(rows) < 2 or any(len([c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]) != 1 for row in rows):
        return False
    return any(_shown_words(cell) >= PROSE_CELL_MIN_WORDS for cell in cells)


def _lays_out(table: Any) -> bool:
    if _one_column_post(table):
        return True
    for cell in _own_cells(table):
        blocks = [child.tag for child in cell if isinstance(child.tag, str) and child.tag in _BLOCKS]
        if len(blocks) >= LAYOUT_MIN_BLOCKS or _HEADINGS.intersection(blocks):
            return True
    return False


def unwrap_layout_tables(tree: Any) -> int:
    """Turn each layout table of `tree` (an lxml HTML tree), its rows and its cells into <div>
    blocks; the number of tables turned. On a page with no <article> or <main> (an e-mail), the
    cell holding the most text becomes the <article>: the extractor looks there first."""
    tables = [table for table in tree.iter("table") if _lays_out(table)]
    if not tables:
        return 0
    cells = [cell for table in tables for cell in _own_cells(table)]
    for table in tables:
        for el in [el for el in table.iter(*_TABLE_PARTS) if next(el.iterancestors("table"), None) is table]:
            el.tag = "div"
        table.tag = "div"
    if next(tree.iter("article", "main"), None) is None:
        max(cells, key=lambda cell: len(cell.text_content())).tag = "article"
    return len(tables)
