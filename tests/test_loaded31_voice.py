"""Loaded language version 50 (loaded31): questions, subheads and the newsroom's voice, as classes.
Fixtures are written for these tests."""

import pytest

from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

LEAD = ("The swimming pool in Harwick will shut for the winter to save heating costs, the town council "
        "said on Friday. About 300 people swim there each week, according to the leisure trust.\n\n")


def _questions(text: str) -> list[str]:
    sig = loaded_language.score(prepare(text), Settings())
    return [e.text.strip() for e in sig.evidence if e.kind == "rhetorical question"]


# --- 1. question lines answered on the next line: an explainer's subheads, unless the author argues as "I"

SUBHEADS = ("Who will lose out?\nSchool groups and the over-sixties club lose their morning sessions.\n\n"
            "What will it save?\nAbout 40,000 pounds in gas over five months.\n\n"
            "Is there another pool nearby?\nThe nearest is in Calder, eleven miles away.\n")


@pytest.mark.parametrize("voice", [
    "I think closing it is a mistake, and I said so at the meeting.\n\n",
    "My children learned to swim there.\n\n",
    "The council should think again, in my view.\n\n",
    "Nobody asked me, the people who use it most.\n\n",
])
def test_an_essay_argued_as_i_asks_its_own_questions(voice):
    assert len(_questions(LEAD + voice + SUBHEADS)) == 3


@pytest.mark.parametrize("voice", [
    "",
    # a source's "I" inside quotation marks is the source's
    "\"I swim there every morning,\" said Gail Rudd, 71.\n\n",
    # the reader's "I" in a heading question is the reader's
    "Can I still use my season ticket?\nTickets will be refunded for the months the pool is shut.\n\n",
    # "i" in lower case is a mark, not the pronoun
    "Opening hours are listed in table i of the notice.\n\n",
])
def test_a_newsrooms_subheads_stay_answered(voice):
    assert _questions(LEAD + voice + SUBHEADS) == []
