"""(claims52) A US state's or a Canadian province's abbreviation after a town ends no sentence
inside a dateline or an address (prose.txt [dateline_state_abbreviations], sentences._dateline_state):
"ST. CLOUD, Minn. (AP) -- ..." is one sentence; outside a dateline or an address the full stop may
end one, as before. Sentences written for these tests."""

from __future__ import annotations

import pytest

from xlplugin.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in split_sentences(text)[1]]


@pytest.mark.parametrize("text", [
    # a wire's credit in brackets after the dateline (split at "Minn." on main)
    "ST. CLOUD, Minn. (AP) \u2014 A school board voted on Tuesday to close two schools.",
    "PORTLAND, Ore. (Reuters) - The city council voted to raise bus fares by 10 cents.",
    "Greenville, Miss. (AP) -- Floodwater closed three roads on Monday.",
    # the town in capitals opening its line, no credit
    "ST. CLOUD, Minn. A school board voted on Tuesday to close two schools.",
    "BILLINGS, Mont. The county jail held 40 more inmates than its capacity.",
    # an address with its ZIP code
    "Write to the clinic at 40 Elm Road, Austin, Tex. 78701 for a copy of the report.",
])
def test_state_abbreviation_in_a_dateline_or_address_ends_no_sentence(text):
    assert sentences(text) == [text]


@pytest.mark.parametrize("text, first", [
    # guards: a state's abbreviation that ends a sentence of prose still ends it
    ("He lives in Springfield, Ill. His brother lives in Ohio.", "He lives in Springfield, Ill."),
    ("Write to 40 Elm Road, Austin, Tex. Letters are answered within a week.",
     "Write to 40 Elm Road, Austin, Tex."),
    ("She fell ill. Doctors said she would recover.", "She fell ill."),
    ("He went to Mass. The priest spoke for an hour.", "He went to Mass."),
    # a lower-case word before the comma is no town
    ("They drove north, Minn. The rest is history.", "They drove north, Minn."),
])
def test_state_abbreviation_outside_a_dateline_may_end_a_sentence(text, first):
    assert sentences(text)[0] == first


def test_dateline_that_already_held_stays_one_sentence():
    # guards: a dash after the state and a month abbreviation kept the dateline whole on main too
    for text in ("ST. CLOUD, Minn. \u2014 A school board voted on Tuesday.",
                 "WASHINGTON, Dec. 4 (Reuters) - The Senate voted.",
                 "BOSTON, Mass., Jan. 3 \u2014 The city council voted."):
        assert sentences(text) == [text]
    assert sentences("ST. CLOUD, Minn. \u2014 It rained. The school shut.") == [
        "ST. CLOUD, Minn. \u2014 It rained.", "The school shut."]
