"""Loaded language version 57 (helper mirror21): a tip line or a sign-off's request at the end of
a piece ("Got a story? Email the news desk.", "Please rate and review the show. It really helps
new listeners find us!", "Thanks for reading! Subscribe for free ...") is the site's or the show's
furniture, not the author's rhetorical question, "!" or first person. The same question inside
the piece stays the author's. Fixtures are sentences written for these tests."""

import pytest

from loaded_helpers import loaded_evidence

BODY = ("The county opened its new swimming pool on Saturday after two years of building work.\n\n"
        "The pool cost 4.1 million pounds, the council said. About 600 people swam on the first day.\n\n"
        "The old pool, built in 1968, closed in 2023 after its roof began to leak.\n\n")
VOICE = ("rhetorical question", "exclamation", "first person")

TAILS = [
    "Got a story? Email the news desk.",
    "Got a tip? Contact our team at the address below.",
    "Got a question for the next episode? Email us or leave a voice note on our website.",
    "Have a story we should hear about? Message the newsroom.",
    "Thanks for reading! Subscribe for free to get new posts by email.",
    "If you enjoy the show, please rate and review it. It really helps new listeners find us!",
    "Please rate and review the podcast wherever you listen!",
    "Thank you for listening! New episodes every Friday.",
]


def _voice(text: str) -> list[tuple[str, str]]:
    return [(k, w) for k, w in loaded_evidence(text) if k in VOICE]


@pytest.mark.parametrize("tail", TAILS)
def test_a_tip_line_or_a_sign_off_request_is_furniture(tail):
    assert _voice(BODY + tail + "\n") == []


@pytest.mark.parametrize("question", [
    "Who will pay for the next leak?",
    "Why did it take two years?",
])
def test_the_authors_own_question_still_counts(question):
    text = BODY.replace("The old pool", question + " The old pool")
    assert ("rhetorical question", question) in _voice(text + "Got a story? Email the news desk.\n")
