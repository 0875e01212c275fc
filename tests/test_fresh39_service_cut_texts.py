"""(fresh39) An article's text as a news service gives it, cut to its first characters with the
count of the rest at its end: NewsAPI's `content` field holds the first 200 characters and ends
"… [+1834 chars]". A CSV or JSON file saved from it was read, its content column taken as the
text, and the opening of the article scored: 35 words got an index of 91 (its own "no sources"
and "no author"), a confident number for a text that was never there. Such a text is refused, as
a text cut to fit a workbook's cell is, on every path: a table's row, a JSON record, a text given
to the engine, an Excel function's cell."""

from __future__ import annotations

import json

import pytest

from xlplugin import cells
from xlplugin.engine import score_text
from xlplugin.excel import functions as f
from xlplugin.inputs import Problem, Record, read_paths

OPENING = ("The harbour board voted on Tuesday to extend the quay by 300 metres, according to minutes published "
           "by the clerk. The chair, Ana Ruiz, said the work would cost 4.2 million euros and start in")
CUT = OPENING + "\u2026 [+1834 chars]"
WHOLE = OPENING + " the spring. The vote passed seven to two, the board's records show."


@pytest.mark.parametrize("ending", ["\u2026 [+1834 chars]", "... [+12,034 chars]", " [+3 chars]", "\u2026[+1834 chars] "])
def test_the_mark_is_no_text_to_score(ending):
    why = cells.not_text_reason((OPENING + ending).strip())
    assert why is not None and "not the whole text" in why and "[+" in why


@pytest.mark.parametrize("text", [WHOLE, "See the notes [1] and the table [+2].", OPENING + " (3 chars]"])
def test_texts_without_the_mark_are_texts(text):
    assert cells.not_text_reason(text) is None


def test_a_newsapi_file_is_not_scored_from_its_cut_content(tmp_path):
    path = tmp_path / "newsapi.json"
    path.write_text(json.dumps([
        {"source": {"id": None, "name": "Coast Daily"}, "author": "Ana Ruiz", "title": "Quay to grow",
         "url": "https://coastdaily.example/quay", "publishedAt": "2026-03-01T10:00:00Z", "content": CUT},
        {"source": {"id": None, "name": "Coast Daily"}, "author": "Tom Hale", "title": "Quay vote",
         "url": "https://coastdaily.example/vote", "publishedAt": "2026-03-02T10:00:00Z", "content": WHOLE},
    ]), encoding="utf-8")
    first, second = read_paths([str(path)])
    assert isinstance(first, Problem) and "column content: not the whole text" in first.message
    assert isinstance(second, Record) and second.text == WHOLE


def test_a_csv_row_is_not_scored_from_its_cut_text(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(f'id,title,text\n1,Quay to grow,"{CUT}"\n2,Quay vote,"{WHOLE}"\n', encoding="utf-8")
    first, second = read_paths([str(path)])
    assert isinstance(first, Problem) and "[+1834 chars]" in first.message
    assert isinstance(second, Record)


def test_the_engine_and_the_excel_functions_refuse_it():
    result = score_text(CUT)
    assert result.reliability is None and "not the whole text" in result.note
    assert isinstance(score_text(WHOLE).reliability, float)
    got = f.reliability([[CUT], [WHOLE]], workers=1)
    assert isinstance(got[0][0], str) and got[0][0].startswith("not the whole text")
    assert isinstance(got[1][0], float)
