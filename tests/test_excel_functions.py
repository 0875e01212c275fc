"""The Excel functions called the way xlwings calls them: a single value, a column as a list of
lists with None for blanks and floats for numbers, error cells as text, a 5,000-row column."""

from __future__ import annotations

import pytest

from xlplugin import cells, engine
from xlplugin.excel import functions as f
from xlplugin.kind_shown import kind_label
from xlplugin.registry import SCORER_NAMES

from samples import CALM_REPORT, CHARGED_RANT, FRENCH, HAPPY_NOTE, SHORT_ENGLISH

SIGNAL_FUNCTIONS = {
    "sentiment": f.sentiment,
    "loaded_language": f.loaded,
    "unsourced_claims": f.unsourced,
    "provenance": f.provenance,
    "readability": f.readability,
}


def column(*values):
    return [[v] for v in values]


def test_single_value_and_1x1_range_give_the_engines_number():
    expected = engine.score_text(CALM_REPORT).reliability
    assert f.reliability(CALM_REPORT) == expected
    assert f.reliability([[CALM_REPORT]]) == expected  # xlwings with ndim=2 sends [[value]]


@pytest.mark.parametrize("name", sorted(SIGNAL_FUNCTIONS))
def test_each_signal_function_gives_that_signals_native_value(name):
    result = engine.score_text(CHARGED_RANT)
    got = SIGNAL_FUNCTIONS[name]([[CHARGED_RANT]])
    expected = result.signals[name].value
    assert got == (expected if expected is not None else result.signals[name].note)


def test_column_keeps_its_shape_blanks_and_gives_messages():
    got = f.reliability(column(CALM_REPORT, None, 3.0, "#N/A", True, "   ", CHARGED_RANT, FRENCH))
    assert len(got) == 8 and all(len(row) == 1 for row in got)
    values = [row[0] for row in got]
    assert isinstance(values[0], float) and isinstance(values[6], float)
    assert values[1] == "" and values[5] == ""                       # blanks in, blanks out
    assert values[2] == "not text: a number"
    assert values[3] == "error value #N/A in the cell (a formula that failed: fix it, or type the text in its place)"
    assert values[4] == "not text: a TRUE/FALSE value"
    assert values[7].startswith("not scored: language French")  # (by name, as the workbook says it: cli18)
    assert values[6] < values[0]                                     # the rant scores lower


def test_column_values_equal_single_calls():
    texts = [CALM_REPORT, CHARGED_RANT, HAPPY_NOTE]
    assert [row[0] for row in f.sentiment(column(*texts))] == [f.sentiment(t) for t in texts]


def test_flat_list_gives_flat_list_and_rows_stay_rows():
    assert f.readability([CALM_REPORT, None]) == [f.readability(CALM_REPORT), ""]
    row = f.readability([[CALM_REPORT, None, HAPPY_NOTE]])
    assert len(row) == 1 and len(row[0]) == 3 and row[0][1] == ""


def test_excel_error_values_never_reach_the_engine():
    for error in sorted(cells.EXCEL_ERRORS):
        assert f.reliability(error) == f"error value {error} in the cell (a formula that failed: fix it, or type the text in its place)"


def test_messages_are_short_and_never_tracebacks():
    for value in (float("nan"), 0.0, -2146826281, b"\xff\xfe", object(), SHORT_ENGLISH):
        got = f.reliability(value)
        if value != value:  # ((hunt55) a NaN is a missing value: a blank cell, as score_many reads it)
            assert got == ""
        elif isinstance(got, str):
            assert 0 < len(got) < 250 and "Traceback" not in got


def test_guarded_turns_an_exception_into_a_message():
    def broken(text):
        raise RuntimeError("boom")

    assert f.guarded(broken, "x") == "xlplugin error: RuntimeError: boom"


def test_title_url_outlet_single_or_per_row():
    text = "Officials said the bridge will reopen on Monday after repairs, according to the transport office."
    plain = f.provenance(text)
    with_meta = f.provenance(text, "Bridge to reopen", "https://example.org/news/bridge", "Example News")
    assert with_meta >= plain  # a title, URL and outlet can only add provenance cues
    per_row = f.provenance(column(text, text), column("Bridge to reopen", None), column("https://example.org/b", None))
    assert per_row[0][0] == f.provenance(text, "Bridge to reopen", "https://example.org/b")
    assert per_row[1][0] == plain
    assert "title has 2 cells but text has 3" in f.reliability(column(text, text, text), column("a", "b"))


def test_scores_row_matches_the_shared_layout_and_header():
    rows = f.scores(column(CALM_REPORT, None, 4.0), header=True)
    width = len(cells.score_columns())
    assert rows[0] == cells.score_columns()
    assert all(len(row) == width for row in rows)
    result = engine.score_text(CALM_REPORT)
    expected = [("" if v is None else v) for v in cells.score_row(result)]
    # (links26) the Kind column as the workbook's Kind cell and XLP_KIND say it ("news report (no cue)")
    expected[cells.score_columns().index(cells.KIND_HEADER)] = kind_label(result)
    assert rows[1] == expected
    assert rows[2] == [""] * width
    kind_at = cells.score_columns().index(cells.KIND_HEADER)  # (hunt51: the Kind says why there is none)
    assert rows[3][-1] == "not text: a number" and rows[3][kind_at] == "not scored"
    assert [v for at, v in enumerate(rows[3][:-1]) if at != kind_at] == [""] * (width - 2)
    assert f.scores(CALM_REPORT)[0] == expected                 # no header by default
    assert f.scores(CALM_REPORT, header=1.0)[0] == cells.score_columns()  # Excel TRUE may come as 1.0


def test_evidence_names_and_unknown_signal():
    text = CHARGED_RANT
    expected = cells.evidence_text(engine.score_text(text), "loaded_language")
    for name in ("loaded", "loaded_language", "Loaded Language", [["loaded"]]):
        assert f.evidence(text, name) == expected
    assert f.evidence(text, "colour").startswith("unknown signal 'colour'")
    assert f.evidence(text, None).startswith("give a signal")
    assert f.evidence(text, [["loaded"]]) == expected  # (a range of one cell is that cell)
    for several in ([["loaded", "sentiment"]], [["loaded"], ["sentiment"]], ["loaded", "kind"]):
        assert f.evidence(text, several).startswith("signal is a range of 2 cells: give one signal name")
    got = f.evidence(column(text, None), "sentiment")
    assert got[1][0] == "" and got[0][0] == cells.evidence_text(engine.score_text(text), "sentiment")


def test_version_names_every_scorer():
    version = f.version()
    assert all(name in version for name in SCORER_NAMES)


def test_identical_texts_are_scored_once(monkeypatch):
    seen = []
    real = f.score_many

    def counting(inputs, **kwargs):
        inputs = list(inputs)
        seen.append(len(inputs))
        return real(inputs, **kwargs)

    monkeypatch.setattr(f, "score_many", counting)
    got = f.loaded(column(*([CHARGED_RANT, CALM_REPORT] * 50)))
    assert seen == [2]          # one batch call, two distinct documents
    assert len(got) == 100 and got[0] == got[2]


@pytest.mark.slow
def test_a_5000_row_column_is_one_batch(monkeypatch):
    texts = [f"{CALM_REPORT} Case number {i}." if i % 10 else None for i in range(5000)]
    calls = []
    real = f.score_many

    def counting(inputs, **kwargs):
        inputs = list(inputs)
        calls.append(len(inputs))
        return real(inputs, **kwargs)

    monkeypatch.setattr(f, "score_many", counting)
    got = f.reliability(column(*texts))
    assert calls == [4500]      # 5,000 rows, 500 blank: one call to the engine
    assert len(got) == 5000
    assert all(row[0] == "" for i, row in enumerate(got) if i % 10 == 0)
    assert all(isinstance(row[0], float) for i, row in enumerate(got) if i % 10)


def test_evidence_lists_cues_shown_by_metadata_as_found():
    """Bug fixed: a provenance cue shown by the row's outlet or URL, and the "no author" cue, have
    no text of their own; XLP_EVIDENCE used to list them under "not found" (it took an item with
    no text for an absent cue). Evidence.present says which is which."""
    text = ("The port authority said on Tuesday that cargo volumes rose 6 percent last year, "
            "citing its annual statistics report.")
    lines = f.evidence(text, "provenance", None, "https://example.org/port", "Harbour News", workers=1).splitlines()
    assert lines[0] == "named outlet (found, adds 6 to provenance: outlet given: Harbour News)"
    assert "original URL (found, adds 3 to provenance: URL given: https://example.org/port)" in lines
    assert any(line.startswith("no author (found, takes ") for line in lines)
    missing = lines[-1].removeprefix("not found: ").split(", ")
    assert lines[-1].startswith("not found: ") and "byline" in missing
    assert not {"named outlet", "original URL", "no author"} & set(missing)


def test_a_fragment_shows_why_it_has_no_grade_or_rate():
    # A grade or a rate per 1,000 words of one word is no reading level and no rate: the cell
    # says why instead of a number; the sentiment of a sentence still means something.
    assert f.readability("Unbelievable.") == "too short for a reading grade: 1 word; needs at least 25"
    assert f.loaded("Unbelievable.") == "too short for a rate of loaded terms: 1 word; needs at least 25"
    assert isinstance(f.sentiment("Unbelievable."), float)
    assert f.evidence("Unbelievable.", "loaded") == "exaggeration: Unbelievable"


def test_a_team_name_in_a_short_sentence_is_no_loaded_term():
    assert "Cowboys" not in f.evidence("The Dallas Cowboys won on Sunday.", "loaded")


@pytest.mark.parametrize("url", ["n/a", "-", "unknown", "3", "not a url"])
def test_junk_text_in_the_url_cell_earns_no_provenance(url):
    text = "The harbour board met on Monday and approved the new ferry timetable for the summer."
    assert f.provenance(text, url=url) == f.provenance(text)
    assert "URL given" not in f.evidence(text, "provenance", url=url)
