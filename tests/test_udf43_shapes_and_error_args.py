"""(udf43) The XLP_ functions pair a text with another argument's cell by one rule, Excel's own for
two ranges side by side (=B2:B100*C2, =B2:B4&C2:C4):

- one cell goes with every text (a URL in C2 for the texts B2:B100);
- a range goes cell by cell with a text range of the same rows and columns;
- any other range gives one message naming both shapes, never a cell paired with another row's
  text. A row of outlets (C1:D1) beside a column of texts (B2:B3) was paired in reading order, a
  confident index made with an outlet the user never put beside that text.

An error cell in XLP_SCORES' header or XLP_EVIDENCE's signal reached Python as None (xlwings
passes error cells as None unless told `err_to_str`): XLP_SCORES took it for "no header" and its
scores stood one row higher than the formula's header row would have put them, each beside the
text above its own. Both are now declared with `err_to_str=True` (desktop and Lite), and a header
cell holding an error value says so.

Tests marked "guard" hold what was already right on main.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from xlplugin import cells
from xlplugin.excel import functions as f

from samples import CALM_REPORT, CHARGED_RANT
import test_excel_udfs

WIDTH = len(cells.score_columns())
OUTLET = "Example Daily"


def _column(*values):
    return [[value] for value in values]


def _message(result):
    """The one message of a refused call: a plain string, or XLP_SCORES' one row with it first."""
    if isinstance(result, list):
        assert len(result) == 1 and len(result[0]) == WIDTH, result
        assert all(value == "" for value in result[0][1:])
        return result[0][0]
    assert isinstance(result, str), result
    return result


# Each function called as a formula would call it, with `outlet` given.
CALLS = {
    "XLP_RELIABILITY": lambda text, outlet: f.reliability(text, None, None, outlet, workers=1),
    "XLP_KIND": lambda text, outlet: f.kind(text, None, None, outlet, workers=1),
    "XLP_PROVENANCE": lambda text, outlet: f.signal("provenance", text, None, None, outlet, workers=1),
    "XLP_EVIDENCE": lambda text, outlet: f.evidence(text, "provenance", None, None, outlet, workers=1),
    "XLP_SCORES": lambda text, outlet: f.scores(text, False, None, None, outlet, workers=1),
}


@pytest.mark.parametrize("name", sorted(CALLS))
def test_a_row_beside_a_column_of_texts_is_refused(name):
    # =XLP_RELIABILITY(B2:B3,,,C1:D1): main gave B2 the outlet of C1 and B3 that of D1
    message = _message(CALLS[name](_column(CALM_REPORT, CHARGED_RANT), [[OUTLET, None]]))
    assert "outlet is 1 row by 2 columns but text is 2 rows by 1 column" in message, message
    assert "same shape" in message and "TRANSPOSE" in message


@pytest.mark.parametrize("name", ["XLP_RELIABILITY", "XLP_KIND", "XLP_EVIDENCE"])
def test_a_column_beside_a_row_of_texts_is_refused(name):
    message = _message(CALLS[name]([[CALM_REPORT, CHARGED_RANT]], _column(None, OUTLET)))
    assert "outlet is 2 rows by 1 column but text is 1 row by 2 columns" in message, message


def test_the_refusal_names_the_argument_for_every_one_of_them():
    for argument in f.META_NAMES:
        message = f.reliability(_column(CALM_REPORT, CHARGED_RANT), **{argument: [["x", "y"]]}, workers=1)
        assert isinstance(message, str) and message.startswith(f"{argument} is 1 row by 2 columns"), message


def test_guard_one_cell_goes_with_every_text():
    # guard: Excel's own convention (=B2:B100*C2), kept
    alone = f.reliability(CALM_REPORT, None, None, OUTLET, workers=1)
    assert alone != f.reliability(CALM_REPORT, workers=1)  # the outlet moves the index: pairing is seen
    assert f.reliability(_column(CALM_REPORT, CALM_REPORT), None, None, [[OUTLET]], workers=1) == [[alone], [alone]]
    assert f.reliability([[CALM_REPORT, CALM_REPORT]], None, None, OUTLET, workers=1) == [[alone, alone]]


def test_guard_ranges_of_the_same_shape_pair_cell_by_cell():
    alone = f.reliability(CALM_REPORT, None, None, OUTLET, workers=1)
    without = f.reliability(CALM_REPORT, workers=1)
    got = f.reliability(_column(CALM_REPORT, CALM_REPORT), None, None, _column(None, OUTLET), workers=1)
    assert got == [[without], [alone]]
    got = f.reliability([[CALM_REPORT, CALM_REPORT]], None, None, [[OUTLET, None]], workers=1)
    assert got == [[alone, without]]


@pytest.mark.parametrize("name", sorted(CALLS))
def test_guard_a_shorter_column_is_refused(name):
    # guard: =XLP_RELIABILITY(B2:B4,,,C2:C3) never pairs the first two and leaves the third without
    message = _message(CALLS[name](_column(CALM_REPORT, CHARGED_RANT, CALM_REPORT), _column(OUTLET, OUTLET)))
    assert "outlet has 2 cells but text has 3" in message, message


@pytest.mark.parametrize("error", ["#N/A", "#REF!", " #VALUE! "])
def test_a_header_cell_holding_an_error_value_says_so(error):
    rows = f.scores(_column(CALM_REPORT, CHARGED_RANT), error, workers=1)
    assert len(rows) == 1 and all(value == "" for value in rows[0][1:])
    assert rows[0][0].startswith(f"header: error value {error.strip()} in the cell"), rows[0][0]


def test_desktop_header_and_signal_take_error_cells_as_text():
    # the desktop UDFs' declarations as "Import Functions" reads them (test_excel_udfs' script)
    done = subprocess.run([sys.executable, "-c", test_excel_udfs.GENERATE], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    generated = json.loads(done.stdout)
    options = {name: {arg["name"]: arg["options"] for arg in generated["xlfunc"][name]["args"]}
               for name in ("XLP_SCORES", "XLP_EVIDENCE")}
    assert options["XLP_SCORES"]["header"].get("err_to_str") is True
    assert options["XLP_EVIDENCE"]["signal"].get("err_to_str") is True


def test_lite_header_and_signal_take_error_cells_as_text():
    sys.path.insert(0, str(Path(__file__).resolve().parent / "pyodide"))
    import lite_cases

    saved = sys.modules.get("xlwings")
    try:
        main = lite_cases.load_main(str(Path(__file__).resolve().parents[1] / "workbooks" / "lite" / "main.py"))
        assert main.xlp_scores.__xlfunc__["args"]["header"].get("err_to_str") is True
        assert main.xlp_evidence.__xlfunc__["args"]["signal"].get("err_to_str") is True
    finally:
        if saved is not None:
            sys.modules["xlwings"] = saved
        else:
            sys.modules.pop("xlwings", None)


def test_guard_a_whole_column_scores_its_texts_only_and_quickly():
    # guard: =XLP_RELIABILITY(B:B,,C2) over a sheet's whole column: one text, a million blanks
    # (a blank stays blank: never a message or a 0 for it); 2 s here on main, bound for a busy machine
    column = _column(CALM_REPORT, None, CHARGED_RANT) + [[None]] * (1_048_576 - 3)
    start = time.perf_counter()
    got = f.reliability(column, None, [["https://example.org/story"]], workers=1)
    assert time.perf_counter() - start < 30
    assert len(got) == 1_048_576
    assert isinstance(got[0][0], float) and got[1] == [""] and isinstance(got[2][0], float)
    assert all(row == [""] for row in got[3:])


def test_guard_a_blank_text_stays_blank_whatever_its_other_cells_hold():
    got = f.reliability(_column(None, CALM_REPORT), _column("#N/A", None), workers=1)
    assert got[0] == [""] and isinstance(got[1][0], float)


@pytest.mark.parametrize("argument", f.META_NAMES)
def test_the_text_range_given_twice_is_refused(argument):
    # =XLP_RELIABILITY(B2:B3,B2:B3): main read each text as its own title and gave a moved index (5.7 -> 4.3)
    texts = _column(CALM_REPORT, CHARGED_RANT)
    message = f.reliability(texts, **{argument: [row[:] for row in texts]}, workers=1)
    assert message == (f"{argument} is the same cells as text: give the cells that hold each text's {argument}, "
                       f"or leave {argument} out"), message
    assert _message(f.scores(texts, False, **{argument: texts}, workers=1)).startswith(f"{argument} is the same cells")
    one = f.reliability(CHARGED_RANT, **{argument: CHARGED_RANT}, workers=1)
    assert isinstance(one, str) and one.startswith(f"{argument} is the same cells as text"), one


def test_guard_a_title_equal_to_one_text_among_others_is_still_a_title():
    # guard: one row whose title is its whole (short) text is no sign of a range given twice
    texts = _column(CALM_REPORT, CHARGED_RANT)
    got = f.reliability(texts, _column("A calm report", CHARGED_RANT), workers=1)
    assert isinstance(got[0][0], float) and isinstance(got[1][0], float)
    assert f.reliability([[None], [None]], [[None], [None]], workers=1) == [[""], [""]]


@pytest.mark.parametrize("error", ["#EXTERNAL!", "#TIMEOUT!"])
def test_excels_newer_error_values_are_error_values(error):
    # xlwings Lite hands an error cell over as its text: main read "#EXTERNAL!" as an outlet's name
    # (index 91.5 -> 92.5) and as a one-word text ("no index: 1 word")
    # (inputs48) not counted as an outlet, said in the Status, the text scored, as `xlplugin score` reads it
    assert f.reliability(CALM_REPORT, None, None, error, workers=1) == f.reliability(CALM_REPORT, workers=1)
    assert f"outlet: {error!r} is a spreadsheet error value" in f.scores(CALM_REPORT, False, None, None, error, workers=1)[0][-1]
    assert f.reliability(error, workers=1).startswith(f"error value {error} in the cell")
    assert cells.is_error_value(error.lower())
