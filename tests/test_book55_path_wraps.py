"""(book55) A wrapped id or path breaks after the slashes of its folders, as LibreOffice wraps it,
and its row is as tall as those lines.

LibreOffice (ICU's line breaking) breaks a word with no space after a hyphen and after a slash
or backslash: "pages/lanouvellerepublique.fr.martin.html" at width 24 is set "pages/", then the
file name broken where the line is full: three lines (measured in LibreOffice 7.4 with Carlito,
the PDF's words). `fit.prose_lines` broke such a word after its hyphens only and filled the lines
letter by letter: two lines, and the Documents row cut the id's last line. A slash between digits
(a date, "2023/01/15") is not a place to break, and prose is counted as before.
"""

from __future__ import annotations

import openpyxl
import pytest

from xlplugin.workbook import fit
from xlplugin.workbook.layout import LINE_HEIGHT

from workbook_helpers import scored_by_cli

# Lines LibreOffice 7.4 set each of these in (Carlito, wrapped cell, PDF at 100%), by column width.
MEASURED = [
    ("pages/lanouvellerepublique.fr.martin.html", 24, 3),  # pages/ | lanouvellerepublique.fr.mar | tin.html
    ("pages/lanouvellerepublique.fr.martin.html", 28, 3),
    ("aa/bb/cc/dddddddddddddddddddddddddddddddddddd", 32, 3),  # aa/bb/cc/ | ddd... | dddddd
    ("web/2023/1234567890123456789012345678901234567890", 40, 3),  # web/ | 2023/1234... | 567890
    ("C:\\Users\\someone\\Documents\\a-long-file-name.txt", 24, 3),  # C:\Users\someone\ | Documents\a-long-file- | name.txt
]


@pytest.mark.parametrize("text, width, measured", MEASURED)
def test_a_path_is_counted_as_many_lines_as_libreoffice_sets(text, width, measured):
    assert fit.prose_lines(text, width) >= measured


@pytest.mark.parametrize("word, pieces", [
    ("pages/some-site.de.a-long-file-name", ["pages/", "some-", "site.de.a-", "long-", "file-", "name"]),
    ("C:\\Users\\someone\\a-b.txt", ["C:\\", "Users\\", "someone\\", "a-", "b.txt"]),
    ("web/2023/01/report", ["web/", "2023/01/", "report"]),  # (a date's slashes keep it whole)
    ("check-worthy", ["check-", "worthy"]),  # (book54's hyphens, as they were)
])
def test_where_a_word_may_break(word, pieces):
    assert fit._pieces(word) == pieces


@pytest.mark.parametrize("text, width, lines", [
    ("2023/01/15", 8, 2),  # a date: no break at its slashes, broken where the line is full
    ("the rating was 4/5 and/or better, said the report on the council's budget", 64, 1),
    ("pages/short.html", 40, 1),
])
def test_near_miss_a_date_short_path_and_prose_count_as_before(text, width, lines):
    assert fit.prose_lines(text, width) == lines


# No hyphen in the file name, longer than a line of the id column (40, its widest): LibreOffice
# sets "pages/" and then the name on lines of its own.
LONG_ID = "pages/thecouncilbudgetdebateandschoolfundingreport.html"
TEXT = "The city council approved the new budget on Monday after a long debate, the clerk said."


def test_a_documents_row_is_as_tall_as_its_id_broken_after_its_folder(tmp_path):
    book = scored_by_cli(tmp_path, ["id", "text"], [[LONG_ID, TEXT], ["short1", TEXT]])
    ws = openpyxl.load_workbook(book)["Documents"]
    assert ws["A2"].value == LONG_ID and ws["A2"].alignment.wrap_text
    width = ws.column_dimensions["A"].width
    assert width == fit.CAPS["id"]
    assert fit.prose_lines(LONG_ID, width) == 3  # pages/ | thecouncil...fundingreport.h | tml
    assert ws.row_dimensions[2].height >= fit.text_lines_height(3, LINE_HEIGHT)
    assert ws.row_dimensions[3].height < ws.row_dimensions[2].height  # (near miss: a short id's row)
