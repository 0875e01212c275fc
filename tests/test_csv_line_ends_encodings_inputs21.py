"""(inputs21) A CSV file put together from exports with different line ends (CRLF, LF and a
carriage return alone between records) is read as the records it holds, not refused whole; a
carriage return alone inside a field not in quotes is still part of the field, and where the row
it makes is refused, the message says what it may be. A UTF-32 file with its byte order mark is
read (it was refused as "not UTF-16 text"); one that is not UTF-32 after the mark is named so."""

from __future__ import annotations

import pytest

from xlplugin.inputs import Problem, Record, read_paths

# Written for these tests: short texts with the characters CSV quoting is about.
TEXTS = [
    "The ferry company said, on Monday, that the winter timetable starts in November.",
    'Residents called the plan "overdue" at a meeting in the village hall.',
    "The school will reopen on Tuesday after repairs to its roof.\nParents were told by letter.",
    "Rainfall in October was twice the average, the weather office said.",
]
SEPARATORS = [",", ";", "\t"]


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _file(ends: list[str], separator: str, quote_all: bool = True) -> str:
    """A header and one record per text; `ends[i]` ends line i (the header is line 0)."""
    lines = [separator.join(["id", "text", "outlet"])]
    for number, text in enumerate(TEXTS, start=1):
        outlet = _quoted("Coast Post") if quote_all else "Coast Post"
        lines.append(separator.join([f"n{number}", _quoted(text), outlet]))
    return "".join(line + end for line, end in zip(lines, ends))


def _read(tmp_path, content: str | bytes, name: str = "in.csv") -> list[Record | Problem]:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return list(read_paths([str(path)]))


def _records(items) -> list[tuple[str, str, str]]:
    problems = [item.message for item in items if isinstance(item, Problem)]
    assert not problems, problems
    return [(item.id, item.text, item.outlet) for item in items]


# Line ends mixed as files joined from several programs write them: each pattern has a carriage
# return alone between two records (or after the header), with CRLF and LF elsewhere.
MIXED = [
    ["\r\n", "\n", "\r", "\r\n", "\n"],
    ["\n", "\r", "\r", "\n", "\r"],
    ["\r", "\r\n", "\n", "\r", ""],
    ["\r\n", "\r\n", "\r\n", "\r", "\r\n"],
]


@pytest.mark.parametrize("separator", SEPARATORS)
@pytest.mark.parametrize("ends", MIXED)
def test_mixed_line_ends_read_as_the_same_records(tmp_path, ends, separator):
    expected = _records(_read(tmp_path, _file(["\n"] * 5, separator), "plain.csv"))
    assert len(expected) == len(TEXTS)
    assert _records(_read(tmp_path, _file(ends, separator))) == expected


def test_a_carriage_return_alone_inside_a_field_is_still_part_of_it(tmp_path):
    """As Python's csv module writes a field holding one with LF line ends: not in quotes."""
    content = "id,text,outlet\nn1,Line one\rline two of the same field,Coast Post\n"
    [item] = _read(tmp_path, content)
    assert isinstance(item, Record) and item.text == "Line one\nline two of the same field"


@pytest.mark.parametrize("end", ["\r", "\r\n"])
def test_a_row_refused_around_a_lone_carriage_return_says_what_it_may_be(tmp_path, end):
    """A carriage return alone after a field not in quotes, where it ended a record: the fields
    of two records make one row, refused (as before), and the message now names the cause."""
    content = _file(["\n", "\r", end, "\n", "\n"], ",", quote_all=False)
    items = _read(tmp_path, content)
    refused = [item for item in items if isinstance(item, Problem)]
    assert len(refused) == 1 and "carriage return on its own" in refused[0].message
    assert "save the file with Windows or Unix line ends" in refused[0].message


def test_a_row_refused_with_no_lone_carriage_return_says_nothing_of_one(tmp_path):
    content = "id,text,outlet\nn1,A text, with a comma not in quotes,Coast Post\r\nn2,\"Fine.\",Coast Post\r\n"
    refused = [item for item in _read(tmp_path, content) if isinstance(item, Problem)]
    assert len(refused) == 1 and "carriage return" not in refused[0].message


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("kind", ["csv", "txt"])
def test_utf32_with_its_byte_order_mark_is_read(tmp_path, codec, kind):
    marks = {"utf-32": b"", "utf-32-le": b"\xff\xfe\x00\x00", "utf-32-be": b"\x00\x00\xfe\xff"}
    if kind == "csv":
        content = _file(["\r\n"] * 5, ",")
        expected = _records(_read(tmp_path, content, "plain.csv"))
        assert _records(_read(tmp_path, marks[codec] + content.encode(codec), "wide.csv")) == expected
    else:
        content = "\n\n".join(TEXTS) + "\n"
        [plain] = _read(tmp_path, content, "plain.txt")
        [wide] = _read(tmp_path, marks[codec] + content.encode(codec), "wide.txt")
        assert isinstance(wide, Record) and wide.text == plain.text


@pytest.mark.parametrize("mark", [b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"])
def test_bytes_after_a_utf32_mark_that_are_not_utf32_are_named_so(tmp_path, mark):
    junk = mark + bytes(range(256)) * 8  # (code points beyond Unicode's last one)
    for name in ("junk.csv", "junk.txt"):
        [item] = _read(tmp_path, junk, name)
        assert isinstance(item, Problem)
        assert "looks like a binary file, not text (it starts with a UTF-32 byte order mark, but is not UTF-32 text)" \
            in item.message
