"""(hunt56) A pandas frame whose text column mixes texts with a list, a tuple, a dict, a set or a
numpy array in a cell (a scraper's paragraphs, a tokenised text, a record left unpacked): Arrow
holds no such column, so each cell was read as Python writes it ("['The harbour board said ...',
'...']", brackets and quotes included) and scored as that text: an index of 91.5 for a repr. Each
such cell now refuses its own row ("not text: a list ..."), counted as an object in the text
field (`inputs_summary.OBJECT_CELL`), the other rows scored as before. Texts written for these tests."""

from __future__ import annotations

import pytest

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")  # (xlplugin.frame reads a frame through Arrow: the dask extra)

from xlplugin.frame import score_pandas  # noqa: E402
from xlplugin.inputs_summary import OBJECT_CELL, cell_reason  # noqa: E402

STORY = ("The harbour board said on Tuesday that the new ferry pier would open in June, and its chair told "
         "reporters that the work had cost two million pounds, less than the budget set last year.")
OTHER = ("The county library will stay open until nine on Thursdays from March, its director said, after a "
         "survey of readers found that most of them could only visit in the evening.")


@pytest.mark.parametrize(("value", "kind"), [([OTHER, STORY], "a list"), ((OTHER,), "a list"),
                                              ({"body": OTHER}, "a mapping"), ({OTHER}, "a set"),
                                              (np.array([OTHER]), "an array")], ids=lambda v: type(v).__name__)
def test_a_container_in_the_text_column_refuses_its_own_row(value, kind):
    frame = pd.DataFrame({"id": ["a", "b", "c"], "text": pd.Series([STORY, value, OTHER], dtype=object)})
    out = score_pandas(frame)
    assert out["reliability"].isna().tolist() == [False, True, False]  # (main: [False, False, False], a repr scored)
    error = out["input_error"].tolist()[1]
    assert error.startswith(f"column text: not text: {kind} ("), error
    assert cell_reason(error) == OBJECT_CELL


# Guards: a text, bytes, a number in a mixed column read as before.
def test_other_cells_read_as_before():
    frame = pd.DataFrame({"id": ["a", "b", "c"], "text": pd.Series([STORY, OTHER.encode(), 12], dtype=object)})
    out = score_pandas(frame)
    assert out["reliability"].isna().tolist() == [False, False, True]
    assert out["input_error"].tolist()[2] == "column text: not text: a number"


def test_a_list_of_authors_in_a_mixed_column_reads_as_a_column_of_lists_does():
    authors = pd.Series(["Jane Roe", ["Ana Ruiz", "Bo Lind"]], dtype=object)
    out = score_pandas(pd.DataFrame({"id": ["a", "b"], "text": [STORY, OTHER], "author": authors}))
    assert out["author"].tolist() == ["Jane Roe", "Ana Ruiz; Bo Lind"]  # (main: "['Ana Ruiz', 'Bo Lind']")
