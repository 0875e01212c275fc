"""Fit the reliability index's default weights and graded-cue points on the tune half only.

    python scripts/fit_index.py

Prints the values that `xlplugin/settings.py` (default weights) and
`xlplugin/scorers/provenance.py` (DENSITY_CUES) carry, and how each was found. Nothing is
written: a person copies the printed values into the code, with this script named beside them.

The rule, kept simple so that it can be explained and holds on other data of the same kind:

1. Data: the SemEval-2019 by-article set, "tune" half only (scripts/evaluation/common.py split);
   label "plain" (not hyperpartisan) = 1. Scores are each signal's normalised score in [0, 1],
   text only (no URL, no source rating). Rates and normalised scores only, never a raw count: the
   set's hyperpartisan articles are longer, and a weight on length would learn "long = bad".
2. Graded provenance cues: full weight at the median share of sentences that shows the cue among
   the plain tune articles ("a typical report earns it"). The tune AUC of each share alone is
   printed beside it: the ground for the cues' weights (provenance.SOURCE_WEIGHTS_WHY).
3. A signal whose score does not separate the classes on the tune half (ROC AUC below MIN_AUC)
   gets weight 0: it would only add noise to the index.
4. The others: a logistic regression of "plain" on their scores with every weight held at 0 or
   above (projected gradient descent, a small L2 penalty, scores centred on the tune mean), so
   that every signal points the way its documentation says. Index weights are proportional to
   the coefficients, scaled so they sum to TEXT_WEIGHT_SUM and rounded to 0.5.
5. The source rating's weight: the same regression on the tune articles whose URL has a
   built-in rating, with two inputs (the text index from step 4 and the rating); its weight is
   the ratio of the two coefficients times TEXT_WEIGHT_SUM, rounded to 0.5. The rating enters as
   its normalised score, whose points (source_rating.RATING_FULL, RATING_ZERO) follow steps 2 and
   the voice points on the same rated tune articles: full at the median rating of the plain ones,
   0 at the 10th percentile of the hyperpartisan ones (less is worse).
"""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import Sequence

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scripts.evaluation import articles  # noqa: E402
from scripts.evaluation.articles import roc_auc, spearman  # noqa: E402
from scripts.evaluation.common import eval_dir  # noqa: E402
from xlplugin import registry  # noqa: E402

MIN_AUC = 0.55
TEXT_WEIGHT_SUM = 6.0  # the text signals' weights add up to this (only ratios matter)
L2 = 0.01
STEPS = 4000
RATE = 0.5


def nonnegative_logistic(rows: Sequence[Sequence[float]], labels: Sequence[int]) -> list[float]:
    """Coefficients (>= 0) of a logistic regression with intercept, inputs centred on their mean."""
    k = len(rows[0])
    means = [sum(r[j] for r in rows) / len(rows) for j in range(k)]
    x = [[r[j] - means[j] for j in range(k)] for r in rows]
    w = [0.0] * k
    b = 0.0
    n = len(x)
    for _ in range(STEPS):
        grad = [0.0] * k
        grad_b = 0.0
        for xi, yi in zip(x, labels):
            z = b + sum(wj * xj for wj, xj in zip(w, xi))
            p = 1.0 / (1.0 + math.exp(-z))
            for j in range(k):
                grad[j] += (p - yi) * xi[j]
            grad_b += p - yi
        w = [max(0.0, wj - RATE * (gj / n + L2 * wj)) for wj, gj in zip(w, grad)]
        b -= RATE * grad_b / n
    return w


def _part(item, part: str) -> float:
    """One of the three parts of loaded language's normalised score, from its details."""
    from xlplugin.scorers import loaded_language as ll

    d = item.details["loaded_language"]
    # the rates the score read: a short text's damped (version 25, ll.MIN_RATE_WORDS)
    rate, first_person, share = ll.damped_rates(item.values["loaded_language"], d)
    if part == "loaded terms":
        return 1.0 - min(1.0, max(0.0, (rate - ll.NEUTRAL_RATE) / (ll.LOADED_RATE - ll.NEUTRAL_RATE)))
    if part == "first person":
        return 1.0 - min(1.0, first_person / ll.FIRST_PERSON_ZERO)
    return 1.0 - min(1.0, share / ll.QUESTION_ZERO)


def main() -> int:
    if eval_dir() is None:
        print("fit_index: ../shared/eval not found (set XLPLUGIN_EVAL_DIR)", file=sys.stderr)
        return 2
    items = [s for s in articles.features("semeval", False) if s.article.split == "tune" and s.index is not None]
    plain = [1 - int(s.article.label) for s in items]
    print(f"SemEval-2019 by article, tune half: {len(items)} articles ({sum(plain)} plain)")
    _graded_points(items, plain)
    _voice_points(items, plain)
    _small_sample_prior(items, plain)
    all_weights = _text_weights(items, plain)
    _polnear_outlets(all_weights)
    _source_weight(all_weights)
    return 0


def _graded_points(items, plain: list[int]) -> None:
    print("\nGraded provenance cues (share of prose sentences), plain tune articles:")
    for key in ("named_sources_share", "attributed_quotes_share"):
        values = sorted(s.details["provenance"].get(key, 0.0) for s, y in zip(items, plain) if y)
        point = values[min(len(values) - 1, len(values) // 2)]
        # how well the share alone separates the classes: the ground for the cue's weight
        # (provenance.SOURCE_WEIGHTS_WHY)
        auc = roc_auc([s.details["provenance"].get(key, 0.0) for s in items], plain)
        print(f"  {key:26} 50th percentile {point:.3f}  (tune AUC of the share alone: {auc:.3f})")


def _voice_points(items, plain: list[int]) -> None:
    print("\nLoaded language's editorialising voice, 90th and 75th percentiles of the hyperpartisan tune articles:")
    for key in ("first_person_per_1000_words", "question_share"):
        values = sorted(s.details["loaded_language"].get(key, 0.0) for s, y in zip(items, plain) if not y)
        p90 = values[min(len(values) - 1, len(values) * 9 // 10)]
        p75 = values[min(len(values) - 1, len(values) * 3 // 4)]
        pairs = [(s.details["loaded_language"].get(key, 0.0), y) for s, y in zip(items, plain)]
        auc = roc_auc([-v for v, _ in pairs], [y for _, y in pairs])
        print(f"  {key:28} {p90:.3f} / {p75:.3f}  (tune AUC of the part alone, less = plain: {auc:.3f})")
    parts = ("loaded terms", "first person", "rhetorical question")
    rows = [[_part(s, p) for p in parts] for s in items]
    coef = nonnegative_logistic(rows, plain)
    print("  mix of the three parts (non-negative logistic coefficients): "
          + ", ".join(f"{p} {c:.2f}" for p, c in zip(parts, coef)))


def _prior_words(samples: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """(mean rate per 1,000 words, prior worth in words) of a gamma-Poisson model fitted by moments
    to (count, words) pairs: each text's true rate is drawn from a gamma of mean m and variance v,
    its count is Poisson; the prior is worth m / v words (the spread between texts, in words)."""
    total = sum(n for _, n in samples)
    m = sum(c for c, _ in samples) / total
    observed = sum(n * (c / n - m) ** 2 for c, n in samples) / total
    between = (observed - m * len(samples) / total) * total / (total - sum(n * n for _, n in samples) / total)
    return 1000.0 * m, (m / between if between > 0 else float("inf"))


def _small_sample_prior(items, plain: list[int]) -> None:
    """The ground for loaded_language.MIN_RATE_WORDS: how many words of prior a rate is worth."""
    from xlplugin.scorers import loaded_language as ll

    print(f"\nLoaded language's small-sample prior (MIN_RATE_WORDS = {ll.MIN_RATE_WORDS}), gamma-Poisson by moments:")
    for key, label in (("author_terms", "loaded terms"), ("first_person_per_1000_words", "first person")):
        for name, keep in (("plain", (1,)), ("all", (0, 1))):
            pairs = []
            for s, y in zip(items, plain):
                d = s.details["loaded_language"]
                words = d.get("words") or 0
                if y in keep and words >= ll.MIN_WORDS:
                    count = d[key] if key == "author_terms" else d[key] * words / 1000.0
                    pairs.append((count, words))
            mean, worth = _prior_words(pairs)
            rates = sorted(1000.0 * c / n for c, n in pairs)
            print(f"  {label:13} {name:5} mean {mean:5.2f}, median {rates[len(rates) // 2]:5.2f} per 1,000; "
                  f"prior worth {worth:.0f} words")


def _index_auc(items, labels: list[int], weights) -> float | None:
    """Tune ROC AUC of the index re-computed with `weights` (articles the engine gives an index)."""
    pairs = [(articles.reindex(s, weights), y) for s, y in zip(items, labels)]
    pairs = [(v, y) for v, y in pairs if v is not None]
    return roc_auc([v for v, _ in pairs], [y for _, y in pairs])


def _text_weights(items, plain: list[int]) -> dict[str, float]:
    """Steps 3 and 4: the entry rule, then the non-negative fit; prints both and returns the weights."""
    print(f"\nSignal scores, tune ROC AUC (plain higher), weight 0 below {MIN_AUC}:")
    eligible = []
    for name in registry.TEXT_SIGNALS:
        pairs = [(s.scores.get(name), y) for s, y in zip(items, plain) if s.scores.get(name) is not None]
        auc = roc_auc([p for p, _ in pairs], [y for _, y in pairs])
        keep = auc is not None and auc >= MIN_AUC
        print(f"  {name:18} {auc:.3f}  n={len(pairs)}  {'fit' if keep else 'weight 0'}")
        if keep:
            eligible.append(name)

    complete = [(s, y) for s, y in zip(items, plain) if all(s.scores.get(n) is not None for n in eligible)]
    rows = [[s.scores[n] for n in eligible] for s, _ in complete]
    coef = nonnegative_logistic(rows, [y for _, y in complete])
    total = sum(coef) or 1.0
    weights = {n: round(TEXT_WEIGHT_SUM * c / total * 2) / 2 for n, c in zip(eligible, coef)}
    print("\nNon-negative logistic coefficients -> default weights:")
    for n, c in zip(eligible, coef):
        print(f"  {n:18} coefficient {c:6.3f}  ({TEXT_WEIGHT_SUM * c / total:.2f} of {TEXT_WEIGHT_SUM:g})  "
              f"weight {weights[n]:g}")
    all_weights = {n: weights.get(n, 0.0) for n in registry.TEXT_SIGNALS}
    print(f"  index with these weights: tune AUC {_index_auc(items, plain, all_weights):.3f}")
    # the figure a judgement to keep the shipped defaults rests on (the README says where one applies)
    shipped = _shipped_weights()
    print(f"  index with the shipped defaults ({_weights_text(shipped)}): tune AUC "
          f"{_index_auc(items, plain, shipped):.3f}")
    return all_weights


def _shipped_weights() -> dict[str, float]:
    from xlplugin.settings import Settings

    return dict(Settings().weights)


def _weights_text(weights) -> str:
    return ", ".join(f"{n} {weights[n]:g}" for n in registry.TEXT_SIGNALS if weights.get(n))


def _polnear_outlets(all_weights: dict[str, float]) -> None:
    # articles the engine gives an index only (as scripts/evaluate.py counts them)
    polnear = [s for s in articles.features("polnear", False) if s.article.split == "tune" and s.index is not None]
    by_outlet: dict[str, list[float]] = {}
    for s in polnear:
        v = articles.reindex(s, all_weights)
        if v is not None:
            by_outlet.setdefault(s.article.group, []).append(v)
    rating = {s.article.group: s.article.label for s in polnear}
    outlets = sorted(by_outlet)
    rho = spearman([sum(by_outlet[o]) / len(by_outlet[o]) for o in outlets], [rating[o] for o in outlets])
    print(f"  PolNeAR tune, outlet Spearman of the mean index with the Lin et al. rating: {rho:.3f}")
    for o in sorted(outlets, key=lambda o: -rating[o]):
        print(f"    {o:13} rating {rating[o]:.3f}  mean index {sum(by_outlet[o]) / len(by_outlet[o]):.1f}")


def _source_weight(all_weights: dict[str, float]) -> None:
    """Step 5, and the tune AUC with ratings at the printed weight and at the shipped one."""
    tune = [s for s in articles.features("semeval", True) if s.article.split == "tune" and s.index is not None]
    rated = [s for s in tune if s.scores.get("source_rating") is not None]
    _rating_points(rated)
    pairs = []
    for s in rated:
        text_index = articles.reindex(s, all_weights)
        if text_index is not None:
            pairs.append(([text_index / 100.0, s.scores["source_rating"]], 1 - int(s.article.label)))
    if not pairs:
        return
    c_text, c_source = nonnegative_logistic([p for p, _ in pairs], [y for _, y in pairs])
    source_weight = round(TEXT_WEIGHT_SUM * c_source / (c_text or 1e-9) * 2) / 2 if c_text else float("inf")
    auc = roc_auc([p[0][1] for p in pairs], [y for _, y in pairs])
    print(f"\nSource rating (built-in), {len(pairs)} tune articles with a rated URL: its own AUC {auc:.3f}; "
          f"coefficients text {c_text:.3f}, rating {c_source:.3f} -> weight {source_weight:g} "
          f"(text weights sum to {TEXT_WEIGHT_SUM:g})")
    labels = [1 - int(s.article.label) for s in tune]
    shipped = _shipped_weights()
    for name, text, source in (("these text weights", all_weights, source_weight),
                               ("the shipped defaults", shipped, shipped["source_rating"])):
        auc = _index_auc(tune, labels, {**text, "source_rating": source})
        print(f"  index with source ratings, {name} and source_rating {source:g}: tune AUC {auc:.3f} (n={len(tune)})")


def _rating_points(rated) -> None:
    """The source rating's normalisation points, from the raw ratings of the rated tune articles."""
    from xlplugin.scorers import source_rating as sr

    plain = sorted(s.values["source_rating"] for s in rated if not int(s.article.label))
    hyper = sorted(s.values["source_rating"] for s in rated if int(s.article.label))
    if not plain or not hyper:
        return
    full = plain[min(len(plain) - 1, len(plain) // 2)]
    zero = hyper[len(hyper) // 10]
    print(f"\nSource rating's points, {len(rated)} rated tune articles: full at the plain articles' median "
          f"{full:.3f}, 0 at the hyperpartisan articles' 10th percentile {zero:.3f} "
          f"(shipped: {sr.RATING_FULL:g} and {sr.RATING_ZERO:g})")


if __name__ == "__main__":
    sys.exit(main())
