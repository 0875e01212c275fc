"""Loaded language version 86 (helper lift30): charges about how an election or a count is run,
each side's, as a class (fresh27's probe found them missing on both sides about equally):
"complicit", "shakedown", "rigging" (as "rigged" already counted), "fraud" as a charge with its
article, and the weak "voter suppression" / "ballot harvesting", counted beside another cue or
in a sentence the writer closes with ", plain and simple". A crime report's "a fraud investigation", "wire
fraud", a ship's rigging, a shakedown cruise and a plain report naming the two frames count
nothing. A cue phrase that runs into an attributed quotation is the speaker's. Fixtures are
sentences written for these tests."""

import pytest

from loaded_helpers import committee_author as _author, committee_evidence as _evidence
from xlplugin.engine import DocumentInput, score_many
from xlplugin.settings import Settings

# (the left's charge, the right's charge): each pair said by a writer in their own voice
CHARGES = [
    ("The clerk's office is complicit in the purge of the rolls.",
     "The county board is complicit in the counting of illegal ballots."),
    ("The new rules are a shakedown of poor voters by the governor's donors.",
     "The recount is a shakedown by the losing campaign and its lawyers."),
    ("The governor's allies are rigging the district maps again.",
     "The union bosses are rigging the count in the city precincts."),
    ("The governor's voter ID law is a fraud on the people of this state.",
     "The challenger's lawyers are pushing a fraud on the voters."),
    ("The senator is a complete fraud who never cared about the rolls.",
     "The mayor is a total fraud who never cared about the count."),
    ("This is voter suppression, plain and simple.",
     "This is ballot harvesting, plain and simple."),
    ("The purge of the rolls was voter suppression, pure and simple.",
     "The drop-box scheme was ballot harvesting, pure and simple."),
]

EXPECTED = {
    "complicit": "complicit", "shakedown": "shakedown", "rigging": "rigging",
    "fraud": "fraud", "suppression": "voter suppression", "harvesting": "ballot harvesting",
}

# plain reporting of the same events: nothing of the writer's own
NEAR_MISSES = [
    "The bank opened a fraud investigation after the transfers were flagged.",
    "A fraud case against the former treasurer opened on Monday.",
    "She was charged with wire fraud and will appear in court next month.",
    "The county said it found no evidence of voter fraud in the recount.",
    "A lawsuit over ballot harvesting rules was filed in state court on Monday.",
    "The group's report examined voter suppression claims in three counties.",
    "The navy's new frigate left on a shakedown cruise in the Baltic on Tuesday.",
    "Deckhands climbed into the rigging to furl the sails before the storm.",
    "Crews spent the morning rigging the stage lighting for the concert.",
    "The kitchen has a plain and simple design with oak cabinets and a ballot harvesting poster.",
    "Guards carried out a shakedown of the cell block after the riot, officials said.",
]


def _has(terms, word):
    return any(word in t for t in terms)


@pytest.mark.parametrize("left, right", CHARGES)
def test_each_sides_charge_counts_alike(left, right):
    found_left, found_right = _author(left), _author(right)
    assert found_left and found_right, (_evidence(left), _evidence(right))
    for word, term in EXPECTED.items():
        if word in left.lower():
            assert _has(found_left, term), (left, found_left)
        if word in right.lower():
            assert _has(found_right, term), (right, found_right)


@pytest.mark.parametrize("weak, closed", [
    ("The new ID rules were voter suppression.", "The new ID rules were voter suppression, plain and simple."),
    ("The drop-box scheme was ballot harvesting.", "The drop-box scheme was ballot harvesting, pure and simple."),
])
def test_the_closer_confirms_a_weak_charge_and_is_no_term_itself(weak, closed):
    assert _author(weak) == [], _evidence(weak)
    assert len(_author(closed)) == 1, _evidence(closed)
    assert len(_author("This is genocide, plain and simple.")) == 1


@pytest.mark.parametrize("sentence", NEAR_MISSES)
def test_plain_reporting_counts_nothing(sentence):
    assert _author(sentence) == [], _evidence(sentence)


@pytest.mark.parametrize("sentence", [
    "The paper calls the amendment a \u201cfraud\u201d, and the league disagrees.",
    "The Ledger, which editorially calls the amendment a \u201cfraud\u201d, endorsed the other measure.",
])
def test_a_phrase_running_into_a_quotation_is_the_speakers(sentence):
    kinds = [k for k, t in _evidence(sentence) if "fraud" in t.lower()]
    assert kinds and all(k.startswith("quoted") for k in kinds), _evidence(sentence)


BASE = ("The county board met on Monday to discuss the recount in the clerk race. Board chair Ana Ruiz said "
        "the hand count would start next week and take about six days. Observers from both campaigns will be "
        "allowed to watch, she said. The board also approved a budget for extra staff, according to the minutes. ")
TAIL = "Turnout in the county was 58 percent, the elections office said."


def _index(text):
    return next(iter(score_many([DocumentInput(text, id="x")], settings=Settings()))).reliability


@pytest.mark.parametrize("charge", [
    "This is voter suppression, plain and simple. ",
    "This is ballot harvesting, plain and simple. ",
    "The clerk's office is complicit in the scheme. ",
    "The recount is a shakedown by the losing side. ",
    "The challenger's lawyers are pushing a fraud. ",
])
def test_a_charge_lowers_the_index_of_a_plain_report(charge):
    assert _index(BASE + charge + TAIL) < _index(BASE + TAIL) - 3
