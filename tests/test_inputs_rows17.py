"""(rows17) Inputs read into the wrong fields or grouped wrongly with nothing said: a CSV row with
fewer fields than its header, outlet names apart only in their white space, web addresses with a
non-ASCII host or a trailing dot, a UTF-8 file with a stray Windows-1252 byte, ids the Dask
engine did not check, and columns of one name read with nothing said."""

from __future__ import annotations

from pathlib import Path

import pytest

from xlplugin.cli import main, shared_id_lines
from xlplugin.errors import InputError
from xlplugin.inputs import Problem, Record, read_paths
from xlplugin.links import is_web_address
from xlplugin.outlets import Entry, entry_of, rollup
from xlplugin.scorers.source_rating import domain_of, rating_key, rating_used

# Written for these tests: long enough to be scored, with no outlet or source of its own.
LONG = ("The river path between the two bridges will close for three weeks in March while the council "
        "replaces the old railings, and walkers are asked to use the road on the north bank instead. "
        "Cyclists may still cross the lower bridge, which stays open through the works.")
OTHER = ("Members of the rowing club voted to move the spring regatta to a Sunday this year, so that "
         "families who work on Saturdays can watch the races from the meadow by the boathouse.")


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


# --- 1. a row with fewer fields than the header ------------------------------------------------

@pytest.mark.parametrize("header, short, fields", [
    ("id,title,text,outlet", f"b,{_quoted(LONG)}", 2),           # the text would be read as the title
    ("id,title,text,outlet", f"b,Title,{_quoted(LONG)}", 3),     # the outlet left out
    ("id,text,url", f"{_quoted(LONG)}", 1),                      # only the text
    ("id;title;text", f"b;{_quoted(LONG)}", 2),                  # a semicolon file
])
def test_a_row_with_fewer_fields_than_the_header_is_said_not_shifted(tmp_path, header, short, fields):
    sep = ";" if ";" in header else ","
    width = header.count(sep) + 1
    full = sep.join(["a"] + ["x"] * (width - 2) + [_quoted(OTHER)])
    path = tmp_path / "short.csv"
    path.write_text(f"{header}\n{full}\n{short}\n{full.replace('a', 'c', 1)}\n", encoding="utf-8")
    items = list(read_paths([str(path)]))
    assert [type(item).__name__ for item in items] == ["Record", "Problem", "Record"]
    problem = items[1]
    assert problem.source.endswith("short.csv line 3")
    assert f"it has {fields} field{'s' if fields != 1 else ''} but the header has {width}" in problem.message
    # the long text is never read as a title of a document scored as empty
    assert not any(isinstance(item, Record) and LONG in (item.title or "") for item in items)


def test_a_short_row_is_said_on_the_command_line_and_not_counted_as_empty(tmp_path, capsys):
    path = tmp_path / "short.csv"
    path.write_text(f"id,title,text,outlet\na,T,{_quoted(OTHER)},Daily\nb,{_quoted(LONG)}\n", encoding="utf-8")
    main(["score", str(path), "--json"])
    err = capsys.readouterr().err
    assert "line 3" in err and "it has 2 fields but the header has 4" in err
    assert "1 empty" not in err and "1 unreadable" in err


# --- 2. outlet names apart only in their white space -------------------------------------------

@pytest.mark.parametrize("spelling", ["Daily\u00a0Post", "Daily  Post", "Daily\tPost", " Daily Post ",
                                      "Daily\u202fPost", "daily\u2003post", "DAILY \u00a0POST"])
def test_outlet_spellings_apart_in_white_space_are_one_outlet_as_the_ratings_read_them(spelling):
    entries = [entry_of(None, "Daily Post", "", "1"), entry_of(None, spelling, "", "2")]
    [row] = rollup(entries)
    assert row.documents + row.not_scored == 2 and row.ids == ["1", "2"]
    assert " ".join(row.outlet.split()) == row.outlet  # (shown with single spaces)
    ratings = {rating_key("Daily Post"): (0.8, "me")}
    assert rating_used("", spelling, ratings) == rating_used("", "Daily Post", ratings) is not None


def test_outlets_that_differ_in_letters_stay_apart():
    rows = rollup([Entry("Daily Post", "outlet column", "1", None, {}), Entry("Daily Posts", "outlet column", "2", None, {})])
    assert len(rows) == 2


# --- 3. web addresses with a non-ASCII host or a trailing dot ----------------------------------

@pytest.mark.parametrize("unicode_host, ascii_host", [
    ("münchen-zeitung.de", "xn--mnchen-zeitung-gsb.de"),
    ("bücher.example", "xn--bcher-kva.example"),
    ("пример.рф", "xn--e1afmkfd.xn--p1ai"),
    ("ελληνικά.example", "xn--hxargifdar.example"),
])
def test_a_non_ascii_host_is_a_web_address_rated_in_either_spelling(unicode_host, ascii_host):
    for host in (unicode_host, ascii_host):
        assert is_web_address(f"https://{host}/a"), host
        assert is_web_address(f"https://www.{host}./a"), host
    assert domain_of(f"https://{unicode_host}/a") == domain_of(f"https://{ascii_host}/a") == unicode_host
    for written in (unicode_host, ascii_host, f"https://www.{unicode_host.upper()}/"):
        ratings = {rating_key(written): (0.9, "me")}
        for url in (f"https://{unicode_host}/a", f"https://{ascii_host}/b", f"http://www.{unicode_host}./c"):
            assert rating_used(url, "", ratings) is not None, (written, url)


@pytest.mark.parametrize("url", ["https://example.com./a", "http://news.example.org./", "example.net."])
def test_a_host_with_a_trailing_dot_is_a_web_address(url):
    assert is_web_address(url)
    assert not domain_of(url).endswith(".")


def test_a_non_ascii_url_gets_the_same_provenance_as_its_ascii_spelling():
    import xlplugin

    a = xlplugin.score_text(LONG, url="https://münchen-zeitung.de/a")
    b = xlplugin.score_text(LONG, url="https://xn--mnchen-zeitung-gsb.de/a")
    assert a.signals["provenance"].value == b.signals["provenance"].value
    assert a.reliability == b.reliability


@pytest.mark.parametrize("value", ["n/a", "münchen", "café au lait", "über.", "3.0"])
def test_words_are_still_no_web_address(value):
    assert not is_web_address(value)


# --- 4. a UTF-8 file with a stray Windows-1252 byte --------------------------------------------

@pytest.mark.parametrize("stray", [b"\xe9", b"\x92", b"\xfc\xe4"])
def test_a_stray_1252_byte_in_a_utf8_file_garbles_no_utf8_letter(tmp_path, stray):
    good = "Zoë said the café in Málaga was naïve about the crème brûlée."
    body = (f"id,text\na,{_quoted(good + ' ' + OTHER)}\n".encode("utf-8")
            + b"b,\"A line pasted from Word, caf" + stray + b" and all, " + OTHER.encode("ascii") + b"\"\n")
    path = tmp_path / "mixed.csv"
    path.write_bytes(body)
    a, b = read_paths([str(path)])
    assert a.text.startswith(good)  # every UTF-8 letter read as written
    assert "caf" + stray.decode("cp1252") + " and all" in b.text
    assert "line 3" in b.note and "Windows-1252" in b.note


def test_one_utf8_letter_and_one_stray_byte_is_read_as_utf8(tmp_path):
    body = "id,text\na,\"I b\u00e9lieve it. ".encode("utf-8") + b"Honestly caf\xe9. " + OTHER.encode("ascii") + b"\"\n"
    path = tmp_path / "one_each.csv"
    path.write_bytes(body)
    [a] = read_paths([str(path)])
    assert a.text.startswith("I b\u00e9lieve it. Honestly caf\u00e9.")
    assert "line 2" in a.note


@pytest.mark.parametrize("written", ["Zoë said the café was naïve. ", "«Gruß» und café. ", "Größe: 3°. "])
def test_a_windows_1252_file_is_still_read_as_one(tmp_path, written):
    path = tmp_path / "cp1252.csv"
    path.write_bytes(f"id,text\na,{_quoted(written + OTHER)}\n".encode("cp1252"))
    [a] = read_paths([str(path)])
    assert a.text.startswith(written)
    assert "read as Windows-1252 (the file is not UTF-8)" in a.note


# --- 5. the Dask engine says ids that documents share, as `score` does ------------------------

def test_dask_parts_give_the_ids_score_warns_about(tmp_path):
    dask_engine = pytest.importorskip("xlplugin.dask")
    from xlplugin.cli import shared_id_lines_of

    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    one.write_text(f"id,text\nx,{_quoted(LONG)}\ny,{_quoted(OTHER)}\nx,{_quoted(OTHER)}\n", encoding="utf-8")
    two.write_text(f"id,text\ny,{_quoted(LONG)}\nz,{_quoted(OTHER)}\n", encoding="utf-8")
    paths = [str(one), str(two)]
    plan = dask_engine.plan_files(paths, tmp_path / "parts")
    read_ids = []
    for i in plan.todo:
        part = plan.parts[i]
        counts = dask_engine._write_part(part.compute() if hasattr(part, "compute") else part,
                                         str(tmp_path / "parts" / dask_engine.PART_PATTERN.format(i)))
        read_ids += counts["read_ids"]
    records = [item for item in read_paths(paths) if isinstance(item, Record)]
    expected = shared_id_lines(records)
    assert len(expected) == 2  # x twice in one file, y in both
    assert shared_id_lines_of(read_ids) == expected


# --- 6. columns of one name ---------------------------------------------------------------------

@pytest.mark.parametrize("names", [("Text", "text "), ("text", "TEXT"), ("body", " Body")])
def test_score_pandas_refuses_two_columns_that_could_be_the_text(names):
    pd = pytest.importorskip("pandas")
    from xlplugin.frame import score_pandas

    frame = pd.DataFrame({names[0]: [LONG], names[1]: [OTHER]})
    with pytest.raises(InputError, match="2 columns could be the text column"):
        score_pandas(frame)
    assert len(score_pandas(frame, text=names[1])) == 1  # named: read


@pytest.mark.parametrize("header, repeated", [
    ("id,url,text,url", "url"), ("id,outlet,text,Outlet", "outlet"), ("id,title,text,title ", "title"),
    ("id,text,id", "id"), ("id,text,author,Author", "author"),
])
def test_repeated_field_columns_in_a_csv_are_said(tmp_path, header, repeated):
    from xlplugin.inputs_summary import repeated_column_lines

    fields = header.split(",")
    row = ",".join(_quoted(LONG) if f == "text" else "https://example.com/a" if "url" in f else "v" for f in fields)
    path = tmp_path / "dup.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    records = [item for item in read_paths([str(path)]) if isinstance(item, Record)]
    [line] = repeated_column_lines(records)
    assert f"2 columns could be the {repeated} column" in line and str(path) in line


def test_distinct_field_columns_are_not_said(tmp_path):
    from xlplugin.inputs_summary import repeated_column_lines

    path = tmp_path / "fine.csv"
    path.write_text(f"id,title,url,outlet,text\na,T,https://example.com/a,Daily,{_quoted(LONG)}\n", encoding="utf-8")
    records = [item for item in read_paths([str(path)]) if isinstance(item, Record)]
    assert repeated_column_lines(records) == []


def test_problem_rows_keep_their_columns(tmp_path):
    # (a short row is a Problem that keeps its cells: the workbook shows the row as it was given;
    # rows20: as one line in the text cell, none of its fields under a column it may not belong to)
    path = tmp_path / "short.csv"
    path.write_text(f"id,title,text\nb,{_quoted(LONG)}\n", encoding="utf-8")
    [problem] = read_paths([str(path)])
    assert isinstance(problem, Problem) and problem.id == "b" and problem.columns["text"] == f"b,{_quoted(LONG)}"
    assert problem.columns["title"] is None


def test_the_two_spellings_are_one_place(tmp_path: Path):
    assert domain_of("https://MÜNCHEN-zeitung.de./x") == domain_of("xn--mnchen-zeitung-gsb.de") == "münchen-zeitung.de"
