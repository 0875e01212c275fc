"""Loaded language version 97 (indep32): a word of a quotation echoed back as a sentence of its
own, with the writer's remark after it, is sarcasm at the quoted speaker, one doubt term
(insinuation_formulas._echoes): 'would "modernise" the payment. Modernise. Nice word.' A reply in
quotation marks, a heading line, and a quoted word taken up in a longer sentence ("Low, but not
zero, the report found.") count nothing. Fixtures are written for these tests.
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


def _insinuations(passage: str) -> list[str]:
    score = loaded_language.score(prepare(LEAD + passage + TAIL), Settings())
    return [e.text for e in score.evidence if e.kind == "doubt" and e.detail == INSINUATION_DETAIL]


@pytest.mark.parametrize("passage, echo", [
    # from the left
    ('The minister said the changes would "modernise" the payment. Modernise. Nice word.', "Modernise"),
    ('The company called the job cuts "streamlining". Streamlining. That is one way to put it.', "Streamlining"),
    ('The Prime Minister told us all to "be realistic" about the targets.\n\nRealistic. Such a comforting word.', "Realistic"),
    # from the right
    ('The council says the road closure is "temporary". Temporary. Like the last three.', "Temporary"),
    ('The activists describe their blockade as "peaceful". Peaceful. Tell that to the ambulance crew.', "Peaceful"),
    ('Brussels insists the fine is "proportionate". Proportionate. To what, exactly?', "Proportionate"),
])
def test_a_quoted_word_echoed_back_is_an_insinuation(passage, echo):
    assert _insinuations(passage) == [echo]


@pytest.mark.parametrize("passage", [
    'The agency called the plan "ambitious". Ambitious, perhaps, but the report found it affordable.',
    '"Will you stand again?" the interviewer asked. "No." He then left the studio.',
    'The minister described the risk as "low".\n\nBackground.\n\nThe scheme began in 2019.',
    'Officials described the risk as "low". Low, but not zero, the report found.',
    'She said the vote was "final". Final results are due on Friday.',
    'The council called the closure "temporary". It will end in June, a spokesman said.',
    'Residents said the board ignored their "perceptions" of the risk. PERCEPTIONS. The survey asked 400 households.',
])
def test_plain_reporting_after_a_quotation_counts_nothing(passage):
    assert _insinuations(passage) == []
