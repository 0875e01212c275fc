"""Provenance cues given and missed wrongly, fixed as classes (sources10; every text written for
these tests). Given wrongly: a translation note read as a repost, and sources read from words that
name none (a noun after a determiner and a modifier, "say nothing about", the people of a place,
the platform a post was shared on, the topic after "about"). Missed: a credit after a note on its
line, a letter's sign-off, an update line, a publication named after "published" and a date, a
corrections column's heading. Each class has the other reading beside it, which still counts."""

from __future__ import annotations

import pytest
from attribution_helpers import attribution_kind as _kind

from xlplugin.scorers import provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare


def _cues(text: str) -> dict[str, str]:
    """The present provenance cues: name -> the text that showed it."""
    sig = provenance.score(prepare(text), Settings())
    return {e.kind: e.text for e in sig.evidence if e.present}


# --- 1. a translation note is no repost; the credit after it is a byline --------------------------

_TRANSLATED = ("\u201cThe river is lower every summer\u201d\n\n"
               "Translated from Portuguese. Interview by Tomas Prado, 4 March 2026.\n\n"
               "Ana Lopes has measured the river at Tarvo for thirty years.\n\n"
               "Q: What has changed?\n\nA: The summers are longer and the rain comes later than it did.\n")


def test_translation_note_is_no_repost_and_the_credit_after_it_is_a_byline():
    found = _cues(_TRANSLATED)
    assert "repost markers" not in found
    assert found["byline"].startswith("Interview by Tomas Prado")
    assert "no author" not in found


@pytest.mark.parametrize("line", ["Reposted from the Tarvo Courier.", "Originally published by the Tarvo Courier."])
def test_a_repost_line_still_counts(line):
    assert "repost markers" in _cues(_TRANSLATED.replace("Translated from Portuguese.", line))


def test_a_translator_is_no_byline_nor_a_named_source():
    text = ("Fishing boats stay in port\n\nTranslated from Portuguese by Rita Sousa.\n\n"
            "The fleet at Tarvo has not sailed for nine days because of the storm.\n")
    found = _cues(text)
    assert "byline" not in found and "named sources with roles" not in found


def test_a_long_sentence_before_a_credit_is_body_text():
    text = ("River report\n\nThe gauges at the weir were read every morning for a year by volunteers. "
            "By Monday the level had fallen again.\n\nThe council will publish the readings.\n")
    assert "byline" not in _cues(text)


# --- 2. sources given wrongly ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Harbour United went ahead when Sam Reid volleyed in a cross at the far post, and held on.",
    "The ferry was cancelled after the captain found a loose panel in the new report, officials said nothing.",
    "She read out a long note.",
])
def test_a_noun_after_a_determiner_and_a_modifier_is_no_verb_of_saying(text):
    assert _kind(text) != "named"


def test_a_named_persons_post_in_a_tweet_is_still_a_source():
    assert _kind("Mayor Ruth Hale answered her critics on Sunday in a long post.") == "named"


def test_noun_after_article_keeps_the_verb_after_a_source_word_or_a_plural():
    assert _kind("Most of the people say the road is too narrow for the buses.") == "weasel"
    assert _kind("At the meeting the local officials say the river rose by two metres.") == "weasel"


@pytest.mark.parametrize("text", [
    "Is the old varnish safe? Jars say nothing about solvents.",
    "Asked about the closure, Mr Hale said nothing.",
])
def test_saying_nothing_reports_no_words(text):
    assert _kind(text) is None


def test_saying_nothing_for_a_while_is_left_to_the_other_rules():
    # (sources11: "said nothing for a while" reports no words either; the later "he said" is the source)
    assert _kind("Mr Hale said nothing for a while, then he said the mill would close.") == "pronoun"


@pytest.mark.parametrize("text", [
    "We thank the residents of Lower Marsh, who told us the crossing was dangerous.",
    "The people of Kettleby say the new bridge cost too much.",
])
def test_the_people_of_a_place_are_a_vague_group(text):
    assert _kind(text) == "weasel"


def test_a_named_person_of_a_place_is_still_a_name():
    assert _kind("Jane Ward of Kettleby said the new bridge cost too much.") == "named"


@pytest.mark.parametrize("text", [
    "A post shared 12,000 times on Facebook claims that the new coin holds a magnet.",
    "A video watched widely on TikTok says the water in Tarvo is unsafe.",
])
def test_a_post_on_a_platform_is_vague(text):
    assert _kind(text) == "weasel"


def test_a_post_on_a_platform_with_its_author_named_is_named():
    assert _kind("A Hale post on Facebook claims that the new coin holds a magnet.") == "named"


def test_a_fact_check_shows_its_real_sources_not_the_claim_it_debunks():
    text = ("Fact check: the new coin holds no magnet\n\nBy Lena Ortiz\n12 May 2026\n\n"
            "A post shared 12,000 times on Facebook claims that the new coin holds a magnet. This is false.\n\n"
            "A spokesperson for the Royal Mint told us: \"There is no magnet in any coin we strike.\"\n")
    assert _cues(text)["named sources with roles"].startswith("A spokesperson for the Royal Mint")


@pytest.mark.parametrize("text", [
    "An article on 4 May about the repair of Tarvo Bridge said the road would reopen in June.",
    "A report about the closure of Kettleby Pool said the pool would shut in August.",
])
def test_the_topic_after_about_is_no_source(text):
    assert _kind(text) in ("weasel", None)  # (no one named: "4 May" ends the phrase at the modal "may")
    assert "references to primary documents" not in _cues(text)


@pytest.mark.parametrize("text", [
    "Ward spent the years about which Nell Ames writes in the harbour office.",
    "The fair raised about 9,000 pounds, about double what Nell Ames said it would.",
])
def test_a_clause_after_about_keeps_its_subject_as_the_source(text):
    assert _kind(text) == "named"


def test_a_named_author_before_about_is_still_the_source():
    assert _kind("A report by Oxfam about Kettleby Pool said the pool would shut in August.") == "named"


# --- 3. positive cues missed -------------------------------------------------------------------------

@pytest.mark.parametrize("when", ["on Tuesday", "on 3 June", "last week", ""])
def test_a_publication_after_published_and_a_date_is_a_document(when):
    published = f"published {when} in" if when else "published in"
    text = f"Walkers sleep better, according to a study {published} the journal Rest and Health, which followed 200 adults."
    assert "references to primary documents" in _cues(text)


def test_published_on_a_day_in_a_place_is_no_document():
    text = "The results were published on Tuesday in Chile, where the team works."
    assert "references to primary documents" not in _cues(text)


@pytest.mark.parametrize("line", ["Corrections and clarifications", "Last updated 09:15", "Updated 12 May 2026"])
def test_a_corrections_heading_or_an_update_line_is_an_update_note(line):
    text = f"{line}\n\nThe report on the harbour said the pier would close in May. It will close in July.\n"
    assert "correction or update notes" in _cues(text)


def test_an_update_in_a_sentence_is_no_update_note():
    text = "Harbour works\n\nThe timetable was updated 3 times last year, the ferry company said.\n"
    assert "correction or update notes" not in _cues(text)


_LETTER = ("Letters\n\nSir, the plan to close the library at Kettleby on Saturdays will hurt the children "
           "who use it most.\n\nI ask the council to think again before the vote in June.\n\n{sign}\n")


@pytest.mark.parametrize("sign", ["Ruth Okafor\nKettleby", "Ruth Okafor, Kettleby", "Ruth Okafor"])
def test_a_letters_sign_off_is_a_byline(sign):
    assert _cues(_LETTER.format(sign=sign))["byline"].startswith("Ruth Okafor")


def test_a_name_at_the_foot_of_a_text_that_is_no_letter_is_no_byline():
    # (kinds26) with no salutation and no letters heading: under a "Letters" heading the two lines are a letter's
    # signature (tests/test_kinds26_letters_notices.py)
    text = _LETTER.replace("Sir, the", "The").replace("Letters\n\n", "").format(sign="Ruth Okafor\nKettleby")
    assert "byline" not in _cues(text)
