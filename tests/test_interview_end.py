"""Where an interview's last answer and a transcript's last turn end (xlplugin/interview.py
`last_turn_end`): no next label ends them, so they run on over the paragraphs that still read as
the speaker's and stop at the first one that reads as the author's (a heading, a closing note, the
speaker named in the third person, a pronoun that can only mean the speaker). Every reader shares
that end: the author's "I", loaded words and questions after an interview count as the author's.
Fixtures are written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from xlplugin import interview, interviewee, kinds
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

# A labelled interview, then the writer's own commentary about the interviewee.
LOCK = """The lock keeper of Millbrook

Tom Harlow: How long have you kept the lock at Millbrook?

Iris Penn: Since 1998. I took over from my father, who kept it for thirty years before me.

Tom Harlow: What does a normal day look like in summer?

Iris Penn: I open the gates at eight, and on a busy Saturday I work them sixty times before dusk.

Tom Harlow: Will the canal trust close the lock next year?

Iris Penn: I hope not. I have written to the trust twice and heard nothing back from anyone there.
"""

COMMENTARY = """
Penn's letters are still unanswered. I find the trust's silence shameful, a disgrace to every volunteer on the canal. Who will work the gates when she retires?
"""

# The last answer runs over a second paragraph: still the interviewee's words.
SECOND_PARAGRAPH = """
My brother calls the closure plan a disgrace and a scandal, and I think he is right about that, though I say it more quietly.
"""


# Q:/A: labels: an interview, no transcript.
BASE = """Q: How long have you rung the bells at St Anne's?

A: Since I was fourteen. My aunt taught me on the tenor bell.

Q: Do you still ring every Sunday?

A: Every week, and most weddings. I missed two services in ten years, both for the flu.
"""


def loaded(text: str):
    return loaded_language.score(prepare(text), Settings())


def test_the_last_answer_ends_before_the_authors_commentary():
    doc = prepare(LOCK + COMMENTARY)
    found = interview.find(doc)
    start, end = found.answers[-1]
    assert doc.text[start:end].startswith("Iris Penn: I hope not.")
    assert end == doc.text.index("Penn's letters")
    assert not found.in_answer(doc.text.index("I find"))
    assert interviewee.source(doc, found, doc.text.index("I find")) is None


def test_the_authors_i_loaded_words_and_questions_after_an_interview_count():
    result = loaded(LOCK + COMMENTARY)
    assert result.details["author_terms"] >= 2  # "shameful", "disgrace"
    assert result.details["first_person_per_1000_words"] > 0  # the author's "I find"
    assert result.details["question_share"] > 0  # "Who will work the gates ...?"
    assert [e.text for e in result.evidence if e.kind == "first person"] == ["I"]
    doc = prepare(LOCK + COMMENTARY)
    assert kinds._first_person_rate(doc, Counter(doc.lowers)) > 0
    plain = prepare(LOCK)  # the interview alone: every "I" is the interviewee's
    assert kinds._first_person_rate(plain, Counter(plain.lowers)) == 0


@pytest.mark.parametrize("name", ["LOCK", "BASE"])  # (LOCK's named turns make a transcript too; BASE's Q:/A: do not)
def test_a_last_answer_of_two_paragraphs_is_the_speakers_throughout(name):
    text = globals()[name] + SECOND_PARAGRAPH
    doc = prepare(text)
    found = interview.find(doc)
    assert found.answers[-1][1] == len(doc.text)
    assert found.in_answer(doc.text.index("My brother"))
    result = loaded(text)
    assert result.details["author_terms"] == 0 and result.details["quoted"] >= 2
    assert result.details["first_person_per_1000_words"] == 0


# A podcast transcript: the host signs off in her own turn, then the page's notes follow.
SHOW = """Harbour Talk, episode 40

**Ruth:** Welcome back. This week my guest wants to ban beer traps for slugs.

**Omar:** I do. They are a menace to hedgehogs, and I have the photos to prove it.

**Ruth:** A menace? I have used them for years without trouble.

**Omar:** Then you have been lucky, and so have your hedgehogs.

**Ruth:** That's all for this week. Thanks for listening, and see you next time.

This transcript has been edited for length. I sat in on the recording and found the whole quarrel absurd. Why did nobody mention the frogs?
"""


def test_a_transcript_ends_with_the_hosts_sign_off_not_the_notes_after_it():
    doc = prepare(SHOW)
    talk = interview.transcript(doc)
    assert talk is not None
    assert talk.holds(doc.text.index("That's all for this week"))  # the host's own words
    assert talk.holds(doc.text.index("see you next time"))
    assert not talk.holds(doc.text.index("This transcript has been edited"))
    result = loaded(SHOW)
    assert result.details["first_person_per_1000_words"] > 0  # "I sat in", the author's
    assert result.details["question_share"] > 0  # "Why did nobody mention the frogs?"


# One sentence a line (no blank lines): the author asks about the answer, of "him".
LINES = """Counsel: Where were you on the night of the fire?
Mr. Dale: At home, the whole evening.
Counsel: Was anyone with you at home?
Mr. Dale: No.
If he was at home alone, how could anyone confirm a word of it?
The police never asked the neighbours either.
"""


def test_a_pronoun_that_can_only_mean_the_speaker_ends_the_answer():
    doc = prepare(LINES)
    found = interview.find(doc)
    assert doc.text[slice(*found.answers[-1])].strip() == "Mr. Dale: No."
    assert loaded(LINES).details["question_share"] > 0



@pytest.mark.parametrize("tail, ends", [
    ("Read more: the bell towers of the county", True),
    ("More photos from the tower", True),  # a heading: a short line with no closing punctuation
    ("- the tenor bell\n\n- the treble", False),  # a list in the answer, not headings
    ("Related stories:\n\nThe organ that came back from the sea.", True),
    ("This interview was edited for length and clarity.", True),
    ("The tower needs a new frame, and in this reporter's view the parish should pay for it.", True),
    ("Follow Tower Talk on Instagram for more.", True),
    ("Follow the sound, my aunt used to say, and I still do.", False),  # no one to follow online
    ("Thanks to her, I never once thought of giving up.", False),  # "thanks to": not a thank-you
    ("\u201cA bell is a patient teacher.\u201d", False),  # a pull quote of the answer
    ("My aunt, Ruth Hale, rang until she was ninety. She never missed a wedding in her life.", False),
    ("She has rung at four hundred weddings since then.", True),  # the answer names no one: "she" is the speaker
])
def test_which_paragraph_after_the_last_answer_is_the_authors(tail, ends):
    text = BASE + "\n" + tail + "\n"
    doc = prepare(text)
    found = interview.find(doc)
    assert found is not None
    assert found.in_answer(doc.text.index(tail[:12])) is not ends


def test_a_title_in_the_speakers_label_is_no_name():
    """"MEMBER HALE:" names Hale: a later "Member" of the same turn is the speaker's word, "Hale" the author's."""
    minutes = ("CHAIR OKAFOR: We turn to the quarry road.\n\nMEMBER HALE: I object to the plan.\n\n"
               "CHAIR OKAFOR: Noted. Anything more?\n\nMEMBER HALE: Yes, one thing.\n\n")
    for tail, ends in (("Member states of the trust have written to me about it.", False),
                       ("Hale left the room before the vote was taken.", True)):
        doc = prepare(minutes + tail + "\n")
        talk = interview.transcript(doc)
        assert talk is not None and talk.holds(doc.text.index(tail[:10])) is not ends
