"""The Outlets roll-up names true outlets: a URL cell that is not a web address names none (the
rule the source rating uses); each user's site on a hosting platform is its own outlet, and a
platform's users whose addresses do not name them are a group apart, not ranked; a saved page
that names no site gets no outlet (nor a "named outlet" credit) from its own address; means and
spreads are stored as shown. Fixtures are written for this test."""

from __future__ import annotations

import openpyxl
import pytest
from workbook_helpers import records, score

from xlplugin import Settings, score_many
from xlplugin.engine import DocumentInput
from xlplugin.inputs import read_file
from xlplugin.outlets import (FROM_PLATFORM, FROM_URL, NO_OUTLET, Entry, as_cells, format_rollup, outlet_of,
                              outlet_rows_as_dicts, rollup)
from xlplugin.workbook import write_scored_workbook
from xlplugin.workbook.outlets import FIRST_ROW, OUTLETS


@pytest.mark.parametrize("cell", ["n/a", "unknown", "see below", "Blog", "-", "3", "none"])
def test_a_url_cell_that_is_not_a_web_address_names_no_outlet(cell):
    assert outlet_of(None, "", cell) == (NO_OUTLET, "")


def test_placeholder_url_cells_are_not_pooled_as_an_outlet_in_the_sheet(tmp_path):
    items = records()
    for item, url in zip(items, ("n/a", "n/a", "see below")):
        item.url = item.columns["url"] = url
    path = tmp_path / "book.xlsx"
    write_scored_workbook(path, items, score(items), Settings())
    table = [r for r in openpyxl.load_workbook(path)[OUTLETS].iter_rows(min_row=FIRST_ROW, values_only=True) if r[0]]
    assert [(r[0], r[2]) for r in table] == [(NO_OUTLET, 3)]


@pytest.mark.parametrize("url, outlet", [
    ("https://quayside-notes.blogspot.com/2024/06/pier.html", "quayside-notes.blogspot.com"),
    ("https://quaysidenotes.medium.com/the-pier-1f2e", "quaysidenotes.medium.com"),
    ("https://medium.com/@quaysidenotes/the-pier-1f2e", "medium.com/@quaysidenotes"),
    ("https://quayside.substack.com/p/pier", "quayside.substack.com"),
    ("https://www.example.org/news/pier", "example.org"),
    ("https://blog.medium.com/a-note", "blog.medium.com"),  # the platform's own blog is the platform's
])
def test_a_users_site_on_a_hosting_platform_is_its_own_outlet(url, outlet):
    assert outlet_of(None, "", url) == (outlet, FROM_URL)


def _entry(url, doc_id, index=50.0):
    name, source = outlet_of(None, "", url)
    return Entry(name, source, doc_id, index, {})


def test_the_users_of_a_platform_are_not_pooled_as_one_ranked_outlet():
    rows = rollup([_entry("https://medium.com/@quaysidenotes/a", "a", 70.0),
                   _entry("https://medium.com/@pierwatch/b", "b", 30.0),
                   _entry("https://medium.com/quayside-weekly/c", "c", 90.0),
                   _entry("https://www.facebook.com/groups/123/posts/9", "d", 95.0),
                   _entry("https://www.youtube.com/watch?v=xyz", "e", 99.0),
                   _entry("", "f", 10.0)])
    assert [(r.outlet, r.ranked) for r in rows] == [
        ("medium.com/@quaysidenotes", True), ("medium.com/@pierwatch", True),
        ("facebook.com (its users, not named)", False), ("medium.com (its users, not named)", False),
        ("youtube.com (its users, not named)", False), (NO_OUTLET, False)]
    assert as_cells(rows[2])[1] == FROM_PLATFORM and as_cells(rows[0])[1] == FROM_URL
    assert [d["ranked"] for d in outlet_rows_as_dicts(rows)] == [True, True, False, False, False, False]
    assert "not an outlet, not ranked: a hosting platform's users" in format_rollup(rows)


def test_outlet_means_and_spreads_are_stored_as_shown():
    values = [91.2, 91.4, 91.3]
    assert sum(values) / 3 != round(sum(values) / 3, 1)  # (the float noise this is about)
    signals = [{"sentiment": 0.12345, "provenance": 40.04}, {"sentiment": 0.2, "provenance": 41.0},
               {"sentiment": 0.3, "provenance": 39.0}]
    rows = rollup(Entry("Ledger", "outlet column", str(i), v, s) for i, (v, s) in enumerate(zip(values, signals)))
    cells = as_cells(rows[0])
    assert cells[4:6] == [91.3, 0.1]
    numbers = [c for c in cells[4:-2] if c is not None]
    assert all(c == round(c, 2) for c in numbers)
    data = outlet_rows_as_dicts(rows)[0]
    assert data["reliability_mean"] == 91.3 and data["signals"]["sentiment"]["mean"] == 0.21
    assert data["signals"]["provenance"] == {"mean": 40.0, "sd": 1.0}


PARAGRAPHS = (
    "The pier lights went dark again last night and nobody at the harbour office will say why. "
    "Everyone on the quay knows the repairs were a scandal from the start.",
    "Fishing crews had to tie up by torchlight while the contractor's van sat empty by the gate. "
    "The new lamps cost a fortune and last a week, and the office keeps quiet about the bills.",
    "Ask around the market and you will hear the same story from every stall: the money went "
    "somewhere, and it was not into the lamps on the pier.",
)
HOST = "quayside-notes.blogspot.com"
URL = f"https://{HOST}/2024/06/pier-lights.html"
TITLE = "Why the pier lights keep failing"


def _page(head_extra=""):
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title>'
            f'<link rel="canonical" href="{URL}"><meta property="og:type" content="article">{head_extra}</head>'
            f'<body><article><h1>{TITLE}</h1>{body}</article></body></html>')


def test_a_page_that_names_no_site_gets_no_outlet_from_its_address(tmp_path):
    pytest.importorskip("trafilatura")
    path = tmp_path / "pier.html"
    path.write_text(_page(), encoding="utf-8")
    page_doc = read_file(path)
    assert page_doc.url == URL and page_doc.outlet == ""
    row_doc = DocumentInput(page_doc.text, "row", TITLE, URL)
    page_result, row_result = score_many([page_doc, row_doc], settings=Settings(), workers=1)
    assert page_result.signals["provenance"].value == row_result.signals["provenance"].value
    assert page_result.reliability == row_result.reliability
    # the roll-up still groups it by its web address
    assert outlet_of(page_result, page_doc.outlet, page_doc.url) == (HOST, FROM_URL)


@pytest.mark.parametrize("head", [f'<meta property="og:site_name" content="{HOST}">',
                                  '<meta property="og:site_name" content="Quayside Notes">'])
def test_a_page_that_gives_its_site_name_keeps_it(tmp_path, head):
    pytest.importorskip("trafilatura")
    path = tmp_path / "pier.html"
    path.write_text(_page(head), encoding="utf-8")
    assert read_file(path).outlet in (HOST, "Quayside Notes")
    assert read_file(path).outlet != ""


def test_a_refresh_works_out_again_the_outlet_a_kept_row_took_from_its_url(tmp_path, monkeypatch):
    from xlplugin import outlets
    from xlplugin.scorers.source_rating import domain_of
    from xlplugin.workbook import refresh_workbook

    items = records()
    for item, url in zip(items, ("n/a", "https://medium.com/@quaysidenotes/a", "https://medium.com/@pierwatch/b")):
        item.url = item.columns["url"] = url
    path = tmp_path / "book.xlsx"
    # a workbook as written before: the "host" of any URL cell was its outlet
    with monkeypatch.context() as patch:
        patch.setattr(outlets, "site_of_url", lambda url: (domain_of(url), FROM_URL) if domain_of(url) else ("", ""))
        write_scored_workbook(path, items, score(items), Settings())
    outlets_of = lambda: sorted(r[0] for r in openpyxl.load_workbook(path)[OUTLETS].iter_rows(  # noqa: E731
        min_row=FIRST_ROW, values_only=True) if r[0])
    assert outlets_of() == ["medium.com", "n"]
    wb = openpyxl.load_workbook(path)  # the third row's text edited: the other two are kept
    documents = wb["Documents"]
    cell = documents.cell(row=4, column=[c.value for c in documents[1]].index("text") + 1)
    cell.value += " The pier reopened on Friday."
    wb.save(path)
    summary = refresh_workbook(path)
    # (the first row's URL cell "n/a" was part of its text hash as written; it is read as no URL
    # now (values16: `cells.given_meta`), so that row is scored again once: the second is kept)
    assert summary.rescored == 2 and summary.unchanged == 1
    assert outlets_of() == [NO_OUTLET, "medium.com/@pierwatch", "medium.com/@quaysidenotes"]
