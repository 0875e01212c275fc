"""(sides26) Mirror labels in mirror sentences count alike: each left-wing label beside a
right-wing one of the same shape, in three frames (the author's voice: one term each; a named
speaker's reported speech and a rejected naming: none); the shapes of reported speech that are
the speaker's and those that stay the author's; and plain uses of the same words, which must stay
plain. Every sentence here was written for these tests."""

import pytest

from loaded_helpers import committee_author, committee_evidence

# (a left-wing writer's label for the right, a right-wing writer's label for the left)
PAIRS = [
    ("corporate masters", "union masters"),
    ("corporate overlords", "union overlords"),
    ("billionaire stooges", "union stooges"),
    ("corporate paymasters", "union paymasters"),
    ("the MAGA crowd", "the woke crowd"),
    ("the MAGA brigade", "the woke brigade"),
    ("MAGA goons", "antifa goons"),
    ("killer cops", "thieving bankers"),
    ("trigger-happy police", "lying politicians"),
    ("union-busting bosses", "corrupt officials"),
    ("slumlords", "moonbats"),
    ("profiteers", "soy boys"),
    ("Christofascists", "commies"),
    ("hillbillies", "snowflakes"),
    ("storm troopers", "paid agitators"),
    ("hedge-fund ghouls", "welfare queens"),
    ("bloodsucking landlords", "champagne socialists"),
    ("soulless executives", "spineless liberals"),
    ("gun nuts", "tree huggers"),
    ("late-stage capitalism", "the nanny state"),
]
AUTHOR_FRAMES = [
    "The new rules were written by {} for their own benefit.",
    "Residents lost their homes so that {} could profit.",
    "Once again {} got exactly what they paid for.",
]
REPORTED_FRAMES = [
    "Councillor Amira Tate said the new rules were written by {}.",
    "The rules were written by {}, Tate told the meeting.",
    "According to Tate, the rules were written by {}.",
    "She said the new rules were written by {}.",
]
REJECTED_FRAMES = [
    "It would be unfair to call the rule's authors {}.",
    "Nobody on the committee is one of {}.",
]


@pytest.mark.parametrize("frame", AUTHOR_FRAMES)
@pytest.mark.parametrize("left, right", PAIRS)
def test_a_label_and_its_mirror_count_once_each_in_the_authors_voice(left, right, frame):
    one, other = committee_author(frame.format(left)), committee_author(frame.format(right))
    assert len(one) == len(other) == 1, (committee_evidence(frame.format(left)), committee_evidence(frame.format(right)))


@pytest.mark.parametrize("frame", REPORTED_FRAMES)
@pytest.mark.parametrize("left, right", PAIRS)
def test_a_named_speakers_reported_label_is_neither_sides_author_term(left, right, frame):
    """A derogatory label is the speaker's ("quoted derogatory"); a word of feeling the speaker
    used ("soulless", "spineless") still counts, on both sides alike."""
    one, other = committee_evidence(frame.format(left)), committee_evidence(frame.format(right))
    assert len(one) == len(other) == 1, (one, other)
    assert [k for k, _ in one] == [k for k, _ in other]
    assert one[0][0] in ("quoted derogatory", "emotive")


@pytest.mark.parametrize("frame", REJECTED_FRAMES[:1])
@pytest.mark.parametrize("left, right", PAIRS)
def test_a_rejected_label_counts_for_neither_side(left, right, frame):
    assert committee_author(frame.format(left)) == committee_author(frame.format(right)) == []


@pytest.mark.parametrize("text, expected", [
    # the author's own label beside a speaker: the author's
    ("The greedy landlord Tom Reed said the rent would rise in May.", ["greedy"]),
    ("These union stooges on the board said on Monday that fares would rise.", ["union stooges"]),
    ("The mayor, a known grifter, told reporters the budget was balanced.", ["grifter"]),
    # the reported clause ends: what follows is the author's again
    ("Tate said the budget was balanced; the slumlords who wrote it disagree.", ["slumlords"]),
    ("Tate said the rules were written by profiteers, but profiteers are right for once.", ["profiteers"]),
    # the writer's own "I said", and a vague source, report no one
    ("I said at the time the rules were written by slumlords.", ["slumlords"]),
    ("Critics say the rules were written by slumlords.", ["slumlords"]),
])
def test_the_authors_own_label_beside_reported_speech_still_counts(text, expected):
    assert committee_author(text) == expected


@pytest.mark.parametrize("text", [
    "The union voted on Monday to accept the new pay offer.",
    "The hedge fund bought a nine per cent stake in the retailer last month.",
    "The storm brought down power lines across the county overnight.",
    "Storm warnings were issued for the coast on Friday.",
    "Rising rents were a trigger for the protests, the report found.",
    "The study compared capitalism and central planning in post-war Europe.",
    "Capitalism in the region grew out of the wool trade, the historian writes.",
    "The MAGA movement's candidate won the primary by eleven points.",
    "A crowd of 5,000 filled the arena for the rally on Saturday.",
    "Antifa groups held a march downtown on Saturday, police said.",
    "The agenda for Thursday's meeting lists three items.",
    "The party published its agenda for the next parliament.",
    "Killer whales were spotted off the coast on Sunday.",
    "The police said the killer had fled on foot.",
    "Mosquitoes and other bloodsucking insects thrive in the wetland.",
    "Children dressed as ghouls and ghosts for the Halloween parade.",
    "Fans in stormtrooper costumes queued for the new Star Wars film.",
    "The company was accused of union-busting tactics by the labour board.",
    "The masters of the two ships were questioned by the coastguard.",
])
def test_plain_uses_count_nothing(text):
    assert committee_author(text) == []


def test_a_movement_name_joins_the_insult_as_one_label():
    assert committee_author("Antifa thugs blocked the bridge again.") == ["antifa thugs"]
    assert committee_author("MAGA thugs blocked the bridge again.") == ["maga thugs"]


@pytest.mark.parametrize("text", [
    "Sheriff Dan Ortega said the illegal aliens had been moved to a shelter.",
    "The establishment of the new ward was delayed, Dr Ana Bell told the board.",
    "According to Ortega, the cartel moved its trade to the river crossing.",
])
def test_a_weak_label_in_reported_speech_stays_weak(text):
    """A word a plain report also uses ("illegal aliens" as the statute's term, "establishment",
    "cartel") is counted only in a loaded sentence, reported or not: alone it is nothing at all."""
    assert committee_evidence(text) == []
