"""(claims56) Who said it, on sentences written for these tests, as classes (xlplugin/member_groups.py):
- a group of people named by a body and a noun of its people ("Nissan workers said", "Toyota
  employees said", "City officials said": attribution.txt [member_words], [body_kind_words],
  [body_official_words]) is a source by role, wherever it stands in the sentence and in either
  order ("workers at Nissan said"), as "Harvard researchers said" is; before, it was no source
  opening a sentence, named after a comma or a number, and "City officials" vague;
- people who speak for a body named before them ("Acme spokesmen said", [body_voice_words]) are
  the body speaking, named, as "Spokesmen at Acme" and "an Acme spokesman" are (before: by role);
- a document or a message owned by a possessive and followed by a phrase of its own ("Moreno's
  letter to parents says") has the document for its head, not the words after the preposition;
  owned by a name ("Nissan's filing says") it is the owner's word, a named source (before: a
  document source, or none, or the recipient's kind); owned by an office ("the mayor's letter
  says") a document source, as "the mayor's statement says" is.
FIXES read otherwise on main; GUARDS are the near cases main read so too."""

from __future__ import annotations

import pytest

from attribution_helpers import attribution_kind, unsourced_kinds

DEPOT = "the depot would shut before the winter."

FIXES = [
    # a body's people by its name and their noun: by role, in every place
    (f"Nissan workers said {DEPOT}", "role"),
    (f"Toyota employees said {DEPOT}", "role"),
    (f"Nissan workers told reporters {DEPOT}", "role"),
    (f"Two Nissan workers said {DEPOT}", "role"),
    (f"Workers at Nissan said {DEPOT}", "role"),
    ("The depot would shut before the winter, Nissan workers said.", "role"),
    ("The depot would shut before the winter, Acme lawyers said.", "role"),
    # the kind of one body and its officials: by role
    (f"City officials said {DEPOT}", "role"),
    (f"County officials said {DEPOT}", "role"),
    (f"School officials said {DEPOT}", "role"),
    ("The depot would shut before the winter, city officials said.", "role"),
    # a body's voices named before them: the body speaking, named
    (f"Acme spokesmen said {DEPOT}", "named"),
    (f"Nissan spokeswomen said {DEPOT}", "named"),
    (f"Siemens representatives said {DEPOT}", "named"),
    # a thing owned by a name, with a phrase after it: the owner, named
    (f"Moreno's letter to parents says {DEPOT}", "named"),
    (f"Moreno's email to staff said {DEPOT}", "named"),
    (f"Moreno's open letter to the governor says {DEPOT}", "named"),
    (f"Oxfam's report on the camps says {DEPOT}", "named"),
    (f"Nissan's statement on Friday said {DEPOT}", "named"),
    (f"Nissan's filing with regulators says {DEPOT}", "named"),
    # a document owned by a name: the owner's word
    (f"Nissan's filing says {DEPOT}", "named"),
    (f"Oxfam's annual report says {DEPOT}", "named"),
    # a message owned by an office: its document
    (f"The mayor's letter says {DEPOT}", "document"),
    (f"The council's letter to residents said {DEPOT}", "document"),
    (f"The mayor's statement to the council says {DEPOT}", "document"),
]

GUARDS = [
    # as before: the order with "at" for a body's voice, one of its voices, an institution's members
    (f"Spokesmen at Acme said {DEPOT}", "named"),
    (f"An Acme spokesman said {DEPOT}", "named"),
    (f"Stanford researchers said {DEPOT}", "role"),
    (f"Company spokesmen said {DEPOT}", "role"),
    # a common word, a nationality or a place before the group: vague
    (f"Senior officials said {DEPOT}", "weasel"),
    (f"Health officials said {DEPOT}", "weasel"),
    (f"Local workers said {DEPOT}", "weasel"),
    (f"Many workers said {DEPOT}", "weasel"),
    (f"Workers said {DEPOT}", "weasel"),
    (f"Japanese officials said {DEPOT}", "weasel"),
    (f"Ohio officials said {DEPOT}", "weasel"),
    # the body itself; no verb of saying; a passive
    (f"Nissan said {DEPOT}", "named"),
    ("Nissan workers built the depot in 2010.", None),
    ("Nissan vans are said to be faster than their rivals.", "weasel"),
    # a thing owned, with no verb of saying or reporting nothing; no owner; a time; a person owned
    ("Moreno's letter was never sent.", None),
    ("Moreno's letter to parents was never sent.", None),
    (f"Moreno's letter to parents says nothing about {DEPOT[:-1]}.", None),
    (f"The letter to parents says {DEPOT}", None),
    (f"Today's letter says {DEPOT}", None),
    (f"Moreno's lawyer said {DEPOT}", "role"),
    # a document owned by an office: a document source, as before
    (f"The mayor's statement says {DEPOT}", "document"),
    (f"The company's filing says {DEPOT}", "document"),
]


@pytest.mark.parametrize("text, kind", FIXES)
def test_fixed_source_kind(text: str, kind: str) -> None:
    assert attribution_kind(text) == kind


@pytest.mark.parametrize("text, kind", GUARDS)
def test_kept_source_kind(text: str, kind: str) -> None:
    assert attribution_kind(text) == kind


@pytest.mark.parametrize("noun", ["workers", "employees", "engineers", "lawyers", "spokesmen"])
def test_a_group_reads_alike_in_every_place(noun: str) -> None:
    # fails on main for "workers", "employees" (no source first, named later), "lawyers" (by
    # role first, named later) and "spokesmen" (by role first)
    claim = "the depot would shut before the winter"
    places = [f"Nissan {noun} said {claim}.", f"Two Nissan {noun} said {claim}.",
              f"{claim.capitalize()}, Nissan {noun} said.", f"According to Nissan {noun}, {claim}."]
    assert len({attribution_kind(text) for text in places}) == 1


def test_the_scorer_counts_the_group_and_the_letter_as_sources() -> None:
    # fails on main: no source and a vague one, so all three claims were unsourced
    text = ("Nissan workers said the depot cut 300 jobs last year. City officials said the depot "
            "cut 300 jobs last year. Moreno's letter to parents says the depot cut 300 jobs last year.")
    assert unsourced_kinds(text) == ["sourced", "sourced", "sourced"]


def test_an_owner_named_by_a_possessive_is_one_source_with_the_owner() -> None:
    # fails on main: the sources list gave "Moreno's" beside "Moreno" for one person
    from xlplugin import score_text

    text = ("Moreno's letter says the depot cut 300 jobs last year. Moreno said the depot would shut "
            "before the winter.")
    detail = next(e.detail for e in score_text(text).signals["provenance"].evidence if e.kind == "named sources with roles")
    assert detail.endswith("sources: Moreno")
