"""Document kinds against the hand labels in tests/kinds_labels.csv: per-kind precision and
recall, and the confusion table.

    python scripts/evaluate_kinds.py            # ../shared/corpus/web and workbooks/examples
    python scripts/evaluate_kinds.py --markdown
    python scripts/evaluate_kinds.py --errors       # each wrong page with the cues that decided
    python scripts/evaluate_kinds.py --halves       # also each half (split by a hash of the name)
    python scripts/evaluate_kinds.py --sets         # also each set (web, examples, kinds41, kinds43, opfoot44, kinds49) alone

The labelled documents fall in two halves by a hash of the file name (`half`): rules are chosen
looking at half "A" only; half "B" is held out, so its figures show whether a rule generalises.

The web pages are read from ../shared/corpus/web at run time (never copied here) through the
same reader `xlplugin score` uses (`xlplugin.inputs.read_file`: the article text and the page's
metadata), then classified by `xlplugin.kinds.classify`. Without ../shared, only the examples
and the fresh documents are measured (and the script says so).

Set "kinds41": 14 short documents written for this project in session 33 (tests/fixtures/kinds41),
of kinds the web set has few of (press releases of a company and a charity, wire copy credited to
two agencies, a letters page, a product page with reviews, a documentation page, opinion with no
first person, a forum thread) and the how-to and listings look-alikes of kinds41's rules.

Set "kinds43": 12 short documents written for this project in session 34 (tests/fixtures/kinds43): opinion with no
first person and no label in its text (told by its own verdicts, a link blog's hat tip, or only by its page's markup:
an opinion section in the address, a JSON-LD list of types), and news reports that must stay news (quoting someone's
"should", predicting with an unattributed "should", advising "you should", a news page whose menu links to Opinion,
"opinion" in a headline's address).

Set "opfoot44": 11 short documents written for this project in session 34 (tests/fixtures/opfoot44): op-eds with no
byline signed by a bio line at the foot, unsigned editorials in the paper's own "we", and a report ending with a
profile of someone it quoted, a report with its reporter's podcast bio, an obituary, a report quoting a charity's "we"
and a charity's press release in its own "we", which keep their kinds.

Set "kinds49": 8 short documents written for this project in session 38 (tests/fixtures/kinds49) of the kinds with the
fewest labelled pages: press releases of a university, a firm and a council (the council's signed only by its issue line
at the foot), wire copy credited to two agencies (an agency as the author of a regional paper's page, a PA supply line)
and forum or social posts (a forum thread, a Reddit question saved from the site's page, a short social post).
"""

from __future__ import annotations

import argparse
import csv
import sys
import zlib
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
FRESH = ROOT / "tests" / "fixtures" / "kinds41"
FRESH43 = ROOT / "tests" / "fixtures" / "kinds43"
FRESH44 = ROOT / "tests" / "fixtures" / "opfoot44"
FRESH49 = ROOT / "tests" / "fixtures" / "kinds49"
SETS = {"web": WEB, "examples": EXAMPLES, "kinds41": FRESH, "kinds43": FRESH43, "opfoot44": FRESH44,
        "kinds49": FRESH49}  # a labelled row's set: the folder of its file


def labels() -> list[tuple[str, str, str]]:
    lines = [ln for ln in LABELS.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return [(row["set"], row["file"], row["kind"]) for row in csv.DictReader(lines)]


def half(name: str) -> str:
    """The half ("A": looked at when choosing rules; "B": held out) of a labelled file, by a
    hash of its name (stable across runs and machines, unlike Python's hash())."""
    return "A" if zlib.crc32(name.encode("utf-8")) % 2 == 0 else "B"


def predict(path: Path) -> kinds.Kind:
    doc = read_file(path)
    prepared = prepare(doc.text, title=doc.title, url=doc.url, outlet=doc.outlet, author=doc.author,
                       date=doc.date, page_type=doc.page_type)
    return kinds.classify(prepared)


def evaluate(web: Path = WEB) -> dict:
    """{"pairs": [(set, file, gold, predicted)], "per_kind": {kind: (precision, recall, support)},
    "accuracy": float, "missing": [files not found], "found": {file: Kind}}"""
    pairs, missing, found = [], [], {}
    for group, name, gold in labels():
        path = (web if group == "web" else SETS[group]) / name
        if not path.exists():
            missing.append(f"{group}/{name}")
            continue
        found[name] = predict(path)
        pairs.append((group, name, gold, found[name].kind))
    return {**measure(pairs), "pairs": pairs, "missing": missing, "found": found}


def measure(pairs: list[tuple[str, str, str, str]]) -> dict:
    """Per-kind (precision, recall, support) and accuracy of (set, file, gold, predicted) pairs."""
    per_kind = {}
    for kind in kinds.KINDS:
        tp = sum(1 for *_, g, p in pairs if g == kind and p == kind)
        predicted = sum(1 for *_, p in pairs if p == kind)
        support = sum(1 for *_, g, _p in pairs if g == kind)
        per_kind[kind] = (tp / predicted if predicted else None, tp / support if support else None, support)
    accuracy = sum(1 for *_, g, p in pairs if g == p) / len(pairs) if pairs else None
    return {"per_kind": per_kind, "accuracy": accuracy}


def _f(value) -> str:
    return "-" if value is None else f"{value:.2f}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="the per-kind table as Markdown")
    parser.add_argument("--errors", action="store_true",
                        help="list every page whose kind differs from its label, with the cues that decided")
    parser.add_argument("--halves", action="store_true", help="also the figures of each half (A: tuned on, B: held out)")
    parser.add_argument("--sets", action="store_true", help="also the figures of each set (web, examples, kinds41, kinds43, opfoot44, kinds49)")
    args = parser.parse_args(argv)
    result = evaluate()
    if result["missing"]:
        print(f"not found (../shared absent?): {len(result['missing'])} labelled files, e.g. {result['missing'][0]}")
    pairs = result["pairs"]
    if args.halves:
        for name in ("A", "B"):
            part = [p for p in pairs if half(p[1]) == name]
            print(f"half {name}:")
            _table(measure(part), part, args.markdown)
        print("all:")
    if args.sets:
        for name in SETS:
            part = [p for p in pairs if p[0] == name]
            print(f"set {name}:")
            _table(measure(part), part, args.markdown)
        print("all:")
    _table(result, pairs, args.markdown)
    if args.errors:
        for group, name, gold, predicted in pairs:
            if gold != predicted:
                kind = result["found"][name]
                scores = ", ".join(f"{k} {v:g}" for k, v in kind.scores if v)
                print(f"  [{half(name)}] {group}/{name}: {gold} -> {predicted} ({scores})")
                for cue in kind.cues:
                    print(f"        {cue}")
    return 0


def _table(result: dict, pairs: list, markdown: bool) -> None:
    print(f"documents: {len(pairs)}; accuracy {_f(result['accuracy'])}")
    if markdown:
        print("| kind | precision | recall | labelled |\n|---|---|---|---|")
    for kind, (precision, recall, support) in result["per_kind"].items():
        if markdown:
            print(f"| {kind} | {_f(precision)} | {_f(recall)} | {support} |")
        else:
            print(f"{kind:26} precision {_f(precision):>5}  recall {_f(recall):>5}  labelled {support}")
    confusion = Counter((g, p) for *_, g, p in pairs if g != p)
    print("confusions (label -> predicted):")
    for (gold, predicted), count in confusion.most_common():
        print(f"  {count:3}  {gold} -> {predicted}")


if __name__ == "__main__":
    sys.exit(main())
