"""`blockquotes.reported_blocks`, which asks `_introduces` only of the sentences that end their
paragraph and hold a colon (`_colon_enders`, found from the text's colons) and looks for credit
lines only in a text holding "(@", finds the blocks the plain reading finds (every paragraph's
last sentence asked, every paragraph matched against the credit line), on the example documents,
the seed articles, the saved web pages and texts of my own."""

from __future__ import annotations

import re

import pytest

from xlplugin import blockquotes, reader_letters
from xlplugin.text import prepare

from conftest import EXAMPLES, SEEDS, SHARED

OWN = [
    "The minister spoke at noon. She said:\n\nWe will rebuild the bridge by May.\n\nThat was all.",
    "Note: this is not an intro.\n\nA paragraph.\n\nThe caption read:\n\nA dog on a boat.",
    "A post went round.\n\nThe tide is out, again.\n\n\u2014 Dana Okafor (@dana_okafor) May 4, 2021\n\nMore text.",
    "Times: 10:30 and 11:45. He added: fine.\n\nNext: nothing.\n\nEnd:",
    "ABC News reports:\n\nThe road is shut.\n\nExperts say:\n\nIt may open soon.",
    "A post went round.\n\nThe tide is out, again.\n\u2014 Dana Okafor (@dana_okafor) May 4, 2021\n\nMore text.",
    # (ptc17) one sentence a line, no blank line: only a tweet's length above the credit is the post
    "A post went round on Monday morning and was shared widely by people living along the coast road.\n"
    "The council said it would reply to every resident who wrote to it before the end of the week.\n"
    "Crews were sent to the eastern side of the bay, where most of the damaged lines had come down.\n"
    "The tide is out, again.\nStill no power.\n\u2014 Dana Okafor (@dana_okafor) May 4, 2021\nMore text.",
    "The councillor wrote on Monday:\nThe tide is out, again.\n\u2014 Dana Okafor (@dana_okafor) May 4, 2021",
]


def _plain(doc):
    blockquotes.warm_up()
    paragraphs = doc.paragraphs
    if ":" not in doc.text and "(@" not in doc.text:
        # (loaded47) and a letters page's signed letters, a page with no heading too
        return blockquotes._merged(sorted(reader_letters.comment_lines(doc) + reader_letters.page_letters(doc)))
    last_sentence = {}
    for sentence in doc.sentences:
        last_sentence[sentence.paragraph] = sentence.index
    blocks = set()
    posts_seen = False
    for p, (start, end) in enumerate(paragraphs):
        if p + 1 < len(paragraphs) and p in last_sentence:
            # (lift31) an account or a date alone on a line introduces posts, and a block goes on
            # over a list it opens or the next posts (blockquotes._continued)
            k = last_sentence[p]
            line = doc.sentences[k].text.strip()
            handle = blockquotes._HANDLE_INTRO_RE.fullmatch(line) is not None
            dated = posts_seen and blockquotes._DATE_INTRO_RE.fullmatch(line) is not None
            if handle or dated or blockquotes._introduces(doc, k):
                blocks.add(p + 1)
                posts = handle or dated or blockquotes._names_posts(doc, k, blockquotes._POST_WORDS)
                posts_seen = posts_seen or posts or blockquotes._names_posts(doc, k, blockquotes._ONE_POST_WORDS)
                blocks.update(blockquotes._continued(doc, p + 1, posts))
        if p > 0 and blockquotes.CREDIT_RE.fullmatch(doc.text, start, end):
            blocks.add(p - 1)
    spans = {paragraphs[p] for p in blocks}
    # (inputs16) a credit line inside a paragraph of several lines: the lines above it are the post,
    # (ptc17) as many as a tweet holds (the one right above always), after any lead-in ending ":"
    # or credit line
    def credit(line):
        return blockquotes.CREDIT_RE.fullmatch(line) or blockquotes.SHARED_BY_RE.fullmatch(line)

    for start, end in paragraphs:
        lines = doc.text[start:end].split("\n")
        offsets = [start + sum(len(line) + 1 for line in lines[:i]) for i in range(len(lines))]
        for i in range(1, len(lines)):
            if not (credit(lines[i]) and re.search(r"\b(19|20)\d\d\b", lines[i])):
                continue
            first = i - 1
            limit = blockquotes.CAPTION_MAX_CHARS if blockquotes.SHARED_BY_RE.fullmatch(lines[i]) else \
                blockquotes.TWEET_MAX_CHARS
            while first > 0 and not credit(lines[first - 1]) and not lines[first - 1].rstrip().endswith(":") and sum(
                    len(re.sub(r"\S*(://|www\.|pic\.twitter\.com/)\S*", "", line).strip())
                    for line in lines[first - 1 : i]) <= limit:
                first -= 1
            spans.add((offsets[first], offsets[i]))
    # (lift31) readers' comments under an invitation or a comment section's head
    spans.update(reader_letters.comment_lines(doc))
    # (loaded47) a letters page's letters, signed by name and place under any heading
    spans.update(reader_letters.page_letters(doc))
    return blockquotes._merged(sorted(spans))


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
