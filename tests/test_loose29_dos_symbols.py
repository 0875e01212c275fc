"""(loose29) A DOS code page 850 file whose only bytes beyond ASCII are symbols ("©", "·", "×",
"»", "°"): read as Windows-1252 they came out as letters and lone accents ("¸ 2024", "Sport ú
News", "20øC", "3ž4"). Where such a byte stands where no letter of a word would, the file is read
as code page 850 and says so; a Windows-1252 file with those letters in words stays Windows-1252;
where the bytes are symbols either way ("©" is code page 850's "®"), the note says nothing tells
which."""

from __future__ import annotations

import json

import pytest

from xlplugin.cli import main
from xlplugin.inputs import read_file

# Written for these tests: English texts whose only characters beyond ASCII are symbols.
DOS_TEXTS = [
    "\u00a9 2026 Harwick Press. All rights reserved. The quarry will close in May, its owner said.",
    "Sport \u00b7 Weather \u00b7 Letters\nThe ferry timetable changes on Monday, the operator said.",
    "It was 31\u00b0C in the square at noon, the highest reading since records began, the office said.",
    "The new plots measure 12 \u00d7 30 metres and cost \u00a3400 a year, the allotment society said.",
    "Home \u00bb Local \u00bb Transport\nThe bypass opens to traffic next week, the county said.",
    "Prices rose \u00b10.5% a month; the bakery's loaf now costs \u00bd as much again as in 2020.",
    "Photo: R. Osei \u00a9 Harwick Courier \u00b7 Updated 14:05\nThe bridge reopened on Tuesday.",
]
# Windows-1252 texts with the same bytes as letters inside words, or symbols that read the same
WINDOWS_TEXTS = [
    "The f\u00fatbol club of San Jos\u00e9 signed a new coach on Friday, the club said.",
    "Ferries to \u00d8resund ports and to the island of \u00c6r\u00f8 leave every hour.",
    "The ni\u00f1os' choir sang at the ma\u00f1ana service, the parish newsletter said.",
    "Stra\u00dfe closures in M\u00fcnchen will last until the sch\u00f6ne Woche of June.",
    "The caf\u00e9 opens at 9 a.m.; \u201cwe\u2019re ready,\u201d the owner said \u2013 and it did.",
    "The \u0153uvre of the painter was shown at the mus\u00e9e in the spring.",
]
# Symbols in both readings: nothing tells which (Windows-1252 "©" is byte A9, "®" in code page 850)
EITHER_TEXTS = [
    "\u00a9 Harwick Press 2026. The quarry will close in May, its owner said.",
    "Harwick Courier\u00ae and its logo are trade marks of the Courier group.",
]


@pytest.mark.parametrize("text", DOS_TEXTS)
def test_a_dos_file_of_symbols_is_read_as_dos(tmp_path, text):
    (tmp_path / "dos.txt").write_bytes(text.encode("cp850"))
    doc = read_file(tmp_path / "dos.txt")
    assert doc.text == text
    assert doc.note.startswith("read as DOS code page 850 (the file is not UTF-8, and read as Windows-1252 its symbols")


@pytest.mark.parametrize("text", WINDOWS_TEXTS + DOS_TEXTS)
def test_windows_1252_files_stay_windows_1252(tmp_path, text):
    (tmp_path / "win.txt").write_bytes(text.encode("cp1252"))
    doc = read_file(tmp_path / "win.txt")
    assert doc.text == text
    assert doc.note.startswith("read as Windows-1252 (the file is not UTF-8")


@pytest.mark.parametrize("text", WINDOWS_TEXTS)
def test_windows_letters_keep_the_plain_note(tmp_path, text):
    (tmp_path / "win.txt").write_bytes(text.encode("cp1252"))
    assert read_file(tmp_path / "win.txt").note == "read as Windows-1252 (the file is not UTF-8)"


@pytest.mark.parametrize("text", EITHER_TEXTS)
def test_symbols_in_both_readings_say_nothing_tells_which(tmp_path, text):
    (tmp_path / "either.txt").write_bytes(text.encode("cp1252"))
    doc = read_file(tmp_path / "either.txt")
    assert doc.text == text
    assert doc.note.startswith("read as Windows-1252 (the file is not UTF-8; its \u201c")
    assert "in code page 850" in doc.note and "nothing in the file tells which" in doc.note


@pytest.mark.parametrize("text", DOS_TEXTS[:3])
def test_utf8_files_are_untouched(tmp_path, text):
    (tmp_path / "u.txt").write_bytes(text.encode("utf-8"))
    doc = read_file(tmp_path / "u.txt")
    assert doc.text == text and "code page" not in doc.note


def test_an_ms_dos_csv_of_symbols_is_scored_as_its_utf8_copy(tmp_path, capsys):
    tail = (" The council said the decision was final, according to its clerk, and would be reviewed next year by the "
            "planning committee after a public meeting.")
    rows = "".join(f'd{i},"{text}{tail}"\r\n' for i, text in enumerate(DOS_TEXTS[:4]))
    (tmp_path / "dos.csv").write_bytes(("id,text\r\n" + rows).encode("cp850"))
    (tmp_path / "utf8.csv").write_bytes(("id,text\r\n" + rows).encode("utf-8"))
    capsys.readouterr()
    main(["score", str(tmp_path / "dos.csv"), str(tmp_path / "utf8.csv"), "--json", "-q"])
    got = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    dos, utf8 = got[:4], got[4:]
    for a, b in zip(dos, utf8):
        assert a["text"] == b["text"] and a["reliability"] == b["reliability"]
        assert a["input_note"].startswith("read as DOS code page 850")
