"""A desk speaking as an institution inside a report (loaded language version 61, voice23).

A fact check and an investigation say "we" for the newsroom at work: "The earliest version we
could find", "did not reply to our message", "Our ruling", "Why we rate it false", "If you see a
claim you would like us to check", a "How we did this" box with "We downloaded every report". That
is the desk telling how it worked and what it ruled, not the author's opinion. `desk_speaks(doc)`
says whether a text shows the desk's own shape, outside quotations:

- a fact check's labels: a "Claim:" line and, after it, a verdict's line ("Rating:", "Verdict:",
  "Ruling:", "Our rating:");
- or a desk's heading: a line (up to a colon) of at most HEADING_WORDS words opening "How we" or
  "Why we" and a verb of the desk's work ([desk_heading_verbs]: "How we did this", "Why we rate
  it false:"), or "Our" and a noun of it ([desk_heading_nouns]: "Our ruling", "Our methodology").

In such a text "we", "us" and "our" are the desk's (`desk_word`), except an argued first person:
"we" before a word of what must be done or what all know ([desk_argued_after_we]: "We must stop
this madness", "we all know", "we should"), "our" before a noun of a community
([desk_argued_our_nouns]: "our country", "our children"), "us all", "all of us", "let us". "I",
"me" and "my" still count. And the desk's own questions opening a paragraph ("Where did the claim
come from?" then what it found) are the headings of its method (`desk_question`), not rhetorical.
Blind spots: a desk's text with neither labels nor a heading (its "we" counts as before, unless a
verb of method follows it: xlplugin.voice.reports_method); an opinion piece that heads a part
"How we got here" reads as a desk's.
"""

from __future__ import annotations

import re
import weakref
from functools import lru_cache
from typing import NamedTuple

from . import argued_voice
from .lexicon import load_sections
from .text import Document

__all__ = ["desk_speaks", "desk_word", "desk_question", "HEADING_WORDS", "QUESTION_WORDS"]

HEADING_WORDS = 8  # a desk's heading line, up to a colon: "How we reported this story" is 5 words
QUESTION_WORDS = 12  # a desk's question heading: "Where did the claim come from?" is 6 words

# (matched at the start of a line holding "claim", found by str.find: a search for a line start over the whole
# text cost more than the rest of this module)
_CLAIM_LINE_RE = re.compile(r"[ \t]*(?:\*\*)?(?:the )?claims?[ \t]*(?:\*\*)?[ \t]*:")
_VERDICT_LINE_RE = re.compile(r"\n[ \t]*(?:\*\*)?(?:our |the )?(?:verdict|rating|ruling)[ \t]*(?:\*\*)?[ \t]*:")
# a line opening "How we", "Why we" or "Our" (after marks of bold, a heading's "#"), its words up to a colon
_HEADING_RE = re.compile(r"^[ \t#*_]*(how we|why we|our)\b([^\n:]*)", re.IGNORECASE | re.MULTILINE)
_WORD_RE = re.compile(r"[\w'\u2019-]+")
_DESK_PLURAL = frozenset("we we've we're we'd we'll us our ours".split())
_WE = frozenset("we we've we're we'd we'll".split())
_ALL = frozenset(("all",))


class _Tables(NamedTuple):
    verbs: frozenset[str]
    nouns: frozenset[str]
    argued_after_we: frozenset[str]
    community: frozenset[str]


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    sections = load_sections(argued_voice.DATA)

    def words(section: str) -> frozenset[str]:
        return frozenset(w.replace("\u2019", "'") for line in sections[section] for w in line.split())

    return _Tables(words("desk_heading_verbs"), words("desk_heading_nouns"), words("desk_argued_after_we"),
                   words("desk_argued_our_nouns"))


def warm_up() -> None:
    _tables()


# A memo on the document object (as voice.forum_post's; never on its text).
_LAST: list = [None, False]


def desk_speaks(doc: Document) -> bool:
    """Does the text show a desk's own shape (a fact check's labels, or a heading of the desk's
    method or ruling), outside quotations? Then its "we" is the desk's (see the module)."""
    last = _LAST[0]() if _LAST[0] is not None else None
    if last is doc:
        return _LAST[1]
    found = _fact_check_labels(doc) or _desk_heading(doc)
    _LAST[:] = [weakref.ref(doc), found]
    return found


def _fact_check_labels(doc: Document) -> bool:
    lower = doc.analysis.lower_text
    i = lower.find("claim")
    while i >= 0:
        claim = _CLAIM_LINE_RE.match(lower, lower.rfind("\n", 0, i) + 1)
        if claim is not None and claim.end() > i and doc.quote_at(claim.end() - 1) is None:
            return _VERDICT_LINE_RE.search(lower, claim.end()) is not None
        i = lower.find("claim", i + 1)
    return False


def _desk_heading(doc: Document) -> bool:
    tables = _tables()
    for m in _HEADING_RE.finditer(doc.text):
        rest = _WORD_RE.findall(m.group(2).lower())
        opening = m.group(1).lower()
        if not rest or len(opening.split()) + len(rest) > HEADING_WORDS or doc.quote_at(m.start(1)) is not None:
            continue
        if rest[0] in (tables.nouns if opening == "our" else tables.verbs):
            return True
    return False


def desk_word(doc: Document, i: int) -> bool:
    """Is the first-person word at i ("we", "us", "our") the desk's, in a text where the desk
    speaks (`desk_speaks`), and not an argued first person ("we must", "we all", "our
    country", "all of us", "let us")?"""
    lowers = doc.lowers
    word = lowers[i].replace("\u2019", "'")
    if word not in _DESK_PLURAL or not desk_speaks(doc):
        return False
    tables = _tables()
    sentence_of, n = doc.token_sentences, len(lowers)
    after = [lowers[k].replace("\u2019", "'") for k in range(i + 1, min(n, i + 3)) if sentence_of[k] == sentence_of[i]]
    before = lowers[i - 1] if i and sentence_of[i - 1] == sentence_of[i] else ""
    if word in _WE:
        # "we must", "we all know", "we really should" (one adverb in -ly between)
        if after and (after[0] in tables.argued_after_we
                      or len(after) > 1 and after[0].endswith("ly") and after[1] in tables.argued_after_we):
            return False
        return True
    if word == "our":
        return not (after and after[0].removesuffix("'s") in tables.community)  # "our country's roads"
    if word == "us":
        return not (before in ("of", "let") or after[:1] == ["all"])  # "all of us", "let us", "us all"
    return True


def desk_question(doc: Document, k: int) -> bool:
    """Is question k the desk's heading of its method, in a text where the desk speaks: at most
    QUESTION_WORDS words, opening its paragraph, free of leading words ("Isn't it ...?", "you"),
    with a statement after it (the rest of its paragraph, or the next paragraph where it stands
    alone): "Where did the claim come from? The earliest version we could find was posted on
    Sunday ...". (The caller checks that it holds no loaded term or first person.)"""
    sentences = doc.sentences
    if k + 1 >= len(sentences) or not desk_speaks(doc):
        return False
    question, after = sentences[k], sentences[k + 1]
    if k and sentences[k - 1].paragraph == question.paragraph:
        return False  # inside a paragraph: the writer asking
    if not 1 <= question.last_token - question.first_token <= QUESTION_WORDS:
        return False
    if after.last_token == after.first_token or after.text.rstrip()[-1:] in ("?", "!"):
        return False  # another question, or a shout
    if after.paragraph not in (question.paragraph, question.paragraph + 1):
        return False
    return argued_voice.leading_free(doc.lowers[question.first_token : question.last_token])
