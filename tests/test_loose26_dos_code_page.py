"""(loose26) Text and CSV files in DOS code page 850 (Excel's "CSV (MS-DOS)", programs of the
Windows command line) were read as Windows-1252: "Müller" came out as "M�ller", "schön" as
"sch”n", "café" as "caf‚", and the note said only "read as Windows-1252". Such a file is now read
as code page 850, and says so; a Windows-1252 file and a Mac Roman file stay as they were."""

from __future__ import annotations

import json

import pytest

from xlplugin.cli import main
from xlplugin.inputs import read_file

# Written for these tests.
DOS_TEXTS = [
    "M\u00fcller sagte, die Br\u00fccke sei sch\u00f6n, aber die Stra\u00dfe m\u00fcsse im M\u00e4rz gesperrt werden.",
    "Le caf\u00e9 pr\u00e8s de la gare a rouvert, a d\u00e9clar\u00e9 le ma\u00eetre d'h\u00f4tel \u00e0 la presse locale.",
    "El se\u00f1or Mu\u00f1oz dijo que la reuni\u00f3n del comit\u00e9 ser\u00e1 el mi\u00e9rcoles en la biblioteca.",
    "The caf\u00e9 owner, J\u00fcrgen Sch\u00e4fer, said the na\u00efve plan to widen the road would cost the "
    "town its market.",
    "Bj\u00f6rk and S\u00f8ren met in G\u00f6teborg, the f\u00e6rry's captain said, before the \u00e5rlig meeting.",
    "Der K\u00f6nig sagte, das Schloss sei sch\u00f6n und gro\u00df.",  # (only an "ö" inside a word: "sch”n")
]
# Texts that are Windows-1252 and must stay so (quotes, dashes, accents after lowercase letters,
# a no-break space before a colon, "û" and "ü" as Windows writes them).
WINDOWS_TEXTS = [
    "\u201cWe won\u2019t sell the hall,\u201d said the mayor \u2014 a na\u00efve hope, critics said\u2026",
    "Le ma\u00eetre a dit\u00a0: \u00ab\u00a0c\u2019est s\u00fbr, la r\u00e9union aura lieu en ao\u00fbt\u00a0\u00bb.",
    "Die Stra\u00dfe \u00fcber dem Flu\u00df wird gesperrt, sagte der B\u00fcrgermeister \u2013 \u201ebis M\u00e4rz\u201c.",
    "The firm\u2019s r\u00e9sum\u00e9 lists \u20ac5 m in sales\u2122 and a caf\u00e9\u00b9 in S\u00e3o Paulo.",
]


@pytest.mark.parametrize("text", DOS_TEXTS)
def test_a_dos_code_page_text_file_is_read_as_such(tmp_path, text):
    (tmp_path / "dos.txt").write_bytes(text.encode("cp850"))
    doc = read_file(tmp_path / "dos.txt")
    assert doc.text == text
    assert doc.note.startswith("read as DOS code page 850 (the file is not UTF-8")


@pytest.mark.parametrize("text", WINDOWS_TEXTS)
def test_a_windows_1252_file_stays_windows_1252(tmp_path, text):
    (tmp_path / "win.txt").write_bytes(text.encode("cp1252"))
    doc = read_file(tmp_path / "win.txt")
    assert doc.text == text and doc.note == "read as Windows-1252 (the file is not UTF-8)"


@pytest.mark.parametrize("text", [
    "\u201cWe won\u2019t close the caf\u00e9,\u201d she said \u2014 a na\u00efve hope.",
    "The bridge\u2019s repairs take six weeks, the engineer said; the d\u00e9tour adds ten minutes.",
])
def test_a_mac_roman_file_stays_mac_roman(tmp_path, text):
    (tmp_path / "mac.txt").write_bytes(text.encode("mac_roman"))
    assert read_file(tmp_path / "mac.txt").note.startswith("read as Mac Roman")


def test_an_ms_dos_csv_is_scored_as_its_utf8_copy(tmp_path, capsys):
    texts = [t + " The council said the decision was final, according to its clerk, and would be reviewed next "
             "year by the planning committee." for t in DOS_TEXTS[3:4] + DOS_TEXTS[:1]]
    rows = "".join(f'd{i},"{text}"\r\n' for i, text in enumerate(texts))
    (tmp_path / "dos.csv").write_bytes(("id,text\r\n" + rows).encode("cp850"))
    (tmp_path / "utf8.csv").write_bytes(("id,text\r\n" + rows).encode("utf-8"))
    capsys.readouterr()
    main(["score", str(tmp_path / "dos.csv"), str(tmp_path / "utf8.csv"), "--json", "-q"])
    got = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    dos, utf8 = got[:2], got[2:]
    for a, b in zip(dos, utf8):
        assert a["text"] == b["text"] and a["reliability"] == b["reliability"]
        assert a["input_note"].startswith("read as DOS code page 850")
