"""Loaded language version 61 (helper labels35): side labels that had no mirror, as classes with
both sides and one strength, and the plain uses of the same words. Fixtures are sentences
written for these tests (none taken from a tester's documents or a data set)."""

import pytest

from loaded_helpers import committee_author as _author, committee_evidence as _evidence

# (a left-wing writer's label for the right, a right-wing writer's label for the left), one pair
# per class; each side must count, and count as many terms as its mirror
MIRRORS = [
    # a patron named as the puppet master of a group
    ("Koch-funded shills", "Soros-funded agitators"),
    ("dark-money-funded front groups", "billionaire-bankrolled activists"),
    # a crime word fused with a group
    ("ICE kidnappers", "criminal aliens"),
    ("police gangsters", "criminal migrants"),
    # a sneer at a habit, on a hyphenated compound
    ("Bible-thumping councillors", "latte-sipping councillors"),
    ("gun-loving councillors", "tree-hugging councillors"),
    ("pearl-clutching pensioners", "chardonnay-swilling pensioners"),
    # what one side is said to be hooked on
    ("car addicts", "welfare junkies"),
    # a side's lobby
    ("the car lobby", "the cycling lobby"),
    # a border policy cast as a group, beside its mirror
    ("xenophobes", "open-borders zealots"),
    # a hyphenated label before a label noun: one label, whichever side
    ("fossil-fuel cheerleaders", "tax-and-spend cheerleaders"),
    ("woke-hating trolls", "virtue-signalling elites"),
    ("Trump-bashing fanatics", "Soros-funded fanatics"),
]
FRAMES = [
    "These {} now sit on the planning board.",
    "The vote went the way {} wanted.",
    "Residents were not asked before {} took over the meeting.",
]


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("left, right", MIRRORS)
def test_each_side_label_counts_once_as_its_mirror(left, right, frame):
    one, other = _author(frame.format(left)), _author(frame.format(right))
    assert len(one) == 1, _evidence(frame.format(left))
    assert len(other) == 1, _evidence(frame.format(right))


# what each side says schools or policies are turned into: a loaded metaphor, one term each
THINGS = [
    ("test factories", "indoctrination camps"),
    ("exam factories", "indoctrination centres"),
    ("ethnic cleansing with a clipboard", "open-borders chaos"),
]


@pytest.mark.parametrize("frame", [
    "They want to turn our schools into {}.",
    "What the board approved last night is {}.",
])
@pytest.mark.parametrize("left, right", THINGS)
def test_each_side_metaphor_counts_once(left, right, frame):
    one, other = _author(frame.format(left)), _author(frame.format(right))
    assert len(one) == len(other) == 1, (_evidence(frame.format(left)), _evidence(frame.format(right)))


@pytest.mark.parametrize("text", [
    # a crime word that names a charge, a record or the people of a crime report
    "The criminal charges against the two men were dropped on Friday.",
    "He has no criminal record, his lawyer told the court.",
    "The kidnappers demanded a ransom of $40,000, police said.",
    "Lawbreakers face a fine of up to £500 under the new bylaw.",
    "Migrants with criminal convictions can be deported under the act.",
    # funding that is a plain fact
    "The EU-funded project will train forty nurses.",
    "A state-funded school and a publicly funded library opened in May.",
    "The Koch-funded Americans for Prosperity paid for the adverts.",
    "The scheme is a funded programme of the county council.",
    # "-loving" and habits in their plain, fond or literal use
    "The peace-loving villagers held a fete on Sunday.",
    "Fun-loving crowds filled the square for the summer fair.",
    "She traded her gas-guzzling van for an electric one.",
    # addiction as a plain report's subject
    "Drug addicts and alcoholics were treated at the new clinic.",
    # a lobby named as an organisation
    "The car lobby group SMMT said sales rose by 4% in March.",
    "A cycling lobby group, Cycle Cumbria, asked for wider lanes.",
    # a plain plural noun of a historical movement
    "The radicals of the 1830s campaigned for the vote and a secret ballot.",
])
def test_plain_uses_count_nothing(text):
    assert _author(text) == [], _evidence(text)


@pytest.mark.parametrize("text", [
    "A UN commission found that the expulsions amounted to ethnic cleansing.",
    "Investigators from Amnesty International concluded that the killings were ethnic cleansing.",
    "The UN report called the campaign ethnic cleansing.",
    "Human Rights Watch said the massacres were genocide.",
])
def test_a_named_body_finding_is_that_body_term(text):
    assert _author(text) == [], _evidence(text)


@pytest.mark.parametrize("text", [
    "That is ethnic cleansing with paperwork.",
    "The new detention policy is ethnic cleansing by another name.",
    "This is genocide, plain and simple.",
])
def test_the_author_own_ethnic_cleansing_counts(text):
    assert len(_author(text)) == 1, _evidence(text)


def test_a_hyphenated_doubt_word_before_a_label_stays_two_terms():
    """Only a label joins its noun: "so-called" casts doubt on the label after it, a second term."""
    assert len(_author("These so-called elites now sit on the planning board.")) == 2


@pytest.mark.parametrize("text", [
    'She said the "Soros-funded agitators" had lost the vote.',
    'He called the protesters "latte-sipping cyclists" in a speech on Friday.',
])
def test_a_quoted_label_is_the_speakers(text):
    assert _author(text) == [], _evidence(text)
