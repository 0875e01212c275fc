"""(sources31) The named sources' list in the evidence (and the Why) reads each source right.

voices31 lists the sources provenance counted ("; sources: Ann Lee (the council), Tom Reid").
Testers found the list cut names ("Berg" for "Jean-Paul Van der Berg"), read titles and
possessives as names ("Executive", "Minister's", "The"), left out a name with an age or a role
after it ("Dev Patel, 52, a shop owner, said"), and listed one person twice ("Georgia Mills ...
Georgia said"). Every text here is written for this test.
"""

from __future__ import annotations

import pytest

from sources_list_helpers import CLOSER, sources_listed


# (text, a source the list must show as written)
WHOLE_NAMES = [
    ("The bridge will close for repairs. Jean-Paul Van der Berg said the detour was long." + CLOSER,
     "Jean-Paul Van der Berg"),
    ("The bridge will close for repairs. Ana de Souza said the buses would be late." + CLOSER, "Ana de Souza"),
    ("The bridge will close for repairs. Dev Patel, 52, a shop owner, said trade would fall." + CLOSER, "Dev Patel"),
    ("The bridge will close for repairs. Mary-Kate O'Neill, a local councillor, said drivers were warned." + CLOSER,
     "Mary-Kate O'Neill"),
    ("The bridge will close for repairs. Priya Shah, 38, said her commute would double." + CLOSER, "Priya Shah"),
    ("The bridge will close for repairs. Dr Alan Okafor, a cardiologist at St Mary's Hospital, said ambulances "
     "would be rerouted." + CLOSER, "Dr Alan Okafor"),
    ("The bridge will close for repairs. The Environment Agency said the river would be watched." + CLOSER,
     "Environment Agency"),
]


@pytest.mark.parametrize("text, name", WHOLE_NAMES)
def test_names_listed_whole(text: str, name: str) -> None:
    listed = sources_listed(text)
    assert name in listed, listed
    assert "Mark Hale" in listed


# A role and no name: listed as the text gives the role, never a word of it.
ROLES = [
    ("The bridge will close for repairs. Chief Executive said the savings were needed." + CLOSER,
     "Chief Executive", {"Executive"}),
    ("The bridge will close for repairs. The Minister's spokesman said the savings were needed." + CLOSER,
     "the Minister's spokesman", {"Minister's", "Minister"}),
    ("The bridge will close for repairs. The mayor said on Twitter that the work was overdue." + CLOSER,
     "the mayor", {"The"}),
    ("The bridge will close for repairs. A Twitter spokeswoman said the post was removed." + CLOSER,
     "a Twitter spokeswoman", {"A Twitter"}),
]


@pytest.mark.parametrize("text, role, wrong", ROLES)
def test_roles_listed_as_roles(text: str, role: str, wrong: set[str]) -> None:
    listed = sources_listed(text)
    assert role in listed, listed
    assert not wrong & set(listed), listed


def test_first_name_again_is_the_same_source() -> None:
    text = ("The bridge will close for repairs. Georgia Mills, 34, said her cafe would lose trade. "
            "\u201cWe will open later,\u201d Georgia said." + CLOSER)
    assert sources_listed(text) == ["Georgia Mills", "Mark Hale"]


QUOTED = [
    "The bridge will close for repairs. \u201cAnna Berg said we were safe,\u201d Rosa Lind told reporters." + CLOSER,
    "The bridge will close for repairs. Rosa Lind said: \u201cAnna Berg told me it was final.\u201d" + CLOSER,
    "The bridge will close for repairs. \u201cI told Anna Berg,\u201d said Rosa Lind, \u201cthat we would fight.\u201d" + CLOSER,
]


@pytest.mark.parametrize("text", QUOTED)
def test_names_inside_quoted_speech_are_not_listed(text: str) -> None:
    assert sources_listed(text) == ["Rosa Lind", "Mark Hale"]


def test_things_are_not_listed() -> None:
    text = ("The bridge will close for repairs. London said more rain was expected. Twitter responded "
            "with disbelief. Sleep advisers also say a quiet night helps." + CLOSER
            + " Ann Lee, a council spokeswoman, said buses would run.")
    listed = sources_listed(text)
    assert listed == ["Mark Hale", "Ann Lee"], listed
