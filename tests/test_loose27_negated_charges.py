"""Loaded language 80 (loose27): a charge the text says nobody made is nobody's.

A negated or denied charge ("Nobody accused the union of thuggery", "It was never called a witch
hunt", "Smith did not say the protesters were thugs") holds a label that is neither the writer's
nor a reported speaker's: it counts nothing, for either side's labels alike
(rejections._unmade_charge, _inverted_negation). Near-misses keep what they had: a denial by the
accused ("He denied being a crook", the speaker's word), an asserted naming ("Not only did the
mayor call ..."), a cue after the clause has ended, a passive with no negation. Fixtures are
written for these tests."""

import pytest
from loaded_helpers import author_terms, loaded_evidence

LEAD = "The council met on Tuesday. Officials discussed the budget for the coming year and several roads. "


def _all_words(text: str) -> str:
    """Every loaded term's words (the writer's and quoted), lower case, after the plain lead."""
    return " ".join(words.lower() for _, words in loaded_evidence(LEAD + text))


@pytest.mark.parametrize("text, cue", [
    # a negated verb of accusing, charges from the right and from the left
    ("Nobody accused the Democrats of stealing the election.", "stealing the election"),
    ("No one has accused the union of thuggery.", "thuggery"),
    ("The sheriff did not accuse the protesters of thuggery.", "thuggery"),
    ("Officials never accused the governor of a power grab.", "power grab"),
    ("Republicans have not accused the board of a sham consultation.", "sham"),
    ("The board was not accused of thuggery.", "thuggery"),
    # an inverted negation before a naming verb
    ("At no point did the mayor call the protesters thugs.", "thugs"),
    ("Never did the senator call the union leaders thugs.", "thugs"),
    # a negated passive naming, nobody named
    ("It was never called a witch hunt.", "witch hunt"),
    ("The inquiry was not described as a sham.", "sham"),
    ("The tax plan has never been labelled a power grab.", "power grab"),
    ("The vote wasn't branded a sham.", "sham"),
    # a negated verb of saying
    ("Nobody said the marchers were a mob.", "mob"),
    ("Smith did not say the protesters were thugs.", "thugs"),
    ("The governor did not say the donors were fat cats.", "fat cats"),
    ("The pastor never said the bikers were thugs.", "thugs"),
    ("Smith did not say that the marchers were a mob.", "mob"),
])
def test_a_charge_nobody_made_counts_nothing(text, cue):
    assert cue not in _all_words(text)


@pytest.mark.parametrize("text, cue", [
    ("He denied being a crook.", "crook"),  # the speaker's word, reported (as before)
    ("She denied being a traitor.", "traitor"),
    ("Not only did the mayor call the protesters thugs, he banned their march.", "thugs"),
    ("The bill was called a sham by the senator.", "sham"),
    ("The sheriff accused the protesters of thuggery.", "thuggery"),
    ("Smith said the protesters were thugs.", "thugs"),
])
def test_a_charge_someone_made_stays_theirs(text, cue):
    assert cue not in " ".join(author_terms(text))
    assert any(kind.startswith("quoted") and cue in words.lower() for kind, words in loaded_evidence(LEAD + text))


@pytest.mark.parametrize("text, cue", [
    ("The sheriff did not accuse anyone; the protesters are thugs.", "thugs"),
    ("Smith did not say why the plan was a sham.", "sham"),
    ("The protesters did not leave, and they are thugs.", "thugs"),
    ("It was called a witch hunt.", "witch hunt"),
    ("He never told anyone about the thugs who attacked him.", "thugs"),
    ("The inquiry was a sham.", "sham"),
])
def test_the_writers_own_label_stays(text, cue):
    assert cue in " ".join(author_terms(text))
