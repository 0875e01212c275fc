"""False and missed sources and claims that a careful reader saw (review 2), each fixed as a class
that holds for any text:

1. an ordinary verb read as a verb of saying: an authorship ("who also wrote the script", "writes
   for the Courier"), a wish ("does not want to be"), an act ("declared a state of emergency"), a
   noun after a preposition ("in posts");
2. a plain phrase read as a weasel attribution: "it can be seen from space", "whatever is
   promised", "the same can't be said of";
3. real attributions missed: a verb inverted at the end (", reported the Tidewater Herald."), a
   document as the subject of a finding participle ("the report explores data showing"), a
   quotation continued into the next paragraph;
4. claims missed: an effect on "your" body ("turns your body into"), a modal effect claim ("can
   double your"), a weasel-sourced superlative without "-est" ("the ultimate"), hearsay ("I read
   somewhere"), a spelled-out number inside a hyphenated word;
5. page furniture read as claims: a telephone line, a listing's certificate and running time, a
   call to action; and a forum's request for help is a question to readers, not a rhetorical one.

Every text here was written for these tests.
"""

from __future__ import annotations

import pytest
from attribution_helpers import claim_verdicts as _claims

from xlplugin import claim_lines, prose
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

LEAD = "The harbour board met on Monday. Members talked about the ferry timetable and the new pier. "


def _attribution(sentence: str):
    doc = prepare(LEAD + sentence)
    return doc.analysis.attributions[-1]


# --- 1. ordinary verbs are no verbs of saying --------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Okonkwo, who also wrote the screenplay, cut 35 minutes from the first draft in 2022.",
    "Lindqvist wrote a memoir about the 2011 storm.",
    "Dana Reyes writes for the Tidewater Herald.",
    "Pembroke County declared a state of emergency after 200 homes flooded.",
    "The ferry company does not want to be the first to raise fares.",
    "The pictures spread via Telegram in posts about 40 ferries.",
])
def test_an_act_a_wish_or_a_noun_is_no_source(sentence):
    assert _attribution(sentence) is None, sentence


@pytest.mark.parametrize("sentence, kind", [
    ("Okonkwo wrote that the pier cost 3 million pounds.", "named"),
    ("The minister declared that 40 berths were unsafe.", "role"),
    ("Fares are expected to rise by 12 per cent.", "weasel"),  # (a passive: still a weasel)
    ("Okonkwo wrote in a letter to members that the pier cost 3 million pounds.", "named"),
    ("Okonkwo declared, \u201c40 berths are unsafe.\u201d", "named"),
    ("The skipper is accused of sinking 2 boats in 2019.", "weasel"),
    ("After the vote they continue to claim that 40 berths are unsafe.", "pronoun"),
    ("Residents the station spoke with say 40 berths are unsafe.", "weasel"),
    ("The pier lacks 40 berths, wrote the authors of the report.", "document"),
])

def test_the_same_verbs_still_report_what_was_said(sentence, kind):
    found = _attribution(sentence)
    assert found is not None and found.kind == kind, (sentence, found)


def test_a_verb_after_a_clause_is_not_inverted():
    # "reported" takes its source after it only after a comma (", reported the BBC.")
    found = _attribution("The audit covered 165 firms, half of which reported they had lost money in 2023.")
    assert found is None or found.kind != "pronoun", found
    found = _attribution("Right now, reports are the Harbour Board is selling 40 berths.")
    assert found is None or found.kind != "named", found


# --- 2. plain phrases are no weasel attributions -----------------------------------------------


@pytest.mark.parametrize("sentence", [
    "The light on the new pier is so bright that it can be seen from the mainland.",
    "The timetable lists whatever is promised in the 30 notices.",
    "The same can't be said of the 12 older ferries.",
    "Much has been written about the 1987 storm.",
])
def test_a_plain_phrase_is_no_weasel(sentence):
    assert _attribution(sentence) is None, sentence


def test_seen_that_is_still_a_weasel():
    found = _attribution("It can be seen that the pier was built too low in 1990.")
    assert found is not None and found.kind == "weasel"


# --- 3. attributions that were missed ----------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Pembroke County declared a state of emergency after 200 homes flooded, reported the Tidewater Herald.",
    "Pembroke County declared a state of emergency after 200 homes flooded, reports Harbour Radio.",
    "Pembroke County declared a state of emergency after 200 homes flooded, said the ministry.",
])
def test_a_verb_inverted_at_the_end_names_the_source(sentence):
    found = _attribution(sentence)
    assert found is not None and found.sourced, found
    assert "Pembroke" not in LEAD + sentence[found.start - len(LEAD):found.end - len(LEAD)], found


@pytest.mark.parametrize("sentence", [
    "The audit explores data showing 4,100 sailings ran late in 2023.",
    "A study showing that 60% of ferry users pay too much appeared in May.",
])
def test_a_document_with_a_finding_participle_is_a_source(sentence):
    found = _attribution(sentence)
    assert found is not None and found.kind == "document", found


def test_vague_data_showing_is_no_document_source():
    assert _attribution("Some data showing 4,100 sailings ran late in 2023 was shared online.") is None


CONTINUED = ("The board voted on Monday to extend the pier.\n\n"
             "\u201cWe have waited long enough,\u201d said harbour master Tomas Reid. \u201cThe pier is too short.\n\n"
             "\u201cThe extension will cost 2 million pounds and add 14 berths by 2027.\u201d\n\n"
             "The old pier cost 800,000 pounds in 1994.")


def test_a_quotation_continued_into_the_next_paragraph_keeps_its_speaker():
    claims = _claims(CONTINUED)
    quoted = claims["\u201cThe extension will cost 2 million pounds and add 14 berths by 2027.\u201d"]
    assert quoted.startswith("sourced") and "Tomas Reid" in quoted, quoted
    assert claims["The old pier cost 800,000 pounds in 1994."].startswith("unsourced")


def test_a_closed_quotation_is_not_continued():
    text = CONTINUED.replace("The pier is too short.\n", "The pier is too short.\u201d\n")
    claims = _claims(text)
    quoted = claims["\u201cThe extension will cost 2 million pounds and add 14 berths by 2027.\u201d"]
    assert quoted.startswith("unsourced"), quoted


# --- 4. claims that were missed ----------------------------------------------------------------


@pytest.mark.parametrize("sentence, verdict, reason", [
    ("Green tea extract boosts your metabolism while you sleep.", "unsourced", "effect"),
    ("A spoonful of honey at night can halve your recovery time.", "unsourced", "effect"),
    ("Experts say seaweed is the ultimate source of iodine.", "unsourced", "comparison"),
    ("I heard somewhere that the pier only copes with a one-in-fifty-year storm.", "unsourced", "number word"),
])
def test_effect_claims_superlatives_and_hearsay_are_claims(sentence, verdict, reason):
    claims = _claims(LEAD + sentence)
    assert sentence in claims, claims
    assert claims[sentence].startswith(verdict) and reason in claims[sentence], claims[sentence]


def test_a_plan_with_can_is_still_no_claim():
    assert "We can meet again next week to plan the pier." not in _claims(LEAD + "We can meet again next week to plan the pier.")


# --- 5. page furniture and questions to readers ------------------------------------------------


@pytest.mark.parametrize("line, rule", [
    ("Press office:\nKai Moreno, Communications Lead\n+31 70 555 0199\n", "contact line"),
    ("The film opens on Friday. Certificate 15, 118 minutes.", "listing details"),
    ("Click here to download our free 14-day ferry planner.", "call to action"),
])
def test_page_furniture_is_no_claim(line, rule):
    doc = prepare(LEAD + "\n\n" + line)
    rules = claim_lines.NotClaims(doc)
    assert rule in [rules.reason(s) for s in doc.sentences]
    assert not [c for c in _claims(LEAD + "\n\n" + line) if c not in LEAD]


def test_a_number_in_prose_is_still_a_claim():
    sentence = "The ferry takes 104 minutes and carried 12,000 people in 2023."
    assert sentence in _claims(LEAD + sentence)


def test_a_request_for_help_is_no_rhetorical_question():
    text = ("I live by the pier and I read that the new berths flood at spring tides. "
            "Anyone know if that's true? Why would the board build them so low?")
    sig = loaded_language.score(prepare(text), Settings())
    questions = [e.text.strip() for e in sig.evidence if e.kind == "rhetorical question"]
    assert questions == ["Why would the board build them so low?"]
    start = text.index("Anyone")
    assert prose.reader_prompt(prepare(text), start, start + len("Anyone know if that's true?")) == "help request"
