"""Quality gate: agreement with human labels may not drop below its recorded floor.

The evaluation is deterministic (fixed split, no randomness), so a figure only moves when the
rules, word lists or sentence splitter change. TOLERANCE (0.01) absorbs small shifts from fixes
elsewhere (a splitter change moves a few sentences across a boundary: on PTC's ~8,000 held-back
sentences, about 0.005 of F1); a larger drop is a regression that must be fixed, not absorbed.
Floors only move up: raise one when a figure improves for good; never lower one to make a change
pass. Figures are on the held-back ("report") half, except VADER NYT, where nothing is tuned and
all 5,190 sentences are used.

Article level (scripts/evaluation/articles.py): ROC AUC on the SemEval-2019 by-article held-back
half (319 articles). Its 95% bootstrap interval is about +-0.06 wide, so the floors guard against
a rule change that moves a figure by more than TOLERANCE, not against sampling noise (the split is
fixed, so there is none between runs). Also guarded: every signal with a non-zero default weight
separates the classes (held-back AUC at least MIN_WEIGHTED_AUC), and no "text only" figure ever
sees a source rating.
"""

from __future__ import annotations

import sys

import pytest

from conftest import EVAL, ROOT

sys.path.insert(0, str(ROOT))

TOLERANCE = 0.01

# (module, data set, metric, split): floor. Values measured 2026-11-23 (ClaimBuster again 2026-11-30:
# 0.682), rounded down to 0.01.
FLOORS = {
    ("loaded", "PTC (Loaded_Language + Name_Calling)", "sentence F1", "report"): 0.49,
    ("loaded", "PTC (Loaded_Language + Name_Calling)", "span precision (overlap)", "report"): 0.38,
    ("loaded", "BABE SG2", "sentence F1 (biased)", "report"): 0.65,
    ("claims", "claimbuster", "check_worthy_f1", "report"): 0.68,
    ("claims", "polnear", "attributed_f1", "report"): 0.75,
    ("sentiment", "vader_nyt", "pearson_r", "all"): 0.50,
}


# (signal, metric, split): floor, on SemEval-2019 by article. Measured 2026-11-29; again
# 2026-11-30 at the end of session 9 (index 0.805 text only, 0.810 with source ratings; loaded
# language 0.803; provenance 0.653), rounded down to 0.01.
ARTICLE_FLOORS = {
    ("index", "ROC AUC (text only)", "report"): 0.80,
    # 0.80 since session 12: the built-in rating counts fully at or above 0.692 (source_rating 6),
    # so a well-rated outlet no longer pulls a careful article down; the figure fell 0.822 -> 0.810
    # (outlets above that point are no longer ranked against each other), the 0.80 kept
    ("index", "ROC AUC with source ratings", "report"): 0.80,
    ("loaded_language", "ROC AUC (score)", "report"): 0.80,
    ("provenance", "ROC AUC (score)", "report"): 0.65,
}
# PTC articles: Spearman correlation of the index (text only) with the share of the article outside
# every propaganda-technique span, held-back half (189 articles). Measured 2026-11-30 (0.333, 95%
# interval [0.19, 0.46]), rounded down to 0.01; 2026-12-01 (ptc17) 0.380 [0.25, 0.50], after a
# rule that read whole one-sentence-a-line articles above a tweet's credit as the tweet had taken
# it from 0.372 to 0.335 unnoticed under the old floor.
PTC_INDEX_FLOOR = 0.37
# A signal the index weighs by default must separate the classes at least this well (issue 10).
MIN_WEIGHTED_AUC = 0.55


@pytest.fixture(scope="module")
def article_figures():
    if not EVAL.is_dir():
        pytest.skip(f"evaluation data absent: {EVAL} not found (read from ../shared, never copied)")
    from scripts.evaluation import articles

    rows = articles.evaluate()
    if not rows:
        pytest.skip("article-level evaluation sets absent")
    return {(r.signal, r.metric, r.split): r for r in rows if r.dataset == articles.SEMEVAL}


@pytest.mark.slow
@pytest.mark.parametrize("key", sorted(ARTICLE_FLOORS), ids=lambda k: f"{k[0]}:{k[1]}")
def test_article_figure_not_below_floor(article_figures, key):
    assert key in article_figures, f"the evaluation no longer reports {key}"
    row = article_figures[key]
    assert row.value >= ARTICLE_FLOORS[key] - TOLERANCE, f"{key}: {row.value:.3f} < floor {ARTICLE_FLOORS[key]} - {TOLERANCE}"
    assert row.interval is not None and row.interval[0] <= row.value <= row.interval[1]


@pytest.mark.slow
def test_ptc_article_index_not_below_floor():
    if not EVAL.is_dir():
        pytest.skip(f"evaluation data absent: {EVAL} not found (read from ../shared, never copied)")
    from scripts.evaluation import articles

    rows = [r for r in articles.evaluate() if r.dataset == articles.PTC and r.signal == "index" and r.split == "report"]
    if not rows:
        pytest.skip("PTC articles absent")
    (row,) = rows
    assert row.value >= PTC_INDEX_FLOOR - TOLERANCE, f"PTC article Spearman {row.value:.3f} < {PTC_INDEX_FLOOR} - {TOLERANCE}"
    assert row.interval is not None and row.interval[0] <= row.value <= row.interval[1]


@pytest.mark.slow
def test_article_threshold_accuracy(article_figures):
    # "hyperpartisan if index < t", t chosen on the tune half: 0.721 measured 2026-11-29, 0.740
    # (t 52.0) 2026-11-30 after provenance version 17, and it must beat always answering the
    # majority class (0.638 on the held-back half).
    rows = [r for k, r in article_figures.items() if k[1].startswith("accuracy") and k[2] == "report"]
    assert len(rows) == 1
    assert rows[0].value >= 0.74 - TOLERANCE and rows[0].value > rows[0].baseline


@pytest.mark.slow
def test_every_weighted_signal_separates(article_figures):
    from xlplugin import registry
    from xlplugin.settings import Settings

    weights = Settings().weights
    for name in registry.TEXT_SIGNALS:
        if weights[name] > 0:
            row = article_figures[(name, "ROC AUC (score)", "report")]
            assert row.value >= MIN_WEIGHTED_AUC, f"{name} has weight {weights[name]} but held-back AUC {row.value:.3f}"


@pytest.mark.slow
def test_text_only_figures_never_see_a_source_rating():
    if not EVAL.is_dir():
        pytest.skip(f"evaluation data absent: {EVAL} not found (read from ../shared, never copied)")
    from scripts.evaluation import articles

    for dataset in ("semeval", "polnear"):
        items = articles.features(dataset, False)
        assert items and all(s.scores.get("source_rating") is None for s in items)


@pytest.fixture(scope="module")
def figures():
    if not EVAL.is_dir():
        pytest.skip(f"evaluation data absent: {EVAL} not found (read from ../shared, never copied)")
    from scripts.evaluation import claims, loaded, sentiment

    modules = {"loaded": loaded, "claims": claims, "sentiment": sentiment}
    out = {}
    for key, module in modules.items():
        for row in module.evaluate():
            out[(key, row.dataset, row.metric, row.split)] = row
    return out


@pytest.mark.slow
@pytest.mark.parametrize("key", sorted(FLOORS), ids=lambda k: f"{k[1]}:{k[2]}")
def test_figure_not_below_floor(figures, key):
    assert key in figures, f"the evaluation no longer reports {key}"
    row = figures[key]
    assert row.value >= FLOORS[key] - TOLERANCE, f"{key}: {row.value:.3f} < floor {FLOORS[key]} - {TOLERANCE}"
    if row.baseline is not None:
        assert row.value > row.baseline or key[2].endswith("pearson_r"), "must beat the naive baseline"


def test_outlet_spearman_interval_on_known_outlets():
    # Needs no data: three outlets whose articles never overlap, in the order of their ratings,
    # give 1 in every resample; make the middle outlet's articles straddle the others and some
    # resamples reorder the means, so the interval must open below 1. Same seed, same interval.
    from scripts.evaluation.articles import bootstrap_outlet_spearman, outlet_spearman

    rating = {"a": 0.9, "b": 0.6, "c": 0.3}
    apart = {"a": [80.0, 82.0, 84.0], "b": [60.0, 62.0, 64.0], "c": [40.0, 42.0, 44.0]}
    assert outlet_spearman(apart, rating) == pytest.approx(1.0)
    assert bootstrap_outlet_spearman(apart, rating, 200) == pytest.approx((1.0, 1.0))
    mixed = {"a": [70.0, 71.0, 72.0], "b": [50.0, 90.0, 60.0], "c": [40.0, 42.0, 44.0]}
    # b's mean (66.7) sits between a's (71) and c's (42): rank order intact on the full sample,
    # but a resample of b such as (90, 90, 60) lifts its mean above a's
    assert outlet_spearman(mixed, rating) == pytest.approx(1.0)
    low, high = bootstrap_outlet_spearman(mixed, rating, 200)
    assert low < 1.0 and high == pytest.approx(1.0)
    assert (low, high) == bootstrap_outlet_spearman(mixed, rating, 200)
