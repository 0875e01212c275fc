"""(voice20) Whose voice a question, an "!" or an "I" is, as classes. Fixtures written for these tests.

1. Transcript labels that carry a rank or an outlet ("DET SGT MARR:", "REPORTER (Valley Post):")
   are speaker turns: the officer's "I" and the reporters' questions are theirs, not the writer's.
2. A thread of replies under poster lines ("u/NAME · 120 points"): the other members' posts are
   their words; the poster lines are furniture; a friendly "!" with no loaded word is no shout.
3. Question subheads of an explainer or an FAQ, answered in the paragraph below them.
"""

from __future__ import annotations

import pytest

from xlplugin import forum_posts, interview, kinds
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare


def loaded(text: str):
    return loaded_language.score(prepare(text), Settings())


# --- 1. transcript labels with a rank or an outlet

def _briefing(officer: str, asker: str, outlets: tuple[str, str, str]) -> str:
    a, b, c = outlets
    return f"""Transcript: briefing on the Kelby Lane fire, 2 April

This is a transcript of a briefing given at the fire station on Thursday afternoon.

{officer}: Good afternoon. Shortly after 3am a fire broke out in a warehouse on Kelby Lane. I can confirm that two workers were treated for smoke and have gone home.

Crews stayed at the site until the morning. I'd ask people to keep away from the lane today.

{asker} ({a}): Do you know how the fire started?

{officer}: Not yet. Our investigators will be at the site for most of the week.

{asker} ({b}): Was the alarm working? Some neighbours say they heard nothing.

{officer}: We will look at the alarm as part of the inquiry. I won't guess before then.

{asker} ({c}): When will the lane open again?

{officer}: We hope by Saturday. Thank you all.
"""


BRIEFINGS = [
    _briefing("DET SGT MARR", "REPORTER", ("Valley Post", "Radio Kelby", "Press Agency")),
    _briefing("CH INSP OLU", "JOURNALIST", ("Kelby Times", "Kelby Times", "North FM")),
    _briefing("Station Manager Price", "Reporter", ("Daily Wick", "BBC Radio Wick", "Wick Courier")),
]


@pytest.mark.parametrize("text", BRIEFINGS)
def test_labels_with_an_outlet_in_parentheses_are_speaker_turns(text):
    doc = prepare(text)
    found = interview.transcript(doc)
    assert found is not None and found.speakers == 2 and len(found.turns) == 7
    details = loaded(text).details
    assert details["question_share"] == 0 and details["first_person_per_1000_words"] == 0
    assert kinds.classify(doc).kind == "news report"


def test_a_label_with_an_outlet_names_the_speaker_without_it():
    text = BRIEFINGS[0]
    at = text.index("REPORTER (Valley Post):")
    assert interview.speaker(text, at) == "REPORTER"


def test_parentheses_in_prose_lines_make_no_turns():
    text = ("The council (which met on Monday): a report.\n\nThe budget (£2m): agreed at last, after a long night.\n\n"
            "Why did it take so long? Nobody (not even the chair) could say.\n")
    assert interview.transcript(prepare(text)) is None
