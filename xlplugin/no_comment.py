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
more. Blind spot: a refusal reported in the same clause as a claim joined without one of those
words ("declined to comment on its 300 job cuts") is passed over as a step.
"""

from __future__ import annotations

from .phrases import keyed_phrases, phrase_keys
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
    positions = [i for i, lw in enumerate(span) if lw in keys]
    found = keyed_phrases(DATA_FILE, "no_comment_phrases").match(span, positions)
    if not found:
        return False
    start, end = found[0]
    texts = doc.token_texts
    before = range(a, a + start)
    if any(lowers[i] in _CLAUSE_BEFORE or any(c.isdigit() for c in texts[i]) for i in before):
        return False
    if any(lw in _CLAUSE_AFTER for lw in span[end:]):
        return False
    return ";" not in doc.text[doc.token_starts[a + end - 1]:sentence.end]


def warm_up() -> None:
    phrase_keys(DATA_FILE, "no_comment_phrases")
    keyed_phrases(DATA_FILE, "no_comment_phrases")
