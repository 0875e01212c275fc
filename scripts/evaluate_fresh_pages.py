"""Fresh web pages written by the project (tests/fixtures/webfresh40): how does the page reader do on
pages nobody tuned it on?

    python scripts/evaluate_fresh_pages.py            # one line a page, then the totals
    python scripts/evaluate_fresh_pages.py --misses   # each "with" string lost, "without" leaked, field wrong
    python scripts/evaluate_fresh_pages.py --folder webfresh41   # session 33's 13 pages (or --folder all)

The pages were written for session 32 in the shapes real sites use (WordPress, Substack, Ghost,
Medium, AMP, a live blog, cookie banners in English, German and French markup, a paywall teaser, a
print page, an article only in JSON-LD, bylines only in meta, a span or JSON-LD, a date only in
<time>). `expected.json` says for each what the text must keep ("with") and leave out ("without"),
the title, author, date, outlet and URL it should get, the kinds it may get, and whether it gets an
index. They are scored through the normal path (`xlplugin score FOLDER --json`), as a user would.
The project wrote both the pages and the expectations: the figures are a hint, not a held-out one.
tests/fixtures/webfresh41 (session 33) adds 13 pages of other shapes: a German cookie wall and a French
one above English text, nested comment replies, a related-stories carousel inside the body, "Page 1 of
2", a newsletter sign-up card mid-article, two authors joined by "and", a date only in <time>, a
gallery's captions between paragraphs, a correction at the end, a Discourse topic, a Shopify product.
tests/fixtures/webfresh43 (session 34) adds 5: a byline in a plain paragraph ("<p>By Jane Doe</p>", "<p><em>By
Tom Ashworth</em></p>") on pages that name no author in their markup, a shop's "Taxes included." and "Shipping
calculated at checkout." lines each in a box of its own, a title whose site part follows a bullet ("Headline •
Site") and one whose site part is the site's web address ("Headline | SITE-NAME.org.uk").
tests/fixtures/webfresh44 (session 34) adds 4: an outlet named only in the footer's copyright line (a photo agency's
credit under the picture), a Drupal page whose canonical link is relative ("/repair-cafe-first-year"), a Blogger
post signed "posted by HANDLE at 12:53", a column filed under two sections (JSON-LD articleSection ["News", "Opinion"]).
tests/fixtures/webfresh45 (session 34) adds 6: related stories' headlines set as headings holding only a link (between
paragraphs, under a one-paragraph article), Drupal's "Submitted by NAME on DATE" line (in a span, and as plain text
on a page naming no author), a personal site whose footer's copyright holder is its writer ("\u00a9 2026 NAME").
tests/fixtures/webfresh46 (session 35) adds 6: a personal site whose footer names a person the page confirms nowhere else,
a publisher company named for its site in the footer ("\u00a9 WERKBANK Digital GmbH" under "... - WERKBANK"), Drupal's
"Submitted by" line with a day-first date (a British page, a page with another day-first date), a note that the article
first appeared elsewhere set above the <article> (and such notes in other stories' teasers).
tests/fixtures/webfresh47 (session 35) adds 5: a WordPress standfirst of three sentences in its "entry-excerpt" box, a
kicker in a span of its own at the head of the headline, a uCoz post's time of day floated at the head of its title, a
footer's copyright holder with a double-barrelled surname and one with a middle initial.
tests/fixtures/webfresh48 (session 36) adds 2: a kicker holding a label for screen readers ("Topic: ") and a uCoz
blog post laid out in a one-column table (title row, text row, its statistics row "Kategorie: ... | Aufrufe: 12").
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "tests" / "fixtures" / "webfresh40"
FOLDERS = {"webfresh40": FOLDER, "webfresh41": ROOT / "tests" / "fixtures" / "webfresh41",
           "webfresh43": ROOT / "tests" / "fixtures" / "webfresh43", "webfresh44": ROOT / "tests" / "fixtures" / "webfresh44",
           "webfresh45": ROOT / "tests" / "fixtures" / "webfresh45", "webfresh46": ROOT / "tests" / "fixtures" / "webfresh46",
           "webfresh47": ROOT / "tests" / "fixtures" / "webfresh47", "webfresh48": ROOT / "tests" / "fixtures" / "webfresh48"}
FIELDS = ("title", "author", "date", "outlet", "url")


def score_folder(folder: Path = FOLDER) -> dict[str, dict]:
    """{file name: the JSON object `xlplugin score --json` prints for it}."""
    out = subprocess.run([sys.executable, "-m", "xlplugin", "score", str(folder / "pages"), "--json", "-q"],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    rows = (json.loads(line) for line in out.stdout.splitlines() if line.strip())
    return {Path(row["id"]).name: row for row in rows}


def measure(rows: dict[str, dict], expected: dict) -> dict:
    pages, kept, n_with, leaked, n_without, right, n_fields = [], 0, 0, 0, 0, 0, 0
    for name, want in sorted(expected.items()):
        row = rows.get(want["file"], {})
        text = row.get("text") or ""
        lost = [s for s in want["with"] if s not in text]
        leaks = [s for s in want["without"] if s in text]
        wrong = [f"{f}: {row.get(f) or ''!r} (want {want[f]!r})" for f in FIELDS if (row.get(f) or "") != want[f]]
        kind_ok = row.get("kind") in want["kind"]
        index_ok = (row.get("reliability") is not None) == want.get("index", True)
        kept += len(want["with"]) - len(lost)
        n_with += len(want["with"])
        leaked += len(leaks)
        n_without += len(want["without"])
        right += len(FIELDS) - len(wrong)
        n_fields += len(FIELDS)
        pages.append({"file": name, "lost": lost, "leaks": leaks, "wrong": wrong, "kind": row.get("kind"),
                      "kind_ok": kind_ok, "index": row.get("reliability"), "index_ok": index_ok,
                      "note": row.get("note") or ""})
    return {"pages": pages, "kept": kept / n_with, "leaked": leaked / n_without, "fields": right / n_fields,
            "kinds": sum(p["kind_ok"] for p in pages) / len(pages),
            "indexes": sum(p["index_ok"] for p in pages) / len(pages), "n_with": n_with, "n_without": n_without}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every lost, leaked and wrong item")
    parser.add_argument("--folder", choices=(*FOLDERS, "all"), default="webfresh40",
                        help="which set of fresh pages (default webfresh40; all: every set, scored together)")
    args = parser.parse_args(argv)
    folders = list(FOLDERS.values()) if args.folder == "all" else [FOLDERS[args.folder]]
    expected, rows = {}, {}
    for folder in folders:
        expected.update(json.loads((folder / "expected.json").read_text(encoding="utf-8")))
        rows.update(score_folder(folder))
    result = measure(rows, expected)
    print(f"{'page':28} {'kept':>5} {'leak':>5} {'meta':>5}  {'kind':24} index")
    for p in result["pages"]:
        want = expected[p["file"]]
        print(f"{p['file'][:28]:28} {len(want['with']) - len(p['lost']):>2}/{len(want['with']):<2} "
              f"{len(p['leaks']):>2}/{len(want['without']):<2} {len(FIELDS) - len(p['wrong'])}/{len(FIELDS)}   "
              f"{(p['kind'] or '') + ('' if p['kind_ok'] else ' (WRONG)'):24} "
              f"{p['index'] if p['index'] is not None else '-'}{'' if p['index_ok'] else ' (WRONG: ' + p['note'] + ')'}")
        if args.misses:
            for s in p["lost"]:
                print(f"    lost:   {s!r}")
            for s in p["leaks"]:
                print(f"    leaked: {s!r}")
            for s in p["wrong"]:
                print(f"    wrong   {s}")
    print(f"\n{len(result['pages'])} pages: kept {result['kept']:.3f} of {result['n_with']} 'with' strings, "
          f"leaked {result['leaked']:.3f} of {result['n_without']} 'without' strings, metadata fields right "
          f"{result['fields']:.3f}, kind right {result['kinds']:.3f}, index given or refused as expected "
          f"{result['indexes']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
