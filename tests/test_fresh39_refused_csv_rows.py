"""(fresh39) A CSV file refused as a whole (no text column, or two) said, besides, that one of its
rows was "not read, a note under the table": a file of texts saved without a header row had its
last text named as a note, a row of a file none of whose rows was read. The file is now refused
before any of its rows is said to be left out."""

from __future__ import annotations

from xlplugin.inputs import NOTE_ROW_REASON, TOTAL_ROW_REASON, Problem, read_paths

TEXTS = ("The harbour board voted on Tuesday to extend the quay, the clerk said.",
         "Residents gathered outside the town hall on Friday evening.",
         "Everyone knows the experts are lying to you about the harbour.")


def _read(path):
    skipped = []
    items = list(read_paths([str(path)], None, skipped))
    return items, skipped


def test_a_file_of_texts_without_a_header_is_refused_and_no_row_named(tmp_path):
    path = tmp_path / "texts.csv"
    path.write_text("".join(f'"{text}"\n' for text in TEXTS), encoding="utf-8")
    items, skipped = _read(path)
    assert len(items) == 1 and isinstance(items[0], Problem) and "no text column found" in items[0].message
    assert [s for s in skipped if s.reason in (NOTE_ROW_REASON, TOTAL_ROW_REASON)] == []


def test_a_file_with_two_text_columns_is_refused_and_no_row_named(tmp_path):
    path = tmp_path / "two.csv"
    path.write_text("id,text,Text\n1,One text here.,Another\n2,Two.,More\nTotal,,3\n"
                    "Source: compiled by the desk,,\n", encoding="utf-8")
    items, skipped = _read(path)
    assert len(items) == 1 and isinstance(items[0], Problem) and "could be the text column" in items[0].message
    assert [s for s in skipped if s.reason in (NOTE_ROW_REASON, TOTAL_ROW_REASON)] == []


def test_a_readable_file_still_names_its_note_row(tmp_path):
    path = tmp_path / "noted.csv"
    path.write_text("id,text\n" + "".join(f'{n},"{text}"\n' for n, text in enumerate(TEXTS, 1))
                    + "Source: compiled by the desk in March 2026,\n", encoding="utf-8")
    items, skipped = _read(path)
    assert len(items) == 3 and not any(isinstance(item, Problem) for item in items)
    assert [(s.reason, s.path) for s in skipped] == [(NOTE_ROW_REASON, f"{path} line 5")]
