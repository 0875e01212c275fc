"""Loaded language version 59 (helper loaded34): state propaganda's hidden foreign hand, and
climate denial's stock claims, rigged data and mocked prophecies, as classes of conspiracy
tells.

A state outlet that blames a protest or a vote's critics on unnamed foreigners ("planned in
advance by foreign intelligence services", "Certain foreign circles tried to undermine the
elections") and a denial post ("CO2 is plant food.", "The famous figure was cooked up from
cherry-picked papers", "They told us the snow would be a thing of the past") counted nothing
where no listed word stood in the sentence. Each now counts one doubt term, its evidence a
conspiracy tell; a report that names the country, a named source's sentence, a physics or a
cooking sentence, a named subject and a quotation count nothing. Fixtures are sentences written
for these tests."""

import pytest

from loaded_helpers import author_terms, loaded_evidence
from xlplugin.conspiracy_tells import RIGGED_DETAIL, TELL_DETAIL
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare


def _tells(text: str) -> list[str]:
    sig = loaded_language.score(prepare("The council met on Tuesday to agree the budget. " + text), Settings())
    return [e.text.lower() for e in sig.evidence if e.detail in (TELL_DETAIL, RIGGED_DETAIL) and e.kind == "doubt"]


@pytest.mark.parametrize("text, words", [
    # a vague origin, a noun of who is behind it, a plot in the sentence
    ("The riots were planned well in advance by foreign intelligence services.", "foreign intelligence services"),
    ("Western special services orchestrated the disturbances in the capital.", "western special services"),
    ("Certain foreign circles keep trying to undermine our elections.", "foreign circles"),
    ("Overseas sponsors paid for the leaflets that stirred up the unrest.", "overseas sponsors"),
    ("Outside agitators and their foreign handlers were behind the riots.", "foreign handlers"),
    ("Foreign-backed provocateurs attempted to disrupt the count.", "foreign-backed provocateurs"),
    ("The whole campaign was the work of agents of foreign powers seeking to sow discord.", "agents of foreign powers"),
    # the plot named before "from abroad"
    ("The marches were instigated from abroad and paid for by strangers.", "instigated from abroad"),
])
def test_a_hidden_foreign_hand_is_a_tell(text, words):
    assert words in _tells(text), loaded_evidence(text)


@pytest.mark.parametrize("text", [
    "Russian military intelligence interfered in the vote, the committee's report found.",
    "Foreign intelligence services are a growing risk to universities, the security service said.",
    "The withdrawal of Western forces could destabilise the border region.",
    "External forces acting on the frame could destabilise the whole structure.",
    "Foreign investors are seeking to buy stakes in the region's two ports.",
    "External auditors found no problems with the accounts.",
    "Western governments imposed new sanctions after the vote.",
    "The police believe the burglary was planned in advance.",
])
def test_a_named_country_a_source_or_a_plain_sense_is_no_foreign_hand(text):
    assert author_terms(text) == [], loaded_evidence(text)


def test_a_foreign_hand_quoted_is_the_speakers():
    text = 'A spokesman for the ministry said: "These provocations were planned by foreign special services."'
    assert _tells(text) == [] and author_terms(text) == [], loaded_evidence(text)


@pytest.mark.parametrize("text, words", [
    # stock denial claims said in the author's voice
    ("CO2 is plant food.", "co2 is plant food"),
    ("Carbon dioxide is just plant food, whatever the activists tell you.", "carbon dioxide is just plant food"),
    ("And CO2 isn't a pollutant either.", "co2 isn't a pollutant"),
    # data said to be rigged
    ("That famous consensus figure was cooked up from a few hand-picked abstracts.", "cooked up"),
    ("The agency fudged the temperature readings for decades.", "fudged"),
    ("Their graphs rest on cherry-picked data.", "cherry-picked"),
    ("The records were massaged until they showed a trend.", "massaged"),
    # a prophecy mocked, the vague "they" and "us"
    ("They told us the glaciers would be gone by 2020.", "they told us"),
    ("They promised everyone the jab was going to stop the spread.", "they promised everyone"),
    ("Remember when they said the islands would be underwater by now?", "remember when they said"),
])
def test_a_denial_tell_is_a_loaded_term(text, words):
    assert words in _tells(text), loaded_evidence(text)


@pytest.mark.parametrize("text", [
    "Plants take in carbon dioxide through their leaves.",
    "The chef cooked up a feast for the visiting team.",
    "Pick the cherries when they turn dark red.",
    "The council told us the road would reopen in May.",
    "They said they would reopen the library in May.",
    "They told us the bridge would reopen in June, residents said.",
    "The committee said the data would be published next week.",
])
def test_the_same_words_in_plain_reports_count_nothing(text):
    assert author_terms(text) == [], loaded_evidence(text)


def test_a_denial_claim_in_a_quotation_is_the_speakers():
    text = 'One myth goes: "CO2 is plant food, so more of it is good." It is not that simple.'
    assert _tells(text) == [], loaded_evidence(text)
