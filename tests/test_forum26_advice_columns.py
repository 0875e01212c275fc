"""(forum26) An advice column: a reader's letter to the columnist ("Dear Ruth, ... Signed, Worried
in Leeds"), then the columnist's answer ("Dear Worried, ..."). The letter is the reader's words;
the answer is the columnist's (xlplugin/reader_letters.py). Fixtures written for these tests."""

from __future__ import annotations

import pytest

from xlplugin import kinds, reader_letters
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

LETTERS = [
    ("Dear Ruth,", "Signed, Worried in Leeds", "Dear Worried,"),
    ("DEAR MARGO:", "-- FED UP IN FRESNO", "DEAR FED UP:"),
    ("Dear Dr Hale,", "Yours, Sleepless Dad", "Dear Sleepless Dad,"),
]

LETTER_BODIES = [
    "My husband has spent nearly \u00a34,000 of our savings on scratch cards since Christmas. I found the "
    "statements last week and I am furious! He swears it is harmless fun. I feel like a complete idiot. "
    "How can I make him see this is a disaster for our family?",
    "My sister borrowed my car for a weekend and returned it three weeks later with a dented door. I am "
    "so angry I could scream! She says I am overreacting and that it was already scratched. Am I wrong to "
    "demand she pays for the repair?",
]

ANSWERS = [
    "This sounds frightening, and you are right to take it seriously. Start with the money rather than the "
    "argument: ask your bank for an account that needs both signatures, and look at the blocking tools most "
    "banks now offer.\n\nThe charity GamCare runs a helpline for partners, and its advisers can talk you "
    "through what to say. Leaving is a decision only you can make, and it need not be made this week.",
    "You are not wrong to want the door fixed. Get a written quote from a garage first, so the talk is about "
    "a figure and not about who is overreacting.\n\nThen ask her to pay it in instalments if that helps. "
    "If she refuses, decide how much the money matters against the friendship, and tell her calmly.",
]


def _column(letter, body: str, answer: str, headline: str = "Ask the columnist: a question about money") -> str:
    to, signed, back = letter
    return f"{headline}\n\nBy Ruth Calder\n\n{to}\n{body}\n{signed}\n\n{back}\n{answer}\n"


COLUMNS = [_column(letter, body, answer) for letter in LETTERS for body, answer in zip(LETTER_BODIES, ANSWERS)]


@pytest.mark.parametrize("text", COLUMNS)
def test_a_readers_letter_is_the_readers_words(text):
    doc = prepare(text)
    found = reader_letters.letters(doc)
    assert len(found) == 1
    letter = doc.text[found[0][0]:found[0][1]]
    assert letter.lstrip().lower().startswith("dear") and ("furious" in letter or "scream" in letter)
    assert "You are" not in letter and "This sounds" not in letter
    details = loaded_language.score(doc, Settings()).details
    # the reader's "I", "!", "idiot" and question are the reader's
    assert details["first_person_per_1000_words"] == 0
    assert details["exclamation"] == 0 and details["question_share"] == 0
    assert details["quoted"] >= 1
    assert kinds.classify(doc).kind == "opinion or analysis"


def test_the_columnists_answer_stays_the_columnists():
    text = _column(LETTERS[0], LETTER_BODIES[0], ANSWERS[0].replace(
        "This sounds frightening,", "Your husband is behaving like a selfish idiot!"))
    details = loaded_language.score(prepare(text), Settings()).details
    assert details["derogatory"] == 1 and details["exclamation"] == 1


def test_a_headline_in_the_readers_words_is_theirs():
    text = _column(LETTERS[0], LETTER_BODIES[0], ANSWERS[0], headline="Ask Ruth: My husband spends our savings on scratch cards")
    assert loaded_language.score(prepare(text), Settings()).details["first_person_per_1000_words"] == 0


def test_two_letters_in_one_column():
    text = _column(LETTERS[0], LETTER_BODIES[0], ANSWERS[0]) + "\nDear Ruth,\n" + LETTER_BODIES[1] + \
        "\nSigned, Cross in Crewe\n\nDear Cross,\n" + ANSWERS[1] + "\n"
    doc = prepare(text)
    found = reader_letters.letters(doc)
    assert len(found) == 2
    assert "scream" in doc.text[found[1][0]:found[1][1]]
    assert "Get a written quote" not in doc.text[found[1][0]:found[1][1]]


@pytest.mark.parametrize("text", [
    # an open letter: one salutation, signed by its writer
    "An open letter to the Prime Minister\n\nDear Prime Minister,\nI am writing because our ward has waited "
    "two years for a new boiler. I am angry and so are my neighbours!\n\nYours sincerely,\nJane Doe\n",
    # two e-mails: the second salutation answers no signature in the first
    "Dear Ruth,\nCan you send me the figures by Friday? I need them for the board.\nBest, Ann\n\nDear Tom,\n"
    "I have attached the minutes. I am sorry they are late!\nRuth\n",
    # a report quoting a letter to residents
    "The council wrote to residents on Monday.\n\nDear resident,\nWe are sorry for the delay to the bin "
    "collections.\n\nThe letter was signed by the council's chief executive.\n",
])
def test_no_readers_letter_without_a_salutation_back_to_its_signer(text):
    doc = prepare(text)
    assert reader_letters.letters(doc) == []
