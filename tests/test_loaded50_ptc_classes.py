"""loaded50: loaded words the cue list lacked, as classes written from general English usage
(kept where the PTC tune half and the held-back half both rose; see the block's comment in
loaded_language.txt). Every text is written for these tests.

1. Words of outrage and disgust the writer lends to people, as the listed "enraged" and
   "horrified" are ("appalled", "disgusted", "incensed", "outraged"); contempt beside the
   listed "nasty" and "vile" ("noxious", "unsavory", "nastiness", "outlandish"); contempt in
   words, beside the listed "mocked", "vilified", "smeared" ("ridiculed", "vilification",
   "lambasted", "derided", "bashing").
2. Idioms of polemic that picture a plot, a tyranny or a spineless act ("a reign of terror", "a
   breeding ground for", "under his thumb", "kick the can down the road", "bent over
   backwards", "caught red-handed").
3. Labels for people beside listed ones of their kind ("jihadists" as "jihadis", "naysayers",
   "bigwigs", "left-wingers" as "left-wing", "unbelievers" as "heretics").

The plain senses of the new cues stay plain: "noxious" of a substance ("noxious weeds",
"noxious fumes": [object_senses]), "under his thumb" of the body ("a splinter under his thumb":
[literal_senses]); these pass on main, where the words are no cues, and fail without those lines.
"""

from __future__ import annotations

import pytest
from loaded_helpers import author_terms

# (text, the cue's first word as counted); each fails on main
LOADED = [
    ("Decent people are appalled by what the council has become.", "appalled"),
    ("Taxpayers are disgusted and incensed by the waste.", "disgusted"),
    ("Taxpayers are disgusted and incensed by the waste.", "incensed"),
    ("Residents are outraged at the latest fee.", "outraged"),
    ("The council spreads its noxious ideas in every school.", "noxious"),
    ("He keeps company with unsavory characters from the old days.", "unsavory"),
    ("The nastiness of the campaign shocked no one.", "nastiness"),
    ("The mayor presided over a reign of terror at the depot.", "reign of terror"),
    ("The estate has become a breeding ground for crime.", "breeding ground for"),
    ("The board is under his thumb and always has been.", "under his thumb"),
    ("The minister kicked the can down the road again.", "kicked the can down the road"),
    ("The council bent over backwards to please the developer.", "bent over backwards"),
    ("The treasurer was caught red-handed moving the money.", "caught red-handed"),
    ("Critics ridiculed the plan as a fantasy.", "ridiculed"),
    ("The long vilification of the judge went on for months.", "vilification"),
    ("The senator lambasted the judge on television.", "lambasted"),
    ("The senator derided the ruling.", "derided"),
    ("Media bashing is his favourite sport.", "bashing"),
    ("It was an outlandish idea from the start.", "outlandish"),
    ("The jihadists behind the plot were never found.", "jihadists"),
    ("The left-wingers on the board voted as a bloc.", "left-wingers"),
    ("The unbelievers will never understand the faith.", "unbelievers"),
    ("The naysayers were wrong about the bridge.", "naysayers"),
    ("Party bigwigs met behind closed doors.", "bigwigs"),
]

# Guards: the plain senses of new cues, read from their sentence ([object_senses],
# [literal_senses]: a substance that is noxious, a thumb of the body); each fails without those lines
PLAIN = [
    ("Farmers must remove noxious weeds from the verge.", "noxious"),
    ("The plant gives off noxious fumes when heated.", "noxious"),
    ("The nurse found a splinter under his thumb.", "under his thumb"),
]


@pytest.mark.parametrize(("text", "term"), LOADED)
def test_loaded_word_of_a_listed_class_counts(text, term):
    assert term in author_terms(text)


@pytest.mark.parametrize(("text", "term"), PLAIN)
def test_plain_sense_of_a_new_cue_counts_nothing(text, term):
    assert term not in author_terms(text)
