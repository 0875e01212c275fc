"""(parity40) A column of texts with no header cell is said by its letter (hunt40a), but in a sheet
only between named columns: the reader read a sheet's rows no further than its last named header, so
a column of articles after it ("id, text, author" and the articles in column D, the `text` column
holding a word or two) was silently not read, where a CSV file of the same rows says it."""

from __future__ import annotations

import pytest
from workbook_helpers import table_file

from xlplugin.cli import main

# (our own short articles, written for these tests)
QUAY = ("The harbour board voted on Tuesday to extend the quay by forty metres, the clerk said, after a meeting "
        "at which residents asked about the cost of the works and the months the ferry road would be closed.")
POOL = ("The town's swimming pool will reopen in June after a year of repairs to its roof, the leisure trust "
        "said on Monday. Its manager, Ines Duarte, said the new roof cost 1.2 million pounds, paid by the council.")


def _err(capsys, source):
    capsys.readouterr()
    main(["score", str(source)])
    return capsys.readouterr().err


@pytest.mark.parametrize("form", ["csv", "xlsx"])
def test_a_column_of_texts_after_the_last_header_is_said(tmp_path, capsys, form):
    source = table_file(tmp_path, form, [["id", "text", "author", ""], ["a1", "see below", "Ana Ruiz", QUAY],
                                         ["a2", "draft", "Ed Li", POOL]])
    err = _err(capsys, source)
    lines = [line for line in err.splitlines() if "has no header" in line]
    assert len(lines) == 1, err
    assert "column D has no header but holds texts of 25 words or more, not read" in lines[0]
    assert "the texts were read from column B, 'text'" in lines[0]
    assert "2 documents read" in err, err  # (read as before: nothing is guessed)


def test_a_column_of_texts_two_columns_after_the_last_header_is_said(tmp_path, capsys):
    source = table_file(tmp_path, "xlsx", [["id", "text", "author", "", ""], ["a1", "see below", "Ana Ruiz", "", QUAY],
                                           ["a2", "draft", "Ed Li", "", POOL]])
    err = _err(capsys, source)
    assert "column E has no header but holds texts of 25 words or more, not read" in err, err


def test_short_cells_after_the_last_header_are_not_said(tmp_path, capsys):
    source = table_file(tmp_path, "xlsx", [["id", "text", "author", ""], ["a1", QUAY, "Ana Ruiz", "x"],
                                           ["a2", POOL, "Ed Li", "checked by the desk on Monday"]])
    err = _err(capsys, source)
    assert "has no header" not in err and "2 documents read" in err, err
