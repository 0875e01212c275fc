"""(claims48) Sentences that are no unsourced claims, read as such before: every text written for
these tests (a page of ../shared is read at run time only, and skipped when absent).

1. The writer's own acts told in the first person are the writer's account, sourced by the writer
   (unsourced_claims.writers_own_account); a first-person view with an adverb or "do" between
   the pronoun and its verb is an opinion ("I really do think ..."), as "I think" was.
2. A "%" after no number ("% formatting") and an ordinal in a compound word ("3rd party") are
   no figures (unsourced_claims._percent_sign, _counts, claims.txt [ordinal_compound_words]).
3. The capital of a sentence's first word shows no name: "Snowfall will close three roads" is a
   forecast, no intent (unsourced_claims._named_elsewhere).
"""

from __future__ import annotations

import json

import pytest
from attribution_helpers import added_claims, fast_path_agrees, shared_page_evidence

from xlplugin.scorers import unsourced_claims
from xlplugin.settings import Settings
from xlplugin.text import prepare


def _cues(sentence: str) -> dict[str, str]:
    doc = prepare(sentence)
    return {category: word for category, word, _ in unsourced_claims.ClaimWords(doc, doc.sentences[0]).cues()}


def _kinds(probe: str) -> list[str]:
    return [kind for kind, _ in added_claims(probe)]


def _no_claim_without(sentence: str, category: str) -> None:
    """The sentence shows no cue of `category` and is no check-worthy claim."""
    assert category not in _cues(sentence), _cues(sentence)
    assert added_claims(sentence) == [], added_claims(sentence)


# --- 1. the writer's own account and view -------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "In May 2019, we dropped support for the old Lantern 1.4 release.",
    "By March 2018, we had the parser running on the new Tidewater 2 engine.",
    "I created Fernway because of the poor experience I had with packaging at Orbis.",
    "We eventually removed the importer in October 2019.",
    "The old shim lasted until October 2019, and then I removed it from the Lantern tree.",
    "And then we introduced a test harness for the Tidewater port in 2016.",
    "In October 2019, we\u2019ve removed the importer from the Lantern tree.",  # (a curly apostrophe)
])
def test_the_writers_own_act_is_sourced_by_the_writer(sentence):
    found = added_claims(sentence)
    assert [kind for kind, _ in found] == ["sourced"], found
    assert "its own account in the first person" in found[0][1], found


@pytest.mark.parametrize("sentence", [
    "I really do think Lantern dodged a bullet in 2019.",
    "To be clear, I do think Tidewater is a better engine than Orbis.",
])
def test_a_first_person_view_with_words_between_is_an_opinion(sentence):
    assert "opinion" in _cues(sentence), _cues(sentence)
    assert added_claims(sentence) == [], added_claims(sentence)


@pytest.mark.parametrize("sentence", [
    "In May 2019, the Lantern team dropped support for the old 1.4 release.",  # no first person
    "We know the council closed three libraries in 2019.",  # a present: no act of the writer's
    "We were told that the council closed three libraries in 2019.",  # hearsay
    "Lantern 5.2 was released on November 5, 2019.",
    "The council closed three libraries in 2019 after we moved to the town.",  # a clause of time: the claim is not ours
])
def test_other_accounts_stay_unsourced(sentence):  # (guards)
    assert _kinds(sentence) == ["unsourced"], added_claims(sentence)


def test_a_quoted_we_is_the_speakers_not_the_writers():  # (guard)
    text = "The plant closed in 2019. \u201cWe cut 300 jobs in 2019,\u201d a worker wrote on a forum.\n"
    sig = unsourced_claims.score(prepare(text), Settings())
    assert all("own account" not in e.detail for e in sig.evidence), [e.detail for e in sig.evidence]


def test_the_writers_account_lends_nothing_to_the_sentence_next_to_it():
    found = added_claims("Python 3.0 was released on December 3, 2008. We ported Lantern to it in 2016.")
    assert [kind for kind, _ in found] == ["unsourced", "sourced"], found


# --- 2. "%" after no number, an ordinal in a compound word ---------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Another feature was % formatting of strings.",
    "The old release allowed use of the % operator on both string types.",
    "So we prefer to minimise dependencies on 3rd party packages.",
    "The tool pulled in a 3rd-party parser and 1st class support.",
])
def test_no_number_no_figure(sentence):
    _no_claim_without(sentence, "number")


@pytest.mark.parametrize("sentence", [
    "Support rose to 40% last year.",
    "Support rose to 40 % last year.",
    "Support rose to fifty % last year.",
    "The team finished 3rd in the league.",
    "The 3rd party candidate won 12 seats.",
])
def test_a_share_and_a_place_still_count(sentence):  # (guards)
    assert "number" in _cues(sentence), _cues(sentence)


# --- 3. a sentence's first capital is no name --------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Snowfall will close three roads.",
    "Rainfall is set to close two bridges.",
    "Erosion will close three beaches.",
])
def test_a_first_word_capital_shows_no_body_that_can_intend(sentence):
    _no_claim_without(sentence, "intent")


@pytest.mark.parametrize("probe", [
    "Shoppers at Tesco were angry on Friday. Tesco will close three stores.",
    "BBC will cut three programmes.",
    "Council will close three libraries.",
    "Harbour Ferries plans to sell two boats.",
])
def test_a_name_shown_so_still_intends(probe):  # (guards)
    doc = prepare(probe)
    last = doc.sentences[-1]
    words = unsourced_claims.ClaimWords(doc, last)
    assert "intent" in {category for category, _, _ in words.cues()}, words.cues()


def test_the_fast_path_reads_these_as_the_plain_reading_does():
    fast_path_agrees("Snowfall will close three roads. Another feature was % formatting. We dropped 3rd party code. "
                     "I really do think Lantern 2 is better than Orbis. Support rose to 40% in 2019.")


# --- the page the brief names ---------------------------------------------------------------------------------

def test_the_porting_post_keeps_fewer_wrong_flags():
    evidence = shared_page_evidence("gregoryszorc.com.python3.html")
    unsourced = [e for e in evidence if e.kind == "unsourced"]
    own = [e for e in evidence if "own account in the first person" in e.detail]
    assert len(unsourced) <= 85, len(unsourced)  # (137 on main)
    assert len(own) >= 8, len(own)  # (none on main)
    assert not any("%" in e.detail or "3rd" in e.detail for e in unsourced)
    json.dumps([e.detail for e in unsourced])  # (the details stay plain strings)
