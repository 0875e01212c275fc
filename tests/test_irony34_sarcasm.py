"""Loaded language version 99 (irony34): the writer's sarcasm that no word list sees, each one
insinuation (a doubt term):

- a sarcastic verdict as a sentence of its own ("Bold strategy.", "What could possibly go
  wrong?", "Surprising, I know.", "Who could have guessed.", "How convenient.");
- praise handed to the people mocked, ending in a full stop ("Great job, everyone.", "Well done,
  minister.", "Good news, everyone.");
- a gloss that turns someone's words into a jab, right after the sentence with those words
  ("Translation: we will raise your taxes.", "Read: ...", "Spoiler: ...", "In other words, we ...").

Both sides use them. The same words in a longer sentence ("Bold choice, and it works."), in a
quoted speaker's mouth, sincere praise with its "!", a teacher's "In other words, divide by two."
and a translation of words in another language count nothing. Fixtures are written for these tests.
"""

import pytest

from xlplugin.insinuation_formulas import INSINUATION_DETAIL
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

LEAD = ("The county council met on Tuesday to set next year's budget. The meeting ran for four hours.\n\n"
        "The leader, Priya Nair, said the council had consulted widely. Three members voted against.\n\n")
TAIL = "\n\nThe council meets again in March."


def _insinuations(passage: str) -> list[str]:
    score = loaded_language.score(prepare(LEAD + passage + TAIL), Settings())
    return [e.text for e in score.evidence if e.kind == "doubt" and e.detail == INSINUATION_DETAIL]


@pytest.mark.parametrize("passage", [
    # from the left
    "The minister cut the number of fire crews on the coast by a third. Bold strategy.",
    "The regulator approved the water company's dividend in a single afternoon. Well done, regulators.",
    "The bank's chief executive took a £3 million bonus the week the branches closed. But never mind.",
    "The party's biggest donor won the hospital car park contract. Who could have guessed.",
    "The inquiry's report on the care homes was held back until after polling day. How convenient.",
    "The new rail timetable added twenty minutes to every commute in the region. Great job, everyone.",
    # from the right
    "The union called its strike for the week of the exam results. Bold move.",
    "The council plans to run the bin service with half the drivers. What could possibly go wrong?",
    "The campaign group's new director used to work for the opposition leader. Surprising, I know.",
    "Good news, everyone. The green levy on your energy bill is going up again.",
    "The commission fined the fishermen before it had counted the fish. Well done, Brussels.",
    "The protesters blocked the ring road for the fourth Monday in a row. Quelle surprise.",
])
def test_a_sarcastic_verdict_is_an_insinuation(passage):
    assert len(_insinuations(passage)) == 1


@pytest.mark.parametrize("passage", [
    # from the left
    'The company said it was "streamlining its operations". Translation: 400 people lost their jobs.',
    'The minister said the scheme would "pay for itself". Spoiler: it will not.',
    'The trust described the ward closure as "a pause in services". Read: the ward is shut.',
    # from the right
    'The Chancellor promised "a fairer settlement for all". Translation: we will raise your taxes.',
    'The campaigners said they wanted "a conversation about car use". In other words, we want your car off the road.',
    'The mayor said the new zone would "encourage active travel". Translation: pay up or walk.',
])
def test_a_gloss_on_someone_s_words_is_an_insinuation(passage):
    assert len(_insinuations(passage)) == 1


@pytest.mark.parametrize("passage", [
    # a quoted speaker's sarcasm is theirs
    "\u2018Bold strategy,\u2019 the coach said after the match, and laughed.",
    '"Bold strategy," the coach said after the match.',
    '"Great job, everyone," the head teacher told the choir after the concert.',
    '"Translation: we lost," the striker said of his manager\'s remarks.',
    # a sports writer, a reviewer, a teacher
    "What a goal. Ames curled it into the top corner from thirty yards.",
    "The director ends the film in total silence. Bold choice, and it works.",
    "The manager made four changes at half-time. Bold strategy, and it paid off.",
    "To halve a number, split it into two equal parts. In other words, divide by two.",
    "Who saw that coming? The bottom side beat the leaders 3-0.",
    # sincere praise and news
    "Well done, everyone! The fair raised £2,000 for the hospice.",
    "Well done to everyone who took part in the fun run.",
    "Good news, everyone: the pool reopens on Monday.",
    "The volunteers cleared the canal towpath in a day. Well done, volunteers.",
    # plain glosses and labels
    'The sign on the door reads "D\u00e9fense de fumer". Translation: no smoking.',
    'The bank said it would "review its branch network". In other words, 40 branches will close.',
    "Spoiler: the butler did it, and the film knows you know.",
    'The council said it had "balanced the books".\nRead: How the council spends your money',
    "The minister asked what could possibly go wrong with a plan that had worked in Wales.",
])
def test_plain_uses_of_the_same_words_count_nothing(passage):
    assert _insinuations(passage) == []


@pytest.mark.parametrize("passage", [
    # the writer restating their own words
    "I thought I was going home after a year. In other words, I came here for a one-year course.",
    "We have tried this twice before. In other words, we know how it ends.",
    # a report of someone's words with no quotation: a reporter's summary, not ventriloquism
    "The council said it would raise charges next year. In other words, we will pay more to park.",
])
def test_in_other_words_needs_a_quotation_and_the_speaker_s_we(passage):
    assert _insinuations(passage) == []
