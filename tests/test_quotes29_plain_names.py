"""Loaded language (helper quotes29, fresh28's findings): plain words and quoted names that read
as loaded. A quoted name right before the noun of the thing it names, "blast" and "crushed" in
their senses of quarrying, building and cooking, a post or a video that "claims" with a
participle phrase between, a loaded word the writer denies after "I do not think", and a
complaint about a shortage are not the writer's loaded language; the near-misses keep their cue.
Every text is written for these tests."""

import pytest

from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

_FILLER = " The council will publish its figures on Monday."


def _terms(body: str) -> list[tuple[str, str]]:
    """(kind, text) of the loaded terms counted as the writer's (quoted ones left out)."""
    sig = loaded_language.score(prepare("By Ana Ruiz\n\n" + body + _FILLER), Settings())
    return [(e.kind, e.text.lower()) for e in sig.evidence if e.kind in loaded_language.CATEGORIES]


# --- 1. quoted names of things

@pytest.mark.parametrize("body", [
    'A "do not drink" or "boil water" notice may follow the pump failure at Marlow.',
    'Patients on the "priority one" list will be seen first.',
    'Pensioners receive the "cold weather" payments when the temperature drops below zero.',
    'The county lifted the "stay at home" order on Friday.',
    'Migrants were returned under the "remain in Mexico" policy last year.',
    'The "zero tolerance" rule applies to every pupil at the school.',
    'Travellers arriving from the "amber" list must still take a test.',
])
def test_a_quoted_name_before_its_noun_is_no_scare_quote(body):
    assert [t for t in _terms(body) if t[0] == "scare quote"] == []


@pytest.mark.parametrize("body, quote", [
    ('The "experts" at the ministry got it wrong again.', '"experts"'),
    ('His "plan" was never a plan at all.', '"plan"'),
    ('A "temporary" scheme has now run for eleven years.', '"temporary"'),
    ('Their "affordable" homes cost more than most families earn in a decade.', '"affordable"'),
    ('The "woke" rules were pushed through by the board.', '"woke"'),
    ('The "patriots" who stormed the hall were arrested.', '"patriots"'),
    ('The informant spoke after an "iron clad" gag order was lifted.', '"iron clad"'),
])
def test_real_scare_quotes_stay(body, quote):
    assert ("scare quote", quote) in _terms(body)


# --- 2. "blast" breaking rock, "crushed" materials

@pytest.mark.parametrize("body", [
    "Quarry staff will use controlled blasting to remove rock from the northern face.",
    "The quarry reopens in May. Blasting will take place only between 1pm and 3pm.",
    "Contractors blasted a tunnel through the hill in 1890.",
    "The mine's owners say blasting began at dawn and the dust settled by noon.",
    "Blasting will take place only between 1pm and 3pm on weekdays.",
    "Controlled blasting resumed after the holiday.",
])
def test_blasting_rock_is_no_verb_of_criticism(body):
    assert [t for t in _terms(body) if t[1].startswith("blast")] == []


@pytest.mark.parametrize("body", [
    "The new footpath was surfaced with crushed stone last spring.",
    "Add two cloves of crushed garlic and stir for a minute.",
    "The yard sells crushed concrete by the tonne.",
])
def test_crushed_material_is_plain(body):
    assert ("emotive", "crushed") not in _terms(body)


@pytest.mark.parametrize("body, word", [
    ("Senator Hale was blasting the plan on Monday.", "blasting"),
    ("Blasting the council's budget, Hale said the town deserved better.", "blasting"),
    ("Residents blasted the quarry operator at a packed meeting.", "blasted"),
    ("The union blasted ministers over the quarry expansion.", "blasted"),
    ("Police crushed the protest near the mine within an hour.", "crushed"),
    ("Hopes were crushed when the vote failed.", "crushed"),
])
def test_blasting_and_crushing_people_stay_loaded(body, word):
    assert word in [t[1] for t in _terms(body)]


# --- 3. a thing that claims, a participle phrase between

@pytest.mark.parametrize("body", [
    "A post shared on Facebook claims that the bridge will close for a year.",
    "A video circulating online claims the tap water is unsafe.",
    "A message forwarded on WhatsApp claims that schools will shut on Monday.",
    "An image posted to X last week claims the bridge has collapsed.",
    "A post shared more than 4,000 times on Facebook since 6 March claims that the water is unsafe.",
])
def test_a_thing_with_a_participle_phrase_claims_plainly(body):
    assert ("attribution", "claims") not in _terms(body)


@pytest.mark.parametrize("body", [
    "The woman in a video posted online claims she was never paid.",
    "After a post shared online he claims he was misquoted.",
    "The minister claims the figures are wrong.",
    "The driver seen at the depot on Friday claims he was never paid.",
    "The event page listed the demands the group claims it was founded on.",
])
def test_a_person_who_claims_keeps_the_cue(body):
    assert ("attribution", "claims") in _terms(body)


# --- 4. a denied belief

@pytest.mark.parametrize("body, word", [
    ("I do not think employers are villains.", "villains"),
    ("I don't believe the drivers who left are villains.", "villains"),
    ("She did not think the staff were villains.", "villains"),
    ("We don't think the protesters are thugs.", "thugs"),
    ("I do not believe gun owners are extremists.", "extremists"),
    ("I don't think they're crooks.", "crooks"),
])
def test_a_loaded_word_after_a_denied_belief_is_not_the_writers(body, word):
    assert word not in [t[1] for t in _terms(body)]


@pytest.mark.parametrize("body, word", [
    ("I can't believe they are such villains.", "villains"),
    ("Do you not think they are villains?", "villains"),
    ("I think employers are villains.", "villains"),
    ("I don't think anyone is a bigger liar than the mayor.", "liar"),
    ("The protesters are thugs.", "thugs"),
])
def test_an_asserted_belief_keeps_the_cue(body, word):
    assert word in [t[1] for t in _terms(body)]


# --- 5. a complaint about a shortage or a wait (a nuisance, as praise19's "complained about noise")

@pytest.mark.parametrize("body", [
    "The operator still complained about shortages of drivers.",
    "The bus company complained of a shortage of mechanics.",
    "The airline complained about long queues at passport control.",
])
def test_complaining_about_a_thing_is_plain(body):
    assert [t for t in _terms(body) if t[1].startswith("complain")] == []


@pytest.mark.parametrize("body", [
    "The senator complained that the press was unfair to him.",
    "The minister complained that nobody had read the report.",
    "The senator complained about the line of questioning for an hour.",
])
def test_complaining_that_keeps_the_cue(body):
    assert [t for t in _terms(body) if t[1].startswith("complain")] != []
