"""(hunt26b) A text cell of a workbook xlplugin wrote is cut to fit the cell where the document is
longer than a cell holds, ending in "[... cut: N more characters not shown; see the source
text]". `xlplugin score` of such a row reads the whole text from its file or refuses it; an
Excel function pointed at the cell, `score_text` and a Dask frame's row scored the cut part: a
confident index for a document missing its end, other than the one the workbook's row holds."""

from __future__ import annotations

import pandas as pd
import pytest

from xlplugin import cells, engine
from xlplugin.excel import functions as f
from xlplugin.frame import score_pandas

# Fresh paragraphs written for these tests, repeated into documents longer than a cell.
PARAGRAPHS = (
    "The ferry company cut its winter timetable on Friday, a spokesperson said. Crossings will run every two "
    "hours instead of every hour, according to the company's notice to passengers.\n\n",
    "Rainfall in the valley was the lowest for thirty years, the weather service said on Tuesday. Farmers have "
    "been told to expect limits on water from the reservoir in April.\n\n",
    "This is an outrageous, shameful betrayal of every family on the island! The greedy bosses have wrecked "
    "the only lifeline we had, and they should be disgusted with themselves.\n\n",
)


def _cut(paragraph: str) -> str:
    text = cells.safe_text(paragraph * (cells.CELL_LIMIT // len(paragraph) + 40))
    assert cells.cut_to_fit(text)
    return text


@pytest.mark.parametrize("paragraph", PARAGRAPHS)
def test_an_excel_function_refuses_a_cut_cell(paragraph):
    text = _cut(paragraph)
    assert f.reliability(text) == f.CUT_TEXT_IN_CELL
    assert f.provenance([[text]]) == f.CUT_TEXT_IN_CELL
    row = f.scores(text)[0]
    # (hunt51) the kind says why there is none; every score is blank
    assert row[-1] == f.CUT_TEXT_IN_CELL and "not scored" in row
    assert [value for value in row[:-1] if value != "not scored"] == [""] * (len(row) - 2)
    # the same text whole, or cut at another place without the marker, is scored
    assert isinstance(f.reliability(paragraph * 5), float)


@pytest.mark.parametrize("paragraph", PARAGRAPHS)
def test_score_text_and_a_frame_row_refuse_a_cut_text(paragraph):
    text = _cut(paragraph)
    result = engine.score_text(text)
    assert result.reliability is None and result.note == "not scored: " + cells.CUT_TEXT
    assert all(score.value is None for score in result.signals.values())
    scored = score_pandas(pd.DataFrame({"id": ["cut", "whole"], "text": [text, paragraph * 5]}), "text")
    assert pd.isna(scored["reliability"].iloc[0]) and "cut to fit its cell" in scored["note"].iloc[0]
    assert float(scored["reliability"].iloc[1]) == engine.score_text(paragraph * 5).reliability


def test_a_text_that_mentions_the_marker_is_still_scored():
    # the marker's words inside a text, or a text ending in other brackets, is no cut cell
    for text in (PARAGRAPHS[0] + " [... cut: 12 more characters not shown; see the source text] and more words.",
                 PARAGRAPHS[1] + " [see the source text]"):
        assert not cells.cut_to_fit(text.strip())
        assert isinstance(f.reliability(text), float)
        assert engine.score_text(text).reliability is not None
