"""Loaded language 75 (fair27): loaded words the writer gives to others, or denies in a contrast,
are not the writer's. As classes:

1. a characterisation by others without quotation marks (quote_speakers.characterisation, counted
   as quoted): a naming verb in the present or base form ("Critics call the closure a
   betrayal"), "consider", "deem", a verb of seeing one thing as another ("see ... as",
   "regard ... as", "read ... as") and a passive naming with its namer after "by";
2. the denied half of a contrast: "X but not CUE", "X, though not CUE" (loaded_senses).

Near-misses keep the cue: the writer's own naming ("I call it", a modal "would call", an
imperative, an infinitive, a passive with no namer), the writer's own predicate ("The closure is
a betrayal"), "if not" (which leaves the cue open), a question. Fixtures are written for these
tests."""

import pytest
from loaded_helpers import author_terms, loaded_evidence

import xlplugin


@pytest.mark.parametrize("text, cue", [
    ("Opponents call the new car park a disgrace.", "disgrace"),
    ("Residents who live by the quarry call the blasting a nightmare.", "nightmare"),
    ("The closure is what the unions call a betrayal.", "betrayal"),
    ("Tenants have long called the landlord's repairs a scandal.", "scandal"),
    ("Many parents consider the new timetable a fiasco.", "fiasco"),
    ("Campaigners see the felling of the elms as a disgrace.", "disgrace"),
    ("Shopkeepers regard the parking charges as an outrage.", "outrage"),
    ("The ruling will be read by some as a story of official arrogance.", "arrogance"),
    ("The sale was described as a betrayal by the rowing club.", "betrayal"),
])
def test_a_loaded_word_others_give_is_theirs(text, cue):
    assert cue not in " ".join(author_terms(text))
    assert any(k.startswith("quoted") and cue in t.lower() for k, t in loaded_evidence(text))


@pytest.mark.parametrize("text, cue", [
    ("The findings are grim but not hopeless.", "hopeless"),
    ("The delay is frustrating but not a disaster.", "disaster"),
    ("It was a setback, though not a catastrophe.", "catastrophe"),
    ("The hearing was heated yet not hysterical.", "hysterical"),
])
def test_the_denied_half_of_a_contrast_counts_nothing(text, cue):
    assert cue not in " ".join(author_terms(text))


@pytest.mark.parametrize("text, cue", [
    ("I call the closure a betrayal.", "betrayal"),
    ("Some would call the closure a betrayal.", "betrayal"),
    ("You could call the new car park a disgrace.", "disgrace"),
    ("Call it what you like, the closure is a betrayal.", "betrayal"),
    ("It is fair to call the timetable a fiasco.", "fiasco"),
    ("What can only be called a betrayal took place on Friday.", "betrayal"),
    ("The sale was described as a betrayal in the minutes.", "betrayal"),
    ("The closure is a betrayal of this town.", "betrayal"),
    ("The outlook for the town is hopeless.", "hopeless"),
    ("The outlook is serious, if not hopeless.", "hopeless"),
    ("Is the closure a betrayal, but not a disaster?", "disaster"),
    ("Do critics call the closure a betrayal?", "betrayal"),
    ("The delay is a disaster but not a surprise.", "disaster"),
])
def test_the_writers_own_loaded_words_still_count(text, cue):
    assert cue in " ".join(author_terms(text)), author_terms(text)


def test_an_analysis_that_weighs_both_readings_scores_like_plain_prose():
    weighed = ("The mill closed in June after 80 years. Critics call the closure a "
               "betrayal, while the owners call it a necessity. The figures are sobering but not hopeless: "
               "researchers at the county college found that laid-off workers earned about 12 percent less "
               "four years later, the study said. The town has a year to act, officials said.")
    own = weighed.replace("Critics call the closure a betrayal", "The closure is a betrayal") \
                 .replace("sobering but not hopeless", "sobering and hopeless")
    a, b = xlplugin.score_text(weighed), xlplugin.score_text(own)
    assert a.signals["loaded_language"].value == 0
    assert b.signals["loaded_language"].value > 0
    assert a.reliability > b.reliability
