"""(claims40) A fact-check's paraphrase of a false claim: what a post, a video or a message is
said to claim, marked false by the writer ("The posts also falsely claim that dozens of children
were taken to hospital", "A video viewed 200,000 times wrongly says that 14 people died", "The
message claims, without evidence, that ...").

The sentence reports the thing's claim and gives the writer's verdict on it: its figures are the
post's, which the writer rejects, not a claim the writer makes without a source. Read by
`xlplugin.scorers.unsourced_claims`: such a sentence is no check-worthy claim of the writer's.

The rule: a verb of claiming or saying (claims.txt [thing_saying_words]) whose subject is a
thing of loaded_language.txt [claiming_thing_words] by the subject rules fresh40 gave
(`loaded_senses.thing_speaks`: right before it or across adverbs, or with a participle phrase
between: "Posts shared widely on social media this week claim"), with an adverb of
[refuting_adverb_words] among the words between the thing and the verb or right after the verb
("claim falsely that"), or "without evidence" right after it. A thing's claim the writer does
not mark ("A viral post says the city has ...") stays a vague source, as before; a person's
false claim ("Smith falsely claimed that ...") is sourced by the person.
"""

from __future__ import annotations

from functools import lru_cache

from .loaded_senses import thing_speaks
from .phrases import words
from .text import Document, Sentence

__all__ = ["refutes_a_things_claim"]

# The most words between the verb and the thing before it, and after the verb to its verdict.
_VERDICT_REACH = 3


@lru_cache(maxsize=1)
def _sets() -> tuple[frozenset[str], frozenset[str]]:
    return words("claims.txt", "refuting_adverb_words"), words("claims.txt", "thing_saying_words")


def _verdict_near(lowers: list[str], i: int, first: int, last: int, adverbs: frozenset[str]) -> bool:
    before = lowers[max(first, i - _VERDICT_REACH):i]
    after = lowers[i + 1:min(last, i + 1 + _VERDICT_REACH)]
    return not adverbs.isdisjoint(before) or (after[:1] and after[0] in adverbs) \
        or any(after[k] == "without" and after[k + 1] in ("evidence", "any", "proof") for k in range(len(after) - 1))


def refutes_a_things_claim(doc: Document, sentence: Sentence) -> bool:
    """Does `sentence` report what a thing (a post, a video, a message) claims, marked false by
    the writer ("The posts also falsely claim that ...")?"""
    adverbs, verbs = _sets()
    lowers = doc.lowers
    first, last = sentence.first_token, sentence.last_token
    if adverbs.isdisjoint(lowers[first:last]) and "without" not in lowers[first:last]:
        return False
    return any(lowers[i] in verbs and _verdict_near(lowers, i, first, last, adverbs) and thing_speaks(doc, i)
               for i in range(first + 1, last))
