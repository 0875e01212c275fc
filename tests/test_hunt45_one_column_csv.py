"""(hunt45) A CSV file of one column, as Excel saves a column of texts where the decimal mark is a
comma (a German, French or Italian Excel): no separator in it, and a text's commas not in double
quotes (Excel quotes a field holding its own separator, the semicolon). Each line holding a comma
was refused ("it has 3 fields but the header has 1: is a field holding a comma not in double
quotes?"): a list of 50 texts gave a handful of scores and no way to mend the rest. Each line is
one text now, commas and all; the summary says how the file was read."""

from __future__ import annotations

import json

import pytest
from workbook_helpers import scored_table

from xlplugin import inputs
from xlplugin.cli import main

# (our own short reports, written for these tests)
FERRY = ("The ferry operator said on Monday that, from June, the first crossing would leave at six, an hour "
         "earlier than now, and that two more sailings would run on Saturdays, its operations manager told the board.")
LIBRARY = ("Council members voted on Tuesday to extend the library's opening hours, citing a survey of residents, "
           "and the branch will open until eight on Thursdays, the council's spokesperson said.")
BUSES = ("The regional bus operator announced a new timetable for the coastal route on Friday; two evening "
         "services will be added, and the first departure moved earlier by a quarter of an hour, its manager said.")


def _european(tmp_path, header="text", texts=(FERRY, LIBRARY, BUSES), encoding="cp1252"):
    """One column as Excel saves it with ';' as its list separator: a field quoted only where it holds a
    semicolon, a quote or a line break; CRLF line ends."""
    def field(text):
        return '"' + text.replace('"', '""') + '"' if any(c in text for c in ';"\n') else text

    source = tmp_path / "texts.csv"
    source.write_bytes(("\r\n".join([header, *map(field, texts)]) + "\r\n").encode(encoding))
    return source


def test_each_line_is_one_text_commas_and_all(tmp_path, capsys):
    err, ids, texts, _out = scored_table(tmp_path, capsys, _european(tmp_path))
    assert ids == [1, 2, 3] and texts == [FERRY, LIBRARY, BUSES], err
    assert " 0 not scored" in err and "fields but the header has 1" not in err
    assert "one column (its header line is 'text' alone): each line is read as one text" in err


def test_another_text_column_name_and_a_quoted_semicolon(tmp_path, capsys):
    """(BUSES holds a semicolon: its field is in double quotes, as Excel writes it)"""
    source = _european(tmp_path, header="Article", encoding="utf-8-sig")
    assert source.read_bytes().count(b'"') == 2
    capsys.readouterr()
    assert main(["score", str(source), "--json"]) == 0
    found = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [doc["id"] for doc in found] == ["1", "2", "3"]
    assert [doc["word_count"] for doc in found] == [len(t.split()) for t in (FERRY, LIBRARY, BUSES)]


def test_a_file_of_quoted_fields_reads_as_before(tmp_path, capsys):
    """Guard: a one-column file that quotes each comma (Excel with a comma separator) is read as it was, no note."""
    source = tmp_path / "quoted.csv"
    source.write_text("text\n" + "\n".join(f'"{t}"' for t in (FERRY, LIBRARY, BUSES)) + "\n", encoding="utf-8")
    err, ids, texts, _out = scored_table(tmp_path, capsys, source)
    assert texts == [FERRY, LIBRARY, BUSES] and "one column" not in err


def test_two_columns_are_still_read_at_commas(tmp_path, capsys):
    """Guard: a header of two names is read at its separator, a row of three fields refused as before."""
    source = tmp_path / "two.csv"
    source.write_text(f"text,outlet\n\"{FERRY}\",Harbour Post\n{LIBRARY},Town News\n\"{BUSES}\",Coast Daily\n",
                      encoding="utf-8")
    capsys.readouterr()
    main(["score", str(source), "--json"])
    assert "line 3: it has 5 fields but the header has 2" in capsys.readouterr().err


def test_the_rule():
    assert inputs._one_column("text\r\nA line, with commas\r\n")
    assert not inputs._one_column("text;outlet\r\nA line, with commas;Post\r\n")
    assert not inputs._one_column("text,outlet\nA,B\n")


def test_the_dask_engine_reads_it_so_too(tmp_path):
    pytest.importorskip("xlplugin.dask")
    from test_dask39_parity import _dask

    rows, said, not_read = _dask([str(_european(tmp_path))], tmp_path / "out")
    assert [row["input_id"] for row in rows] == ["1", "2", "3"], (said, not_read)
    assert [row["text"] for row in rows] == [FERRY, LIBRARY, BUSES]
    assert all(line[-1] == "note" for line in not_read), not_read
