"""The terminal's summary lines say each count with words that agree with it: "1 document read",
"1 other file not read", "1 row names a file", "2 rows name ...", never "1 documents" or "row(s)"."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from xlplugin.cli import main, refresh_notes
from xlplugin.inputs_summary import run_counts
from xlplugin.wording import counted

STORY = ("The harbour board voted on Thursday to widen the north quay, its chair said in a "
         "statement. Work is due to start in the spring and to last two years, the board said.")


@pytest.mark.parametrize(("count", "said"), [(0, "0 documents read"), (1, "1 document read"), (2, "2 documents read")])
def test_counted_agrees_with_its_count(count, said):
    assert counted(count, "document read", "documents read") == said


def test_counted_adds_an_s_by_default():
    assert (counted(1, "other file"), counted(3, "other file")) == ("1 other file", "3 other files")


def test_counted_takes_an_irregular_plural():
    assert (counted(1, "row has", "rows have"), counted(3, "row has", "rows have")) == ("1 row has", "3 rows have")


def test_one_document_read_and_one_other_file_not_read(tmp_path, capsys):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")  # not a type xlplugin reads
    assert main(["score", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert "1 document read, " in err and "1 documents" not in err
    assert "1 other file not read" in err and "1 other files" not in err


def test_run_counts_of_one_document():
    result = SimpleNamespace(reliability=70.0, note="")
    assert run_counts([result], []).startswith("1 document read, 1 scored, 0 not scored")


def test_refresh_notes_say_one_row_and_several_rows():
    summary = SimpleNamespace(settings_notes=[], not_documents=[], sheet_notes=[], id_lines=[], scores_moved=0,
                              row_changes="", shared_ids=0, failed=1, cut_texts=0, missing=2, unreadable=1,
                              text_edited=1, text_normalised=1)
    said = " | ".join(refresh_notes(summary))
    assert "(s)" not in said
    for words in ("1 row has a text cell", "2 rows name a file that could not be found",
                  "1 row names a file that was found", "1 row read from a file", "1 rescored row had"):
        assert words in said


def test_ratings_lines_agree_with_their_counts():
    from xlplugin.ratings_table import describe_keyless

    assert describe_keyless(["row 5"], "ratings.csv").startswith("ratings.csv: 1 row holds a rating but no domain")
    assert describe_keyless(["row 5", "row 6"], "ratings.csv").startswith("ratings.csv: 2 rows hold a rating")
