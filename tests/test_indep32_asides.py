"""Loaded language version 97 (indep32): mentioning a fact while disowning any motive for it
(apophasis) is an insinuation, one doubt term: "We mention this only for completeness.", "We
mention that for no particular reason.", "I note, purely in passing, that ...", and the same shrug
as a sentence of its own after the fact ("Just saying.", "No particular reason."). Partisan writers
of both sides use it to hang a charge on a fact without stating it. A newsroom's methods note ("We
include the 2019 figures for completeness"), a plain "for no particular reason" in reported
speech, a source's own words and "in passing" alone count nothing. Fixtures are written for these
tests.
"""

import pytest

from xlplugin.insinuation_formulas import INSINUATION_DETAIL
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

LEAD = ("The water board met on Thursday to award the contract for the eastern mains. The contract is worth "
        "four million pounds over five years.\n\nThe chair, Ann Cole, said the board had followed its usual "
        "process. Two members abstained.\n\n")
TAIL = "\n\nThe board meets again in May."


def _insinuations(sentence: str) -> list[str]:
    score = loaded_language.score(prepare(LEAD + sentence + TAIL), Settings())
    return [e.text for e in score.evidence if e.kind == "doubt" and e.detail == INSINUATION_DETAIL]


@pytest.mark.parametrize("sentence", [
    # from the left
    "The minister's former adviser now chairs the firm that won it. We mention this only for completeness.",
    "The winning firm gave £50,000 to the governing party last spring. We mention that for no particular reason.",
    "I note, purely in passing, that the firm's chairman went to school with the Chancellor.",
    "The bank sponsored the minister's summer party. Just an observation.",
    # from the right
    "The union's general secretary, we should perhaps point out purely for the record, drives a company Jaguar.",
    "The campaign group's spokesman lives in a £2 million house in Hampstead. Just saying.",
    "We would add, merely in passing, that the judge was appointed by the last government.",
    "The climate charity's director once worked for the opposition leader. No particular reason.",
])
def test_a_disowned_mention_is_an_insinuation(sentence):
    assert len(_insinuations(sentence)) == 1


@pytest.mark.parametrize("sentence", [
    "We include the 2019 figures for completeness.",
    "We note, for completeness, that the survey left out Scotland.",
    "\"I mention it purely in passing,\" the mayor said.",
    "He said he left the party for no particular reason.",
    "She was just saying goodbye when the bus arrived.",
    "Police said the man attacked the victim for no apparent reason.",
    "The report mentions the airport only in passing.",
    "Asked why she resigned, Ms Hart said: \"No particular reason.\"",
    "The witness told the court he had taken the longer route for no particular reason.",
    "We mention the figures because readers asked for them.",
])
def test_plain_reporting_with_the_same_words_counts_nothing(sentence):
    assert _insinuations(sentence) == []
