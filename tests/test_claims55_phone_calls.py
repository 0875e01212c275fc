"""(claims55) A sentence asking the reader to call, ring or text a number to do something ("Call
0113 496 0000 to book a place.", "Text 07700 900123 to donate 5 pounds.", "To book a place, call
0113 496 0000."; claims.txt [phone_call_words], [phone_purpose_words], claim_lines rule "call to
action") is the page's call to act: its digits are a number to dial, no figure, no check-worthy
claim (it was an unsourced one). Sentences written for these tests."""

from __future__ import annotations

import pytest

from attribution_helpers import claim_texts, fast_path_agrees
from xlplugin import claim_lines

LEAD = "The council approved the new bus routes on Tuesday.\n\n"


# (verb, whom, number, purpose): each call as the page would write it
CALLS = [
    ("Call", "", "0113 496 0000", "to book a place"),
    ("Phone", "us on", "020 7946 0000", "to order a copy"),
    ("Text", "", "07700 900123", "to donate 5 pounds"),
    ("Ring", "the box office on", "0113 496 0000", "to register"),
    ("Call", "", "+44 113 496 0000", "to find out more"),
    ("Dial", "", "999", "to report a fire"),
]


def _call(verb: str, whom: str, number: str, purpose: str) -> str:
    return " ".join(part for part in (verb, whom, number, purpose) if part) + "."


@pytest.mark.parametrize("call", [_call(*parts) for parts in CALLS] + ["To book a place, call 0113 496 0000."])
def test_a_call_to_dial_a_number_is_no_claim(call: str) -> None:
    # fails on main: the phone number's digits made the call an unsourced claim
    assert claim_texts(LEAD + call) == []
    assert claim_lines.page_furniture(call, call) == "call to action"
    fast_path_agrees(LEAD + call)


@pytest.mark.parametrize("text", [
    # (guards) a noun of calling opening a claim, a number with no purpose, a purpose with no call
    "Calls to 0113 496 0000 rose 40% last year.",
    "Call centres in Leeds handled 4 million calls last year.",
    "Text messages to 07700 900123 doubled in 2024.",
    "Ring roads cost 40 million pounds.",
    "Call 0113 496 0000 and you wait 40 minutes.",
    "To book a place, 400 people queued.",
])
def test_other_sentences_with_figures_stay_claims(text: str) -> None:
    assert claim_texts(LEAD + text) != []
    assert claim_lines.page_furniture(text, text) == ""
    fast_path_agrees(LEAD + text)
