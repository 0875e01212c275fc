"""Loaded language version 57 (helper loaded33): the same kind of label has the same strength
whichever side it is aimed at.

- the names of a movement, a party or a regime ("socialists", "communists", "Marxists",
  "fascists", "Nazis", "Maoists", "Bolsheviks") are a plain report's and a historian's words too:
  each counts only beside another cue in its sentence, on both sides (before, "socialists",
  "Marxists" and "fascists" counted alone, "communists" and "Nazis" only beside a cue);
- the slurs made from them, and their mirrors, count alone ("commies", "pinkos", "libtards",
  "magats", "trumpanzees", "feminazis");
- a cult's member as a label counts alone, as "cult" does ("MAGA cultists", "woke cultists").
Fixtures are sentences written for these tests."""

import pytest

from loaded_helpers import committee_author as _author, committee_evidence as _evidence

PLAIN_FRAME = "{} held a meeting in the town hall on Friday."
LOADED_FRAME = "{} held a disgraceful meeting in the town hall on Friday."

# (label aimed at one side, its mirror aimed at the other)
NAMES = [
    ("Socialists", "Fascists"),
    ("Communists", "Fascists"),
    ("Marxists", "Nazis"),
    ("Maoists", "Nazis"),
    ("Bolsheviks", "Fascists"),
]
SLURS = [
    ("Commies", "Magats"),
    ("Libtards", "Trumpanzees"),
    ("Pinkos", "Rethuglicans"),
    ("Demonrats", "Rethuglicans"),
    ("Feminazis", "Magats"),
]
CULTS = [
    ("MAGA cultists", "Woke cultists"),
    ("Trump cultists", "Climate cultists"),
]


def _counted(label, frame):
    return [t for t in _author(frame.format(label)) if t.split()[-1].startswith(label.split()[-1].lower()[:5])]


@pytest.mark.parametrize("one, other", NAMES + SLURS + CULTS)
@pytest.mark.parametrize("frame", [PLAIN_FRAME, LOADED_FRAME])
def test_a_label_and_its_mirror_count_alike(one, other, frame):
    assert bool(_counted(one, frame)) == bool(_counted(other, frame)), (_evidence(frame.format(one)), _evidence(frame.format(other)))


@pytest.mark.parametrize("label", sorted({w for pair in NAMES for w in pair}))
def test_the_name_of_a_movement_counts_only_beside_another_cue(label):
    assert _counted(label, PLAIN_FRAME) == [], _evidence(PLAIN_FRAME.format(label))
    assert _counted(label, LOADED_FRAME), _evidence(LOADED_FRAME.format(label))


@pytest.mark.parametrize("label", sorted({w for pair in SLURS + CULTS for w in pair}))
def test_a_slur_or_a_cult_label_counts_alone(label):
    assert _counted(label, PLAIN_FRAME), _evidence(PLAIN_FRAME.format(label))


@pytest.mark.parametrize("text", [
    "The Socialist Party won 41 seats in the regional election.",
    "The Communist Party of China opened its congress on Sunday.",
    "Nazi Germany invaded Poland in September 1939.",
    "The museum's new wing covers the Fascist era in Italy.",
    "Her thesis compares Marxist and liberal accounts of wages.",
])
def test_a_party_or_a_regime_named_in_a_plain_report_counts_nothing(text):
    assert _author(text) == [], _evidence(text)
