"""Loaded language version 53 (helper insults19): classes left open by insults18 and hype18.

1. a verb of violence said of a programme, an institution or a law ("gut Social Security",
   "rig the election", "rammed the bill through") is emotive, from either side; the same verbs
   of fish, fires, budgets and sails count nothing;
2. each partisan label has its mirror ("radical right" beside "radical left", "the regime
   media" beside "the corporate media", "rethuglicans" beside "libtards");
3. a label phrase as the first part of a compound noun ("the corporate media office") is said
   of no one; "Big X" opening a sentence stays a label, "Big Ben" a name;
4. the truth kept from the reader ("DOCTORS DON'T WANT YOU TO KNOW", "What the media isn't
   telling you", "hiding the cure") and the reader told to wake up ("Wake up, people.") are
   insinuation; a thing that "does not tell you" and a ferry's early start are plain.
Fixtures are sentences written for these tests."""

import pytest

from loaded_helpers import committee_author as _author, committee_evidence as _evidence


# 1. verbs of violence said of a programme, an institution or a law

@pytest.mark.parametrize("text, verb", [
    ("The governor has promised to gut the state pension fund's oversight board and the EPA.", "gut"),
    ("Their plan would gut Social Security for anyone under fifty.", "gut"),
    ("The majority is gutting public schools in every rural county.", "gutting"),
    ("The new budget guts Medicare while it protects the rich.", "guts"),
    ("Once in office they gutted the Voting Rights Act.", "gutted"),
    ("Conservatives in the council want to gut the police.", "gut"),
    ("The union says the minister wants to gut the NHS.", "gut"),
    ("Congress voted to slash Medicaid for the third year running.", "slash"),
    ("Social Security will be gutted if this bill passes.", "gutted"),
    ("Party officials tried to rig the election in two counties.", "rig"),
    ("They are rigging the courts with loyal judges.", "rigging"),
    ("Leaders rammed the bill through the Senate after midnight.", "rammed"),
    ("The speaker is ramming the reform through the chamber without a hearing.", "ramming"),
])
def test_a_verb_of_violence_against_an_institution_is_emotive(text, verb):
    assert verb in _author(text), _evidence(text)


@pytest.mark.parametrize("text", [
    "The fishermen gut the catch on the quay before it goes to market.",
    "Volunteers gutted the mackerel for the harbour festival supper.",
    "The fire gutted the old primary school on Mill Lane.",
    "The storm gutted the school sports hall overnight.",
    "The primary school was gutted by fire in 1998.",
    "Fans were gutted after the late equaliser.",
    "Shops slashed prices for the January sales.",
    "The council slashed the police budget by four per cent.",
    "Someone slashed the tyres of three buses outside the depot.",
    "The crew rigged the sails before the race.",
    "Engineers rigged the stage lights for the concert.",
    "The driver rammed his van through the gate of the depot.",
    "Police said the car rammed a parked lorry.",
    "The oil rig was evacuated as the storm approached.",
])
def test_the_same_verbs_in_their_plain_senses_count_nothing(text):
    assert _author(text) == [], _evidence(text)


def test_an_attack_verb_reported_in_quotation_is_the_speakers():
    text = 'The senator said: "They want to gut Social Security and rig the courts."'
    assert _author(text) == [], _evidence(text)
    assert any(kind.startswith("quoted") for kind, _ in _evidence(text))


# 2. mirror labels: each label that counts for one side has its mirror

@pytest.mark.parametrize("one, other", [
    ("The radical left wants to rewrite the rules.", "The radical right wants to rewrite the rules."),
    ("Leftists blocked the motion again.", "Rightists blocked the motion again."),
    ("The alt-right organised the rally.", "The alt-left organised the rally."),
    ("The corporate media barely covered the vote.", "The regime media barely covered the vote."),
    ("The right-wing media barely covered the vote.", "The liberal media barely covered the vote."),
    ("The mainstream media barely covered the vote.", "The mainstream press barely covered the vote."),
    ("Libtards are furious about the ruling.", "Rethuglicans are furious about the ruling."),
    ("Libtards are furious about the ruling.", "Demonrats are furious about the ruling."),
])
def test_a_label_has_its_mirror(one, other):
    assert _author(one), one
    assert _author(other), other


@pytest.mark.parametrize("text", [
    "The far-right party won two seats.",
    "The far-left party won two seats.",
    "The hard right of the party voted against it.",
    "The hard left of the party voted against it.",
])
def test_descriptive_wings_stay_plain_on_both_sides(text):
    assert _author(text) == [], _evidence(text)


def test_the_credulous_public_label_counts():
    assert "sheeple" in _author("Open your eyes, sheeple, before it is too late.")


# 3. a label phrase in a compound noun; "Big X" opening a sentence

@pytest.mark.parametrize("text", [
    "The corporate media office in Leeds will close in May.",
    "She leads the corporate media team at the bank.",
    "He joined the corporate media department last year.",
    "The legacy media archive was digitised by volunteers.",
    "She teaches a mainstream media studies course at the college.",
])
def test_a_label_phrase_in_a_compound_noun_counts_nothing(text):
    assert _author(text) == [], _evidence(text)


@pytest.mark.parametrize("text", [
    "Big Tech wants your data.",
    "Big Pharma sets the prices.",
    "Big Oil funds both campaigns.",
    "The corporate media ignored the vote.",
    "The corporate media outlets ignored the vote.",
])
def test_a_label_opening_a_sentence_or_before_a_verb_still_counts(text):
    assert _author(text), _evidence(text)


@pytest.mark.parametrize("text", [
    "Big Ben will be silent during the repairs.",
    "Big Sur is closed after a landslide.",
    "Big Brother returns to television in May.",
])
def test_a_place_or_a_show_named_big_is_plain(text):
    assert _author(text) == [], _evidence(text)


# 4. the truth kept from the reader; the reader told to wake up

@pytest.mark.parametrize("text", [
    "DOCTORS DON'T WANT YOU TO KNOW ABOUT THIS ROOT.",
    "Doctors don't want you to know about this simple root.",
    "The banks do not want you to see these numbers.",
    "What the government doesn't want you to hear about fluoride.",
    "What they aren't telling you about the new vaccine.",
    "What the media isn't telling you about the strike.",
    "The drug companies are hiding the cure for arthritis.",
    "They are hiding the truth from you.",
    "Wake up, people.",
    "WAKE UP, AMERICA.",
    "Wake up, folks: the vote was fixed.",
])
def test_the_truth_kept_from_the_reader_is_insinuation(text):
    assert _author(text), _evidence(text)


@pytest.mark.parametrize("text", [
    "What the report does not tell you is the cost per household.",
    "The school does not want you to know the answers in advance.",
    "The label won't tell you how much sugar is in it.",
    "Passengers were told to wake up early for the six o'clock ferry.",
    "Wake up early to see the sunrise from the pier.",
    "The cat was hiding under the car.",
    "Officers said they were not telling the public the suspect's name yet.",
])
def test_plain_telling_hiding_and_waking_count_nothing(text):
    assert _author(text) == [], _evidence(text)


def test_the_hidden_truth_reported_from_a_named_source_is_not_the_authors():
    text = "The campaigner Ann Lowe said doctors don't want you to know about the trial."
    assert not any("want you to know" in t for t in _author(text)), _evidence(text)
