"""Loaded language version 50 (hype18): sales pressure is the author's loaded language, as
classes (xlplugin/sales_pressure.py, data/sales_pressure.txt): urgency to buy or act (an imperative of
buying with a deadline or a threat, an offer that will not last or ends, one that will never come
again), promised returns (a multiplier, guaranteed gains), promised safety ("100% safe", a risk
waved away) and the promise that anyone can. Each counts as one exaggeration term, its class named in the
evidence; a testimonial's words are its speaker's; a notice's, a shop's or a report's plain
words are none. Fixtures are written for these tests."""

import pytest

from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

LEAD = ("The course opened to new students this spring. It runs online over eight weeks and covers "
        "shop set-up, advertising and bookkeeping. ")


def _pressure(text: str, quoted: bool = False) -> list[tuple[str, str]]:
    """(words, class) of the author's sales pressure (the quoted speakers' with `quoted`)."""
    sig = loaded_language.score(prepare(LEAD + text), Settings())
    kind = "quoted exaggeration" if quoted else "exaggeration"
    return [(e.text.lower(), e.detail) for e in sig.evidence if e.kind == kind and e.detail]


def _classes(text: str) -> set[str]:
    """The classes of the author's sales pressure in `text` (one class: every term found is of it)."""
    return {what for _, what in _pressure(text)}


def _author_terms(text: str) -> int:
    sig = loaded_language.score(prepare(LEAD + text), Settings())
    return sig.details["author_terms"]


@pytest.mark.parametrize("text", [
    # an imperative of buying or acting, with a deadline or a threat
    "Sign-ups are open. Buy before Friday or regret it.",
    "Order yours today and start selling next week.",
    "Act now.",
    "Click the banner and grab a seat before they're gone!",
    "Snap it up while stocks last.",
    "Invest while you still can.",
    # an offer that will not last or ends
    "These prices will not last long.",
    "At this level, the discount won't last.",
    "The launch deal ends at midnight.",
    "Normally $400, it is $99 for the next 72 hours only.",
    "Today only: two courses for the price of one.",
    "This is a limited-time offer for new members.",
    "Once the countdown ends, it's gone.",
    # never again
    "Trust me, you will never get this chance again.",
    "An entry price like this won't come around again.",
    "It is a once-in-a-lifetime opportunity for anyone with a laptop.",
    "Do not miss the next big launch.",
])
def test_urgency_to_buy_counts(text):
    assert _classes(text) == {"urgency to buy or act"}


@pytest.mark.parametrize("text", [
    "My picks will 500x by the summer.",
    "Get in early on the next 100x.",
    "Analysts are calling it a 50x gem.",
    "At that market cap, that's a 2,000x from here.",
    "$GLOWCOIN is about to moon.",
    "The system comes with guaranteed profits.",
    "This method is guaranteed to double your stake.",
    "Double your savings in a single year.",
    "With this strategy you can't lose.",
])
def test_promised_returns_count(text):
    assert _classes(text) == {"promised returns"}


@pytest.mark.parametrize("text", [
    "The token is audited and 100% safe.",
    "Every trade is 100 percent guaranteed.",
    "No stock, no staff, zero risk.",
])
def test_promised_safety_counts(text):
    assert _classes(text) == {"promised safety"}


@pytest.mark.parametrize("text", [
    "Honestly, anybody can learn this.",
    "If a retired plumber can do it, everyone can.",
    "Anyone can do it too.",
    "She built a shop in a month, and you can too.",
    "He did it from his kitchen table. So can you.",
])
def test_anyone_can_counts(text):
    assert _classes(text) == {"promise that anyone can"}


@pytest.mark.parametrize("text", [
    # a notice's or a health service's advice, a loan's name
    "Residents can apply before 31 March, the council said.",
    "Get your flu jab before winter, the surgery advises.",
    "Book early: the ferry is often full in August.",
    "More shops now offer buy now, pay later plans, the regulator said.",
    "Investors rushed to buy before the deadline on Friday.",
    "The board agreed to act on the report.",
    "Order was restored before midnight, police said.",
    "Claim forms are available now from the council office.",
    # a report of an offer, a product, a risk stated in a clause with a verb, a denial
    "The sale ends on Saturday, the shop said.",
    "The offer was available for a limited time, the firm said.",
    "The good weather won't last, forecasters said.",
    "Residents will never see the old pier again.",
    "The trip was a once-in-a-lifetime experience.",
    "The camera has a 10x zoom and a wide lens.",
    "The new chip runs 10x faster than the old one.",
    "The city is testing a guaranteed income for 100 families.",
    "There is zero risk to the public, the agency said.",
    "No vaccine is 100% safe, the doctor said.",
    "The population of the town is about to explode.",
    "Anyone can apply for the grant, and anyone can use the library.",
    "Police said anyone can report a crime online.",
    "I don't think anyone can, or should, sell the land.",
])
def test_plain_words_count_nothing(text):
    assert _pressure(text) == []


def test_a_testimonial_is_its_speakers():
    text = ('Here is what one student said: "I made my money back in a week. Anyone can do this!" '
            "The course costs $300.")
    assert _pressure(text) == []
    assert _pressure(text, quoted=True) == [("anyone can do this", "promise that anyone can")]


def test_each_counts_once_beside_a_listed_cue():
    # "before it's too late" and "risk-free" are listed cues: the class does not count them again
    assert _author_terms("Buy before it's too late.") == 1
    assert _author_terms("It is 100% risk-free.") == 1
    assert _author_terms("Act now. It is 100% risk-free.") == 2


def test_a_pitch_scores_below_its_plain_twin():
    pitch = ("Literally anyone can do this. The price won't last, so buy before Sunday or cry later. "
             "The members' picks will 200x.")
    plain = ("Students say the course takes work. The price rises in June, the founder said. "
             "Some members' picks have lost money.")
    assert loaded_language.score(prepare(LEAD + pitch), Settings()).score \
        < loaded_language.score(prepare(LEAD + plain), Settings()).score
