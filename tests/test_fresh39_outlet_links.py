"""(fresh39) A "Source" column of links (the page each row was taken from), as fact-checkers' and
researchers' sheets often have one: "source" names an outlet column, so each address was read as an
outlet name. Every article was an outlet of its own (`--by-outlet` listed two articles of one site as
two outlets), the address earned the "named outlet" cue, and the row had no url. An outlet cell that
is a web address is now the row's url where it gives none, and no outlet either way, said in the
row's Status; a formula given the address as its outlet reads it the same way. "reuters.com", as
people name an outlet, stays an outlet."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from xlplugin import cells
from xlplugin.excel import functions as f
from xlplugin.inputs import Record, read_paths

ARTICLE = ("The harbour board voted on Tuesday to extend the quay, according to minutes published by the clerk. "
           "The chair, Ana Ruiz, said the work would cost 4.2 million euros and start in the spring; the vote passed "
           "seven to two, the board's records show.")
PROTEST = ("Residents gathered outside the town hall on Friday evening. A police spokesman told reporters that "
           "nobody was hurt and that the protest ended peacefully after two hours, he said.")
REUTERS_A = "https://www.reuters.com/world/harbour-vote/"
REUTERS_B = "https://www.reuters.com/world/protest/"


def _records(path):
    items = list(read_paths([str(path)]))
    assert all(isinstance(item, Record) for item in items)
    return items


def test_a_source_column_of_links_gives_urls_not_outlets(tmp_path):
    links = tmp_path / "links.csv"
    links.write_text(f'title,source,text\nHarbour,{REUTERS_A},"{ARTICLE}"\nProtest,{REUTERS_B},"{PROTEST}"\n',
                     encoding="utf-8")
    urls = tmp_path / "urls.csv"
    urls.write_text(f'title,url,text\nHarbour,{REUTERS_A},"{ARTICLE}"\nProtest,{REUTERS_B},"{PROTEST}"\n',
                    encoding="utf-8")
    read, plain = _records(links), _records(urls)
    assert [(r.outlet, r.url) for r in read] == [("", REUTERS_A), ("", REUTERS_B)] == [(r.outlet, r.url) for r in plain]
    assert "column source: 'https://www.reuters.com/world/harbour-vote/' is a web address, read as the url" in read[0].note
    # scored as the same rows with a url column are, and one site in --by-outlet
    done = subprocess.run([sys.executable, "-m", "xlplugin.cli", "score", "--json", "--workers", "1", str(links), str(urls)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [row["reliability"] for row in rows[:2]] == [row["reliability"] for row in rows[2:]]
    outlets = subprocess.run([sys.executable, "-m", "xlplugin.cli", "score", "--by-outlet", "--json", "--workers", "1",
                              str(links)], capture_output=True, text=True, timeout=300)
    assert [json.loads(line)["outlet"] for line in outlets.stdout.splitlines()] == ["reuters.com"]


def test_with_a_url_column_the_link_in_source_is_no_outlet(tmp_path):
    path = tmp_path / "both.csv"
    path.write_text(f'title,url,source,text\nHarbour,{REUTERS_A},https://archive.example/copy,"{ARTICLE}"\n',
                    encoding="utf-8")
    [record] = _records(path)
    assert (record.outlet, record.url) == ("", REUTERS_A)
    assert "is a web address, not an outlet" in record.note


@pytest.mark.parametrize("outlet", ["reuters.com", "Reuters", "The Harbour Gazette (www edition)"])
def test_outlet_names_stay_outlets(outlet):
    assert cells.outlet_address(outlet, "") == (outlet, "", "")


def test_the_excel_functions_read_the_cell_as_the_workbook_does():
    by_url = f.reliability(ARTICLE, None, REUTERS_A, workers=1)
    by_outlet = f.reliability(ARTICLE, None, None, REUTERS_A, workers=1)
    assert by_outlet == by_url
    row = f.scores([[ARTICLE]], False, None, None, [[REUTERS_A]], workers=1)[0]
    assert "outlet: 'https://www.reuters.com/world/harbour-vote/' is a web address, read as the url" in row[-1]


def test_the_python_api_and_tables_read_it_the_same_way():
    from xlplugin.engine import score_text

    by_url = score_text(ARTICLE, url=REUTERS_A)
    by_outlet = score_text(ARTICLE, outlet=REUTERS_A)
    assert (by_outlet.outlet, by_outlet.url) == ("", REUTERS_A)
    assert by_outlet.reliability == by_url.reliability
    pd = pytest.importorskip("pandas")
    from xlplugin.frame import score_pandas

    frame = pd.DataFrame({"title": ["Harbour"], "source": [REUTERS_A], "text": [ARTICLE]})
    plain = pd.DataFrame({"title": ["Harbour"], "url": [REUTERS_A], "text": [ARTICLE]})
    got, want = score_pandas(frame, workers=1), score_pandas(plain, workers=1)
    assert list(got["reliability"]) == list(want["reliability"])
    assert list(got["outlet"].fillna("")) == [""]
