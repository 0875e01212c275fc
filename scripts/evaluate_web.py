"""HTML input against the hand-made annotations of ../shared/corpus/web: does the text we score
keep the article and leave the boilerplate out?

    python scripts/evaluate_web.py             # the three readers, side by side
    python scripts/evaluate_web.py --misses    # list each "with" string lost and "without" string leaked

For 105 saved pages, `expected.json` (trafilatura's own test annotations, Apache-2.0) gives
strings the main text must contain ("with") and strings of boilerplate, navigation or comments
it must not ("without"). For each reader this prints the share of "with" strings kept and of
"without" strings leaked (lower is better), the pages per second, and the metadata found
(title, author, date, URL, site name) over all 109 pages. Then the language detected on the
text we score: an English page must not be refused.

Readers: "xlplugin" (xlplugin.pages.extract_page: trafilatura, then the furniture filter, as
`xlplugin score` reads a page), "trafilatura alone" (bare_extraction with the same options,
no filter), "plain" (the plain reader used before, xlplugin.inputs.html_to_text: every visible
text). Pages are read at run time from ../shared and never copied into the project.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import unicodedata  # noqa: E402

from xlplugin.inputs import _decode_file, html_to_text, shown_text  # noqa: E402
from xlplugin.pages import EXTRACTOR_OPTIONS, extract_page  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "web"


def load_pages(corpus: Path = CORPUS) -> dict[str, str]:
    """{file name: markup} for every page (decoded as `xlplugin score` decodes files)."""
    return {p.name: _decode_file(p.read_bytes(), str(p), html=True)[0] for p in sorted((corpus / "pages").glob("*.htm*"))}


def _trafilatura_alone(markup: str) -> str:
    from trafilatura import bare_extraction

    found = bare_extraction(markup, **EXTRACTOR_OPTIONS)
    return (found.text or "") if found is not None else ""


READERS = {
    # (web49) the text as `xlplugin score` shows and scores it (`inputs.shown_text`: Unicode NFC among
    # others): a page written with decomposed accents ("gepru\u0308ft") was measured before that step
    "xlplugin": lambda markup: shown_text(extract_page(markup).text),
    "trafilatura alone": _trafilatura_alone,
    "plain (before)": lambda markup: html_to_text(markup)[0],
}


def _composed(s: str) -> str:
    """(web49) An annotation as the scored text writes it: in Unicode NFC, as `inputs.shown_text` leaves
    every text (an annotation typed with decomposed accents would otherwise never be found)."""
    return unicodedata.normalize("NFC", s)


def measure(reader, pages: dict[str, str], expected: dict) -> dict:
    texts, started = {}, time.perf_counter()
    for name, markup in pages.items():
        texts[name] = reader(markup)
    seconds = time.perf_counter() - started
    kept = total_with = leaked = total_without = 0
    lost, leaks = [], []
    for item in expected.values():
        text = texts.get(item["file"], "")
        for s in map(_composed, item["with"]):
            total_with += 1
            if s in text:
                kept += 1
            else:
                lost.append((item["file"], s))
        for s in map(_composed, item["without"]):
            total_without += 1
            if s in text:
                leaked += 1
                leaks.append((item["file"], s))
    return {"kept": kept / total_with, "leaked": leaked / total_without, "n_with": total_with,
            "n_without": total_without, "pages_per_s": len(pages) / seconds, "lost": lost, "leaks": leaks,
            "texts": texts}


def metadata_found(pages: dict[str, str]) -> dict[str, int]:
    counts = {"title": 0, "author": 0, "date": 0, "url": 0, "outlet": 0}
    for markup in pages.values():
        page = extract_page(markup)
        for key in counts:
            counts[key] += bool(getattr(page, key))
    return counts


def languages(texts: dict[str, str]) -> dict[str, str]:
    from xlplugin.text import prepare

    return {name: prepare(text).language for name, text in texts.items()}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the strings lost and leaked by xlplugin's reader")
    args = parser.parse_args(argv)
    if not (CORPUS / "expected.json").exists():
        print(f"{CORPUS} is absent: nothing to measure")
        return 1
    expected = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
    pages = load_pages()
    print(f"pages: {len(pages)}; annotated: {len(expected)}")
    results = {}
    for name, reader in READERS.items():
        try:
            results[name] = r = measure(reader, pages, expected)
        except ImportError as exc:
            print(f"{name:18} not measured ({exc})")
            continue
        print(f"{name:18} with kept {r['kept']:.3f} ({r['n_with']})  without leaked {r['leaked']:.3f} ({r['n_without']})  "
              f"{r['pages_per_s']:.1f} pages/s")
    counts = metadata_found(pages)
    print("metadata found (of %d pages): " % len(pages) + ", ".join(f"{k} {v}" for k, v in counts.items()))
    ours = languages(results["xlplugin"]["texts"])
    plain = languages(results["plain (before)"]["texts"])
    english = sorted(n for n, lang in ours.items() if lang == "en")
    print(f"language on xlplugin's text: {sum(1 for g in ours.values() if g == 'en')} en, "
          f"{sum(1 for g in ours.values() if g == 'unknown')} unknown; on the plain reader's: "
          f"{sum(1 for g in plain.values() if g == 'en')} en, {sum(1 for g in plain.values() if g == 'unknown')} unknown")
    gained = sorted(n for n in english if plain[n] != "en")
    if gained:
        print("  English now, not before: " + ", ".join(f"{n} (was {plain[n]})" for n in gained))
    lost = sorted(n for n, lang in plain.items() if lang == "en" and ours[n] != "en")
    if lost:
        print("  English before, not now: " + ", ".join(f"{n} (now {ours[n]})" for n in lost))
    if args.misses:
        print("lost (xlplugin):")
        for name, s in results["xlplugin"]["lost"]:
            print(f"  {name}: {s!r}")
        print("leaked (xlplugin):")
        for name, s in results["xlplugin"]["leaks"]:
            print(f"  {name}: {s!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
