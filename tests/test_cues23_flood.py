"""(cues23) A flood of water measured or dated is the river's flood, no exaggeration; "a flood of
complaints" stays one."""

import pytest

from loaded_helpers import words_of_kinds

LEAD = "The committee met on Thursday and went through the spending plans for the next year. "


@pytest.mark.parametrize("text", [
    "The town saw a flood of a size expected once in every 100 years.",
    "A flood of this scale had not reached the square since 1968.",
    "Engineers said a flood of that size would overtop the new wall.",
    "A flood of muddy water filled the underpass in minutes.",
])
def test_a_measured_flood_is_no_exaggeration(text: str) -> None:
    assert not [w for w in words_of_kinds(LEAD + text, "exaggeration") if "flood" in w.lower()]


@pytest.mark.parametrize("text", [
    "The council received a flood of complaints about the bins.",
    "A flood of migrants is the phrase the leaflet used on every page.",
])
def test_a_flood_of_people_or_words_stays(text: str) -> None:
    assert [w for w in words_of_kinds(LEAD + text, "exaggeration") if "flood" in w.lower()]
