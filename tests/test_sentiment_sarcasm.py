"""Sentiment version 6 (helper loaded33): a sentence that opens with a sarcastic frame ("Funny how
...", "Nice job, geniuses.", "Great, another ...", "Thanks for nothing.") is read as its
opposite, not as praise; sincere sentences that share the words are read as VADER reads them, and
the intensity (the index's part) does not change. Fixtures are sentences written for these tests."""

import pytest

from xlplugin import vader
from xlplugin.sarcasm import sarcastic
from xlplugin.scorers import sentiment
from xlplugin.settings import Settings
from xlplugin.text import prepare

SARCASTIC = [
    "Funny how the same landlords always get the planning permission.",
    "And funny that the audit went missing the week before the vote.",
    "Strange how the winners are always friends of the mayor.",
    "Isn't it odd how the budget grows every year and the roads get worse?",
    "Nice job, geniuses, the bridge is shut again.",
    "Well done, you clowns.",
    "Thanks a lot, Einstein, now the whole street has no water.",
    "Great, another consultation that nobody will read.",
    "Oh wonderful, more cones on the ring road.",
    "Perfect, just what the high street needed: another betting shop.",
    "Thanks for nothing, council.",
    "Yeah, right, as if they care.",
]

SINCERE = [
    "It's funny how things turn out in the end.",
    "The play is funny and warm, and the cast are wonderful.",
    "Nice job on the new playground, volunteers.",
    "Well done, everyone, the fair raised a record sum.",
    "Great, thanks for the quick reply!",
    "Great job to all the stewards at Saturday's race.",
    "Thanks, everyone, for coming out in the rain.",
    "Perfect weather brought big crowds to the beach.",
]


def _sentiment(text):
    return sentiment.score(prepare(text), Settings())


@pytest.mark.parametrize("text", SARCASTIC)
def test_a_sarcastic_frame_is_found(text):
    assert sarcastic(text)


@pytest.mark.parametrize("text", SINCERE)
def test_sincere_praise_is_no_sarcastic_frame(text):
    assert not sarcastic(text)


@pytest.mark.parametrize("text", [s for s in SARCASTIC if vader.compounds([s])[0] > 0])
def test_sarcastic_praise_reads_as_its_opposite(text):
    (compound,) = vader.compounds([text])
    sig = _sentiment(text)
    assert sig.value == pytest.approx(-compound, abs=1e-4)
    assert sig.details["sarcastic_frames"] == 1


@pytest.mark.parametrize("text", SINCERE)
def test_sincere_praise_reads_as_vader_reads_it(text):
    (compound,) = vader.compounds([text])
    sig = _sentiment(text)
    assert sig.value == pytest.approx(compound, abs=1e-4)
    assert sig.details["sarcastic_frames"] == 0


RANT = (
    "The council has shut the Eastgate library for the third winter running. "
    "Funny how the same contractors always win the repair work. "
    "Nice job, geniuses. "
    "Great, another year of children doing homework in the bus shelter. "
    "The doors have been locked since October and the roof still leaks."
)


def test_a_rant_with_sarcasm_reads_negative_with_the_same_intensity():
    sig = _sentiment(RANT)
    compounds = vader.compounds([s.text for s in prepare(RANT).sentences])
    assert sum(compounds) / len(compounds) > 0  # VADER alone read the rant as mildly positive
    assert sig.value < 0
    assert sig.details["sarcastic_frames"] == 3
    # the intensity (the index's part) is VADER's own: only the direction changed
    assert sig.details["mean_intensity"] == pytest.approx(sum(map(abs, compounds)) / len(compounds), abs=1e-4)
    strongly_negative = [e for e in sig.evidence if e.kind == "strongly negative"]
    assert any(sentiment.SARCASM_NOTE in e.detail and e.text.startswith("Funny how") for e in strongly_negative)
