"""(sources21) Verbs of saying that report no words, as classes; each rule has its words in
data/attribution.txt and is called in one line from `xlplugin.cues` (`_offer_reporting_verb`).

- Consent to act: "agree" before "to" ("Priya has agreed to take over as secretary", "The trust
  agreed to pay 2 million pounds"); "agreed that ..." still reports.
- Questions asked or answered: a verb of asking or answering whose object is "question(s)"
  ("Frequently asked questions: ...", "The minister who answered every question", "answered
  questions from MPs for two hours"): an act, no words reported.
- An idiom of contempt: "told them (exactly) where they can put/stick ...", "told them where
  to go" (a hyperpartisan blog's "Judge X just told them exactly where they can put their
  censorship"): a figure of speech, no one's words. "told the court where the money had gone"
  still reports.

Blind spots: sarcasm with no stock idiom ("stood up and told 312,000 working people that ...").
"""

from __future__ import annotations

import re

from .phrases import words
from .source_window import Words

__all__ = ["RHETORIC_WORDS", "reports_no_words"]

DATA_FILE = "attribution.txt"
_AGREEING = words(DATA_FILE, "agreeing_words")
_QUESTION_VERBS = words(DATA_FILE, "question_verb_words")
_QUESTIONS = words(DATA_FILE, "question_object_words")
_QUESTION_GAP = words(DATA_FILE, "question_gap_words")
_TELLING = frozenset(("tell", "tells", "told", "telling"))
# The words each rule starts from: a verb of saying outside this set is passed over at once.
RHETORIC_WORDS = _AGREEING | _QUESTION_VERBS | _TELLING
# "where they can put it", "where he could stick his cheque", "where to go", after an object of
# up to three words and an optional "exactly" / "just".
_WHERE_TO_PUT_RE = re.compile(
    r"(?:[ \t]+[\w'\u2019-]+){0,3}?[ \t]+(?:(?:exactly|just|precisely)[ \t]+)?where[ \t]+"
    r"(?:to[ \t]+(?:go|stick|shove|put|get[ \t]+off)\b|(?:they|he|she|you|it|we)[ \t]+(?:can|could|may|might)[ \t]+"
    r"(?:put|stick|shove|go)\b)", re.IGNORECASE)


def reports_no_words(text: str, w: Words, i: int) -> bool:
    """Does the verb of saying at `i` (a word of RHETORIC_WORDS) report no words: consent to act,
    a question asked or answered, an idiom of contempt (above)?"""
    lowers = w.lowers
    lw = lowers[i]
    if lw in _AGREEING:
        return i + 1 < len(lowers) and lowers[i + 1] == "to"
    if lw in _QUESTION_VERBS:
        k = i + 1
        while k < len(lowers) and k - i <= 3 and lowers[k] in _QUESTION_GAP:
            k += 1
        return k < len(lowers) and lowers[k] in _QUESTIONS
    return _WHERE_TO_PUT_RE.match(text, w.ends[i]) is not None
