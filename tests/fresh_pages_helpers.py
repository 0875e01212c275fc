"""What the fresh-pages tests share: a folder of pages written for a test (tests/fixtures/webfreshNN),
scored through `xlplugin score --json` as a user would, held to its expected.json."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

FIELDS = ("title", "author", "date", "outlet", "url")


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
