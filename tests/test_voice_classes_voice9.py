"""Loaded language version 25 (voice9): an argued voice counted where a reader sees none, fixed as
classes, each with the argued use it must keep counting. Fixtures are written for these tests.

1. a question put to the reader right before a call to reply ("Which was your favourite? Tell
   us in the comments") is no rhetorical question, and the "us" of the call is no argued first
   person (xlplugin.voice.reply_call, reply_prompt);
2. in a forum post (two forum furniture lines: "Re:", "Reply from", "Joined:"), the poster's "I",
   "me", "my" are them speaking for themselves, and a question asking for information is a
   request for help (xlplugin.voice.forum_post, help_question); "we must" and "Why ...?" there
   still count;
3. "we"/"our" as the subject of an institution's own acts: an outlet's correction ("We apologise
   for the error", "we misspelled", "we wrongly stated"), a research team's method ("We randomly
   assigned"), the outlet's staff ("Our reporter ...", "our political editor") are no argued
   first person (xlplugin.voice.reports_method, _names_own_staff).
"""

import pytest
from loaded_helpers import words_of_kinds as _kinds


LEAD = "The council met on Tuesday. Officials discussed the budget for the coming year and several roads. "


# 1. calls to reply, and the question to the reader before one

@pytest.mark.parametrize("ending", [
    "Which of these gadgets would you buy? Tell us in the comments below.",
    "Have you ever tried cycling to work? Let us know what happened.",
    "Which bakery is your local favourite? So please let us know below!",
    "Do you agree with the plan? Email us at letters@example.org.",
    "Was your street affected by the works? Drop us a line with your photos.",
])
def test_a_question_before_a_call_to_reply_is_no_rhetorical_question(ending):
    text = LEAD + "The new cycle lanes open next month on the ring road.\n\n" + ending
    assert _kinds(text, "first person", "rhetorical question") == []


@pytest.mark.parametrize("ending", [
    "Let us know in the comments.",
    "Tell us what you think of the new lanes.",
    "Send us your pictures of the parade.",
    "Contact us if you saw the crash.",
])
def test_the_us_of_a_call_to_reply_is_no_argued_first_person(ending):
    assert _kinds(LEAD + ending, "first person") == []


@pytest.mark.parametrize("text, n_first, n_questions", [
    # an argued "tell us", with no word of the reader or the reply: the author's
    ("Tell us the truth, minister. Who will pay for these roads?", 1, 1),
    # a rhetorical question with no reader's word before a call: still the author's
    ("Who will pay for these roads? Let us know below.", 0, 1),
    # a question to the reader with no call after it: left as it was
    ("Would you trust these people with your money? They have failed before.", 0, 1),
    # "let us" with no "know": the author's voice
    ("Let us be clear: the budget is a mistake.", 1, 0),
])
def test_argued_calls_and_questions_still_count(text, n_first, n_questions):
    assert len(_kinds(LEAD + text, "first person")) == n_first
    assert len(_kinds(LEAD + text, "rhetorical question")) == n_questions


# 2. a forum post: the poster's own "I" and a request for information

FORUM = """Re: Can I put a wood burner in a rented flat?

Posted by lena_r » Sun Apr 5, 2026 10:02 am

My landlord says it is fine but I am not sure about the flue. {question}

Joined: Feb 2021
Posts: 88

Reply from tomh » Sun Apr 5, 2026 10:31 am

{reply}
"""


def test_a_forum_posters_first_person_and_request_for_help_are_not_counted():
    text = FORUM.format(question="Do I need a survey first?",
                        reply="I had one fitted last year and my insurer wanted the certificate.")
    assert _kinds(text, "first person", "rhetorical question") == []


@pytest.mark.parametrize("question, reply, n_first, n_questions", [
    # "why" argues; "we must" is a call to arms, in a forum as anywhere
    ("Why does nobody in this country care about tenants?", "We must all write to the council.", 1, 1),
    # a question with "we" in it is no request for the poster's own situation
    ("Is this what we pay our rent for?", "Ask the letting agent.", 2, 1),
])
def test_a_forum_posts_argued_voice_still_counts(question, reply, n_first, n_questions):
    text = FORUM.format(question=question, reply=reply)
    assert len(_kinds(text, "first person")) == n_first
    assert len(_kinds(text, "rhetorical question")) == n_questions


def test_one_forum_like_line_alone_is_no_forum():
    # a letter that opens "Re:" is a letter, not a forum thread: its "I" is the writer's
    text = "Re: your letter of 3 May\n\nI think the plan for the high street is a mistake. Is it too late to stop it?"
    assert _kinds(text, "first person") == ["I"]
    assert len(_kinds(text, "rhetorical question")) == 1


# 3. an institution's own acts

@pytest.mark.parametrize("text", [
    "A report on 2 May gave the wrong date for the fair. We apologise for the error.",
    "In a caption on 4 May, we misspelled the name of the head teacher.",
    "An earlier version of this story wrongly said the bridge would close. We have corrected it.",
    "We wrongly stated that the council had approved the plan.",
    "We randomly assigned 60 wards to the new collection rota or the old one.",
    "We recruited 300 households and estimated their weekly waste.",
    "Our reporter Sam Oyelaran is at the town hall, where the count has begun.",
    "Our political editor says the vote will be close.",
    "In our sample, recycling rose by a tenth.",
])
def test_an_institutions_own_acts_are_no_argued_first_person(text):
    assert _kinds(LEAD + text, "first person") == []


@pytest.mark.parametrize("text, n", [
    ("We must not let them close the library.", 1),
    ("We all know the council has failed our children.", 2),
    ("Our country deserves better than this budget.", 1),
    ("Our country's journalists are far too timid.", 1),  # a possessive between: not the outlet's staff
    ("We will regret this decision for years.", 1),
])
def test_argued_we_and_our_still_count(text, n):
    assert len(_kinds(LEAD + text, "first person")) == n
