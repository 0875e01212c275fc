"""Where the loaded-language signal agrees with PTC at sentence level, and where it does not.

    python scripts/ptc_breakdown.py                # the tune half (the half rules are chosen on)
    python scripts/ptc_breakdown.py --split report # the held-back half (to measure, not to choose)
    python scripts/ptc_breakdown.py --examples 12  # also print some missed and wrongly flagged sentences

Reads ../shared/eval/ptc_train at run time (never copied into the project) and uses the same
sentences, gold and counted kinds as scripts/evaluation/loaded.py: a sentence is gold when it
overlaps a Loaded_Language or Name_Calling,Labeling span, predicted when one of our matches of a
counted kind starts in it. Two tables:
  - per cue family (the scorer's evidence kind, quoted matches folded in, every kind including
    those the evaluation does not count): in how many sentences it fires, the share of those that
    are gold (precision), the gold sentences it alone flags (its own true positives) and the
    sentences it alone flags wrongly (its own false positives), and the F1 if it were left out;
  - per PTC technique (all fourteen): the sentences holding a span of it, the share we flag
    (recall) and how many gold sentences we miss that hold it (what the missed gold sentences are
    made of).
The examples (with --examples) are for reading on the screen only; nothing from the data set is
written anywhere.
"""

from __future__ import annotations

import argparse
import bisect
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scripts.evaluation.common import eval_dir, prf, split_of  # noqa: E402
from scripts.evaluation.loaded import COUNTED_KINDS, GOLD_TECHNIQUES  # noqa: E402
from xlplugin.scorers import loaded_language  # noqa: E402
from xlplugin.settings import Settings  # noqa: E402
from xlplugin.text import prepare  # noqa: E402

# Kinds that are not cues of a word (the voice's parts): shown for completeness, never counted.
_VOICE_KINDS = frozenset({"first person", "rhetorical question", "reader address", "repeated paragraph"})


def _labels(root: Path) -> dict[str, list[tuple[str, int, int]]]:
    spans: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    with open(root / "labels.tsv", encoding="utf-8", newline="") as f:
        for line in f:
            parts = line.rstrip("\r\n").split("\t")
            if len(parts) == 4:
                spans[parts[0]].append((parts[1], int(parts[2]), int(parts[3])))
    return spans


def sentence_rows(split: str):
    """(sentence text, gold techniques, families firing: {family: [matched texts]}) per sentence."""
    root = eval_dir()
    if root is None or not (root / "ptc_train").is_dir():
        raise SystemExit("ptc_breakdown: ../shared/eval/ptc_train not found (set XLPLUGIN_EVAL_DIR)")
    root = root / "ptc_train"
    labels = _labels(root)
    settings = Settings()
    for path in sorted((root / "articles").glob("article*.txt")):
        article_id = path.stem[len("article"):]
        if split_of(article_id) != split:
            continue
        with open(path, encoding="utf-8", newline="") as f:
            raw = f.read()
        doc = prepare(raw)
        o = doc.original_offset
        matches = sorted(
            (o(e.start), e.kind[len("quoted "):] if e.kind.startswith("quoted ") else e.kind, e.text)
            for e in loaded_language.score(doc, settings).evidence
            if e.present
        )
        starts = [m[0] for m in matches]
        spans = labels.get(article_id, [])
        for sentence in doc.sentences:
            s, e = o(sentence.start), o(sentence.end)
            techniques = {t for t, a, b in spans if a < e and s < b}
            fired: dict[str, list[str]] = defaultdict(list)
            for i in range(bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)):
                fired[matches[i][1]].append(matches[i][2])
            yield sentence.text, techniques, fired


def tables(rows, counted=COUNTED_KINDS) -> str:
    rows = list(rows)
    is_gold = [bool(t & set(GOLD_TECHNIQUES)) for _, t, _ in rows]
    is_pred = [any(k in counted for k in f) for _, _, f in rows]
    tp = sum(g and p for g, p in zip(is_gold, is_pred))
    fp = sum(p and not g for g, p in zip(is_gold, is_pred))
    fn = sum(g and not p for g, p in zip(is_gold, is_pred))
    p, r, f1 = prf(tp, fp, fn)
    out = [f"sentences {len(rows)}, gold {sum(is_gold)}, flagged {sum(is_pred)}: "
           f"precision {p:.3f} recall {r:.3f} F1 {f1:.3f}", ""]
    families = sorted({k for _, _, f in rows for k in f})
    out.append(f"{'cue family':22} {'counted':7} {'fires':>6} {'prec':>6} {'recall':>6} {'own TP':>7} {'own FP':>7} {'F1 without':>10}")
    for fam in families:
        fires = [fam in f for _, _, f in rows]
        n = sum(fires)
        hit = sum(x and g for x, g in zip(fires, is_gold))
        others = [any(k in counted and k != fam for k in f) for _, _, f in rows]
        own_tp = sum(x and g and not o for x, g, o in zip(fires, is_gold, others))
        own_fp = sum(x and not g and not o for x, g, o in zip(fires, is_gold, others))
        if fam in counted:
            f_without = prf(tp - own_tp, fp - own_fp, fn + own_tp)[2]
        else:  # what adding it would give
            f_without = prf(tp + own_tp, fp + own_fp, fn - own_tp)[2]
        out.append(f"{fam:22} {'yes' if fam in counted else 'no':7} {n:6d} {hit / n if n else 0:6.3f} "
                   f"{hit / sum(is_gold):6.3f} {own_tp:7d} {own_fp:7d} "
                   f"{f_without:10.3f}{'' if fam in counted else ' (with)'}")
    out += ["", f"{'PTC technique':36} {'sents':>6} {'we flag':>8} {'missed gold':>11} {'share of missed':>15}"]
    missed = [t for (_, t, _), g, pr in zip(rows, is_gold, is_pred) if g and not pr]
    missed_by = Counter(x for t in missed for x in t)
    techniques = sorted({x for _, t, _ in rows for x in t}, key=lambda x: -sum(x in t for _, t, _ in rows))
    for tech in techniques:
        holds = [tech in t for _, t, _ in rows]
        n = sum(holds)
        flagged = sum(h and pr for h, pr in zip(holds, is_pred))
        out.append(f"{tech:36} {n:6d} {flagged / n:8.3f} {missed_by[tech]:11d} {missed_by[tech] / max(1, len(missed)):15.3f}")
    only = Counter(tuple(sorted(t)) for t in missed)
    out += ["", "missed gold sentences by their technique set (top 8):"]
    out += [f"  {n:5d}  {' + '.join(k)}" for k, n in only.most_common(8)]
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("tune", "report"), default="tune")
    parser.add_argument("--examples", type=int, default=0, help="print this many missed and wrongly flagged sentences")
    args = parser.parse_args()
    rows = list(sentence_rows(args.split))
    print(f"PTC {args.split} half, loaded_language {loaded_language.VERSION}")
    print(tables(rows))
    if args.examples:
        gold = set(GOLD_TECHNIQUES)
        wrong = [(s, f) for s, t, f in rows if not t & gold and any(k in COUNTED_KINDS for k in f)]
        miss = [(s, t) for s, t, f in rows if t & gold and not any(k in COUNTED_KINDS for k in f)]
        print("\nwrongly flagged:")
        for s, f in wrong[: args.examples]:
            print("  ", {k: v for k, v in f.items() if k in COUNTED_KINDS}, "|", s[:160].replace("\n", " "))
        print("\nmissed:")
        for s, t in miss[: args.examples]:
            print("  ", sorted(t), "|", s[:160].replace("\n", " "))
    return 0


if __name__ == "__main__":
    sys.exit(main())
