"""Loaded language version 50 (hype18): literal physical senses of cue words are no loaded
words, as classes: a structure or a thing as the subject of "collapse" (event_senses.txt
[physical_fall_words], [physical_patient_words]), "barrage" as a structure or a gun's fire (only
"a barrage of ..." is the metaphor: [of_only_words]), "sold out" of tickets or stock (loaded_language.txt
[literal_senses]) and "inflammatory" in medicine ([not loaded] compounds, [object_senses]). Each
class comes with loaded uses it must keep counting. Fixtures are written for these tests."""

import pytest
from loaded_helpers import author_terms


LEAD = "The parish council met on Thursday. Members went through the accounts and the list of repairs. "


def _terms(text: str) -> list[str]:
    return author_terms(text, LEAD)


@pytest.mark.parametrize("text", [
    # a structure falls by itself
    "The sea wall partly collapsed during the gales in February.",
    "The old jetty collapsed in 1979 and was never rebuilt.",
    "Part of the church roof has collapsed, the diocese said.",
    "A section of the cliff collapsed onto the path overnight.",
    "Two of the piers had already collapsed before the survey.",
    # a barrage as a dam or as gunfire
    "A tidal barrage across the bay was first proposed in the 1920s.",
    "Barrages hold back the tide and release it through turbines.",
    "The morning artillery barrage lasted about two hours.",
    # sold out of tickets or stock
    "Tickets for the open day sold out in under an hour.",
    "The second print run sold out within a fortnight, the publisher said.",
    "Tickets for both concerts are expected to sell out.",
    "By noon the bakery had sold out of bread.",
    # inflammation in medicine
    "She was prescribed anti-inflammatory tablets for her shoulder.",
    "Anti-inflammatories can upset the stomach if taken for long.",
    "People with inflammatory bowel disease were not included in the trial.",
    "Inflammatory markers in the blood fell after six weeks of treatment.",
])
def test_literal_sense_counts_nothing(text):
    assert _terms(text) == []


@pytest.mark.parametrize("text,cue", [
    # (fair27) talks collapsing is plain reporting now ([literal_senses]); a society or its values
    # collapsing is the polemic's figure
    ("Our whole way of life is collapsing around us.", "collapsing"),
    ("The coalition collapsed after the budget vote.", "collapsed"),
    ("Support for the plan has collapsed since the spring.", "collapsed"),
    ("The chair faced a barrage of criticism over the closures.", "barrage"),
    ("Residents sent barrages of complaints about the noise.", "barrages"),
    ("The leadership sold out its own members to keep the donors happy.", "sold out"),
    ("They sold out their voters for a seat at the table.", "sold out"),
    ("His inflammatory remarks about the travellers angered the meeting.", "inflammatory"),
    ("The leaflet used inflammatory language about the new estate.", "inflammatory"),
])
def test_loaded_use_still_counts(text, cue):
    assert any(term.startswith(cue) for term in _terms(text))  # ("barrage" or "barrage of")
