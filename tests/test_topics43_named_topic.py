"""topics43: a loaded noun named as the story's topic is not the writer's loaded language.

A report about propaganda, xenophobia or fake news names its subject with the loaded noun: the
object of study, measurement or law ("a study of online propaganda", "laws against xenophobia",
"the spread of fake information"), the first part of a compound naming a field or a law
("propaganda research", "fake news laws"), or the noun opening a sentence about a study ("Rising
xenophobia, researchers found"). xlplugin.studied_content.named_topic reads it
(data/studied_content.txt, [topic_noun_phrases], [topic_frame_phrases], [topic_compound_words],
[topic_rise_words]). The writer calling someone's words propaganda or lies, or a law xenophobic,
keeps the cost. Fixtures written for these tests.
"""

import pytest

from loaded_helpers import author_terms, loaded_evidence
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

# A plain close that keeps each probe a report of a few sentences.
TAIL = (" The findings will be published in full next month, a spokesperson said. The team plans a "
        "second round of work in the autumn.")

STUDY_REPORT = (
    "Fake news spreads faster than corrections on two social sites, a study finds.\n"
    "Researchers at Harlow University tracked 12,000 posts over six months. The spread of fake "
    "information peaked in the week before the vote, the team said. Their study of online propaganda "
    "also counted 800 accounts run from abroad. The authors said the work would continue next year."
)
LAW_REPORT = (
    "City passes law against xenophobia\n"
    "The council voted 9 to 2 on Tuesday to pass new laws against hate speech and xenophobia in "
    "public spaces. The rules take effect in March. Reports of xenophobia to the city's helpline rose "
    "by a fifth last year, council data show. Officials said tackling fake news would be the next step."
)
RESEARCH_REPORT = (
    "Propaganda research gets new funding\n"
    "A foundation will give 2 million dollars to research into disinformation and propaganda, it said "
    "on Monday. Rising xenophobia, researchers found, tracks the rise in fake news online. The grant "
    "runs for three years and pays for six posts."
)


@pytest.mark.parametrize("text", [STUDY_REPORT, LAW_REPORT, RESEARCH_REPORT], ids=["study", "law", "research"])
def test_a_report_about_the_topic_holds_no_loaded_term(text):
    assert author_terms(text + TAIL, lead="") == []


@pytest.mark.parametrize("text, word", [
    # the object of study, measurement or law, modifiers between
    ("A study of online propaganda was published on Monday by the university.", "propaganda"),
    ("The spread of fake information slowed after the sites changed their rules.", "fake"),
    ("Parliament debated laws against xenophobia for the third time this year.", "xenophobia"),
    ("Reports of xenophobia to the helpline doubled in the spring.", "xenophobia"),
    ("The charity has spent a decade tackling hatred in schools across the region.", "hatred"),
    ("She is one of the country's leading experts on wartime propaganda.", "propaganda"),
    ("The rise in fake news before elections worries election officials in many states.", "fake news"),
    # a compound naming a field or a law
    ("Fake news laws spread across the region last year.", "fake news"),
    ("Two propaganda researchers at the institute will lead the project.", "propaganda"),
    # opening a sentence about a study
    ("Rising xenophobia, researchers found, is strongest in small towns.", "xenophobia"),
    ("Fake news travels six times faster than true stories, a study found.", "fake news"),
])
def test_a_topic_named_so_is_no_loaded_term(text, word):
    terms = author_terms(text + TAIL)
    assert word not in terms, terms


def test_counted_as_a_plain_sense_not_dropped_silently():
    sig = loaded_language.score(prepare("A study of online propaganda was published on Monday." + TAIL), Settings())
    assert sig.details["other_senses_not_counted"] >= 1


# Guards: the writer's own verdict keeps its cost (these pass on main too).
@pytest.mark.parametrize("text, word", [
    ("The senator's claims about the budget are propaganda, plain and simple.", "propaganda"),
    ("His lies about the deficit insult every taxpayer in the state.", "lies"),
    ("This xenophobic law should never have passed, and the council knows it.", "xenophobic"),
    ("The minister calls it reform, but it is propaganda dressed up as policy.", "propaganda"),
    # a possessive or a demonstrative makes the noun a verdict on someone's words
    ("Voters are tired of the spread of his propaganda on every channel.", "propaganda"),
    ("Nobody should fund a study of this propaganda with public money.", "propaganda"),
    # a propaganda campaign is something someone runs: a verdict, not a field
    ("The regime is spreading propaganda through its state television, and the West shrugs.", "propaganda"),
    ("The party's propaganda campaign fooled nobody in the end.", "propaganda"),
    # a report mentioned, no finding reported: the opening noun is a verdict
    ("Propaganda is all this report is, and the minister knows it.", "propaganda"),
    # a frame word whose object is someone else, the noun after a preposition
    ("The senator campaigned against the mayor with propaganda and half-truths.", "propaganda"),
])
def test_the_writers_verdict_keeps_its_cost(text, word):
    terms = author_terms(text)
    assert word in terms, terms


def test_a_report_names_its_topic_but_an_op_ed_keeps_its_verdicts():
    oped = ("The senator's claims about the budget are propaganda, plain and simple. His lies about the "
            "deficit insult every taxpayer. This xenophobic law should never have passed.")
    kinds = [k for k, _ in loaded_evidence(oped) if k not in loaded_language.VOICE_KINDS]
    assert len(kinds) >= 3, kinds
