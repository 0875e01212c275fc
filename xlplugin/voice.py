"""The author's own voice: a verb whose subject is the writer ("I must admit", "we concede").

A loaded attribution verb ("admitted", "confessed", "claimed") passes judgement on someone whose
words it reports; with a first-person subject it reports no one: "I must admit", "I confess",
"we freely admit" are the author talking about themselves. `first_person_subject(doc, i)` says
whether the verb at word i has such a subject: a first-person pronoun right before it, or before
at most MAX_HELPERS helper words (modals, "have to", negations, a few adverbs of manner), in the
same sentence; an adverb in -ly counts as a helper too ("I firmly believe", "we strongly think").
Used by `xlplugin.scorers.loaded_language` for its [attribution] words and by `xlplugin.cues`
(`first_person_before`, on one sentence's words): "I believe" names no source, the author speaks.
Blind spots: a subject further away ("I, for one, admit", "I will be the first to admit"); a
first-person pronoun in unquoted reported speech.
"""

from __future__ import annotations

from .text import Document

__all__ = ["FIRST_PERSON", "HELPERS", "MAX_HELPERS", "first_person_subject", "first_person_before"]

# First-person subject pronouns, as the tokeniser gives them (lower case, contractions kept whole).
FIRST_PERSON = frozenset("i i'll i'd i've i'm we we'll we'd we've we're".split())
# Words that may stand between the subject and the verb: modals and auxiliaries ("must", "have
# to", "will"), negations ("don't", "never") and adverbs of manner ("freely", "readily").
HELPERS = frozenset("""must have has had to will would shall should can could may might do did does need
    needs got gotta ought don't didn't can't cannot won't wouldn't shouldn't not never also even just
    freely readily gladly happily honestly openly frankly reluctantly sadly now still always""".split())
# At most this many helper words between the subject and the verb ("I will have to admit").
MAX_HELPERS = 3


def first_person_subject(doc: Document, i: int) -> bool:
    """Is the verb at word i said by the author of themselves ("I must admit", "we concede")?"""
    return first_person_before(doc.lowers, i, doc.sentences[doc.token_sentences[i]].first_token)


def _helper(lower: str) -> bool:
    """May the word stand between the subject and its verb? (A listed helper, or an adverb in
    -ly: "I firmly believe", "we honestly think".)"""
    return lower in HELPERS or (len(lower) > 4 and lower.endswith("ly"))


def first_person_before(lowers: list[str], i: int, first: int = 0) -> bool:
    """`first_person_subject` on a list of lower-cased words: is the word at i preceded by a
    first-person pronoun, at most MAX_HELPERS helper words before it, no further back than
    `first` (the sentence's first word)?"""
    k = i - 1
    while k >= first and i - 1 - k < MAX_HELPERS and _helper(lowers[k]):
        k -= 1
    return k >= first and lowers[k] in FIRST_PERSON
