"""(web39b) Two kinds of page markup that reached the text as words: a link shown as its markup
(a page that escaped its HTML, so a paragraph reads `<a href="https://..." target="_blank">...</a>`)
is read as the link's words, and a list's number glued to the item's first word at a line's start
("3.Charlotte Ruiz") gets its space. A tutorial's relative link example and a decimal number stay as
written. Pages written for these tests."""

from __future__ import annotations

import pytest

from xlplugin.pages import clean_text

pytest.importorskip("trafilatura")
from xlplugin import pages  # noqa: E402

PARAGRAPH = "The tourist board has run its own pages for visitors since 2009, and it answers questions there."


@pytest.mark.parametrize("line, read", [
    ('The board runs <a href="https://www.tour.example.org" target="_blank">www.tour.example.org</a> for visitors.',
     "The board runs www.tour.example.org for visitors."),
    ("Write to us through <a href='mailto:desk@tour.example.org'>our desk</a> or by post.",
     "Write to us through our desk or by post."),
    ("3.Charlotte Ruiz", "3. Charlotte Ruiz"),
    ("12.Lena Ortiz runs the club", "12. Lena Ortiz runs the club"),
    ("- 4.Mara Quist", "- 4. Mara Quist"),
])
def test_markup_shown_as_text_is_read_as_words(line, read):
    text, _ = clean_text(PARAGRAPH + "\n" + line)
    assert text.split("\n\n")[1] == read


@pytest.mark.parametrize("line", [
    'In the template, write <a href="/home">home</a> to link the start page.',  # a tutorial's example
    "3.5 million visitors came in 2024.",
    "A.Lee wrote the guide in 2019.",  # an initial, no list number
])
def test_other_lines_stay_as_written(line):
    text, _ = clean_text(PARAGRAPH + "\n" + line)
    assert text.split("\n\n")[1] == line


def test_a_page_that_escaped_its_links():
    body = ("<p>" + PARAGRAPH + " It also keeps a list of the best cycling routes in the valley, updated each spring.</p>"
            "<p>The board also runs &lt;a href=\"https://www.tour.example.org\" target=\"_blank\"&gt;www.tour.example.org"
            "&lt;/a&gt; for visitors who plan a longer stay in the valley and want maps.</p>"
            "<ol><li>1.Charlotte Ruiz keeps the maps up to date for the whole of the valley.</li></ol>")
    markup = f"<html><head><title>Cycling routes</title></head><body><article>{body}</article></body></html>"
    text = pages.extract_page(markup, "https://www.tour.example.org/cycling").text
    assert "href" not in text and "The board also runs www.tour.example.org for visitors" in text
    assert "1. Charlotte Ruiz keeps the maps" in text
