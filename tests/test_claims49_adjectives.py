"""(claims49) A regular "-ed" word used as an adjective is no past event, by the word before it
(unsourced_claims._adjective_by_neighbour, _not_a_state; claims.txt [adjective_degree_words],
[adjective_linking_words], [adjective_preposition_words], [participle_preposition_words],
[compound_participle_words]). Every text here is written for these tests (a page of ../shared is
read at run time only, and skipped when absent).

A writer's view ("the world is more complicated", "nothing super polished", "developers get
excited about it") had read as a past event, and with a name or a figure beside it as a
check-worthy claim with no source.
"""

from __future__ import annotations

import pytest
from attribution_helpers import added_claims, fast_path_agrees, shared_page_evidence

from xlplugin.scorers import unsourced_claims
from xlplugin.text import prepare


def _cues(sentence: str) -> dict[str, str]:
    doc = prepare(sentence)
    return {category: word for category, word, _ in unsourced_claims.ClaimWords(doc, doc.sentences[0]).cues()}


ADJECTIVES = [
    # a word of degree before it
    ("For anyone moving files between machines, the Larkspur format is more complicated.", "complicated"),
    ("The Larkspur editor works, but nothing about it is super polished in the early years.", "polished"),
    ("Teams at Larkspur still ship poorly documented APIs to customers.", "documented"),
    # a verb that takes an adjective
    ("The only feature Larkspur users seem to get excited about is the new search box.", "excited"),
    ("Many Larkspur users have become frustrated with the slow start-up.", "frustrated"),
    # a preposition before it
    ("Larkspur is a fine language for embedded development on small boards.", "embedded"),
    # a participle making a preposition
    ("The biggest gain Larkspur gives compared to older tools is its checker.", "compared"),
    # the second half of a compound written without its hyphen
    ("A Larkspur 3 powered laptop still has a handful of known issues.", "powered"),
    ("Not every Larkspur oriented change followed this convention.", "oriented"),
]


@pytest.mark.parametrize("sentence, word", ADJECTIVES)
def test_an_adjective_by_its_neighbour_is_no_past_event(sentence, word):
    cues = _cues(sentence)
    assert cues.get("past event") != word, cues


@pytest.mark.parametrize("sentence", [
    "For areas like file names, the world is more complicated.",
    "The only feature developers seem to get excited about in 2020 is type checking.",
    "None of it looks super polished after all these years.",
])
def test_such_a_view_is_no_check_worthy_claim(sentence):
    assert added_claims(sentence) == [], added_claims(sentence)


GUARDS = [  # past events that stay past events
    ("Larkspur significantly reduced its prices in 2019.", "reduced"),  # an "-ly" adverb before a verb
    ("The council closed three libraries in March.", "closed"),
    ("The team compared the two designs in 2021.", "compared"),  # no "to" after it
    ("Tesla powered ahead of its rivals in 2022.", "powered"),  # an adverb after the compound's word
    ("The Larkspur board based its decision on the 2020 audit.", "based"),  # a possessive after it
    ("Mercer founded the company in 1998.", "founded"),
]


@pytest.mark.parametrize("sentence, word", GUARDS)
def test_a_verb_stays_a_past_event(sentence, word):  # (guards)
    assert _cues(sentence).get("past event") == word, _cues(sentence)


def test_a_dated_event_stays_an_unsourced_claim():  # (guard)
    assert [kind for kind, _ in added_claims("The council closed three libraries in March 2019.")] == ["unsourced"]


def test_the_fast_path_reads_these_as_the_plain_reading_does():
    fast_path_agrees(" ".join(s for s, _ in ADJECTIVES + GUARDS))


# --- the page the brief names ---------------------------------------------------------------------------------

def test_the_porting_post_keeps_fewer_wrong_flags():
    unsourced = [e for e in shared_page_evidence("gregoryszorc.com.python3.html") if e.kind == "unsourced"]
    assert len(unsourced) <= 74, len(unsourced)  # (80 on f97c3002)
    past = " ".join(e.detail for e in unsourced)
    for word in ("\u201cpowered\u201d", "\u201cexcited\u201d", "\u201cpolished\u201d", "\u201ccomplicated\u201d", "\u201cimplemented\u201d"):
        assert f"past event {word}" not in past
