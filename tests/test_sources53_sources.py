"""(sources53) Who said it, the near cases claims52 left, as classes, on sentences written for
these tests:
- one unnamed person with the place after the noun, after "in" (attribution.txt
  [place_after_person_words], misread_sources.placed_after): "a nurse in Glasgow said" is a
  source by role, as "a Glasgow nurse said" is; "a resident in Leeds said" is vague, as "a Leeds
  resident said" is; a body after "at" or "for", a capitalised word before the noun and a body's
  voice keep the name;
- advertising as the subject of a verb of saying ([advert_words]: "A radio ad claims", "An advert
  says", "A leaflet says") is the sponsor's words, a source by role, as "a TV ad from the
  campaign says" is (claims52); a sponsor named in the phrase names it ("A Smith campaign ad").
Each row: the sentence, the kind of source expected (None: no source), and whether main read it
so too (a guard) or not (a fix)."""

from __future__ import annotations

import pytest

from attribution_helpers import attribution_kind

FIX, GUARD = "fix", "guard"
AD = "the senator voted to cut taxes 14 times."
WARD = "the ward had lost 12 staff since March."

KINDS = [
    # the place after the noun: as the place before it
    (f"A nurse in Glasgow said {WARD}", "role", FIX),
    ("A teacher in Ohio said the school lost 30 pupils last year.", "role", FIX),
    ("A police officer in Leeds said the station had closed twice this year.", "role", FIX),
    ("\u201cThe ward lost 12 staff,\u201d a nurse in Glasgow said.", "role", FIX),
    ("A resident in Leeds said the bus service was cut by half last year.", "weasel", FIX),
    ("A farmer in Texas said the drought destroyed 80 per cent of his crop.", "weasel", FIX),
    (f"A Glasgow nurse said {WARD}", "role", GUARD),
    (f"A nurse said {WARD}", "role", GUARD),
    ("A Leeds resident said the bus service was cut by half last year.", "weasel", GUARD),
    # an employer after "at" or "for", a name before the noun, a body's voice: named
    (f"A nurse at St Mary's Hospital said {WARD}", "named", GUARD),
    ("A spokesman for Apple said sales rose 12 per cent last year.", "named", GUARD),
    ("A spokesman in Washington said the talks lasted 12 hours.", "named", GUARD),
    ("A Reuters reporter in Kyiv said the city lost power for 12 hours.", "named", GUARD),
    (f"Ann Lee, a nurse in Glasgow, said {WARD}", "named", GUARD),
    (f"A nurse in Glasgow, Ann Lee, said {WARD}", "named", GUARD),
    # advertising speaks for its sponsor: by role
    (f"A radio ad claims {AD}", "role", FIX),  # no source on main
    (f"An ad says {AD}", "role", FIX),  # a vague bare "says" on main
    (f"A new advert claims {AD}", "role", FIX),
    (f"An advertisement says {AD}", "role", FIX),
    (f"A television commercial says {AD}", "role", FIX),
    (f"A flyer claims {AD}", "role", FIX),
    ("The leaflets say the council will close 12 libraries.", "role", FIX),
    (f"Ads say {AD}", "role", FIX),  # the first word's capital is no name
    (f"A campaign ad says {AD}", "role", GUARD),
    (f"A TV ad from the campaign says {AD}", "role", GUARD),
    # the sponsor named
    (f"A Smith campaign ad says {AD}", "named", GUARD),
    (f"A Labour leaflet says {AD}", "named", GUARD),
    (f"A TV ad from the Smith campaign says {AD}", "named", GUARD),
    # no advert speaking
    ("The ad claims are false.", None, GUARD),
    (f"A report says {AD}", "weasel", GUARD),
    ("A commercial lawyer said the firm lost 12 clients.", "role", GUARD),
]


@pytest.mark.parametrize("text, kind, why", KINDS)
def test_source_kind(text, kind, why):
    assert attribution_kind(text) == kind, why


def test_advert_claims_before_be_leave_the_later_source():
    # guard: "The ad claims were false" is a noun before "were"; the senator is the source
    from attribution_helpers import attribution

    found = attribution("The ad claims were false, the senator said.")
    assert found is not None and found.detail == "\u201cthe senator said\u201d"
