"""(loose28) A DOS code page 850 file whose only byte beyond ASCII is a no-break space.

Code page 850 (Excel's "CSV (MS-DOS)") writes a no-break space as byte FF, which Windows-1252
reads as "ÿ". loose26's rule reads a file as code page 850 by its accents; a file with none, only
no-break spaces ("120 m", "Mr Hale", "3 May"), stayed Windows-1252: "120ÿm", "MrÿHale", its words
glued to a letter no English word has. Where every FF stands where a space would (after a digit
or a mark, before a digit or a capital), the file is read as code page 850 and says so; "ÿ" as a
letter of a name ("Moÿse", "Louÿs", "Aÿ") stays Windows-1252; a file with both is left
Windows-1252 with a note that says the byte cannot be told.
"""

from __future__ import annotations

import json

import pytest

from xlplugin.cli import main
from xlplugin.inputs import read_file

NBSP = "\u00a0"
# Written for these tests: English texts whose only characters beyond ASCII are no-break spaces.
DOS_TEXTS = [
    f"The new footbridge is 120{NBSP}m long and opens on 3{NBSP}May, Mr{NBSP}Hale told the council.",
    f"Ticket sales rose 12{NBSP}% in the first quarter, the theatre said on Monday.",
    f"Dr{NBSP}Amara Osei will chair the inquiry, which reports in June{NBSP}2027.",
    f"The ferry carries 400{NBSP}passengers and 60{NBSP}cars; crossings take 45{NBSP}minutes.",
    f"Section{NBSP}4 of the plan, page{NBSP}12, sets the limit at 30{NBSP}mph near schools.",
    f"Was it worth it{NBSP}? The council thinks so{NBSP}! Residents are less sure.",
    f"Prices start at \u00a34{NBSP}million, the agent said (\u00a32{NBSP}million for flats).",
]
# Windows-1252 texts with "ÿ" as a letter of a name, and other Windows texts: they stay Windows-1252.
WINDOWS_TEXTS = [
    "The painter Mo\u00ffse Kisling lived in Paris for most of his life.",
    "Pierre Lou\u00ffs wrote the poems in 1894, the museum's guide says.",
    "The growers of A\u00ff-Champagne met on Tuesday to set this year's prices.",
    "Buses to L'Ha\u00ff-les-Roses run every ten minutes, the operator said.",
    "The letters were found in the archive of the Duc de Cro\u00ff.",
    "The caf\u00e9 opens at 9 a.m.; \u201cwe\u2019re ready,\u201d the owner said.",
    f"Le ma\u00eetre a dit{NBSP}: la r\u00e9union aura lieu en ao\u00fbt.",
]


@pytest.mark.parametrize("text", DOS_TEXTS)
def test_a_dos_file_whose_only_special_byte_is_a_no_break_space_is_read_as_dos(tmp_path, text):
    (tmp_path / "dos.txt").write_bytes(text.encode("cp850"))
    doc = read_file(tmp_path / "dos.txt")
    assert doc.text == text and "\u00ff" not in doc.text
    assert doc.note.startswith("read as DOS code page 850 (the file is not UTF-8, and its byte FF stands where a space")


@pytest.mark.parametrize("text", WINDOWS_TEXTS)
def test_windows_1252_files_stay_windows_1252(tmp_path, text):
    (tmp_path / "win.txt").write_bytes(text.encode("cp1252"))
    doc = read_file(tmp_path / "win.txt")
    assert doc.text == text and doc.note == "read as Windows-1252 (the file is not UTF-8)"


@pytest.mark.parametrize("text", [
    "Mo\u00ffse Kisling's portrait sold for 3\u00ffmillion at the auction.",  # (a name's letter, then a space's place)
    "The caf\u00e9 is 200\u00ffm from the station.",  # (a space's place, with Windows-1252's "é")
    "Pierre Lou\u00ffs, Mr\u00ffHale said, wrote them.",
])
def test_a_file_that_cannot_be_told_says_so(tmp_path, text):
    """Byte FF both as a letter and as a space, or as a space beside Windows-1252's accents."""
    (tmp_path / "both.txt").write_bytes(text.encode("cp1252"))
    doc = read_file(tmp_path / "both.txt")
    assert doc.text == text
    assert doc.note.startswith("read as Windows-1252 (the file is not UTF-8; its \u201c\u00ff\u201d (byte FF) may be a no-break")
    assert "nothing in the file tells which" in doc.note


def test_an_ms_dos_csv_with_no_break_spaces_is_scored_as_its_utf8_copy(tmp_path, capsys):
    tail = (" The council said the decision was final, according to its clerk, and would be reviewed next year by the "
            "planning committee after a public meeting.")
    rows = "".join(f'd{i},"{text}{tail}"\r\n' for i, text in enumerate(DOS_TEXTS[:3]))
    (tmp_path / "dos.csv").write_bytes(("id,text\r\n" + rows).encode("cp850"))
    (tmp_path / "utf8.csv").write_bytes(("id,text\r\n" + rows).encode("utf-8"))
    capsys.readouterr()
    main(["score", str(tmp_path / "dos.csv"), str(tmp_path / "utf8.csv"), "--json", "-q"])
    got = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    dos, utf8 = got[:3], got[3:]
    for a, b in zip(dos, utf8):
        assert a["text"] == b["text"] and a["reliability"] == b["reliability"]
        assert a["input_note"].startswith("read as DOS code page 850")
