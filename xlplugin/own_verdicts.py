"""(kinds43) The writer's own verdicts and recommendations: what tells a column with no "I" and no "Opinion" label
from a report. Read by `xlplugin.kinds` (its computed measure `own_verdicts`, the rule in `data/kinds.txt`).

A report tells what others did and said; where it says what ought to happen, someone says it ("..., the union
said", "according to the review", or inside quotation marks). A column says it itself: "The county should have
looked there", "it is time to scrap the scheme", "Councillors ought to send it back", "die Stadt sollte endlich
...". So the cue counts the sentences of the writer's own words (quotations, an interview's answers and a
transcript's turns already blanked out in `own`) that hold one of VERDICTS and report no one (no reporting verb of
REPORTING in the same sentence); a question ("Should the statues stay?") asks and is left out. It needs VERDICTS_MIN such sentences, VERDICTS_RATE per 1,000 words, and no more
sentences that report someone than twice the verdicts (a report that quotes ten people's "should" in indirect
speech leaves some unattributed "should" behind; a column cites few sources).

Direction: a note in words (opinion or analysis) or None. Blind spots: an analysis that weighs without recommending
("the gains shrink", "at best a modest improvement") has no verdict of this shape; a service piece telling the
reader what to do ("you should check your tariff") is advice, not a verdict, and is left out (the reader as
subject); predictions ("the bridge should reopen in March") count where nobody is credited with them, which is
why three are needed.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .fastmatch import Starts, alternatives_prefixes, finditer_at, first_between
from .text import Document, Sentence

__all__ = ["VERDICTS", "VERDICTS_MIN", "VERDICTS_RATE", "own_verdicts"]

# (name, pattern, why): the writer's judgement of what ought to be, or of what was done. Lower-case text, at a word's
# start. English, German and French, as the labelled web set has them.
VERDICTS: tuple[tuple[str, str, str], ...] = (
    ("should", r"should(?:n't| not)?(?! you\b)", "what someone should (have) do(ne)"),
    ("ought", r"ought(?:n't| not)? to", "what ought to be"),
    ("time to", r"(?:it is|it's|it’s) (?:high |long past |past |now )?time (?:to|for)|the time has come", "it is time to ..."),
    ("must", r"must (?:now |surely |finally |not |never |stop|start|be (?:scrapped|stopped|dropped|rethought|reversed|changed|fixed|ended|abandoned|held to account))", "what must (not) happen"),
    ("would do well", r"would do well to|would be wise to|would be better (?:off|served)", "advice to an actor"),
    ("wrong to", r"(?:is|are|was|were) (?:wrong|right|mistaken) to\b", "a verdict on what an actor did"),
    ("no excuse", r"there is no excuse|makes? no sense|cannot be allowed to|can't be allowed to|deserves? better", "a verdict (no excuse, makes no sense)"),
    ("sollte", r"(?:sollte|sollten|müsste|müssten|muss endlich|müssen endlich|es ist (?:höchste )?zeit)", "was sein sollte"),
    ("empfehlen", r"(?:wir empfehlen|empfehlen wir|können wir (?:euch |ihnen |dir )?[^.!?\n]{0,40}empfehlen)", "die Empfehlung des Schreibenden"),
    ("il faut", r"(?:il faut|il faudrait|devrait|devraient)", "ce qu'il faudrait"),
)
_VERDICT_RE = re.compile(r"(?<![\w'’])(?:" + "|".join(f"(?P<v{i}>{p})" for i, (_, p, _) in enumerate(VERDICTS)) + r")(?![\w])")
# (speed52) every verdict starts with a literal beginning of one of VERDICTS' alternatives ("should", "it is", "was "):
# found once per document with str.find, and the pattern tried only there (xlplugin/fastmatch.py), not at every character
_VERDICT_PREFIXES = alternatives_prefixes([p for _, p, _ in VERDICTS])
assert _VERDICT_PREFIXES is not None
_VERDICT_STARTS = Starts(_VERDICT_RE, _VERDICT_PREFIXES, False)
# the reader as the subject: advice in a service piece ("you should", "customers should check", "passengers should expect
# delays"), not a verdict
_READER_SUBJECT_RE = re.compile(r"\b(?:you|your|yourself|yourselves|readers|customers|passengers|drivers|motorists|du|vous)\s+(?:\w+\s+)?$")
# a sentence that reports someone: its "should" is the speaker's
REPORTING = re.compile(r"\b(?:said|says|say|told|tells|according to|argued|argues|urged|urges|warned|warns|called for|calls for|"
                       r"believes?|insisted|insists|claimed|claims|added|wrote|writes|recommended|recommends|suggested|suggests|"
                       r"sagte|sagt|sagten|erklärte|laut|zufolge|fordert|forderte|a déclaré|selon|estime)\b")
_REPORTING_STARTS = Starts.of(REPORTING)  # (speed52) as _VERDICT_PREFIXES: its words' beginnings, found once
assert _REPORTING_STARTS is not None

VERDICTS_MIN = 3  # three sentences: one or two unattributed "should" occur in reports (a prediction, a rule)
VERDICTS_RATE = 4.0  # per 1,000 words: three in a long feature are its speakers' views paraphrased
REPORTING_PER_VERDICT = 2  # a column cites few sources: no more reporting sentences than twice its verdicts


def own_verdicts(doc: Document, own: str) -> str | None:
    """Three or more sentences of the lower-cased writer's own words (`own`, the same length as `doc.text`) that give
    the writer's verdict or recommendation and report no one, at VERDICTS_RATE per 1,000 words or more, in a text
    whose sentences reporting someone are at most REPORTING_PER_VERDICT times as many."""
    if not doc.word_count or not doc.sentences:
        return None
    # (speed52) the verdicts first, each sentence's first; where they are too few even with every sentence that
    # reports someone kept, nothing is looked up for the reporting verbs. The patterns are tried only where a match
    # can start, found for the whole text at once (`_VERDICT_STARTS`, `_REPORTING_STARTS`)
    verdicts_at = _VERDICT_STARTS.positions(own)
    verdicts: dict[int, str] = {}  # {sentence's index: its verdict}
    for k, sentence in enumerate(doc.sentences):
        start, end = sentence.start, sentence.end
        first, last = bisect_left(verdicts_at, start), bisect_left(verdicts_at, end)
        if first == last or _asks(own, sentence):
            continue  # (speed54: most sentences hold no place where a verdict can start; a question is no verdict)
        part = own[start:end]
        # (the part on its own, as the pattern was read on it: at its start the look-behind sees no character)
        in_part = [at - start for at in verdicts_at[first:last]]
        for m in finditer_at(_VERDICT_RE, part, in_part):
            if _READER_SUBJECT_RE.search(part, 0, m.start()):
                continue
            verdicts[k] = " ".join(m.group().split()[:4])
            break
    if len(verdicts) < VERDICTS_MIN or 1000.0 * len(verdicts) / doc.word_count < VERDICTS_RATE:
        return None
    lower = doc.analysis.lower_text
    reporting_at = _REPORTING_STARTS.positions(lower)
    found: list[str] = []
    reporting = 0
    for k, sentence in enumerate(doc.sentences):
        if _asks(own, sentence):
            continue
        if first_between(REPORTING, lower, reporting_at, sentence.start, sentence.end):
            reporting += 1
        elif k in verdicts:
            found.append(verdicts[k])
    if len(found) < VERDICTS_MIN or 1000.0 * len(found) / doc.word_count < VERDICTS_RATE:
        return None
    if reporting > REPORTING_PER_VERDICT * len(found):
        return None
    shown = ", ".join(repr(v) for v in found[:3])
    return f"{len(found)} sentences, reporting no one: {shown}"


def _asks(own: str, sentence: Sentence) -> bool:
    """Is the sentence a question ("Should the statues stay?": a poll's or a debate's, no verdict)? Its sentences are
    left out of both counts."""
    return own[sentence.start:sentence.end].rstrip(" \t\n\"'”’)").endswith("?")
