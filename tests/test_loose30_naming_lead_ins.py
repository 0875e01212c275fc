"""(loose30) A label a named group or person was quick, eager or did not hesitate to give is the
namer's, counted as quoted, as "Critics call the closure a betrayal" already was
(quote_speakers.characterisation, _lead_in; loaded_language.txt [naming_lead_in_phrases]): "did not
hesitate to call", "were quick to brand", "rushed to brand", "have taken to calling", "went as far
as calling", "wasted no time in calling". Both sides' labels alike. The writer's own keeps its cue:
a first-person or modal namer, an imperative, no namer at all ("One can only call it a sham").
Every sentence here was written for these tests."""

import pytest
from loaded_helpers import author_terms, loaded_evidence, COUNCIL_LEAD

NAMED = [
    ("Democrats did not hesitate to call the bill a sham.", "sham"),
    ("Republicans were quick to brand the probe a witch hunt.", "witch hunt"),
    ("Union leaders rushed to brand the closure a betrayal.", "betrayal"),
    ("Conservative commentators have taken to calling the scheme a scam.", "scam"),
    ("Progressive groups have taken to calling the landlords parasites.", "parasites"),
    ("The senator went as far as calling the ruling a disgrace.", "disgrace"),
    ("Opponents went so far as to call the plan a disaster.", "disaster"),
    ("Tenant activists were quick to call the officers thugs.", "thugs"),
    ("Critics wasted no time in calling the deal a betrayal.", "betrayal"),
    ("The governor did not hesitate to label the protesters a mob.", "mob"),
    ("The mayor was quick to dismiss the report as a hoax.", "hoax"),
    ("Labour MPs were quick to describe the budget as a scandal.", "scandal"),
    ("Campaigners on the right have been eager to brand the judges traitors.", "traitors"),
    ("The union, which was among the first to call the takeover a disgrace, met on Monday.", "disgrace"),
    ("Rural voters have begun to call the new tax a betrayal.", "betrayal"),
    ("Residents kept calling the landlord a crook.", "crook"),
]


@pytest.mark.parametrize("text, label", NAMED)
def test_a_label_given_after_a_lead_in_is_the_namers(text, label):
    found = loaded_evidence(COUNCIL_LEAD + text)
    assert any(k.startswith("quoted") and t.lower() == label for k, t in found), found
    assert author_terms(text) == []


WRITERS = [
    "I did not hesitate to call it a sham.",
    "We were quick to call the bill a sham.",
    "One can only call it a sham.",
    "Nobody should hesitate to call the bill a sham.",
    "Do not hesitate to call it a sham.",
    "It is hard not to call the bill a sham.",
    "Who was quick to call the bill a sham?",
    "I have taken to calling the scheme a scam.",
    "You could only call the ruling a disgrace.",
]


@pytest.mark.parametrize("text", WRITERS)
def test_the_writers_own_label_keeps_its_cue(text):
    assert author_terms(text), text


@pytest.mark.parametrize("text", [
    "The bill is a sham.",
    "The councillors were quick to leave, and the whole meeting was a sham.",
    "Officials rushed to the scene of the disaster.",
])
def test_a_lead_in_without_its_naming_verb_changes_nothing(text):
    assert author_terms(text), text
