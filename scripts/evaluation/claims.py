"""Check-worthy claims vs ClaimBuster, attribution vs PolNeAR (the two halves of unsourced claims).

ClaimBuster (utaresearch/claimbuster-spotter, two_class train.json): 7,976 sentences from US
presidential debates, label 1 = check-worthy factual sentence. Each sentence is prepared as a
Document and `unsourced_claims.is_check_worthy` is asked whether it holds a check-worthy
sentence. Baseline on the same items: "has a number, a comparative or a form of to be".
Split by sentence id. Reference: ClaimBuster's trained models (Arslan et al. 2020; Meng et al.
2020) are the published comparison; we quote no figure here because ../shared/eval/README.md
gives none for this file. Spoken debate sentences, not news prose.

PolNeAR (networkdynamics/PolNeAR, train split): political news articles with brat attribution
annotations. A sentence (our split) is gold-attributed when it holds a Cue of an Attribution
event that has a Source; predicted attributed when `xlplugin.cues.sentence_attribution` finds a
source with a verb of saying or thinking (named, role, pronoun, weasel or redacted; links and
document references are not attributions in PolNeAR's sense). One annotation file per article
(the first annotator by file name). Baseline: the sentence contains "said" or "says". Split by
article. Reference: Newell et al. 2018 report inter-annotator agreement, not a detector F1.

Rules are tuned on "tune"; "report" is held back. `python scripts/evaluation/claims.py` prints
the rows; `--errors` prints some tune-split mistakes for rule work.
"""

from __future__ import annotations

import bisect
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from scripts.evaluation.common import Row, eval_dir, prf, split_of  # noqa: E402
from xlplugin import cues  # noqa: E402
from xlplugin.scorers import unsourced_claims  # noqa: E402
from xlplugin.text import prepare  # noqa: E402

__all__ = ["evaluate", "load_claimbuster", "load_polnear", "baseline_check_worthy", "baseline_attributed"]

CLAIMBUSTER_REF = "Arslan et al. 2020 / Meng et al. 2020 (ClaimBuster, trained models); spoken debate sentences, not news prose"
POLNEAR_REF = "Newell et al. 2018 (PolNeAR): annotation study, no detector F1 published"
# Kinds of `xlplugin.cues.Attribution` that count as an attribution in PolNeAR's sense (a source
# with a cue); a bare link or document name is not one, a document that "stated" something is.
POLNEAR_KINDS = frozenset({"named", "role", "pronoun", "weasel", "redacted"})

_BE = frozenset("is are was were be been being am".split())
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten hundred thousand million billion trillion percent".split()
)
_COMPARATIVE = frozenset("more less fewer better worse".split())
_BASELINE_TOKEN = re.compile(r"[A-Za-z]+|\d")


def baseline_check_worthy(text: str) -> bool:
    """The naive rule: a number, a comparative or a form of "to be"."""
    words = [w.lower() for w in _BASELINE_TOKEN.findall(text)]
    for i, w in enumerate(words):
        if w.isdigit() or w in _NUMBER_WORDS or w in _BE or w in _COMPARATIVE:
            return True
        if w.endswith("er") and i + 1 < len(words) and words[i + 1] == "than":
            return True
    return False


def baseline_attributed(text: str) -> bool:
    """The naive rule: the sentence contains "said" or "says"."""
    return re.search(r"\b(?:said|says)\b", text, re.IGNORECASE) is not None


def load_claimbuster() -> list[tuple[str, int, str]]:
    base = eval_dir()
    if base is None:
        return []
    path = base / "claimbuster" / "train.json"
    if not path.is_file():
        return []
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    return [(str(item["sentence_id"]), int(item["label"]), str(item["text"])) for item in data]


def _tally(c: list[int], ours: bool, base: bool, gold: bool) -> None:
    """Count one item into `c` (tp fp fn for our rule, then tp fp fn for the baseline)."""
    for offset, predicted in ((0, ours), (3, base)):
        if predicted and gold:
            c[offset] += 1
        elif predicted:
            c[offset + 1] += 1
        elif gold:
            c[offset + 2] += 1


def _prf_rows(dataset: str, signal: str, metric: str, c: list[int], reference: str, split: str, n: int) -> list[Row]:
    """Precision, recall and F1 rows (ours beside the baseline's) from `_tally`'s counts."""
    ours, base = prf(c[0], c[1], c[2]), prf(c[3], c[4], c[5])
    return [Row(dataset, signal, f"{metric}_{name}", round(ours[i], 4), round(base[i], 4), reference, split, n)
            for i, name in enumerate(("precision", "recall", "f1"))]


def _claimbuster_rows(errors: bool = False) -> list[Row]:
    items = load_claimbuster()
    if not items:
        return []
    counts: dict[str, list[int]] = defaultdict(lambda: [0] * 6)  # tp fp fn, baseline tp fp fn
    shown = 0
    for key, label, text in items:
        split = split_of("claimbuster:" + key)
        doc = prepare(text)
        ours = unsourced_claims.is_check_worthy(doc)
        base = baseline_check_worthy(text)
        _tally(counts[split], ours, base, bool(label))
        if errors and split == "tune" and ours != bool(label) and shown < 60:
            shown += 1
            print(f"CB {'FP' if ours else 'FN'}: {text[:160]}")
    rows = []
    for split in ("tune", "report"):
        c = counts.get(split)
        if c:
            n_items = sum(1 for key, _, _ in items if split_of("claimbuster:" + key) == split)
            rows += _prf_rows("claimbuster", "unsourced_claims", "check_worthy", c, CLAIMBUSTER_REF, split, n_items)
    return rows


def _read_ann(path: Path) -> list[tuple[int, int]]:
    """Character spans of the Cues of attribution events that have a Source."""
    spans: dict[str, tuple[int, int]] = {}
    cues_with_source: list[tuple[int, int]] = []
    events: list[str] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2:
                continue
            ident, body = parts[0], parts[1]
            if ident.startswith("T"):
                fields = body.split(" ")
                try:
                    # discontinuous spans are "start end;start end": keep the first piece
                    spans[ident] = (int(fields[1]), int(fields[2].split(";")[0]))
                except (IndexError, ValueError):
                    continue
            elif ident.startswith("E"):
                events.append(body)
    for body in events:
        roles = dict(part.split(":", 1) for part in body.split() if ":" in part)
        cue = next((v for k, v in roles.items() if k.startswith("Cue")), None)
        source = next((v for k, v in roles.items() if k.startswith("Source")), None)
        if cue and source and cue in spans:
            cues_with_source.append(spans[cue])
    return cues_with_source


def load_polnear() -> list[tuple[str, str, list[tuple[int, int]]]]:
    """(article, text, cue spans with a source) for every article with an annotation file."""
    base = eval_dir()
    if base is None:
        return []
    root = base / "polnear" / "train"
    if not (root / "text").is_dir():
        return []
    by_article: dict[str, Path] = {}
    for ann in sorted((root / "attributions").glob("*.ann")):
        article = ann.stem.rsplit("_", 1)[0]
        by_article.setdefault(article, ann)
    items = []
    for article, ann in sorted(by_article.items()):
        path = root / "text" / f"{article}.txt"
        if not path.is_file():
            continue
        with open(path, encoding="utf-8", newline="") as handle:
            text = handle.read()
        items.append((article, text, _read_ann(ann)))
    return items


def _polnear_rows(errors: bool = False) -> list[Row]:
    items = load_polnear()
    if not items:
        return []
    counts: dict[str, list[int]] = defaultdict(lambda: [0] * 7)  # tp fp fn, base tp fp fn, n
    shown = 0
    for article, text, cue_spans in items:
        split = split_of("polnear:" + article)
        doc = prepare(text)
        found = cues.attributions(doc)
        starts = sorted(doc.original_offset(s.start) for s in doc.sentences)
        gold_sentences: set[int] = set()
        for start, _end in cue_spans:
            k = bisect.bisect_right(starts, start) - 1
            if k >= 0:
                gold_sentences.add(k)
        c = counts[split]
        for k, sentence in enumerate(doc.sentences):
            if sentence.word_count == 0:
                continue
            gold = k in gold_sentences
            attr = found[k]
            ours = attr is not None and (attr.kind in POLNEAR_KINDS or attr.verb)
            c[6] += 1
            _tally(c, ours, baseline_attributed(sentence.text), gold)
            if errors and split == "tune" and ours != gold and shown < 80:
                shown += 1
                why = f" [{attr.kind}: {attr.detail}]" if attr else ""
                print(f"PN {'FP' if ours else 'FN'}: {sentence.text[:200]!r}{why}")
    rows = []
    for split in ("tune", "report"):
        c = counts.get(split)
        if c:
            rows += _prf_rows("polnear", "attribution", "attributed", c, POLNEAR_REF, split, c[6])
    return rows


def evaluate(errors: bool = False) -> list[Row]:
    """Rows for both splits of both data sets; empty when the data is absent."""
    return _claimbuster_rows(errors) + _polnear_rows(errors)


def main(argv: list[str]) -> int:
    errors = "--errors" in argv
    which = [a for a in argv if not a.startswith("--")]
    rows: list[Row] = []
    if not which or "claimbuster" in which:
        rows += _claimbuster_rows(errors)
    if not which or "polnear" in which:
        rows += _polnear_rows(errors)
    if not rows:
        print("evaluation data absent: expected ../shared/eval/claimbuster and ../shared/eval/polnear")
        return 1
    print(f"{'dataset':12} {'metric':24} {'split':7} {'n':>6} {'ours':>7} {'baseline':>8}")
    for row in rows:
        base = "" if row.baseline is None else f"{row.baseline:.3f}"
        print(f"{row.dataset:12} {row.metric:24} {row.split:7} {row.n:6d} {row.value:7.3f} {base:>8}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
