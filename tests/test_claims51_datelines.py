"""(claims51) The words of a wire's or a paper's dateline ("LOS ANGELES (Reuters) -", "NEW YORK,
March 4 (AP) --") are read by no check-worthiness word test (unsourced_claims.dateline_words):
the place is no named actor ("ANGELES", "YORK"), the wire none ("Reuters": provenance's cue), the
dateline's date no figure or time of the claim. The sentence after the dateline keeps its own
cues and its verdict, and a place named in the body stays a name. Every text is written for
these tests."""

from __future__ import annotations

import pytest

from attribution_helpers import claim_verdicts
from xlplugin.scorers import provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare


def _only_detail(text: str) -> str:
    verdicts = claim_verdicts(text)
    assert len(verdicts) == 1, verdicts
    return next(iter(verdicts.values()))


@pytest.mark.parametrize("text, word", [
    ("LOS ANGELES (Reuters) - The studio cut 400 jobs on Tuesday after a weak summer.", "ANGELES"),
    ("SAN FRANCISCO (AP) -- Uber will hire 2,000 engineers next year.", "FRANCISCO"),
    ("NEW YORK (AP) -- Police arrested 12 people on Sunday, officials said.", "YORK"),
    ("WASHINGTON (Reuters) - Senate leaders agreed on Tuesday to a spending bill worth 1.2 trillion dollars.", "Reuters"),
])
def test_no_word_of_the_dateline_is_a_named_actor(text, word):
    detail = _only_detail(text)
    assert "named actor" not in detail or f"\u201c{word}\u201d" not in detail, detail


def test_the_datelines_date_is_no_figure_or_time_of_the_claim():
    detail = _only_detail("LONDON, March 4 (Reuters) - The economy shrank 0.3 percent in January.")
    assert "\u201c4\u201d" not in detail and "\u201cMarch\u201d" not in detail, detail
    assert "number \u201c0.3\u201d" in detail and "time \u201cJanuary\u201d" in detail, detail


@pytest.mark.parametrize("text, verdict", [
    ("LOS ANGELES (Reuters) - The studio cut 400 jobs on Tuesday after a weak summer.", "unsourced"),
    ("WASHINGTON (Reuters) - Senate leaders agreed on Tuesday to a spending bill worth 1.2 trillion dollars.", "sourced"),
])
def test_the_sentence_after_the_dateline_keeps_its_claim_and_verdict(text, verdict):
    assert _only_detail(text).startswith(verdict + ":")


def test_the_wire_in_the_dateline_stays_a_provenance_cue():
    sig = provenance.score(prepare("LOS ANGELES (Reuters) - The studio cut 400 jobs on Tuesday."), Settings())
    present = {e.kind: e for e in sig.evidence if e.present}
    assert "dateline" in present and "wire credit" in present["named outlet"].detail


def test_a_place_in_the_body_stays_a_name():
    detail = _only_detail("The studio in Los Angeles cut 400 jobs on Tuesday.")
    assert "named actor \u201cLos\u201d" in detail, detail


def test_a_capitalised_opening_that_is_no_dateline_keeps_its_names():
    # no dash after the capitals: no dateline, "Harbour" after the first word is still a name
    detail = _only_detail("LOCAL NEWS Harbour Council cut 400 jobs on Tuesday.")
    assert "named actor" in detail, detail
