"""(advice41) A reader's letter or question in an advice or Q&A column is the reader's words, not
the columnist's: a letter signed after a dash and answered without a salutation back, a money Q&A
labelled "Q:"/"A:", a "You ask, we answer" page of question paragraphs (xlplugin/reader_letters.py).
The columnist's answer stays the writer's; an interview's questions stay the interviewer's.
Fixtures written for these tests."""

from __future__ import annotations

import pytest

from xlplugin import interview, kinds, reader_letters
from xlplugin.scorers import loaded_language, unsourced_claims
from xlplugin.settings import Settings
from xlplugin.text import prepare

ADVICE = """Ask Jane: the neighbour who blocks my drive

Dear Jane,
My neighbour keeps parking his van across the end of my drive. I have asked him politely three times and he just laughs. He has blocked it 14 times since January. Last Tuesday I missed a hospital appointment because I could not get my car out. The council says it is a civil matter. I am at the end of my tether. What can I do?
\u2014 Frustrated, Leeds

This is maddening, and you have done the right thing by asking calmly first. Keep a diary with dates, times and photographs, because a record is what the police and the council will want to see.

Blocking a dropped kerb can be a parking offence where your council enforces it, so ask the parking team rather than the general enquiries line. A short letter to your neighbour, kept friendly, often works better than a row on the doorstep.
"""

MONEY = """Your money questions answered

Q: I retired last year with a pension pot of \u00a3180,000 and I have not touched it yet. My friend took all of his as cash and says it was the best decision he ever made. I am worried that inflation will eat my savings. Should I take the lot now?

A: Taking the whole pot at once is rarely wise. Only a quarter is tax-free; the rest is added to your income for the year and could push you into a higher tax band. A financial adviser can show you how drawdown spreads the tax over several years.

Q: My late mother left me her flat and I want to let it out. I have never been a landlord. Do I need to tell HMRC?

A: Yes. Rental income is taxable and you must register for self assessment by 5 October after the tax year in which you start letting. Keep receipts for repairs, because they can be set against the rent.
"""

YOUASK = """You ask, we answer

My landlord kept my whole deposit when I moved out in March. I left the flat spotless and I have the photographs to prove it. Can I get it back?

Your landlord had to protect your deposit in a government-backed scheme within 30 days. Each scheme runs a free dispute service, and the landlord must show why any money was kept back.

I bought a sofa online and it arrived with a torn cushion. The shop says I must pay to send it back. Is that right?

No. Goods must be as described and of satisfactory quality, and a retailer must collect faulty goods or pay for their return. Put your complaint in writing and keep a copy.
"""



@pytest.mark.parametrize("text", [ADVICE, MONEY])
def test_the_readers_i_is_not_the_writers(text):
    doc = prepare(text)
    assert loaded_language.score(doc, Settings()).details["first_person_per_1000_words"] == 0
    assert "first person" not in " ".join(kinds.classify(doc).cues)


def test_a_page_of_readers_questions_leaves_the_writers_first_person():
    doc = prepare(YOUASK)
    found = [doc.text[s:e] for s, e in reader_letters.letters(doc)]
    assert len(found) == 2 and "deposit" in found[0] and "sofa" in found[1]
    assert not any("Goods must be" in letter or "government-backed" in letter for letter in found)
    assert "first person" not in " ".join(kinds.classify(doc).cues)


def test_a_letter_signed_after_a_dash_is_the_readers():
    doc = prepare(ADVICE)
    spans = reader_letters.letters(doc)
    letter = doc.text[spans[-1][0]:spans[-1][1]]
    assert letter.startswith("Dear Jane,") and letter.rstrip().endswith("Frustrated, Leeds")
    assert "maddening" not in letter


@pytest.mark.parametrize("text, reader", [
    (ADVICE, "14 times since January"),
    (MONEY, "180,000"),
    (YOUASK, "My landlord kept"),
])
def test_the_readers_sentences_are_no_claims_of_the_writers(text, reader):
    evidence = unsourced_claims.score(prepare(text), Settings()).evidence
    assert evidence and not any(reader in e.text for e in evidence)


def test_the_columnists_answer_stays_the_writers():
    doc = prepare(MONEY)
    assert interview.find(doc) is None
    said = {e.text[:20]: e.kind for e in unsourced_claims.score(doc, Settings()).evidence}
    assert said.get("Rental income is tax") == "unsourced"  # the columnist's own, no interviewee's


INTERVIEW = """Ten minutes with a lifeboat coxswain

Ravi Menon has crewed the Eastbay lifeboat for 22 years.

Q: What was your hardest rescue?

A: A trawler on the rocks in a force nine, in 2014. I still think about it. We got all six men off.

Q: Why do you keep volunteering?

A: Because someone has to go. My father did it before me, and I would not feel right staying ashore.
"""

BLOG = """Dear diary, a long week.

I went to the new bakery on Mill Street. My croissant was stale. Would I go back?

The coffee, though, is excellent, and the owners have clearly thought about the room.
"""


def test_guard_an_interview_stays_an_interview():
    doc = prepare(INTERVIEW)
    assert interview.find(doc) is not None
    assert reader_letters.letters(doc) == []


@pytest.mark.parametrize("text", [
    BLOG,
    # an open letter: signed after a dash at its end, no answer under it
    "Dear Prime Minister,\nOur ward has waited two years for a new boiler and I am tired of waiting.\n\u2014 Jane Doe, Leeds\n",
])
def test_guard_no_readers_letter(text):
    assert reader_letters.letters(prepare(text)) == []


def test_guard_a_columnists_own_letter_to_readers_over_a_bio_stays_the_columnists():
    text = ("Dear readers,\nThis is my last column after eleven years. I have loved every letter and I will miss "
            "the arguments most of all.\n\u2014 Ruth Calder\n\nRuth Calder wrote the Saturday advice column from "
            "2015 to 2026 and is now working on a book about the history of the agony aunt in Britain.\n")
    assert reader_letters.letters(prepare(text)) == []
