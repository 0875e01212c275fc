"""(claims54) A letters page's signature block, the instruction to write in over the address it
gives ("Write to Letters, The Harbour Star, 12 Elm St., Austin, Tex."), is the page's call to the
reader (claims.txt [call_to_action_phrases], claim_lines rule "call to action"): its street number,
box number or ZIP is no figure, no check-worthy claim (it was an unsourced one). Its sentence ends
at the state's abbreviation where a new capitalised sentence follows ("..., Austin, Tex. Letters
are edited for length."): under AP style one full stop ends both the abbreviation and the
sentence, so the split there is kept (prose.txt [dateline_state_abbreviations] keeps a dateline's
or a ZIP's abbreviation in its sentence). Sentences written for these tests."""

from __future__ import annotations

import pytest

from attribution_helpers import claim_texts, fast_path_agrees
from xlplugin.text import prepare

LEAD = "The council approved the new bus routes on Tuesday.\n\n"


@pytest.mark.parametrize("block", [
    "Write to Letters, The Harbour Star, 12 Elm St., Austin, Tex. Letters are edited for length.",
    "Write to Letters, The Harbour Star, P.O. Box 4100, Austin, Tex. 78701. Letters are edited for length.",
    "Send your letter to The Editor, 12 Elm St., Leeds LS1 4AB. Letters may be cut.",
    "Email letters to letters@example.com or write to 12 Elm St., Austin, Tex. 78701.",
])
def test_the_instruction_to_write_in_is_no_claim(block: str) -> None:
    # fails on main: the address's street or box number made the instruction an unsourced claim
    assert claim_texts(LEAD + block) == []
    fast_path_agrees(LEAD + block)


@pytest.mark.parametrize("text", [
    # (guards) figures in sentences that open otherwise stay claims
    "Writing to the council, residents said rents rose 40 per cent in a year.",
    "Letters to the paper rose 40 per cent in a year.",
    "Send-offs cost the club 12,000 pounds last season.",
])
def test_figures_in_other_sentences_stay_claims(text: str) -> None:
    assert claim_texts(LEAD + text) != []
    fast_path_agrees(LEAD + text)


def test_the_state_abbreviation_ends_the_block_before_a_new_sentence() -> None:
    # (guard) the split at "Tex." before a capitalised sentence is kept, by decision
    text = "Write to Letters, The Harbour Star, 12 Elm St., Austin, Tex. Letters are edited for length."
    doc = prepare(text)
    assert [text[s.start:s.end] for s in doc.sentences] == [
        "Write to Letters, The Harbour Star, 12 Elm St., Austin, Tex.", "Letters are edited for length."]
