"""One rule for "the longest phrase at a place" (short17): `xlplugin.phrases.longest_spans`, shared
by the insinuation phrases (argued_voice) and the insinuation formulas, which each kept a copy of
the same loop. The rule is checked against its definition on drawn spans, and both finders are
checked to use it. Fixtures are our own words."""

from __future__ import annotations

from hypothesis import given, strategies as st

from xlplugin import argued_voice, insinuation_formulas, phrases
from xlplugin.text import prepare

spans_st = st.lists(st.tuples(st.integers(0, 40), st.integers(1, 6)).map(lambda p: (p[0], p[0] + p[1])), max_size=12)


def _by_definition(spans):
    """Left to right: at each start the longest span, skipping any that starts inside the last kept."""
    kept = []
    for first in sorted({s for s, _ in spans}):
        if kept and first < kept[-1][1]:
            continue
        kept.append((first, max(e for s, e in spans if s == first)))
    return kept


@given(spans_st)
def test_longest_spans_keeps_the_longest_at_each_place_and_no_overlap(spans):
    kept = phrases.longest_spans(list(spans))
    assert kept == _by_definition(spans)
    assert all(a[1] <= b[0] for a, b in zip(kept, kept[1:]))
    assert set(kept) <= set(spans)


def test_longest_spans_examples():
    assert phrases.longest_spans([]) == []
    assert phrases.longest_spans([(3, 5), (0, 2), (0, 4)]) == [(0, 4)]  # (3, 5) starts inside (0, 4)
    assert phrases.longest_spans([(4, 6), (0, 2), (2, 3)]) == [(0, 2), (2, 3), (4, 6)]  # touching is no overlap


def _spy(monkeypatch, module):
    calls = []

    def spy(spans):
        calls.append(list(spans))
        return phrases.longest_spans(spans)

    monkeypatch.setattr(module, "longest_spans", spy)
    return calls


def test_both_insinuation_finders_use_the_shared_rule(monkeypatch):
    text = ("The board met behind closed doors again. Questions remain about who signed the deal. "
            "Funny how not one of them asked for the minutes. Make of that what you will.")
    doc = prepare(text)
    voice_calls = _spy(monkeypatch, argued_voice)
    formula_calls = _spy(monkeypatch, insinuation_formulas)
    assert argued_voice.insinuations(doc)
    assert insinuation_formulas.formulas(doc)
    assert voice_calls and formula_calls
