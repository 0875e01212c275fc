"""Attribution misreadings fixed as classes (sources9; every text written for these tests): a named
institution's members opening a sentence are a source by role whenever the name cannot be a
common word qualifying the group; a pronoun right before a verb of saying is its subject, so the
words after the verb are what was said, never a source inverted after it; a post on social media
names no one who can be asked. Each class has the other reading beside it, which still counts."""

from __future__ import annotations

import pytest
from attribution_helpers import attribution as _attribution, attribution_kind as _kind, unsourced_kinds as _verdicts

from xlplugin.institutions import may_qualify


# --- 1. a named institution's members, wherever they stand ------------------------------------

@pytest.mark.parametrize("text", [
    "Harvard researchers said the new drug cut relapses by 20% in two years.",
    "Stanford scientists said the glacier lost 40 metres of ice since 2015.",
    "Google engineers said the new chip ran 30% faster than the old one.",
    "Microsoft officials said the outage hit 8 million users on Tuesday.",
    "Oxford analysts said the harbour handled 12% more cargo last year.",
    "Harvard doctors said the clinic treated 3,000 patients in March.",
])
def test_institution_name_opening_a_sentence_is_a_source_by_role(text):
    assert _kind(text) == "role"


# (claims56) two readings changed on purpose: the people who speak for a body named before them
# are the body speaking, named, as "an Apple spokesman" and "Spokesmen at Apple" are; the kind of
# one body a report is about before its officials names that body, by role, as "the company said"
# (tests/test_claims56_sources.py holds the classes)
@pytest.mark.parametrize("text, kind", [
    ("Pfizer spokespeople said the plant made 2 million doses a week.", "named"),
    ("Company officials said the plant made 2 million doses a week.", "role"),
])
def test_a_body_speaking_and_a_body_of_one_kind(text, kind):
    assert _kind(text) == kind
    assert _verdicts(text) == ["sourced"]


@pytest.mark.parametrize("text", [
    "On Monday, Harvard researchers said the new drug cut relapses by 20% in two years.",
    "The glacier lost 40 metres of ice since 2015, Stanford scientists said.",
])
def test_institution_name_elsewhere_in_the_sentence_still_counts(text):
    assert _kind(text) == "role"


@pytest.mark.parametrize("text", [
    "Researchers said the new drug cut relapses by 20% in two years.",
    "Experts say the glacier lost 40 metres of ice since 2015.",
    "Some officials said the outage hit 8 million users on Tuesday.",
    "Senior officials said the outage hit 8 million users on Tuesday.",
    "Health officials said the clinic treated 3,000 patients in March.",
    "Independent researchers said the harbour handled 12% more cargo last year.",
    "Crime experts said burglaries rose by 14% in the city last year.",
    "Saudi officials said the pipeline carried 30% less oil in May.",
    "Dutch scientists said the dykes held 2 metres of extra water.",
])
def test_vague_groups_opening_a_sentence_stay_vague(text):
    assert _kind(text) == "weasel"
    assert _verdicts(text) == ["unsourced"]


def test_may_qualify_tells_common_modifiers_from_names():
    assert may_qualify("senior") and may_qualify("federal") and may_qualify("leading") and may_qualify("qatari")
    assert not may_qualify("harvard") and not may_qualify("stanford") and not may_qualify("google")


# --- 2. a pronoun subject: the words after the verb are what was said ---------------------------

@pytest.mark.parametrize("text", [
    "He said the military would withdraw 3,000 troops by the end of June.",
    "She said the ministry had spent 2 million pounds on the new bridge.",
    "They told the council the plan would cost 4 million pounds.",
    "He also told Reuters the depot held 900 tonnes of grain.",
])
def test_pronoun_subject_takes_no_inverted_source(text):
    found = _attribution(text)
    assert found.kind == "pronoun"
    assert found.detail.split()[-1].rstrip("\u201d") in ("said", "told")


def test_first_person_subject_is_the_author_with_no_inverted_source():
    assert _kind("I said the government would fall within 2 years.") is None


@pytest.mark.parametrize("text, kind", [
    ("The troops will leave within 3 weeks, said the minister.", "role"),
    ("\u201cWe will leave within 3 weeks,\u201d said the minister.", "role"),
    ("The depot held 900 tonnes of grain, said Jane Smith.", "named"),
    ("Jones said the ministry had spent 2 million pounds on the bridge.", "named"),
    # a month or a number before the comma is no modal ("may") and no noun's count ("30 reports")
    ("The troops will leave in May, said the minister.", "role"),
    ("The bridge has stood since 1874, says the city of Bristol.", "named"),
])
def test_inverted_source_after_what_was_said_still_counts(text, kind):
    assert _kind(text) == kind


# --- 3. a post on social media is a vague source; what it says is the content ------------------

@pytest.mark.parametrize("text", [
    "Claim: A viral post says the city of Springfield has banned plastic bags since 2021.",
    "A viral post says the city of Springfield has banned plastic bags since 2021.",
    "A Facebook post says the state of Oregon has banned 40 kinds of pesticide.",
    "Viral posts say the town of Millbrook closed 12 schools last year.",
    "One tweet said the city of Leeds had spent 3 million pounds on signs.",
])
def test_a_post_names_no_source(text):
    found = _attribution(text)
    assert found.kind == "weasel"
    assert "city of" not in found.detail and "state of" not in found.detail and "town of" not in found.detail


@pytest.mark.parametrize("text, kind", [
    ("Trump's post says the city of Springfield has banned plastic bags since 2021.", "named"),
    ("A Trump tweet says the city of Springfield has banned plastic bags since 2021.", "named"),
    ("The ministry's post says the plan would cost 4 million pounds.", "role"),
    ("The Post reported that the plan would cost 4 million pounds.", "named"),
    ("She sent a tweet saying the plan would cost 4 million pounds.", "pronoun"),
    ("Plastic bags have been banned since 2021, says the city of Springfield.", "named"),
])
def test_a_post_whose_owner_is_named_or_a_newspaper_still_counts(text, kind):
    assert _kind(text) == kind
