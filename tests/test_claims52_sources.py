"""(claims52) Who said it, as classes, on sentences written for these tests:
- one unnamed person by a noun of attribution.txt [passer_by_words] is a vague source whichever
  side of the verb it stands ("said a resident", "a neighbour said"), as "residents said" is;
- a place before a role noun names no one ("a Glasgow nurse" is a source by role, as "a nurse";
  "the Leeds resident" is vague, as "a Leeds resident" was);
- a nationality adjective is no named actor of a claim ("the Korean film");
- a medium's abbreviation in capitals is no name ("A TV ad from the campaign says": the
  campaign's ad, a partisan source by role; a named sponsor still names it);
- "talked about X" names a topic: no source."""

from __future__ import annotations

import pytest

from attribution_helpers import attribution_kind, claim_verdicts

CLAIM = "Prices at the market rose by 40 per cent this year"


@pytest.mark.parametrize("text", [
    f"{CLAIM}, said a resident.",
    f"{CLAIM}, a neighbour said.",
    f"{CLAIM}, said a neighbour.",
    f"{CLAIM}, one shopper said.",
    f"A resident said {CLAIM[0].lower() + CLAIM[1:]}.",
    "\u201cPrices rose by 40 per cent this year,\u201d said a local resident.",
    "The Leeds resident said the bus service was cut by half last year.",
    "Cork prices rose sharply, the Lisbon cork trader said.",
])
def test_one_unnamed_person_is_a_vague_source(text):
    assert attribution_kind(text) == "weasel"


@pytest.mark.parametrize("text, kind", [
    # guards: the vague readings already held, and names stay names
    (f"{CLAIM}, residents said.", "weasel"),
    (f"{CLAIM}, said a Leeds resident.", "weasel"),
    ("A Texas farmer said the drought destroyed 80 per cent of his crop.", "weasel"),
    (f"{CLAIM}, said Ann Lee.", "named"),
    (f"{CLAIM}, Leeds resident Ann Lee said.", "named"),
    (f"{CLAIM}, a resident, Ann Lee, said.", "named"),
    ("Glasgow nurse Ann Lee said the ward had lost 12 staff since March.", "named"),
    ("A nurse said the ward had lost 12 staff since March.", "role"),
    (f"{CLAIM}, the Labour leader said.", "named"),
    (f"{CLAIM}, an Apple spokesperson said.", "named"),  # the body speaking ([body_voice_words])
    (f"{CLAIM}, said a Leeds City Council spokesman.", "named"),
])
def test_near_cases_keep_their_reading(text, kind):
    assert attribution_kind(text) == kind


@pytest.mark.parametrize("text", [
    "A Glasgow nurse said the ward had lost 12 staff since March.",
    "\u201cThe ward lost 12 staff since March,\u201d said a Glasgow nurse.",
    "An Ohio teacher said the school lost 30 pupils last year.",
])
def test_place_before_a_role_noun_is_no_name(text):
    assert attribution_kind(text) == "role"


@pytest.mark.parametrize("text, actor", [
    ("The Korean director made the film.", "Korean"),
    ("The British company made the film.", "British"),
])
def test_nationality_is_no_named_actor(text, actor):
    assert claim_verdicts(text) == {}, f"{actor!r} read as a named actor"


def test_nationality_leaves_other_cues_and_names():
    verdicts = claim_verdicts("The Korean film won four Oscars in 2020.")
    assert "Korean" not in next(iter(verdicts.values()))
    assert "named actor \u201cBong\u201d" in claim_verdicts("The director Bong Joon-ho made the film.")[
        "The director Bong Joon-ho made the film."]
    assert "named actor \u201cKyiv\u201d" in claim_verdicts("The French president visited Kyiv.")[
        "The French president visited Kyiv."]


@pytest.mark.parametrize("text, kind", [
    ("A TV ad from the campaign says the senator voted to cut taxes 14 times.", "role"),  # named on main
    ("An ad from the campaign says the senator voted to cut taxes 14 times.", "role"),  # guard
    ("A campaign ad says the senator voted to cut taxes 14 times.", "role"),  # guard
    ("A Smith campaign ad says the senator voted to cut taxes 14 times.", "named"),  # guard: sponsor named
    ("A TV ad from the Smith campaign says the senator voted to cut taxes 14 times.", "named"),  # guard
])
def test_an_ad_speaks_for_its_sponsor(text, kind):
    assert attribution_kind(text) == kind


def test_a_tv_report_is_no_named_document():
    assert attribution_kind("A TV report says the senator voted to cut taxes 14 times.") == "weasel"


@pytest.mark.parametrize("text", [
    "Smith talked about the 14 votes to cut taxes last year.",
    "Obama talked about how the economy added 200,000 jobs last month.",
    "Clinton has talked about raising the minimum wage to $15 an hour.",
])
def test_talked_about_names_a_topic_not_a_source(text):
    # guard: held on main already; "talked about X" reports no claim of the speaker's
    assert attribution_kind(text) is None
