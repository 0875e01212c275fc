"""Helpers that two places used to write each for themselves, now one function each: the message
for a file that cannot be read, the deflated spool of sheet rows, and the match tried at chosen
positions. Each is held to what both old copies did."""

from __future__ import annotations

import errno
import re
import zlib
from pathlib import Path

import pytest

from xlplugin import fastmatch, kinds_shortcuts
from xlplugin.errors import InputError, WorkbookError, cannot_read
from xlplugin.inputs import read_file
from xlplugin.workbook.deflated import READ_BYTES, DeflatedSpool
from xlplugin.workbook import package
from xlplugin.workbook.package import check_file


# --- a file that cannot be read: the text reader and the workbook check say it in the same words


def _readers():
    return [(read_file, InputError), (check_file, WorkbookError)]


@pytest.mark.parametrize("reader, error", _readers())
def test_a_missing_file_is_said_alike(tmp_path, reader, error):
    path = tmp_path / "gone.txt"
    with pytest.raises(error) as caught:
        reader(path)
    # (and what to do: the path is absolute here)
    assert str(caught.value) == f"{path}: no such file: check the name and each folder on its path"


@pytest.mark.parametrize("reader, error", _readers())
def test_a_folder_is_said_to_be_one(tmp_path, reader, error):
    with pytest.raises(error) as caught:
        reader(tmp_path)
    assert str(caught.value).startswith(f"{tmp_path}: is a folder")


@pytest.mark.parametrize("reader, error", _readers())
def test_a_file_not_allowed_is_said_alike(tmp_path, monkeypatch, reader, error):
    path = tmp_path / "locked.txt"
    path.write_text("A short text.", encoding="utf-8")

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    # (the tests may run as root, who reads any file: the refusal is made, not set up)
    monkeypatch.setattr(Path, "read_bytes", refuse)
    monkeypatch.setattr(package, "open", refuse, raising=False)
    with pytest.raises(error) as caught:
        reader(path)
    assert str(caught.value) == f"{path}: permission denied (cannot read the file)"


@pytest.mark.parametrize("exc, why", [
    (FileNotFoundError(errno.ENOENT, "No such file or directory"), "no such file"),
    (PermissionError(errno.EACCES, "Permission denied"), "permission denied (cannot read the file)"),
    (IsADirectoryError(errno.EISDIR, "Is a directory"), "is a folder"),
    (OSError(errno.EIO, "Input/output error"), "cannot read (Input/output error)"),
])
def test_each_kind_of_failure_has_its_words(exc, why):
    assert cannot_read("a/b.txt", exc).startswith(f"a/b.txt: {why}")
    said = cannot_read("a/b.xlsx", exc, "a workbook")
    assert said.startswith(f"a/b.xlsx: {why}" + (", not a workbook" if isinstance(exc, IsADirectoryError) else ""))


# --- the deflated spool of rows (the Evidence and Read sheets' rows wait in one)


@pytest.mark.parametrize("sizes", [[], [0], [10], [1, 2, 3, 1000], [READ_BYTES // 3] * 7, [5 * READ_BYTES + 17]])
def test_the_spool_gives_back_what_was_written_in_order(sizes):
    pieces = [bytes((k * 131 + i * 7) % 251 for i in range(size)) for k, size in enumerate(sizes)]
    spool = DeflatedSpool()
    try:
        for piece in pieces:
            spool.write(piece)
        assert b"".join(spool.pieces()) == b"".join(pieces)
    finally:
        spool.close()


def test_the_spool_keeps_its_rows_deflated():
    spool = DeflatedSpool()
    rows = b"".join(b'<row r="%d"><c t="inlineStr"><is><t>same words</t></is></c></row>' % i for i in range(20_000))
    try:
        spool.write(rows)
        got = b"".join(spool.pieces())
        assert got == rows
        assert spool.file.tell() < len(rows) // 5
        spool.file.seek(0)
        assert zlib.decompress(spool.file.read()) == rows
    finally:
        spool.close()


# --- a match tried only where one can start (fastmatch's and kinds' shortcuts share it)


PATTERNS = [r"cat|dog", r"\bthe\b", r"a+b", r"(?<!x)yz", r"\d{2,}", r"$", r"q?"]
TEXTS = ["", "the cat and the dog", "aaab xyz yz 123", "theatre", "no match here", "yzyz 7 88"]


@pytest.mark.parametrize("pattern", PATTERNS)
@pytest.mark.parametrize("text", TEXTS)
def test_a_search_at_every_position_is_the_patterns(pattern, text):
    regex = re.compile(pattern)
    m = regex.search(text)
    assert fastmatch.search_at(regex, text, list(range(len(text) + 1))) == (m.group() if m else None)


@pytest.mark.parametrize("pattern", PATTERNS)
@pytest.mark.parametrize("text", TEXTS)
def test_a_search_at_chosen_positions_finds_the_first_match_there(pattern, text):
    regex = re.compile(pattern)
    chosen = list(range(1, len(text) + 1, 2))
    first = next((m.group() for pos in chosen if (m := regex.match(text, pos))), None)
    assert fastmatch.search_at(regex, text, chosen) == first


def test_kinds_uses_the_same_search():
    assert kinds_shortcuts.search_at is fastmatch.search_at
