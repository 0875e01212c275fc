"""(claims54) A word or two in single quotation marks after an article ("a \u2018consultation\u2019")
is a speaker's word where a verb of saying or a speaker word stands in the sentence before or after
it in its paragraph (scarequotes41, loaded_language._speaker_beside), now only in the clause next
to it, as the double-mark path reads its own sentence since quote52 (_attached): the last clause
of the sentence before, the first of the sentence after. A speaker word in another clause of a
neighbouring sentence leaves the writer's scare quote. All sentences are written for these tests."""

from __future__ import annotations

import pytest
from loaded_helpers import scare_quotes


@pytest.mark.parametrize("text, quote", [
    ("Residents said the hall was cold, but the council did nothing. It held a \u2018consultation\u2019 in May.",
     "\u2018consultation\u2019"),
    ("It held a \u2018consultation\u2019 in May. The hall was cold, and residents said so at the time.",
     "\u2018consultation\u2019"),
    ("It held a 'consultation' in May. The hall was cold; residents told the paper so.", "'consultation'"),
])
def test_a_speaker_in_another_clause_of_the_next_sentence_leaves_the_scare_quote(text: str, quote: str) -> None:
    # fails on main: a speaker word anywhere in the sentence before or after made it the speaker's
    assert scare_quotes(text) == [quote]


@pytest.mark.parametrize("text", [
    # (guards) the clause next to the quotation holds the verb of saying: the speaker's word
    "It held a \u2018consultation\u2019 in May. Residents said it lasted a single afternoon.",
    "Residents said the council had held a single meeting. It was a \u2018consultation\u2019, they added.",
    "The hall was cold, but residents said the council held only one meeting. It was a \u2018consultation\u2019.",
])
def test_a_speaker_in_the_next_clause_keeps_the_quotation_the_speakers(text: str) -> None:
    assert scare_quotes(text) == []
