"""Loaded language version 25: a cue word's plain use read from the words around it (its object,
a compound noun, a prediction: `xlplugin.loaded_senses.plain_use`), and the cues added for
misses (collusion framing, share-bait, advert urgency, "forever" in a prediction). Each class
comes with the loaded use it must keep counting. Fixtures are written for these tests."""

import pytest
from loaded_helpers import author_terms as _terms


@pytest.mark.parametrize("text", [
    # the verb with its object: moving soil, a nest
    "The engineers warned of a small risk of disturbing polluted sediment near the old pier.",
    "Walkers should avoid disturbing the nests on the cliff path until the end of July.",
    # forged things in a fraud report
    "The clerk took 40,000 pounds by writing bogus delivery receipts over three years.",
    "Border officers found two fake passports and a stack of forged bank cards in the van.",
    "The firm ran hundreds of fake accounts that posted reviews of its own products.",
    # conceding a score, a game or a race
    "The home side conceded two late goals and dropped to fifth in the table.",
    "The senator conceded the race on Wednesday night after the final count.",
    # an animal word as the first part of a compound noun
    "A snake plant and a spider plant both cope with a dim hallway.",
    "The barn was cleared and pig farmers were paid for the lost stock.",
    # "forever" outside a prediction
    "The village changed forever when the railway arrived in 1870.",
    "Nothing will last forever, the engineer said of the old sea wall.",
    "Tests found forever chemicals in the river below the factory.",
    # "forever" is weak: a calm prediction has no other cue
    "The plaque will stay on the wall of the library forever.",
])
def test_plain_use_counts_nothing(text):
    assert _terms(text) == []


@pytest.mark.parametrize("text, term", [
    ("The report holds deeply disturbing details of the abuse of the patients.", "disturbing"),
    ("The council leader is a snake who has betrayed every voter in the ward.", "snake"),
    ("This bogus inquiry was set up to clear the minister before it even began.", "bogus"),
    ("The minister conceded that the scheme had cost far more than promised.", "conceded"),
    ("If this reckless plant opens, the bay will be ruined forever.", "forever"),
    ("If this reckless plant opens, the bay will be ruined forever.", "reckless"),
])
def test_loaded_use_still_counts(text, term):
    assert term in _terms(text)


@pytest.mark.parametrize("text, term", [
    # secretive and collusion framing
    ("The shadowy donors behind the campaign have never been named by the party.", "shadowy"),
    ("The regulator has grown cosy with the banks it is meant to police.", "cosy with"),
    ("Critics point to his cozy relationship with the developers of the site.", "cozy relationship"),
    # share-bait and an advert's urgency
    ("They are hiding the truth about the road. Share this before it gets taken down.", "share this before"),
    ("Read the leaked plan now, before they delete it from the council's site.", "before they delete"),
    ("Only a few boxes are left at this price, so don\u2019t miss out.", "don\u2019t miss out"),
])
def test_added_cues_count(text, term):
    assert term in _terms(text)


@pytest.mark.parametrize("text", [
    "The cottage is cosy with a wood stove and thick curtains in every room.",
    "The lander will touch down near the shadowy craters at the moon's south pole.",
    "Earnings per share before tax rose by three per cent in the half year.",
])
def test_added_cues_in_a_plain_sense_count_nothing(text):
    assert _terms(text) == []


def test_weak_cue_counts_once_its_sentence_holds_a_strong_one():
    """A weak cue ("furious") in a sentence whose other colouring words are listed now counts:
    the weak rule needs a strong cue beside it, and "shadowy" is one."""
    terms = _terms("The shadowy owners ignored hundreds of furious tenants who asked for repairs.")
    assert "furious" in terms and "shadowy" in terms
    assert "furious" not in _terms("Hundreds of furious tenants asked the owners for repairs.")
