"""Files read as the text they hold (values17): a UTF-8 text with a stray NUL character is read,
its NULs as spaces as every other control character is, in a .txt file and in a CSV cell alike,
and scores as the same text with a space there; UTF-16 text with no byte order mark is read in
any script (Greek, Cyrillic, Chinese, a table of Latin beside another script), in both byte
orders; binary files stay refused."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest

from xlplugin import engine
from xlplugin.inputs import Problem, Record, read_paths

# Fresh sentences written for these tests.
STORY = ("The county library opened a second reading room on Friday, its director said. "
         "The room seats forty people and stays open until nine on weekdays, according to the library's plan. "
         "Volunteers painted the walls last month.")
TAIL = ("A local carpenter built the new shelves from oak donated by a sawmill near the river, "
        "the director added in a statement on the library website.")


def _read(path: Path) -> list[Record | Problem]:
    return list(read_paths([str(path)], None))


@pytest.mark.parametrize("control", ["\x00", "\x00\x00", "\x01", "\x1b", "\x7f"])
@pytest.mark.parametrize("where", ["start", "between", "end"])
def test_a_stray_control_character_in_a_utf8_file_reads_and_scores_as_a_space(tmp_path, control, where):
    text = {"start": control + STORY + " " + TAIL, "between": STORY + control + TAIL,
            "end": STORY + " " + TAIL + control}[where]
    spaced = text.replace(control, " " * len(control))
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(spaced, encoding="utf-8")
    [got, want] = _read(tmp_path)
    assert isinstance(got, Record) and isinstance(want, Record), (got, want)
    assert (got.text, got.note) == (want.text, want.note)
    assert engine.score_text(got.text).reliability == engine.score_text(spaced).reliability is not None


@pytest.mark.parametrize("control", ["\x00", "\x07"])
def test_a_stray_control_character_in_a_csv_cell_keeps_every_row(tmp_path, control):
    rows = [["id", "text"], ["one", STORY + control + TAIL], ["two", TAIL]]
    path = tmp_path / "table.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    items = _read(path)
    assert [type(i) for i in items] == [Record, Record], items
    assert items[0].text == STORY + " " + TAIL and items[1].text == TAIL


@pytest.mark.parametrize("junk", [
    bytes(range(256)) * 8,                                 # every byte: not UTF-8
    b"\x00\x05\x16\x07\x00\x02Mac OS X        " * 3,        # valid UTF-8, mostly control characters
    b"SQLite format 3\x00" + b"\x00\x10\x01\x01" * 300,     # a database: far more NULs than text
    ("A" * 40 + "\x00" * 2).encode("utf-8") * 20,           # one NUL in twenty-one characters
])
def test_a_binary_file_with_nul_bytes_is_still_refused(tmp_path, junk):
    (tmp_path / "junk.txt").write_bytes(junk)
    [item] = _read(tmp_path / "junk.txt")
    assert isinstance(item, Problem) and "binary" in item.message, item


UNMARKED = [
    "Το δημοτικό συμβούλιο ψήφισε την Τρίτη να επισκευάσει την παλιά γέφυρα του λιμανιού.\n"
    "Η δήμαρχος είπε ότι οι εργασίες θα αρχίσουν τον Μάιο.\n",
    "Городской совет во вторник решил отремонтировать старый мост у гавани.\n"
    "Мэр сказала, что работы начнутся в мае и займут около 200 дней.\n",
    "港口委员会周四表示，新的防洪墙将于五月开工。\n居民说这是一个好消息，费用约为 300 万元。\n",
    "id,title,text\n1,Νέα γέφυρα στο λιμάνι,The harbour board said the new bridge would open in May.\n"
    "2,Новый паром,Officials said a second ferry would sail from the north quay next year.\n",
]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", UNMARKED)
def test_utf16_with_no_byte_order_mark_is_read_in_any_script(tmp_path, codec, text):
    name = "table.csv" if text.startswith("id,") else "story.txt"
    (tmp_path / name).write_bytes(text.encode(codec))
    (tmp_path / "plain").mkdir()
    (tmp_path / "plain" / name).write_text(text, encoding="utf-8")
    got, want = _read(tmp_path / name), _read(tmp_path / "plain" / name)
    assert all(isinstance(i, Record) for i in got), got
    assert [(i.id, i.text, i.title) for i in got] == [(i.id, i.text, i.title) for i in want]


@pytest.mark.parametrize("seed", range(40))
def test_random_bytes_with_zero_bytes_are_not_read_as_unmarked_utf16(tmp_path, seed):
    rng = random.Random(seed)
    # Random bytes with zeros sprinkled in, and with spaces in the UTF-16 places (b" \x00"):
    # the things the unmarked UTF-16 rule looks for, without the text around them.
    data = bytearray(rng.randrange(256) for _ in range(2 * rng.randrange(20, 800)))
    for i in rng.sample(range(0, len(data), 2), len(data) // 16):
        data[i:i + 2] = b" \x00" if seed % 2 else b"\x00 "
    (tmp_path / "junk.txt").write_bytes(bytes(data))
    [item] = _read(tmp_path / "junk.txt")
    assert isinstance(item, Problem), (seed, item.text[:60] if isinstance(item, Record) else item)
