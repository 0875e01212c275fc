"""(cues23) An emoji after a question or an exclamation does not hide the sentence's end: the
question reads as it would without the emoji, which opens the next sentence."""

import pytest

from xlplugin.text import prepare
from loaded_helpers import loaded_evidence

LEAD = "The council met on Tuesday and approved the new budget for the roads and the parks. "

QUESTIONS = ["Coincidence?", "Who benefits?", "Is that really a surprise?", "Just asking...", "Really?!"]
EMOJI = ["\U0001f914", "\U0001f644", "\U0001f440\U0001f440", "\u2615\ufe0f", "\U0001f926\u200d\u2642\ufe0f"]
AFTER = ["The deal was signed the same day.", "Nobody at the hall would say.", "Ten roads close next week."]


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in prepare(text).sentences]


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(k, w.lstrip("".join(EMOJI) + " ")) for k, w in loaded_evidence(text)]


@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize("emoji", EMOJI)
@pytest.mark.parametrize("after", AFTER)
def test_question_before_an_emoji_ends_its_sentence(question: str, emoji: str, after: str) -> None:
    plain = LEAD + question + " " + after
    with_emoji = LEAD + question + " " + emoji + " " + after
    assert question in _sentences(with_emoji)
    assert _kinds(with_emoji) == _kinds(plain)


@pytest.mark.parametrize("emoji", EMOJI)
def test_emoji_before_a_lower_case_word_ends_nothing(emoji: str) -> None:
    # Near miss: after the emoji the sentence goes on in lower case, so no new sentence starts.
    text = LEAD + "Who knew? " + emoji + " not me, anyway."
    assert not any(s == "Who knew?" for s in _sentences(text))
