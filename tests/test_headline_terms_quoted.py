"""The Why quotes a loaded term found only in the headline given with a text (a title cell) by its
words: it quoted "" ("1 loaded term in 40 words (25 per 1,000: \"\")"), the term's evidence having
no place in the text. The headlines and texts are written for this test."""
from __future__ import annotations

import re

import pytest

import xlplugin
from xlplugin.cells import why_text

BODY = ("The ferry committee met on Tuesday and agreed a new timetable for the winter months. "
        "The secretary, Jan Moss, said the first crossing would leave at seven. Fares will stay at "
        "four pounds, she said, and the council will review them in March.")


def _quoted(why: str) -> list[str]:
    found = re.search(r"per 1,000(?::|, among them) ([^)]*)\)", why)
    assert found, why
    return re.findall(r'"([^"]*)"', found.group(1))


@pytest.mark.parametrize("title, words", [
    ("Shameful cowards wreck the ferry timetable", {"shameful", "cowards", "wreck"}),
    ("Disgraceful ferry bosses betray islanders", {"disgraceful", "betray"}),
    ("Outrageous fares: islanders furious", {"outrageous", "furious"}),
])
def test_a_titles_loaded_terms_are_quoted_in_the_why(title, words):
    result = xlplugin.score_text(BODY, title=title)
    why = why_text(result)
    quoted = _quoted(why)
    assert "" not in quoted
    assert {q.lower() for q in quoted} & words, (quoted, why)
    assert all(q in title for q in quoted)  # (book45: as the title writes them)


def test_a_plain_title_adds_no_quote():
    result = xlplugin.score_text(BODY, title="Ferry timetable agreed for the winter")
    assert "per 1,000: \"\"" not in why_text(result)
