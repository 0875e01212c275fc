"""Short texts judged by their evidence, not only their length (short17, loaded language version
46). A text under MIN_RATE_WORDS words is scored as if it ran to MIN_RATE_WORDS words; the words
it lacks used to be plain writing with no voice, so a 39-word post with eleven contemptuous terms
and no "I" or question kept a perfect voice half and landed mid-scale (index 47). Now the missing
words carry the voice of texts as loaded as the text's own terms read: a short rant is low, a
calm short text scores as before, and one loaded word in 40 moves the index by about a point
more than the word itself. Fixtures are our own words (rants, calm notes, news briefs, replies)."""

from __future__ import annotations

import re

import pytest

import xlplugin
from xlplugin.cells import why_text
from xlplugin.scorers import loaded_language as ll
from xlplugin.settings import Settings
from xlplugin.text import prepare

RANTS = {
    "rant_mayor": "The mayor is a spineless coward and his cronies are crooks. This rotten scheme is a disgrace, a shameless "
                  "betrayal of every family in town. Only a fool would trust these liars again. Absolute scum, every one of them.",
    "rant_water_voice": "I am sick of these pathetic clowns at the water board. Why do we keep paying for their disgraceful "
                        "incompetence? They lie, they cheat, and they laugh at us. What a shameful, rotten outfit. I will never "
                        "trust them again.",
    "rant_court": "Another idiotic ruling from a corrupt judge who hates ordinary people. The whole court is a sick joke run by "
                  "arrogant elites. Disgusting! Nobody with a shred of decency could defend this outrageous betrayal of justice.",
    "rant_reply_we": "Typical. The usual smug hypocrites lecturing everyone while they line their own pockets. Pathetic, dishonest "
                     "and utterly shameless. We deserve better than these grubby little frauds, and we know it.",
    "rant_plan_question": "What a disaster this so-called plan is! The minister is clueless, the advisers are incompetent hacks, and "
                          "the whole thing stinks of corruption. Are we really supposed to swallow this nonsense? Wake up, people.",
    "rant_media": "The lying media will never tell you the truth about this scandal. Their puppet journalists are paid to bury it. "
                  "It is a cowardly, sickening cover-up, and every one of these hacks should be ashamed. Share this everywhere!",
    "rant_landlord_i": "My landlord is a greedy, heartless parasite. I have begged him for months to fix the damp and he just sneers. "
                       "These vile landlords are ruining our city and the useless council lets them. I am furious.",
}
CALM = {
    "calm_garden": "The community garden will be closed on Saturday for path repairs. Volunteers can collect tools from the shed on "
                   "Sunday morning instead. Seedlings ordered last month will arrive next week, and the usual watering rota continues.",
    "reply_laptop": "Thanks for the link. I tried the second method you described and it worked on my laptop, although the update "
                    "took about twenty minutes. I have not tested it on the older desktop yet, so I cannot say more.",
    "brief_roadworks": "Road works on the ring road near the old depot will begin on Monday and last about six weeks, the county "
                       "council said. One lane will stay open in each direction during the day. Buses will follow their usual routes.",
    "brief_rates": "The regional bank raised its main interest rate by a quarter of a point to 4.5 per cent on Thursday, its first "
                   "change since March. Officials said prices were rising more slowly than a year ago, and markets barely moved.",
    "note_committee": "Meeting notes: the committee agreed the budget for the spring fair, approved two new stall holders and asked "
                      "the treasurer to report on ticket sales at the next meeting in April. The chair thanked the volunteers.",
    "opinion_library": "I think we should keep the library open on Sundays. Why not? Many of us work during the week, and the "
                       "building is already heated. I would happily volunteer an afternoon a month to make it work.",
    "reply_recipe": "We made this last night and it was lovely. I used half the sugar and added lemon zest, and the cake still rose "
                    "well. Would oat milk work instead of butter milk? We might try that next weekend.",
}
ONE_WORD = {
    "one_harbour": "The council published its plan for the harbour on Monday. It includes a new footbridge, wider pavements and "
                   "forty extra parking spaces. Residents called the timetable ridiculous, and a public meeting is planned for "
                   "next month.",
    "one_rain": "Heavy rain closed two schools in the valley on Tuesday. The river rose by a metre overnight, and the fire service "
                "pumped water from a dozen homes. It was a shocking night for families near the bridge, but nobody was hurt.",
    "one_bus_reply": "I tried the new bus timetable this week. The early service ran on time every day, but the evening buses were "
                     "a disgrace after six. I will write to the operator about it and post their answer here.",
    "one_match": "The under-twelves lost 3-1 at home on Sunday after a bright start. Their coach praised the defence and said the "
                 "team would train twice next week. Parents called the referee's late decision outrageous, but the result stands.",
    "one_shop": "The bakery on Church Lane reopens on Friday after a month of building work. The owners have added six tables and "
                "a ramp at the door. Prices are unchanged, and the new oven is frankly astonishing.",
}
ALL = {**RANTS, **CALM, **ONE_WORD}


def loaded(text: str):
    return ll.score(prepare(text), Settings())


def index(text: str) -> float:
    return xlplugin.score_text(text).reliability


def old_normalised(sig) -> float:
    """The score as version 45 read a short text: the missing words plain, with no voice."""
    d = sig.details
    short = min(1.0, d["words"] / ll.MIN_RATE_WORDS)
    rate = ll._read_over(d["author_terms"], d["words"], ll.MIN_RATE_WORDS, ll.NEUTRAL_RATE, per=1000.0)
    parts = ll._parts(rate, d["first_person_per_1000_words"] * short, d["question_share"] * short,
                      d["second_person_per_1000_words"])
    return sum(ll.MIX[k] * v for k, v in parts.items()) / sum(ll.MIX.values())


@pytest.mark.parametrize("name", sorted(ALL))
def test_the_fixtures_are_short(name):
    sig = loaded(ALL[name])
    assert ll.MIN_WORDS <= sig.details["words"] < 60


@pytest.mark.parametrize("name", sorted(RANTS))
def test_a_short_rant_is_low(name):
    sig = loaded(RANTS[name])
    assert sig.details["author_terms"] >= 6
    assert sig.score < 0.4  # version 45: 0.5 for a rant with no "I" or question of its own
    assert sig.score < old_normalised(sig)
    assert index(RANTS[name]) < 40  # version 45: 47 with no voice of its own


@pytest.mark.parametrize("name", sorted(CALM))
def test_a_short_text_with_no_loaded_term_scores_as_before(name):
    sig = loaded(CALM[name])
    assert sig.details["author_terms"] == 0
    assert sig.score == pytest.approx(old_normalised(sig), abs=2e-4)
    assert sig.score > 0.9
    assert "voice that" not in ll._why(sig)  # no loaded texts' voice is said to be given


def _plain_twin(text: str) -> str:
    """The text with its one loaded word replaced by a plain one."""
    for word, plain in (("ridiculous", "too short"), ("shocking", "long"), ("a disgrace", "late"),
                        ("outrageous", "wrong"), ("frankly astonishing", "larger")):
        if word in text:
            return text.replace(word, plain)
    raise AssertionError(text)


@pytest.mark.parametrize("name", sorted(ONE_WORD))
def test_one_loaded_word_in_a_short_text_does_not_swing_the_index(name):
    text = ONE_WORD[name]
    sig, twin = loaded(text), loaded(_plain_twin(text))
    assert twin.details["author_terms"] == 0
    assert sig.details["author_terms"] <= 1
    # the word costs what it costs through the terms (as version 45), and through the voice given
    # to the missing words a point or two at most
    old, new = old_normalised(sig), sig.score
    assert old - new <= 0.02
    assert index(_plain_twin(text)) - index(text) <= 12


@pytest.mark.parametrize("name", sorted(ALL))
def test_more_loaded_words_never_raise_a_short_text(name):
    """Plain words turned loaded one by one, the length kept: the score never rises (the voice the
    missing words are given rises with the terms' cost, never against it)."""
    words = ALL[name].split()
    plain = [i for i, w in enumerate(words) if w.isalpha() and w.islower() and w not in ll.FIRST_PERSON][::3]
    scores = []
    for k in range(0, 8):
        text = list(words)
        for i in plain[:k]:
            text[i] = "disgraceful"
        scores.append(loaded(" ".join(text)).score)
    assert all(b <= a + 1e-9 for a, b in zip(scores, scores[1:])), scores
    assert scores[-1] < 0.4


@pytest.mark.parametrize("name", sorted(ALL))
def test_the_why_reads_the_rates_the_score_read(name):
    sig = loaded(ALL[name])
    rates = ll.damped_rates(sig.value, sig.details)
    parts = ll._parts(*rates, sig.details["second_person_per_1000_words"])
    assert ll._normalised(parts, ll.fade_rate(sig.value, sig.details)) == pytest.approx(sig.score, abs=2e-4)  # (voice29: the voice's share kept; loose30: at the fade's rate)


@pytest.mark.parametrize("name", sorted(RANTS))
def test_the_why_says_what_the_rest_of_a_short_rant_was_given(name):
    result = xlplugin.score_text(RANTS[name])
    why = why_text(result)
    assert re.search(r"words added (?:to a short text )?to make 200, in the voice loaded texts usually have", why), why
    # the points lost add up, and a rant with no voice of its own says what the rest's voice cost;
    # (loose30) a rant whose own terms are past TERMS_FLOOR_RATE keeps no voice share (`_fade_rate`):
    # all its points are the loaded terms'
    sig = result.signals["loaded_language"]
    if ll._voice_kept(ll.fade_rate(sig.value, sig.details)) == 0.0:
        assert re.search(r"loaded language -\d+ points: \d+ loaded terms in \d+ words", why), why
        return
    lost = re.search(r"loaded language -(\d+) points: (\d+) points for .*?\), (\d+) for ", why)
    assert lost and int(lost.group(1)) == int(lost.group(2)) + int(lost.group(3))


def test_a_long_text_is_not_given_a_voice():
    long_text = " ".join([RANTS["rant_mayor"]] * 6)
    sig = loaded(long_text)
    assert sig.details["words"] >= ll.MIN_RATE_WORDS
    rates = ll.damped_rates(sig.value, sig.details)
    assert rates[1:] == pytest.approx((sig.details["first_person_per_1000_words"], sig.details["question_share"]))
    parts = ll._parts(*rates, sig.details["second_person_per_1000_words"])
    assert parts["first person"] == parts["rhetorical question"] == 1.0  # no voice given to the rest
    # loaded terms at their floor, no voice: the mix's half, less what the voice keeps of it past
    # VOICE_FADE_RATE (version 82, voice29: this rant's terms are past TERMS_FLOOR_RATE, so 0)
    assert sig.score == pytest.approx(0.5 * ll._voice_kept(rates[0]))
    assert ll._missing_voice(ll.NEUTRAL_RATE) == (0.0, 0.0)
    assert ll._missing_voice(ll.LOADED_RATE) == (ll.LOADED_FIRST_PERSON, ll.LOADED_QUESTION_SHARE)
