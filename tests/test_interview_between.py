"""An author's paragraph between two answers of an interview (the writer's commentary, the
interviewee in the third person) ends the answer before it, as `interview.last_turn_end` ends
the last answer: the writer's words there count as the writer's, not as the interviewee's.

Every text here was written for this project.
"""

from __future__ import annotations

import pytest

from xlplugin import interview
from xlplugin.engine import score_text
from xlplugin.text import prepare

COMMENT = "Okafor laughs when she says it; the ferry is a disgraceful old wreck, and it shows in the engine room."

LABELLED = f"""Five questions for Mara Okafor, who runs the harbour ferry.

Q: How long have you run the ferry?

A: Eleven years this spring. I took it over from my uncle when he retired.

{COMMENT}

Q: What worries you most?

A: The fuel price. I have had to raise fares twice this year.

Q: Will the service survive?

A: I think so, if the council keeps its grant.
"""

SPEAKERS = f"""We spoke to Mara Okafor, who runs the harbour ferry.

GAZETTE: How long have you run the ferry?

OKAFOR: Eleven years this spring. I took it over from my uncle when he retired.

{COMMENT}

GAZETTE: What worries you most?

OKAFOR: The fuel price. I have had to raise fares twice this year.

GAZETTE: Will the service survive?

OKAFOR: I think so, if the council keeps its grant.
"""


@pytest.mark.parametrize("text", [LABELLED, SPEAKERS], ids=["Q and A labels", "speaker labels"])
def test_the_authors_paragraph_between_two_answers_is_not_the_first_answers(text):
    doc = prepare(text)
    talk = interview.find(doc)
    assert talk is not None and len(talk.answers) == 3
    assert not talk.in_answer(doc.text.index("Okafor laughs"))
    assert talk.in_answer(doc.text.index("Eleven years")) and talk.in_answer(doc.text.index("I took it over"))


def test_the_authors_loaded_words_between_answers_count_as_the_authors():
    loaded = score_text(LABELLED).signals["loaded_language"]
    kinds = {e.text: e.kind for e in loaded.evidence}
    assert kinds.get("disgraceful") == "emotive", loaded.evidence  # not "quoted emotive"


def test_an_answer_that_speaks_of_someone_its_question_named_stays_whole():
    """A "he" after an answer may mean the person the question named: no cut."""
    text = """We spoke to the lawyer Ana Reyes about her client.

Q: How is Tomas Berg doing in prison?

A: Not well, as far as I know. I saw him last week.

He needs a doctor, and the prison will not let one in.

Q: What happens next?

A: We appeal. I expect a date in the spring.

Q: Will you go to the hearing?

A: I will, with his family.
"""
    doc = prepare(text)
    talk = interview.find(doc)
    assert talk is not None and talk.in_answer(doc.text.index("He needs a doctor"))


def test_an_answer_interrupted_by_a_video_box_stays_whole():
    """A box inside an answer (a video's title) with the answer going on after it in the first
    person is an interruption, not the end of the answer."""
    text = """Five questions for Mara Okafor, who runs the harbour ferry.

Q: How long have you run the ferry?

A: Eleven years this spring. I took it over from my uncle when he retired.

WATCH The Ferry At Dawn

I still love the early crossing, when the water is flat.

Q: What worries you most?

A: The fuel price. I have had to raise fares twice this year.

Q: Will the service survive?

A: I think so, if the council keeps its grant.
"""
    doc = prepare(text)
    talk = interview.find(doc)
    assert talk is not None and talk.in_answer(doc.text.index("I still love"))
