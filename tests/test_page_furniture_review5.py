"""Furniture and prompts that were scored as the author's prose (review 5), each a class that holds
for any outlet:

1. a post stamp naming who posted or edited ("Last edited by NAME on DATE") is a time stamp, and an
   obituary's heading (a name with the years of a life) is not a claim;
2. a question asked of the reader (an engagement prompt, "What do you think?"; an advert's or a
   call to action's "Want to ...?") is not the author's rhetorical question;
3. a row whose every check-worthy claim is unsourced says so in its Why text, though unsourced
   claims have no weight in the index.

Every text here was written for these tests.
"""

from __future__ import annotations

import json

import pytest

import xlplugin
from xlplugin import prose
from xlplugin.cells import NOT_IN_INDEX, why_text
from xlplugin.settings import Settings
from xlplugin.text import prepare


def _claims(text: str) -> list[str]:
    from xlplugin.scorers import unsourced_claims

    sig = unsourced_claims.score(prepare(text), Settings())
    return [e.text.strip() for e in sig.evidence if e.kind in ("sourced", "unsourced")]


def _questions(text: str):
    from xlplugin.scorers import loaded_language

    sig = loaded_language.score(prepare(text), Settings())
    return [e.text.strip() for e in sig.evidence if e.kind == "rhetorical question"], sig


# --- 1. post stamps and life-dates headings -------------------------------------------------

THREAD = ("Re: Squeaky hinge on a garden gate\n\n"
          "Posted by hingeguru \u00bb Wed Mar 05, 2025 8:14 am\n\n"
          "Oil it with a light machine oil and work the gate back and forth twenty times. A graphite "
          "powder lasts longer than oil in wet weather and collects less grit.\n\n"
          "{stamp}\n")


@pytest.mark.parametrize("stamp", [
    "Last edited by hingeguru on Wed Mar 05, 2025 8:20 am",
    "Edited by Pat Quinn, 5 March 2025 at 08:20",
    "Posted by gate.fixer_22 on 5 March 2025",
])
def test_a_stamp_naming_its_poster_is_a_time_stamp_not_a_claim(stamp):
    doc = prepare(THREAD.format(stamp=stamp))
    rules = {doc.text[s:e].strip(): rule for s, e, rule in prose.not_prose_spans(doc)}
    assert rules.get(stamp) == "time stamp"
    assert stamp not in _claims(THREAD.format(stamp=stamp))


@pytest.mark.parametrize("line", [
    "Updated by the council on 4 March 2025 after rents rose 20 percent",  # a sentence, not a stamp
    "Posted by hingeguru",  # no date or time: nothing to stamp
])
def test_a_line_with_more_than_a_name_and_a_date_is_not_a_stamp(line):
    doc = prepare(f"A short note on the gate.\n\n{line}\n\nThe hinge was replaced in 2019.")
    rules = {doc.text[s:e].strip(): rule for s, e, rule in prose.not_prose_spans(doc)}
    assert rules.get(line) != "time stamp"


OBITUARY = ("{heading}\n\n"
            "Walter Brandt, who ran the ferry between Northfield and Oster Island for forty-one years, "
            "died on 3 January 2025 at the age of 88.\n\n"
            "He took over the ferry from his father in 1962 and carried more than two million passengers.\n")


@pytest.mark.parametrize("heading", [
    "Walter Johann Brandt, 1936 - 2025",
    "Walter J. Brandt (1936\u20132025)",
    "Walter Brandt, 12 May 1936 \u2013 3 January 2025",
])
def test_a_name_with_life_dates_is_a_heading_not_a_claim(heading):
    claims = _claims(OBITUARY.format(heading=heading))
    assert heading not in claims
    assert len(claims) == 2  # the obituary's own sentences are still claims


def test_a_sentence_with_a_span_of_years_is_still_a_claim():
    line = "Walter Brandt ran the ferry, 1962 - 2003"  # a verb: a statement, not a heading
    # (under a section label: as the text's first line, headline-shaped, it would be the text's
    # headline, which is no claim since attrib16; the life-dates rule is what this test reads)
    assert line in _claims("Obituaries\n\n" + OBITUARY.format(heading=line))


# --- 2. questions to the reader ---------------------------------------------------------------

ARTICLE = ("The town's ferry will run every half hour from June, the harbour board said on Monday. "
           "The board expects the new timetable to cut queues at the slipway in the summer months. "
           "Tickets stay at four pounds, and season passes go on sale in May at the harbour office.\n\n"
           "The old timetable, with a boat every hour, dates from 1998 and was last changed when the "
           "second ferry was bought. Commuters gain most, the board argues. Who benefits most from the change?\n\n")
# (voice10) the control question ends its paragraph, left for the reader: answered by the next
# sentence ("Commuters, the board argues.") it would be an explainer's, no rhetorical question


@pytest.mark.parametrize("tail", [
    "What do you think? Let us know in the comments below.",
    "What do you think? Interested in a season pass? Tell us in the comments.",
    "Thoughts?",
    "Want to take the ferry this summer? Book online at the harbour office website.",
    "Looking for a cheap day out?\n\nSeason passes start at forty pounds.",
])
def test_a_question_to_the_reader_is_not_a_rhetorical_question(tail):
    questions, sig = _questions(ARTICLE + tail + "\n")
    assert questions == ["Who benefits most from the change?"]
    assert sig.details["reader_prompts_not_counted"] == tail.count("?")


def test_an_offer_question_in_the_body_is_still_the_authors():
    # "Want to know why?" in the first half, inside a paragraph, argues: it stays a question
    text = ("The ferry is late again. Want to know why? The board sold the spare engine to pay its "
            "debts, and nobody asked the crews.\n\n" + ARTICLE + "The board meets again in May.\n")
    questions, sig = _questions(text)
    assert "Want to know why?" in questions
    assert sig.details["reader_prompts_not_counted"] == 0


def test_an_offer_question_alone_on_its_line_is_a_prompt_anywhere():
    text = "Want to save on ferry fares?\n\n" + ARTICLE
    questions, _ = _questions(text)
    assert questions == ["Who benefits most from the change?"]


def test_every_prompt_rule_is_named_and_its_sections_are_read():
    doc = prepare(ARTICLE + "What do you think?\n")
    start = doc.text.index("What do you think?")
    assert prose.reader_prompt(doc, start, start + len("What do you think?")) == "opinion prompt"
    assert [rule for rule, _ in prose.READER_PROMPT_RULES] == ["opinion prompt", "offer prompt", "help request", "poll question"]


# --- 3. the Why text names unsourced claims though they are not in the index --------------------

ALL_UNSOURCED = ("Walkers who cover ten thousand steps a day are 20% less likely to fall ill than those who "
                 "walk less. Walking is the most popular exercise in the country. The effect was strongest "
                 "in men over 50. Cyclists saw a smaller gain. Sales of walking shoes rose 9% last year.")
SOURCED = ("Walkers who cover ten thousand steps a day are 20% less likely to fall ill, according to a "
           "study by the Northfield Health Institute published in March. \"Walking is the most popular "
           "exercise in the country,\" said Dr Ann Berg, who led the study. Sales of walking shoes rose "
           "9% last year, the Footwear Retailers Association said.")


def test_a_row_whose_claims_are_all_unsourced_says_so():
    result = xlplugin.score_text(ALL_UNSOURCED)
    assert "unsourced_claims" not in result.contributors  # weight 0, as the README explains
    sig = result.signals["unsourced_claims"]
    assert sig.value == 1.0 and sig.details["check_worthy"] >= 3
    assert why_text(result).endswith(f"{sig.details['unsourced']} of {sig.details['check_worthy']} "
                                     f"check-worthy claims unsourced{NOT_IN_INDEX}")


def test_a_sourced_row_has_no_such_note():
    assert NOT_IN_INDEX not in why_text(xlplugin.score_text(SOURCED))


def test_no_note_once_the_signal_is_weighted_in():
    settings = Settings().with_values({"weight.unsourced_claims": 1.0})
    result = xlplugin.score_text(ALL_UNSOURCED, settings=settings)
    assert "unsourced_claims" in result.contributors
    assert NOT_IN_INDEX not in why_text(result)


def test_json_lines_carry_the_why_text(tmp_path, capsys):
    from xlplugin.cli import main

    (tmp_path / "walk.txt").write_text(ALL_UNSOURCED, encoding="utf-8")
    assert main(["score", str(tmp_path / "walk.txt"), "--json", "-q", "--workers", "1"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert row["why"].endswith(NOT_IN_INDEX)
