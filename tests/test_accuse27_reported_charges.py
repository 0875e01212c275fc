"""Loaded language 79 (accuse27): a charge the text reports someone making is the accuser's word.

The words after "accused / accuses / accuse / accusing NAME of" are what the accuser says,
reported speech without quotation marks (quote_speakers.characterisation, counted as quoted), for
either side's charges alike. Near-misses keep the cue as the writer's: the writer's own charge
("They are stealing the election"), a first-person or modal accuser ("I accuse them of ...",
"Some would accuse ..."), a passive with no accuser, a cue after the charge has ended (";",
a new clause) or far beyond its "of". Fixtures are written for these tests."""

import pytest
from loaded_helpers import author_terms, loaded_evidence


@pytest.mark.parametrize("text, cue", [
    # charges from the right
    ("Protesters accused the county board of stealing the election.", "stealing the election"),
    ("Republican senators accused the Democrats of a sham impeachment.", "sham"),
    ("The sheriff accused the activists of thuggery outside the courthouse.", "thuggery"),
    ("Gun owners accuse the governor of a naked power grab.", "power grab"),
    # charges from the left
    ("Democrats accused the governor of a corrupt land deal.", "corrupt"),
    ("Tenant groups accuse the police of brutality during the evictions.", "brutality"),
    ("Senator Ruiz accused the Republicans of rigging the vote in three counties.", "rigging"),
    ("Voting-rights lawyers have accused the state of stealing the election from rural voters.",
     "stealing the election"),
    # the progressive and a relative object
    ("Union leaders are accusing the owners of union-busting thuggery.", "thuggery"),
    ("It was the mayor whom the protesters accused of a sham consultation.", "sham"),
    ("The board was accused of stealing the election by three of the candidates.", "stealing the election"),
])
def test_a_charge_someone_makes_is_theirs(text, cue):
    assert cue not in " ".join(author_terms(text))
    assert any(kind.startswith("quoted") and cue in words.lower() for kind, words in loaded_evidence(text))


@pytest.mark.parametrize("text, cue", [
    # the writer's own charge, from either side
    ("They are stealing the election.", "stealing the election"),
    ("The impeachment is a sham.", "sham"),
    ("The new levy is a corrupt power grab.", "power grab"),
    # the writer accusing
    ("I accuse them of stealing the election.", "stealing the election"),
    ("We accuse the governor of a shameless power grab.", "power grab"),
    ("Some would accuse the board of a sham consultation.", "sham"),
    # a passive with no accuser named
    ("The board was accused of stealing the election.", "stealing the election"),
    ("A councillor accused of a sham consultation resigned on Friday.", "sham"),
    ("Officers accused of brutality were suspended.", "brutality"),
    # the charge has ended before the cue
    ("Protesters accused the board of delays; the count is a sham.", "sham"),
    ("Activists accused the police of delays, but the real scandal is the brutality.", "brutality"),
    # far beyond its "of"
    ("Critics accused the council of failing to publish the figures on time before the sham vote.", "sham"),
])
def test_the_writers_own_charge_stays(text, cue):
    assert cue in " ".join(author_terms(text))


@pytest.mark.parametrize("text", [
    "Protesters accused the board of mismanaging the count.",
    "The council accused the contractor of missing three deadlines.",
    "Residents accuse the water company of raising bills by 9 per cent.",
])
def test_plain_reported_charges_stay_plain(text):
    assert author_terms(text) == []
    assert not any(kind.startswith("quoted") for kind, _ in loaded_evidence(text))
