"""Loaded language version 93 (helper lift32): two plain senses a headline and a body share, found
reading the SemEval tune half's headlines. "Slam(s) the brakes on" is stopping something short,
no attack; a hack named by what was broken into ("the email hack", "a data hack") is a break-in,
no "party hack". The attack and the insult keep their cue. Every sentence is written for these
tests."""

import pytest

from xlplugin.engine import score_text


def _counted(text: str) -> list[str]:
    signal = score_text(text).signals["loaded_language"]
    return [e.text.lower() for e in signal.evidence if e.kind in ("emotive", "derogatory", "quoted emotive",
                                                                 "quoted derogatory")]


PLAIN = [
    "The regulator slammed the brakes on the merger of the two water companies on Friday.",
    "The county court slams the brakes on the quarry expansion until the appeal is heard in May.",
    "The bank slammed on the brakes after two quarters of losses and froze its hiring.",
    "Officials confirmed on Tuesday that the email hack affected 2,000 staff accounts.",
    "The data hack exposed the addresses of 40,000 patients at the two hospitals.",
    "Investigators traced the phone hacks to a server in another country last spring.",
]

KEPT = [
    ("The minister slammed the plan on Friday and called for a new vote.", "slammed"),
    ("He is a party hack who repeats whatever the leadership tells him.", "hack"),
    ("The columnist is a hack for the developers and always has been.", "hack"),
]


@pytest.mark.parametrize("text", PLAIN)
def test_plain_senses_count_nothing(text: str) -> None:
    assert _counted(text) == []


@pytest.mark.parametrize("text, word", KEPT)
def test_the_attack_and_the_insult_keep_their_cue(text: str, word: str) -> None:
    assert word in _counted(text)
