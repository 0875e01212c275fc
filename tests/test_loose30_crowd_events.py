"""(loose30) "The MAGA crowd" and its kin ([crowd_nouns] after a side's word or a persuasion) is
the writer's label, but a crowd placed at an event or a venue is a gathering there and counts
nothing (loaded_language._crowd_at_event; loaded_language.txt [crowd_place_words],
[crowd_event_words]), on both sides alike. "The MAGA crowd wants ...", "the woke crowd in
Hollywood" keep their label. Every sentence here was written for these tests."""

import pytest
from loaded_helpers import author_terms


@pytest.mark.parametrize("text", [
    "The MAGA crowd at the rally booed the reporters.",
    "The MAGA crowd in the arena cheered when the speech began.",
    "The progressive crowd outside the courthouse chanted for an hour.",
    "The woke crowd at the festival applauded the headline act.",
    "The Labour crowd in the conference hall sang the anthem.",
    "The conservative crowd gathered at the fairground cheered the fireworks.",
    "The MAGA crowd filled the stadium by noon.",
    "The woke crowd filled the square in front of the library.",
    "The Trump crowd at the Tulsa rally was smaller than expected.",
    "The liberal crowd outside the statehouse held candles.",
])
def test_a_crowd_at_an_event_is_a_gathering(text):
    assert author_terms(text) == []


@pytest.mark.parametrize("text", [
    "The crowd at the MAGA rally cheered.",
    "A MAGA crowd of 5,000 cheered.",
    "The crowd of Labour activists sang.",
    "The crowd of MAGA supporters cheered.",
])
def test_gatherings_named_by_count_or_place_stay_plain(text):
    assert author_terms(text) == []


@pytest.mark.parametrize("text, label", [
    ("The MAGA crowd wants to tear down every institution.", "maga crowd"),
    ("The woke crowd wants to cancel everyone.", "woke crowd"),
    ("The progressive crowd always thinks it knows best.", "progressive crowd"),
    ("The woke crowd in Hollywood lectures us all.", "woke crowd"),
    ("The MAGA crowd at it again, whining about fraud.", "maga crowd"),
    ("The conservative crowd, at every rally, repeats the same lies.", "conservative crowd"),
    ("The Labour crowd in Westminster never learns.", "labour crowd"),
])
def test_the_label_of_a_persuasion_keeps_its_cue(text, label):
    assert label in author_terms(text)
