"""The Overview and Outlets sheets count the same thing by the same name: the documents with an
index. A text scored without one (too few words) and a text not scored (not English) are both
outside that count, and the Overview's bands add up to the count they sit above."""

import openpyxl
from workbook_helpers import TEXTS, records, score

from xlplugin import Settings
from xlplugin.workbook import write_scored_workbook
from xlplugin.workbook.outlets import WITH_INDEX
from xlplugin.workbook.rows import INDEXED, NOT_INDEXED

SHORT = "Three words only."
FRENCH = ("Le conseil municipal a voté mardi la réparation du vieux pont sur la rivière, après des mois de "
          "plaintes des habitants qui le traversent chaque matin pour aller au travail dans la ville.")


def _book(tmp_path):
    items = records(TEXTS + [SHORT, FRENCH])
    path = tmp_path / "counts.xlsx"
    write_scored_workbook(path, items, score(items), Settings())
    return openpyxl.load_workbook(path)


def test_overview_bands_add_up_to_the_count_under_them(tmp_path):
    ws = _book(tmp_path)["Overview"]
    rows = [row for row in ws.iter_rows(values_only=True) if row[0] is not None]
    labels = {row[0]: row[1] for row in rows}
    bands = sum(row[1] for row in rows[1:11])
    assert labels[INDEXED] == bands == len(TEXTS)
    assert labels[NOT_INDEXED] == 2  # the short text (scored, no index) and the French one


def test_outlets_count_the_same_documents_by_the_same_name(tmp_path):
    book = _book(tmp_path)
    ws = book["Outlets"]
    rows = list(ws.iter_rows(values_only=True))
    header = next(i for i, row in enumerate(rows) if row[0] == "Outlet or web site")
    column = rows[header].index(WITH_INDEX)
    counted = sum(row[column] for row in rows[header + 1:] if row[0] is not None)
    overview = {row[0]: row[1] for row in book["Overview"].iter_rows(values_only=True)}
    assert counted == overview[INDEXED]
    assert WITH_INDEX.lower() in INDEXED.lower()


def _overview_lines(path):
    return [row[0] for row in openpyxl.load_workbook(path)["Overview"].iter_rows(values_only=True) if row[0]]


def test_overview_says_which_columns_are_shown_but_not_in_the_index(tmp_path):
    from xlplugin import registry
    from xlplugin.workbook import refresh_workbook

    items = records()
    path = tmp_path / "weights.xlsx"
    write_scored_workbook(path, items, score(items), Settings())
    sentiment = registry.info("sentiment").header
    assert Settings().weights["sentiment"] == 0
    # (book51: each line may go on to say which end of its column is better)
    assert any(line.startswith(f"{sentiment}: weight 0, shown but not in the index") for line in _overview_lines(path))
    assert any(line.startswith(f"{registry.info('provenance').header}: weight 1 of ") for line in _overview_lines(path))
    # a weight set for the refresh: the Overview says so after it
    refresh_workbook(path, settings_overrides={"weight.sentiment": 0.25})
    lines = _overview_lines(path)
    assert any(line.startswith(f"{sentiment}: weight 0.25 of ") for line in lines)
    assert not any(line.startswith(sentiment) and "not in the index" in line for line in lines)
