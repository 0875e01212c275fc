"""Document kinds against the hand labels in tests/kinds_labels.csv: per-kind precision and
recall, and the confusion table.

    python scripts/evaluate_kinds.py            # ../shared/corpus/web and workbooks/examples
    python scripts/evaluate_kinds.py --markdown

The web pages are read from ../shared/corpus/web at run time (never copied here) through the
same reader `xlplugin score` uses (`xlplugin.inputs.read_file`: the article text and the page's
metadata), then classified by `xlplugin.kinds.classify`. Without ../shared, only the examples
are measured (and the script says so).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from xlplugin import kinds  # noqa: E402
from xlplugin.inputs import read_file  # noqa: E402
from xlplugin.text import prepare  # noqa: E402

LABELS = ROOT / "tests" / "kinds_labels.csv"
WEB = ROOT.parent / "shared" / "corpus" / "web" / "pages"
EXAMPLES = ROOT / "workbooks" / "examples"


def labels() -> list[tuple[str, str, str]]:
    lines = [ln for ln in LABELS.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return [(row["set"], row["file"], row["kind"]) for row in csv.DictReader(lines)]


def predict(path: Path) -> kinds.Kind:
    doc = read_file(path)
    prepared = prepare(doc.text, title=doc.title, url=doc.url, outlet=doc.outlet, author=doc.author,
                       date=doc.date, page_type=doc.page_type)
    return kinds.classify(prepared)


def evaluate(web: Path = WEB) -> dict:
    """{"pairs": [(set, file, gold, predicted)], "per_kind": {kind: (precision, recall, support)},
    "accuracy": float, "missing": [files not found]}"""
    pairs, missing = [], []
    for group, name, gold in labels():
        path = (web if group == "web" else EXAMPLES) / name
        if not path.exists():
            missing.append(f"{group}/{name}")
            continue
        pairs.append((group, name, gold, predict(path).kind))
    per_kind = {}
    for kind in kinds.KINDS:
        tp = sum(1 for *_, g, p in pairs if g == kind and p == kind)
        predicted = sum(1 for *_, p in pairs if p == kind)
        support = sum(1 for *_, g, _p in pairs if g == kind)
        per_kind[kind] = (tp / predicted if predicted else None, tp / support if support else None, support)
    accuracy = sum(1 for *_, g, p in pairs if g == p) / len(pairs) if pairs else None
    return {"pairs": pairs, "per_kind": per_kind, "accuracy": accuracy, "missing": missing}


def _f(value) -> str:
    return "-" if value is None else f"{value:.2f}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="the per-kind table as Markdown")
    parser.add_argument("--errors", action="store_true", help="list every page whose kind differs from its label")
    args = parser.parse_args(argv)
    result = evaluate()
    if result["missing"]:
        print(f"not found (../shared absent?): {len(result['missing'])} labelled files, e.g. {result['missing'][0]}")
    pairs = result["pairs"]
    print(f"documents: {len(pairs)}; accuracy {_f(result['accuracy'])}")
    if args.markdown:
        print("| kind | precision | recall | labelled |\n|---|---|---|---|")
    for kind, (precision, recall, support) in result["per_kind"].items():
        if args.markdown:
            print(f"| {kind} | {_f(precision)} | {_f(recall)} | {support} |")
        else:
            print(f"{kind:26} precision {_f(precision):>5}  recall {_f(recall):>5}  labelled {support}")
    confusion = Counter((g, p) for *_, g, p in pairs if g != p)
    print("confusions (label -> predicted):")
    for (gold, predicted), count in confusion.most_common():
        print(f"  {count:3}  {gold} -> {predicted}")
    if args.errors:
        for group, name, gold, predicted in pairs:
            if gold != predicted:
                print(f"  {group}/{name}: {gold} -> {predicted}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
