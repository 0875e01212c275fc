"""(claims48) A product the text gives releases of is a thing, no actor (unsourced_claims._names_a_product):
the largest class of wrong flags left on a long blog post about porting a program to a new release of
its language, and on a docs page comparing Python's environment tools ("past event" + "named actor"
where the actor is the language). Every text written for these tests."""

from __future__ import annotations

import pytest
from attribution_helpers import added_claims

from xlplugin.claims_index import WordIndex
from xlplugin.scorers import unsourced_claims
from xlplugin.text import prepare

RELEASES = "Lantern 2 shipped in 2019 and Lantern 2.1 followed in 2020. "


@pytest.mark.parametrize("probe", [
    "But Lantern 2 had a rather cavalier attitude to old code.",
    "Adoption of Lantern 2 in the wider community was slow.",
    "And to this day, Lantern's parser still doesn't have a format method, so the workaround was ugly.",
])
def test_a_product_with_releases_is_no_actor(probe):
    assert added_claims(RELEASES + probe)[1:] == [], added_claims(RELEASES + probe)


@pytest.mark.parametrize("probe", [
    "But Lantern 2 had a rather cavalier attitude to old code.",  # no releases given: a name as before
    RELEASES + "But the maintainer Ann Lee had a rather cavalier attitude to old code.",  # a person
    RELEASES + "Lantern 2.1 removed the old parser in March 2020.",  # a time still makes a claim
    "Windows 10 removed the old parser from its core.",  # a lone version stays a figure
])
def test_names_and_dated_acts_stay_claims(probe):  # (guards)
    assert [kind for kind, _ in added_claims(probe)][-1:] == ["unsourced"], added_claims(probe)


def test_the_fast_path_reads_a_product_as_the_plain_reading_does():
    doc = prepare(RELEASES + "But Lantern 2 had a cavalier attitude. But Orbis had a cavalier attitude.")
    index = WordIndex(doc)
    for s in doc.sentences:
        assert index.reasons(s, unsourced_claims.THRESHOLD) == unsourced_claims.check_worthy_reasons(doc, s), s.text
    assert index.reasons(doc.sentences[-1], unsourced_claims.THRESHOLD)
    assert not index.reasons(doc.sentences[-2], unsourced_claims.THRESHOLD)
