"""(book45) The Why names a few of the author's loaded terms: as the text writes them (it quoted
"disgraceful" for the text's "Disgraceful", "concerns about china" for "concerns about China"),
and, where the text holds more than it names, says that these are some of them ("among them"): a
bare list of three beside "18 loaded terms" read as the whole list. Texts written for this test."""

from __future__ import annotations

import re

import xlplugin
from xlplugin.cells import why_text

MANY = ("Disgraceful council bosses have wrecked the harbour again. The shameful plan is a disaster for "
        "the town, and the arrogant chair ignored every fisherman who spoke at the meeting on Tuesday. "
        "Residents say the outrageous fees will ruin the quay. The board met for two hours and voted to "
        "raise the berth fee from 400 pounds to 900 pounds next year, its minutes show. Boats will pay the "
        "fee from April, and the board will review it in the autumn, the minutes say.")
FEW = ("The harbour board met on Tuesday and voted to raise the berth fee from 400 pounds to 900 pounds "
       "next year, its minutes show. Disgraceful, one fisherman wrote on the board's page, but the board "
       "said the quay needs new pilings. Boats will pay the fee from April, and the board will review it "
       "in the autumn, the minutes say. The chair, Ruth Calder, said the work would take eight months.")


def _terms(why: str) -> tuple[str, list[str]]:
    found = re.search(r"per 1,000(: |, among them )([^)]*)\)", why)
    assert found, why
    return found.group(1), re.findall(r'"([^"]*)"', found.group(2))


def test_a_list_of_some_terms_says_so():
    result = xlplugin.score_text(MANY)
    lead, terms = _terms(why_text(result))
    assert lead == ", among them " and len(terms) == 3


def test_the_terms_are_quoted_as_the_text_writes_them():
    _, terms = _terms(why_text(xlplugin.score_text(MANY)))
    assert "Disgraceful" in terms  # (the text's first word, capitalised)
    assert all(term in MANY for term in terms)


def test_a_whole_list_keeps_its_colon():
    # (guard: every term named, as before)
    lead, terms = _terms(why_text(xlplugin.score_text(FEW)))
    assert lead == ": " and terms == ["Disgraceful"]


GERMAN = ("Heute war ich mit meiner Schwester am See. Wir sind um den ganzen See gelaufen und haben danach "
          "in dem kleinen Café am Ufer einen Kuchen gegessen. Das Wetter war schön, aber der Wind war kalt, "
          "und wir waren froh, als wir wieder zu Hause waren und einen Tee trinken konnten.")


def test_a_kind_not_read_names_its_language_in_words():
    # (the Evidence sheet's Kind row of a text not scored for its language said "language de")
    from xlplugin.kind_shown import as_shown

    result = xlplugin.score_text(GERMAN, url="https://example.de/blog/am-see")
    assert result.kind  # (the engine gave it one from its words)
    shown = as_shown(result)
    assert shown.kind == "" and len(shown.kind_cues) == 1
    assert shown.kind_cues[0].startswith("not read: language German (") and "language de " not in shown.kind_cues[0]
