"""Interview form (xlplugin/interview.py) and what it changes: the kind (an interview is
reporting), the author's voice (questions put to an interviewee are not rhetorical, the
interviewee's "I" is not the author's). Fixtures are written for these tests."""

from __future__ import annotations

import pytest

from xlplugin import interview, kinds
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

# An interview as plain question lines and answer lines, under an introduction that says so.
PLAIN = """Four questions for the harbour's new pilot

Dana Okoro started guiding ships into the port of Eastmere this spring after a decade at sea. We talked to her about the job.

How did you end up on the pilot boat?
I sailed on cargo ships for ten years and my last captain told me the port was short of pilots. I applied the week I came ashore.

What is the hardest part of the work?
Fog in the early morning. I have to bring a ship of three hundred metres through a channel that is barely wider than my street at home.

Has the new breakwater made a difference?
Yes, the swell inside the harbour is far lower than it was, and my crew can board ships in weather that used to keep us in port.

What do you do on a day off?
I fix up an old wooden dinghy in my garage, slowly, and I take my nephew fishing when the weather is kind.
"""

# The same kind of talk with speaker labels (the interviewer's turns end with a question).
LABELLED = """The cheese maker of Hollow Lane

Sam Reyes: You took over the dairy from your aunt. Was that always the plan?

Lena Brandt: Not at all. I trained as a nurse and I only came back to help for one summer, and I stayed.

Sam Reyes: What has changed since then?

Lena Brandt: We moved the cellar underground, which keeps my cheeses at a steady temperature all year round.

Sam Reyes: And what is next for the farm?

Lena Brandt: I want to open a small shop at the gate so that walkers can buy a wedge on their way past.
"""

# Q:/A: labels.
QA = """Q: When does the new ferry timetable start?
A: On the first of May. I expect the early sailing to be the busiest one by far.
Q: Will fares go up?
A: No, I can promise that fares stay where they are until next year at the earliest.
"""

# An opinion piece whose subheadings are questions answered by the writer: no interview.
ESSAY = """Why our town should keep its night buses

The council wants to cut the last three buses of the evening to save money. I think that would be a mistake.

Who rides the night buses? Nurses, cleaners and bar staff going home after their shifts, and students who cannot afford a taxi home.

What would the cut save? Far less than the council claims, because the drivers are already paid for the late shift anyway.

Is there a better way? Yes. Run smaller buses after ten, and keep every route running until midnight at the very least.
"""
# (Each question runs on into its answer, as an essay's asides do.) The same essay with each
# question alone on its line and its answer on the next: an explainer's subheads have that layout
# (argued_voice._subhead), but this author argues as "I", so its questions stay rhetorical (loaded31).
ESSAY_LINES = ESSAY.replace("? ", "?\n")


def voice(text: str):
    return loaded_language.score(prepare(text), Settings()).details


def first_persons(text: str) -> list[str]:
    return [e.text for e in loaded_language.score(prepare(text), Settings()).evidence if e.kind == "first person"]


@pytest.mark.parametrize("text, form", [
    (PLAIN, "questions and answers under an interview's introduction"),
    (LABELLED, "labelled questions and answers"),
    (QA, "labelled questions and answers"),
])
def test_interview_forms_are_found_with_their_questions_and_answers(text, form):
    doc = prepare(text)
    found = interview.find(doc)
    assert found is not None and found.form == form
    assert len(found.questions) >= 2 and len(found.answers) == len(found.questions)
    for (qs, qe), (as_, ae) in zip(found.questions, found.answers):
        assert doc.text[qs:qe].rstrip().endswith("?") and qe <= as_ < ae
        assert not doc.text[as_:ae].rstrip().endswith("?")


def test_questions_under_headings_of_an_essay_are_no_interview():
    assert interview.find(prepare(ESSAY)) is None


# A writer's run of questions to the reader, each answered by more of the writer's questions
# or argument: rhetorical, not an interview.
TO_THE_READER = """When the river floods again, what will you tell your children?

What did you do when the council voted to build on the water meadows? Did you write to anyone?

Did you go to the meeting?
Most of us stayed at home. Were we too busy to care? Our neighbours downstream will pay for it.

Did you sign the petition?
Our town has built on its flood plain for fifty years, and we all know how this story ends.

Will you speak up now?
Because the next vote is in June, and our silence last time is the reason we are here at all.

Or will you keep quiet?
The water will not keep quiet. It never has, and my grandmother could tell you where it stood in 1953.
"""


def test_a_run_of_questions_to_the_reader_is_no_interview():
    assert interview.find(prepare(TO_THE_READER)) is None
    assert voice(TO_THE_READER)["question_share"] > 0.2


def test_field_labels_are_nobodys_turn():
    form = "Date: 4 May\nTime: 7pm?\nVenue: the old mill\nDate: 5 May\nTime: 8pm?\nVenue: the church hall\n"
    assert interview.find(prepare(form)) is None


def test_an_interview_is_a_report_not_the_writers_opinion():
    for text in (PLAIN, LABELLED):
        kind = kinds.classify(prepare(text))
        assert kind.kind == kinds.NEWS
        assert any(cue.startswith("interview form") for cue in kind.cues)


def test_an_opinion_label_still_makes_an_interview_opinion():
    assert kinds.classify(prepare("Opinion\n\n" + PLAIN)).kind == kinds.OPINION


def test_interview_questions_are_not_rhetorical_and_answers_are_not_the_authors_voice():
    for text in (PLAIN, LABELLED, QA):
        assert voice(text)["question_share"] == 0
    assert first_persons(PLAIN) == ["We"]  # the interviewer's introduction ("We talked to her")
    assert first_persons(LABELLED) == first_persons(QA) == []
    # the essay's own questions and "I" still count, its questions inline or on lines of their own
    for text in (ESSAY, ESSAY_LINES):
        essay = voice(text)
        assert essay["question_share"] > 0 and essay["first_person_per_1000_words"] > 0
        assert essay["question_share"] == voice(ESSAY)["question_share"]
