"""Loaded language version 93 (helper calm31): a study cited as evidence that the text never names.

A calm health piece can rest on "A 2024 study of more than 3,000 adults found ...": the numbers
sound specific, but no author, institution, journal, title or link lets a reader find the study.
"Research suggests" already counted as an appeal to unnamed authority (loaded33); the specific-
sounding version cost nothing. Now a weasel attribution that cites a study, a trial, an analysis
or research for what it found ("found", "showed", "concluded"), or a study given only its size
("A recent analysis of 1,800 office workers showed", which the attribution pass takes for a sized
survey), is one editorial term, where the text names no study anywhere: no document or link
source, no citation, no web address and no capitalised word of [study_name_words] ("University",
"Journal", "Hospital", "BMJ"). The plain twins name the study (a university, a journal, a citation,
an institute in a later sentence) and keep their score. Fixtures are texts written for these tests."""

import pytest

from xlplugin.engine import score_text
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

TEA = """Green tea and stiff joints

Drinking two cups of green tea a day may ease stiff joints, according to a growing number of tea lovers. {study} that regular tea drinkers reported less stiffness in the morning and walked further without pain. Many readers have already made the switch, and several say their knees feel looser within a fortnight.

The tea is cheap and easy to find. Brew it for three minutes, let it cool a little, and drink it before ten in the morning for the best effect. Milk and sugar are best left out.
"""

WALK = """A short walk after dinner

A short walk after the evening meal may help people fall asleep sooner. {study} that a twenty-minute stroll after dinner cut the time it took to fall asleep by a third. The effect was largest in people who spent most of the day sitting down.

The habit costs nothing and needs no equipment. A loop around the block is enough, and a companion makes it easier to keep going through the winter months.
"""

BREAKFAST = """Breakfast at the table

Families who eat breakfast together may be giving their children a head start at school. {study} that children who ate a sit-down breakfast with a parent at least four days a week scored higher in reading tests at the age of nine. The children also missed fewer days of school.{after}

Finding the time can be hard. Laying the table the night before and keeping the meal simple, with toast, fruit and a glass of milk, can make it easier on busy weekday mornings.
"""

SWIM = """Sea swimming in winter

More people are swimming in the sea through the winter, and clubs along the coast report record numbers. {study} that swimmers who went in once a week for two months slept better and reported lower stress. Most of the new swimmers are over fifty.{after}

Clubs meet on Sunday mornings. Newcomers are asked to bring a warm hat and to stay in the water for only a few minutes at first.
"""

# (template, the unnamed study as the text cites it)
UNNAMED = [
    (TEA, "A 2023 study of more than 4,000 adults found", ""),
    (WALK, "A recent analysis of 1,800 office workers showed", ""),
    (BREAKFAST, "Research found", ""),
    (SWIM, "A 2022 study of 600 swimmers concluded", ""),
]
# the same texts with the study named: by its institution, its journal, a citation, an institute
# named in a later sentence, a link
NAMED = [
    (TEA, "A 2023 study of more than 4,000 adults by researchers at the University of Bristol found", ""),
    (WALK, "A recent analysis of 1,800 office workers, published in the Journal of Sleep Research in March, showed", ""),
    (BREAKFAST, "Research found", " The work was carried out at the Karolinska Institute in Stockholm."),
    (SWIM, "A 2022 study of 600 swimmers (Moreau et al., 2022) concluded", ""),
    (SWIM, "A 2022 study of 600 swimmers concluded", " The full report is at https://example.org/sea-swim-2022."),
]


def _fill(template: str, study: str, after: str) -> str:
    return template.replace("{after}", after).format(study=study) if "{after}" in template else template.format(study=study)


def _study_terms(text: str) -> list[str]:
    sig = loaded_language.score(prepare(text), Settings())
    return [e.text for e in sig.evidence if e.detail == loaded_language.STUDY_DETAIL]


@pytest.mark.parametrize("template, study, after", UNNAMED)
def test_a_study_the_text_never_names_is_an_appeal_to_unnamed_authority(template, study, after):
    text = _fill(template, study, after)
    assert _study_terms(text) == [study], loaded_language.score(prepare(text), Settings()).evidence
    sig = loaded_language.score(prepare(text), Settings())
    assert [e.kind for e in sig.evidence if e.detail == loaded_language.STUDY_DETAIL] == ["editorial"]
    assert sig.score < 1.0


@pytest.mark.parametrize("template, study, after", NAMED)
def test_a_study_named_anywhere_in_the_text_costs_nothing(template, study, after):
    text = _fill(template, study, after)
    sig = loaded_language.score(prepare(text), Settings())
    assert _study_terms(text) == []
    assert sig.score == 1.0, sig.evidence  # the plain twins hold no loaded term at all


@pytest.mark.parametrize("unnamed, named", [(UNNAMED[0], NAMED[0]), (UNNAMED[1], NAMED[1]), (UNNAMED[2], NAMED[2]),
                                            (UNNAMED[3], NAMED[3]), (UNNAMED[3], NAMED[4])])
def test_the_unnamed_study_scores_under_its_named_twin(unnamed, named):
    low = score_text(_fill(*unnamed)).reliability
    high = score_text(_fill(*named)).reliability
    assert low is not None and high is not None
    assert low < high - 5, (low, high)


@pytest.mark.parametrize("text", [
    # a survey given with its maker
    "The council met on Tuesday. A poll of 2,000 adults by YouGov found that most supported the new bus lanes.",
    # the study named in the sentence before, then referred back to
    "A 2021 study in the BMJ followed 900 nurses for a year. The study found that night shifts raised blood pressure.",
    # a named researcher speaks about it in the next sentence
    ("A new analysis of 700 allotment holders found that gardeners ate more vegetables. \"We were surprised by the size of "
     "the effect,\" said Dr Ines Varga, who led the work."),
    # a court trial, a product review: no study cited as evidence
    "The trial heard that the driver had been on the phone. The jury found him guilty on Friday.",
])
def test_near_misses_count_no_unnamed_study(text):
    assert _study_terms(text) == []


def test_the_same_study_named_by_an_institution_word_only_in_capitals():
    # "a school", "the clinic" in lower case name nothing: the study stays unnamed
    text = ("Children who nap after lunch may learn faster. A 2024 study of 300 pupils found that a short nap "
            "improved recall the next day. The pupils attended a school near the clinic.")
    assert _study_terms(text) == ["A 2024 study of 300 pupils found"]
