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


# --- 3. the newsroom's pledge in its other words makes its "we" the outlet's

def _first_person(text: str) -> list[str]:
    sig = loaded_language.score(prepare(text), Settings())
    return [e.text for e in sig.evidence if e.kind == "first person"]


NEWSROOM = "We understand the boiler failed an inspection in September. We have asked the trust for the report.\n\n"


@pytest.mark.parametrize("pledge", [
    "More to follow.\n",
    "More to follow as we get it.\n",
    "(More to follow)\n",
    "Further details to follow.\n",
    "We will bring you more as we get it.\n",
    "We'll bring you the latest as the council meets tonight.\n",
    "This is a developing story.\n",
    "This story is developing and will be updated.\n",
])
def test_the_newsrooms_pledge_makes_its_we_the_outlets(pledge):
    assert _first_person(LEAD + NEWSROOM + pledge) == []


@pytest.mark.parametrize("text", [
    # no pledge: "we" argued
    LEAD + "We deserve a pool that stays open, and we must fight for it.\n",
    # the pledge inside a quotation is the speaker's
    LEAD + "\"More to follow,\" the chair said. We deserve a pool that stays open.\n",
    # "more to follow" inside a sentence of argument, not a line of its own
    LEAD + "We expect there is more to follow from this council, and we will not stay quiet.\n",
])
def test_argued_we_still_counts_without_the_pledge(text):
    assert _first_person(text) != []


# --- 4. a closing appeal for support is the site's box, however many footer lines follow it

FOOTER = "Share this:\nFacebook\nX\nEmail\nTags: Harwick, swimming, council\n\u00a9 2026 Harwick Herald. All rights reserved.\n"


def _authors(text: str) -> list[str]:
    sig = loaded_language.score(prepare(text), Settings())
    return [e.kind for e in sig.evidence if e.kind not in ("reader address",)]


@pytest.mark.parametrize("appeal", [
    "Support our journalism: every pound keeps our reporters at council meetings.\n",
    "Please consider a donation. We can't keep reporting without readers like you!\n",
    "Please consider supporting us. Our newsroom is funded by readers.\n",
    "Like what we do?\nChip in to our fund. We are funded by readers like you.\n",
])
@pytest.mark.parametrize("footer", [FOOTER, "\n" + FOOTER, "Filed under: News\nLeave a comment\nRelated\n" + FOOTER])
def test_a_closing_appeal_above_a_footer_is_the_sites_box(appeal, footer):
    assert _authors(LEAD + appeal + footer) == []


@pytest.mark.parametrize("text", [
    # the appeal's words with the piece's prose after them stay the author's
    "Support us or they win! We must stand up to this council.\n\n" + LEAD
    + "The trust said it will reopen the pool in March if the roof passes its survey next month.\n\n"
    + "Lessons for schools will move to the sports centre in Calder until then.\n\n"
    + "The council will publish the survey's findings in February, a spokesman said.\n" + FOOTER,
    # a question or a shout below it is prose, not a footer
    LEAD + "Please consider a donation. We can't do this alone!\nWho else will tell you the truth?\n"
    + "Nobody!\n",
])
def test_an_appeal_with_prose_after_it_stays_the_authors(text):
    assert _authors(text) != []


# --- 2. a headline question that the piece answers is its topic, not a rhetorical question

BODY = ("Volunteers at the Harwick clinic walked for fifteen minutes after each meal for two weeks, and "
        "nurses measured their blood sugar every morning.\n")


@pytest.mark.parametrize("headline", [
    # a finding reported in the rest of the line, or on the next line
    "Does a daily walk after meals lower blood sugar? What a new trial found\n\n",
    "Does a daily walk after meals lower blood sugar?\nA small study shows how much it helps.\n\n",
    # a number in the standfirst below it
    "Should patients walk after meals?\nSugar levels fell by 12% in the walking group.\n\n",
    # a yes or a no opening the answer
    "Is a short walk enough?\n\nYes, for most adults, the clinic's nurses say.\n\n",
    "Is a short walk enough?\n\nNo. The benefit faded when walks were under ten minutes.\n\n",
    # the headline's own words echoed in the standfirst
    "Can walking replace medicine?\nWalking helped, but it did not replace anyone's tablets.\n\n",
])
def test_a_headline_question_the_piece_answers_is_its_topic(headline):
    assert _questions(headline + BODY) == []


@pytest.mark.parametrize("text", [
    # leading: rhetorical whatever follows
    "Why does nobody in the health service care about walking?\n\nWalking costs nothing, 12 minutes a day.\n\n" + BODY,
    "Isn't it time doctors prescribed a walk?\n\nA small study shows how much it helps.\n\n" + BODY,
    # a first paragraph after a blank line shares the headline's words and numbers, answering nothing
    "Did the clinic spend 2 million pounds on treadmills?\n\nThe clinic opened in 2019 and treats "
    "300 patients a week.\n\n" + BODY,
    # no sign of an answer below it
    "Who decides what Harwick eats?\n\nThe supermarkets have had their way for decades.\n\n" + BODY,
    # not the first line: a question inside the piece still needs its own answer
    BODY + "\nCan walking replace medicine?\n\nThe nurses think it might, one day.\n",
    # a headline followed by another question
    "Should patients walk after meals?\n\nAnd who will pay for the nurses?\n\n" + BODY,
])
def test_other_questions_still_count(text):
    assert _questions(text) != []
