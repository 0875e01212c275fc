"""Loaded language version 86 (helper lift30): vocabulary the index missed on the SemEval tune
half's worst-ranked hyperpartisan articles, written as classes with each side's mirror: a side's
name for the other side's press as one machine, and each side's figure for migration and its
policing as an atrocity of war. A building called a media complex, a war's invasion, an invasion
of privacy and a historian's concentration camp count nothing. Fixtures are sentences written for
these tests."""

import pytest

from loaded_helpers import committee_author as _author, committee_evidence as _evidence

# (the right's label, the left's mirror)
PRESS = [
    ("The Democrat media complex buried the story for a week.",
     "The right-wing noise machine pushed the story for a week."),
    ("The liberal media complex will never report this.",
     "The conservative media machine will never report this."),
    ("The media-industrial complex ignored the hearing.",
     "The right-wing propaganda machine ignored the hearing."),
]
MIGRATION = [
    ("The migrant invasion is remaking the towns along the river.",
     "The administration is running concentration camps at the border."),
    ("The mayor welcomed an invasion of illegals into the city.",
     "The governor's policy left kids in cages for weeks."),
    ("Nobody in the capital will stop the invasion at the border.",
     "Nobody in the capital will close the baby jails in the desert."),
]

NEAR_MISSES = [
    "The broadcaster moved into a new media complex with six studios in Salford.",
    "Russia's invasion of Ukraine began in February 2022, officials said.",
    "The invasion of Normandy began on 6 June 1944.",
    "The lawsuit called the data collection an invasion of privacy.",
    "The museum stands on the site of a former concentration camp near Munich.",
    "Officials said 2,100 migrants crossed the border in May, up from 1,800 in April.",
    "The shelter keeps rabbits in cages at the back of the barn.",
]


@pytest.mark.parametrize("right, left", PRESS + MIGRATION)
def test_a_label_and_its_mirror_count_alike(right, left):
    assert _author(right) and _author(left), (_evidence(right), _evidence(left))


@pytest.mark.parametrize("sentence", NEAR_MISSES)
def test_plain_senses_count_nothing(sentence):
    assert _author(sentence) == [], _evidence(sentence)


def test_a_named_speakers_label_is_quoted():
    sentence = "Senator Hale said the story was buried by the Democrat media complex."
    kinds = [k for k, t in _evidence(sentence) if "complex" in t.lower()]
    assert kinds and all(k.startswith("quoted") for k in kinds), _evidence(sentence)
