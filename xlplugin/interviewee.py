"""Who answers in an interview: the source of the answers' claims.

An answer in an interview (`xlplugin.interview`) is the interviewee's own word, as a quotation
is its speaker's: "We counted more than 40,000 passengers" in an answer is attributed to the
person interviewed, not left bare by the writer. `source(doc, found, pos)` says who answers at
`pos`: the speaker's label of the answer ("Clara Voss:"), else the name the introduction gives
(a run of two to four capitalised words before the first question: "harbour master Clara
Voss"), else no name (the interviewee, as a role: the reader knows the claim is someone's
answer, not whose). The last answer ends where `xlplugin.interview` ends it (the author's
closing paragraphs after an interview are not the interviewee's). Read by `xlplugin.scorers.unsourced_claims` (the answers' check-worthy
sentences are sourced) and `xlplugin.scorers.provenance` (a named interviewee is a named source).
Blind spots: an introduction naming several people picks the first name that is no
organisation; an answer quoting someone else still counts as the interviewee's.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple

from . import interview
from .phrases import words
from .text import Document

__all__ = ["Interviewee", "source", "INTRO_NAME_WORDS"]

INTRO_NAME_WORDS = (2, 4)  # a name in the introduction: two to four capitalised words


class Interviewee(NamedTuple):
    """The source of an answer: `name` as written (None when the text gives none) and where the
    name stands in the text (start == end when it has none)."""

    name: str | None
    start: int
    end: int

    def cue(self) -> str:
        return self.name or "the interviewee (not named)"


def source(doc: Document, found: interview.Interview | None, pos: int) -> Interviewee | None:
    """Who answers at `pos`, or None when `pos` is in no answer of the interview `found`."""
    if found is None:
        return None
    answers = found.answers
    k = bisect_right(answers, (pos, float("inf"))) - 1
    if k < 0 or not answers[k][0] <= pos < answers[k][1]:
        return None
    start = answers[k][0]
    label = interview.speaker(doc.text, start)
    if label is not None:
        at = doc.text.find(label, start)
        return Interviewee(label, at, at + len(label))
    return _introduced(doc, found.questions[0][0] if found.questions else start)


def _introduced(doc: Document, before: int) -> Interviewee:
    """The first name of INTRO_NAME_WORDS capitalised words in the text before `before` (the
    first question), outside headlines in Title Case: a sentence's first word only when a
    capitalised word follows it ("Erin Moss is an engineer"), no possessive ("Women's History Month") and no organisation ("the
    Harbour Board"); Interviewee(None, ...) when there is none."""
    not_names = words("attribution.txt", "not_name_words")
    institutions = words("attribution.txt", "organisation_words") | words("attribution.txt", "document_words")
    texts, lowers, starts, ends = doc.token_texts, doc.lowers, doc.token_starts, doc.token_ends
    first_of_sentence = {s.first_token for s in doc.sentences}
    run: list[int] = []
    for i in range(len(texts)):
        if starts[i] >= before:
            break
        # (a headline in Title Case says nothing by its capitals: "Ten Minutes With Jane")
        name_word = texts[i][:1].isupper() and lowers[i] not in not_names and (
            i not in first_of_sentence or i + 1 < len(texts) and texts[i + 1][:1].isupper()) \
            and not doc.analysis.is_title_case(doc.token_sentences[i])
        if name_word and run and doc.text[ends[i - 1]:starts[i]] == " ":
            run.append(i)
            continue
        name = _name_of(doc, run, institutions)
        if name is not None:
            return name
        run = [i] if name_word else []
    return _name_of(doc, run, institutions) or Interviewee(None, before, before)


def _name_of(doc: Document, run: list[int], institutions: frozenset[str]) -> Interviewee | None:
    lo, hi = INTRO_NAME_WORDS
    if run and run[0] > 0 and doc.lowers[run[0] - 1] == "by":
        return None  # (sources22) the credit's name ("Interview by Sam Reed"): who asked, not who answers
    if not lo <= len(run) <= hi or any(doc.lowers[i] in institutions or doc.lowers[i].endswith(("'s", "\u2019s"))
                                       for i in run):
        return None
    start, end = doc.token_starts[run[0]], doc.token_ends[run[-1]]
    return Interviewee(doc.text[start:end], start, end)
