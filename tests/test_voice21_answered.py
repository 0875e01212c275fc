"""(voice21) A question the author answers in the very next sentence is exposition, not a
rhetorical question, as classes. Fixtures written for these tests.

1. A count that answers it and runs on after a comma with a hedge or a source ("Three things,
   as far as I can tell.", "Two reasons, in short.").
2. A question of what something means for the reader, "you" its closing object ("What does it
   mean for you?"), answered by a weighed answer ("Probably not much yet.").
Near misses stay rhetorical: a question put to the reader ("Do you believe that?"), a leading one,
one left hanging, a count that goes on as a clause of its own.
"""

from __future__ import annotations

import pytest
from loaded_helpers import words_of_kinds

LEAD = "The county council met again on Thursday evening. "


def _asked(text: str) -> list[str]:
    return words_of_kinds(LEAD + text, "rhetorical question")


@pytest.mark.parametrize("question", ["So what happened?", "Why did it take so long?", "What changed?",
                                      "What went wrong at the depot?"])
@pytest.mark.parametrize("answer", ["Three things, as far as I can tell.", "Two reasons, in short.",
                                    "Four things, according to the engineers.", "Several reasons: money above all."])
def test_count_with_a_tail_answers(question: str, answer: str) -> None:
    text = f"{question} {answer} The budget passed and the depot reopens in May."
    assert _asked(text) == []


@pytest.mark.parametrize("question", ["What does it mean for you?", "How will the change affect you?",
                                      "What does this change for you?", "Does the new rule matter to you?"])
@pytest.mark.parametrize("answer", ["Probably not much yet.", "Mostly a higher bill.", "It depends on where you live."])
def test_what_it_means_for_you_answered(question: str, answer: str) -> None:
    text = f"{question} {answer} Most bills will rise by a few pounds in April."
    assert _asked(text) == []


@pytest.mark.parametrize("text", [
    "Do you believe that? Probably not. Nobody in the room did.",                     # asked of the reader
    "Who are you to judge? Nobody. The vote was close.",                               # "you" its subject
    "Who could possibly believe that? Nobody in the room did.",                        # no weighed answer
    "Isn't it time they listened? Two reasons, in short. Money and votes.",            # leading
    "What changed? Three things changed in the town, as far as I can tell, and more.",  # the count runs on
])
def test_near_misses_stay_rhetorical(text: str) -> None:
    assert len(_asked(text)) == 1
