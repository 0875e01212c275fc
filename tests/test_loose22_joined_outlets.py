"""(loose22) Where the ratings table says a web site and an outlet's name are one outlet (one row
giving both: a domain and an outlet column, as one rating rates both), `--by-outlet` and the
Outlets sheet show their documents as one group, not "Harwick Courier" beside
"harwickcourier.example". Where only their letters say so (no such row), they stay apart and a line
under the table says they may be one outlet and how to join them: never joined on a guess."""

from __future__ import annotations

import csv
import json

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.workbook.outlets import HEADER_ROW, OUTLETS

# Written for these tests.
TEXTS = ["The town council voted on Tuesday to keep the swimming pool open through the winter, its leader, "
         "Sam Reyes, told a public meeting, after a survey found most residents used it weekly.",
         "The bus company said on Friday that the route to the hospital will run every ten minutes from June, "
         "according to a timetable it published, after complaints from patients about long waits.",
         "The museum will close its west wing for repairs in August, its director said, after an inspection "
         "found damp in two of the galleries that hold the town's oldest maps."]
NAMES = ["Millford Gazette", "The Millford Gazette", "Millford-Gazette"]
ADDRESSES = ["https://millfordgazette.example/news/1", "https://www.millfordgazette.example/town/2",
             "https://m.millfordgazette.example/a/3"]


def _files(tmp_path, name: str, address: str, rated: bool):
    docs = tmp_path / "docs.csv"
    with docs.open("w", newline="") as handle:
        csv.writer(handle).writerows([["id", "outlet", "url", "text"], ["a", name, "", TEXTS[0]],
                                      ["b", "", address, TEXTS[1]], ["c", "Other Paper", "", TEXTS[2]]])
    ratings = tmp_path / "ratings.csv"
    with ratings.open("w", newline="") as handle:
        rows = [["millfordgazette.example", "Millford Gazette" if rated else "", "0.8"], ["otherpaper.example", "", "0.6"]]
        csv.writer(handle).writerows([["domain", "outlet", "rating"], *rows])
    return docs, ratings


@pytest.mark.parametrize("address", ADDRESSES)
@pytest.mark.parametrize("name", NAMES)
def test_a_site_and_a_name_the_ratings_join_are_one_group(tmp_path, capsys, name, address):
    docs, ratings = _files(tmp_path, name, address, rated=True)
    main(["score", str(docs), "--by-outlet", "--json", "-q", "--ratings", str(ratings)])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted(row["documents"] for row in rows) == [1, 2]
    ours = next(row for row in rows if row["documents"] == 2)
    assert ours["ids"] == ["a", "b"] and "millford" in ours["outlet"].lower().replace("-", " ")
    main(["score", str(docs), "--by-outlet", "-q", "--ratings", str(ratings)])
    assert "may be one outlet" not in capsys.readouterr().out


@pytest.mark.parametrize("name", NAMES[:2])
def test_the_outlets_sheet_joins_them_too(tmp_path, capsys, name):
    docs, ratings = _files(tmp_path, name, ADDRESSES[1], rated=True)
    book = tmp_path / "out.xlsx"
    main(["score", str(docs), "-o", str(book), "-q", "--ratings", str(ratings)])
    ws = openpyxl.load_workbook(book)[OUTLETS]
    header = [c.value for c in ws[HEADER_ROW]]
    rows = [dict(zip(header, r)) for r in ws.iter_rows(min_row=HEADER_ROW + 1, values_only=True) if r[0]]
    assert sorted(row["Documents"] for row in rows) == [1, 2]


@pytest.mark.parametrize("address", ADDRESSES)
def test_a_site_and_a_name_alike_only_in_letters_stay_apart_and_are_said(tmp_path, capsys, address):
    docs, ratings = _files(tmp_path, NAMES[0], address, rated=False)
    for extra in ([], ["--ratings", str(ratings)]):
        main(["score", str(docs), "--by-outlet", "--json", "-q", *extra])
        rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert sorted(row["documents"] for row in rows) == [1, 1, 1]
        main(["score", str(docs), "--by-outlet", "-q", *extra])
        said = [line for line in capsys.readouterr().out.splitlines() if "may be one outlet" in line]
        assert len(said) == 1 and "'Millford Gazette'" in said[0] and "'millfordgazette.example'" in said[0]
