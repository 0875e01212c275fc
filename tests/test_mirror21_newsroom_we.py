"""Loaded language version 57 (helper mirror21): a paper's own "we" and "us" in a story is the
newsroom, not an argued first person: the exclusive's "we can reveal", "we have learned", a tag
"..., we understand.", and "us" told something by a source ("an insider told us"). The argued
"we" and "they told us" stay the author's. Fixtures are sentences written for these tests."""

import pytest

from loaded_helpers import loaded_evidence

LEAD = "The band will not tour next year. Their last show is in Leeds on 3 May. "


def _first_person(text: str) -> list[str]:
    return [w.lower() for k, w in loaded_evidence(LEAD + text) if k == "first person"]


@pytest.mark.parametrize("text", [
    "The singer has already signed a solo deal, we can reveal.",
    "We can exclusively reveal that the drummer has quit.",
    "The guitarist moved to Lisbon in March, we can now reveal.",
    "We have learned that the label cut its budget.",
    "We've learnt that two shows were cancelled.",
    "The pair split in the spring, we understand.",
    "The manager, we understand, left in June.",
    "A source close to the band told us: \"It has been coming for a while.\"",
    "One insider told us the rows began last summer.",
    "A spokeswoman for the label told us the decision was final.",
])
def test_the_newsrooms_we_is_no_argued_voice(text):
    assert _first_person(text) == [], loaded_evidence(LEAD + text)


@pytest.mark.parametrize("text, word", [
    ("We understand why fans are angry, but we must move on.", "we"),
    ("They told us the tour would go ahead.", "us"),
    ("The government never told us the truth.", "us"),
    ("We can reveal nothing new: we simply think they were wrong.", "we"),
])
def test_the_argued_we_still_counts(text, word):
    assert word in _first_person(text), loaded_evidence(LEAD + text)
