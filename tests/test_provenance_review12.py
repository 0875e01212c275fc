"""provenance and forum furniture (prov14): false cues a tester found on fresh documents, as
classes, on texts written for these tests: commands, speech to come and plans read as named
sources; an author's bio line read as a named source; a genre label read as a reference to a
document; a deadline read as the publication date; a forum's counters, edit notes, subject line
and quoted posts read as the poster's own claims and questions. Each class with the right use
still counting."""

from __future__ import annotations

import pytest

from xlplugin import blockquotes, forum_posts
from xlplugin.scorers import loaded_language, provenance, unsourced_claims
from xlplugin.settings import Settings
from xlplugin.text import prepare

HEAD = "Parking charges rise at the lakeside\n\n"
FILLER = ("The car park by the lake has two hundred spaces. Most visitors arrive before ten in the morning. "
          "The café on the shore opens all year. ")


def _cue(text: str, cue: str):
    return {e.kind: e for e in provenance.score(prepare(text), Settings()).evidence}[cue]


def _sources(text: str):
    return _cue(text, "named sources with roles")


# --- 1. commands, speech to come and plans are no named sources -------------------------------

@pytest.mark.parametrize("sentence", [
    "The council will tell you to pay at the machine.",
    "The warden would tell anyone who asked to move along.",
    "Please tell the ranger when you arrive if you need a permit.",
    "Stay away from the barrier and show the council what you think of the charges!",
    "Tell the parks committee exactly what you think.",
    "Lakeside Parks Trust plans to remove 40 free parking posts next spring.",
])
def test_commands_future_speech_and_plans_are_no_named_sources(sentence):
    assert not _sources(HEAD + FILLER + sentence + "\n").present


@pytest.mark.parametrize("sentence", [
    "The council said the charges would pay for new toilets.",
    "Parks officer Mina Okafor told residents the charges were fair.",
    "Lakeside Parks Trust plans to close the west gate, chief executive Ana Reyes said on Monday.",
    "Councillor Ben Rhodes says the machines will take cards.",
])
def test_reported_speech_still_counts(sentence):
    assert _sources(HEAD + FILLER + sentence + "\n").present


# --- 2. an author's bio line is no named source -----------------------------------------------

def test_an_authors_bio_line_at_the_end_is_no_named_source():
    text = HEAD + FILLER + "\n\nMarta Lindqvist is a retired ferry pilot and writes about the lakes.\n"
    assert not _sources(text).present


def test_a_named_source_near_the_end_still_counts():
    text = HEAD + FILLER + "\n\nMarta Lindqvist said the charges were steep.\n"
    assert _sources(text).present


# --- 3. a genre label is no reference to a primary document ------------------------------------

def test_a_press_release_label_is_no_reference():
    text = "PRESS RELEASE\n\nLakeside Parks announces new charges\n\n" + FILLER + "\n"
    assert not _cue(text, "references to primary documents").present


def test_a_release_named_in_prose_still_counts():
    text = HEAD + FILLER + "According to a Lakeside Parks Trust report, the takings rose.\n"
    assert _cue(text, "references to primary documents").present


# --- 4. a deadline is no publication date ------------------------------------------------------

@pytest.mark.parametrize("line", ["Closing date: 14 February 2027", "Apply by 3 March 2027", "Offer ends 31 May 2027"])
def test_a_deadline_is_no_publication_date(line):
    text = "Seasonal warden wanted\n\n" + line + "\n\n" + FILLER + "\n"
    assert not _cue(text, "publication date").present


def test_a_date_line_still_is_the_publication_date():
    text = "Seasonal warden wanted\n\n14 February 2027\n\n" + FILLER + "\n"
    assert _cue(text, "publication date").present


# --- 5. forum furniture and quoted posts -------------------------------------------------------

FORUM = """Re: Are the lakeside parking charges going up?

Posted by fell_runner_72
Joined: Jun 2018 | Posts: 612

Read about this in the paper today. My sister parks there every morning and she paid 4 pounds last week.

Quote from: kayak_kate
Is it true they're shutting the whole car park??

No, just the west end as far as I know. The minutes are online if you want them.

Edit: the meeting is on 12 March at the village hall, 7pm.

Likes: 31 | Replies: 9
"""


def test_forum_counters_and_edit_notes_are_no_claims():
    doc = prepare(FORUM)
    texts = [e.text for e in unsourced_claims.score(doc, Settings()).evidence]
    assert not any("Likes" in t or "Edit:" in t for t in texts)
    assert any("4 pounds" in t for t in texts)  # the poster's own claim still counts


def test_forum_subject_and_quoted_post_are_no_questions_of_the_poster():
    doc = prepare(FORUM)
    questions = [e.text for e in loaded_language.score(doc, Settings()).evidence if e.kind == "rhetorical question"]
    assert not any("parking charges going up" in q or "whole car park" in q for q in questions)


def test_a_forum_subject_after_the_breadcrumbs_is_no_question_of_the_posters():
    """A saved forum page opens with the forum's breadcrumbs, then the thread's subject: the
    subject is still a title (the bundled forum example reads so)."""
    text = "Home > Forums > Local News\n\n" + FORUM.replace(
        "Re: Are the lakeside parking charges going up?", "Re: Parking on the lakeside: anyone know what is going on??")
    questions = [e.text for e in loaded_language.score(prepare(text), Settings()).evidence if e.kind == "rhetorical question"]
    assert not any("anyone know what is going on" in q for q in questions)
    late = FORUM.replace("Re: Are the lakeside parking charges going up?\n\n", "") + "\nRe: why does the council always lie to us?\n"
    questions = [e.text for e in loaded_language.score(prepare(late), Settings()).evidence if e.kind == "rhetorical question"]
    assert any("always lie to us" in q for q in questions)  # a reply's "Re:" far down is no subject


def test_a_question_of_the_posters_own_still_counts():
    text = FORUM.replace("The minutes are online", "Why does the council never listen to anyone? The minutes are online")
    questions = [e.text for e in loaded_language.score(prepare(text), Settings()).evidence if e.kind == "rhetorical question"]
    assert any("never listen" in q for q in questions)


def test_quoted_posts_are_blocks():
    doc = prepare(FORUM)
    blocks = blockquotes.reported_blocks(doc)
    assert any("whole car park" in doc.text[s:e] for s, e in blocks)
    assert not any("My sister" in doc.text[s:e] for s, e in blocks)


def test_a_counters_line_needs_counter_labels():
    doc = prepare(HEAD + FILLER + "\n\nScore: 3 | Time: 45\n")
    assert forum_posts.counter_lines(doc) == []


def test_an_edit_line_outside_a_forum_stays_prose():
    doc = prepare(HEAD + FILLER + "\n\nEdit: the café now closes at six in winter, the owner said.\n")
    assert forum_posts.forum_lines(doc) == []
