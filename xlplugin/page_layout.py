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


def _own_cells(table: Any) -> list[Any]:
    """The cells of `table`'s own rows (not of a table inside one of its cells)."""
    return [cell for cell in table.iter("td", "th") if next(cell.iterancestors("table"), None) is table]


def _lays_out(table: Any) -> bool:
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
