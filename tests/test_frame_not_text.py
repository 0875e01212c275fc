"""A Parquet (Arrow, pandas) text cell that holds no text is refused as the same cell of a CSV file
is (`cells.cell_to_text`): not scored, with the reason, and counted in a run's summary as `xlplugin score` counts them ("with no text in the text cell")."""

import pytest

pa = pytest.importorskip("pyarrow")

from xlplugin.frame import score_table  # noqa: E402
from xlplugin.inputs import Problem, records_from_rows  # noqa: E402

PROSE = ("The council voted on Tuesday to repair the old bridge over the river, a spokeswoman said, "
         "after months of complaints from people who cross it every morning on their way to work.")
CELLS = ["#N/A", "N/A", "12345", "2024-03-12", "notes/report.txt", PROSE]


def test_placeholders_are_refused_as_in_a_csv_file(tmp_path):
    table = pa.table({"id": [str(i) for i in range(1, 7)], "text": CELLS})
    scored = score_table(table).to_pylist()
    read = list(records_from_rows(["id", "text"], [[str(i), c] for i, c in enumerate(CELLS, 1)], "t.csv", None, tmp_path))
    for row, item in zip(scored, read):
        if isinstance(item, Problem):
            # (parity40) in `input_error`, in a CSV row's words, `note` null as a CSV row's (it was in `note`)
            assert row["input_error"] == item.message and row["note"] is None
            assert row["language"] is None and row["provenance"] is None and row["reliability"] is None
        else:
            assert row["language"] == "en" and row["provenance"] is not None and row["input_error"] is None
    assert [r["input_error"] for r in scored[:3]] == [
        "column text: error value #N/A in the cell (a formula that failed: fix it, or type the text in its place)",
        "column text: not text: N/A, a placeholder for no value",
        "column text: not text: a number",
    ]


def test_summary_counts_them_as_cells_with_no_text():
    dask = pytest.importorskip("xlplugin.dask")
    table = pa.table({"text": ["#N/A", "N/A", "12345", PROSE, ""]})
    counts = dask._counts(score_table(table))
    # ((hunt39c) the number counted apart, in its own words)
    assert counts["unscored"] == {"with no text in the text cell": 2, "with a number or a date in the text cell instead of a text": 1,
                                  "empty": 1}
    assert counts["scored"] == 1
