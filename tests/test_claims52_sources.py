"""(claims52) Who said it, as classes, on sentences written for these tests:
- one unnamed person by a noun of attribution.txt [passer_by_words] is a vague source whichever
  side of the verb it stands ("said a resident", "a neighbour said"), as "residents said" is;
- a place before a role noun names no one ("a Glasgow nurse" is a source by role, as "a nurse";
  "the Leeds resident" is vague, as "a Leeds resident" was); a body's voice keeps its name ("an
  Apple spokesperson", attribution.txt [body_voice_words]);
- a nationality adjective is no named actor of a claim ("the Korean film");
- a medium's abbreviation in capitals is no name ("A TV ad from the campaign says": the
  campaign's ad, a partisan source by role; a named sponsor still names it);
- "talked about X" names a topic: no source.
Each row: the sentence, the kind of source expected (None: no source), and whether main read it
so too (a guard) or not (a fix)."""

from __future__ import annotations

import pytest

from attribution_helpers import attribution_kind, claim_verdicts

CLAIM = "Prices at the market rose by 40 per cent this year"
FIX, GUARD = "fix", "guard"
AD = "the senator voted to cut taxes 14 times."

KINDS = [
    # one unnamed person: vague
    (f"{CLAIM}, said a resident.", "weasel", FIX),
    (f"{CLAIM}, a neighbour said.", "weasel", FIX),
    (f"{CLAIM}, said a neighbour.", "weasel", FIX),
    (f"{CLAIM}, one shopper said.", "weasel", FIX),
    (f"A resident said {CLAIM[0].lower() + CLAIM[1:]}.", "weasel", FIX),
    ("\u201cPrices rose by 40 per cent this year,\u201d said a local resident.", "weasel", FIX),
    ("The Leeds resident said the bus service was cut by half last year.", "weasel", FIX),
    ("Cork prices rose sharply, the Lisbon cork trader said.", "weasel", FIX),
    (f"{CLAIM}, residents said.", "weasel", GUARD),
    (f"{CLAIM}, said a Leeds resident.", "weasel", GUARD),
    ("A Texas farmer said the drought destroyed 80 per cent of his crop.", "weasel", GUARD),
    # a place before a role noun: by role
    ("A Glasgow nurse said the ward had lost 12 staff since March.", "role", FIX),
    ("\u201cThe ward lost 12 staff since March,\u201d said a Glasgow nurse.", "role", FIX),
    ("An Ohio teacher said the school lost 30 pupils last year.", "role", FIX),
    ("A nurse said the ward had lost 12 staff since March.", "role", GUARD),
    # names stay names
    (f"{CLAIM}, said Ann Lee.", "named", GUARD),
    (f"{CLAIM}, Leeds resident Ann Lee said.", "named", GUARD),
    (f"{CLAIM}, a resident, Ann Lee, said.", "named", GUARD),
    ("Glasgow nurse Ann Lee said the ward had lost 12 staff since March.", "named", GUARD),
    (f"{CLAIM}, the Labour leader said.", "named", GUARD),
    (f"{CLAIM}, an Apple spokesperson said.", "named", GUARD),  # the body speaking
    (f"{CLAIM}, said a Leeds City Council spokesman.", "named", GUARD),
    # an ad speaks for its sponsor
    (f"A TV ad from the campaign says {AD}", "role", FIX),  # named on main ("TV")
    (f"An ad from the campaign says {AD}", "role", GUARD),
    (f"A campaign ad says {AD}", "role", GUARD),
    (f"A Smith campaign ad says {AD}", "named", GUARD),  # the sponsor named
    (f"A TV ad from the Smith campaign says {AD}", "named", GUARD),
    (f"A TV report says {AD}", "weasel", FIX),  # a named document on main
    # "talked about X" names a topic
    ("Smith talked about the 14 votes to cut taxes last year.", None, GUARD),
    ("Obama talked about how the economy added 200,000 jobs last month.", None, GUARD),
    ("Clinton has talked about raising the minimum wage to $15 an hour.", None, GUARD),
]


@pytest.mark.parametrize("text, kind, why", KINDS)
def test_source_kind(text, kind, why):
    assert attribution_kind(text) == kind, why


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
