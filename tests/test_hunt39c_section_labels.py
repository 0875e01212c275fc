"""(hunt39c) A section label between a table's documents ("Week 2", "Part B" alone in the first
column, every other cell blank) was read as a document: a row "not scored: empty" counted among
the documents read ("3 not scored (3 empty)"), or, where the first column is the text column, a
two-word text scored on its own. It is left out and said by line or row, as a note between the
documents is (hunt39a), in a CSV file or a sheet whose first column is not its id column."""

from __future__ import annotations

import pytest
from workbook_helpers import scored_table, table_file

from xlplugin.workbook import layout

STATUS = layout.SCORE_HEADERS[-1]
REASON = "a section label"
# (our own short articles, written for these tests)
QUAY = ("The harbour board voted on Tuesday to extend the quay by forty metres, the clerk said, after a meeting "
        "at which residents asked about the cost of the works and the months the ferry road would be closed.")
POOL = ("The town's swimming pool will reopen in June after a year of repairs to its roof, the leisure trust "
        "said on Monday. Its manager, Ines Duarte, said the new roof cost 1.2 million pounds, paid by the council.")
BUSES = ("Two bus routes to the hospital will run every ten minutes from April, the transport authority said on "
         "Thursday, after patients and staff complained that the buses were full by eight in the morning.")


@pytest.mark.parametrize("form", ["csv", "xlsx"])
def test_a_label_in_the_id_column_is_kept_as_a_row(tmp_path, capsys, form):
    """(lead, session 31) In an id column, "Week 2" or "q4" with nothing beside it cannot be told from
    a document's id whose text is still to come: the row is kept (no scores, its Status says why),
    never left out of the table."""
    source = table_file(tmp_path, form, [["id", "title", "text"], ["q1", "Quay", QUAY], ["Week 2", "", ""],
                                     ["p1", "Pool", POOL], ["q4", "", ""]])
    err, ids, _texts, _out = scored_table(tmp_path, capsys, source)
    assert REASON not in err, err
    assert ids == ["q1", "Week 2", "p1", "q4"]
    assert "4 documents read, 2 scored, 2 not scored" in err, err


@pytest.mark.parametrize("form", ["csv", "xlsx"])
def test_section_labels_in_the_text_column_are_left_out(tmp_path, capsys, form):
    source = table_file(tmp_path, form, [["text", "outlet"], ["Section 1: port", ""], [QUAY, "Town Herald"],
                                     ["Q2 2026", ""], [POOL, "Daily Courier"]])
    err, _ids, texts, _out = scored_table(tmp_path, capsys, source)
    assert f"2 rows not read, {REASON}" in err, err
    assert texts == [QUAY, POOL]


@pytest.mark.parametrize("form", ["csv", "xlsx"])
def test_near_miss_labels_that_are_documents_stay(tmp_path, capsys, form):
    """A row with a label and another cell filled is a document; so is a label in a table of texts
    alone, and a first cell that is no label word and its number."""
    source = table_file(tmp_path, form, [["id", "title", "text"], ["Week 1", "Quay", QUAY], ["Weekly round-up", "", ""],
                                     ["p1", "Pool", POOL]])
    err, ids, _texts, _out = scored_table(tmp_path, capsys, source)
    assert REASON not in err and ids == ["Week 1", "Weekly round-up", "p1"]
    source = table_file(tmp_path, form, [["text"], [QUAY], ["Part B"], [POOL]], name="texts")
    err, _ids, texts, _out = scored_table(tmp_path, capsys, source)
    assert REASON not in err and texts == [QUAY, "Part B", POOL]
