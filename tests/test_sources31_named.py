"""(sources31) Who is a named source: a person or a named body a reader can check.

Provenance credited "named sources with roles" for words that are no one a reader can ask: a
holiday where a speaker stands ("Christmas said"), a platform or a place standing for a crowd or
nothing ("Twitter responded with disbelief", "London said more rain was expected"), a class of
people with no names ("Sleep advisers also say" earned 13.9 points where "Nutrition experts also
say" earned none), an idiom ("The queue says a lot"). These are no named source now
(xlplugin/source_names.py); real people and named bodies still are, a platform or a place the
sentence calls "it" among them (the company, the government: "Twitter said it would review").
Every text here is written for this test.
"""

from __future__ import annotations

import pytest

from xlplugin import score_text
from sources_list_helpers import credited, story


TIMES = [
    "Christmas said the crossings would be busy.",
    "Easter told the same story of crowded decks.",
    "Thursday said the harbour would open late.",
    "Tomorrow will tell whether the queues return.",
]

PLATFORMS = [
    "Twitter responded with disbelief to the new fares.",
    "Facebook said the crossing was the worst in years.",
    "YouTube told the whole story of the stranded passengers.",
    "The crossing will be cancelled, according to Instagram.",
]

PLACES = [
    "London said more rain was expected on the coast.",
    "Paris said the sea would be rough by evening.",
    "Moscow said the talks on the strait had failed.",
    "Scotland said the new route would not be funded.",
]

CLASSES = [
    "Sleep advisers also say a quiet cabin helps.",
    "Wedding planners say the island is booked for the summer.",
    "Many lawyers argue the fares break the contract.",
    "Some editors say the timetable was leaked early.",
    "Beauty editors also say sea air is good for the skin.",
]

# (these read right on main already: kept here with their class)
ANONYMOUS = [
    "One person familiar with the plans said the route would be cut.",
    "A friend of Leo's told us the captain was leaving.",
    "A source close to the couple said they had sold the boat.",
    "An insider at the studio said the ferry film was finished.",
]

IDIOMS = [
    "The empty car park said it all.",
    "The queue at the ticket office says a lot.",
]


@pytest.mark.parametrize("middle", TIMES + PLATFORMS + PLACES + CLASSES + ANONYMOUS + IDIOMS)
def test_no_one_to_ask_is_no_named_source(middle: str) -> None:
    assert not credited(story(middle)), middle


def test_plural_classes_read_alike() -> None:
    # fresh29 p02c / p02i's shape: one field's advisers earned points, the other's experts none
    advisers = story("Sleep advisers also say a warm bed helps.")
    experts = story("Nutrition experts also say a late breakfast helps.")
    assert credited(advisers) == credited(experts) is False
    assert score_text(advisers).signals["provenance"].value == score_text(experts).signals["provenance"].value


# Near-misses: real people and named bodies, which must keep crediting the text.
REAL = [
    "Priya Shah, 38, said the crossings would be busy.",
    "Dr Alan Okafor, a cardiologist at St Mary's Hospital, said sea air helps patients.",
    "The Environment Agency said more rain was expected on the coast.",
    "A Twitter spokeswoman said the post would be reviewed.",
    # a platform or a place the sentence goes on to call "it" is the company or the government
    "Twitter said it would review the post after complaints.",
    "Facebook says it will label the ferry company's adverts.",
    "Beijing said it would not sign the shipping accord.",
    "Paris Hilton said she would take the early boat.",
    "The Kremlin said the talks on the strait had failed.",
    "Downing Street said the route would be funded.",
    "Harvard researchers said sea crossings calm nervous travellers.",
    "Prosecutors said the captain had ignored the warnings.",
    "Her lawyers said the contract had been broken.",
    "Two lawyers said the fares break the contract.",
    "Ann Lee wrote on Twitter that the crossing was cancelled.",
    "On Thursday, the mayor said the gates would open late.",
    "The council said on Thursday that the car park would close.",
    "Police said Monday that the road would close.",
]


@pytest.mark.parametrize("middle", REAL)
def test_real_sources_still_count(middle: str) -> None:
    assert credited(story(middle)), middle


def test_a_place_that_is_someones_name_stays_a_person() -> None:
    text = ("The ferry timetable changes next month. Georgia Mills, 34, runs the kiosk by the pier. "
            "Georgia said she would open earlier. Tickets go on sale in March.")
    assert credited(text)


def test_a_place_that_is_a_surname_stays_a_person() -> None:
    text = ("The ferry festival closed on Sunday. Joaquin Phoenix thanked the crew from the stage. "
            "Phoenix said the film was made for them. Tickets go on sale in March.")
    assert credited(text)
