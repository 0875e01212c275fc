"""(hunt52) The same text under two file names, or twice in one CSV file: each row is scored and
kept, and on main nothing said it was the same document twice: the Read sheet's Copies cell said
"same story as row 3: 100% of this text is in it", as of a reprint, and the command's summary
nothing. The Copies cell now says "same text as row 3 (id b.txt), word for word" and the summary
names each such row. A copy with one word changed is still "same story". Texts written for these
tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from xlplugin.cli import main, same_text_line
from xlplugin.copies import CopyDoc, copies_text, copy_rows_named, find_copies, same_texts, same_words

BRIDGE = ("The council said on Monday that the new bridge over the river would cost 4 million pounds. "
          "The mayor, Jane Hill, told reporters that work would start in the spring and end next year. "
          "Residents asked whether the old road would close during the work, and the council said it would "
          "stay open. A public meeting is planned for next week at the town hall, where engineers will show "
          "the plans.")
SCHOOL = ("The school board voted on Tuesday to extend the term by a week, the chair, Tom Reed, said. Parents "
          "had asked for the change after the floods closed three schools in March, according to the board's "
          "minutes. The extra week will start on June 20.")


def name(i: int) -> str:
    return f"row {i + 2} (id {'abc'[i]}.txt)"


def _cells(texts):
    return [copies_text(report, name) for report in find_copies([CopyDoc(t) for t in texts])]


@pytest.mark.parametrize("copy", [
    BRIDGE,
    BRIDGE.replace(". ", ".\n\n"),  # re-wrapped into paragraphs
    "  " + BRIDGE.upper() + "\n",  # another case, spaces around
])
def test_the_same_text_twice_is_named_as_the_same_text(copy):
    a, b, c = _cells([BRIDGE, copy, SCHOOL])
    assert a.startswith("same text as row 3 (id b.txt), word for word")  # (main: "same story as row 3: 100% ...")
    assert b.startswith("same text as row 2 (id a.txt), word for word")
    assert c == ""


def test_a_copy_with_one_word_changed_is_the_same_story_not_the_same_text():
    a, b, _ = _cells([BRIDGE, BRIDGE.replace("Monday", "Tuesday"), SCHOOL])
    assert a.startswith("same story as row 3 (id b.txt): ") and "same text" not in a
    assert b.startswith("same story as row 2 (id a.txt): ")


def test_a_text_inside_a_longer_one_is_not_the_same_text():
    a, b, _ = _cells([BRIDGE, BRIDGE + " " + SCHOOL, SCHOOL])
    assert "same text" not in a and "same text" not in b


def test_a_same_text_cell_counts_as_one_copy_row_for_the_refresh():
    cell = "same text as row 3 (id b.txt), word for word; no credit to row 3 (id b.txt)"
    assert copy_rows_named(cell) == 2  # (the shared passage and the reprint, as "same story as" counts them)
    assert copy_rows_named(cell.replace("same text as row 3 (id b.txt), word for word",
                                        "same story as row 3 (id b.txt): 100% of this text is in it")) == 2


def test_same_words_reads_words_not_spacing_or_case():
    assert same_words(BRIDGE, BRIDGE.replace(" ", "  ").lower())
    assert not same_words(BRIDGE, BRIDGE + " More.")


def test_same_texts_names_each_later_row_with_the_first_and_leaves_out_empty_and_short_texts():
    assert same_texts([BRIDGE, SCHOOL, BRIDGE, "", "", "N/A", "N/A", BRIDGE.lower()]) == [(2, 0), (7, 0)]


def test_the_summary_line_names_each_row_with_the_same_text():
    results = [SimpleNamespace(id=i, text=t) for i, t in (("a.txt", BRIDGE), ("b.txt", SCHOOL), ("c.txt", BRIDGE))]
    assert same_text_line(results) == ("1 document has the same text as another, word for word (c.txt: same text as "
                                       "a.txt): each is scored and kept, so the text counts twice in any total")
    assert same_text_line(results[:2]) == ""


def test_a_csv_file_with_a_row_twice_says_so_in_the_summary_and_scores_both(tmp_path, capsys):
    path = tmp_path / "twice.csv"
    path.write_text(f'id,text\nr1,"{BRIDGE}"\nr2,"{SCHOOL}"\nr3,"{BRIDGE}"\n', encoding="utf-8")
    main(["score", str(path)])
    captured = capsys.readouterr()
    assert "1 document has the same text as another, word for word (r3: same text as r1)" in captured.err
    assert "3 documents read, 3 scored" in captured.err  # nothing dropped
