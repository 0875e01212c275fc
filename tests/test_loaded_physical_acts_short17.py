"""Verbs of physical harm said of things (short17, loaded language version 46;
xlplugin.event_senses.physical_act): "The dam will flood twelve villages!!!" and a game diary's
"the boss destroys you" report an act, not the writer's emotion, even where "!" or another cue
would confirm a weak cue. Said of people the verb keeps its cue. Fixtures are our own words."""

from __future__ import annotations

import pytest

from xlplugin.scorers import loaded_language as ll
from xlplugin.settings import Settings
from xlplugin.text import prepare


def terms(text: str) -> list[str]:
    sig = ll.score(prepare(text), Settings())
    return [e.text.lower() for e in sig.evidence if e.kind in ll.LEXICON_CATEGORIES]


# (sentence, the verb) : a force of nature, a structure, a pest or a machine as the subject; the
# sentence holds "!" or another cue that would confirm a weak one
FORCES = [
    ("The dam will flood twelve villages!!! Families are moving to the new estate.", "flood"),
    ("Heavy rain flooded the lower valley again! The road is shut until Friday.", "flooded"),
    ("Locusts destroyed the whole harvest in a week! Farmers are counting the cost.", "destroyed"),
    ("The storm wrecked the harbour wall overnight! Two boats sank at their moorings.", "wrecked"),
    ("A bulldozer demolished the old shed on Monday! The garden will be bigger.", "demolished"),
    ("The wildfire ravaged three farms near the ridge! Crews are still on the hillside.", "ravaged"),
    ("The river regularly floods the cellars on this street!! Owners keep pumps ready.", "floods"),
    ("My shredder crushes the cans flat in a second! It is loud, though.", "crushes"),
]
# a thing as the subject of the passive
PASSIVES = [
    ("Twelve villages will be flooded!!! The valley is to become a lake.", "flooded"),
    ("The old bridge was destroyed in the night! A new one will take a year.", "destroyed"),
    ("The basements were flooded by the spring melt! Nobody was hurt.", "flooded"),
]
# play's agent in a text about a game or a sport
PLAY = [
    ("Day three of my playthrough. The final boss destroys you in two hits and you respawn at the gate. Brutal!", "destroys"),
    ("The dragon obliterates your whole party if you skip the checkpoint! I learned that the hard way.", "obliterates"),
    ("Their striker crushed the keeper's hopes with a late volley in the match on Saturday! What a finish.", "crushed"),
]
# said of people, or by a person: the cue stands
PEOPLE = [
    ("Migrants will flood our towns!!! Nobody asked us.", "flood"),
    ("The minister destroyed the evidence, a disgraceful act.", "destroyed"),
    ("My boss destroys me in every meeting, the arrogant creep.", "destroys"),
    ("Police crushed the protest within an hour.", "crushed"),
    ("They will obliterate every last protection we have!", "obliterate"),
]


@pytest.mark.parametrize("text,verb", FORCES + PASSIVES + PLAY)
def test_a_verb_of_physical_harm_said_of_a_thing_is_no_loaded_term(text, verb):
    assert verb not in terms(text)


@pytest.mark.parametrize("text,verb", PEOPLE)
def test_said_of_people_it_keeps_its_cue(text, verb):
    assert verb in terms(text)


def test_a_game_agent_outside_a_text_about_play_keeps_its_cue():
    # "boss" is play's agent only in a text about a game or a sport
    assert "destroys" in terms("The boss destroys you in two hits, a disgrace!")
    assert "destroys" not in terms("The boss destroys you in two hits, a disgrace! Worst dungeon of the game.")


def test_an_adjective_after_be_is_not_a_passive():
    assert "devastating" in terms("The fire was devastating for the town.")


@pytest.mark.parametrize("text,verb", FORCES + PASSIVES + PLAY)
def test_the_other_cues_of_the_sentence_still_count(text, verb):
    sig = ll.score(prepare(text), Settings())
    assert sig.details["other_senses_not_counted"] >= 1
    if "!" in text:
        assert sig.details["exclamation"] >= 1  # the author's exclamation is still the author's
