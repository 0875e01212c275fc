"""senses28: naming what a report is about is not the writer's loaded language.

A label of content ("abusive", "hateful", "racist", "threatening") said of posts, messages or
speech, or put after "as" by a verb of coding ("coded 610 of them as abusive"), and a noun that
names such a category ("insults", "harassment", "threats"), in a sentence that with the one
before it speaks of a study, a count, a removal or a prosecution, names the subject reported on
(xlplugin.studied_content.named_subject, data/studied_content.txt). The writer calling someone's
words abusive, with no such frame, keeps the cue, whichever side is called so. Fixtures written
for these tests.
"""

import pytest

from xlplugin import score_text

VOICE = {"first person", "rhetorical question", "reader address"}
TAIL = (" The figures will be published in full next month, a spokesperson said. The group plans a "
        "second survey in the autumn and has asked three other cities to take part.")


def _terms(text: str) -> list[str]:
    loaded = score_text(text).signals["loaded_language"]
    return [e.text.lower() for e in loaded.evidence if e.kind not in VOICE]


@pytest.mark.parametrize("text", [
    "Abusive posts aimed at bus drivers on two city forums rose by half last year, according to a study "
    "by Westfield University. The researchers coded 900 posts as abusive.",
    "Hateful content aimed at nurses on three social sites doubled in two years, according to a study. "
    "The researchers coded 5,200 posts and flagged 610 of them as sexist or threatening.",
    "Kestrel Social removed 4,000 abusive comments from its news pages in March, the company said in its "
    "quarterly report.",
    "A Dunmore man was charged with sending racist messages to a councillor, police said on Friday. He "
    "will appear before magistrates in May.",
    "Insults and threats against bus drivers rose by a third last year, a union survey found. Drivers "
    "reported 1,200 cases of harassment, up from 900.",
    "Reports of hate speech to the city's helpline rose by a fifth in 2025, according to council data.",
    "The study counted posts on two forums. Many used insults aimed at riders, and 300 held threats.",
    "A woman was convicted of posting homophobic messages about a neighbour, the court heard.",
])
def test_the_subject_of_a_study_count_or_case_is_no_loaded_term(text):
    terms = _terms(text + TAIL)
    assert terms == [], terms


@pytest.mark.parametrize("text, word", [
    # the writer's own judgement of someone's words, each side
    ("The mayor's abusive posts have shamed this town, and the council does nothing to stop him.", "abusive"),
    ("The professor's hateful tweets about farmers show what the campus really thinks of us.", "hateful"),
    ("The senator's racist remarks about migrants should end his career, and his party knows it.", "racist"),
    ("The union boss hurls insults at anyone who questions the strike, and his members cheer.", "insults"),
    ("Councillor Reed sent abusive messages to his rival all summer, and voters should remember it.", "abusive"),
])
def test_the_writers_own_judgement_keeps_its_cue(text, word):
    assert word in _terms(text)


@pytest.mark.parametrize("text, word", [
    # words of a study or a count in another sense, or a verdict beside one: the cue stays
    ("His remark is an insult to every nurse, and what research has he done to back it?", "insult"),
    ("She warned that the personal charges and insults he will throw at her are the real danger.", "insults"),
    ("He began with insults against the riders and then doubled down with a plan to ban them.", "insults"),
    ("Police said the coach's sexually abusive behaviour went on for years before anyone spoke up.", "abusive"),
])
def test_a_verdict_beside_a_word_of_counting_keeps_its_cue(text, word):
    assert word in _terms(text)


def test_a_label_of_a_person_is_no_subject_even_in_a_study():
    # "racist" said of a person, not of posts or messages, keeps its cue beside a study
    assert "racist" in _terms("A study of the forums was published on Monday. Its author is a racist who "
                              "hates the riders.")
