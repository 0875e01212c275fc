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

What the tables showed (ptc51, loaded_language 140): of the 577 missed gold sentences of the tune
half, 54% hold nothing but Loaded_Language spans and 22% nothing but Name_Calling: words and labels
outside the cue list, a long tail; the other techniques (Doubt, Exaggeration, Flag-Waving ...) are
in under 6% of them each. Scare quotes are the one counted family below the break-even precision (F1 / 2): a
sentence flagged by a scare quote alone is PTC-labelled about one time in five, for any length,
mark or speech verb around it. Tried and left out: a scare quote as a weak cue (counted only in a
sentence with another cue) raised PTC sentence F1 on both halves (tune 0.537 to 0.544, held back
0.505 to 0.513) but lowered the SemEval-2019 index ROC AUC (tune 0.765 to 0.760, held back 0.808
to 0.800, the gate) and loaded language's own AUC (0.809 to 0.803 held back): ironic quotation
marks tell a hyperpartisan article apart even where PTC did not label the sentence. Letting a weak
cue and a scare quote confirm each other gave held back 0.512 and index 0.799: not kept either.
Tried and left out too: the present participles of the verbs of reporting ("warning",
"telling", "announcing", "explaining") added to loaded_language.txt [speech_verb_words], so that
"Doctors are warning the new rules are "a big risk"" holds no scare quote: PTC sentence F1
0.537 to 0.538 tune, 0.505 to 0.506 held back, but BABE sentence F1 0.657 to 0.653 tune and 0.659
to 0.657 held back (a speech word anywhere in a sentence clears every short quotation in it, and
BABE's biased sentences lost real scare quotes, as in 'The "experts" keep telling us the plan
works', an example written here).
Also tried, on top of that change, and left out: an intensifier said twice ("very, very",
"never, ever") as exaggeration (8 sentences more flagged on the tune half, F1 0.538 both ways; 5
held back, 0.506 to 0.505); virtue adjectives lent to people ("our courageous soldiers", "the brave
men and women") added to the praise rule (tune 0.538 to 0.539, held back 0.506 to 0.505); an
intensifier before any word of strong VADER valence (sentence precision 0.14 tune, 0.21 held
back). Checked and kept: the weak-cue rule; weak cues their sentence does not confirm would be
right 0.17-0.26 of the time, under break-even on both halves.
"""

from __future__ import annotations

import argparse
import bisect
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import NamedTuple

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


class Family(NamedTuple):
    """One cue family's row: sentences it fires in, of which gold; its own true and false
    positives (sentences no other counted family flags); the F1 without it (counted) or with it
    (not counted)."""

    name: str
    counted: bool
    fires: int
    gold_hits: int
    own_tp: int
    own_fp: int
    f1_changed: float


class Technique(NamedTuple):
    """One PTC technique's row: sentences holding a span of it, of which we flag, and the gold
    sentences we miss that hold it."""

    name: str
    sentences: int
    flagged: int
    missed_gold: int


def _flags(rows, counted):
    is_gold = [bool(t & set(GOLD_TECHNIQUES)) for _, t, _ in rows]
    is_pred = [any(k in counted for k in f) for _, _, f in rows]
    return is_gold, is_pred


def overall(rows, counted=COUNTED_KINDS) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) over the sentences."""
    is_gold, is_pred = _flags(rows, counted)
    return (sum(g and p for g, p in zip(is_gold, is_pred)), sum(p and not g for g, p in zip(is_gold, is_pred)),
            sum(g and not p for g, p in zip(is_gold, is_pred)))


def families(rows, counted=COUNTED_KINDS) -> list[Family]:
    is_gold, _ = _flags(rows, counted)
    tp, fp, fn = overall(rows, counted)
    out = []
    for fam in sorted({k for _, _, f in rows for k in f}):
        fires = [fam in f for _, _, f in rows]
        others = [any(k in counted and k != fam for k in f) for _, _, f in rows]
        own_tp = sum(x and g and not o for x, g, o in zip(fires, is_gold, others))
        own_fp = sum(x and not g and not o for x, g, o in zip(fires, is_gold, others))
        if fam in counted:
            changed = prf(tp - own_tp, fp - own_fp, fn + own_tp)[2]
        else:
            changed = prf(tp + own_tp, fp + own_fp, fn - own_tp)[2]
        out.append(Family(fam, fam in counted, sum(fires), sum(x and g for x, g in zip(fires, is_gold)),
                          own_tp, own_fp, changed))
    return out


def techniques(rows, counted=COUNTED_KINDS) -> list[Technique]:
    is_gold, is_pred = _flags(rows, counted)
    missed = Counter(x for (_, t, _), g, p in zip(rows, is_gold, is_pred) if g and not p for x in t)
    names = Counter(x for _, t, _ in rows for x in t)
    return [Technique(name, n, sum(name in t and p for (_, t, _), p in zip(rows, is_pred)), missed[name])
            for name, n in names.most_common()]


def tables(rows, counted=COUNTED_KINDS) -> str:
    rows = list(rows)
    is_gold, is_pred = _flags(rows, counted)
    tp, fp, fn = overall(rows, counted)
    p, r, f1 = prf(tp, fp, fn)
    out = [f"sentences {len(rows)}, gold {sum(is_gold)}, flagged {sum(is_pred)}: "
           f"precision {p:.3f} recall {r:.3f} F1 {f1:.3f}", ""]
    out.append(f"{'cue family':22} {'counted':7} {'fires':>6} {'prec':>6} {'recall':>6} {'own TP':>7} {'own FP':>7} {'F1 without':>10}")
    for x in families(rows, counted):
        out.append(f"{x.name:22} {'yes' if x.counted else 'no':7} {x.fires:6d} {x.gold_hits / max(1, x.fires):6.3f} "
                   f"{x.gold_hits / max(1, sum(is_gold)):6.3f} {x.own_tp:7d} {x.own_fp:7d} "
                   f"{x.f1_changed:10.3f}{'' if x.counted else ' (with)'}")
    missed_total = sum(g and not p for g, p in zip(is_gold, is_pred))
    out += ["", f"{'PTC technique':36} {'sents':>6} {'we flag':>8} {'missed gold':>11} {'share of missed':>15}"]
    for t in techniques(rows, counted):
        out.append(f"{t.name:36} {t.sentences:6d} {t.flagged / t.sentences:8.3f} {t.missed_gold:11d} "
                   f"{t.missed_gold / max(1, missed_total):15.3f}")
    only = Counter(tuple(sorted(t)) for (_, t, _), g, p in zip(rows, is_gold, is_pred) if g and not p)
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
