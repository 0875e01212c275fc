"""`names.squash` (a regular expression's `[\\W_]` left out of the lower-cased text) keeps
exactly the characters the plain rule keeps: those of the lower-cased text for which
`str.isalnum` holds. Checked on every code point, alone and inside words, and on every text of
the seed articles and examples. The short texts here were written for this project."""

from __future__ import annotations

import sys

from xlplugin.names import squash

from conftest import EXAMPLES, SEEDS


def _plain(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


def test_every_code_point():
    chars = [chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i <= 0xDFFF]
    assert squash("".join(chars)) == _plain("".join(chars))
    for c in chars[:0x3000]:  # (alone and in a word: the Latin, Greek, Cyrillic ... letters and marks)
        assert squash(c) == _plain(c), hex(ord(c))
        assert squash("A" + c + "b") == _plain("A" + c + "b"), hex(ord(c))


def test_names_and_texts():
    samples = ["Acme Robotics", "Acme's", "O\u2019Brien & Sons", "ΟΔΟΣ ΣΟΦΙΑ", "İstanbul", "x_y-z 2\u00b2",
               "", " ", "Ünïcödé", "Straße"]
    texts = [p.read_text(encoding="utf-8") for folder in (SEEDS, EXAMPLES) if folder.is_dir()
             for p in sorted(folder.glob("*.txt"))]
    for text in samples + texts:
        assert squash(text) == _plain(text)
