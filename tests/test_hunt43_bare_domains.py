"""(hunt43) A text cell holding a bare domain alone ("example.com", "news.example.co.uk"), as people
type the site an article is on: it was read as words, its letters, and said "not scored: language
Polish" (or Portuguese), sending the user to the text's language. It is "only a web address" now, as
an address with "www." or a path is (hunt40b, hunt41), in the Excel functions and a CSV's row. A
file's name ("notes.md", "app.js") or words joined by a full stop are no address."""

from __future__ import annotations

import pytest

from xlplugin import cells
from xlplugin.cli import main
from xlplugin.excel import functions

ARTICLE = ("The ferry company said on Monday that the morning crossing would be cut from four sailings to three "
           "from June, after a review of passenger numbers, and the harbour master said the berth would be repaired.")


@pytest.mark.parametrize("value", ["example.com", "news.example.co.uk", "Example.ORG", "example.com.",
                                   "example.com example.org", "www.example.org/page", '"example.de"'])
def test_a_bare_domain_alone_is_a_web_address(value):
    assert cells.not_text_reason(value) == cells.WEB_ADDRESS
    assert functions.reliability(value) == cells.WEB_ADDRESS


@pytest.mark.parametrize("value", ["notes.md", "app.js", "report.pdf", "e.g.", "U.S.", "Node.js",
                                   "example.com is where the story ran", "3.14"])
def test_a_file_name_or_words_are_no_address(value):
    """Guards: the rule reaches no file name, abbreviation or text with words beside the domain."""
    assert cells.not_text_reason(value) != cells.WEB_ADDRESS


def test_a_csv_row_counts_it_as_a_link(tmp_path, capsys):
    path = tmp_path / "list.csv"
    path.write_text(f'id,text\n1,"{ARTICLE}"\n2,example.com\n3,news.example.co.uk\n', encoding="utf-8")
    main(["score", str(path), "-o", str(tmp_path / "book.xlsx")])
    err = capsys.readouterr().err
    assert "2 not scored (2 with only a web address in the text cell" in err, err
    assert "language" not in err
