"""(sources45) Who said it: named sources read right, by class.

Real documents (a seed's analysis of Japan's foreign policy, a programmer's essay, a science news
page) showed words listed or counted as named sources that are no one's name:

1. a place's name before a role or a body ("In court, the US defense argued", "Texas prosecutors
   said") was listed as the source "US", "Texas": the role phrase is the source;
2. a place as the subject with words between it and its verb ("Tokyo has so far agreed",
   "Washington has consistently rejected") escaped sources31's rule that a place stands for no one;
   so did a place after the previous sentence's last word ("... off Korea. Tokyo said": "Korea."
   read as a first name) and a place read as a verb ("encourage the United States to think":
   "States" read as "states");
3. a participle clause opening a sentence ("Having described the plan, ...") was a source named
   "Having";
4. an inverted attribution ("... through the Galaxy, says Ann Lee") was listed by the name before
   the comma ("Galaxy"), not the speaker after the verb.

And (item 2 of the brief) a country speaking ("China said the port would close") is its
government: an organisation with a verb of saying, so its claim is sourced in unsourced claims
(DESIGN.md: "no named person or organisation with a reporting verb" is what unsourced means); it
is a side, no named person with a role, so provenance still does not credit it (sources31's
"Scotland said", "Moscow said" stay uncredited), and where it counts ("China said it would", the
government by the sources31 rule) the list shows it as a body speaking, its own side. A city, a
state or a region speaking stays a place ("London said more rain was expected": hunt33).
Every text here is written for this test.
"""

from __future__ import annotations

import pytest

from attribution_helpers import added_claims
from sources_list_helpers import CLOSER, credited, named_evidence, sources_listed, story


# --- 1. a place's name before a role or a body: the role phrase is the source --------------------

PLACE_BEFORE_ROLE = [
    ("The harbour dispute went to court. In court, the US defense argued that the contract was void." + CLOSER,
     "the US defense", "US"),
    ("The harbour dispute went to court. Texas prosecutors said the contract was void." + CLOSER,
     "Texas prosecutors", "Texas"),
    ("The harbour dispute went to court. The UK ambassador said the contract was void." + CLOSER,
     "The UK ambassador", "UK"),
]


@pytest.mark.parametrize("text, role, wrong", PLACE_BEFORE_ROLE)
def test_a_place_before_a_role_lists_the_role(text: str, role: str, wrong: str) -> None:
    listed = sources_listed(text)
    assert role.lower() in [s.lower() for s in listed], listed
    assert wrong not in listed
    assert "Mark Hale" in listed


# --- 2. a place as the subject of a verb, however it is reached: no named source -----------------

PLACES = [
    "Tokyo is constantly saying the new crossing is too slow.",
    "Tokyo has always insisted the crossing was too slow.",
    "Washington has consistently rejected the offer of talks.",
    "The talks encourage the United States to think about the crossing.",
]


@pytest.mark.parametrize("middle", PLACES)
def test_a_place_as_a_subject_is_no_named_source(middle: str) -> None:
    assert not credited(story(middle)), middle


def test_a_sentence_end_before_a_place_is_no_first_name() -> None:
    # "Korea." ends the sentence before "Tokyo": no "Korea Tokyo" person
    text = "The ferries sailed from Korea. Tokyo said the new crossing was too slow. Tickets go on sale in March."
    assert not credited(text)


def test_a_title_with_a_full_stop_still_makes_a_person() -> None:
    # guard: "Ms. Paris" is a person, "Paris said" hers
    text = ("The ferry timetable changes next month. Ms. Paris runs the kiosk on the pier. "
            "Paris said the new crossing was too slow. Tickets go on sale in March.")
    assert credited(text)


# --- 3. a participle clause opening a sentence names no one ---------------------------------------

@pytest.mark.parametrize("middle", [
    "Having described the new timetable, the notice moves on to fares.",
    "Having said that, the crossing is still the fastest way over.",
    "Being told of the delay, passengers waited on the pier.",
])
def test_an_opening_participle_is_no_named_source(middle: str) -> None:
    assert not credited(story(middle)), middle


def test_an_opening_participle_sources_no_claim() -> None:
    [(kind, detail)] = added_claims("Having said that, fares will rise by 40 percent in 2027.")
    assert kind == "unsourced", detail


# --- 4. an inverted attribution: the speaker after the verb ---------------------------------------

INVERTED = [
    ("The ferry timetable changes next month. Ships sweep through the Channel at night, says Ann Lee." + CLOSER,
     "Ann Lee", "Channel"),
    ("The ferry timetable changes next month. Ships sweep through the Channel at night, said the harbour master."
     + CLOSER, "the harbour master", "Channel"),
]


@pytest.mark.parametrize("text, speaker, wrong", INVERTED)
def test_an_inverted_attribution_lists_its_speaker(text: str, speaker: str, wrong: str) -> None:
    listed = sources_listed(text)
    assert speaker in listed, listed
    assert wrong not in listed


# --- item 2: a country speaking is its government -------------------------------------------------

GOVERNMENTS = [
    "China said the port would close 40 berths by 2027.",
    "The United States has repeatedly said the port would close 40 berths by 2027.",
    "Scotland said the new route would cost 40 million pounds.",
]


@pytest.mark.parametrize("sentence", GOVERNMENTS)
def test_a_country_speaking_sources_its_claim(sentence: str) -> None:
    [(kind, detail)] = added_claims(sentence)
    assert kind == "sourced", detail
    assert "no named source" not in detail


@pytest.mark.parametrize("sentence", GOVERNMENTS)
def test_a_country_speaking_is_no_named_person(sentence: str) -> None:
    # guard (sources31): a side, no named source with a role in provenance
    assert not credited(story(sentence))


@pytest.mark.parametrize("sentence", [
    "London said more rain was expected across 40 towns by Friday.",
    "Texas said the new route would cost 40 million pounds.",
    "Moscow said the crossing would cost 40 million roubles.",
])
def test_a_city_or_a_state_speaking_stays_a_place(sentence: str) -> None:
    # guard (hunt33): a city, a state or a region speaking stands for no one a reader can ask
    [(kind, detail)] = added_claims(sentence)
    assert kind == "unsourced" and "no named source (a place)" in detail, detail


def test_countries_that_count_are_listed_as_sides() -> None:
    text = ("The ferry talks ended on Friday. Russia said it would send two more ships. "
            "China said it would not sign the shipping accord." + CLOSER)
    detail = named_evidence(text).detail
    # a body speaking shows itself as its side (companies41: "Northfield Bakehouse (Northfield Bakehouse)")
    assert "sources: Russia (Russia), China (China), Mark Hale (the council)" in detail, detail
    assert "sources from 3 bodies or sides: Russia, China, the council" in detail, detail
