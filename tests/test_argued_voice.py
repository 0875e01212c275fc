"""Loaded language version 28 (voice10): the author's argued voice misread, fixed as classes, each
with the argued use it must keep counting. Fixtures are written for these tests.

1. a plain question that the next sentence answers (an explainer's question answered by a weighed
   answer, "Probably not.", or by a report with a named source) is exposition, not a rhetorical
   question; a question left for the reader, a leading one ("Isn't it time ...?", "Why is nobody
   asking ...?", "..., right?") or one holding a loaded term still counts (xlplugin.argued_voice.answered);
2. insinuation ("questions remain", "it is worth asking who stands to gain", "make of that what
   you will") counts as a doubt term in the author's voice, as the speaker's inside a quotation
   (xlplugin.argued_voice.insinuations, data/argued_voice.txt).
"""

import pytest
from loaded_helpers import loaded_evidence as _evidence

from xlplugin.lexicon import load_sections
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

LEAD = "The harbour board met on Monday. Members discussed the dredging budget and the new ferry timetable. "
REPORT = ("Ferry crossings fell 7% in the year to March, according to the Port Authority of Tasmania. "
          "Freight volumes rose 3%, the authority's annual report shows.")


def _questions(text: str) -> list[str]:
    return [t for k, t in _evidence(text) if k == "rhetorical question"]


# 1. questions the text answers itself

@pytest.mark.parametrize("text", [
    "Are ferry crossings really falling? " + REPORT,
    LEAD + "So which is it? Probably neither a slump nor a boom. " + REPORT,
    LEAD + "Will the new timetable help? It depends on the weather in the strait. " + REPORT,
    "Is the ferry service shrinking? What the numbers show\n\n" + REPORT,
    LEAD + "\n\nAre ferry crossings falling?\n\n" + REPORT,
    LEAD + "What did the board decide? Mayor Ruth Calder said the board had approved the dredging plan.",
])
def test_an_answered_question_is_exposition(text: str) -> None:
    assert _questions(text) == []


@pytest.mark.parametrize("text", [
    LEAD + "Who really gains from the new timetable?",  # left for the reader: the text ends on it
    LEAD + "Who really gains from the new timetable?\n\n" + REPORT,  # ends its paragraph
    LEAD + "Who gains from the timetable? Ask the board members who own the ferry company.",
    LEAD + "Isn't it time the board listened to the islanders? " + REPORT,  # a negative question
    LEAD + "Why is nobody asking about the money? " + REPORT,
    LEAD + "The timetable is a triumph, right? " + REPORT,  # a tag asking for agreement
    LEAD + "Do you trust the board with your ferry? " + REPORT,  # put to the reader
    LEAD + "Why did the spineless board approve the plan? " + REPORT,  # a loaded term in the question
    LEAD + "Is this fair to the islanders? Of course not. " + REPORT,  # an answer of obviousness
    LEAD + "Who pays for the dredging? Who pays for the ferry? " + REPORT,
    LEAD + "Can the board be trusted? Wake up! " + REPORT,
])
def test_a_rhetorical_question_still_counts(text: str) -> None:
    assert _questions(text)


def test_the_hypophora_of_argument_keeps_its_questions() -> None:
    text = ("What pay rise? Have the ministers visited a supermarket lately? Of course not. "
            "How many more nurses must leave? How many more wards must close?\n\n"
            "The answer is simple: the system is rigged against working families.")
    assert len(_questions(text)) == 4


# 2. insinuation

@pytest.mark.parametrize("phrase", [
    "Questions remain about the tender",
    "It is worth asking who stands to gain from the tender",
    "It has not gone unnoticed that the tender closed early",
    "It is hard to escape the impression that the tender was settled in advance",
    "Critics have long suspected that the tender was a formality",
    "The tender closed a day early; make of that what you will",
    "The tender closed a day early. Draw your own conclusions",
])
def test_insinuation_counts_as_a_doubt_term(phrase: str) -> None:
    found = [t for k, t in _evidence(LEAD + phrase + ".") if k == "doubt"]
    assert len(found) == 1
    assert found[0].lower() in phrase.lower()


def test_insinuation_after_a_question_mark() -> None:
    text = LEAD + "The contract went to the chair's brother-in-law. Coincidence? Perhaps."
    assert [t for k, t in _evidence(text) if k == "doubt"] == ["Coincidence? Perhaps"]


def test_quoted_insinuation_is_the_speakers() -> None:
    text = LEAD + '"Questions remain about the tender," said councillor Amy Ruiz.'
    kinds = [k for k, _ in _evidence(text)]
    assert "quoted doubt" in kinds and "doubt" not in kinds


def test_plain_uses_count_nothing() -> None:
    text = (LEAD + "The board answered questions from islanders. The company remained open. "
            "The tender was worth $4 million, and the board asked who would run the ferry.")
    assert [t for k, t in _evidence(text) if k == "doubt"] == []


def test_insinuation_scores_below_the_plain_report() -> None:
    plain = LEAD + "The tender closed on Friday, the board said. Four companies applied, according to its register."
    hinted = (LEAD + "Questions remain about the tender. It is worth asking who stands to gain. "
              "It has not gone unnoticed that it closed on a Friday.")
    assert loaded_language.score(prepare(hinted), Settings()).score < loaded_language.score(prepare(plain), Settings()).score


def test_vague_sources_are_left_to_unsourced_claims() -> None:
    """A phrase is charged once: the vague attributions of attribution.txt's [weasel_phrases]
    ("some say", "many believe") make a claim unsourced there and are not insinuation here."""
    weasels = set(load_sections("attribution.txt")["weasel_phrases"])
    assert not weasels & set(load_sections("argued_voice.txt")["insinuation_phrases"])
