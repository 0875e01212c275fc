"""(hunt31) A table headed in German, French, Spanish, Italian, Portuguese or Dutch ("Titel, Datum,
Quelle, Autor, Text"; "Titre, Date, Source, Auteur, Texte") is read as its English twin: its
title, outlet, date and author were left out (a German table, its provenance points lost with no
word), or the table was refused for having no text column (French, Spanish, Italian). Near
misses: English tables read as before, and a "data" column of an English table is no date."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from xlplugin.cli import main
from xlplugin.inputs import read_paths

BODY = ("The harbour board voted on Thursday to dredge the east channel, its chair, Nadia Kovac, said. The work "
        "will cost about two million pounds and take six weeks, according to the board's published plan.")

HEADERS = {
    "german": ["Titel", "Datum", "Quelle", "Autor", "Text"],
    "german_inhalt": ["Überschrift", "Erscheinungsdatum", "Zeitung", "Verfasser", "Inhalt"],
    "french": ["Titre", "Date", "Source", "Auteur", "Texte"],
    "french_contenu": ["titre", "date de publication", "source", "auteur", "contenu"],
    "spanish": ["Título", "Fecha", "Fuente", "Autor", "Texto"],
    "spanish_plain": ["Titulo", "Fecha", "Periodico", "Autor", "Contenido"],
    "italian": ["Titolo", "Data", "Fonte", "Autore", "Testo"],
    "portuguese": ["Título", "Data", "Fonte", "Autor", "Conteúdo"],
    "dutch": ["Titel", "Datum", "Bron", "Auteur", "Tekst"],
}


def _table(tmp_path: Path, name: str, headers: list[str], rows: list[list[str]]) -> Path:
    path = tmp_path / f"{name}.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


@pytest.mark.parametrize("language", sorted(HEADERS))
def test_a_table_headed_in_another_european_language_is_read_by_its_columns(tmp_path, language):
    path = _table(tmp_path, language, HEADERS[language], [["Dredging approved", "2026-03-05", "Harbour Post", "Ines Varga", BODY]])
    (record,) = list(read_paths([str(path)]))
    assert record.text == BODY
    assert (record.title, record.date, record.outlet, record.author) == ("Dredging approved", "2026-03-05", "Harbour Post",
                                                                         "Ines Varga")


def test_the_foreign_headed_table_scores_as_its_english_twin(tmp_path, capsys):
    row = ["Dredging approved", "2026-03-05", "Harbour Post", "Ines Varga", BODY]
    english = _table(tmp_path, "english", ["Title", "Date", "Outlet", "Author", "Text"], [row])
    german = _table(tmp_path, "german", HEADERS["german"], [row])
    spanish = _table(tmp_path, "spanish", HEADERS["spanish"], [row])
    results = []
    for path in (english, german, spanish):
        assert main(["score", str(path), "--json", "-q"]) == 0
        results.append(json.loads(capsys.readouterr().out.splitlines()[0]))
    assert results[0]["reliability"] == results[1]["reliability"] == results[2]["reliability"]
    assert results[0]["signals"]["provenance"]["value"] == results[1]["signals"]["provenance"]["value"]


def test_near_miss_an_english_data_column_is_no_date(tmp_path):
    path = _table(tmp_path, "survey", ["id", "data", "text"], [["1", "yes", BODY], ["2", "raw", BODY]])
    records = list(read_paths([str(path)]))
    assert [r.date for r in records] == ["", ""]
    assert records[0].columns["data"] == "yes"


def test_near_miss_english_names_are_read_first(tmp_path):
    """A table with both an English and a foreign name for one field reads the English one."""
    path = _table(tmp_path, "both", ["title", "Titel", "text", "Texte"], [["English title", "Deutscher Titel", BODY, "x"]])
    (record,) = list(read_paths([str(path)]))
    assert record.title == "English title" and record.text == BODY
