"""(lead25) A shrug at what anyone says ("..., whatever they say.") names no speaker: a label in
the sentence is the author's, where a closing tag with a speaker ("..., Lind said.") makes it the
speaker's (sides26's reported speech, xlplugin.reported_speech). Texts written for this test."""

from __future__ import annotations

import pytest

from xlplugin import prepare, score_text
from xlplugin.reported_speech import reported

LEAD = ("The council met on Tuesday to discuss the budget for the coming year. " * 30).strip()


def _derogatory(text: str) -> list[str]:
    ev = score_text(f"{LEAD}\n\n{text}").as_dict()["signals"]["loaded_language"]["evidence"]
    return [e["kind"] for e in ev if "derogatory" in (e.get("kind") or "")]


@pytest.mark.parametrize("text", [
    "Those organisers are thugs, whatever they say.",
    "The board members are cronies, whoever says otherwise.",
    "The protesters are thugs, whatever anyone says.",
])
def test_a_shrug_at_what_anyone_says_leaves_the_label_the_authors(text):
    assert _derogatory(text) == ["derogatory"]


@pytest.mark.parametrize("text", [
    "Those organisers are thugs, Lind said.",
    "The board members are cronies, the mayor said on Tuesday.",
])
def test_a_closing_tag_with_a_speaker_still_makes_it_the_speakers(text):
    assert _derogatory(text) == ["quoted derogatory"]


def test_the_rule_reads_the_source_not_the_sentence():
    doc = prepare("They are thugs, whatever they say.")
    assert not reported(doc, 0, 9, 14)
