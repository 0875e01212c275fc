"""Evaluation of the `loaded_language` scorer against human labels (PTC and BABE).

PTC (SemEval-2020 Task 11 train split): gold = character spans labelled Loaded_Language or
Name_Calling,Labeling. Items are articles, split into "tune"/"report" by article id.
  - sentence level: a sentence (from xlplugin's own sentence split) is gold-positive when it
    overlaps a gold span, predicted-positive when it holds one of our matches; precision, recall
    and F1 over all sentences of the split.
  - span level: precision = share of our matches that overlap a gold span; recall = share of gold
    spans that one of our matches overlaps.
  Quoted matches count here: PTC's annotators labelled a technique wherever it appears in the
  article, quotations included (an article propagates a message by choosing whom to quote), so
  leaving them out would score us against a target we do not aim at. The scorer still separates
  them for its own value. A row "author-only" shows the figure without quoted matches.
BABE (Spinde et al. 2021, SG2): sentences labelled Biased / Non-biased and the biased words.
Items are sentences, split by a hash of the sentence text.
  - sentence level: predicted biased when the sentence holds one of our matches.
  - biased words, on Biased sentences: recall = share of the annotators' biased words that we
    flag; precision = share of the words we flag that the annotators listed.
Baseline on the same items: flag every word with VADER lexicon valence |v| >= 2.

Run: `python scripts/evaluation/loaded.py` prints the rows.
"""

from __future__ import annotations

import ast
import bisect
import csv
import sys
from collections import defaultdict
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from scripts.evaluation.common import Row, eval_dir, prf, split_of
else:
    from .common import Row, eval_dir, prf, split_of

from xlplugin import vader
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import Document, prepare

__all__ = ["evaluate", "ptc_rows", "babe_rows", "GOLD_TECHNIQUES", "COUNTED_KINDS"]

GOLD_TECHNIQUES = ("Loaded_Language", "Name_Calling,Labeling")
# Evidence kinds compared with PTC's Loaded_Language and Name_Calling spans: the categories that
# correspond to those techniques (emotive, derogatory; scare quotes are PTC's usual form of an
# ironic label) and exaggeration, which PTC annotators often fold into Loaded_Language. Left out:
# doubt (PTC's separate Doubt technique), editorialising adverbs, attribution verbs and
# exclamations, which PTC does not label as these techniques (measured on the tune split: span
# precision 0.02-0.07 for those kinds, against 0.2-0.35 for the kept ones).
COUNTED_KINDS = frozenset({"emotive", "derogatory", "exaggeration", "scare quote"})
# BABE's "biased" covers every kind of slant its annotators saw, epistemological cues included,
# so every category counts there.
BABE_COUNTED_KINDS = frozenset(loaded_language.CATEGORIES)
# The naive baseline: a word is "loaded" when VADER's valence for it is at least this strong
# (VADER's valences run -4..+4; 2 is "clearly" positive or negative in its rating guide).
BASELINE_VALENCE = 2.0

PTC_REFERENCE = (
    "SemEval-2020 T11 (Da San Martino et al. 2020): best technique classification on gold spans "
    "F1 77.17 Loaded_Language, 75.65 Name_Calling; best span identification F1 51.55 (all techniques)"
)
BABE_REFERENCE = "Spinde et al. 2021: sentence bias F1 about 0.80 (fine-tuned transformer, 5-fold CV)"

_SETTINGS = Settings()


def _matches(doc: Document, author_only: bool = False, kinds: frozenset[str] | None = None) -> list[tuple[int, int, str]]:
    """Our matches as (start, end, kind) in scored-text offsets."""
    kinds = COUNTED_KINDS if kinds is None else kinds
    result = loaded_language.score(doc, _SETTINGS)
    out = []
    for e in result.evidence:
        kind = e.kind[len("quoted "):] if e.kind.startswith("quoted ") else e.kind
        if author_only and e.kind.startswith("quoted "):
            continue
        if kind in kinds:
            out.append((e.start, e.end, kind))
    return out


def _baseline(doc: Document) -> list[tuple[int, int, str]]:
    lexicon = vader.analyzer().lexicon
    return [(t.start, t.end, "vader") for t in doc.tokens if abs(lexicon.get(t.lower, 0.0)) >= BASELINE_VALENCE]


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


class _Tally:
    def __init__(self) -> None:
        self.s_tp = self.s_fp = self.s_fn = 0
        self.pred = self.pred_hit = 0
        self.gold = self.gold_hit = 0
        self.kind_pred: dict[str, int] = defaultdict(int)
        self.kind_hit: dict[str, int] = defaultdict(int)


def _ptc_articles(root: Path):
    gold: dict[str, list[tuple[int, int]]] = defaultdict(list)
    with open(root / "labels.tsv", encoding="utf-8", newline="") as f:
        for line in f:
            parts = line.rstrip("\r\n").split("\t")
            if len(parts) == 4 and parts[1] in GOLD_TECHNIQUES:
                gold[parts[0]].append((int(parts[2]), int(parts[3])))
    for path in sorted((root / "articles").glob("article*.txt")):
        article_id = path.stem[len("article"):]
        with open(path, encoding="utf-8", newline="") as f:
            raw = f.read()
        yield article_id, raw, gold.get(article_id, [])


def _score_ptc_article(doc: Document, gold: list[tuple[int, int]], predicted, tally: _Tally) -> None:
    o = doc.original_offset
    pred = [(o(s), o(e), k) for s, e, k in predicted]
    pred_spans = [(s, e) for s, e, _ in pred]
    for s, e, k in pred:
        hit = _overlaps(gold, s, e)
        tally.pred += 1
        tally.pred_hit += hit
        tally.kind_pred[k] += 1
        tally.kind_hit[k] += hit
    for s, e in gold:
        tally.gold += 1
        tally.gold_hit += _overlaps(pred_spans, s, e)
    starts = sorted(s for s, _ in pred_spans)
    for sentence in doc.sentences:
        s, e = o(sentence.start), o(sentence.end)
        is_gold = _overlaps(gold, s, e)
        i = bisect.bisect_left(starts, s)
        is_pred = i < len(starts) and starts[i] < e
        tally.s_tp += is_gold and is_pred
        tally.s_fp += is_pred and not is_gold
        tally.s_fn += is_gold and not is_pred


def ptc_rows() -> list[Row]:
    root = eval_dir()
    if root is None or not (root / "ptc_train").is_dir():
        return []
    root = root / "ptc_train"
    ours = {"tune": _Tally(), "report": _Tally()}
    author = {"tune": _Tally(), "report": _Tally()}
    base = {"tune": _Tally(), "report": _Tally()}
    articles = {"tune": 0, "report": 0}
    sentences = {"tune": 0, "report": 0}
    for article_id, raw, gold in _ptc_articles(root):
        split = split_of(article_id)
        doc = prepare(raw)
        articles[split] += 1
        sentences[split] += len(doc.sentences)
        _score_ptc_article(doc, gold, _matches(doc), ours[split])
        _score_ptc_article(doc, gold, _matches(doc, author_only=True), author[split])
        _score_ptc_article(doc, gold, _baseline(doc), base[split])
    rows = []
    name = "PTC (Loaded_Language + Name_Calling)"
    for split in ("tune", "report"):
        t, a, b = ours[split], author[split], base[split]
        sp, sr, sf = prf(t.s_tp, t.s_fp, t.s_fn)
        ap, ar, af = prf(a.s_tp, a.s_fp, a.s_fn)
        bp, br, bf = prf(b.s_tp, b.s_fp, b.s_fn)
        n = sentences[split]
        rows += [
            Row(name, "loaded_language", "sentence F1", sf, bf, PTC_REFERENCE, split, n),
            Row(name, "loaded_language", "sentence precision", sp, bp, "", split, n),
            Row(name, "loaded_language", "sentence recall", sr, br, "", split, n),
            Row(name, "loaded_language", "sentence F1 author-only", af, bf, "", split, n),
            Row(name, "loaded_language", "span precision (overlap)",
                t.pred_hit / t.pred if t.pred else 0.0, b.pred_hit / b.pred if b.pred else 0.0, "", split, t.pred),
            Row(name, "loaded_language", "span recall (overlap)",
                t.gold_hit / t.gold if t.gold else 0.0, b.gold_hit / b.gold if b.gold else 0.0, "", split, t.gold),
        ]
        for kind in sorted(t.kind_pred):
            rows.append(Row(name, "loaded_language", f"kind precision {kind}",
                            t.kind_hit[kind] / t.kind_pred[kind], None, "", split, t.kind_pred[kind]))
        rows.append(Row(name, "loaded_language", "articles", float(articles[split]), None, "", split, articles[split]))
    return rows


def _words_of(doc: Document, spans) -> set[str]:
    words = set()
    for s, e, _ in spans:
        for t in doc.tokens:
            if t.start < e and s < t.end:
                words.add(t.lower)
    return words


def babe_rows() -> list[Row]:
    root = eval_dir()
    path = root / "babe" / "final_labels_SG2.csv" if root else None
    if path is None or not path.is_file():
        return []
    tallies = {split: {"ours": [0, 0, 0], "base": [0, 0, 0],
                       "w_ours": [0, 0, 0], "w_base": [0, 0, 0], "n": 0} for split in ("tune", "report")}
    with open(path, encoding="utf-8-sig", newline="") as f:
        for record in csv.DictReader(f, delimiter=";"):
            label = record["label_bias"]
            if label not in ("Biased", "Non-biased"):
                continue
            text = record["text"]
            split = split_of(text)
            t = tallies[split]
            t["n"] += 1
            doc = prepare(text)
            gold = label == "Biased"
            try:
                gold_words = {w.lower() for w in ast.literal_eval(record["biased_words"] or "[]")}
            except (ValueError, SyntaxError):
                gold_words = set()
            for key, spans in (("ours", _matches(doc, kinds=BABE_COUNTED_KINDS)), ("base", _baseline(doc))):
                pred = bool(spans)
                tp_fp_fn = t[key]
                tp_fp_fn[0] += gold and pred
                tp_fp_fn[1] += pred and not gold
                tp_fp_fn[2] += gold and not pred
                if gold:
                    flagged = _words_of(doc, spans)
                    w = t["w_" + key]
                    w[0] += len(flagged & gold_words)      # flagged words the annotators listed
                    w[1] += len(flagged - gold_words)      # flagged words they did not
                    w[2] += len(gold_words - flagged)      # listed words we missed
    rows = []
    name = "BABE SG2"
    for split in ("tune", "report"):
        t = tallies[split]
        op, orr, of = prf(*t["ours"])
        bp, br, bf = prf(*t["base"])
        wp, wr, _ = prf(*t["w_ours"])
        bwp, bwr, _ = prf(*t["w_base"])
        n = t["n"]
        rows += [
            Row(name, "loaded_language", "sentence F1 (biased)", of, bf, BABE_REFERENCE, split, n),
            Row(name, "loaded_language", "sentence precision (biased)", op, bp, "", split, n),
            Row(name, "loaded_language", "sentence recall (biased)", orr, br, "", split, n),
            Row(name, "loaded_language", "biased-word precision", wp, bwp, "", split, n),
            Row(name, "loaded_language", "biased-word recall", wr, bwr, "", split, n),
        ]
    return rows


def evaluate() -> list[Row]:
    """All rows for both splits; empty when the evaluation data is absent."""
    return ptc_rows() + babe_rows()


def main() -> None:
    rows = evaluate()
    if not rows:
        print("evaluation data absent: expected ../shared/eval next to the repository")
        return
    for r in rows:
        base = "" if r.baseline is None else f"{r.baseline:.3f}"
        print(f"{r.split:6}  {r.dataset:38}  {r.metric:30}  {r.value:.3f}  base {base:6}  n={r.n}"
              + (f"  ref: {r.reference}" if r.reference else ""))


if __name__ == "__main__":
    main()
