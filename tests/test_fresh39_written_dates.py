"""(fresh39) A date written out in one of the languages whose column names are read (a German
sheet's "Datum" column holding "1. März 2026", a French one's "1er mars 2026") was "not a date (not
counted)": its row scored as having no publication date, its index lower than the same row's with
the date written 2026-03-01. Such dates are dates, in a date column and as a text cell's whole
content (`not text: a date`); a month name alone, a day that does not exist, or a name that holds a
month's word are not."""

from __future__ import annotations

import pytest

from xlplugin import cells
from xlplugin.inputs import Record, read_paths

ARTICLE = ("Der Stadtrat hat am Dienstag den Ausbau des Hafens beschlossen. The harbour board voted on Tuesday "
           "to extend the quay, according to minutes published by the clerk, and the work will start in spring.")


@pytest.mark.parametrize("written", [
    "1. März 2026", "Montag, 2. März 2026", "2. Mai 2026", "März 2026", "1. Jänner 2026",
    "1er mars 2026", "lundi 2 mars 2026", "2 mars 2026 10:30", "1 de marzo de 2026", "sábado 7 de marzo de 2026",
    "marzo de 2026", "1 marzo 2026", "1 de março de 2026", "1 maart 2026", "woensdag 4 maart 2026",
])
def test_dates_written_in_other_languages_are_dates(written):
    assert cells.given_date(written) == (written, None)
    assert cells.not_text_reason(written) == "not text: a date"


@pytest.mark.parametrize("written", ["32. März 2026", "Mars 2026 rover", "Mai Thai Restaurant 2026", "März", "1 Mai",
                                     "mars"])
def test_what_is_no_date_stays_no_date(written):
    assert cells.given_date(written)[0] == ""
    assert cells.not_text_reason(written) is None


def test_a_german_sheet_date_counts_as_the_iso_one_does(tmp_path):
    written = tmp_path / "de.csv"
    written.write_text(f'Nr;Titel;Datum;Quelle;Text\n1;Hafen;1. März 2026;Küstenblatt;"{ARTICLE}"\n', encoding="utf-8")
    iso = tmp_path / "iso.csv"
    iso.write_text(f'Nr;Titel;Datum;Quelle;Text\n1;Hafen;2026-03-01;Küstenblatt;"{ARTICLE}"\n', encoding="utf-8")
    [german] = read_paths([str(written)])
    [plain] = read_paths([str(iso)])
    assert isinstance(german, Record) and german.date == "1. März 2026"
    assert "not counted" not in german.note
    assert bool(german.date) == bool(plain.date)
