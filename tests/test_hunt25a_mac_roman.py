"""(hunt25a) Text files and CSV files in Mac Roman, as older Mac programs save them (Excel for
Mac's "CSV (Macintosh)", with a carriage return for a line end; TextEdit's "Western (Mac OS
Roman)").

A file that is not UTF-8 was read as Windows-1252, whatever it was: a Mac's curly quotes and
apostrophes came out as "Ò", "Ó" and "Õ" ("donÕt", "ÒWe will stayÓ"), its "é" as "Ž", so the
quotation marks were no quotation marks and the scores moved with no word but "read as
Windows-1252". Such a file is now read as Mac Roman, and says so; a Windows-1252 file stays one.
"""

from __future__ import annotations

import json

import pytest

from xlplugin.cli import main
from xlplugin.inputs import read_file

# Written for these tests.
HALL = ("\u201cWe won\u2019t close the hall this winter,\u201d said Clara Jensen, the council\u2019s leisure officer, "
        "on Tuesday. The caf\u00e9 beside it will stay open too, she told the town\u2019s residents\u2019 association, "
        "according to the minutes of its meeting.")
BRIDGE = ("The bridge\u2019s repairs will take six weeks, the engineer said. \u201cIt\u2019s safe for cars, but not "
          "for lorries,\u201d she told reporters \u2014 a na\u00efve hope, critics said, as the d\u00e9tour adds "
          "twenty minutes.")
MARKET = ("Stallholders at the Saturday market don\u2019t expect the new fees to last, their spokesman said. "
          "\u201cThe council\u2019s plan is a first draft,\u201d he said.")


@pytest.mark.parametrize("text", [HALL, BRIDGE, MARKET])
def test_a_mac_roman_text_file_is_read_as_mac_roman(tmp_path, text):
    (tmp_path / "mac.txt").write_bytes(text.encode("mac_roman"))
    doc = read_file(tmp_path / "mac.txt")
    assert doc.text == text
    assert doc.note.startswith("read as Mac Roman (the file is not UTF-8")


def test_a_mac_csv_is_scored_as_its_utf8_copy(tmp_path, capsys):
    rows = "".join(f'm{i},"{text}"\r' for i, text in enumerate([HALL, BRIDGE, MARKET]))
    (tmp_path / "mac.csv").write_bytes(("id,text\r" + rows).encode("mac_roman"))
    (tmp_path / "utf8.csv").write_bytes(("id,text\r" + rows).encode("utf-8"))
    capsys.readouterr()
    main(["score", str(tmp_path / "mac.csv"), str(tmp_path / "utf8.csv"), "--json", "-q"])
    got = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    mac, utf8 = got[:3], got[3:]
    for a, b in zip(mac, utf8):
        assert a["text"] == b["text"] and a["reliability"] == b["reliability"]
        assert {k: v["value"] for k, v in a["signals"].items()} == {k: v["value"] for k, v in b["signals"].items()}
        assert a["input_note"].startswith("read as Mac Roman")


@pytest.mark.parametrize("text", [
    HALL, BRIDGE, MARKET,  # curly quotes, dashes and accents, as Windows saves them
    "The Acme Widget\u2122 costs \u20ac5\u2026 said the firm\u2019s r\u00e9sum\u00e9 of its \u00abbest\u00bb year\u00b9.",
    "El ministro dijo \u00abno habr\u00e1 cambios\u00bb y la se\u00f1ora Mu\u00f1oz asinti\u00f3.",
    "Die Stra\u00dfe \u00fcber dem Flu\u00df wird gesperrt, sagte der B\u00fcrgermeister \u2013 \u201ebis M\u00e4rz\u201c.",
    "Plain words with one apostrophe\u2019s mark and a dash \u2014 nothing else.",
    "Der Rat sagte \u2039nein\u203a und \u00abdanke\u00bb \u2014 die Sitzung endete um 5\u2030 vor Mitternacht.",
])
def test_a_windows_1252_file_stays_windows_1252(tmp_path, text):
    (tmp_path / "win.txt").write_bytes(text.encode("cp1252"))
    doc = read_file(tmp_path / "win.txt")
    assert doc.text == text and doc.note == "read as Windows-1252 (the file is not UTF-8)"


@pytest.mark.parametrize("text", [
    "M\u00fcller sagte, die Stra\u00dfe sei sch\u00f6n und gr\u00fcn, und \u00e4ndern werde sich nichts.",
    "Le caf\u00e9 fran\u00e7ais \u00e0 c\u00f4t\u00e9 du th\u00e9\u00e2tre a ferm\u00e9, dit le ma\u00eetre.",
])
def test_a_dos_code_page_file_is_not_called_mac_roman(tmp_path, text):
    """Excel's "CSV (MS-DOS)" (code page 850): not Mac Roman, whose name would be a wrong word."""
    (tmp_path / "dos.txt").write_bytes(text.encode("cp850"))
    assert "Mac Roman" not in read_file(tmp_path / "dos.txt").note
