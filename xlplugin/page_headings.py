"""(web25c) Subheads the extractor lost, put back over their paragraphs.

Where a page's article sits in no container the extractor knows (class-hashed divs, `<div
class="ab cp">`; a live blog's entry blocks), trafilatura falls back to collecting the page's
paragraphs, and every heading is lost: a post's subhead ("What I measured"), each live entry's
headline ("Fuel duty frozen for another year"). The sections then run together, and a claim or a
quotation shown under its heading reads as the paragraph before's.

`article_headings(tree)`, read before extraction: each heading (h2 to h6, outside a page's
navigation, header, footer and side boxes) whose next element is a paragraph of prose (one that
ends as a sentence ends, `MIN_PARAGRAPH_WORDS` words or more): (the heading's text, the start of
the paragraph's text). `with_headings(text, headings)`: the extracted text with each such heading
put back on a line of its own over its paragraph, where the paragraph is in the text and the
heading is nowhere in it (line breaks read as spaces). A heading over a card's line ("5 min read · Jan 12", no sentence), or
over a paragraph the extractor left out, is not put back; one the extractor kept stays once.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["article_headings", "with_headings", "MIN_PARAGRAPH_WORDS", "HEADING_MAX_CHARS"]

MIN_PARAGRAPH_WORDS = 8  # a paragraph of prose under a heading: "I am keeping the notebook." is a closing line, not under one
HEADING_MAX_CHARS = 140  # a heading longer than this is prose set in a heading's markup
_KEY_CHARS = 60  # the paragraph is known by the start of its text, white space folded
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_OUTSIDE = frozenset(("nav", "header", "footer", "aside", "form"))
_PROSE_END_RE = re.compile(r"[.!?][\"'\u201d\u2019)]*$")


def _folded(text: str) -> str:
    return " ".join(text.split())


def article_headings(tree: Any) -> list[tuple[str, str]]:
    """(heading, start of its paragraph) for each heading over a paragraph of prose (see the module)."""
    if isinstance(tree, str):
        return []
    found = []
    for head in tree.iter(*_HEADINGS):
        heading = _folded(head.text_content())
        if not heading or len(heading) > HEADING_MAX_CHARS:
            continue
        if any(isinstance(a.tag, str) and a.tag in _OUTSIDE for a in head.iterancestors()):
            continue
        after = head.getnext()
        if after is None or after.tag != "p":
            continue
        paragraph = _folded(after.text_content())
        if len(paragraph.split()) >= MIN_PARAGRAPH_WORDS and _PROSE_END_RE.search(paragraph):
            found.append((heading, paragraph[:_KEY_CHARS]))
    return found


def with_headings(text: str, headings: list[tuple[str, str]]) -> str:
    """`text` with each heading the extractor lost over its paragraph (see the module)."""
    if not headings:
        return text
    lines = text.split("\n")
    folded = [_folded(ln) for ln in lines]
    whole = " ".join(folded)  # (a heading the extractor kept over two lines, "Quarry plan will" / "undermine ...")
    over: dict[int, str] = {}
    for heading, start in headings:
        if heading in whole:
            continue
        for index, ln in enumerate(folded):
            # (a live entry's time may have been put before its paragraph: xlplugin.page_stamps)
            if start in ln[:len(start) + 20] and index not in over:
                over[index] = heading
                break
    if not over:
        return text
    out = []
    for index, ln in enumerate(lines):
        if index in over:
            out.append(over[index])
        out.append(ln)
    return "\n".join(out)
