"""Loaded language version 41 (slant16): three classes a tester's fresh documents misread.

1. Insinuation by stock formula (xlplugin.insinuation_formulas, data/insinuation_formulas.txt):
   a wry remark opening a sentence ("Funny how ..."), the verdict left to a fact ("That alone
   tells you something."), saying it while denying it ("We are not saying X. We are saying
   Y."), guilt read from silence ("If they had nothing to hide ..."), "you can't make this up",
   "says it all", "surprise, surprise", "that's how you know": each one doubt term. The same
   words in plain use, or reported from a named source, count nothing.
2. A verb of winning by a margin beside a score ("Harbor City crushed Lakeport 5-1"), a sellout
   crowd, a brutal finish from 25 yards: the sports page's idiom, not the writer's emotion
   (xlplugin.event_senses.sports_result, [compound_senses], [object_senses]). "A brutal
   crackdown", "crushed the protest" still count.
3. A natural event's noun after an adjective ("Devastating floods swept ...") is no loaded term
   (xlplugin.event_senses.event_noun); the adjective keeps its cue, and "floods" the verb of a
   metaphor ("migrants flooding the border" beside a loaded word) still counts.

Fixtures are written for these tests.
"""

import pytest

from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

LEAD = "The harbour board met on Monday to set the mooring fees and review the dredging contract.\n\n"
TAIL = "\n\nThe board meets again in June."


def _terms(text: str) -> list[tuple[str, str]]:
    """(kind, text) of the author's loaded terms (first person, questions, reader address left out)."""
    voice = {"first person", "rhetorical question", "reader address"}
    return [(e.kind, e.text) for e in loaded_language.score(prepare(LEAD + text + TAIL), Settings()).evidence
            if e.kind not in voice]


def _doubts(text: str) -> list[str]:
    return [t for k, t in _terms(text) if k == "doubt"]


# 1. insinuation formulas

@pytest.mark.parametrize("sentence", [
    # a wry remark opening a sentence
    "Funny how none of the councillors raised the dredging bill.",
    "Strange that the minutes from March are missing.",
    "It's odd how the contract reached the one firm with a yacht in the marina.",
    "And curious how the fee rose the week after the vote.",
    "Convenient how the auditor fell ill that very month.",
    # the verdict left to a fact
    "The chair declined to publish the bids, which tells you everything you need to know.",
    "The tender ran for four days. That alone tells you something.",
    "Nobody from the board came to the hearing. This really tells us plenty.",
    "The harbourmaster resigned the next morning. That in itself tells you a lot.",
    "The bid came in at the exact ceiling. Says it all, really.",
    "The silence from the board speaks volumes.",
    # saying it while denying it
    "I am not suggesting anyone took a bribe. I am suggesting someone should check the accounts.",
    "We're not accusing the chair of anything, but the dates do not add up.",
    "I'm not saying the vote was bought. But it was very cheap.",
    "I'm not saying anything.",
    # guilt read from silence
    "If the board had nothing to hide, the bids would be online by now.",
    "Anyone with nothing to hide answers a simple question.",
    # listed formulas, as classes
    "A dredging firm owned by the chair's nephew. You couldn't make it up.",
    "Fiction writers could not make this stuff up.",
    "And, surprise, surprise, the nephew's firm won.",
    "That's how you know the fix was in.",
    "Here is what they didn't tell you about the contract.",
])
def test_insinuation_formulas_count_as_doubt(sentence):
    assert len(_doubts(sentence)) == 1, _terms(sentence)


@pytest.mark.parametrize("sentence", [
    # the same words, plain
    "The comedian was funny, and the audience laughed for an hour.",
    "The report explains how the fee is set and tells you where to pay it.",
    "The guide tells you everything about mooring permits.",
    "Staff were saying that the office will move in May.",
    "The board is not saying when the dredging will start.",
    "Divers found nothing to hide the damage on the hull.",
    "Crews will make up the lost time over the weekend.",
    "It was a surprise to the board when the firm withdrew.",
    "The finance officer said the odd payment was a typing error.",
    "How you apply for a permit depends on the size of the boat.",
    "The gauge turns red, which tells you something about the pressure in the pipe.",
    "I'm not suggesting we scrap the fees, but they should be reviewed each year.",
    # reported from a named source
    "The chair, Maria Lopez, said the board had nothing to hide.",
])
def test_plain_or_reported_words_are_no_insinuation(sentence):
    assert _doubts(sentence) == [], _terms(sentence)


def test_a_formula_inside_a_quotation_is_the_speakers():
    text = "\"Funny how nobody asked me,\" said Tom Reyes, a skipper who moors at the east quay."
    kinds = [e.kind for e in loaded_language.score(prepare(LEAD + text + TAIL), Settings()).evidence]
    assert "doubt" not in kinds  # the skipper's remark (quoted, or his through the named source)


# 2. sports results

@pytest.mark.parametrize("sentence", [
    "Northgate crushed Eastfield 4-0 on Saturday.",
    "Riverside Rovers destroyed the Tigers 42-10 in front of a sellout crowd.",
    "The visitors were demolished 6\u20131 at the new stadium.",
    "Eastfield were humiliated 3-0 by Northgate on Sunday.",
    "Northgate obliterated them 5-0 and went top of the table.",
    "The hosts, annihilated 7-1 at home, sacked their coach.",
    "Dunmore Crushes Westbrook 3-0 to Win the Shield",
    "More than 31,000 fans packed the ground for a sellout crowd on Friday.",
    "The sellout crowd stayed until the final whistle.",
    "Ferri scored with a brutal strike from 30 yards in the 80th minute.",
    "The team faces a brutal schedule of five away games in April.",
])
def test_sports_idiom_is_no_loaded_term(sentence):
    assert _terms(sentence) == [], _terms(sentence)


@pytest.mark.parametrize("sentence, word", [
    ("Police launched a brutal crackdown on the striking dockers.", "brutal"),
    ("The regime crushed the protest in the square.", "crushed"),
    ("The army crushed dissent in 1989-1991, the years of the curfew.", "crushed"),
    ("The minister was called a sellout by his own party.", "sellout"),
    ("They annihilated 50-100 million people, the pamphlet insists, in a brutal campaign.", "annihilated"),
])
def test_loaded_words_outside_a_result_still_count(sentence, word):
    texts = [t for _, t in _terms(sentence)]
    assert word in texts, _terms(sentence)


# 3. a natural event's noun after an adjective

@pytest.mark.parametrize("sentence, adjective", [
    ("Devastating floods swept through the lower town on Wednesday.", "Devastating"),
    ("Catastrophic flooding closed the coast road for a week.", "Catastrophic"),
    ("The horrific floods closed the old pier in 2019.", "horrific"),
])
def test_event_noun_after_an_adjective_is_no_loaded_term(sentence, adjective):
    terms = _terms(sentence)
    assert [t for _, t in terms] == [adjective], terms


@pytest.mark.parametrize("sentence", [
    "Heavy floods swept through the lower town on Wednesday.",
    "The worst flooding in a decade closed the coast road.",
    "Seasonal floods cut the valley in two.",
])
def test_plain_event_nouns_stay_clean(sentence):
    assert _terms(sentence) == [], _terms(sentence)


def test_the_metaphor_still_counts():
    terms = [t for _, t in _terms("Shameless smugglers are flooding the harbour with cheap diesel.")]
    assert "flooding" in terms and "Shameless" in terms
