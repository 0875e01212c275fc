"""(sides24) A side's label for its opponents counts the same whichever side uses it: each label
beside its mirror in the same sentence frames, the class (an insult noun after a side's word, a
"-loving" compound of a party or a leader, a one-word slur, a side's medical coercion) rather
than one word, one label counted once, a policy's name plain in a plain sentence, and the plain
senses of the same words. Every sentence here was written for these tests."""

import pytest

from loaded_helpers import committee_author as _author, committee_evidence as _evidence, loaded_evidence
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

# (a left-wing writer's label for the right, a right-wing writer's label for the left)
PEOPLE = [
    # an insult noun after the word of a side's cause
    ("gun nuts", "gun grabbers"),
    ("plague rats", "health fascists"),
    ("anti-vax lunatics", "covid cultists"),
    ("corporate vultures", "union thugs"),
    ("MAGA zealots", "woke zealots"),
    ("climate nutters", "vaccine nazis"),
    # the same, written as one hyphenated word
    ("gun-nuts", "eco-fascists"),
    # a one-word slur
    ("ammosexuals", "busybodies"),
    ("scabs", "union thugs"),
    ("Rambo wannabes", "nanny-state busybodies"),
    # a "-loving" compound of a party or a leader
    ("MAGA-loving judges", "Biden-loving judges"),
    ("Trump-loving councillors", "Labour-loving councillors"),
    ("MAGA-loving councillors", "woke councillors"),
    # a listed label before an insult noun: one label, not two
    ("car lobby hacks", "Big Pharma shills"),
    ("Big Oil shills", "green lobby shills"),
    ("forced-birth zealots", "open-borders zealots"),
]
PEOPLE_FRAMES = [
    "These {} now sit on the planning board.",
    "The vote went the way {} wanted.",
    "Residents were not asked before {} took over the meeting.",
]


@pytest.mark.parametrize("frame", PEOPLE_FRAMES)
@pytest.mark.parametrize("left, right", PEOPLE)
def test_a_label_counts_once_as_its_mirror_does(left, right, frame):
    one, other = _author(frame.format(left)), _author(frame.format(right))
    assert len(one) == 1, _evidence(frame.format(left))
    assert len(other) == 1, _evidence(frame.format(right))


# A plain report long enough to be scored (no loaded term of its own): each probe follows it.
LONG_LEAD = (
    "The district planning board met on Wednesday evening in the library annexe. Members reviewed "
    "four applications for new housing on the edge of the town and two for shop fronts on the "
    "high street. The clerk read the minutes of the previous meeting, which were approved without "
    "changes. A resident asked about parking near the school, and the chair said the highways team "
    "would report in the spring. The board also heard an update on the footpath by the river, "
    "which has been closed since the autumn for repairs to a culvert. Work is due to finish in "
    "March, the engineer told members. The next meeting will be held on the second Wednesday of "
    "the month, and papers will be published online a week before. Members of the public may "
    "attend and ask questions at the start of each meeting. "
)


@pytest.mark.parametrize("frame", PEOPLE_FRAMES)
@pytest.mark.parametrize("left, right", PEOPLE)
def test_a_label_and_its_mirror_score_alike(left, right, frame):
    """The signal's score moves by the same amount for a label and its mirror (the labels' own
    lengths differ by a word at most: under 0.01 apart)."""
    one = loaded_language.score(prepare(LONG_LEAD + frame.format(left)), Settings()).score
    other = loaded_language.score(prepare(LONG_LEAD + frame.format(right)), Settings()).score
    plain = loaded_language.score(prepare(LONG_LEAD + frame.format("members")), Settings()).score
    assert one < plain and other < plain
    assert abs(one - other) < 0.01, (one, other)


# what each side calls the other side's medical rule
POLICIES = [
    ("forced birth", "forced jabs"),
    ("forced-birth rules", "forced-masking rules"),
]


@pytest.mark.parametrize("frame", [
    "The board voted for {} last night.",
    "What they call care is {} for every family.",
])
@pytest.mark.parametrize("left, right", POLICIES)
def test_each_side_medical_coercion_counts_once(left, right, frame):
    one, other = _author(frame.format(left)), _author(frame.format(right))
    assert len(one) == len(other) == 1, (_evidence(frame.format(left)), _evidence(frame.format(right)))


@pytest.mark.parametrize("text", [
    "These Big Pharma shills now sit on the planning board.",
    "These car lobby hacks now sit on the planning board.",
    "The mainstream media hacks ignored the vote.",
    "The gun nuts ignored the vote.",
])
def test_one_label_is_one_term_covering_both_words(text):
    terms = _author(text)
    assert len(terms) == 1 and " " in terms[0], _evidence(text)


@pytest.mark.parametrize("text", [
    # a policy's name in a plain sentence, in either spelling, and its mirror
    "The party's open borders policy was debated.",
    "The party's open-borders policy was debated.",
    "The open borders debate ran for three hours on Tuesday.",
    "The party's border wall policy was debated.",
    # the nut, the rat, the vulture and the scab of plain reports
    "She has a nut allergy and carries an injector.",
    "Pine nuts and cashew nuts are sold at the Saturday market.",
    "The mechanic tightened the wheel nuts before the test.",
    "There is a rat problem in the sewers, the council said.",
    "Lab rats were fed the new diet for twelve weeks.",
    "Vultures circled above the valley.",
    "Griffon vultures nest on the crags near the village.",
    "A scab formed on the cut on her knee.",
    "Sheep scab has spread to three farms in the county.",
    "Plague rats carried fleas to medieval ports, historians say.",
    # a side's word and a union's officials in plain use
    "The union's boss said the talks would resume on Monday.",
    "The union bosses met the minister on Monday.",
    "Gun owners and health workers spoke at the meeting.",
    "The health union said nurses would vote on the offer.",
    "Covid rules ended in March and masks are optional.",
    "Land grabbers seized the fields, villagers said.",
    "The peace-loving villagers held a fete on Sunday.",
    # coercion named by a court or a historian
    "Forced vaccination was common in the nineteenth century.",
    "The court heard evidence of forced pregnancy and forced sterilisation.",
])
def test_plain_uses_count_nothing(text):
    assert _author(text) == [], _evidence(text)


@pytest.mark.parametrize("text", [
    "These reckless open borders fanatics are a disaster for the town.",
    "This reckless open borders policy is a disaster for the town.",
])
def test_open_borders_counts_in_a_loaded_sentence(text):
    assert any("open borders" in t for t in _author(text)), _evidence(text)


# a term quoted to name it is the namer's term, not the author's scare quote
LEAD = "The committee met on Thursday and went through the spending plans for the next year. "


def _kinds(text: str) -> list[str]:
    return [k for k, _ in loaded_evidence(LEAD + text)]


@pytest.mark.parametrize("text", [
    'The bank calls them "banking hubs" and plans twelve more.',
    'The bank is calling them "banking hubs" in its leaflets.',
    'The lender has started calling the rooms "shared counters".',
    'The firm refers to the cuts as "rightsizing" in its report.',
    'Staff know the new rota as "flexible cover".',
    'The council has rebranded the tip as "a recycling village".',
    'The operator bills the route as "the scenic line".',
    # the named term mentioned again later
    'The bank calls them "banking hubs". It plans twelve more "banking hubs" by spring.',
    'Ministers call the fund "levelling up". The first "levelling up" grants went to six towns.',
])
def test_a_term_named_is_no_scare_quote(text):
    assert "scare quote" not in _kinds(text)


@pytest.mark.parametrize("text", [
    'The council promises the "savings" will pay for the new library.',
    'The new hall was, in the words of its owners, a "triumph" for the town.',
    # a scare quote repeated stays the author's each time
    'The council promised "savings". The "savings" never came.',
    # a term not named before, in a sentence with no verb of naming
    'The bank\'s new "banking hubs" open on Monday.',
])
def test_a_scare_quote_stays(text):
    assert "scare quote" in _kinds(text)
