"""Why the PolNeAR outlet figure is what it is: each outlet's mean of every signal beside its rating.

    python scripts/evaluate_outlets.py                 # tune half (the half rules may be chosen on)
    python scripts/evaluate_outlets.py --split report  # held-back half, to read once at the end

The README's outlet figure is one Spearman correlation over seven outlets (PolNeAR's training
articles, scored text only, against the Lin et al. 2023 ratings of the domains the outlets used in
2015-16; scripts/evaluation/articles.py). Seven points make a coarse statistic: this prints, for
the index, each signal's score, a few of their parts and the share of the text inside quotation
marks, the outlets' means in rating order, the Spearman correlation, its 95% interval when the
articles are resampled within each outlet, and the share of resamples in which it exceeds 0.5
(the issue's target). A part marked [-] is documented as "more = less reliable", so a positive
correlation there is the wrong way round; [+] is "more = more reliable"; signal scores and the
index are all [+]. It also prints how often a Spearman correlation above 0.5 arises from seven
outlets in random order, and which outlets' texts quote with two apostrophes ('') instead of a
double quotation mark (an archive export convention, read as a quotation mark since text VERSION 2).
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scripts.evaluation import articles  # noqa: E402
from scripts.evaluation.common import eval_dir  # noqa: E402
from xlplugin import registry  # noqa: E402
from xlplugin.text import prepare  # noqa: E402

TARGET = 0.5
ROUNDS = articles.BOOTSTRAP_ROUNDS  # the same resamples as the figure in scripts/evaluate.py


def _quoted_share(item: articles.Scored) -> float:
    """Share of the text's characters inside quotation marks, as the project's splitter finds them."""
    doc = prepare(item.article.text)
    return sum(end - start for start, end in doc.quotes) / max(1, len(doc.text))


def _columns() -> dict[str, Callable[[articles.Scored], float | None]]:
    columns: dict[str, Callable[[articles.Scored], float | None]] = {"index": lambda s: s.index}
    for name in registry.TEXT_SIGNALS:
        columns[name] = lambda s, n=name: s.scores.get(n)
    parts = {
        "loaded terms per 1,000 [-]": lambda s: s.values.get("loaded_language"),
        "first person per 1,000 [-]": lambda s: s.details["loaded_language"].get("first_person_per_1000_words"),
        "question share [-]": lambda s: s.details["loaded_language"].get("question_share"),
        "named sources share [+]": lambda s: s.details["provenance"].get("named_sources_share"),
        "attributed quotes share [+]": lambda s: s.details["provenance"].get("attributed_quotes_share"),
        "quoted text share [+]": _quoted_share,
        "opinion or analysis (kind)": None,  # filled below: needs the document kind
        "word count": lambda s: float(s.words),
    }
    columns.update({k: v for k, v in parts.items() if v is not None})
    return columns


def _chance_above(target: float, n: int) -> float:
    """P(Spearman > target) when n outlets' means fall in random order (exact over permutations)."""
    ranks = list(range(n))
    perms = list(itertools.permutations(ranks))
    return sum(1 for p in perms if (articles.spearman(list(p), ranks) or 0.0) > target) / len(perms)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("tune", "report"), default="tune")
    args = parser.parse_args()
    if eval_dir() is None:
        print("evaluate_outlets: ../shared/eval not found (set XLPLUGIN_EVAL_DIR)", file=sys.stderr)
        return 2
    items = [s for s in articles.features("polnear", False) if s.article.split == args.split]
    if not items:
        print("evaluate_outlets: PolNeAR or the Lin et al. ratings absent", file=sys.stderr)
        return 1
    rating = {s.article.group: s.article.label for s in items}
    outlets = sorted(rating, key=lambda o: -rating[o])
    counts = {o: sum(1 for s in items if s.article.group == o) for o in outlets}
    print(f"PolNeAR training articles, {args.split} half: {len(items)} articles, {len(outlets)} outlets")
    print("  " + ", ".join(f"{o} {rating[o]:.3f} (n={counts[o]})" for o in outlets))
    two_apostrophes = {o: sum(1 for s in items if s.article.group == o and "''" in s.article.text
                              and '"' not in s.article.text and "\u201c" not in s.article.text) for o in outlets}
    print("  articles that quote only with two apostrophes (''): "
          + ", ".join(f"{o} {two_apostrophes[o]}" for o in outlets if two_apostrophes[o]) or "none")
    print(f"  P(Spearman > {TARGET}) for {len(outlets)} outlets in random order: {_chance_above(TARGET, len(outlets)):.3f}")

    header = f"\n{'':30} {'Spearman':>8} {'95% (resampled)':>16} {'P>' + str(TARGET):>6}  " + " ".join(
        f"{o[:10]:>10}" for o in outlets)
    print(header)
    columns = _columns()
    kinds = _kinds(items)
    columns["opinion or analysis (kind)"] = lambda s: float(kinds[s.article.key] == "opinion or analysis")
    for name, get in columns.items():
        by_outlet: dict[str, list[float]] = {}
        for s in items:
            value = get(s)
            if value is not None:
                by_outlet.setdefault(s.article.group, []).append(float(value))
        rho = articles.outlet_spearman(by_outlet, rating)
        low, high = articles.bootstrap_outlet_spearman(by_outlet, rating, ROUNDS)
        above = _share_above(by_outlet, rating, TARGET)
        means = " ".join(f"{sum(by_outlet[o]) / len(by_outlet[o]):10.3g}" for o in outlets)
        rho_text = "   n/a" if rho is None else f"{rho:8.3f}"
        print(f"{name:30} {rho_text} [{low:6.2f}, {high:5.2f}] {above:6.2f}  {means}")
    return 0


def _kinds(items: list[articles.Scored]) -> dict[str, str]:
    from xlplugin import kinds

    return {s.article.key: kinds.classify(prepare(s.article.text, title=s.article.title)).kind for s in items}


def _share_above(by_outlet: dict[str, list[float]], rating: dict[str, float], target: float) -> float:
    rng = random.Random(articles.BOOTSTRAP_SEED)
    hits = 0
    for _ in range(ROUNDS):
        rho = articles.outlet_spearman({o: rng.choices(v, k=len(v)) for o, v in by_outlet.items()}, rating)
        hits += rho is not None and rho > target
    return hits / ROUNDS


if __name__ == "__main__":
    sys.exit(main())
