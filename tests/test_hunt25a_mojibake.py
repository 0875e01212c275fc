"""(hunt25a) Text garbled by a wrong encoding ("mojibake"), as people's tables hold it.

Excel opens a UTF-8 CSV file without a byte order mark as Windows-1252 (LibreOffice too, where
that is the character set its import dialog shows): every curly quote becomes "â€œ", every
apostrophe "â€™", every "é" "Ã©". Saved again, as .xlsx or .csv, the garbled characters are the
cells' text. They were scored as they were, with no word: the quotation marks were no quotation
marks, so a text quoting two named people lost its attributed quotes and named sources, and its
index moved by three points and more, confidently. They are now read as the characters they stand
for, and the Status says so; texts that merely hold such letters ("Gruß“", "NÃO") are left alone.
"""

from __future__ import annotations

import csv
import json

import openpyxl
import pytest

from xlplugin.cli import main

# Written for these tests: texts whose sources are quoted in curly quotes, with accents.
CLINIC = ("\u201cWe have no plans to close the clinic,\u201d said Maria Lopez, the hospital\u2019s chief executive, "
          "in a statement on Monday. The board\u2019s chair, Tom Reyes, told reporters: \u201cThe budget is balanced "
          "and the staff will stay.\u201d According to figures released by the county health department, visits rose "
          "12 percent last year.")
FERRY = ("\u201cThe new timetable starts in June,\u201d said Ren\u00e9e Dubois, the port authority\u2019s director, "
         "on Thursday. The operator\u2019s spokesman, Jo\u00e3o Silva, told the caf\u00e9 owners\u2019 association that "
         "\u201cfares will not rise this year.\u201d The harbour office published the full schedule online.")
LIBRARY = ("The library\u2019s director, Ann\u00e9 Kowalski, said the reading room would open on Sundays \u2014 "
           "\u201cfrom the first week of March\u201d \u2014 according to the council\u2019s minutes. Staff numbers will "
           "rise by four, paid from the arts budget, she told the board\u2019s monthly meeting.")
TEXTS = [CLINIC, FERRY, LIBRARY]


def _excel(text: str) -> str:
    """`text` as Excel shows a UTF-8 file it opened as Windows-1252 (an undefined byte as its C1 control)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8"))


def _libreoffice(text: str) -> str:
    """As LibreOffice shows it: an undefined byte as U+F100 plus the byte."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(0xF100 + b) for b in text.encode("utf-8"))


def _latin1(text: str) -> str:
    return text.encode("utf-8").decode("latin-1")


def _csv(path, rows: list[tuple[str, str]]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "text"])
        writer.writerows(rows)


def _score(capsys, *args: str) -> list[dict]:
    capsys.readouterr()
    main(["score", *map(str, args), "--json", "-q"])
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def _values(row: dict) -> dict:
    return {name: signal["value"] for name, signal in row["signals"].items()}


@pytest.mark.parametrize("garble", [_excel, _libreoffice, _latin1])
def test_garbled_cells_are_read_and_scored_as_the_text_they_stand_for(tmp_path, capsys, garble):
    _csv(tmp_path / "clean.csv", [(f"c{i}", text) for i, text in enumerate(TEXTS)])
    _csv(tmp_path / "garbled.csv", [(f"c{i}", garble(text)) for i, text in enumerate(TEXTS)])
    clean, garbled = _score(capsys, tmp_path / "clean.csv"), _score(capsys, tmp_path / "garbled.csv")
    for want, got in zip(clean, garbled):
        assert got["text"] == want["text"]
        assert got["reliability"] == want["reliability"] and _values(got) == _values(want)
        assert "garbled by a wrong encoding read as meant" in got["input_note"]
        assert want["input_note"] is None


def test_the_garbled_quotes_had_moved_the_scores():
    """What the repair is for: read as they are, the garbled quotes are no quotation marks."""
    from xlplugin.engine import score_text

    clean, garbled = score_text(CLINIC), score_text(_excel(CLINIC))
    assert clean.signals["provenance"].value > garbled.signals["provenance"].value


def test_a_workbook_of_garbled_cells_is_written_with_the_text_read(tmp_path, capsys):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["id", "text", "outlet"])
    for i, text in enumerate(TEXTS):
        sheet.append([f"w{i}", _libreoffice(text), "Harbour Gazette"])
    book.save(tmp_path / "in.xlsx")
    rows = _score(capsys, tmp_path / "in.xlsx")
    assert [row["text"] for row in rows] == TEXTS
    capsys.readouterr()
    main(["score", str(tmp_path / "in.xlsx"), "-o", str(tmp_path / "out.xlsx"), "-q"])
    out = openpyxl.load_workbook(tmp_path / "out.xlsx")["Documents"]
    headers = [c.value for c in out[1]]
    texts = [row[headers.index("text")].value for row in out.iter_rows(min_row=2)]
    # (book45) a reading note is in the Why, under what moved the index; the Status points to it
    whys = [row[headers.index("Why")].value for row in out.iter_rows(min_row=2)]
    statuses = [row[headers.index("Status")].value for row in out.iter_rows(min_row=2)]
    assert texts == TEXTS  # (the evidence offsets point into the text the cell shows)
    assert all("garbled by a wrong encoding" in why for why in whys)
    assert all(status == "scored (see note in Why)" for status in statuses)


def test_a_utf8_text_file_holding_garbled_text_is_read_as_meant(tmp_path, capsys):
    (tmp_path / "ferry.txt").write_text(_excel(FERRY), encoding="utf-8")
    (tmp_path / "clean.txt").write_text(FERRY, encoding="utf-8")
    got, want = _score(capsys, tmp_path / "ferry.txt", tmp_path / "clean.txt")
    assert got["text"] == FERRY and got["reliability"] == want["reliability"]
    assert "garbled by a wrong encoding" in got["input_note"]


@pytest.mark.parametrize("text", [
    "Er sagte \u201eGru\u00df\u201c und ging \u2014 die Stra\u00dfe war leer.",  # German quotes after ß
    "N\u00c3O \u00c9 BOM, disse o ministro \u00e0 imprensa em S\u00c3O PAULO.",  # Portuguese capitals
    "CAF\u00c9\u2026 and the r\u00e9sum\u00e9 \u00bb were na\u00efve \u2014 \u00ab\u00a0oui\u00a0\u00bb.",
    "The \u00c2ge of reason; \u00c3 alone; a price of \u00a35 and 10\u00b0C.",
    "Plain ASCII text with nothing to repair, said the clerk.",
    "Le ch\u00e2teau \u00e2g\u00e9 du th\u00e9\u00e2tre\u2026 une p\u00e2te \u00e2\u2026 \u00e2\u2013 fin.",  # French "â"
    "\u041f\u0440\u0438\u0432\u0435\u0442, \u043c\u0438\u0440 \u2014 \u0441\u043a\u0430\u0437\u0430\u043b \u043e\u043d.",
])
def test_text_that_merely_holds_such_letters_is_left_alone(text):
    from xlplugin.mojibake import repair_note, repaired

    assert repaired(text) == text and repair_note(text) == ""


@pytest.mark.parametrize("meant", [
    "\u0141\u00f3d\u017a and Gda\u0144sk, said the minister.",  # Polish (Latin Extended-A)
    "\u0218tefan \u021biriac a spus c\u0103 \u00eent\u00e2lnirea a fost bun\u0103.",  # Romanian
    "\u041f\u0440\u0438\u0432\u0435\u0442, \u043c\u0438\u0440, said the caption.",  # Cyrillic
    "Stocks fell 3% \U0001f4c9 on Friday, analysts said \u2122.",  # an emoji, a symbol
    "The \u00a0no-break\u00a0spaces and \u00a3 signs of a pasted page.",
    "Turnout was \u2265 60% \u2192 a record \u2713 said the clerk.",  # mathematical operators, arrows, dingbats
])
def test_other_scripts_and_symbols_are_read_back_too(meant):
    from xlplugin.mojibake import repair_note, repaired

    assert repaired(_excel(meant)) == meant
    assert repair_note(_excel(meant)).startswith(f"{sum(1 for c in meant if ord(c) > 127)} character")


def test_a_text_garbled_twice_is_read_back():
    from xlplugin.inputs import shown_text

    assert shown_text(_excel(_excel(FERRY))) == FERRY


def test_a_refresh_reads_a_garbled_cell_as_meant_and_says_so(tmp_path, capsys):
    """A workbook scored before (its text cell garbled, its scores of the garbled text): the
    refresh scores the text as meant, writes it into the cell and says why the cell changed."""
    from xlplugin.workbook import read_documents

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["id", "text"])
    sheet.append(["g1", _excel(CLINIC)])
    sheet.append(["g2", FERRY])
    book.save(tmp_path / "in.xlsx")
    capsys.readouterr()
    main(["score", str(tmp_path / "in.xlsx"), "-o", str(tmp_path / "book.xlsx"), "-q"])
    # the workbook as an earlier version wrote it: the garbled text in its cell
    scored = openpyxl.load_workbook(tmp_path / "book.xlsx")
    scored["Documents"]["B2"] = _excel(CLINIC)
    scored.save(tmp_path / "book.xlsx")
    capsys.readouterr()
    assert main(["refresh", str(tmp_path / "book.xlsx")]) == 0
    err = capsys.readouterr().err
    assert "characters garbled by a wrong encoding, read as meant" in err
    rows = [r for r in read_documents(tmp_path / "book.xlsx") if getattr(r, "id", "") == "g1"]
    assert rows[0].text == CLINIC
