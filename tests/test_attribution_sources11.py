"""Attribution misreadings fixed as classes (sources11; every text written for these tests): after
its subject, a verb of saying followed by a noun phrase and a verb starts what was said, never a
source inverted after it; unnamed people and what they put on a platform are a vague source; a verb
of saying with nothing reported ("said little", "said no more") attributes nothing. Each class has
the other reading beside it, which still counts."""

from __future__ import annotations

import pytest
from attribution_helpers import attribution_kind as _kind

from xlplugin import cues
from xlplugin.misread_sayings import says_no_words
from xlplugin.scorers import provenance, unsourced_claims
from xlplugin.settings import Settings
from xlplugin.text import prepare


def _cue_text(text: str, k: int = -1) -> str:
    found = cues.attributions(prepare(text))[k]
    return text[found.start:found.end] if found else ""


# --- 1. a reported clause after a subject's verb of saying -------------------------------------

@pytest.mark.parametrize("text", [
    "The man said the police had ignored his calls for a week.",
    "The driver said the council had known about the pothole for years.",
    "The farmer told reporters the council had cut the drainage budget.",
    "The passenger said the ministry would pay the overtime in May.",  # (hunt33: "The nurse said" is a role now)
    "The old miner said the government was wrong about the mine.",
    "The cyclist said the minister came to the bridge at night.",
    "The tenant said Ms Okafor had locked the hall at ten.",  # (hunt33: "The caretaker said" is a role now)
    "The woman said officials had lied to her about the rent.",
    "The delegates said they were acting on the court's ruling.",
    "All three candidates have said the council would fall.",
    "His wife of 37 years says the doctors were wrong.",
    "It was no accident in any way and the widow says the doctors were wrong.",
    "The cook became a trustee and said the council had split.",
    "The crowd said they support Ms Okafor.",
])
def test_a_noun_phrase_and_a_verb_after_said_are_what_was_said(text):
    # the speaker stands before the verb, described or named before: as "he said" (no source
    # "the police", "Ms Okafor", "officials", "they" read from what was said)
    assert _kind(text) == "pronoun"
    assert _cue_text(text) in ("said", "says", "told")


@pytest.mark.parametrize("text", [
    "A neighbour said the police never came to the flat.",
    "A witness said the army fired first at the checkpoint.",
    "Sixty percent said they would vote for the new bridge.",
    "Most of the tenants said the council had ignored the damp.",
    "In the survey, 40 percent said the council was doing well.",
    "In the hall, participants said the council had ignored them.",
    "Those surveyed said the council was right.",
])
def test_an_unnamed_speaker_before_a_reported_clause_is_vague(text):
    assert _kind(text) == "weasel"
    # (sources14: a plural of people is its own vague source; claims52: so is one unnamed person)
    assert _cue_text(text) in ("said", "participants said", "A neighbour said")


@pytest.mark.parametrize("text, cue", [
    ("The bridge will close in May, said the council.", "said the council"),
    ("The ferry leaves at noon, said the ferry company's spokesman.", "said the ferry company's spokesman"),
    ("The bakery will reopen in June, said Tom Reed, its owner.", "said Tom Reed"),
    ("Said the mayor: the fountain stays.", "Said the mayor"),
])
def test_a_source_inverted_after_a_comma_or_a_quotation_still_counts(text, cue):
    assert _kind(text) in ("named", "role")
    assert _cue_text(text).startswith(cue)


def test_a_named_subject_keeps_its_name_before_a_reported_clause():
    assert _kind("Mr Okafor said the police had ignored his calls.") == "named"
    assert _cue_text("Mr Okafor said the police had ignored his calls.") == "Mr Okafor said"


# --- 2. unnamed people on a platform --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Users on Facebook claim the new bridge is sinking.",
    "Comments on Reddit say the library will close in June.",
    "Rumours on Telegram say the mayor has resigned.",
    "Accounts on X claim the water is unsafe to drink.",
    "People on TikTok say the beach was closed for a month.",
    "Some followers on Instagram claim the cafe lost its licence.",
])
def test_a_crowd_on_a_platform_is_a_vague_source(text):
    assert _kind(text) == "weasel"


@pytest.mark.parametrize("text", [
    "Mr Okafor's followers on Facebook say the vote was fair.",
    "The ministry said on Twitter that the roads were closed.",
])
def test_a_crowd_whose_owner_is_named_or_a_source_on_a_platform_still_counts(text):
    assert _kind(text) in ("named", "role")


def test_a_crowd_on_a_platform_makes_a_claim_unsourced():
    text = "Users on Facebook claim that 40% of the town's wells were poisoned in 2024."
    sig = unsourced_claims.score(prepare(text), Settings())
    assert [e.kind for e in sig.evidence if e.kind in ("sourced", "unsourced")] == ["unsourced"]


# --- 3. a verb of saying with nothing reported --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mr Harlow said nothing for a while.",
    "Ms Pryce said little about the new ferry timetable.",
    "The minister said no more about it.",
    "The minister said nothing more.",
    "Mr Harlow told nobody at the time.",
    "Mr Harlow told no one about the letter.",
    "Asked about the closure, the director said little else.",
])
def test_a_verb_of_saying_with_nothing_reported_names_no_source(text):
    assert _kind(text) is None


@pytest.mark.parametrize("text", [
    "Mr Harlow said nothing had changed at the mill.",
    "Ms Pryce said little had changed since the flood.",
    "The minister said nobody was hurt in the fire.",
    "The minister said no more than 40 homes were flooded.",
    "The council said no to the new car park.",
    "He said so himself in 2019.",  # "so" stands for what he said: still his
])
def test_said_before_a_clause_a_refusal_or_so_still_reports(text):
    assert _kind(text) in ("named", "role", "pronoun")


def test_nothing_reported_gives_provenance_no_named_source():
    sig = provenance.score(prepare("Mr Harlow said little about the plan. The plan costs 40 million pounds."), Settings())
    assert not any(e.present and e.kind == "named sources with roles" for e in sig.evidence)


def test_says_no_words_holds_says_nothing():
    """Every verb `misread_sources.says_nothing` reads as saying nothing, `says_no_words` does."""
    from xlplugin.misread_sources import says_nothing
    for text in ("The tins say nothing about lead.", "He said nothing.", "She said nothing on the matter; we left.",
                 "They say nothing of it!", "The label said nothing regarding salt."):
        lowers = prepare(text).lowers
        for i in range(len(lowers)):
            if says_nothing(lowers, i):
                assert says_no_words(lowers, i), text
