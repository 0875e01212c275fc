"""loaded45: in a report about propaganda or fake news, the loaded noun as what a post or a site
carries, or as the first part of an instrument's name, is the story's topic, not the writer's
loaded language.

topics43 read the noun as the topic after a frame ("a study of online propaganda"), in a compound
of a field or a law ("propaganda research") and opening a sentence about a finding. Left counted:
the noun as the object of an ordinary verb of holding or passing on content whose subject is a
thing ("the post might contain fake information", "sites that spread propaganda are flagged"),
and "a propaganda tool" in a report about propaganda (xlplugin.studied_content._carried_object,
_instrument_compound, _reports_on; data/studied_content.txt [topic_carrying_verbs],
[topic_carrier_words], [topic_subject_skip_words], [topic_instrument_words]). An actor spreading
propaganda, "the app is a propaganda tool", a possessive and a text that reports on no such topic
keep the cost. Fixtures written for these tests.
"""

import pytest

from loaded_helpers import author_terms

STUDY = "Researchers at Fenwick University studied the spread of online propaganda for two years. "
FAKE_STUDY = "A study of fake news on three sites was published on Monday by a university team. "


@pytest.mark.parametrize("text, word", [
    # a thing that carries content as the subject, in a report about the topic
    (STUDY + "Sites that spread propaganda are flagged by the team's software.", "propaganda"),
    (STUDY + "Posts that contain propaganda were labelled, the authors said.", "propaganda"),
    (STUDY + "Accounts which regularly share wartime propaganda were counted separately.", "propaganda"),
    (FAKE_STUDY + "The post might contain fake information, the authors warned readers.", "fake"),
    (FAKE_STUDY + "Channels that often push fake news gained followers fastest.", "fake news"),
    # the instrument a report describes
    (STUDY + "Radio served as a propaganda tool in both wars, the authors wrote.", "propaganda"),
    ("Researchers studied how states use social media as a propaganda tool.", "propaganda"),
    (STUDY + "The team catalogued propaganda techniques used on the platform.", "propaganda"),
])
def test_the_topic_carried_or_used_is_no_loaded_term(text, word):
    terms = author_terms(text)
    assert word not in terms, terms


# Guards: the writer's verdict keeps its cost (these pass on main too).
@pytest.mark.parametrize("text, word", [
    # an actor spreading it, even in a report about propaganda
    (STUDY + "The regime is spreading propaganda through its state television.", "propaganda"),
    # "be" before the compound, a possessive before it
    (STUDY + "The new app is a propaganda tool, and everyone in the field knows it.", "propaganda"),
    (STUDY + "The minister's propaganda tool was the state broadcaster.", "propaganda"),
    # no report on the topic anywhere: the same words are the writer's charge
    ("Sites like his spread propaganda every day, and the council should stop funding them.", "propaganda"),
    ("The senator's favourite app is nothing but a propaganda tool for his friends.", "propaganda"),
    ("The mayor's website spreads propaganda every week, and nobody on the council corrects it.", "propaganda"),
])
def test_the_writers_verdict_keeps_its_cost(text, word):
    terms = author_terms(text)
    assert word in terms, terms
