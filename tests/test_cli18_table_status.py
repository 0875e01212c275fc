"""The terminal table's why / status (cli18). It was always cut at 90 characters ("..."), in a
wide terminal and in a pipe or a file too, and the notes on placeholders (url 'N/A', date 'NA')
came first: a row not scored never showed why. Now a cell is cut only to fit a terminal, and what
decides the row (why it was not scored; its Why) comes before the notes. Languages are named
("language German") in the table and in the XLP_* functions, as the workbook names them."""

from __future__ import annotations

import csv
import json
import re
import sys

import pytest

from xlplugin.cli import main
from xlplugin.excel import functions
from xlplugin.language import language_name

# Fresh texts written for these tests: three not in English, two in English (one loaded).
FOREIGN = {
    "de": "Der Gemeinderat hat am Dienstag beschlossen, dass die alte Schule im Herbst renoviert wird. "
          "Die Arbeiten kosten nach Angaben der Verwaltung rund drei Millionen Euro und dauern zwei Jahre.",
    "fr": "Le conseil municipal a décidé mardi que la vieille école sera rénovée cet automne. Selon la mairie, "
          "les travaux coûteront environ trois millions d'euros et dureront deux ans dans le quartier.",
    "es": "El ayuntamiento decidió el martes que la antigua escuela será renovada en otoño. Según la alcaldía, "
          "las obras costarán unos tres millones de euros y durarán dos años en todo el barrio.",
}
ENGLISH = {
    "calm": "The county library will open two hours later on Saturdays from March, the library board said "
            "in a notice on Friday. The change follows a survey of 400 readers, according to the board.",
    "loaded": "This shameless and disgraceful plan is a total scandal, and everyone knows the mayor is hiding "
              "the truth. Why does nobody ask who pockets the money? The whole thing is an outrageous insult.",
}
# Placeholders in the document's own columns: each counted as none, and said in the row's status.
PLACEHOLDERS = [("url", "N/A"), ("date", "NA"), ("author", "unknown"), ("outlet", "n/a")]


def _csv(tmp_path, texts, placeholders=PLACEHOLDERS):
    path = tmp_path / "in.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "text", *(name for name, _ in placeholders)])
        for key, text in texts.items():
            writer.writerow([key, text, *(value for _, value in placeholders)])
    return path


def _rows(out, texts):
    """{id: its line in the table} (a row's line starts with its id)."""
    lines = out.splitlines()
    return {key: next(line for line in lines if line.startswith(key + " ")) for key in texts}


@pytest.mark.parametrize("placeholders", [PLACEHOLDERS, PLACEHOLDERS[:2], PLACEHOLDERS[2:]])
def test_a_pipe_or_file_gets_every_status_whole_with_what_decides_first(tmp_path, capsys, monkeypatch, placeholders):
    monkeypatch.setenv("COLUMNS", "80")  # (set in a pipe all the same: not a terminal, nothing cut)
    texts = {**FOREIGN, **ENGLISH}
    assert main(["score", str(_csv(tmp_path, texts, placeholders)), "-q"]) == 0
    out = capsys.readouterr().out
    assert "…" not in out and "..." not in out
    rows = _rows(out, texts)
    for key, line in rows.items():
        notes = [f"column {name}: '{value}' is not" for name, value in placeholders]
        assert all(note in line for note in notes), (key, line)  # (every note: nothing cut)
        first_note = min(line.index(note) for note in notes)
        if key in FOREIGN:  # why it was not scored, in words, before the notes
            assert 0 <= line.find(f"not scored: language {language_name(key)}") < first_note, line
        else:  # the Why, before the notes
            assert 0 <= line.find(" points") < first_note or 0 <= line.find("no signal cost") < first_note, line


@pytest.mark.parametrize("columns", [100, 140])
def test_a_cut_status_in_a_terminal_still_says_why_a_row_was_not_scored(tmp_path, capsys, monkeypatch, columns):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setenv("COLUMNS", str(columns))
    assert main(["score", str(_csv(tmp_path, FOREIGN)), "-q"]) == 0
    out = capsys.readouterr().out
    assert all(len(line) < columns for line in out.splitlines())
    for key in FOREIGN:
        assert f"not scored: language {language_name(key)}" in out, out


def test_a_wide_terminal_shows_the_status_whole(tmp_path, capsys, monkeypatch):
    texts = {**FOREIGN, **ENGLISH}
    path = _csv(tmp_path, texts)
    assert main(["score", str(path), "-q"]) == 0
    piped = capsys.readouterr().out
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setenv("COLUMNS", "1000")
    assert main(["score", str(path), "-q"]) == 0
    wide = capsys.readouterr().out
    assert "…" not in wide and _rows(wide, texts) == _rows(piped, texts)
    assert all("column outlet: 'n/a' is not an outlet (not counted)" in line for line in _rows(wide, texts).values())


def test_no_language_is_named_by_its_code_where_a_person_reads_it(tmp_path, capsys):
    assert main(["score", str(_csv(tmp_path, FOREIGN, [])), "-q"]) == 0
    table = capsys.readouterr().out
    assert main(["score", str(_csv(tmp_path, FOREIGN, [])), "-q", "--json"]) == 0
    kept = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line]
    assert {row["language"] for row in kept} == set(FOREIGN)  # (--json keeps the codes)
    texts = [[text] for text in FOREIGN.values()]
    said = [table]
    said += [row[0] for row in functions.reliability(texts)]
    said += [row[0] for row in functions.signal("sentiment", texts)]
    said += [row[0] for row in functions.evidence(texts, "loaded")]
    code = re.compile(r"\b(language|mostly) (" + "|".join(FOREIGN) + r")\b")
    for text in said:
        assert isinstance(text, str) and not code.search(text), text
    for key in FOREIGN:
        name = language_name(key)
        assert sum(f"language {name} (most of its common words are {name})" in text for text in said) == 4, key
