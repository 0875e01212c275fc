"""(ptc51) scripts/ptc_breakdown.py: the per-family and per-technique tables count what they say,
on sentences made up here (no data set needed): which sentences are gold, which a counted family
flags, each family's own true and false positives, and the F1 without it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scripts.ptc_breakdown import families, overall, techniques  # noqa: E402

LOADED, NAMES, DOUBT = "Loaded_Language", "Name_Calling,Labeling", "Doubt"

# (sentence, PTC techniques overlapping it, our families firing in it)
ROWS = [
    ("s1", {LOADED}, {"emotive": ["vile"]}),                       # gold, flagged by emotive
    ("s2", set(), {"emotive": ["awful"]}),                         # not gold, flagged: a false positive
    ("s3", {NAMES}, {}),                                           # gold, missed
    ("s4", {DOUBT}, {"doubt": ["so-called"]}),                     # doubt is not counted: not flagged
    ("s5", {LOADED, DOUBT}, {"scare quote": ["\u201creform\u201d"]}),   # gold, flagged by the scare quote alone
    ("s6", set(), {"scare quote": ["\u201cexperts\u201d"], "emotive": ["sham"]}),  # both fire: neither owns it
]


def test_overall_counts_sentences_by_counted_families():
    assert overall(ROWS) == (2, 2, 1)


def test_family_rows():
    by_name = {f.name: f for f in families(ROWS)}
    assert set(by_name) == {"emotive", "doubt", "scare quote"}
    emotive, scare, doubt = by_name["emotive"], by_name["scare quote"], by_name["doubt"]
    assert (emotive.fires, emotive.gold_hits, emotive.own_tp, emotive.own_fp) == (3, 1, 1, 1)
    assert (scare.fires, scare.gold_hits, scare.own_tp, scare.own_fp) == (2, 1, 1, 0)
    assert not doubt.counted and (doubt.fires, doubt.own_tp, doubt.own_fp) == (1, 0, 1)
    # without the scare quote: s5 is missed, s6 stays flagged by "sham": tp 1, fp 2, fn 2
    assert scare.f1_changed == pytest.approx(1 / 3)
    # doubt added: s4 becomes a false positive: tp 2, fp 3, fn 1
    assert doubt.f1_changed == pytest.approx(2 * (2 / 5) * (2 / 3) / (2 / 5 + 2 / 3))


def test_technique_rows():
    by_name = {t.name: t for t in techniques(ROWS)}
    assert by_name[LOADED] == (LOADED, 2, 2, 0)
    assert by_name[NAMES] == (NAMES, 1, 0, 1)
    assert by_name[DOUBT] == (DOUBT, 2, 1, 0)  # s4 is not gold, so not a missed gold sentence
