"""Every way in gives the same answer (helper paths14): a refresh with no edit reads back the very
text scored (XML numeric references are `chr(n)`, never Windows-1252), offsets point into the text
each path shows, zero-width characters are shown as scored, a lone web address or number is refused
the same way everywhere, and JSON Lines never holds a raw line separator."""

from __future__ import annotations

import csv

import openpyxl

from xlplugin.cli import main
from xlplugin.workbook import layout, refresh_workbook
from xlplugin.xml_text import xml_unescape

BODY = ("The water board said on Tuesday that the pumping station would shut in April for a refit lasting "
        "five weeks. Farmers were told to draw from the canal instead, according to a letter from the "
        "board's engineer. \u201cWe have no spare pumps this year,\u201d the engineer said.")


def test_xml_unescape_is_xml_not_html():
    assert xml_unescape("a&#133;b&#x93;c&#147;") == "a\x85b\x93c\x93"
    assert xml_unescape("&amp;&lt;&gt;&quot;&apos;") == "&<>\"'"
    # names HTML knows and XML does not stay as written
    assert xml_unescape("&hellip; &nbsp;") == "&hellip; &nbsp;"


def _rows(book):
    ws = openpyxl.load_workbook(book)[layout.DOCUMENTS]
    values = list(ws.iter_rows(values_only=True))
    return [dict(zip(values[0], row)) for row in values[1:] if any(v is not None for v in row)]


def test_refresh_with_no_edit_keeps_c1_and_line_separator_texts_unchanged(tmp_path):
    odd = [chr(n) for n in range(0x80, 0xA0)] + ["\u2028"]
    table = tmp_path / "docs.csv"
    with table.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "text"])
        for n, ch in enumerate(odd):
            # the character inside a word, as a quote mark and as a line end
            writer.writerow([f"d{n}", BODY.replace("board's", f"board{ch}s").replace("\u201c", ch) + ch + "End."])
    book = tmp_path / "book.xlsx"
    assert main(["score", str(table), "-o", str(book), "-q"]) == 0
    before = _rows(book)
    summary = refresh_workbook(book)
    assert (summary.rescored, summary.unchanged, summary.failed) == (0, len(odd), 0)
    assert _rows(book) == before


# D2, D3: every path gives the text its evidence offsets point into, and shows what it scored

CRLF = ("The harbour board said on Friday that the ferry would stop in June.\r\n"
        "Critics called the decision an outrageous betrayal of the island.\r\n"
        "According to the board, about 900 people use the ferry each week.\r\n")
LONE_CR = CRLF.replace("\r\n", "\r")
ACCENTS = ("The cafe\u0301 owner said on Monday that the ferry would stop in June. Critics called the "
           "de\u0301cision an outrageous betrayal of the island, and 900 people are angry about it.")
ZERO_WIDTH = ("The board said on Friday that the ferry would stop in June.\u200b  Critics called the "
              "deci\u200bsion an outrageous betrayal, and more than\ufeff 900 people are angry about it.")
AWKWARD = {"crlf": CRLF, "cr": LONE_CR, "accents": ACCENTS, "zero_width": ZERO_WIDTH}


def _evidence_fits(text, evidence):
    """(signal, quoted words, text[start:end]) of each evidence item that does not fit `text`."""
    return [(signal, item["text"], text[item["start"]:item["end"]]) for signal, item in evidence
            if item["end"] > item["start"] and text[item["start"]:item["end"]] != item["text"]]


def _dict_evidence(data):
    return [(name, item) for name, signal in data["signals"].items() for item in signal["evidence"]]


def _checked(data):
    evidence = _dict_evidence(data)
    assert any(item["end"] > item["start"] for _, item in evidence)
    assert _evidence_fits(data["text"], evidence) == []
    assert "\u200b" not in data["text"] and "\ufeff" not in data["text"] and "\r" not in data["text"]


def test_score_text_and_score_many_give_the_text_the_offsets_point_into():
    import xlplugin

    for name, text in AWKWARD.items():
        _checked(xlplugin.score_text(text).as_dict())
    for result in xlplugin.score_many(list(AWKWARD.values()), workers=1):
        _checked(result.as_dict())
    # the zero-width space is a space in the text given, as it is scored: two words, "deci sion"
    assert "deci sion" in xlplugin.score_text(ZERO_WIDTH).text


def _awkward_csv(tmp_path):
    table = tmp_path / "docs.csv"
    with table.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "text"])
        for name, text in AWKWARD.items():
            writer.writerow([name, text])
    return table


def test_json_lines_text_fits_the_offsets_for_files_and_cells(tmp_path, capsys):
    import json

    folder = tmp_path / "files"
    folder.mkdir()
    for name, text in AWKWARD.items():
        (folder / f"{name}.txt").write_bytes(text.encode("utf-8"))
    for source in (folder, _awkward_csv(tmp_path)):
        assert main(["score", str(source), "--json"]) == 0
        lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert len(lines) == len(AWKWARD)
        for data in lines:
            _checked(data)


def test_workbook_text_cell_shows_the_zero_width_space_as_scored(tmp_path):
    book = tmp_path / "book.xlsx"
    assert main(["score", str(_awkward_csv(tmp_path)), "-o", str(book), "-q"]) == 0
    ws = openpyxl.load_workbook(book)[layout.DOCUMENTS]
    cells = [row[1] for row in ws.iter_rows(min_row=2, values_only=True) if row[0] == "zero_width"]
    assert cells and "deci sion" in cells[0] and "\u200b" not in cells[0]


def test_dask_output_has_the_scored_text_for_parquet_and_csv_in(tmp_path):
    import pandas as pd

    frame = pd.DataFrame({"id": list(AWKWARD), "text": list(AWKWARD.values())})
    frame.to_parquet(tmp_path / "in.parquet")
    frame.to_csv(tmp_path / "in.csv", index=False)
    for source in ("in.parquet", "in.csv"):
        out = tmp_path / f"out_{source.replace('.', '_')}"
        assert main(["score", str(tmp_path / source), "--text-column", "text", "--engine", "dask", "--workers", "1",
                     "-o", str(out), "-q"]) == 0
        rows = pd.read_parquet(out).to_dict("records")
        assert sorted(row["id"] for row in rows) == sorted(AWKWARD)
        for row in rows:
            evidence = [(item["signal"], item) for item in row["evidence"]]
            assert any(item["end"] > item["start"] for _, item in evidence)
            assert _evidence_fits(row["text"], evidence) == []
            assert "\u200b" not in row["text"] and "\r" not in row["text"]


def test_score_table_keeps_a_users_column_named_text_apart_from_the_scored_text():
    import pyarrow as pa

    from xlplugin.frame import score_table

    table = pa.table({"body": [CRLF], "text": ["my note"]})
    out = score_table(table, "body")
    assert out.column("text (yours)").to_pylist() == ["my note"]
    assert out.column("text").to_pylist() == [CRLF.replace("\r\n", "\n")]


# D5: a lone web address or number is refused in the same words on every path

def test_a_lone_address_or_number_is_refused_alike_on_every_path(tmp_path, capsys):
    import json

    import xlplugin
    from xlplugin.cells import WEB_ADDRESS, cell_to_text

    address, number = "https://news.example.com/2026/05/ferry-stops", "12,345.50"
    for value, words in ((address, WEB_ADDRESS), (number, "not text: a number")):
        assert cell_to_text(value) == (None, words)
        result = xlplugin.score_text(value)
        assert result.note == "not scored: " + words and result.reliability is None and result.kind == ""
        assert all(score.value is None for score in result.signals.values())
        [many] = list(xlplugin.score_many([value], workers=1))
        assert many.note == result.note
        file = tmp_path / f"{'address' if value == address else 'number'}.txt"
        file.write_text(value + "\n", encoding="utf-8")
        main(["score", str(file), "--json"])
        data = json.loads(capsys.readouterr().out)
        assert data["note"] == "not scored: " + words and data["reliability"] is None
    # a text that merely holds an address or numbers is scored
    assert xlplugin.score_text("The board said so on Friday: see " + address).language == "en"


# 6: JSON Lines hold no raw line separators

def test_json_lines_escape_unicode_line_breaks(tmp_path, capsys):
    import json

    # (hunt26b) a text reads the three as line ends ("\n", inputs.text_controls), so they are
    # looked for in a title cell, which keeps them as given
    title = "Harbour\u2028plan\u2029approved\x85today"
    table = tmp_path / "doc.csv"
    with table.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["id", "title", "text"], ["d1", title, BODY + "\u2028Next line."]])
    assert main(["score", str(table), "--json"]) == 0
    out = capsys.readouterr().out
    assert len(out.splitlines()) == 1
    assert "\\u2028" in out and "\\u2029" in out and "\\u0085" in out
    assert json.loads(out)["title"] == title
    assert json.loads(out)["text"] == BODY + "\nNext line."


# D4: scoring a workbook whose text cell was cut to fit it

def test_score_never_scores_a_cut_text_as_the_document(tmp_path, capsys):
    import json

    from xlplugin.cells import CUT_MARKER, CUT_TEXT
    from xlplugin.inputs import CUT_READ_NOTE

    whole = BODY * 4
    (tmp_path / "whole.txt").write_text(whole, encoding="utf-8")
    cut = BODY + CUT_MARKER.format(n=3 * len(BODY))
    book = tmp_path / "scored.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["id", "text", "file"])
    ws.append(["with_file", cut, "whole.txt"])
    ws.append(["no_file", cut, None])
    ws.append(["plain", BODY, None])
    wb.save(book)
    assert main(["score", str(book), "--json"]) == 2
    out, err = capsys.readouterr()
    lines = {data["id"]: data for data in map(json.loads, out.splitlines())}
    # the row naming its file: the whole text, read there, and said in its Status and the summary
    assert lines["with_file"]["text"] == whole and CUT_READ_NOTE in lines["with_file"]["input_note"]
    assert "1 row holds a text cut to fit its cell" in err
    # the row naming none: refused, never its cut words scored
    assert CUT_TEXT in lines["no_file"]["error"] and not lines["no_file"]["signals"]
    assert "not scored: id" in err and "the row is kept" in err and CUT_TEXT in err
    assert lines["plain"]["reliability"] is not None


def test_not_text_reasons_shortcuts_give_the_plain_rules_answer():
    """`not_text_reason` looks for a date only where one can start and takes the first word
    without splitting the text: the answers of the plain rule, on dates and on texts."""
    import itertools
    import re

    from xlplugin import cells

    days = ["", "Tue, ", "Tuesday ", "MON. ", "sun "]
    dates = ["2024-01-31 14:30", "2024/03/12", "12.03.2024", "12/03/24", "12 March 2024", "1st of May 2024",
             "March 12, 2024", "Tue, 12 Mar 2024 10:00:00 GMT", "March 2024", "SEPT 3 2025", "dec. 2020"]
    texts = [day + date for day, date in itertools.product(days, dates)]
    assert all(cells._written_date(text) for text in texts[:len(dates)])
    for text in texts + [BODY, CRLF, ACCENTS, "  https://a.example.org/x  www.b.example.com  ", "12,345.50"]:
        stripped = text.strip()
        if cells._written_date(stripped):
            assert cells._DATE_START_RE.match(stripped)
        assert cells._FIRST_WORD_RE.match(stripped).group() == stripped.split(None, 1)[0]
    words = re.findall(r"\S+", BODY)
    assert all(cells._FIRST_WORD_RE.match(w + "\u2003rest").group() == w for w in words)
