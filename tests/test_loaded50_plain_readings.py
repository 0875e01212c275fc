"""loaded50: words of plain prose read as the writer's loaded terms, as classes. Every text is
written for these tests.

1. A hedge on a plain description of how a place or a thing looks ("a seemingly barren plain",
   "an apparently empty car park": loaded_language.txt [hedged_description_words], the adjective
   right after the hedge) casts no doubt on a claim; "seemingly innocent", "apparently unaware"
   keep their doubt.
2. A field's term for an event ("the economic collapse of the 1930s", "a nuclear meltdown":
   [field_event_words], the word right before the cue; "a complete collapse of the economy":
   "economy" in the sentence, [literal_senses]) is no emotive word of the writer's;
   "the moral collapse", "a total collapse", "a political meltdown" keep their cue.
3. A short quotation that names a term being spelled out or defined ('"fracking", short for',
   '"triage" stands for', 'A "blockchain" is a shared ledger': [term_gloss_phrases],
   [defined_term_phrases], loaded_senses.naming_quote) is no scare quote; 'Their "reform" is a
   sham', 'The "experts" are a joke' keep theirs.

Guards (they pass on main too) are named test_guard_*.
"""

from __future__ import annotations

import pytest
from loaded_helpers import loaded_evidence


def _kinds_of(text: str, word: str) -> list[str]:
    """The kinds of the evidence items of `text` whose words hold `word` (lower case)."""
    return [kind for kind, words in loaded_evidence(text) if word in words.lower()]


# 1 and 2: a plain word (second) that main counts; each fails on main
PLAIN = [
    ("The rover crossed a seemingly barren plain before it reached the crater rim.", "seemingly"),
    ("Satellite photos showed a seemingly empty valley where the village had stood.", "seemingly"),
    ("The seemingly deserted island had a small fishing camp on its north shore.", "seemingly"),
    ("By midnight the car park was apparently empty.", "apparently"),
    ("Historians still argue about the causes of the economic collapse of the 1930s.", "collapse"),
    ("After the financial collapse of 2008, lending stayed low for years.", "collapse"),
    ("The housing collapse began in 2006 in several coastal states.", "collapse"),
    ("The reactor suffered a nuclear meltdown in 1986.", "meltdown"),
    ("The financial meltdown of 2008 hit pension funds across the country.", "meltdown"),
    # an economy failing, read from its sentence ([literal_senses], as a market's collapse is)
    ("The unrest could lead to a complete collapse of the economy within a year.", "collapse"),
    ("The economy collapsed in 1998 and wages fell by a third.", "collapse"),
]

# Guards: the loaded use keeps its cue (passing on main too)
LOADED = [
    ("The minister's seemingly innocent question was a trap.", "seemingly", "doubt"),
    ("He is apparently unaware of the rules he signed.", "apparently", "doubt"),
    ("The seemingly harmless remark was a threat to the whole town.", "seemingly", "doubt"),
    ("The moral collapse of our leaders is a disgrace.", "collapse", "emotive"),
    ("The regime faces a total collapse within weeks.", "collapse", "emotive"),
    ("The party's political meltdown was a spectacle of chaos.", "meltdown", "emotive"),
]


@pytest.mark.parametrize(("text", "word"), PLAIN)
def test_plain_description_or_field_term_counts_nothing(text, word):
    assert _kinds_of(text, word) == []


@pytest.mark.parametrize(("text", "word", "kind"), LOADED)
def test_guard_loaded_use_keeps_its_cue(text, word, kind):
    assert kind in _kinds_of(text, word)


# 3: a quoted term spelled out or defined; each fails on main
DEFINED = [
    ('A "blockchain" is a shared ledger kept by many computers.', "blockchain"),
    ("A 'blockchain' is a shared ledger kept by many computers.", "blockchain"),
    ('An "annuity" is a contract that pays a fixed sum each year.', "annuity"),
    ('The plant uses "fracking", short for hydraulic fracturing.', "fracking"),
    ('On the ward, "triage" stands for sorting patients by need.', "triage"),
]

# Guards: scare quotes that stay (passing on main too)
SCARE = [
    ('Their "reform" is a sham and everyone knows it.', "reform"),
    ('The "experts" are a joke.', "experts"),
    ("Their 'experts' never checked the data.", "experts"),
    ('The mayor\'s "plan", short on detail, was nothing of the kind.', "plan"),  # "short on": no gloss
]


@pytest.mark.parametrize(("text", "word"), DEFINED)
def test_defined_term_is_no_scare_quote(text, word):
    assert "scare quote" not in _kinds_of(text, word)


@pytest.mark.parametrize(("text", "word"), SCARE)
def test_guard_scare_quote_stays(text, word):
    assert "scare quote" in _kinds_of(text, word)
