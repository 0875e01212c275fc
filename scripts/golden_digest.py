"""A digest of every result, token and offset over the seeds, the examples, the saved web pages,
the article-level evaluation sets and variants of some texts (CRLF, upper case, no newlines,
curly quotes, no space after full stops): the check that a refactor or a speed change leaves
every result as it was.

    python scripts/golden_digest.py [--dump results.jsonl]

Prints one digest per group and a total; equal digests before and after a change mean equal
results (the reproducibility stamp is left out). `--dump` writes every result as a JSON line, to
diff the two runs where the digests differ. Reads ../shared at run time (corpus and eval sets);
groups whose data is absent are empty. Used in session 5 after every merge (TOTAL b631375cac8dd22c
at its end, after the listed kind and link fixes).
"""

import hashlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from xlplugin import prepare, score_many, score_text  # noqa: E402
from xlplugin.inputs import read_paths  # noqa: E402

SHARED = ROOT.parent / "shared"

os.environ.setdefault("XLPLUGIN_EVAL_DIR", str(SHARED / "eval"))

def items() -> dict[str, list[dict]]:
    """The texts, by group, as score_many takes them."""
    groups = {}
    for name, paths in [("seeds", [str(SHARED / "corpus/seeds")]), ("examples", [str(ROOT / "workbooks" / "examples")]),
                        ("web", [str(SHARED / "corpus/web")])]:
        recs = []
        for r in read_paths(paths):
            if hasattr(r, "text"):
                recs.append({"id": r.id, "text": r.text, "title": r.title, "url": r.url, "outlet": r.outlet,
                             "author": r.author, "date": r.date, "page_type": r.page_type})
        groups[name] = recs
    from scripts.evaluation import articles
    from scripts.evaluation.loaded import _ptc_articles

    groups["semeval"] = [{"id": a.key, "text": a.text, "title": a.title, "url": a.url} for a in articles.load_semeval()]
    groups["polnear"] = [{"id": a.key, "text": a.text, "title": a.title} for a in articles.load_polnear()]
    ptc = SHARED / "eval" / "ptc_train"
    groups["ptc"] = [{"id": i, "text": raw} for i, raw, _ in _ptc_articles(ptc)] if (ptc / "labels.tsv").is_file() else []
    base = groups["seeds"] + groups["examples"] + groups["semeval"][:40]
    var = []
    for d in base:
        t = d["text"]
        var += [{"id": d["id"] + ":crlf", "text": t.replace("\n", "\r\n")},
                {"id": d["id"] + ":upper", "text": t.upper()},
                {"id": d["id"] + ":flat", "text": t.replace("\n", " ")},
                {"id": d["id"] + ":curly", "text": t.replace('"', "\u201c").replace("'", "\u2019")},
                {"id": d["id"] + ":nospace", "text": t.replace(". ", ".")}]
    groups["variants"] = var
    return groups


def doc_digest(text, h):
    d = prepare(text)
    h.update(repr((d.text, d.lines, d.paragraphs, [tuple(s) for s in d.sentences], d.quotes, d.token_texts,
                   d.lowers, d.language)).encode())
    try:
        h.update(repr([d.original_offset(i) for i in range(0, len(d.text), 97)]).encode())
    except AttributeError:
        pass


def main():
    dump = None
    if "--dump" in sys.argv:
        dump = open(sys.argv[sys.argv.index("--dump") + 1], "w")
    total = hashlib.sha256()
    for name, group in items().items():
        h = hashlib.sha256()
        results = list(score_many(group, workers=1))
        for item, r in zip(group, results):
            d = r.as_dict()
            d["stamp"] = None
            s = json.dumps(d, sort_keys=True, default=str)
            h.update(s.encode())
            if dump:
                dump.write(json.dumps({"group": name, "id": item["id"], "batch": d}, sort_keys=True, default=str) + "\n")
        for item in group[:150]:
            r = score_text(item["text"], title=item.get("title", ""), url=item.get("url", ""))
            d = r.as_dict()
            d["stamp"] = None
            h.update(json.dumps(d, sort_keys=True, default=str).encode())
            doc_digest(item["text"], h)
            if dump:
                dump.write(json.dumps({"group": name, "id": item["id"], "single": d}, sort_keys=True, default=str) + "\n")
        print(f"{name:10s} {len(group):5d} {h.hexdigest()[:16]}", flush=True)
        total.update(h.digest())
    print("TOTAL", total.hexdigest()[:16])

if __name__ == "__main__":
    main()
