"""`kinds._dateline` tries its pattern only at the head's start and at its line breaks: the same
first match as searching the head (`_DATELINE_HEAD_RE.search(text, 0, HEAD_CHARS)`), on the seed
articles, the examples, the PTC articles (read from ../shared at run time, skipped where absent)
and generated openings.

The short texts here were written for this project.
"""

from __future__ import annotations

import random

from xlplugin import kinds
from xlplugin.text import prepare

from conftest import EVAL, EXAMPLES, SEEDS

PIECES = ["SEOUL", "New York", "Rio de Janeiro", ", South Korea", " (AFP)", " (Reuters)", " -- ", " - ", " \u2014 ",
          "\u2013", "\n", "\n\n", "  ", "\t", "der sommer ist da", "The council met.", "BERLIN", "x", "A", "de"]


def _plain(doc) -> str | None:
    m = kinds._DATELINE_HEAD_RE.search(doc.text, 0, kinds.HEAD_CHARS)
    return None if m is None else f"in the first lines: {' '.join(m.group().lower().split())[:40]!r}"


def _texts() -> list[str]:
    folders = [SEEDS, EXAMPLES, EVAL / "ptc_train" / "articles"]
    rng = random.Random(4)
    made = ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 60))) for _ in range(2000)]
    # a dateline near the head's end, cut by it
    made += ["x " * n + "\nWASHINGTON -- text" for n in range(280, 310)]
    return [p.read_text(encoding="utf-8") for folder in folders if folder.is_dir()
            for p in sorted(folder.glob("*.txt"))] + made


def test_the_dateline_is_the_plain_search():
    found = 0
    for text in _texts():
        doc = prepare(text)
        plain = _plain(doc)
        assert kinds._dateline(doc, None) == plain, text[:200]
        found += plain is not None
    assert found > 100
