"""(polnear45) A poll printed as its question over its results, with no prompt ("Should the council
keep the library open?", then "Yes    61%.", "No    30%.", "Not sure   9%."), as a print page's poll
box reads once copied as text, is the box (promo_boxes._result_spans): the question is the poll's,
asked of those it surveyed, no rhetorical question of the writer's, and its lines are no prose.
A question answered in prose, or over one result line, stays the writer's. Texts written for this
test."""

from __future__ import annotations

import pytest

from xlplugin.promo_boxes import RULE
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

QUESTION = "Should the council keep the Eastgate library open?"

PRINT_POLL = f"""Most voters back the library plan, poll finds.

Voters in Harwick back the council's plan to keep the library open, a poll for the Gazette found.

LIBRARY VOTE.

{QUESTION}

Yes    61%.

No    30%.

Not sure   9%.

Poll of 800 adults taken last week.
"""

COLON_POLL = f"""Voters in Harwick back the council's plan to keep the library open, a poll for the Gazette found.

{QUESTION}
Keep it open: 61%
Close it: 30 %
Don't know: 9%

The council will vote on the plan in March.
"""


def _box_lines(text: str) -> list[str]:
    doc = prepare(text)
    return [doc.text[s:e] for s, e, rule in doc.analysis.not_prose if rule == RULE]


def _rhetorical(text: str) -> list[str]:
    result = loaded_language.score(prepare(text), Settings())
    return [e.text for e in result.evidence if e.kind == "rhetorical question" and e.present is not False]


@pytest.mark.parametrize("text, results", [
    (PRINT_POLL, ["Yes    61%.", "No    30%.", "Not sure   9%."]),
    (COLON_POLL, ["Keep it open: 61%", "Close it: 30 %", "Don't know: 9%"]),
])
def test_a_question_over_its_results_is_a_poll_box(text, results):
    assert _box_lines(text) == [QUESTION, *results]


@pytest.mark.parametrize("text", [PRINT_POLL, COLON_POLL])
def test_the_polls_question_is_no_rhetorical_question(text):
    assert _rhetorical(text) == []


def test_the_writers_prose_around_the_poll_stays_prose():
    lines = _box_lines(PRINT_POLL)
    assert "Poll of 800 adults taken last week." not in lines
    assert "LIBRARY VOTE." not in lines


# guards: the rule does not reach a question answered in prose or over one result line
@pytest.mark.parametrize("text", [
    f"The council meets on Monday.\n\n{QUESTION}\n\nFares rose 5% last year, the operator said, and will rise again.\n",
    f"The council meets on Monday.\n\n{QUESTION}\n\nYes    61%.\n\nThe rest of those asked gave no answer.\n",
    f"{QUESTION} Yes 61%, no 30% and 9% not sure, the poll found.\n",
])
def test_a_question_answered_in_prose_is_no_box(text):
    assert _box_lines(text) == []
