"""(web49) A text copied from a page as Markdown (an aggregator's copy of an opinion piece) keeps the marks of the page's
layout at its foot: empty image marks ("![]()": a picture whose address the copy lost) and a table's lone bar after a
label or a menu ("New publications: |"). They reached the scored text as sentences: the footer's copyright years were
an unsourced claim, the menu's words counted for readability and sentiment. They are furniture now (prose "copied
layout"). The text written for this test; the shared seed 004 where ../shared is present.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from xlplugin.engine import score_text
from xlplugin.prose import COPIED_LAYOUT, _copied_layout
from xlplugin.text import prepare

_ARTICLE = (
    "The harbour board voted on Tuesday to raise mooring fees by 12 per cent from April, the third rise in two years.\n"
    "Boat owners said the board had given them no figures to show why the money was needed.\n"
    "The chairman said the rise would pay for dredging the outer channel, which silted up last winter.\n")
_FOOT = (
    "New publications: |\n"
    "Popular with readers: |\n"
    "![]() |\n"
    "Editorial Contacts |\n"
    "About \u00b7 News \u00b7 For Advertisers |\n"
    "![]() 2019-2026, HARBOURLIB.EXAMPLE is a part of Portnet, an international library network |\n")


def _layout_lines(text: str) -> list[str]:
    doc = prepare(text)
    return [doc.text[s:e].strip() for s, e, rule in doc.analysis.not_prose if rule == COPIED_LAYOUT]


def test_the_copied_pages_layout_lines_are_furniture():
    assert _layout_lines(_ARTICLE + _FOOT) == [line for line in _FOOT.splitlines()]


def test_the_footers_years_are_no_unsourced_claim():
    result = score_text(_ARTICLE + _FOOT)
    claims = [e.text for e in result.signals["unsourced_claims"].evidence]
    assert not any("2019-2026" in c or "|" in c for c in claims)
    assert any("12 per cent" in c for c in claims)  # the article's own claim is still read


def test_the_scores_are_those_of_the_article_alone():
    alone, with_foot = score_text(_ARTICLE), score_text(_ARTICLE + _FOOT)
    for name in ("sentiment", "unsourced_claims", "readability"):
        assert with_foot.signals[name].value == alone.signals[name].value, name


# --- guards: what is not a layout mark stays prose -------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "The board said the rise would pay for dredging. |",  # a sentence in a cell of one column
    "| Harbour | Fee | Rise |",  # a table row of several cells
    "| 2025 | 2026 |",
    "Fees rose by 12 per cent | Dredging starts in May",  # a bar between two parts
    "![Map of the outer channel](https://example.org/map.png)",  # an image with its address
    "The board voted for the rise.",
])
def test_other_lines_are_not_copied_layout(line):
    assert not _copied_layout(line)


def test_a_sentence_in_a_cell_stays_prose():
    text = _ARTICLE + "The chairman said the board would publish the figures next month. |\n"
    assert _layout_lines(text) == []


def test_the_shared_seed_004():
    path = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds" / "004_7aca21f3a10a7e07.txt"
    if not path.exists():
        pytest.skip("needs ../shared/corpus/seeds/004_7aca21f3a10a7e07.txt (the shared corpus is absent)")
    lines = _layout_lines(path.read_text(encoding="utf-8"))
    assert len(lines) == 7 and all(line.endswith("|") for line in lines)
