"""Version 17: the author's address to the reader ("you", "your") as a part of loaded language's
voice, outside quotations, quoted blocks, interviews, page furniture and formulas. Fixtures are
written for these tests."""

from __future__ import annotations

import pytest

from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare


def run(text: str):
    return loaded_language.score(prepare(text), Settings())


def addressed(text: str) -> list[str]:
    return [e.text for e in run(text).evidence if e.kind == "reader address"]


def test_listicle_addresses_the_reader():
    text = ("Seven breakfast habits you should drop today. Your mornings set the tone, so skip the sugary "
            "cereal and give yourself ten minutes. You'll feel the change within a week, and your "
            "doctor will notice it too.")
    result = run(text)
    assert addressed(text) == ["you", "Your", "yourself", "You'll", "your"]
    assert result.details["second_person_per_1000_words"] > 0
    for e in result.evidence:
        assert text[e.start : e.end] == e.text


def test_report_with_quoted_you_and_thanks_is_not_addressing():
    text = ('The harbour board voted to extend the pier on Monday. "You cannot run a port on hope," the '
            "chair told members, adding that repairs would take two winters. Thank you, said the mayor, to "
            "the volunteers who cleared the beach. Work begins in March and will cost four million.")
    result = run(text)
    assert addressed(text) == []
    assert result.details["second_person_per_1000_words"] == 0


def test_reader_prompt_is_not_counted():
    text = ("The library will open on Sundays from next month, the council said in a statement on its site. "
            "Staff hours rise by twelve a week and two posts are added to the branch at the station. "
            "What do you think?")
    assert addressed(text) == []


def test_interview_turns_are_not_the_author_addressing_the_reader():
    text = ("The painter spoke to us about her new show at the river gallery this spring.\n\n"
            "Q: How do you choose your colours?\n\n"
            "A: You look at the light for a week before you start. Then you trust your hand.\n\n"
            "Q: Do you still teach?\n\n"
            "A: Two mornings a week, and you learn more than the students do.\n\n"
            "Q: What comes next for you?\n\n"
            "A: A long rest, then a book of drawings.\n")
    assert addressed(text) == []


def test_blocks_quoted_without_marks_are_not_the_author():
    text = ("The minister wrote to every school head on Friday. In the letter she said:\n\n"
            "You have carried your pupils through a hard year, and your staff deserve the rest.\n\n"
            "The letter was sent to four thousand schools.")
    assert addressed(text) == []


@pytest.mark.parametrize("word", ["you", "your", "yours", "yourself", "yourselves", "you're", "you\u2019ve", "y'all"])
def test_every_form_is_an_address(word):
    assert word in loaded_language.SECOND_PERSON


def test_address_moves_the_score_only_as_mixed():
    text = ("Here is what the statement will not tell you about your pension. You paid in for decades and your "
            "reward is a letter. Read it yourself, and show your neighbours too.")
    result = run(text)
    assert result.details["second_person_per_1000_words"] > loaded_language.SECOND_PERSON_ZERO
    plain = run(text.replace("you", "one").replace("You", "One").replace("your", "the").replace("yourself", "oneself"))
    assert plain.details["second_person_per_1000_words"] == 0
    assert result.value == plain.value  # the native value stays loaded terms per 1,000 words
    assert (result.score < plain.score) == bool(loaded_language.MIX["reader address"])


def test_the_read_sheet_flags_no_reader_address_as_loaded():
    # the part weighs 0 in MIX: its evidence is listed, but the red pen of the Read sheet is for
    # what counts against the author
    from xlplugin.scorers import loaded_language
    from xlplugin.types import Evidence
    assert loaded_language.INFO.mark(Evidence("you", "reader address", 0, 3)) == ""
    assert loaded_language.INFO.mark(Evidence("disgraceful", "emotive", 0, 11)) == "loaded"
