"""A kept Read row passed through as its old bytes (xlplugin.workbook.read_passthrough) is exactly
what read_sheet.read_row_xml writes for it; where that cannot be shown, it is written again."""

from __future__ import annotations

import random

from xlplugin.workbook import read_refresh
from xlplugin.workbook.read_passthrough import PassThrough
from xlplugin.workbook.read_sheet import FIRST_ROW, ReadRow, Run, read_row_xml

VALUES = ["", "doc1", "a&b", "<x>", 'say "hi"', " lead", "trail ", "tab\there", "line\nbreak", "_x000D_", "a_x", "x_", "_a",
          "d\u00e9j\u00e0", "\u00e9t\u00e9", "\u00a0nbsp", "ok\u2003", "A_B", "it's", "1.5", "\u2014dash\u2014", "x\ud800y"]
INDEXES = [None, 0, 1, 0.5, 12.0, 1e-05, float("nan"), "n/a", True]
STYLES = [[None] * 9, [3, 4, 4, 5, 4, 4, 6, 6, 6], [3, None, 4, 5, 4, None, 6, 6, None]]


PLAIN = ["", "doc1", "x_", "A_B", "it's", "1.5", "d\u00e9j\u00e0", "line\nbreak", "tab\there", "\u2014a"]


def _value(rng: random.Random) -> str:
    """Mostly a value read_row_xml writes as it is, sometimes one it escapes or marks."""
    return rng.choice(PLAIN if rng.random() < 0.85 else VALUES)


def _row(rng: random.Random, number: int) -> ReadRow:
    # (a long text that still fits one row: these rows are numbered one apart)
    runs = [Run(rng.choice(["text", "x" * 400, "more & <less>"]), bold=rng.random() < 0.3)]
    return ReadRow(rng.randrange(2, 99), _value(rng) or "id", _value(rng), _value(rng), rng.choice(INDEXES),
                   _value(rng), runs, rng.choice(["0123456789abcdef"] * 5 + ["x_x0041_"]), fingerprints=_value(rng))


def _kept(data: bytes) -> dict:
    own = read_refresh._own_rows(data, 0, len(data), True)
    assert own is not None
    return own[0]


def _changed(rng: random.Random, row: ReadRow) -> ReadRow:
    field = rng.choice(["doc_row", "outlet", "source", "index", "copies", "fingerprints"])
    value = {"doc_row": rng.randrange(2, 99), "index": rng.choice(INDEXES)}.get(field, _value(rng))
    return row if rng.random() < 0.5 else ReadRow(**{**row.__dict__, field: value})


def test_passed_through_rows_are_the_rows_read_row_xml_writes():
    rng = random.Random(4)
    passed = 0
    for styles in STYLES:
        through = PassThrough(styles)
        for _ in range(300):
            rows = [_row(rng, n) for n in range(3)]
            data = b"".join(read_row_xml(FIRST_ROW + i, row, styles) for i, row in enumerate(rows))
            kept = _kept(data)
            for i, row in enumerate(rows):
                old = kept.get((str(row.doc_id), row.text_hash))
                if old is None:
                    continue  # (a later row with the same id and hash)
                for number in (FIRST_ROW + i, FIRST_ROW + i, FIRST_ROW + i + 1):
                    new = _changed(rng, ReadRow(**{**row.__dict__, "runs": [], "text_cell": old.text_cell,
                                                   "height": old.height, "kept": old}))
                    got = through.row(number, new)
                    if got is not None:
                        passed += 1
                        assert got == read_row_xml(number, new, styles), (number, new)
    assert passed > 300  # (the plain rows do pass through: 446 of them)  # (the plain rows do pass through)


def test_a_row_kept_under_other_styles_is_written_again():
    row = ReadRow(5, "doc1", "outlet", "url", 0.5, "", [Run("text")], "0123456789abcdef", fingerprints="AAAA")
    data = read_row_xml(FIRST_ROW, row, STYLES[1])
    old = _kept(data)[("doc1", "0123456789abcdef")]
    kept = ReadRow(**{**row.__dict__, "runs": [], "text_cell": old.text_cell, "height": old.height, "kept": old})
    assert PassThrough(STYLES[1]).row(FIRST_ROW, kept) == data
    assert PassThrough(STYLES[2]).row(FIRST_ROW, kept) is None
    assert PassThrough(STYLES[1]).row(FIRST_ROW + 1, kept) is None
