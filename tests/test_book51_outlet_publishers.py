"""(book51) A company's legal form after an outlet's name (book50: "Harwick Media, Inc." is keyed
"harwick media") joined two different outlets on the Outlets sheet: an encyclopedia's pages name
their publisher in their markup ("Wikimedia Foundation, Inc." on wikipedia.org, in the web corpus),
and the foundation's own news site names itself without the legal form ("Wikimedia Foundation" on
wikimediafoundation.org): one row, two outlets. A name with a legal form is a company's, which may
publish more than one outlet; it is one row with the bare name only where their documents share a
web site, or one of them has none known. Names here are made up.
"""

from __future__ import annotations

import pytest

from xlplugin.outlets import Entry, entry_of, rollup
from xlplugin.scorers.source_rating import legal_form_left_off, outlet_key


def _entry(outlet: str, doc_id: str, url: str = "") -> Entry:
    return entry_of(None, outlet, url, doc_id, "page metadata")


def _groups(entries: list[tuple[str, str, str]]) -> dict[str, list[str]]:
    return {row.outlet: sorted(row.ids) for row in rollup(_entry(*e) for e in entries)}


def test_a_publisher_on_one_site_and_its_namesake_on_another_are_two_rows():
    groups = _groups([("Harwick Foundation, Inc.", "1", "https://en.harwickpedia.example/wiki/Lighthouses"),
                      ("Harwick Foundation", "2", "https://harwickfoundation.example/news/2020/access"),
                      ("Harwick Foundation", "3", "https://harwickfoundation.example/news/2021/report")])
    assert groups == {"Harwick Foundation, Inc.": ["1"], "Harwick Foundation": ["2", "3"]}


def test_the_publishers_pages_on_several_sites_are_one_row_apart_from_its_namesake():
    groups = _groups([("Harwick Foundation, Inc.", "1", "https://en.harwickpedia.example/wiki/A"),
                      ("Harwick Foundation, Inc.", "2", "https://de.harwickpedia.example/wiki/B"),
                      ("Harwick Foundation", "3", "https://harwickfoundation.example/news/c")])
    assert groups == {"Harwick Foundation, Inc.": ["1", "2"], "Harwick Foundation": ["3"]}


@pytest.mark.parametrize("entries", [
    # guard (book50): one site, or no address for one or both: one outlet's two spellings
    [("Harwick Media, Inc.", "1", "https://harwickmedia.example/a"), ("Harwick Media", "2", "https://www.harwickmedia.example/b")],
    [("Harwick Media, Inc.", "1", ""), ("Harwick Media", "2", "")],
    [("Harwick Media, Inc.", "1", "https://harwickmedia.example/a"), ("Harwick Media", "2", "")],
    [("Nordblick Verlag GmbH", "1", ""), ("Nordblick Verlag", "2", "https://nordblick.example/b")],
])
def test_one_outlets_spellings_with_and_without_its_legal_form_stay_one_row(entries):
    assert list(_groups(entries).values()) == [["1", "2"]]


def test_a_name_with_a_legal_form_alone_is_named_as_written():
    # guard: with no bare name beside it, nothing changes
    assert _groups([("Harwick Foundation, Inc.", "1", "https://en.harwickpedia.example/wiki/A")]) == \
        {"Harwick Foundation, Inc.": ["1"]}


def test_the_key_of_a_name_is_unchanged():
    # guard: the ratings table still reads the name without its legal form (book50)
    assert outlet_key("Harwick Media, Inc.") == outlet_key("Harwick Media") == "harwick media"
    assert legal_form_left_off("Harwick Media, Inc.") and legal_form_left_off("Nordblick Verlag GmbH")
    assert not legal_form_left_off("Harwick Media") and not legal_form_left_off("News Corp")
