"""(cells33) A comma-decimal sheet's total row is a total row; HTML references in a title are read.

fresh33 #9: a German Excel's CSV ends its summed sheet with "Total;;;78,0;": the number written
with a decimal comma was no number, so the row was a document "Total" (not scored: empty),
counted among the documents read. A number written as a comma-decimal locale writes it ("78,0",
"1.204,5", "3 400,25 €", "12,5 %") now counts, as "78.0" did. fresh33 #10: a title cell copied from
a page's source ("Harbour &amp; docks plan") was shown and read as written, while the text cell's
references were read as their characters; a title, outlet or author cell is now read the same
way. Every text here is written for these tests.
"""

from __future__ import annotations

import json

import pytest

import xlplugin
from xlplugin import cells
from xlplugin.cli import main
from xlplugin.inputs import totals_row

HEADERS = ["id", "titel", "text", "wörter"]
REPORT = ("The allotment society in Brenford said on Sunday that it would open twelve new plots on the old "
          "bowling green in April, its secretary Lena Marsh said. The council agreed a ten-year lease at a "
          "meeting last month, according to the minutes, and the waiting list has forty names on it.")


@pytest.mark.parametrize("row", [
    ["Total", "", "", "78,0"],
    ["Sum", "", "", "1.204,5"],
    ["Average", "", "", "39,25"],
    ["Total", "", "", "3 400,25 \u20ac"],
    ["Mean", "", "", "12,5 %"],
    ["Grand total", "", "", "1\u00a0204"],
])
def test_a_comma_decimal_number_makes_a_total_row(row):
    assert totals_row(row, HEADERS)


@pytest.mark.parametrize("row", [
    ["Total", "", "", "78,0 Seiten"],
    ["Total", "Brenford News", "", "78,0"],
    ["", "", "Total recall of the 1,5 litre bottles", "7"],
])
def test_a_row_with_words_beside_the_number_stays_a_document(row):
    assert not totals_row(row, HEADERS)


def test_a_german_csvs_total_row_is_left_out_and_named(tmp_path, capsys):
    path = tmp_path / "summe.csv"
    lines = ["sep=;", "id;Titel;Text;Wörter", f'a1;Plots;"{REPORT}";39,0', f'a2;Plots again;"{REPORT}";39,0',
             "Total;;;78,0"]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    capsys.readouterr()
    main(["score", str(path), "--json"])
    captured = capsys.readouterr()
    ids = [json.loads(line)["id"] for line in captured.out.splitlines()]
    assert ids == ["a1", "a2"]
    assert "a total, sum or average row at the bottom of the table" in captured.err and "line 5" in captured.err
    assert "2 documents read" in captured.err


@pytest.mark.parametrize("written, read", [
    ("Harbour &amp; docks plan", "Harbour & docks plan"),
    ("Caf&eacute; opens on Mill Road", "Caf\u00e9 opens on Mill Road"),
    ("Council&#8217;s plan &ndash; what it means", "Council\u2019s plan \u2013 what it means"),
    ("&quot;No more plots&quot;, says board", "\"No more plots\", says board"),
])
@pytest.mark.parametrize("field", ["title", "outlet", "author"])
def test_html_references_in_a_title_outlet_or_author_are_read(field, written, read):
    assert cells.given_meta(field, written) == (read, None)


@pytest.mark.parametrize("written", ["Smith & Sons Gazette", "AT&T News", "R&D Weekly", "Q&A: the plots"])
def test_a_plain_ampersand_stays(written):
    assert cells.given_meta("title", written) == (written, None)


def test_a_web_address_keeps_its_references():
    address = "https://brenford.example/story?id=4&amp;page=2"
    assert cells.given_meta("url", address) == (address, None)


def test_a_csv_title_is_read_as_the_text_is(tmp_path, capsys):
    path = tmp_path / "html.csv"
    path.write_text(f'id,title,text,outlet\nh1,Plots &amp; lease agreed,"{REPORT}",Brenford &amp; District News\n',
                    encoding="utf-8")
    capsys.readouterr()
    main(["score", str(path), "--json", "-q"])
    row = json.loads(capsys.readouterr().out.splitlines()[0])
    assert (row["title"], row["outlet"]) == ("Plots & lease agreed", "Brenford & District News")
    plain = xlplugin.score_text(REPORT, title="Plots & lease agreed", outlet="Brenford & District News")
    assert row["reliability"] == plain.reliability
