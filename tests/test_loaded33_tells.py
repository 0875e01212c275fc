"""Loaded language version 57 (helper loaded33): conspiracy and anti-vaccine tells.

A post that hints at a hidden plot and sets the reader against a vague "them" ("Follow the
money.", "Do your own research before you let them ...", "Once you see it, you can't unsee it",
"Everyone involved has been paid to keep quiet", "They're deleting posts like this") counts one
doubt term per tell, and its evidence says what it is; the same words in a fraud report, an
advice column, a court report or a moderator's note count nothing; a quotation's tell is its
speaker's. The hider may be named earlier in a longer subject ("Big Pharma and their friends in
government don't want you to know"). Fixtures are sentences written for these tests."""

import pytest

from loaded_helpers import author_terms, loaded_evidence
from xlplugin.conspiracy_tells import TELL_DETAIL
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare


@pytest.mark.parametrize("text, words", [
    ("Follow the money!", "follow the money"),
    ("Just follow the money and it all makes sense.", "follow the money"),
    ("Do your own research before they make it compulsory.", "do your own research"),
    ("Do your own research, folks.", "do your own research"),
    ("Once you see this, you can't unsee it.", "once you see this, you can't unsee it"),
    ("Every one of those officials was paid to look the other way.", "paid to look the other way"),
    ("They were all paid to stay silent about the side effects.", "paid to stay silent"),
    ("They're scrubbing videos like this from every platform.", "they're scrubbing videos"),
    ("They will delete this within the hour.", "they will delete this"),
    ("It is time to wake up and see who runs the clinics.", "it is time to wake up"),
    ("There are no coincidences in any of this.", "there are no coincidences"),
    ("They have been lying to you about the fluoride for decades.", "they have been lying to you"),
])
def test_a_conspiracy_tell_is_a_loaded_term(text, words):
    assert words in author_terms(text), loaded_evidence(text)


def test_a_tell_says_what_it_is_in_its_evidence():
    sig = loaded_language.score(prepare("The council met on Tuesday. Follow the money."), Settings())
    tells = [e for e in sig.evidence if e.detail == TELL_DETAIL]
    assert [e.text for e in tells] == ["Follow the money"]
    assert tells[0].kind == "doubt" and "hidden plot" in TELL_DETAIL


@pytest.mark.parametrize("text", [
    "Forensic accountants followed the money trail through four shell companies.",
    "Follow the money trail in the ledgers and the fraud becomes plain.",
    "Do your own research on fixed rates before you sign a mortgage.",
    "Do your own research into local schools before you move.",
    "Once you see the pattern in the tiles, you can't unsee it, and the puzzle gets easier.",
    "Two guards were paid to keep quiet about the break-in, the jury heard.",
    "They deleted the posts after the complaints came in.",
    "Moderators are deleting posts that break the forum's rules.",
    "It is time to wake up the twins for their swimming lesson.",
    "The lab's funders don't want you to see the results before they are checked.",
])
def test_the_same_words_in_their_plain_senses_count_nothing(text):
    assert author_terms(text) == [], loaded_evidence(text)


@pytest.mark.parametrize("text", [
    '"Follow the money," the prosecutor told the jury.',
    'The detective said: "Everyone involved was paid to keep quiet."',
])
def test_a_tell_in_a_quotation_is_the_speakers(text):
    assert author_terms(text) == [], loaded_evidence(text)


def test_a_tell_reported_by_a_named_source_is_the_sources():
    text = "Detective Inspector Ruth Cole said they would follow the money wherever it led."
    assert author_terms(text) == [], loaded_evidence(text)


@pytest.mark.parametrize("text, accomplice", [
    ("Big Pharma and their friends in Congress don't want you to know this.", "friends"),
    ("The banks and their lobbyists do not want you to read the small print.", "lobbyists"),
    ("The drug companies and their partners don't want you to find out.", "partners"),
])
def test_a_hider_named_earlier_in_a_longer_subject(text, accomplice):
    terms = author_terms(text)
    assert any(t.startswith(accomplice) and "want you to" in t for t in terms), loaded_evidence(text)


@pytest.mark.parametrize("text", [
    "The club's friends don't want you to know the score before the draw.",
    "The report's partners do not want you to read it before it is checked.",
])
def test_an_accomplice_without_a_hider_is_plain(text):
    assert author_terms(text) == [], loaded_evidence(text)
