"""`kinds_shortcuts._first_words` gives a rule only words that every match of its pattern holds
as whole words of the text: a word at an alternative's end without the pattern's closing `\\b`
("make no mistake" matches inside "make no mistakes"), at its start without a leading `\\b`, or
next to an optional space ("kidding ?me" matches "kiddingme") may be part of a longer word, and
then a shortcut that looked it up among the text's words would rule out a match the plain pattern
finds. Checked on constructed rules and texts: the rule with its shortcuts gives the plain
pattern's cue.

The rules and texts here were written for this project.
"""

from __future__ import annotations

import dataclasses

import pytest

from xlplugin import kinds
from xlplugin.kinds_shortcuts import shortcuts
from xlplugin.text import prepare

CASES = [
    ("\\b(?:make no mistake|mark my words)", "Make no mistakes about it: the plan works."),
    ("(?:mistake|blunder)\\b", "That was an overmistake of the worst kind."),
    ("\\b(?:kidding ?me|no way)\\b", "You are kiddingme now, surely."),
    ("\\b(?:wake up,? people)", "Wake up peoples of the valley."),
]


def _cue(pattern: str, text: str, fast: bool) -> str | None:
    rule = kinds._with_shortcuts(kinds.Rule("opinion", "text", pattern, 1.0, "a test cue"))
    if not fast:
        rule = dataclasses.replace(rule, first_words=None, single_words=None, rest=None, rest_needs=None,
                                   starts=None, rest_starts=None, rest_choices=None, tail=None, own_choices=None,
                                   words_any=None, marks="", line_keys=None)
    doc = prepare(text)
    table = (rule,)
    return kinds._cue(rule, doc, kinds._Facts(doc, table))


@pytest.mark.parametrize("pattern, text", CASES)
def test_a_word_that_may_be_part_of_a_longer_one_is_no_first_word(pattern, text):
    plain = _cue(pattern, text, fast=False)
    assert plain is not None  # the plain pattern matches inside the longer word
    assert _cue(pattern, text, fast=True) == plain


def test_bounded_words_keep_their_shortcut():
    assert shortcuts("text", "\\b(?:make no mistake)\\b")["first_words"] == frozenset({"mistake"})
    assert shortcuts("text", "\\b(?:make no mistake)")["first_words"] == frozenset({"make"})
    assert shortcuts("text", "\\b(?:kidding ?me|no way)\\b")["first_words"] is None
    assert shortcuts("text", "(?:mistake|blunder)\\b")["first_words"] is None
    assert shortcuts("text", "\\b(?:wake up,? people)")["first_words"] == frozenset({"wake"})
    assert shortcuts("text", "\\b(?:first published\\.)")["first_words"] == frozenset({"published"})
