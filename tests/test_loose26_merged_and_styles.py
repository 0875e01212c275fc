"""(loose26) Two things a workbook's reader said wrong. A row whose text cell is covered by a
merged cell that starts in a row above (one text over two rows) was counted in the summary as one
"with no text in the text cell", which sent the user to a cell that holds the text; its Status
said the truth. It is counted as "in a merged text cell read in its first row". And a workbook
written without cell styles (no "Normal" style) made openpyxl print its warning raw ("UserWarning:
Workbook contains no default style, apply openpyxl's default", with a path into the library):
harmless, and no longer printed."""

from __future__ import annotations

import re
import warnings
import zipfile

import openpyxl

from xlplugin.cli import main
from xlplugin.inputs_summary import MERGED_CELL, NO_TEXT_CELL

# Written for these tests.
GARDEN = ("The community garden will add ten raised beds this spring, its committee said, after the council "
          "agreed to lend the plot for five more years. Members will share the tools kept in the shed.")
CHOIR = ("The town choir raised enough money at its winter concert to buy a second-hand piano, the "
         "conductor said on Sunday. Rehearsals will move to the church hall in January.")
NOTICE = "Hall booking"


def _merged_book(tmp_path, name="merged.xlsx"):
    book = tmp_path / name
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["id", "text"])
    ws.append(["g1", GARDEN])
    ws.append(["g2", None])
    ws.append(["c1", CHOIR])
    ws.append(["c2", "N/A"])  # (a placeholder in the text cell: no text, as before; (hunt39c) a number is counted apart)
    ws.merge_cells("B2:B3")
    wb.save(book)
    return book


def test_a_merged_text_cell_is_counted_as_such(tmp_path, capsys):
    book = _merged_book(tmp_path)
    capsys.readouterr()
    main(["score", str(book)])
    err = capsys.readouterr().err
    assert f"2 not scored (1 {NO_TEXT_CELL}, 1 {MERGED_CELL})" in err, err
    main(["score", str(book), "-q"])
    err = capsys.readouterr().err
    assert f"2 rows were not scored (1 {NO_TEXT_CELL}, 1 {MERGED_CELL})" in err, err


def test_a_row_with_no_text_alone_is_still_said_so(tmp_path, capsys):
    book = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["id", "text"])
    ws.append(["g1", GARDEN])
    ws.append(["c2", "N/A"])
    wb.save(book)
    capsys.readouterr()
    main(["score", str(book)])
    err = capsys.readouterr().err
    assert f"1 not scored (1 {NO_TEXT_CELL})" in err and MERGED_CELL not in err


def _without_cell_styles(src, dst):
    """`src` as a program that writes no named cell styles saves it (a styles part with no
    cellStyles: openpyxl then has no "Normal" style)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/styles.xml":
                data = re.sub(rb"<cellStyles\b.*?</cellStyles>|<cellStyles\b[^>]*/>", b"", data, flags=re.S)
            zout.writestr(info, data)


def test_a_workbook_without_cell_styles_is_read_without_a_raw_warning(tmp_path, capsys):
    plain = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["id", "text"])
    ws.append(["g1", GARDEN])
    ws.append(["c1", CHOIR])
    wb.save(plain)
    book = tmp_path / "nostyle.xlsx"
    _without_cell_styles(plain, book)
    capsys.readouterr()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert main(["score", str(book), "-o", str(tmp_path / "out.xlsx")]) == 0
    assert not [w for w in caught if "style" in str(w.message)], [str(w.message) for w in caught]
    err = capsys.readouterr().err
    assert "UserWarning" not in err and "default style" not in err, err
    assert "2 documents read, 2 scored" in err


def test_a_ratings_workbook_without_cell_styles_is_read_without_a_raw_warning(tmp_path, capsys):
    plain = tmp_path / "ratings_plain.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["domain", "rating", "rater"])
    ws.append(["harwickcourier.example", 0.8, "me"])
    wb.save(plain)
    ratings = tmp_path / "ratings.xlsx"
    _without_cell_styles(plain, ratings)
    (tmp_path / "doc.txt").write_text(GARDEN, encoding="utf-8")
    capsys.readouterr()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert main(["score", str(tmp_path / "doc.txt"), "--ratings", str(ratings), "--json", "-q"]) == 0
    assert not [w for w in caught if "style" in str(w.message)], [str(w.message) for w in caught]
    out, err = capsys.readouterr()
    assert "UserWarning" not in err and "default style" not in err, err
