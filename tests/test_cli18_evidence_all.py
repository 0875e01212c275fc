"""XLP_EVIDENCE gives every evidence item (cli18): it stopped after 10 with "... and 3 more",
and the rest could not be reached from a formula. Now every item is a line, as many as one cell
holds; past that, the last line says how many more and where they all are."""

from __future__ import annotations

import pytest

from xlplugin import cells, engine
from xlplugin.excel import functions

# Fresh texts written for these tests, each with more than ten evidence items of one signal.
LOADED = ("This shameless, disgraceful and outrageous plan is a scandal. The corrupt mayor and his lying cronies "
          "are thugs. Their sham survey is a disaster and a betrayal, a total farce and a racket. Everyone knows "
          "these crooks are pathetic.")
CLAIMS = " ".join(f"Bus fares in zone {i} rose by {i + 4} percent this year, the steepest rise since {1950 + i}."
                  for i in range(14))
DOUBT = ("The so-called experts and their alleged findings are a hoax. Their supposed survey, a sham, was a "
         "fiasco and a disgrace, a shocking and appalling mess. These clowns, frauds and liars deserve contempt.")


@pytest.mark.parametrize(("text", "signal", "name"), [
    (LOADED, "loaded", "loaded_language"), (CLAIMS, "unsourced", "unsourced_claims"), (DOUBT, "loaded", "loaded_language"),
])
def test_evidence_gives_every_item(text, signal, name):
    present = [item for item in engine.score_text(text).signals[name].evidence if item.present]
    assert len(present) > 10  # (what the old limit cut)
    lines = functions.evidence(text, signal).splitlines()
    shown = [line for line in lines if not line.startswith("not found: ")]
    assert len(shown) == len(present) and not any(line.startswith("...") for line in lines)
    assert [line.split(":")[0] for line in shown] == [item.kind for item in present]


def test_evidence_past_what_a_cell_holds_says_how_many_more_and_where():
    text = " ".join(f"Rents in ward {i} rose by {i % 40 + 3} percent last year, the sharpest rise since {1800 + i}."
                    for i in range(600))
    present = [item for item in engine.score_text(text).signals["unsourced_claims"].evidence if item.present]
    said = functions.evidence(text, "unsourced")
    lines = said.splitlines()
    assert len(said) <= cells.CELL_LIMIT
    more = int(lines[-1].removeprefix("... and ").split()[0])
    assert lines[-1] == cells.EVIDENCE_MORE.format(n=more) and "Evidence sheet" in lines[-1]
    assert len(lines) - 1 + more == len(present) and len(lines) > 50
