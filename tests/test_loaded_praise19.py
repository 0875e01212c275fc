"""Loaded language version 53 (helper praise19), as classes:

1. praise and propaganda: glorifying a leader, a state or its policy is as loaded as contempt
   ("the wise Mayor", "the far-sighted programme personally guided by the President", "citizens
   rejoiced", "selfless labour for the Motherland", "slanderous reports"); praise of a private
   person or of a choice is not ("a tireless volunteer", "a wise decision");
2. honest doubt: "claim" where the writer says in the same sentence or right after it that the
   claim could not be checked is the plain word for an unchecked account;
3. a live blog's call of play opening a minute-stamped entry ("74 min: GOAL!") is the form;
4. plain senses: cooking's collapse, a plot of land, a hospital admitting patients, complaining
   of a nuisance or a symptom, "Huge thank you".

Fixtures are sentences written for these tests."""

import pytest

from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

LEAD = "The council met on Thursday. Members went through the budget for the coming year. "


def _evidence(text: str, lead: str = LEAD) -> list[tuple[str, str]]:
    """(kind, text) of the loaded terms found (no voice kinds)."""
    sig = loaded_language.score(prepare(lead + text), Settings())
    return [(e.kind, e.text.lower()) for e in sig.evidence if e.kind not in loaded_language.VOICE_KINDS]


def _author(text: str, lead: str = LEAD) -> list[str]:
    """The author's own loaded terms (not quoted)."""
    return [t for kind, t in _evidence(text, lead) if not kind.startswith("quoted")]


# 1. praise of a leader, a state or its policy

@pytest.mark.parametrize("text, term", [
    ("The new bypass was built under the wise leadership of the Governor.", "wise"),
    ("Record exports followed the far-sighted trade policy of the Chairman.", "far-sighted"),
    ("Workers thanked the Premier for his tireless guidance during the winter.", "tireless"),
    ("Miners pledged their selfless labour to the homeland.", "selfless"),
    ("Schoolchildren sang songs about their beloved President.", "beloved"),
    ("Grateful citizens lined the road to greet the motorcade.", "grateful"),
    ("The visionary economic programme of the ruling party bore fruit.", "visionary"),
    ("The new dam was designed and personally overseen by the Governor.", "personally overseen by"),
    ("Villagers across the province rejoiced when the quota figures were read out.", "rejoiced"),
    ("Western papers spread slanderous stories about the shortages.", "slanderous"),
    ("Every family gave what it could for the Fatherland.", "fatherland"),
])
def test_praise_of_a_leader_a_state_or_its_policy_is_loaded(text, term):
    assert term in _author(text), _evidence(text)


@pytest.mark.parametrize("text", [
    "She was a tireless volunteer at the food bank for thirty years.",
    "Selling the old depot was a wise decision, the auditors found.",
    "He was grateful for the help of his neighbours after the fire.",
    "The bakery's beloved cinnamon buns were all gone by noon.",
    "The Governor led the first inspection of the dam in person.",
])
def test_praise_of_a_private_person_or_a_choice_is_no_cue(text):
    assert _author(text) == [], _evidence(text)


def test_praise_inside_a_quotation_is_the_speakers():
    text = '"Our wise President has given us a future," said Anna Breck, a teacher.'
    assert "wise" not in _author(text)
    assert ("quoted emotive", "wise") in _evidence(text)


# 2. a claim the writer says could not be checked

@pytest.mark.parametrize("text", [
    "Both armies claim to hold the crossing, in claims that could not be independently verified.",
    "The rebels claimed to have shot down two drones; this could not be confirmed.",
    "The militia claims it has retaken the airport. Reporters were unable to verify the account.",
    "Each side claims the other fired first. Neither account has yet been verified.",
    "Officials claimed 40 fighters were killed, a figure that remains unverified.",
])
def test_a_claim_flagged_as_unchecked_is_no_loaded_verb(text):
    assert not [t for t in _author(text) if t.startswith("claim")], _evidence(text)


@pytest.mark.parametrize("text", [
    "The company claims the new roof will last forty years.",
    "The ministry claimed its troops had taken two villages.",
    "He claimed the report was a fabrication, but the auditors confirmed its figures.",
])
def test_a_claim_without_open_doubt_still_counts(text):
    assert [t for t in _author(text) if t.startswith("claim")], _evidence(text)


# 3. a live blog's call of play

LIVE = ("Live: Penwith 2-1 Lanner\n\n"
        "90+3 min: Full time whistle goes.\n\n"
        "81 min: {shout} Penwith 2-1 Lanner. Tregear heads in at the far post.\n\n"
        "64' Lanner make a double change.\n\n"
        "52 min: {other}\n\n"
        "30 min: Corner to Penwith, cleared.\n")


@pytest.mark.parametrize("shout", ["GOAL!", "Goal for Penwith!", "WHAT A SAVE!", "Chance!!"])
def test_a_call_of_play_opening_a_live_entry_is_no_exclamation(shout):
    text = LIVE.format(shout=shout, other="Lanner press high.")
    assert "!" not in "".join(_author(text, lead="")), _evidence(text, lead="")


def test_an_exclamation_later_in_a_live_entry_still_counts():
    text = LIVE.format(shout="GOAL!", other="Lanner press high. This referee is a disgrace!")
    assert [t for t in _author(text, lead="") if "!" in t] == ["!"], _evidence(text, lead="")


def test_a_shout_in_a_text_without_live_entries_still_counts():
    text = "GOAL! Penwith lead 1-0. Tregear scores from the spot."
    assert "!" in _author(text)


# 4. plain senses

@pytest.mark.parametrize("text", [
    "The beans were simmered until they collapsed into a thick sauce.",
    "Braise the shoulder for four hours, until it collapses under a fork.",
    "Each allotment plot costs 40 pounds a year to rent, the council said.",
    "In the test plots the seedlings grew twice as fast, the researchers said.",
    "The plots behind the church are reserved for burial, the vicar said.",
    "The hospital said it had admitted 12 patients overnight.",
    "The clinic admitted 30 civilians after the shelling, the aid agency said.",
    "Residents complained about the smell from the drains.",
    "Two pupils complained of headaches after the fire drill.",
    "Huge thanks to everyone who came to the open day.",
    "A huge thank you to the volunteers, the club said.",
])
def test_plain_senses_count_nothing(text):
    assert _author(text) == [], _evidence(text)


@pytest.mark.parametrize("text, term", [
    ("Everything collapsed after the minister walked out in a rage.", "collapsed"),  # (fair27: talks collapsing is plain)
    ("Investigators uncovered a plot to rig the vote.", "plot"),
    ("He finally admitted taking the money.", "admitted"),
    ("The union complained that the offer was an insult.", "complained"),
    ("The senator complained about the line of questioning for an hour.", "complained"),
    ("The bill is a huge betrayal of voters.", "huge"),
])
def test_loaded_senses_of_the_same_words_still_count(text, term):
    assert any(term in t for t in _author(text)), _evidence(text)
