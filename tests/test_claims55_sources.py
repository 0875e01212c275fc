"""(claims55) Who said it, the leftovers of claims54, as classes, on sentences written for these
tests:
- a capitalised possessive name opening the sentence and owning a message or a writing of its
  owner (attribution.txt [owned_message_words], cues.possessive_name_first): "Smith's letter
  says", "Ann Lee's emails said", "Labour's newsletter says" name the owner, as "Smith's ad says"
  (claims54) and "On Monday, Smith's letter said" did; before, they read as a pronoun "says". A
  document owned so stays a document source in either place ("Smith's statement says");
- people at a workplace or a place of one capitalised word after "at", "from" or "with"
  ([employer_after_person_words], misread_sources.employer_after_group) read as the workplace put
  first: "Researchers at Harvard said" is "Harvard researchers said", a source by role (before:
  named); "Residents from Leeds said" is "Leeds residents said", vague. Under DESIGN.md's
  provenance rules a named source is a person or an organisation named as the speaker; the
  researchers are unnamed people whose employer is named, as claims54 read "a nurse from Apple".
  A body's voice, a name of several words and a trade's group keep the name.
FIXES read otherwise on main; GUARDS are the near cases main read so too."""

from __future__ import annotations

import pytest

from attribution_helpers import attribution_kind

CLINIC = "the clinic had been closed for three weeks."

FIXES = [
    # a possessive name owning a message, first in its sentence: named
    (f"Smith's letter says {CLINIC}", "named"),
    (f"Smith's letters say {CLINIC}", "named"),
    (f"Smith's email says {CLINIC}", "named"),
    (f"Smith's memo says {CLINIC}", "named"),
    (f"Smith's open letter says {CLINIC}", "named"),
    (f"Labour\u2019s newsletter says {CLINIC}", "named"),
    (f"Smith's speech said {CLINIC}", "named"),
    # people at a workplace of one word, after the noun: as the workplace first
    (f"Researchers at Harvard said {CLINIC}", "role"),
    (f"Three researchers at Harvard said {CLINIC}", "role"),
    (f"Some researchers from Harvard said {CLINIC}", "role"),
    (f"Researchers at Harvard told reporters {CLINIC}", "role"),
    (f"Doctors at Leeds said {CLINIC}", "role"),
    (f"Engineers with Siemens said {CLINIC}", "role"),
    (f"Residents from Leeds said {CLINIC}", "weasel"),
]

GUARDS = [
    # a possessive name owning a message, first in its sentence: named
    (f"Ann Lee's emails said {CLINIC}", "named"),
    (f"On Monday, Smith's letter said {CLINIC}", "named"),
    (f"Smith's post says {CLINIC}", "named"),
    (f"Smith's ad says {CLINIC}", "named"),
    # a document owned so: since claims56 its owner's word, named, in either place (before: a
    # document source)
    (f"Smith's statement says {CLINIC}", "named"),
    (f"On Monday, Smith's statement said {CLINIC}", "named"),
    # no owner, a time, a pronoun, a person owned: as before
    (f"Today's letter says {CLINIC}", "pronoun"),
    (f"The letter says {CLINIC}", "pronoun"),
    (f"Smith's lawyer said {CLINIC}", "role"),
    # the workplace first: as before
    (f"Harvard researchers said {CLINIC}", "role"),
    (f"Leeds doctors said {CLINIC}", "role"),
    (f"Leeds residents said {CLINIC}", "weasel"),
    # a body's voice, a name of several words, a trade's group after "at", one person: as before
    (f"Spokesmen at Apple said {CLINIC}", "named"),
    (f"Spokespeople at Apple said {CLINIC}", "named"),
    (f"Researchers at Harvard University said {CLINIC}", "named"),
    (f"Teachers at Hillside said {CLINIC}", "named"),
    (f"Lawyers for Smith said {CLINIC}", "named"),
    (f"A nurse from Apple said {CLINIC}", "role"),
    (f"A spokesman at Apple said {CLINIC}", "named"),
    (f"Ann Lee, a nurse at Apple, said {CLINIC}", "named"),
]


@pytest.mark.parametrize("text, kind", FIXES)
def test_fixed_source_kind(text: str, kind: str) -> None:
    assert attribution_kind(text) == kind


@pytest.mark.parametrize("text, kind", GUARDS)
def test_kept_source_kind(text: str, kind: str) -> None:
    assert attribution_kind(text) == kind


def test_according_to_agrees_in_both_orders() -> None:
    # fails on main: "according to researchers at Harvard" was named, "according to Harvard researchers" by role
    lead = "The drug cut deaths by 20 percent, according to "
    assert attribution_kind(lead + "researchers at Harvard.") == attribution_kind(lead + "Harvard researchers.") == "role"
