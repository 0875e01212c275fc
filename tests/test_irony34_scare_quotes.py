"""Loaded language version 99 (irony34): mock praise in single quotation marks. British writers
put their scare quotes in single marks ("our 'leaders'", "the \u2018experts\u2019", "their
'reforms'"), which the sentence splitter does not read as quotations (an apostrophe looks
the same), so they counted nothing while the same words in double marks counted one scare quote.
A word or two in lower case in single marks right after a determiner or a possessive pronoun now
counts as a double-quoted one does; a speaker's words (a verb of saying in the sentence, or inside a
quotation), a term named ("known as the \u2018tilted balance\u2019", "the \u2018amber\u2019 list"),
a capitalised title, "rock 'n' roll", a quotation after a noun's possessive ("the mayor's
\u2018pivot\u2019", mostly a name) and a term quoted twice or more (the name the text uses) count
nothing. Fixtures are written for these tests.
"""

import pytest

from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

LEAD = ("The county council met on Tuesday to set next year's budget. The meeting ran for four hours.\n\n"
        "The leader, Priya Nair, said the council had consulted widely. Three members voted against.\n\n")
TAIL = "\n\nThe council meets again in March."


def _scare_quotes(passage: str) -> list[str]:
    score = loaded_language.score(prepare(LEAD + passage + TAIL), Settings())
    return [e.text for e in score.evidence if e.kind == "scare quote"]


@pytest.mark.parametrize("passage", [
    # from the left
    "The bosses' pay rose by a fifth while their \u2018savings\u2019 closed two wards.",
    "The landlords' lobby calls it choice. Their 'reforms' cut the deposit scheme in half.",
    "His \u2018efficiencies\u2019 have put a year on the waiting list.",
    # from the right
    "Our 'leaders' in Brussels have found another way to spend farmers' money.",
    "The \u2018experts\u2019 at the climate office were wrong about the winter again.",
    "Their 'solidarity' ended the day the bonus was paid.",
])
def test_single_quoted_mock_praise_is_a_scare_quote(passage):
    assert len(_scare_quotes(passage)) == 1


@pytest.mark.parametrize("passage", [
    "The minister said the plan was the 'best option' for the county.",
    "The test known as the \u2018tilted balance\u2019 applies to the appeal.",
    "The council put the town on the \u2018amber\u2019 list on Friday.",
    "\u201cHe called them the \u2018experts\u2019 and laughed,\u201d she said.",
    "Rock 'n' roll played at the mayor's party until ten.",
    "The 'n' key on the council's old typewriter has broken.",
    "The \u2018Times\u2019 reported the vote on Wednesday.",
    "The workers' canteen and the drivers' rest room will close.",
    "It's the county's biggest budget since the 1990s, and its officers' pay rose by 3%.",
    # after a noun's possessive, mostly the name a policy or a place goes by
    "The mayor\u2019s \u2018pivot\u2019 to the suburbs began in May with two new bus routes.",
    "Bristol\u2019s \u2018tobacco quarter\u2019 draws visitors every weekend.",
    # a term quoted twice or more is the name the text uses for it
    "The \u2018blue line\u2019 on the chart shows the forecast. The \u2018blue line\u2019 was revised in May.",
])
def test_plain_single_quotes_and_apostrophes_count_nothing(passage):
    assert _scare_quotes(passage) == []


@pytest.mark.parametrize("passage", [
    'Our "leaders" in Brussels have found another way to spend farmers\' money.',
    'The minister\'s "efficiencies" have put a year on the waiting list.',
])
def test_double_quoted_mock_praise_still_counts_once(passage):
    assert len(_scare_quotes(passage)) == 1


def test_so_called_before_a_quoted_word_counts_once_as_so_called():
    for passage in ("The so-called 'reforms' cut the budget for the third year.",
                    'The so-called "reforms" cut the budget for the third year.'):
        score = loaded_language.score(prepare(LEAD + passage + TAIL), Settings())
        assert [e.text for e in score.evidence if e.kind in ("scare quote", "doubt")] == ["so-called"]
