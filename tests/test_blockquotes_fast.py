"""`blockquotes.reported_blocks`, which asks `_introduces` only of the sentences that end their
paragraph and hold a colon (`_colon_enders`, found from the text's colons) and looks for credit
lines only in a text holding "(@", finds the blocks the plain reading finds (every paragraph's
last sentence asked, every paragraph matched against the credit line), on the example documents,
the seed articles, the saved web pages and texts of my own."""

from __future__ import annotations

import re

import pytest

from xlplugin import blockquotes
from xlplugin.text import prepare

from conftest import EXAMPLES, SEEDS, SHARED

OWN = [
    "The minister spoke at noon. She said:\n\nWe will rebuild the bridge by May.\n\nThat was all.",
    "Note: this is not an intro.\n\nA paragraph.\n\nThe caption read:\n\nA dog on a boat.",
    "A post went round.\n\nThe tide is out, again.\n\n\u2014 Dana Okafor (@dana_okafor) May 4, 2021\n\nMore text.",
    "Times: 10:30 and 11:45. He added: fine.\n\nNext: nothing.\n\nEnd:",
    "ABC News reports:\n\nThe road is shut.\n\nExperts say:\n\nIt may open soon.",
    "A post went round.\n\nThe tide is out, again.\n\u2014 Dana Okafor (@dana_okafor) May 4, 2021\n\nMore text.",
]


def _plain(doc):
    blockquotes.warm_up()
    paragraphs = doc.paragraphs
    if ":" not in doc.text and "(@" not in doc.text:
        return []
    last_sentence = {}
    for sentence in doc.sentences:
        last_sentence[sentence.paragraph] = sentence.index
    blocks = set()
    for p, (start, end) in enumerate(paragraphs):
        if p + 1 < len(paragraphs) and p in last_sentence and blockquotes._introduces(doc, last_sentence[p]):
            blocks.add(p + 1)
        if p > 0 and blockquotes.CREDIT_RE.fullmatch(doc.text, start, end):
            blocks.add(p - 1)
    spans = {paragraphs[p] for p in blocks}
    # (inputs16) a credit line ending a paragraph of several lines: the lines above it are the post
    for start, end in paragraphs:
        lines = doc.text[start:end].split("\n")
        if len(lines) > 1 and blockquotes.CREDIT_RE.fullmatch(lines[-1]) and re.search(r"\b(19|20)\d\d\b", lines[-1]):
            spans.add((start, end - len(lines[-1])))
    return sorted(spans)


def _check(texts: list[str]) -> int:
    found = 0
    for text in texts:
        doc = prepare(text)
        plain = _plain(doc)
        assert blockquotes.reported_blocks(doc) == plain, text[:80]
        found += len(plain)
    return found


def test_own_texts():
    assert _check(OWN) >= 4


def test_seeds_and_examples():
    texts = [p.read_text(encoding="utf-8") for folder in (SEEDS, EXAMPLES) if folder.is_dir()
             for p in sorted(folder.glob("*.txt"))]
    if not texts:
        pytest.skip("no seed articles or examples found")
    _check(texts)


def test_web_pages():
    folder = SHARED / "corpus" / "web"
    if not folder.is_dir():
        pytest.skip(f"saved web pages absent: {folder} not found (read from ../shared, never copied)")
    from xlplugin.inputs import read_paths

    texts = [r.text for r in read_paths([str(folder)]) if hasattr(r, "text")]
    assert _check(texts) > 0
