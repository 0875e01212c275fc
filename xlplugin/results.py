"""(claims17) A sports score or an award result is a public result, not an unsourced claim.

"Millbrook beat Ashton 3-1 on Saturday.", "Harbor City destroyed Lakeport 5-1 to reach the
final", "The film won three awards at the festival", "Carla Ruiz finished second": the result
was announced in public and is the record itself, which the reporter saw or read; a careful
reader does not ask who said it. Its figure, its past verb and its names made such a sentence
read as a claim with no source, so a sports report scored as if it were rumour.

`is_result(doc, sentence)`: outside quotations, a verb of claims.txt [score_verb_words] with a
score right after it, within RESULT_WINDOW words ("beat Ashton 3-1", "won 2-0"), or a verb of
[award_verb_words] with a word of [award_words] within RESULT_WINDOW words ("won three awards",
"took first prize", "won the gold medal"), or "finished", "came" or "placed" before a place
("finished second"); and no amount in the sentence (a word of [quantity_words], "%", a currency
sign): "The party won 42 percent of the vote" and "won a $3 million contract" stay claims.
(sources18) "ended" and "finished" before a score are result verbs ("The final ended 2-2"); and a
match's play told by its clock is a result too: a verb of [play_verb_words] ("scored",
"equalised", "took the lead") with a word of [match_time_words] in the sentence ("in the 88th
minute", "the first 20 minutes", "a hat-trick"), with no amount ("Reyes scored twice in the
first 20 minutes, and Cole equalised in the 88th minute.").
Blind spots: a match's other figures without its clock ("Hale scored from six yards", "had 61
percent of possession") are still claims.
"""

from __future__ import annotations

import re

from .phrases import words
from .text import Document, Sentence

__all__ = ["is_result", "may_hold", "RESULT_WINDOW"]

DATA_FILE = "claims.txt"
# How many words after the verb the score or the award may stand ("beat Ashton Rovers 3-1",
# "won the club's first prize").
RESULT_WINDOW = 4
_SCORE_RE = re.compile(r"^\d{1,3}[-\u2013]\d{1,3}$")
_PLACING_VERBS = frozenset(("finished", "came", "placed", "finishes", "comes"))
_PLACES = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last runner-up".split())
_AMOUNT_MARKS = re.compile(r"[%$\u00a3\u20ac\u00a5]")


def may_hold(doc: Document) -> bool:
    """Can any sentence of `doc` be a result (does it hold a verb of a score, an award or a
    place)? One set test per document: most hold none, and the sentences are then not read."""
    lowers = doc.lowers
    return not (words(DATA_FILE, "score_verb_words").isdisjoint(lowers) and words(DATA_FILE, "award_verb_words").isdisjoint(lowers)
                and _PLACING_VERBS.isdisjoint(lowers) and words(DATA_FILE, "play_verb_words").isdisjoint(lowers))


# Words before "N minutes" that make them a stretch of a match ("in the first 20 minutes", "the
# last ten minutes", "on 38 minutes"); "saved 40 minutes a visit" is no match's clock.
_STRETCH_WORDS = frozenset("first last opening closing final on".split())
# Words after "N minutes" that make them a match's clock ("four minutes after the break").
_MATCH_MARKS = frozenset("break half-time halftime kick-off restart interval".split())


def _match_clock(span: list[str]) -> bool:
    """(sources18) Does the sentence tell a match's clock: a word of [match_time_words] ("in the
    88th minute", "a hat-trick"), or "minutes" after a stretch word and a number ("the first 20
    minutes", "on 38 minutes") or before "after the break" ("four minutes after the break")?"""
    if not words(DATA_FILE, "match_time_words").isdisjoint(span):
        return True
    return any(lw == "minutes" and (i >= 2 and span[i - 2] in _STRETCH_WORDS or i + 3 < len(span) and span[i + 3] in _MATCH_MARKS)
               for i, lw in enumerate(span))


def is_result(doc: Document, sentence: Sentence) -> bool:
    """Is `sentence` a score or an award result (see the module's docstring)?"""
    if _AMOUNT_MARKS.search(sentence.text):
        return False
    a, b = sentence.first_token, sentence.last_token
    lowers, texts = doc.lowers, doc.token_texts
    span = lowers[a:b]
    results, awarding, awards = (words(DATA_FILE, "score_verb_words"), words(DATA_FILE, "award_verb_words"),
                                 words(DATA_FILE, "award_words"))
    plays = words(DATA_FILE, "play_verb_words")
    if results.isdisjoint(span) and awarding.isdisjoint(span) and _PLACING_VERBS.isdisjoint(span) and plays.isdisjoint(span):
        return False  # (most sentences: one set test each, no loop)
    quoted = doc.quote_at if doc.quotes else None
    if not plays.isdisjoint(span) and _match_clock(span) and "percent" not in span \
            and any(lw in plays and (quoted is None or quoted(doc.token_starts[a + i]) is None) for i, lw in enumerate(span)):
        return True  # (sources18) a match's play told by its clock ("twice" is a count of goals here, no amount)
    if not words(DATA_FILE, "quantity_words").isdisjoint(span):
        return False
    for i, lw in enumerate(span):
        if quoted is not None and quoted(doc.token_starts[a + i]) is not None:
            continue
        after = range(a + i + 1, min(b, a + i + 1 + RESULT_WINDOW))
        if lw in results and any(_SCORE_RE.match(texts[j]) for j in after):
            return True
        if lw in awarding and any(lowers[j] in awards for j in after):
            return True
        if lw in _PLACING_VERBS and i + 1 < len(span) and span[i + 1] in _PLACES:
            return True
    return False
