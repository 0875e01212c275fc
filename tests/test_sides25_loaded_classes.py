"""(sides25) Loaded phrases each side uses of the other, as classes with their mirrors: a
hyphenated compound of fondness for an insult word's people ("fascist-loving"), a historic evil
likened ("the new Jim Crow", "Soviet-style"), dismissive idioms for the other side's feelings
("crocodile tears", "manufactured outrage"), in-group purity labels ("real Americans" / "true
progressives"), "unelected" said of people, and stealing an election. Each counts once in the
author's voice, as the speaker's in an attributed quotation, and nothing where the writer
rejects it; the plain uses of the same words count nothing. Every sentence here was written for
these tests (none taken from a tester's documents or a data set)."""

import pytest

from loaded_helpers import committee_author as _author, committee_evidence as _evidence
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

# (a left-wing writer's phrase for the right, a right-wing writer's phrase for the left), one
# class per block; each is put in three frames of its grammar below
PEOPLE = [
    # "-loving" and its kin after an insult word
    ("fascist-loving councillors", "commie-coddling councillors"),
    ("nazi-loving editors", "marxist-loving editors"),
    ("fascist-loving donors", "terrorist-sympathising donors"),
    # an in-group purity label
    ("real progressives", "real Americans"),
    ("true progressives", "true patriots"),
    ("true liberals", "real conservatives"),
    # "unelected" said of people in office
    ("unelected billionaires", "unelected bureaucrats"),
    ("unaccountable billionaires", "unelected judges"),
    ("unelected tech billionaires", "unelected EU officials"),
]
PEOPLE_FRAMES = {
    "author": "The decision about the ward was made by {}.",
    "quoted": 'A councillor said: "The decision about the ward was made by {}."',
    "rejected": "It would be wrong to call the board members {}.",
}

LAWS = [
    # a historic evil likened, by a word of comparison or an insult metaphor
    ("Jim Crow in a cheap new suit", "Soviet-style censorship"),
    ("the new Jim Crow", "the new McCarthyism"),
    ("apartheid by another name", "Stasi-like surveillance"),
    ("segregation with a smile", "a modern-day inquisition"),
]
LAW_FRAMES = {
    "author": "The new voting law is {}.",
    "quoted": 'A campaigner said the new voting law was "{}".',
    "rejected": "It would be wrong to call the new voting law {}.",
}

FEELINGS = [
    # a dismissive idiom for the other side's feelings or story
    ("manufactured outrage", "crocodile tears"),
    ("pearl clutching", "a sob story"),
    ("faux outrage", "a hissy fit"),
    ("performative outrage", "the victim card"),
]
FEELING_FRAMES = {
    "author": "The union's letter to the board was {}.",
    "quoted": 'The chair said: "The union\'s letter to the board was {}."',
    "rejected": "It would be unfair to call the union's letter {}.",
}

THEFTS = [
    # stealing an election, as each side charges the other
    ("stealing the vote", "stealing the election"),
    ("stealing elections", "stealing the presidency"),
]
THEFT_FRAMES = {
    "author": "The board is {} from the county's poorest families.",
    "quoted": 'A speaker said: "The board is {} from the county\'s poorest families."',
    "rejected": "It would be wrong to call the new rule {}.",
}

CASES = [(frames, pair) for frames, pairs in ((PEOPLE_FRAMES, PEOPLE), (LAW_FRAMES, LAWS),
                                              (FEELING_FRAMES, FEELINGS), (THEFT_FRAMES, THEFTS)) for pair in pairs]
IDS = [f"{left} / {right}" for _, (left, right) in CASES]


def _quoted(text: str) -> list[str]:
    return [t for kind, t in _evidence(text) if kind.startswith("quoted")]


@pytest.mark.parametrize("frames, pair", CASES, ids=IDS)
def test_each_side_counts_once_in_the_authors_voice(frames, pair):
    for phrase in pair:
        text = frames["author"].format(phrase)
        assert len(_author(text)) == 1, _evidence(text)


@pytest.mark.parametrize("frames, pair", CASES, ids=IDS)
def test_each_side_is_the_speakers_in_an_attributed_quotation(frames, pair):
    for phrase in pair:
        text = frames["quoted"].format(phrase)
        assert _author(text) == [] and len(_quoted(text)) == 1, _evidence(text)


@pytest.mark.parametrize("frames, pair", CASES, ids=IDS)
def test_each_side_counts_nothing_where_the_writer_rejects_it(frames, pair):
    for phrase in pair:
        text = frames["rejected"].format(phrase)
        assert _author(text) == [], _evidence(text)


# A plain report long enough to be scored (no loaded term of its own): each probe follows it.
LONG_LEAD = (
    "The county health board met on Wednesday evening in the library annexe. Members reviewed "
    "the staffing of the maternity ward and two bids for new ambulance bays. The clerk read the "
    "minutes of the previous meeting, which were approved without changes. A resident asked about "
    "parking near the clinic, and the chair said the estates team would report in the spring. The "
    "board also heard an update on the footpath by the river, which has been closed since the "
    "autumn for repairs to a culvert. Work is due to finish in March, the engineer told members. "
    "The next meeting will be held on the second Wednesday of the month, and papers will be "
    "published online a week before. Members of the public may attend and ask questions. "
)


@pytest.mark.parametrize("frames, pair", CASES, ids=IDS)
def test_a_phrase_and_its_mirror_score_alike(frames, pair):
    """The signal's score falls by the same amount for a phrase and its mirror (their lengths
    differ by a word or two: under 0.01 apart)."""
    def score(text: str) -> float:
        return loaded_language.score(prepare(LONG_LEAD + text), Settings()).score
    left, right = (score(frames["author"].format(phrase)) for phrase in pair)
    plain = score(frames["author"].format("decided on Tuesday"))
    assert left < plain and right < plain
    assert abs(left - right) < 0.01, (left, right)


@pytest.mark.parametrize("text", [
    "They are not real Americans.",
    "Those marchers are not true patriots.",
    "They are not true progressives, whatever they say.",
])
def test_denying_a_purity_label_is_the_same_charge(text):
    """"Not real Americans" casts them out: the denial does not lift the label."""
    assert len(_author(text)) == 1, _evidence(text)


@pytest.mark.parametrize("text", [
    # a historic evil named as history
    "Jim Crow laws were enforced across the South until the 1960s.",
    "She wrote a history of apartheid in Cape Town and its townships.",
    "Segregation in the county's schools ended in 1969, the archive shows.",
    "The Stasi kept files on a third of East Germany's adults.",
    "The new museum tells the story of the Spanish Inquisition.",
    # a regime's style that is the look of a thing, or a gesture reported
    "Soviet-style apartment blocks line the river.",
    "The cafe has Soviet-style posters on every wall.",
    "The crowd gave a Nazi-style salute, police said.",
    "The seminar asked why so many debates end in talk of Nazi-like conduct.",
    "A Mao-style tunic hangs in the museum's second room.",
    # "unelected" said of a body or as a predicate: how it is made
    "The unelected upper house voted the bill down on Thursday.",
    "An unelected chamber cannot block the budget under the constitution.",
    "The unelected House of Lords delayed the bill by a year.",
    "Judges in this state are unelected and serve until seventy.",
    "Unelected members of the second chamber sat late on Monday.",
    # "real" and "true" in their plain senses
    "Real wages for American workers rose by two per cent last year.",
    "He was called a real American hero by the mayor at the parade.",
    "The true cost of the scheme to taxpayers is not yet known.",
    # a rival taking support, and a stolen thing that is no election
    "The third party could steal votes from the Greens in the north.",
    "A thief tried to steal the ballot box from the school hall.",
    "The striker stole the show with two late goals.",
    # compounds with no insult word in them
    "The peace-loving villagers held a fete on Sunday.",
    "The fun-loving crew sailed at dawn.",
    "The fact-finding mission arrived on Monday.",
    "The tax-cutting budget passed on Monday.",
    "A freedom-loving dog owner walked along the beach.",
    # tears and stories of plain reports
    "Crocodiles at the reserve were fed on Tuesday.",
    "The story she told the inquiry brought some members to tears.",
])
def test_plain_uses_count_nothing(text):
    assert _author(text) == [], _evidence(text)
