"""Loaded language version 28 (helper loaded26): loaded terms misread, as classes. Each class is
tested on both sides: the plain use that must count nothing, and the loaded use that must still
count. Fixtures are written for these tests."""

import pytest

from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

LEAD = "The council met on Tuesday. Officials discussed the budget for the coming year and several roads. "


def _evidence(text: str, lead: str = LEAD) -> list[tuple[str, str]]:
    sig = loaded_language.score(prepare(lead + text), Settings())
    return [(e.kind, e.text) for e in sig.evidence if e.kind not in ("reader address",)]


def _author(text: str, lead: str = LEAD) -> list[str]:
    """The author's loaded terms and marks (not quoted, not first person or questions)."""
    return [t for k, t in _evidence(text, lead) if not k.startswith("quoted")
            and k not in ("first person", "rhetorical question")]


def _quoted(text: str, lead: str = LEAD) -> list[str]:
    return [t for k, t in _evidence(text, lead) if k.startswith("quoted")]


# 1. plain senses of "claim", "admitted", "supposed"

@pytest.mark.parametrize("text", [
    "The treasurer claimed 2,150 dollars in mileage last year, the register shows.",
    "Two councillors claimed $9,800 in expenses between them, according to the accounts.",
    "She claimed housing benefit for three years before moving.",
    "The cyclist claimed the title on the final stage in Nice.",
    "The audit found that the expense claims were filed late.",
    "A compensation claim was lodged by the owners in May.",
    "Neither claim could be checked against the ledger, the auditor said.",
    "Both claims were rejected by the tribunal in June.",
    "Most of the injured were admitted on Saturday night, the trust said.",
    "Eleven pupils were quietly admitted after the deadline, the school said.",
    "Lorries are not supposed to use the bridge after dark, the notice said.",
    "The ferry was supposed to sail at noon but the crew were late.",
])
def test_plain_senses_count_nothing(text):
    assert _author(text) == []


@pytest.mark.parametrize("text, word", [
    ("The minister claimed that the roads were safe.", "claimed"),
    ("The mayor claims the budget is balanced.", "claims"),
    ("The driver admitted he had not checked the brakes.", "admitted"),  # (fresh40: "admitted the offence" is a plea)
    ("Both claim to have seen the letter before it was sent.", "claim"),
    ("Neither claims to know who sent the letter.", "claims"),
    ("It was admitted that the figures had been changed.", "admitted"),
    ("The supposed expert has no degree in the subject.", "supposed"),
    ("He is supposed to have met the buyer twice, the paper reported.", "supposed"),
])
def test_loaded_senses_still_count(text, word):
    assert word in _author(text)


# 2. a long quotation: the speaker's when a speaker is named next to it, the author's when not

STATEMENT = ("\u201cThe count was a shambles and a disgrace, and a corrupt administration is squandering "
             "the trust of every voter in the ward.\u201d")


def test_long_quotation_with_no_speaker_is_the_authors():
    words = _author(STATEMENT, lead="")
    assert {"shambles", "disgrace", "corrupt", "squandering"} <= set(words)


@pytest.mark.parametrize("text", [
    STATEMENT[:-1] + ",\u201d said a spokesman for the group.",
    "The group's leader, Ann Price, said: " + STATEMENT,
    "Ann Price spoke to reporters outside the hall. " + STATEMENT + " She then left.",
    STATEMENT + " \u2014 Ann Price, group leader",
    "Ann Price said the result would be challenged. " + STATEMENT,
])
def test_long_quotation_with_a_speaker_is_excused(text):
    assert _author(text) == []
    assert "shambles" in _quoted(text)


# 3. a short quotation after a verb of accusing or warning is the subject's word

@pytest.mark.parametrize("text", [
    "Residents accused the water company of \u201cpoisoning\u201d the river on Friday.",
    "Signs at the beach warn of \u201cpoor water quality\u201d after heavy rain.",
    "The union condemned the \u201creckless\u201d cuts in a letter to members.",
])
def test_accused_quote_is_not_a_scare_quote(text):
    assert not any(k == "scare quote" for k, _ in _evidence(text))


def test_scare_quote_without_a_speaker_still_counts():
    assert any(k == "scare quote" for k, _ in _evidence("The \u201cexperts\u201d met again in the town hall."))


# 4. a named subject's characterisation ("described X as Y") is the subject's word

@pytest.mark.parametrize("text", [
    "Councillor Ruth Lane described the count as a shambles and said she would appeal.",
    "The union branded the offer a disgrace after a two-hour meeting.",
])
def test_characterisation_by_a_named_subject_is_quoted(text):
    assert _author(text) == []
    assert _quoted(text)


@pytest.mark.parametrize("text", [
    "The count was described as a shambles in the report.",
    "I called the count a shambles at the time and I still do.",
    "The count was a shambles, Ruth Lane said on Monday.",
])
def test_characterisation_without_a_named_subject_stays_the_authors(text):
    assert "shambles" in _author(text)


# 5. a capitalised emotive word named as a work's title

@pytest.mark.parametrize("text", [
    "Fury took 3 million dollars in three days. Fury opened on 280 screens and Fury opens in Canada next week.",
    "Fury premiered in Toronto in September, the studio said.",
    "Fury, the director's second feature film, was shot in Perth.",
])
def test_unquoted_title_is_a_name(text):
    assert "Fury" not in _author(text)


@pytest.mark.parametrize("text", [
    "Fury spread through the town after the vote.",
    "Rage, anger and grief filled the hall as the result was read.",
])
def test_capitalised_emotive_word_without_a_title_still_counts(text):
    words = _author(text)
    assert "Fury" in words or "Rage" in words


@pytest.mark.parametrize("text", [
    STATEMENT[:-2] + "!\u201d he shouted from the steps of the hall.",
    STATEMENT + " (Annual Report, page 4)",
    "Ann Price said: " + STATEMENT + "\n\n" + STATEMENT,
])
def test_speech_tag_citation_and_continued_quotation_are_excused(text):
    assert _author(text) == []
