"""Every output shows a row the same way (texts written for this test):

- a text not scored for its language (here: half of it German, language "mixed") shows no kind
  its words gave, in the Arrow/Dask tables and the Excel functions as in the workbook and the
  terminal (`xlplugin.kind_shown.as_shown`);
- a page that is not an article gives the same reason in its note (terminal, `--json`, Read
  sheet) as in its Status: the cue that weighed most first (`kinds.deciding_reason`)."""

from __future__ import annotations

import pytest

from xlplugin import cells, kinds, score_text
from xlplugin.excel import functions as f
from xlplugin.kind_shown import as_shown, unread_language

pa = pytest.importorskip("pyarrow")

# English reported speech, then the same news in German: about half the words in each
HALF_GERMAN = (
    "The harbour board said on Tuesday that the ferry to the island would run twice a day from May. "
    "A spokesman said the timetable had been agreed with the crews after a long dispute over pay. "
    "Der Hafenrat sagte am Dienstag, dass die Fähre zur Insel ab Mai zweimal täglich fahren werde. "
    "Ein Sprecher sagte, der Fahrplan sei nach einem langen Streit über die Löhne mit den Besatzungen "
    "vereinbart worden. "
)

# a short recipe page: mostly short labels, with recipe headings
RECIPE = """Baked apples with oats

Ingredients
4 large apples
3 tbsp rolled oats
2 tbsp brown sugar
1 tsp cinnamon
30 g butter
a handful of raisins

Method
Heat the oven to 180 degrees and core the apples without cutting through the base.
Mix the oats, sugar, cinnamon and raisins, then press the mixture into each apple.
Put a little butter on top and bake for about thirty minutes until soft.
Serves four
Share
Print
Save
"""


def test_the_engine_keeps_a_kind_that_the_outputs_hide():
    result = score_text(HALF_GERMAN)
    assert result.note.startswith("not scored: language mixed")
    assert result.kind == "news report" and result.kind_cues  # (the engine's kind: the digest reads it)
    assert unread_language(result) == "mixed"
    shown = as_shown(result)
    assert shown.kind == "" and shown.kind_cues[0].startswith("not read: language mixed")


def test_score_table_shows_no_kind_for_a_row_not_scored_for_its_language():
    from xlplugin.frame import score_table

    table = score_table(pa.table({"text": [HALF_GERMAN]}))
    assert table.column("kind").to_pylist() in ([None], [""])
    assert all(cue.startswith("not read: language mixed") for cue in table.column("kind_cues").to_pylist()[0])


def test_score_items_shows_no_kind_for_a_row_not_scored_for_its_language(tmp_path):
    from xlplugin.frame import score_items
    from xlplugin.inputs import read_paths

    path = tmp_path / "harbour.txt"
    path.write_text(HALF_GERMAN, encoding="utf-8")
    table = score_items(list(read_paths([str(path)])))
    assert table.column("kind").to_pylist() in ([None], [""])


def test_the_dask_summary_counts_a_mixed_text_as_mixed():
    from xlplugin.dask import _counts

    notes = [score_text(HALF_GERMAN).note, "not scored: language de", ""]
    table = pa.table({"note": notes, "reliability": pa.array([None, None, 80.0], type=pa.float64())})
    assert _counts(table)["unscored"] == {"mixed language": 1, "not English": 1}


def test_the_excel_functions_show_no_kind_for_a_row_not_scored_for_its_language():
    assert f.kind(HALF_GERMAN) == "not scored"  # (titles18, hunt51: as the workbook's Kind cell says it: why no kind)
    assert "not scored" in f.reliability(HALF_GERMAN)
    assert "reported speech" not in f.evidence(HALF_GERMAN, "kind")
    row = f.scores(HALF_GERMAN)[0]
    assert "news report" not in row


def test_the_excel_functions_keep_a_kind_that_stands():
    assert f.kind(RECIPE) == kinds.NOT_ARTICLE


def test_the_note_of_a_page_not_an_article_leads_with_its_deciding_cue():
    result = score_text(RECIPE)
    assert result.kind == kinds.NOT_ARTICLE and len(result.kind_cues) >= 2
    assert result.note == "no index: " + kinds.deciding_reason(result.kind, result.kind_cues)
    assert result.note.startswith("no index: not an article (a recipe: ")
    assert cells.unscored_why(result) == result.note  # (status45) the Why and the note: one text; the Status says its head
