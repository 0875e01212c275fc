"""Random bytes after a UTF-16 byte order mark are not text: a mark is two bytes any binary may
start with, and the bytes after it, read as UTF-16, are letters of many scripts (often Han) that
no document mixes. What is refused, and the real UTF-16 texts of many scripts still read."""

from __future__ import annotations

import random

import pytest

from xlplugin.inputs import Problem, Record, read_paths

# The ten bytes of the first report: the mark and four code units that are each a Han character.
TEN_BYTES = b"\xff\xfe\x12\x9a\x55\x7e\x31\x4e\xa0\x61"

TEXTS = [
    "Quay traders said on Friday the market would move in May.\n",
    "港口委员会周四表示，新的防洪墙将于五月开工。",
    "港湾局は月曜日、新しい堤防の工事を五月に始めると発表した。",
    "항구 위원회는 목요일 새 방파제 공사가 5월에 시작된다고 밝혔다.",
    "Портовый совет заявил в четверг, что работы начнутся в мае.",
    "Το λιμενικό συμβούλιο ανακοίνωσε ότι τα έργα αρχίζουν τον Μάιο.",
    "قال مجلس الميناء يوم الخميس إن العمل سيبدأ في مايو.",
    "बंदरगाह बोर्ड ने कहा कि काम मई में शुरू होगा।",
    "Ban cảng cho biết công việc sẽ bắt đầu vào tháng Năm.",
    "Hafenamt: Arbeiten an der Mauer beginnen im Mai (siehe www.example.org).",
    "1, 2, 3\n4, 5, 6\n",
    "中文。",
]


def _read(tmp_path, data: bytes):
    (tmp_path / "f.txt").write_bytes(data)
    [item] = read_paths([str(tmp_path / "f.txt")])
    return item


def test_ten_bytes_of_junk_after_a_mark_are_refused_not_read_as_chinese(tmp_path):
    item = _read(tmp_path, TEN_BYTES)
    assert isinstance(item, Problem)
    assert "too short to tell from a binary file (4 characters after a UTF-16 byte order mark" in item.message


@pytest.mark.parametrize("size", [8, 10, 16, 40, 200])
def test_random_bytes_after_a_mark_are_almost_never_read_as_text(tmp_path, size):
    rng = random.Random(size)
    read = 0
    for _ in range(300):
        mark = rng.choice([b"\xff\xfe", b"\xfe\xff"])
        read += isinstance(_read(tmp_path, mark + rng.randbytes(size)), Record)
    assert read <= 6  # (at most 2%; before: about half at every size)


def test_mixed_scripts_after_a_mark_are_refused_as_binary(tmp_path):
    item = _read(tmp_path, b"\xff\xfe" + bytes(range(8)) * 3)  # Latin, a combining mark, Cyrillic, Syriac
    assert isinstance(item, Problem) and "looks like a binary file, not text" in item.message


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", TEXTS)
def test_real_utf16_texts_of_many_scripts_still_read(tmp_path, codec, text):
    item = _read(tmp_path, ("\ufeff" + text).encode(codec))
    assert isinstance(item, Record) and item.text == text


def test_a_long_utf16_table_of_documents_in_several_scripts_still_reads(tmp_path):
    """Excel saves "Unicode text" as UTF-16 with a mark, tab-separated: a list of documents in
    several languages mixes scripts across its lines, and is read: as the table it is, one
    document a row (`text_tables`)."""
    rows = "id\ttext\n" + "".join(f"d{i}\t{text.strip()}\n" for i, text in enumerate(TEXTS[1:9]))
    (tmp_path / "f.txt").write_bytes(("\ufeff" + rows).encode("utf-16-le"))
    items = list(read_paths([str(tmp_path / "f.txt")]))
    assert all(isinstance(item, Record) for item in items)
    assert [item.text for item in items] == [text.strip() for text in TEXTS[1:9]]
