"""(cells33) Spreadsheet error values and "no value" placeholders of every language read are no value.

A German sheet's CSV export holds "#NV" where an English one holds "#N/A"; a French one "#VALEUR!",
LibreOffice "Err:502"; a German form "k. A." or "n. v.", a French one "inconnu" or "n/d". In an
outlet or author column each was read as a name: "named outlet: found", no "no author" cost (a
provenance 12 points higher), and `--by-outlet` ranked "#NV" as an outlet. Every error value of
Excel's documented lists (German, French, Spanish, Italian, Portuguese, Dutch), LibreOffice's
"Err:NNN", a formula written as text, a localised TRUE/FALSE and the localised placeholders are now
no value in every metadata column, said in the row's note; in the text column each is named as
what it is. Near-misses stay names: "Unknown Pleasures Zine", "Mediahuis N.V.", a person's
initials "K. A.", "Vero", "Faux Pas Weekly". Every text here is written for these tests.
"""

from __future__ import annotations

import csv
import json

import openpyxl
import pytest

import xlplugin
from xlplugin import cells
from xlplugin.cli import main
from xlplugin.excel import functions as f

# A calm report long enough for an index, naming no outlet or author in its text.
REPORT = (
    "The water board in Tilsby said on Monday that it would replace forty metres of the main under "
    "Quarry Lane after a burst flooded three cellars last week. Engineers found that the cast iron "
    "pipe had cracked along a seam laid in 1931, the board's operations manager Rhian Doyle said. "
    "The work will close the lane to traffic for nine days from the first of next month, according "
    "to a notice sent to residents, and a temporary supply will serve the twelve houses on the lane."
)

ERRORS = ["#NV", "#WERT!", "#BEZUG!", "#ZAHL!", "#NOM?", "#VALEUR!", "#NOMBRE!", "#NUL!", "#N/D", "#\u00a1VALOR!",
          "#\u00bfNOMBRE?", "#VALORE!", "#RIF!", "#NULLO!", "#N\u00daM!", "#NULO!", "#WAARDE!", "#VERW!", "#N/B",
          "#DEEL/0!", "#LEEG!", "#DATEN_ABRUFEN", "Err:502", "Err:504", "Err:522", "#nv", " #WERT! "]
PLACEHOLDERS = ["k. A.", "k.A.", "o. A.", "n. v.", "n.v.", "s. o.", "n/d", "N/D", "s/d", "n.v.t.", "n.b.", "unbekannt",
                "Keine Angabe", "inconnu", "Inconnue", "non renseign\u00e9", "desconocido", "sconosciuto",
                "desconhecido", "onbekend", "(n/d)", "[k. A.]"]
LOGICAL = ["WAHR", "FALSCH", "VRAI", "FAUX", "VERDADERO", "FALSO", "VERO", "VERDADEIRO", "WAAR", "ONWAAR"]
FORMULAS = ["=SUMME(A1:A3)", "=SVERWEIS(A2;Quellen!A:B;2;FALSCH)", "=A2&\" \"&B2", "=RECHERCHEV(B4;Feuil2!A:C;3;0)",
            "=$B$2*C7", "=WENN(B2>0;\"ja\";\"nein\")", "=1+2"]
# Names that hold such a word or look like one, and stay names.
NAMES = ["Unknown Pleasures Zine", "Mediahuis N.V.", "K. A. Lindqvist", "K. A.", "N.V.", "Vero", "Faux Pas Weekly",
         "Inconnu Records Review", "Err Magazine", "#1 Tilsby News", "The Wahr Report", "Onbekend Terrein"]
WHAT = {"outlet": "an outlet", "author": "an author", "title": "a title", "url": "a web address", "date": "a date"}


@pytest.mark.parametrize("field", sorted(WHAT))
@pytest.mark.parametrize("value", ERRORS)
def test_an_error_value_of_any_language_is_no_value_of_any_field_and_is_named(field, value):
    given, why = cells.given_meta(field, value)
    assert given == ""
    assert why == f"{value.strip()!r} is a spreadsheet error value (a formula that failed), not {WHAT[field]}"


@pytest.mark.parametrize("field", ["outlet", "author", "title", "url"])
@pytest.mark.parametrize("value", PLACEHOLDERS)
def test_a_localised_placeholder_is_no_value(field, value):
    assert cells.given_meta(field, value) == ("", f"{value!r} is not {WHAT[field]}")


@pytest.mark.parametrize("field", ["outlet", "author", "url"])
@pytest.mark.parametrize("value", LOGICAL)
def test_a_localised_true_or_false_names_no_one(field, value):
    assert cells.given_meta(field, value) == ("", f"{value!r} is not {WHAT[field]}")


@pytest.mark.parametrize("field", ["outlet", "author", "title"])
@pytest.mark.parametrize("value", FORMULAS)
def test_a_formula_written_as_text_is_no_value(field, value):
    given, why = cells.given_meta(field, value)
    assert given == "" and why.endswith(f"is a formula written as text (not its value), not {WHAT[field]}")


@pytest.mark.parametrize("field", ["outlet", "author"])
@pytest.mark.parametrize("value", NAMES)
def test_a_name_that_only_holds_such_a_word_is_a_name(field, value):
    """Near-misses: a name holding "Unknown" or "N.V.", a person's initials in capitals (a German
    "k. A." is written with a small k), a word that is a logical value only in capitals."""
    assert cells.given_meta(field, value) == (value, None)


@pytest.mark.parametrize("value", ["Vero", "Faux Pas Weekly", "The Wahr Report"])
def test_a_title_is_still_a_title(value):
    assert cells.given_meta("title", value) == (value, None)


# The text column: each is named as what it is, not "language not known".
@pytest.mark.parametrize("value", [v for v in ERRORS if v.strip() != "#nv"])
def test_an_error_value_in_the_text_column_is_named(value):
    assert cells.cell_to_text(value) == (None, cells.error_value_message(value.strip()))
    assert xlplugin.score_text(value).note == "not scored: " + cells.error_value_message(value.strip())


@pytest.mark.parametrize("value", LOGICAL)
def test_a_localised_true_or_false_in_the_text_column_is_not_text(value):
    assert cells.cell_to_text(value) == (None, f"not text: {value}, a TRUE/FALSE value")


@pytest.mark.parametrize("value", FORMULAS)
def test_a_formula_in_the_text_column_is_named_as_a_formulas_text(value):
    text, why = cells.cell_to_text(value)
    assert text is None and why.startswith(f"not text: {value}, a formula's text, not its value")
    assert "formula's text" in xlplugin.score_text(value).note


@pytest.mark.parametrize("value", ["k. A.", "n. v.", "n/d", "s/d", "n.v.t."])
def test_a_localised_placeholder_in_the_text_column_is_not_text(value):
    assert cells.cell_to_text(value) == (None, f"not text: {value}, a placeholder for no value")


@pytest.mark.parametrize("value", [
    "= the council said on Monday that the lane would reopen next week after the repair of the main",
    "=) thanks to everyone who came to the meeting about the lane on Monday night",
    "==== Quarry Lane ====\nThe lane will close for nine days from Monday while the main is replaced.",
    "Errata: the lane closes on the first, not the third, of next month, the water board said.",
    "#WERT! is what the board's spreadsheet showed, its manager said, before the figures were fixed.",
])
def test_a_text_that_opens_like_one_is_still_text(value):
    assert cells.cell_to_text(value) == (value, None)


def test_score_text_with_an_error_value_or_a_placeholder_scores_as_with_none():
    none = xlplugin.score_text(REPORT)
    named = xlplugin.score_text(REPORT, outlet="Tilsby Courier", author="Ann Lee")
    assert named.signals["provenance"].value > none.signals["provenance"].value  # (the check can tell them apart)
    for value in ("#NV", "Err:502", "k. A.", "inconnu", "WAHR", "=SVERWEIS(A2;B:C;2;0)"):
        got = xlplugin.score_text(REPORT, outlet=value, author=value, url=value)
        assert (got.outlet, got.author, got.url) == ("", "", ""), value
        assert got.reliability == none.reliability, value
        assert got.signals["provenance"].value == none.signals["provenance"].value, value
        assert f"outlet: {value!r} " in got.note, got.note


def _german_csv(path, rows):
    """A German Excel's CSV export: a byte order mark, ";" between cells, German headers."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["id", "Titel", "Text", "Quelle", "Autor"])
        writer.writerows(rows)


def _json_rows(capsys, args):
    capsys.readouterr()
    main([*args, "--json", "-q"])
    return {row["id"]: row for row in map(json.loads, capsys.readouterr().out.splitlines())}


def test_a_german_csv_with_error_values_scores_as_with_no_outlet_and_says_so(tmp_path, capsys):
    path = tmp_path / "quellen.csv"
    _german_csv(path, [["a", "Lane closed", REPORT, "#NV", "#NV"], ["b", "Lane closed", REPORT, "#WERT!", "k. A."],
                       ["c", "Lane closed", REPORT, "Err:502", "n. v."], ["d", "Lane closed", REPORT, "", ""],
                       ["e", "Lane closed", REPORT, "Tilsby Courier", "Ann Lee"]])
    rows = _json_rows(capsys, ["score", str(path)])
    for key in "abc":
        assert not rows[key]["outlet"] and not rows[key]["author"], rows[key]
        assert rows[key]["reliability"] == rows["d"]["reliability"], key
        assert rows[key]["signals"]["provenance"]["value"] == rows["d"]["signals"]["provenance"]["value"], key
    assert rows["e"]["signals"]["provenance"]["value"] > rows["d"]["signals"]["provenance"]["value"]
    assert "column Quelle: '#NV' is a spreadsheet error value (a formula that failed), not an outlet (not counted)" \
        in rows["a"]["input_note"]
    assert "column Autor: 'k. A.' is not an author (not counted)" in rows["b"]["input_note"]


def test_by_outlet_ranks_no_error_value_as_an_outlet(tmp_path, capsys):
    path = tmp_path / "quellen.csv"
    _german_csv(path, [[str(i), "Lane closed", REPORT, outlet, ""] for i, outlet in
                       enumerate(["#NV", "#NV", "#WERT!", "#BEZUG!", "Err:502", "inconnu", "Tilsby Courier"])])
    capsys.readouterr()
    main(["score", str(path), "--by-outlet"])
    out = capsys.readouterr().out
    assert "tilsby courier" in out.lower()
    for written in ("#nv", "#wert!", "#bezug!", "err:502", "inconnu"):
        assert written not in out.lower(), out


def test_a_workbook_and_a_pandas_table_read_them_as_the_csv_does(tmp_path, capsys):
    pd = pytest.importorskip("pandas")
    from xlplugin.frame import score_pandas

    values = ["#VALEUR!", "Err:511", "n/d", "FAUX", "Tilsby Courier"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["id", "text", "outlet", "author"])
    for i, value in enumerate(values):
        ws.append([f"w{i}", REPORT, value, value])
    book = tmp_path / "book.xlsx"
    wb.save(book)
    rows = _json_rows(capsys, ["score", str(book)])
    table = score_pandas(pd.DataFrame({"id": [f"w{i}" for i in range(len(values))], "text": [REPORT] * len(values),
                                       "outlet": values, "author": values}))
    none = xlplugin.score_text(REPORT).reliability
    assert [rows[f"w{i}"]["reliability"] for i in range(len(values))] == list(table["reliability"])
    assert list(table["reliability"])[:4] == [none] * 4
    assert list(table["reliability"])[4] > none
    assert "'#VALEUR!' is a spreadsheet error value" in rows["w0"]["input_note"]


def test_the_excel_functions_read_them_as_score_does():
    assert f.provenance(REPORT, outlet="k. A.", author="inconnu") == f.provenance(REPORT)
    assert f.provenance(REPORT, outlet="WAHR") == f.provenance(REPORT)
    assert f.provenance(REPORT, outlet="Tilsby Courier") > f.provenance(REPORT)
    # an error value in an argument is said, as #N/A is, never scored as a name (inputs48: not counted,
    # the text scored, as `xlplugin score` counts the cell)
    for value in ("#NV", "#VALEUR!", "Err:502"):
        assert f.reliability(REPORT, outlet=value) == f.reliability(REPORT)
        assert f"outlet: {value!r} is a spreadsheet error value" in f.scores(REPORT, False, None, None, value)[0][-1]
    assert f.reliability("#WERT!") == cells.error_value_message("#WERT!")


def _book_rows(book):
    from xlplugin.workbook import layout

    ws = openpyxl.load_workbook(book, read_only=True)[layout.DOCUMENTS]
    rows = list(ws.iter_rows(values_only=True))
    return {row[0]: dict(zip(rows[0], row)) for row in rows[1:] if row[0] is not None}


def test_a_refresh_reads_an_outlet_edited_to_an_error_value_as_none(tmp_path):
    from xlplugin.workbook import layout

    table = tmp_path / "docs.csv"
    with table.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["id", "text", "outlet", "author"], ["r1", REPORT, "Tilsby Courier", "Ann Lee"],
                                      ["r2", REPORT, "", ""]])
    book = tmp_path / "book.xlsx"
    assert main(["score", str(table), "-o", str(book), "-q"]) == 0
    index = layout.SCORE_HEADERS[0]
    before = _book_rows(book)
    assert before["r1"][index] > before["r2"][index]
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    header = [c.value for c in ws[1]]
    ws.cell(2, header.index("outlet") + 1).value = "#NV"
    ws.cell(2, header.index("author") + 1).value = "k. A."
    wb.save(book)
    assert main(["refresh", str(book), "-q"]) == 0
    after = _book_rows(book)
    assert after["r1"][index] == after["r2"][index]
    status = after["r1"][layout.SCORE_HEADERS[-2]]  # (book45: how it was read, in the Why)
    assert "'#NV' is a spreadsheet error value (a formula that failed), not an outlet" in status, status


def test_dask_rows_read_them_as_the_csv_does():
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    from xlplugin.dask import score_frame

    values = ["#NV", "#N/B", "k. A.", "VRAI", "Tilsby Courier"]
    frame = pd.DataFrame({"id": [f"k{i}" for i in range(len(values))], "text": [REPORT] * len(values),
                          "outlet": values, "author": values})
    got = score_frame(dd.from_pandas(frame, npartitions=2), text="text", id="id").compute(scheduler="sync")
    none = xlplugin.score_text(REPORT).reliability
    assert list(got["reliability"])[:4] == [none] * 4 and list(got["reliability"])[4] > none
