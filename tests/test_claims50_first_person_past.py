"""(claims50) The writer's own acts told in the first person with an irregular past tense ("I rang
the council twice", "we sat in A&E for six hours") are the writer's account, sourced by the writer,
as a regular past ("I phoned") was since claims48: claims.txt [first_person_past_words], read only
after the writer's "I" or "we". Verbs of hearing or thinking ("I heard", "I thought") stay hearsay
or a view, and the same words after another subject ("The phone rang 40 times") stay as they were.
Every text is written for these tests."""

from __future__ import annotations

import pytest

from attribution_helpers import claim_verdicts

WRITER = "sourced (the writer)"


@pytest.mark.parametrize("text", [
    "I rang the housing office twice and 40 flats were still damp.",
    "I spoke to the manager and 12 staff had quit.",
    "We sat in the waiting room for six hours and 30 people were ahead of us.",
    "We really slept in the car for 3 nights.",
    "I caught the 7.15 bus and it was 40 minutes late.",
])
def test_an_irregular_past_of_the_writer_is_the_writers_account(text):
    verdicts = list(claim_verdicts(text).values())
    assert verdicts and all(WRITER in v for v in verdicts), verdicts


@pytest.mark.parametrize("text", [
    "I heard the council cut 40 jobs.",           # hearsay: not the writer's witness
    "The phone rang 40 times before anyone answered.",  # not the writer's act
    "They spoke to 12 residents and 40 homes were flooded.",
    "The manager spoke at the meeting and 12 staff had quit.",  # not the writer
])
def test_near_cases_stay_unsourced(text):
    verdicts = list(claim_verdicts(text).values())
    assert verdicts and not any(WRITER in v for v in verdicts), verdicts


def test_a_regular_past_still_reads_as_before():
    verdicts = list(claim_verdicts("I phoned the surgery and 3 doctors had left.").values())
    assert verdicts and all(WRITER in v for v in verdicts), verdicts
