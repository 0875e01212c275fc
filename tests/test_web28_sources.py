"""(web28) A group's act told in a relative clause is no source: "the senators who promised to bring the
jobs back", "Democrats who always claim to back the blue", "... when the crowd told them to crack heads".
A person's promise before a verb of saying keeps its source. Every text here was written for this file."""

from __future__ import annotations

import pytest

from xlplugin.scorers import provenance as pv
from xlplugin.scorers import unsourced_claims as uc
from xlplugin.settings import Settings
from xlplugin.text import prepare


def _unsourced(sentence: str) -> str:
    got = uc.score(prepare(sentence), Settings())
    assert got.evidence, got.note
    return got.evidence[0].kind


def _named_sources(sentence: str) -> bool:
    got = pv.score(prepare(sentence), Settings())
    return any(e.kind == "named sources with roles" and e.detail.startswith("found") for e in got.evidence)


GROUP_ACTS = [
    "The Republicans who promised to bring 4,000 factory jobs back by 2024 have delivered none.",
    "The same Democrats who always claim to back the police cut its budget by 12 percent in 2023.",
    "Those senators who claimed to fix the border in 2022 cut its budget by 8 percent.",
    "They are the same people who cheered when the mayor's crowd told them to block 3 roads in 2021.",
    "The activists who once promised to plant 10,000 trees have planted 40.",
]


@pytest.mark.parametrize("sentence", GROUP_ACTS)
def test_a_groups_act_in_a_relative_clause_sources_nothing(sentence):
    assert _unsourced(sentence) == "unsourced"
    assert not _named_sources(sentence)


@pytest.mark.parametrize("sentence", [
    "Senator Ann Brooks, who promised to bring the jobs back, said on Tuesday that 300 jobs had gone.",
    "Councillor Dean Morris, who vowed to fight the closure, said 40 staff would lose their jobs.",
    "The union said its members had promised to strike for 3 days in May.",
])
def test_a_named_speaker_keeps_the_source(sentence):
    assert _unsourced(sentence) == "sourced"
