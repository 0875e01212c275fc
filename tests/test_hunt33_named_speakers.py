"""(hunt33) Unsourced claims and provenance agree on who is a named source: one rule,
`source_names.no_named_speaker` (sources31). A place, a platform or a class of people before a
verb of saying ("London said", "Twitter responded", "Many lawyers argue") names no one a reader
could ask: provenance has not counted it since sources31, and unsourced claims read the sentence
as sourced by name. Now it is a vague source there too; a time or an idiom where a speaker would
stand ("Christmas said") is no attribution. Near misses keep their source in both: a company
that goes on as "it", a government by its seat, a platform's spokeswoman, a person's name that
is also a place's."""

from __future__ import annotations

import pytest

from xlplugin import score_text
from xlplugin import source_names

HEAD = "Notes from the week\n\n"
TAIL = " The harbour was busy all week."


def _first(sentence: str):
    """The unsourced-claims evidence of the sentence, and whether provenance counts a named source."""
    result = score_text(HEAD + sentence + TAIL)
    evidence = [e for e in result.signals["unsourced_claims"].evidence if e.start < len(HEAD) + len(sentence)]
    counted = any(e.kind == "named sources with roles" and e.detail.startswith("found")
                  for e in result.signals["provenance"].evidence)
    return evidence, counted


VAGUE = [
    ("London said more rain was expected across 40 towns by Friday.", "a place"),
    ("Paris insisted the new tram line would carry 40,000 people a day by 2027.", "a place"),
    ("Twitter responded with disbelief after the operator raised fares by 30 percent on Monday.", "a platform"),
    ("Instagram responded with outrage when the brand raised prices by 25 percent.", "a platform"),
    ("Many lawyers argue the new rule will cost tenants 300 pounds a year.", "a class of people"),
    ("Sleep advisers also say adults need at least seven hours every night.", "a class of people"),
]


@pytest.mark.parametrize("sentence, what", VAGUE)
def test_no_one_named_is_a_vague_source_in_unsourced_claims_as_in_provenance(sentence, what):
    evidence, counted = _first(sentence)
    assert len(evidence) == 1, evidence
    assert evidence[0].kind == "unsourced"
    assert f"unsourced: no named source ({what})" in evidence[0].detail
    assert not counted  # (provenance: no named source, as before)


@pytest.mark.parametrize("sentence", [
    "Christmas said shop sales fell by 12 percent in 2024 across the county.",
    "Easter said the shops would stay open for 12 hours longer than last year.",
])
def test_a_time_where_a_speaker_stands_is_no_attribution(sentence):
    evidence, counted = _first(sentence)
    assert all(e.kind == "unsourced" and "sourced (named)" not in e.detail for e in evidence)
    assert all("no attribution in or next to the sentence" in e.detail for e in evidence)
    assert not counted


NAMED = [
    "Twitter said it would review 300 posts about the fare rise, and that 40 were removed by Friday.",
    "Downing Street said the rail strike had cost 40 million pounds so far.",
    "A Facebook spokeswoman said the company removed 1,200 fake accounts in June.",
    "Harbour master Lena Ruiz said the quay had flooded 14 times since 2019.",
    "Georgia Mills, 34, runs the cafe on the quay. Georgia said takings fell by a third in 2024.",
]


@pytest.mark.parametrize("sentence", NAMED)
def test_near_miss_someone_named_stays_a_source_in_both(sentence):
    evidence, counted = _first(sentence)
    assert counted
    said = [e for e in evidence if "no named source" in e.detail]
    assert said == []
    assert any(e.kind == "sourced" for e in evidence) or evidence == []  # (a sentence with no claim: nothing to say)


def test_the_two_scorers_read_one_rule(monkeypatch):
    """Unsourced claims asks `source_names.no_named_speaker`, the rule provenance counts by: the
    rule turned off, both read "London said" as a named source again (no copy of it elsewhere)."""
    sentence = VAGUE[0][0]
    evidence, counted = _first(sentence)
    assert evidence[0].kind == "unsourced" and not counted
    monkeypatch.setattr(source_names, "no_named_speaker", lambda doc, attr, sentence: "")
    evidence, counted = _first(sentence)
    assert evidence[0].kind == "sourced" and counted
