"""(cues23) A source named before a relative clause between it and its verb of saying is the
source: "Councillor Dean Morris, who voted against the plan, said ..."."""

import pytest

from xlplugin.engine import score_text


def _kinds(text: str) -> list[str]:
    return [e.kind for e in score_text(text).signals["unsourced_claims"].evidence]


@pytest.mark.parametrize("text", [
    "Councillor Dean Morris, who voted against the plan, said the cuts would close three libraries by 2027.",
    "Lloyds, which closed the most branches in the county, said in a statement that 40 jobs would go.",
    "The head teacher, who joined the school in 2019, told parents that 120 pupils had left.",
    "Priya Shah, whose family has farmed the valley since 1950, said the river rose by two metres in a night.",
])
def test_source_before_a_relative_clause_is_the_source(text: str) -> None:
    kinds = _kinds(text)
    assert kinds and all(k == "sourced" for k in kinds), kinds


@pytest.mark.parametrize("text", [
    # near misses: no source before the clause, or no clause before the verb
    "Crime rose by 14 per cent last year, which is the most since 2010, and 300 officers left the force.",
    "The town lost 40 jobs in 2025, which was the worst year since the mill closed in 1990.",
])
def test_no_source_without_one_before_the_clause(text: str) -> None:
    assert "unsourced" in _kinds(text)
