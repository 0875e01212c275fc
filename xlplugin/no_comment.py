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
three requests for comment", claims.txt [request_count_words]) is read through. (sources19) A
figure in the topic after the phrase names what the reporter asked about ("declined to comment on
its 300 job cuts", "would not comment on the 300 deaths", "on three job cuts", in figures or in
words: claims.txt [number_words]): no claim (sources18 and claims18 had made it one); a clause of its own after the figure still is ("declined to discuss the 14 complaints it
received": `_topic_tells_more`).
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
    if _topic_tells_more(doc, at[end - 1] + 1, b):
        return False  # (sources19) "declined to discuss the 14 complaints it received": a clause of its own
    return ";" not in doc.text[doc.token_starts[at[end - 1]]:sentence.end]


# (sources19) Words after a figure in the topic that open a clause of its own: a relative word or
# a subject pronoun ("the 14 complaints it received", "the 300 jobs that went").
_CLAUSE_OPENERS = frozenset("which who whom whose that where when it they he she we".split())
# Past participles that do not end in "-ed" ("the 12 dogs taken from the farm").
_PARTICIPLES = frozenset("taken given made held paid lost sold built won seen told found kept left brought "
                         "shown spent cut hit run set put done gone".split())


def _topic_tells_more(doc: Document, i: int, b: int) -> bool:
    """(sources19) Does the topic of a refusal (the words `i`..`b` after its phrase) tell a claim
    of its own? A figure there ("declined to comment on its 300 job cuts", "would not comment on
    the 300 deaths", "on three job cuts") names what the reporter asked about: the figure was the
    story's before the refusal, and the refusal adds nothing a reader must check. A clause after
    the figure does ("the 14 complaints it received", "the 12 dogs taken from the farm",
    "the 300 jobs which went in May"): it states what happened. A date is never a figure here."""
    lowers, texts = doc.lowers, doc.token_texts
    numbers = words(DATA_FILE, "number_words")
    figure = next((k for k in range(i, b) if (lowers[k] in numbers or any(c.isdigit() for c in texts[k]))
                   and not _date_figure(lowers, k)), None)
    if figure is None:
        return False
    return any(lw in _CLAUSE_OPENERS or lw in _PARTICIPLES or len(lw) > 4 and lw.endswith("ed") and not lw.endswith("eed")
               for lw in lowers[figure + 2:b])  # (right after the figure a word is its noun's: "300 proposed cuts")


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
