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


# --- 5. a dialogue told in prose is its speakers'; a run of one-word questions, each answered, is one device

PROSE = ("The council will vote on the plan in May. The developer has offered to pay for a new roundabout "
         "on the ring road.\n\nResidents of Mill Lane have collected 400 signatures against the scheme, "
         "and a public meeting is set for 3 April at the library.\n\nThe planning officer's report is due "
         "in two weeks.\n")


@pytest.mark.parametrize("talk", [
    "Developer: What about the car park?\nMayor Hale: What about it?\nDeveloper: Could it go?\n"
    "Mayor Hale: I don't think so.\nNot this year.\n",
    "Mr Grant: Have you seen the plans?\n\nMrs Okoye: Which plans?\n\nMr Grant: The ones for the square.\n\n"
    "Mrs Okoye: Why would I care about those?\n",
])
def test_a_dialogue_told_in_prose_is_its_speakers(talk):
    sig = loaded_language.score(prepare(LEAD + "She described the exchange like this:\n" + talk + "\n" + PROSE), Settings())
    assert [e.kind for e in sig.evidence if e.kind in ("rhetorical question", "first person")] == []


@pytest.mark.parametrize("text", [
    # two labelled lines among the author's prose: no dialogue
    LEAD + "Critics: Why build it at all?\nSupporters: Why not?\n\n" + PROSE,
    # the author's own question after the dialogue still counts
    LEAD + "Developer: What about the car park?\nMayor Hale: What about it?\nDeveloper: Could it go?\n"
    "Mayor Hale: Not this year.\n\n" + PROSE + "\nWho on the council will stand up to this?\n",
])
def test_the_authors_questions_around_labels_still_count(text):
    assert _questions(text) != []


@pytest.mark.parametrize("run", [
    "Why? Because nobody checked the accounts. How? Through a company in Jersey. Who? The same three directors.",
    "Why? Because it was cheap.\nHow? With borrowed money.\nWhen? Last spring.",
])
def test_a_run_of_answered_one_word_questions_counts_once(run):
    assert len(_questions(LEAD + "The deal fell apart in June. " + run + "\n")) == 1


@pytest.mark.parametrize("text", [
    # one-word questions not answered, or apart in the text, count each
    LEAD + "The deal fell apart in June. Why? Why? Why?\n",
    LEAD + "Why? Because nobody checked.\n\n" + PROSE + "\nHow? Nobody will say.\n",
])
def test_one_word_questions_apart_or_unanswered_count_each(text):
    assert len(_questions(text)) >= 2


# --- 6. an author's question answered by the author with a hedge (decided by loaded31, no rule
# changed): "Is the county different? Maybe." is exposition (voice16: the reader is told the answer,
# however weakly); "Is OUR county different? Maybe." stays the author's rhetorical question: the
# author asks as one of the community the piece argues for, and a question in the author's first
# person is the argued voice whatever follows (version 28), as an essayist's question-and-answer is.

@pytest.mark.parametrize("text, counted", [
    (LEAD + "Is the county different? Maybe. Its pools close earlier than most, and fewer children learn to swim.\n", False),
    (LEAD + "Is the county different? Perhaps not. The same cuts were made in every county in the region.\n", False),
    (LEAD + "Is our county different? Maybe. Its pools close earlier than most, and fewer children learn to swim.\n", True),
    (LEAD + "Are we any different? Perhaps not. The same cuts were made in every county in the region.\n", True),
])
def test_a_question_the_author_answers_with_a_hedge(text, counted):
    assert bool(_questions(text)) is counted
