"""A sheet renumbered piece by piece (refresh_transplant, as it writes a sheet made again) is the
sheet renumbered whole, wherever the pieces are cut (refresh_styles.tag_pieces)."""

from __future__ import annotations

import zipfile

from workbook_helpers import records, score

from xlplugin import Settings
from xlplugin.workbook import write_scored_workbook
from xlplugin.workbook.refresh_styles import restyled, tag_pieces, used_styles


def test_pieces_renumber_as_the_whole_does(tmp_path):
    items = records()
    path = tmp_path / "book.xlsx"
    write_scored_workbook(path, items, score(items), Settings())
    with zipfile.ZipFile(path) as z:
        sheets = [z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
    for sheet in sheets:
        used = used_styles(sheet)
        mapping = {style: style + 7 for style in used}
        for size in (1, 7, 100, 4096, len(sheet) + 1):
            pieces = list(tag_pieces(sheet[at:at + size] for at in range(0, len(sheet), size)))
            assert b"".join(pieces) == sheet
            assert set().union(*map(used_styles, pieces)) == used
            assert b"".join(restyled(piece, mapping) for piece in pieces) == restyled(sheet, mapping)
