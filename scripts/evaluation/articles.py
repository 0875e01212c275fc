"""Article-level validity of the reliability index and of each signal.

SemEval-2019 Task 4 by-article training set (`semeval2019_byarticle/`, CC BY 4.0): 645 articles,
labelled by hand as hyperpartisan (y = 1, should get the LOWER index) or not. Each article is
scored from its own text and headline ("text only": no URL, no outlet, no source rating). ROC AUC
is the chance that a plain article gets a higher index (or signal score) than a hyperpartisan
one, with a 95% bootstrap interval (articles resampled within each class, fixed seed); accuracy is
that of "hyperpartisan if index < t", t chosen on the tune half (the midpoint that maximises tune
accuracy) and applied unchanged to the held-back half. The set's README warns that length alone
separates the classes (hyperpartisan articles are longer): AUC within word-count terciles (cut
points from the tune half) is reported beside the overall figure.

PolNeAR training articles (`polnear/`): 840 political news articles from seven US outlets, 2015-16.
Each outlet is joined to its Lin et al. 2023 consensus rating (`domain_ratings_lin2023/`) through
the domain it published under at the time (OUTLET_DOMAINS). The index is computed from the text
only; the figure is the Spearman correlation, over the seven outlets, of the outlet's mean index
with its rating, with a 95% interval from resampling the articles within each outlet (fixed seed;
it shows how much the outlets' means move with the sample of articles, not which outlets were
chosen), and, as a finer view, the article-level Spearman correlation. scripts/evaluate_outlets.py
prints each outlet's means behind it.

PTC training articles (`ptc_train/`, Da San Martino et al. 2019): 371 news articles with every
span of 18 propaganda techniques marked by hand. A second article-level view of the index, on
another task: the Spearman correlation, over the articles, of the index (text only) with the share
of the article's characters outside any technique's span (more propaganda = less of the text
clean), with a 95% bootstrap interval (articles resampled, fixed seed). The loaded-language word
list was checked against PTC's Loaded_Language and Name_Calling sentences of the tune half, so
only the held-back half is independent of it.

"with source ratings": the same articles with their URL (SemEval) or outlet domain (PolNeAR)
given, so the built-in Lin et al. 2023 table joins in through `source_rating`. On PolNeAR that is
circular (the rating is the label), so it is printed for information only and never gated.

Split: by article key with the project's fixed seed (common.split_of). `features()` returns the
scored articles so that scripts/fit_index.py can fit the default weights on the tune half.
"""

from __future__ import annotations

import csv
import random
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Mapping, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from scripts.evaluation.common import Row, eval_dir, split_of  # noqa: E402
from xlplugin import registry  # noqa: E402
from xlplugin.engine import DocumentInput, score_many  # noqa: E402
from xlplugin.index import reliability_index  # noqa: E402
from xlplugin.settings import Settings  # noqa: E402

__all__ = ["Article", "evaluate", "load_semeval", "load_polnear", "roc_auc", "bootstrap_auc", "spearman",
           "outlet_spearman", "bootstrap_outlet_spearman", "bootstrap_spearman", "load_ptc", "OUTLET_DOMAINS",
           "features"]

SEMEVAL = "SemEval-2019 hyperpartisan (by article)"
POLNEAR = "PolNeAR outlets vs Lin 2023 rating"
PTC = "PTC articles (share outside propaganda spans)"
PTC_REF = "Da San Martino et al. 2019 (PTC): 18 propaganda techniques marked by hand"
SEMEVAL_REF = ("Kiesel et al. 2019: accuracy, test set: winner 0.822, unigram baseline 0.704, "
               "sentiment-only 0.621 (trained classifiers)")
POLNEAR_REF = "Lin et al. 2023 consensus domain ratings (PC1 of six expert rating sets)"
# The domain each PolNeAR publisher published under in 2015-16 (the articles' own credits say
# "Western Journalism", whose site was westernjournalism.com; it became The Western Journal at
# westernjournal.com in 2017, rated 0.21 there instead of 0.56: either way it sits with Breitbart
# below the five others). HuffPost was huffingtonpost.com until 2017.
OUTLET_DOMAINS = {
    "breitbart": "breitbart.com",
    "huff-post": "huffingtonpost.com",
    "nyt": "nytimes.com",
    "politico": "politico.com",
    "usa-today": "usatoday.com",
    "wash-post": "washingtonpost.com",
    "west-journal": "westernjournalism.com",
}
BOOTSTRAP_ROUNDS = 1000
BOOTSTRAP_SEED = 2026


@dataclass(frozen=True)
class Article:
    key: str
    split: str
    label: float  # SemEval: 1 = hyperpartisan; PolNeAR: the outlet's rating
    group: str  # PolNeAR: the outlet; SemEval: the publisher
    text: str
    title: str
    url: str


def _read(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


@lru_cache(maxsize=1)
def load_ratings() -> dict[str, float]:
    base = eval_dir()
    path = base / "domain_ratings_lin2023" / "domain_pc1.csv" if base else None
    if path is None or not path.is_file():
        return {}
    with open(path, encoding="utf-8", newline="") as handle:
        return {row["domain"].strip().lower(): float(row["pc1"]) for row in csv.DictReader(handle)}


@lru_cache(maxsize=1)
def load_semeval() -> tuple[Article, ...]:
    base = eval_dir()
    root = base / "semeval2019_byarticle" / "train" if base else None
    if root is None or not (root / "labels.tsv").is_file():
        return ()
    items = []
    with open(root / "labels.tsv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            path = root / f"{row['id']}.txt"
            if not path.is_file():
                continue
            raw = _read(path)
            # the file is "headline, blank line, body": the headline goes in as the title
            head, sep, body = raw.partition("\n\n")
            title, text = (head.strip(), body) if sep and "\n" not in head.strip() else ("", raw)
            items.append(Article("semeval:" + row["id"], split_of("semeval:" + row["id"]), float(row["y"]),
                                 row["publisher"], text, title, row["url"]))
    return tuple(items)


@lru_cache(maxsize=1)
def load_polnear() -> tuple[Article, ...]:
    base = eval_dir()
    root = base / "polnear" if base else None
    ratings = load_ratings()
    if root is None or not (root / "metadata.tsv").is_file() or not ratings:
        return ()
    items = []
    with open(root / "metadata.tsv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            path = root / row["compartment"] / "text" / f"{row['filename']}.txt"
            domain = OUTLET_DOMAINS.get(row["publisher"])
            if row["compartment"] != "train" or not path.is_file() or domain not in ratings:
                continue
            raw = _read(path)
            head, sep, body = raw.partition("\n\n")
            title, text = (head.strip(), body) if sep and "\n" not in head.strip() else ("", raw)
            # the same key as the attribution figures (claims.py): one split per article
            items.append(Article("polnear:" + row["filename"], split_of("polnear:" + row["filename"]),
                                 ratings[domain], row["publisher"], text, title, "https://" + domain + "/"))
    return tuple(items)


@lru_cache(maxsize=1)
def load_ptc() -> tuple[Article, ...]:
    """PTC training articles; label = the share of the text outside every technique's span."""
    base = eval_dir()
    root = base / "ptc_train" if base else None
    if root is None or not (root / "labels.tsv").is_file():
        return ()
    spans: dict[str, list[tuple[int, int]]] = {}
    with open(root / "labels.tsv", encoding="utf-8", newline="") as handle:
        for line in handle:
            parts = line.rstrip("\r\n").split("\t")
            if len(parts) == 4:
                spans.setdefault(parts[0], []).append((int(parts[2]), int(parts[3])))
    items = []
    for path in sorted((root / "articles").glob("article*.txt")):
        article_id = path.stem[len("article"):]
        raw = _read(path)
        marked: set[int] = set()
        for start, end in spans.get(article_id, []):
            marked.update(range(start, end))
        # the same key as the sentence figures (loaded.py): one split per article
        items.append(Article("ptc:" + article_id, split_of(article_id), 1.0 - len(marked) / max(1, len(raw)),
                             "", raw, "", ""))
    return tuple(items)


# --- statistics (pure Python: the project has no numpy) -------------------------------------


def roc_auc(scores: Sequence[float], labels: Sequence[int]) -> float | None:
    """P(score of a positive > score of a negative), ties counting one half (Mann-Whitney U)."""
    pairs = sorted(zip(scores, labels))
    n_pos = sum(1 for _, y in pairs if y)
    n_neg = len(pairs) - n_pos
    if not n_pos or not n_neg:
        return None
    rank_sum = 0.0
    i = 0
    while i < len(pairs):
        j = i
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            j += 1
        mid_rank = (i + j + 1) / 2.0  # ranks i+1..j, averaged over the tie
        rank_sum += mid_rank * sum(1 for k in range(i, j) if pairs[k][1])
        i = j
    return (rank_sum - n_pos * (n_pos + 1) / 2.0) / (n_pos * n_neg)


def bootstrap_auc(scores: Sequence[float], labels: Sequence[int], rounds: int = BOOTSTRAP_ROUNDS) -> tuple[float, float]:
    """95% percentile interval of the AUC, resampling within each class (fixed seed)."""
    rng = random.Random(BOOTSTRAP_SEED)
    pos = [s for s, y in zip(scores, labels) if y]
    neg = [s for s, y in zip(scores, labels) if not y]
    values = []
    for _ in range(rounds):
        p = rng.choices(pos, k=len(pos))
        n = rng.choices(neg, k=len(neg))
        values.append(roc_auc(p + n, [1] * len(p) + [0] * len(n)))
    values.sort()
    return values[int(0.025 * rounds)], values[int(0.975 * rounds) - 1]


def _ranks(values: Sequence[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j < len(order) and values[order[j]] == values[order[i]]:
            j += 1
        for k in range(i, j):
            ranks[order[k]] = (i + j + 1) / 2.0
        i = j
    return ranks


def pearson(x: Sequence[float], y: Sequence[float]) -> float | None:
    n = len(x)
    if n < 3:
        return None
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    return sxy / (sxx * syy) ** 0.5 if sxx and syy else None


def spearman(x: Sequence[float], y: Sequence[float]) -> float | None:
    return pearson(_ranks(x), _ranks(y))


def outlet_spearman(values: Mapping[str, Sequence[float]], rating: Mapping[str, float]) -> float | None:
    """Spearman correlation, over the outlets, of each outlet's mean value with its rating."""
    outlets = sorted(o for o in values if values[o])
    return spearman([sum(values[o]) / len(values[o]) for o in outlets], [rating[o] for o in outlets])


def bootstrap_outlet_spearman(values: Mapping[str, Sequence[float]], rating: Mapping[str, float],
                              rounds: int = BOOTSTRAP_ROUNDS) -> tuple[float, float]:
    """95% percentile interval of `outlet_spearman`, resampling articles within each outlet (fixed
    seed). It shows how far the outlets' means move with the sample of articles; with seven outlets
    it says nothing about which outlets were chosen, which is the larger uncertainty. A resample
    whose means tie everywhere (no correlation defined) counts as 0."""
    rng = random.Random(BOOTSTRAP_SEED)
    outlets = sorted(o for o in values if values[o])
    found = []
    for _ in range(rounds):
        resampled = {o: rng.choices(values[o], k=len(values[o])) for o in outlets}
        rho = outlet_spearman(resampled, rating)
        found.append(0.0 if rho is None else rho)
    found.sort()
    return found[int(0.025 * rounds)], found[int(0.975 * rounds) - 1]


def bootstrap_spearman(x: Sequence[float], y: Sequence[float], rounds: int = BOOTSTRAP_ROUNDS) -> tuple[float, float]:
    """95% percentile interval of the Spearman correlation, resampling the pairs (fixed seed)."""
    rng = random.Random(BOOTSTRAP_SEED)
    pairs = list(zip(x, y))
    found = []
    for _ in range(rounds):
        sample = rng.choices(pairs, k=len(pairs))
        rho = spearman([a for a, _ in sample], [b for _, b in sample])
        found.append(0.0 if rho is None else rho)
    found.sort()
    return found[int(0.025 * rounds)], found[int(0.975 * rounds) - 1]


def best_threshold(scores: Sequence[float], labels: Sequence[int]) -> float:
    """The cut t maximising the accuracy of "positive if score < t" (midpoint between values)."""
    values = sorted(set(scores))
    cuts = [values[0] - 1.0] + [(a + b) / 2 for a, b in zip(values, values[1:])] + [values[-1] + 1.0]
    best, best_t = -1, cuts[0]
    for t in cuts:
        correct = sum(1 for s, y in zip(scores, labels) if (s < t) == bool(y))
        if correct > best:
            best, best_t = correct, t
    return best_t


def accuracy(scores: Sequence[float], labels: Sequence[int], t: float) -> float:
    return sum(1 for s, y in zip(scores, labels) if (s < t) == bool(y)) / len(scores)


# --- scoring --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scored:
    article: Article
    words: int
    scores: Mapping[str, float | None]  # each signal's normalised score (None: not scored)
    values: Mapping[str, float | None]  # each signal's native value
    details: Mapping[str, Mapping]  # each signal's details
    index: float | None


def _score(articles: Sequence[Article], settings: Settings, with_source: bool) -> list[Scored]:
    inputs = [DocumentInput(a.text, id=a.key, title=a.title, url=a.url if with_source else "") for a in articles]
    out = []
    for article, result in zip(articles, score_many(inputs, settings=settings)):
        sig = result.signals
        out.append(Scored(article, result.word_count, {k: s.score for k, s in sig.items()},
                          {k: s.value for k, s in sig.items()}, {k: dict(s.details) for k, s in sig.items()},
                          result.reliability))
    return out


@lru_cache(maxsize=4)
def features(dataset: str, with_source: bool = False) -> tuple[Scored, ...]:
    """Every article of `dataset` ("semeval", "polnear" or "ptc") scored with the default settings."""
    loaders = {"semeval": load_semeval, "polnear": load_polnear, "ptc": load_ptc}
    articles = loaders[dataset]()
    return tuple(_score(articles, Settings(), with_source))


def reindex(item: Scored, weights: Mapping[str, float]) -> float | None:
    from xlplugin.types import Score

    signals = {k: Score(k, None, v, "") for k, v in item.scores.items()}
    return reliability_index(signals, weights)[0]


# --- figures --------------------------------------------------------------------------------


def _auc_rows(dataset: str, signal: str, metric: str, items: Sequence[Scored], get: Callable[[Scored], float | None],
              ref: str = "") -> list[Row]:
    """AUC of `get` (higher = more reliable) for "not hyperpartisan", both splits, with interval."""
    rows = []
    for split in ("tune", "report"):
        pairs = [(get(s), int(s.article.label)) for s in items if s.article.split == split]
        pairs = [(v, y) for v, y in pairs if v is not None]
        if not pairs:
            continue
        values = [v for v, _ in pairs]
        plain = [1 - y for _, y in pairs]  # the positive class of the AUC: plain reporting
        auc = roc_auc(values, plain)
        if auc is None:
            continue
        low, high = bootstrap_auc(values, plain)
        rows.append(Row(dataset, signal, metric, round(auc, 4), None, ref, split, len(pairs), (round(low, 4), round(high, 4))))
    return rows


def _semeval_rows(with_source: bool) -> list[Row]:
    items = features("semeval", with_source)
    if not items:
        return []
    suffix = " with source ratings" if with_source else " (text only)"
    rows = _auc_rows(SEMEVAL, "index", "ROC AUC" + suffix, items, lambda s: s.index, SEMEVAL_REF)
    if with_source:
        # the rating alone, on the articles whose URL it rates (the share rated is its n)
        rows += _auc_rows(SEMEVAL, "source_rating", "ROC AUC (built-in rating, rated URLs only)", items,
                          lambda s: s.scores.get("source_rating"))
        return rows
    for name in registry.SCORER_NAMES:
        if name == "source_rating":
            continue
        rows += _auc_rows(SEMEVAL, name, "ROC AUC (score)", items, lambda s, n=name: s.scores.get(n))
    # length is the trap the set's README names: its own AUC (longer = more reliable would be the
    # wrong direction), and the index's AUC within word-count terciles cut on the tune half
    rows += _auc_rows(SEMEVAL, "word count", "ROC AUC (longer = higher)", items, lambda s: float(s.words))
    tune = sorted(s.words for s in items if s.article.split == "tune")
    cuts = (tune[len(tune) // 3], tune[2 * len(tune) // 3])
    for k, (low, high) in enumerate(((0, cuts[0]), (cuts[0], cuts[1]), (cuts[1], 10**9))):
        part = [s for s in items if low <= s.words < high]
        rows += _auc_rows(SEMEVAL, "index", f"ROC AUC, length tercile {k + 1} (text only)", part, lambda s: s.index)
    tune_pairs = [(s.index, int(s.article.label)) for s in items if s.article.split == "tune" and s.index is not None]
    t = best_threshold([v for v, _ in tune_pairs], [y for _, y in tune_pairs])
    for split in ("tune", "report"):
        pairs = [(s.index, int(s.article.label)) for s in items if s.article.split == split and s.index is not None]
        acc = accuracy([v for v, _ in pairs], [y for _, y in pairs], t)
        majority = max(sum(y for _, y in pairs), sum(1 - y for _, y in pairs)) / len(pairs)
        rows.append(Row(SEMEVAL, "index", f"accuracy, hyperpartisan if index < {t:.1f} (text only)", round(acc, 4),
                        round(majority, 4), SEMEVAL_REF, split, len(pairs)))
    return rows


def _polnear_rows(with_source: bool) -> list[Row]:
    items = features("polnear", with_source)
    if not items:
        return []
    suffix = " with source ratings (circular)" if with_source else " (text only)"
    rows = []
    getters = {"index": lambda s: s.index}
    if not with_source:
        getters.update({n: (lambda s, n=n: s.scores.get(n)) for n in registry.TEXT_SIGNALS})
    for signal, get in getters.items():
        for split in ("tune", "report"):
            part = [s for s in items if s.article.split == split and get(s) is not None]
            by_outlet: dict[str, list[float]] = {}
            for s in part:
                by_outlet.setdefault(s.article.group, []).append(get(s))
            rating = {s.article.group: s.article.label for s in part}
            rho = outlet_spearman(by_outlet, rating)
            if rho is not None:
                low, high = bootstrap_outlet_spearman(by_outlet, rating)
                rows.append(Row(POLNEAR, signal, "outlet Spearman (mean vs rating)" + suffix, round(rho, 4), None,
                                POLNEAR_REF, split, len(by_outlet), (round(low, 4), round(high, 4))))
            if signal == "index":
                rho_a = spearman([get(s) for s in part], [s.article.label for s in part])
                if rho_a is not None:
                    rows.append(Row(POLNEAR, signal, "article Spearman (vs outlet rating)" + suffix, round(rho_a, 4),
                                    None, POLNEAR_REF, split, len(part)))
    return rows


def _ptc_rows() -> list[Row]:
    items = features("ptc", False)
    rows = []
    getters = {"index": lambda s: s.index}
    getters.update({n: (lambda s, n=n: s.scores.get(n)) for n in registry.TEXT_SIGNALS})
    for signal, get in getters.items():
        for split in ("tune", "report"):
            pairs = [(get(s), s.article.label) for s in items if s.article.split == split and get(s) is not None]
            rho = spearman([v for v, _ in pairs], [y for _, y in pairs]) if pairs else None
            if rho is None:
                continue
            low, high = bootstrap_spearman([v for v, _ in pairs], [y for _, y in pairs])
            rows.append(Row(PTC, signal, "article Spearman (text only)", round(rho, 4), None, PTC_REF if signal == "index"
                            else "", split, len(pairs), (round(low, 4), round(high, 4))))
    return rows


def evaluate() -> list[Row]:
    """Rows for both splits; empty when the data is absent."""
    return (_semeval_rows(False) + _semeval_rows(True) + _polnear_rows(False) + _polnear_rows(True)
            + _ptc_rows())


def main() -> int:
    rows = evaluate()
    if not rows:
        print("evaluation data absent: expected ../shared/eval/semeval2019_byarticle and polnear")
        return 1
    for r in rows:
        ci = f" [{r.interval[0]:.3f}, {r.interval[1]:.3f}]" if r.interval else ""
        base = "" if r.baseline is None else f" base {r.baseline:.3f}"
        print(f"{r.split:7} {r.dataset[:24]:24} {r.signal:17} {r.metric:58} {r.value:7.3f}{ci}{base} n={r.n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
