"""(claims17) A request for comment that got no answer is a sourcing step, not a claim.

"The union declined to comment.", "Harbor Foods did not respond to a request for comment on
Monday.", "The mayor's office did not return calls." tell the reader whom the reporter asked: a
sign of careful reporting, and nothing a reader needs a source for. Its verb ("declined", "did")
and its subject's name made such a sentence look like a claim (a change, a past event, a named
actor) with no source.

A sentence is such a step when it holds a phrase of claims.txt [no_comment_phrases] and says
nothing else: no figure and no relative clause ("which", "who", "that") before the phrase (the
subject may carry a claim: "Freshway, which owns 180 stores, declined to comment"), and no clause
after it ("that", "but", "and", "because", ";": "... declined to comment, but sales fell 4
percent" is still the writer's claim). A topic or a time after the phrase ("on the figures", "on
Monday") and the question that went unanswered ("declined to say how much it paid") say nothing
more. (sources18) A count of the requests between the verb and what was sent ("did not respond to
three requests for comment", claims.txt [request_count_words]) is read through; a figure in the
topic after the phrase is a claim told in passing ("declined to comment on its 300 job cuts":
the cuts are the writer's figure), unless it is a date ("on 3 June", "in 2025"). (claims18) A
number in words is a figure there too ("declined to comment on three job cuts", claims.txt
[number_words]): one rule for both ways of writing it.
"""

from __future__ import annotations

from .phrases import keyed_phrases, phrase_keys, words
from .text import Document, Sentence

__all__ = ["is_no_comment", "may_hold"]

DATA_FILE = "claims.txt"
# Words after the phrase that start a clause of its own: what follows says something more.
_CLAUSE_AFTER = frozenset(("that", "but", "and", "because", "although", "though", "while", "whereas", "so", "yet"))
# Words before the phrase that start a relative clause inside the subject.
_CLAUSE_BEFORE = frozenset(("which", "who", "that", "whose", "where"))


def may_hold(doc: Document) -> bool:
    """Can any sentence of `doc` be such a step (does it hold a key word of a phrase)? One set
    test per document: most hold none, and the sentences are then not read."""
    return not phrase_keys(DATA_FILE, "no_comment_phrases").isdisjoint(doc.lowers)


def is_no_comment(doc: Document, sentence: Sentence) -> bool:
    """Is `sentence` only a request for comment that got no answer ("The union declined to
    comment.")? See the module's docstring."""
    a, b = sentence.first_token, sentence.last_token
    lowers = doc.lowers
    keys = phrase_keys(DATA_FILE, "no_comment_phrases")
    span = lowers[a:b]
    if keys.isdisjoint(span):
        return False  # (most sentences: one set test, no loop)
    counts = words(DATA_FILE, "request_count_words")
    at = [a + i for i, lw in enumerate(span) if lw not in counts]  # (a count is read through)
    if len(at) < len(span):
        span = [lowers[i] for i in at]
    positions = [i for i, lw in enumerate(span) if lw in keys]
    found = keyed_phrases(DATA_FILE, "no_comment_phrases").match(span, positions)
    if not found:
        return False
    start, end = found[0]
    texts = doc.token_texts
    before = range(a, at[start])
    if any(lowers[i] in _CLAUSE_BEFORE or any(c.isdigit() for c in texts[i]) for i in before):
        return False
    if any(lw in _CLAUSE_AFTER for lw in span[end:]):
        return False
    numbers = words(DATA_FILE, "number_words")
    if any((lowers[i] in numbers or any(c.isdigit() for c in texts[i])) and not _date_figure(lowers, i) for i in range(at[end - 1] + 1, b)):
        return False  # (sources18) a figure in the topic: "declined to comment on its 300 job cuts"; (claims18) "on three job cuts"
    return ";" not in doc.text[doc.token_starts[at[end - 1]]:sentence.end]


_MONTHS = frozenset("january february march april may june july august september october november december "
                    "jan feb mar apr jun jul aug sep sept oct nov dec".split())


def _date_figure(lowers: list[str], i: int) -> bool:
    """Is the figure at `i` part of a date: a year ("in 2025") or a day next to a month ("on 3
    June", "June 3")?"""
    w = lowers[i]
    if len(w) == 4 and w.isdigit() and w[:2] in ("19", "20"):
        return True
    return lowers[i - 1] in _MONTHS or i + 1 < len(lowers) and lowers[i + 1] in _MONTHS


def warm_up() -> None:
    phrase_keys(DATA_FILE, "no_comment_phrases")
    keyed_phrases(DATA_FILE, "no_comment_phrases")
