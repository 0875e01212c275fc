"""Loaded language version 49 (loaded30): a newsroom's explainer speaks as the outlet. Its pledge
to update the page ("We will update this page as we learn more", "This story will be updated")
or a "What we know" heading makes its "we" the outlet's (xlplugin.outlet_voice), and short
questions alone on their lines, each answered on the next line, are its subheads, not the
author's rhetorical questions (xlplugin.argued_voice). Argued texts keep their voice. Fixtures are
written for these tests."""

import pytest

from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

LEAD = ("The ferry between Orrin and Castle Bay was cancelled on Monday after a fault in its steering, "
        "the operator said. About 900 passengers a day use the crossing, according to the harbour board.\n\n")


def _voice(text: str) -> list[str]:
    sig = loaded_language.score(prepare(LEAD + text), Settings())
    return [e.kind for e in sig.evidence if e.kind in ("first person", "rhetorical question")]


@pytest.mark.parametrize("text", [
    "We will update this page as we learn more. We do not know yet when the ferry will sail again.\n",
    "This story will be updated. We do not yet know how long the repair will take.\n",
    "We'll keep this article updated through the day. Our understanding is that spare parts are on the way.\n",
    "What we know\nThe steering failed on the morning crossing. We understand no one was hurt.\n\n"
    "What we don't know\nWhen the ferry will return to service.\n",
])
def test_newsroom_we_is_the_outlet(text):
    assert "first person" not in _voice(text)


@pytest.mark.parametrize("text", [
    "We should be furious. We deserve a ferry that works, and we must demand one.\n",
    # the pledge inside a quotation is the speaker's, not the text's
    "\"We will update this page,\" the operator's manager said. We deserve a ferry that works.\n",
])
def test_argued_we_still_counts(text):
    assert "first person" in _voice(text)


@pytest.mark.parametrize("text", [
    "Who is affected?\nPassengers booked on Monday and Tuesday can change their tickets free of charge.\n\n"
    "What happens next?\nEngineers will inspect the steering gear on Wednesday morning.\n",
    "Can I get a refund?\nYes. Tickets bought online are refunded within five days.\n\n"
    "How long will it take?\nThe operator expects the repair to last a week.\n\n"
    "Are other routes running?\nThe northern crossing runs as normal.\n",
])
def test_answered_subheads_are_no_rhetorical_questions(text):
    assert "rhetorical question" not in _voice(text)


@pytest.mark.parametrize("text", [
    # one question line alone: no page of questions and answers
    "Who is affected?\nPassengers booked on Monday and Tuesday.\n",
    # leading questions, each on its line, stay rhetorical
    "Why does nobody in charge care?\nThe operator has had years to fix it.\n\n"
    "Isn't it time the board resigned?\nThe harbour has waited long enough.\n",
    # a text with one sentence a line: its questions are no subheads
    "Passengers waited for hours on the quay.\nWho decided that was fine?\nThe operator did.\n"
    "Sound familiar to anyone?\nIt should.\n",
    "Who decided that was fine?\n\nThe operator did.\n\nSound familiar to anyone?\n\nIt should.\n",
    # a question inside a paragraph of prose, left hanging
    "Passengers waited on the quay for hours. Who decided that was acceptable? The operator has not said.\n",
])
def test_rhetorical_questions_still_count(text):
    assert "rhetorical question" in _voice(text)
