"""Loaded language version 99 (helper indep34): an expert cited with no place a reader could check.

Health, money and science pieces written to sell or to scare lean on a title instead of a source:
"Dr. X, a metabolic health expert, says ...", "Financial analyst Dr. Y, who predicted the last
crisis, believes ...". No university, hospital, company, agency or study is named for them, so
nobody can look them up. Careful reports give the same kind of person a place ("a rheumatologist
at the University of Leeds", "the study's senior author", "a consultant at the agency"). Each
unplaced expert is one editorial term (xlplugin/unplaced_experts.py). The near-misses are plain
reporting that must keep its score: an expert placed in the sentence or elsewhere in the text, a
doctor who is not cited, a historical figure, a title inside a quotation. Fixtures are texts
written for these tests."""

import pytest

from xlplugin import unplaced_experts
from xlplugin.engine import score_text
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

BODY = """{headline}

{lead}

{expert}

{close}
"""

PIECES = [
    dict(headline="The Morning Drink That Calms a Racing Heart",
         lead="Thousands of people who struggle with palpitations have found relief in a glass of warm water with "
              "a spoonful of apple cider vinegar, taken before breakfast. Many say the fluttering stops within a week.",
         close="A bottle costs a few pounds at any supermarket, and most people say they notice the difference "
               "long before the bottle is finished. Start with a teaspoon and work up to a tablespoon."),
    dict(headline="Why Savers Are Moving Their Money Into Silver",
         lead="Silver has quietly become the favourite hedge of people who lived through the last banking crisis. "
              "Dealers say demand from ordinary families has never been higher.",
         close="Coins and small bars can be bought online and delivered to the door. Many buyers keep them at "
               "home, away from any bank, and add a little every month."),
    dict(headline="The Walking Trick That Keeps the Memory Sharp",
         lead="Walking backwards for ten minutes a day may keep the mind young, according to people who have "
              "made it part of their routine. Some say their memory has never been better.",
         close="All it needs is a quiet path or a long hallway. Go slowly at first, and hold a rail or a "
               "friend's arm until your balance improves."),
]

# the expert as an unreliable piece cites them: a title, a name, a line of expertise, no place
UNPLACED = [
    "Dr. Colin Ashby, a cardiac wellness expert, says the vinegar steadies the nerves that control the heartbeat.",
    "Financial analyst Dr. Petra Lowe, who predicted the last crash, believes the next one is months away.",
    "\u201cThe brain loves anything unfamiliar,\u201d says Professor Nina Carrow, who has studied memory for twenty years.",
    "Dr. Ben Okoro, a family doctor with thirty years of experience, puts it simply: the body knows what it needs.",
]
# the same experts placed, as careful reports do
PLACED = [
    "Dr. Colin Ashby, a cardiologist at St Thomas' Hospital in London, says there is no good evidence that vinegar "
    "steadies the heartbeat.",
    "Dr. Petra Lowe, an economist at the University of Warwick, said there was no sign that banks were about to fail.",
    "\u201cThe brain loves anything unfamiliar,\u201d says Professor Nina Carrow, the study's senior author, who "
    "cautioned that the trial was small.",
    "Dr. Ben Okoro, a consultant at the trust, said patients with palpitations should see their GP.",
    "Dr. Ben Okoro of the local heart clinic said patients with palpitations should see their GP.",
]


def _text(piece: dict, expert: str) -> str:
    return BODY.format(expert=expert, **piece)


def _unplaced(text: str) -> list[str]:
    sig = loaded_language.score(prepare(text), Settings())
    return [e.text for e in sig.evidence if e.detail == unplaced_experts.DETAIL]


@pytest.mark.parametrize("piece", PIECES)
@pytest.mark.parametrize("expert", UNPLACED)
def test_an_expert_given_no_place_is_an_appeal_to_unchecked_authority(piece, expert):
    found = _unplaced(_text(piece, expert))
    assert len(found) == 1 and found[0].split()[0] in ("Dr.", "Professor"), found


@pytest.mark.parametrize("piece", PIECES)
@pytest.mark.parametrize("expert", PLACED)
def test_a_placed_expert_costs_nothing(piece, expert):
    assert _unplaced(_text(piece, expert)) == []


# the unplaced experts with only a place added: the same words otherwise
MINIMAL = [
    (UNPLACED[0], UNPLACED[0].replace("expert,", "expert at the Royal Brompton Hospital,")),
    (UNPLACED[1], UNPLACED[1].replace("Lowe,", "Lowe, of the University of Warwick,")),
    (UNPLACED[3], UNPLACED[3].replace("experience,", "experience at a Leeds practice,")),
]


@pytest.mark.parametrize("piece", PIECES)
@pytest.mark.parametrize("unplaced, placed", MINIMAL)
def test_the_place_alone_moves_the_score(piece, unplaced, placed):
    without = loaded_language.score(prepare(_text(piece, unplaced)), Settings())
    with_place = loaded_language.score(prepare(_text(piece, placed)), Settings())
    assert without.score < with_place.score
    assert score_text(_text(piece, unplaced)).reliability < score_text(_text(piece, placed)).reliability


def test_a_place_given_in_another_sentence_counts():
    text = _text(PIECES[0], "Dr. Colin Ashby says the vinegar steadies the heartbeat. Ashby runs the heart clinic "
                            "at the Royal Infirmary in Leeds.")
    assert _unplaced(text) == []


def test_one_term_per_person():
    text = _text(PIECES[1], UNPLACED[1] + " Dr. Petra Lowe says gold is the other safe choice.")
    assert len(_unplaced(text)) == 1


@pytest.mark.parametrize("sentence", [
    # not cited: no verb of saying and no quotation in the sentence
    "Dr. Colin Ashby opened a new surgery on the high street last spring.",
    # a historical figure, and a name closed by "Jr."
    "As Dr. Martin Luther King Jr. said, the time is always right to do what is right.",
    "Dr. Samuel Price, the town's first physician, once said a walk a day keeps the doctor away.",
    # a title and a surname alone refer back to someone known
    "Huge crowds marched with Dr. King said a retired teacher who was there.",
    "As Dr. Oz says on his show, nobody should skip breakfast.",
    # the title inside a quotation is the speaker's words
    "\u201cDr. Colin Ashby says it works,\u201d one reader told us.",
    # "Doctor" before a name is a character's name, not a title
    "Doctor Who returns on Saturday, and fans say the new series is the best yet.",
])
def test_plain_mentions_cost_nothing(sentence):
    assert _unplaced(_text(PIECES[2], sentence)) == []


def test_a_title_with_nothing_cited_is_left_alone_in_a_report():
    text = ("Hospital names new chief\n\nThe Royal Infirmary has appointed Dr. Helen Marr as its medical director. "
            "Dr. Marr said she would focus on waiting times. She joins from a hospital in Bristol.\n")
    assert _unplaced(text) == []
