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

from pathlib import Path

import pytest
from attribution_helpers import added_claims

from xlplugin.claims_index import WordIndex
from xlplugin.scorers import unsourced_claims
from xlplugin.settings import Settings
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
    text = " ".join(s for s, _ in ADJECTIVES + GUARDS)
    doc = prepare(text)
    index = WordIndex(doc)
    for s in doc.sentences:
        assert index.reasons(s, unsourced_claims.THRESHOLD) == unsourced_claims.check_worthy_reasons(doc, s), s.text


# --- the page the brief names ---------------------------------------------------------------------------------

PAGE = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "web" / "pages" / "gregoryszorc.com.python3.html"


def test_the_porting_post_keeps_fewer_wrong_flags():
    if not PAGE.exists():
        pytest.skip("../shared/corpus/web is not here (the shared corpus sits beside the worktree)")
    from xlplugin.inputs import _decode_file
    from xlplugin.pages import extract_page

    text = extract_page(_decode_file(PAGE.read_bytes(), str(PAGE), html=True)[0]).text
    sig = unsourced_claims.score(prepare(text), Settings())
    unsourced = [e for e in sig.evidence if e.kind == "unsourced"]
    assert len(unsourced) <= 74, len(unsourced)  # (80 on f97c3002)
    past = " ".join(e.detail for e in unsourced)
    for word in ("“powered”", "“excited”", "“polished”", "“complicated”", "“implemented”"):
        assert f"past event {word}" not in past
