"""Someone else's words set apart as a block, without quotation marks.

A web page's text loses the markup of a block quotation: the paragraph an article quotes (a
statement, a post, a report's passage) stands as a plain paragraph. Two shapes tell a reader it
is not the author's prose, and `reported_blocks(doc)` finds both:

- a paragraph introduced by the one before it, which ends with a colon after a verb of saying or
  a document's name ("He later added:", "ABC News reports:", "The statement read:"): the one
  paragraph after it is the quoted words;
- an embedded social-media post: a paragraph followed by the post's credit line, "— Name
  (@handle) date" (`CREDIT_RE`): that paragraph is the post.

Used by `xlplugin.scorers.loaded_language`: loaded words, first-person words and questions there
belong to the person quoted, as inside quotation marks. The words that make an introduction are
attribution.txt's [reporting_words] and [document_words], and [block_intro_words] of
loaded_language.txt ("read", "caption", "excerpt": words that introduce a passage without
saying it). Blind spots: a block quotation of several paragraphs counts only its first; an
introduction without a colon or a listed word; an author's own list after "the reasons are:"
is the author's (no listed word).
"""

from __future__ import annotations

import bisect
import re

from .phrases import words
from .text import Document

__all__ = ["CREDIT_RE", "inside", "reported_blocks", "warm_up"]

# The credit line of an embedded post: a dash, a name, the account in brackets, then a date or
# nothing ("— Jane Roe (@janeroe) May 3, 2017").
CREDIT_RE = re.compile(r"[\u2014\u2013-]{1,2}\s*[^\n]{1,80}?\(@\w{1,30}\)[^\n]{0,40}")
_intro_words: frozenset[str] | None = None


def warm_up() -> None:
    global _intro_words
    if _intro_words is None:
        _intro_words = (words("attribution.txt", "reporting_words") | words("attribution.txt", "document_words")
                        | words("loaded_language.txt", "block_intro_words"))


def _introduces(doc: Document, sentence_index: int) -> bool:
    """Does the sentence end its paragraph with a colon after a listed word ("He said:")?"""
    sentence = doc.sentences[sentence_index]
    if not sentence.text.rstrip().endswith(":"):
        return False
    assert _intro_words is not None
    return any(lw in _intro_words for lw in doc.lowers[sentence.first_token : sentence.last_token])


def reported_blocks(doc: Document) -> list[tuple[int, int]]:
    """Paragraph spans (start, end) that hold someone else's words set apart as a block, in order."""
    if ":" not in doc.text and "(@" not in doc.text:
        return []  # neither shape is possible: most texts
    warm_up()
    paragraphs = doc.paragraphs
    last_sentence: dict[int, int] = {}
    for sentence in doc.sentences:
        last_sentence[sentence.paragraph] = sentence.index
    blocks: set[int] = set()
    for p, (start, end) in enumerate(paragraphs):
        if p + 1 < len(paragraphs) and p in last_sentence and _introduces(doc, last_sentence[p]):
            blocks.add(p + 1)
        if p > 0 and CREDIT_RE.fullmatch(doc.text, start, end):
            blocks.add(p - 1)
    return [paragraphs[p] for p in sorted(blocks)]


def inside(blocks: list[tuple[int, int]], pos: int) -> bool:
    """Is character `pos` in one of `blocks` (sorted, not overlapping: `reported_blocks`)?"""
    i = bisect.bisect_right(blocks, (pos, float("inf"))) - 1
    return i >= 0 and blocks[i][0] <= pos < blocks[i][1]
