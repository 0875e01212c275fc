"""(pasted30) A word processor's comments and a draft's note left in a text saved as plain text:
the comments block at the end ("[a]Jo Pryce: is this his figure or ours?") is the editors' talk,
not the author's voice or claims; a draft's note over the text ("DRAFT v3 - for subs - do not
publish") is no title and no claim. Every text here is written for these tests."""

from __future__ import annotations

import re

import pytest

from xlplugin import score_text
from xlplugin.draft_notes import comment_spans, draft_line
from xlplugin.file_titles import headline_line

HEADLINE = "Library to open on Sundays from January"
BODY = ("Fenby's central library will open on Sunday afternoons from January, the county council said on Monday. "
        "The extra hours will be paid for by a grant from the Harbour Trust, according to the council. "
        "\"Sunday is when families have time together,\" said Meera Shah,{a} the council's head of libraries. "
        "The library will open from noon until four. Volunteers from the Friends of Fenby Library will help at the "
        "children's desk.{b} The council said it would review the hours after six months.")
PLAIN = f"{HEADLINE}\n\n{BODY.format(a='', b='')}\n"

COMMENT_BLOCKS = [
    "[a]Jo Pryce: is this her figure or ours? we should check\n[b]Sam Kerr: I think we should cut this para",
    "[a]Ravi: can we get a second voice here? I'd like one\n\n[b]Ravi: our style is 'noon to 4pm'",
    "[a]Ed Morgan: I am not sure we need her title\n[b]Ed Morgan: do we trust the Friends' numbers?\n"
    "[c]Jo Pryce: I'll ring them",
]


def _with_comments(block: str) -> str:
    return f"{HEADLINE}\n\n{BODY.format(a='[a]', b='[b]')}\n\n{block}\n"


@pytest.mark.parametrize("block", COMMENT_BLOCKS)
def test_the_comments_block_is_found(block):
    text = _with_comments(block)
    found = [text[s:e] for s, e in comment_spans(text)]
    assert found == [line for line in block.split("\n") if line.strip()]


@pytest.mark.parametrize("block", COMMENT_BLOCKS)
def test_comments_are_no_voice_and_no_claims_of_the_author(block):
    plain, commented = score_text(PLAIN), score_text(_with_comments(block))
    loaded = commented.signals["loaded_language"]
    assert not [e for e in loaded.evidence if e.kind in ("first person", "rhetorical question")]
    assert commented.reliability == pytest.approx(plain.reliability, abs=0.05)
    claims = commented.signals["unsourced_claims"]
    assert not any(e.text.lstrip().startswith("[") or re.search(r"\bours\b|\bI'd\b", e.text) for e in claims.evidence)


def test_a_footnote_list_is_no_comments_block():
    """Near miss: "[1] ..." notes at the end are a references list (its markers are figures)."""
    text = (f"{HEADLINE}\n\n{BODY.format(a='[1]', b='[2]')}\n\n[1] Council cabinet paper, 4 November.\n"
            "[2] Friends of Fenby Library annual report, 2025.\n")
    assert comment_spans(text) == []


def test_bracketed_lines_with_no_anchor_above_are_no_comments_block():
    """Near miss: a text's own lines opening "[a]" with no anchor in the text stay the author's."""
    text = f"{PLAIN}\n[a] I think we should all back the library.\n[b] We must keep it open.\n"
    assert comment_spans(text) == []
    loaded = score_text(text).signals["loaded_language"]
    assert [e for e in loaded.evidence if e.kind == "first person"]


@pytest.mark.parametrize("line", [
    "DRAFT v3 - for subs - do not publish before 06:00",
    "Draft 2: not for publication",
    "DRAFT \u2013 for legal review",
    "DRAFT",
    "draft v1.2 (do not circulate)",
])
def test_a_drafts_note_is_no_title_and_no_claim(line):
    assert draft_line(line)
    text = f"{line}\n\n{PLAIN}"
    assert headline_line(text) == HEADLINE
    result, plain = score_text(text, title=HEADLINE), score_text(PLAIN, title=HEADLINE)
    claims = result.signals["unsourced_claims"]
    assert not any(line[:5] in e.text for e in claims.evidence)
    assert result.reliability == pytest.approx(plain.reliability, abs=0.05)


@pytest.mark.parametrize("line", ["Draft budget approved by council", "Drafting errors delay the new bus timetable",
                                  "Draftsman wins award for harbour plans"])
def test_a_headline_about_a_draft_is_still_a_headline(line):
    assert not draft_line(line)
    assert headline_line(f"{line}\n\n{BODY.format(a='', b='')}\n") == line
