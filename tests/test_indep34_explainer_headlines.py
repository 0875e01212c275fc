"""Explainer headlines (helper indep34): "Are seed oils bad for you? What the research shows".

Health, money and consumer desks headline an explainer with the reader's own question and a
pointer to the answer below, on one line. Loaded language read the question as rhetorical
(its "you" or "your" put it to the reader) and "What the research shows" as an appeal to unnamed
studies, so a careful explainer lost up to 11 index points. Now a headline question whose line
goes on with a pointer ("What ...", "Here's what ...", no question) is the piece's topic: the
reader's words in it lead nothing (xlplugin/argued_voice.py, _answer_pointer), and the pointer
makes no claim (loaded_language._points_to_findings). The near-misses keep their cost: a
clickbait question with no pointer, a negative (leading) question, an appeal that makes a claim
("Research shows that ..."). Fixtures are texts written for these tests."""

import pytest

from xlplugin.engine import score_text
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

BODIES = [
    "Vitamin D tablets are among the most popular supplements in the UK. A 2022 trial of 25,000 adults, run by "
    "Harvard Medical School and published in the New England Journal of Medicine, found no fall in fractures "
    "among people who took them. The NHS still advises a daily 10 microgram dose in autumn and winter, when "
    "sunlight is weak, said Dr. Ruth Emsley, a public health consultant at the UK Health Security Agency.",
    "Fixed-rate mortgages taken out in 2021 are ending for about 1.6 million households this year, according "
    "to the trade body UK Finance. Monthly payments on a typical loan of 150,000 pounds will rise by around 240 "
    "pounds, the Bank of England estimated in its latest report. Brokers say borrowers should start looking "
    "six months before their deal ends, said Anna Pereira of the advice service MoneyHelp.",
    "Air fryers use less electricity than most ovens for small meals, tests by the consumer group Which? found. "
    "Cooking a portion of chips cost 17 pence in an air fryer and 31 pence in a fan oven, based on the energy "
    "price cap in January. For a full family meal the difference narrowed, the group said.",
]

EXPLAINERS = [
    "Should you take vitamin D tablets? What the research shows",
    "How much will your mortgage go up? What the figures say",
    "Is an air fryer cheaper to run than your oven? Here's what we know",
]


def _voice(text: str) -> list[str]:
    sig = loaded_language.score(prepare(text), Settings())
    return [e.kind for e in sig.evidence if e.kind in ("rhetorical question", "editorial")]


@pytest.mark.parametrize("headline, body", list(zip(EXPLAINERS, BODIES)))
def test_an_explainer_headline_is_no_rhetorical_question(headline, body):
    text = headline + "\n\n" + body + "\n"
    assert _voice(text) == [], loaded_language.score(prepare(text), Settings()).evidence


@pytest.mark.parametrize("body", BODIES)
def test_the_explainer_scores_as_the_same_report_with_a_plain_headline(body):
    explainer = score_text("Are seed oils bad for you? What the research shows\n\n" + body + "\n")
    plain = score_text("Seed oils and heart health\n\n" + body + "\n")
    assert explainer.reliability is not None and plain.reliability is not None
    assert explainer.reliability >= plain.reliability - 0.5


@pytest.mark.parametrize("headline", [
    # no pointer to the answer: the question is put to the reader
    "Is your phone cooking your brain? The study they tried to bury",
    "Are you being poisoned by your tap water?",
    # a negative question leads whatever follows
    "Isn't it time you switched supplier? What the numbers show",
])
@pytest.mark.parametrize("body", BODIES[:2])
def test_leading_headline_questions_still_count(headline, body):
    assert "rhetorical question" in _voice(headline + "\n\n" + body + "\n")


@pytest.mark.parametrize("claim", [
    "Research shows that the tablets prevent colds in almost everyone who takes them.",
    "What research shows is that the tablets prevent colds in almost everyone who takes them.",
])
def test_an_appeal_that_makes_a_claim_still_counts(claim):
    text = "Vitamin D in winter\n\n" + claim + " Most people never need to see a doctor about it.\n"
    assert "editorial" in _voice(text)
