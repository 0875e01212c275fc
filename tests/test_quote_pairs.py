"""Quotation pairing (xlplugin/sentences.py): mixed marks pair, and a straight mark left open
does not run past the line that ends its sentence (texts written for these tests)."""

from __future__ import annotations

import pytest

from xlplugin.text import prepare


def _quotes(text: str) -> list[str]:
    doc = prepare(text)
    return [doc.text[a:b] for a, b in doc.quotes]


@pytest.mark.parametrize("text,quote", [
    ('The mayor said "the pier is closed for good\u201d and left the room.', '"the pier is closed for good\u201d'),
    ('The mayor said \u201cthe pier is closed for good" and left the room.', '\u201cthe pier is closed for good"'),
])
def test_mixed_marks_pair(text: str, quote: str) -> None:
    assert _quotes(text) == [quote]


def test_straight_mark_inside_a_curly_quotation_stays_nested() -> None:
    text = 'She wrote \u201cthe sign said "closed" all week\u201d on Monday.'
    assert _quotes(text) == ['\u201cthe sign said "closed" all week\u201d', '"closed"']


def test_curly_pairs_are_unchanged() -> None:
    assert _quotes("He said \u201cno\u201d twice. She said \u201cyes.\u201d") == ["\u201cno\u201d", "\u201cyes.\u201d"]


def test_open_straight_mark_ends_with_its_line() -> None:
    # the first line ends its sentence (a heading): its stray mark (an inch sign) pairs with nothing
    # on the next line, whose own marks pair among themselves
    text = 'Screen: 7" wide\nThe clerk said "we are out of stock" and shrugged.'
    assert _quotes(text) == ['" wide', '"we are out of stock"']


def test_straight_quotation_over_a_soft_line_wrap_still_pairs() -> None:
    text = 'The clerk said "we are out\nof stock today" and shrugged.'
    assert _quotes(text) == ['"we are out\nof stock today"']
