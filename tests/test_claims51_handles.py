"""(claims51) A sentence that plugs a social-media account by its handle ("Follow @name for the
latest", "Find us on Instagram @name", "Tweet me @name"): claims.txt [social_plug_phrases],
claim_lines rule "call to action") is the page asking the reader to follow someone, no claim.
The same opening words without a handle ("Follow the money: ...") and an e-mail address are
not this rule. Every text is written for these tests."""

from __future__ import annotations

import pytest

from attribution_helpers import claim_texts
from xlplugin.claim_lines import page_furniture


@pytest.mark.parametrize("text", [
    "Follow @harbour_live on Twitter for the latest.",
    "Follow @harbourlive for the latest updates on the 3 biggest stories.",
    "Find us on Instagram @harbourlive for the best photos of 2025.",
    "Tweet me @annlee with your best photos of the 10 biggest waves.",
])
def test_a_handle_plug_is_no_claim(text):
    # (each was a check-worthy claim before: a ranking, a figure or a platform as an actor)
    assert claim_texts(text) == []


def test_a_handle_plug_is_a_call_to_action():
    line = "Follow @harbourlive for the latest."
    assert page_furniture(line, line) == "call to action"


@pytest.mark.parametrize("text", [
    "Follow the money: the council spent 4 million pounds on consultants last year.",
    "Contact ann@example.com for the latest figures on the 3 biggest schemes.",
    "The mayor told @harbourlive that 40 homes flooded last year.",  # a handle, no plug
])
def test_no_plug_keeps_its_claim(text):
    assert claim_texts(text) == [text]
