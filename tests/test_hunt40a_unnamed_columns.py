"""(hunt40a) A column whose header cell is empty (a header row "id, , author" with the texts in
column B) is no column of the table: its cells were silently not read. Where no other column is
the text column, the refusal said "no text column found" and listed the columns (a sheet's list
left the unnamed one out), with no word of the texts; where a short column was named `text`, the
short cells were scored and the articles beside them never read. Neither is read by guess: the
refusal and the summary name the column by its letter and say how to read it."""

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
def test_the_refusal_names_a_column_of_texts_with_no_header(tmp_path, capsys, form):
    err = _err(capsys, table_file(tmp_path, form, [["id", "", "author"], ["a1", QUAY, "Ana Ruiz"], ["a2", POOL, "Ed Li"]]))
    assert "no text column found" in err or "no sheet has a header row naming a text column" in err, err
    assert "column B has no header but holds texts of 25 words or more: type text in its header cell" in err, err


@pytest.mark.parametrize("form", ["csv", "xlsx"])
def test_a_column_of_texts_with_no_header_beside_the_text_column_is_said(tmp_path, capsys, form):
    source = table_file(tmp_path, form, [["id", "text", "", "author"], ["a1", "see below", QUAY, "Ana Ruiz"],
                                     ["a2", "draft", POOL, "Ed Li"]])
    err = _err(capsys, source)
    lines = [line for line in err.splitlines() if "has no header" in line]
    assert len(lines) == 1, err
    assert "column C has no header but holds texts of 25 words or more, not read" in lines[0]
    assert "the texts were read from column B, 'text'" in lines[0]
    assert "2 documents read" in err, err  # (the table is read as before: nothing is guessed)


@pytest.mark.parametrize("form", ["csv", "xlsx"])
def test_an_unnamed_column_of_short_cells_is_not_said(tmp_path, capsys, form):
    """A column with no header holding marks, names or a few words (a checklist, an initial) is no
    column of texts: nothing said."""
    source = table_file(tmp_path, form, [["id", "text", "", "author"], ["a1", QUAY, "x", "Ana Ruiz"],
                                     ["a2", POOL, "checked by the desk on Monday", "Ed Li"]])
    err = _err(capsys, source)
    assert "has no header" not in err, err
    assert "2 documents read" in err, err
