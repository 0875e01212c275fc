"""What the fresh-pages tests share: a folder of pages written for a test (tests/fixtures/webfreshNN),
scored through `xlplugin score --json` as a user would, held to its expected.json."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

FIELDS = ("title", "author", "date", "outlet", "url")

# (web49) The stories the web tests build their pages around (written for the tests): a local news item of
# three sentences each, long enough for the extractor to take it as the article. One place, so a test file
# does not write its paragraphs again.
STORIES = {
    "ferry": (
        "The ferry will run two extra sailings on Saturdays from May, the operator said, after queues of up to an hour last summer.",
        "The first boat will leave at 06:40 and the last at 21:15, and the fares stay as they are until the end of the season.",
        "Foot passengers are asked to buy tickets online, which the operator says takes about a minute off each boarding."),
    "library": (
        "The library will open on Sundays from September, the council said, after a survey found most users work on weekdays.",
        "Opening hours will be from eleven until four, and the reading room upstairs will stay closed on Sundays for now.",
        "Volunteers from the friends' group will run the children's corner, which the council says costs it nothing extra."),
}


def story_body(name: str, paragraphs: int = 3) -> str:
    """The story `name` of STORIES as HTML paragraphs, its first `paragraphs` of them."""
    return "".join(f"<p>{p}</p>" for p in STORIES[name][:paragraphs])


def fresh_page_misses(folder: Path, kinds: bool = True) -> list[tuple[str, str, object]]:
    """Every way the pages of `folder` (its pages/ and expected.json) read other than expected.json says:
    (page, "lost", s) for a "with" string not in the text, (page, "leaked", s) for a "without" string in
    it, (page, field, value) for a title, author, date, outlet or URL other than expected, (page, "kind",
    kind) for a kind not among those allowed (only where `kinds`), (page, "index", note) for an index
    given where none was expected or withheld where one was. [] where every page reads as expected."""
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    out = subprocess.run([sys.executable, "-m", "xlplugin", "score", str(folder / "pages"), "--json", "-q"],
                         capture_output=True, text=True, check=True)
    rows = {Path(r["id"]).name: r for r in map(json.loads, out.stdout.splitlines())}
    misses: list[tuple[str, str, object]] = []
    for name, want in expected.items():
        row = rows[name]
        misses += [(name, "lost", s) for s in want["with"] if s not in row["text"]]
        misses += [(name, "leaked", s) for s in want["without"] if s in row["text"]]
        misses += [(name, f, row[f]) for f in FIELDS if (row[f] or "") != want[f]]
        if kinds and row["kind"] not in want["kind"]:
            misses.append((name, "kind", row["kind"]))
        if (row["reliability"] is not None) != want["index"]:
            misses.append((name, "index", row["note"]))
    return misses


CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "web"


def fixture_page(folder: Path, name: str):
    """The page `name` of `folder`'s pages/, read by the page reader."""
    from xlplugin.pages import extract_page

    return extract_page((folder / "pages" / name).read_text(encoding="utf-8"))


def corpus_page(name: str):
    """The shared corpus's page `name` read as a file is (its bytes decoded as the inputs do); the test is
    skipped where the shared corpus is absent."""
    import pytest

    from xlplugin.inputs import _decode_file
    from xlplugin.pages import extract_page

    path = CORPUS / "pages" / name
    if not path.exists():
        pytest.skip(f"needs ../shared/corpus/web/pages/{name} (the shared corpus is absent)")
    return extract_page(_decode_file(path.read_bytes(), str(path), html=True)[0])
