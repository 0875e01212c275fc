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

(polnear43) The column "own" is the same Spearman over each outlet's own articles: the copy it
ran from a news agency left out, where the document kinds read with the outlet's address call an
article wire or syndicated copy (`wire_copies`; "WASHINGTON (AP) —" on breitbart.com). The
figure itself scores text only, so an agency's story counts for the outlet that reprinted it:
in the tune half 31 of Breitbart's 66 articles are AP, UPI or AFP copy (PolNeAR's metadata marks
32), whose index is the agency's. The index does not misread them; this column shows how much
of the outlet figure is the reprints' and how much the outlets' own writing.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
from pathlib import Path
from typing import Callable, Sequence

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

    copies = wire_copies(items)
    print("  wire or syndicated copy (kinds read with the outlet's address): "
          + (", ".join(f"{o} {n}" for o in outlets if (n := sum(1 for s in items if s.article.group == o
                                                                   and s.article.key in copies)))
             or "none"))
    for o in outlets:
        reprints = [s.index for s in items if s.article.group == o and s.article.key in copies and s.index is not None]
        own = [s.index for s in items if s.article.group == o and s.article.key not in copies and s.index is not None]
        if reprints and own:
            print(f"    {o}: mean index of its wire copy {sum(reprints) / len(reprints):.1f}, "
                  f"of its own articles {sum(own) / len(own):.1f}")

    header = f"\n{'':30} {'Spearman':>8} {'own':>6} {'95% (resampled)':>16} {'P>' + str(TARGET):>6}  " + " ".join(
        f"{o[:10]:>10}" for o in outlets)
    print(header)
    columns = _columns()
    kinds = _kinds(items)
    columns["opinion or analysis (kind)"] = lambda s: float(kinds[s.article.key] == "opinion or analysis")
    for name, get in columns.items():
        by_outlet: dict[str, list[float]] = {}
        own_by_outlet: dict[str, list[float]] = {}
        for s in items:
            value = get(s)
            if value is not None:
                by_outlet.setdefault(s.article.group, []).append(float(value))
                if s.article.key not in copies:
                    own_by_outlet.setdefault(s.article.group, []).append(float(value))
        rho = articles.outlet_spearman(by_outlet, rating)
        own_rho = articles.outlet_spearman(own_by_outlet, rating)
        low, high = articles.bootstrap_outlet_spearman(by_outlet, rating, ROUNDS)
        above = _share_above(by_outlet, rating, TARGET)
        means = " ".join(f"{sum(by_outlet[o]) / len(by_outlet[o]):10.3g}" for o in outlets)
        rho_text = "   n/a" if rho is None else f"{rho:8.3f}"
        own_text = "   n/a" if own_rho is None else f"{own_rho:6.3f}"
        print(f"{name:30} {rho_text} {own_text} [{low:6.2f}, {high:5.2f}] {above:6.2f}  {means}")
    return 0


def wire_copies(items: Sequence[articles.Scored]) -> set[str]:
    """The keys of the articles that the document kinds, read with the article's outlet address,
    call wire or syndicated copy: another outlet's story reprinted (an agency's dateline, credit
    or sign-off on a page that is not the agency's). The figure scores text only, where no kind
    can tell a reprint from the agency's own report (docs/kinds.md), so the address is given here."""
    from xlplugin import kinds

    return {s.article.key for s in items
            if kinds.classify(prepare(s.article.text, title=s.article.title, url=s.article.url)).kind == kinds.WIRE}


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
