"""The Excel functions say what the workbook says of the same cells (links26).

XLP_SCORES' Kind column said "news report" where XLP_KIND and the workbook's Kind cell say
"news report (no cue)"; a url argument that is words (a cell that shows words and links to the
page: a formula is given its words, not its link) was ignored with the Status saying only
"scored", while the workbook reads the link and gives another index. Called directly, as
tests/test_excel_functions.py calls them.
"""

from __future__ import annotations

import openpyxl

from xlplugin.cli import main
from xlplugin.excel import functions

REPORTS = [
    "The Orwick footbridge will close for three weeks from 2 March while its deck is replaced, the "
    "borough's highways team said on Friday. Cyclists will be sent over the rail bridge, its engineer, "
    "Tomas Hale, said.",
    "A walk-in clinic opens in Fenby on Monday with six nurses and a visiting doctor, the health trust "
    "said. Its manager, Priya Nair, said it would see about 80 people a day.",
    "Farmers near Lisk brought in the barley harvest a week early after a dry August, the growers' "
    "co-operative said. Its chair, Ben Marsh, said yields were up by a tenth on last year.",
]
RANT = ("Open your eyes!!! The crooked councillors are robbing you blind and everyone can see it. These "
        "so-called leaders are frauds who want to wreck our village. I have had enough. Will we just stand by "
        "and let them?")
GERMAN = ("Die Bibliothek in Westmoor öffnet am Samstag wieder, nachdem das Dach acht Wochen lang repariert "
          "wurde, sagte der Kreisrat. Die Leiterin sagte, der Kinderraum sei neu gestrichen worden.")


def _page(body: str, title: str = "Local news") -> str:
    return f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>"


HTML = [
    _page("".join(f"<p>{text}</p>" for text in REPORTS[:2])),  # scored
    _page("<p>Clinic opens Monday, trust says.</p>"),  # no index: too short
    "<html><body><ul><li><a href='/cart'>Cart</a></li><li>Price 4.99 GBP</li><li>Add to basket</li>"
    "<li>In stock, free shipping</li></ul></body></html>",  # not an article
    _page(f"<p>{GERMAN}</p>"),  # not scored: its language
]
TEXTS = REPORTS + [RANT, GERMAN] + HTML
HEADERS = functions.score_headers()


def workbook_rows(tmp_path, texts, url=None):
    """The Kind and Status cells `xlplugin score` writes for `texts` (one row each)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["id", "url", "text"])
    for i, text in enumerate(texts, start=1):
        ws.append([f"d{i}", url, text])
    book, out = tmp_path / "in.xlsx", tmp_path / "out.xlsx"
    wb.save(book)
    assert main(["score", str(book), "-o", str(out), "-q", "--force", "--workers", "1"]) == 0
    ws = openpyxl.load_workbook(out)["Documents"]
    headers = [c.value for c in ws[1]]
    return [{h: row[headers.index(h)] for h in ("Kind", "Status", "Why")} for row in ws.iter_rows(min_row=2, values_only=True)]


def test_scores_kind_and_status_are_the_workbooks(tmp_path):
    """XLP_SCORES' Kind and Status cells, one text at a time and as one range, are the
    workbook's Kind and Status cells for the same texts; its Kind is XLP_KIND's."""
    book = workbook_rows(tmp_path, TEXTS)
    ranged = functions.scores([[text] for text in TEXTS], False)
    assert len(ranged) == len(TEXTS)
    no_cue = 0
    for text, row, together in zip(TEXTS, book, ranged):
        alone = dict(zip(HEADERS, functions.scores(text)[0]))
        together = dict(zip(HEADERS, together))
        for found in (alone, together):
            assert found["Kind"] == (row["Kind"] or ""), (text[:50], found["Kind"], row["Kind"])
            if found["Status"].startswith("scored"):
                # (book45) the workbook's Status points to its notes, written in its Why; the function's says them
                said = [part.strip(" ()") for part in found["Status"].removeprefix("scored").split("; ")]
                assert row["Status"] == ("scored" if found["Status"] == "scored" else "scored (see note in Why)"), (text[:50], row["Status"])
                assert all(part in row["Why"] for part in said), (text[:50], found["Status"], row["Why"])
            else:  # (status45) the head; how the cell was read is in the function's Why, the row's Status
                assert row["Status"].startswith(found["Status"]) and found["Status"], (text[:50], found["Status"], row["Status"])
        assert alone["Kind"] == functions.kind(text)
        no_cue += str(row["Kind"]).endswith("(no cue)")
    assert no_cue >= 2  # (the case that differed: reports no cue decided)
    assert sum("the cell held HTML" in (row["Why"] or "") for row in book) == len(HTML)


def test_a_url_argument_of_words_is_said_and_not_counted():
    """Words in the url argument (a linked cell's words): the Status says it is not a web
    address; the scores are those with no url."""
    for words in ("council story", "Read the full report", "Fenby clinic piece (link)", "see below"):
        for text in REPORTS[:2]:
            row = dict(zip(HEADERS, functions.scores(text, False, None, words)[0]))
            bare = dict(zip(HEADERS, functions.scores(text, False)[0]))
            assert f"url: {words!r} is not a web address" in row["Status"], row["Status"]
            assert "gives a formula its words, not its link" in row["Status"]
            assert {h: v for h, v in row.items() if h != "Status"} == {h: v for h, v in bare.items() if h != "Status"}
            assert functions.reliability(text, None, words) == functions.reliability(text)


def test_a_url_argument_that_is_an_address_or_nothing_is_not_said():
    """(near misses) An address, with or without its scheme, a blank, or a placeholder (which has
    its own note): no line on words."""
    for url in ("https://www.bbc.co.uk/news/orwick-bridge", "www.bbc.co.uk/news/orwick-bridge", "bbc.co.uk", None, "", "  "):
        status = functions.scores(REPORTS[0], False, None, url)[0][-1]
        assert "not a web address" not in status, (url, status)
    status = functions.scores(REPORTS[0], False, None, "N/A")[0][-1]
    assert "gives a formula its words" not in status
    ranged = functions.scores([[REPORTS[0]], [REPORTS[1]]], False, None, [["https://apnews.com/a"], ["clinic story"]])
    assert "not a web address" not in ranged[0][-1] and "url: 'clinic story' is not a web address" in ranged[1][-1]
