"""`kinds_shortcuts.line_keys` (speed21): a rule of kinds.txt read at line starts ("(?:^|\\n)[ \\t]*
(?:#{1,3}[ \\t]*)?(?:who we are|what we do|...)") is not tried on a text none of whose lines opens
with one of its beginnings once a heading's or a list item's marks are stripped. Speed only: the
rule gives the same cue with the pre-test as without it, on written leads (headings, list items,
bold, tabs), on texts generated from each rule's own pattern, and on the seed articles and the
examples; and on a plain report the rules' patterns are not even tried.

The short texts here were written for this project.
"""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xlplugin import kinds
from xlplugin.kinds_shortcuts import LINE_KEY, line_heads, line_keys
from xlplugin.text import prepare

from conftest import EXAMPLES, SEEDS

KEYED = [rule for rule in kinds.rules() if rule.line_keys is not None]


def _cue(rule: kinds.Rule, text: str) -> str | None:
    doc = prepare(text)
    facts = kinds._Facts(doc, kinds.rules())
    facts.scores = {kind: 0.0 for kind in kinds.KINDS}
    return kinds._cue(rule, doc, facts)


def test_most_line_start_rules_have_keys():
    """The line-start rules on the text or its head read by `line_keys` (kinds23's service,
    notices, verdict and petition lines among them); a lead of other characters is not read."""
    assert len(KEYED) >= 25
    assert all(rule.where in ("text", "head") for rule in KEYED)
    patterns = " ".join(rule.pattern for rule in KEYED)
    for words in ("who we are", "dates for", "verdict", "sign now", "dear ", "last (?:updated"):
        assert words in patterns, words


@pytest.mark.parametrize("pattern, beginnings", [
    ("(?:^|\\n)[ \\t]*(?:#{1,3}[ \\t]*)?(?:who we are|what we do|our (?:team|story))", {"who we are", "what we do", "our "}),
    ("(?:^|\\n)[ \\t]*(?:[-*•][ \\t]*)?(?:pros|the good)[ \\t]*:", {"pros", "the good"}),
    ("(?:^|\\n)[ \\t]*(?:this )?page (?:was )?last|(?:^|\\n)last updated", {"this ", "page ", "last updated"}),
    ("(?:^|\\n)[ \\t]*(?:\\*\\*)?(?:edit|eta)(?:\\*\\*)?:", {"edit", "eta"}),
    ("(?:^|\\n)[ \\t]*#{1,4}[ \\t]*(?:added|fixed)", {"added", "fixed"}),
    ("(?:^|\\n)we(?:'re| are) hiring", {"we"}),
])
def test_keys_of_line_start_patterns(pattern, beginnings):
    """The keys are the literal beginnings, cut to `LINE_KEY` characters (speed31: 8; 4 before)."""
    assert line_keys(re.compile(pattern)) == {b[:LINE_KEY] for b in beginnings}


@pytest.mark.parametrize("pattern", [
    "(?:^|\\n)\\s*(?:who|what)",  # \s takes line breaks and other spaces
    "(?:^|\\n)[ \\t]*[\\d,.]+ likes",  # no literal beginning
    "(?:^|\\n)[#-z]*(?:who|what)",  # a range: letters in the lead
    "(?:^|\\n)[ \\t]*(?:who|)x",  # an empty alternative
    "(?:^|\\n)(?:who|- what)",  # a beginning that opens with a mark
    "(?:^|\\n)who|\\bwhat",  # an alternative not at a line start
    "\\b(?:who|what)\\b",
    "(?i)(?:^|\\n)who",  # a flag
])
def test_no_keys_where_the_beginnings_cannot_be_read(pattern):
    assert line_keys(re.compile(pattern)) is None


def test_line_heads_strip_the_marks():
    heads = line_heads("## who we are\n  - pros: x\n\t• sign now\n**edit**: y\nplain")
    assert {"who ", "pros", "sign", "edit", "plai", "w", "wh", "who"} <= heads
    assert "#" not in heads and "-" not in heads


WRITTEN = [
    "## Who we are\nWe are a club.\n\n### What we do\nWe play chess.",
    "Pros: light\nCons: dear\n- Verdict: buy it\n• Rating: 4/5",
    "Intro line.\n\tDear parents and carers,\nDates for your diary\nThis page was last updated in May.",
    "**Edit:** typo fixed\nTL;DR: it works\n##Salary: 30,000\nClosing date: 1 May",
    "Sign this petition\nAdd your name\n  Who can apply\nHow to apply\nStep 1: read the guidance",
    "The council met.\nThe bad news came later.\nOur view\nLeader\n",
    "x\n- - who we are\n#-# what we do\n",  # marks mixed: the stripped line starts with the words
]


@pytest.mark.parametrize("text", WRITTEN)
def test_the_same_cues_on_written_leads(text):
    for rule in KEYED:
        plain = dataclasses.replace(rule, line_keys=None)
        assert _cue(rule, text) == _cue(plain, text), (rule.pattern[:60], text)


def _files() -> list[str]:
    return [p.read_text(encoding="utf-8") for folder in (SEEDS, EXAMPLES) if folder.is_dir()
            for p in sorted(folder.glob("*.txt"))]


def test_the_same_cues_on_articles():
    for text in _files():
        for rule in KEYED:
            assert _cue(rule, text) == _cue(dataclasses.replace(rule, line_keys=None), text), rule.pattern[:60]


JOINERS = ["\n", "\n\n", " ", "## ", "- ", "\t", "**", "The council met on Tuesday.", "Who", "we"]


@pytest.mark.parametrize("rule", KEYED, ids=lambda r: r.why[:40])
@settings(max_examples=20, deadline=None)
@given(data=st.data())
def test_a_line_key_rules_out_no_match(rule, data):
    """On texts holding matches of the rule's pattern among lines and marks, the same cue with the
    pre-test as without it."""
    pieces = data.draw(st.lists(st.one_of(st.from_regex(rule.regex), st.sampled_from(JOINERS)), min_size=1, max_size=8))
    text = "".join(pieces)
    assert _cue(rule, text) == _cue(dataclasses.replace(rule, line_keys=None), text)


class _NotTried:
    """A pattern's shortcut that fails when consulted."""

    def __getattr__(self, name):
        raise AssertionError(f"the pattern was tried ({name})")


def test_a_report_without_such_lines_is_not_scanned():
    """A report's lines open with words no line-start rule begins with: no such rule's pattern is
    tried (before, each scanned every line break of every text)."""
    report = ("Council approves budget\n\nCouncillors approved the budget on Tuesday, the mayor said.\n\n"
              "Voting was 31 to 12. Opposition councillors said the plan cut too deep.\n\n"
              "Copies of the budget are at the library.")
    heads = line_heads(report.lower())
    assert all(rule.line_keys.isdisjoint(heads) for rule in KEYED)
    for rule in KEYED:
        blind = dataclasses.replace(rule, starts=_NotTried(), regex=_NotTried())
        assert _cue(blind, report) is None
