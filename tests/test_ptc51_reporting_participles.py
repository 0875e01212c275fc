"""(ptc51) A short quotation in a sentence that reports someone through the present participle of
a verb of reporting ("are warning", "explaining that", "insisting") is the reported person's
phrase, as after "warned", "explained", "insisted": no scare quote of the writer's.

Found with scripts/ptc_breakdown.py on PTC's tune half: scare quotes alone in their sentence were
PTC-labelled loaded language about one time in five, and some were partial quotations reported in
the progressive. The sentences below are written for this test."""

from __future__ import annotations

import pytest

from loaded_helpers import words_of_kinds

_SCARE = ("scare quote",)


@pytest.mark.parametrize("text", [
    "Doctors are warning that the outbreak is \u201cmuch more dangerous\u201d than last year.",
    "The officer was explaining that he had been on \u201croutine patrol\u201d when the shots began.",
    "The coroner is insisting he must \u201cfinalize\u201d the report before the hearing.",
    "The club is acknowledging that the pitch was \u201cnot ideal\u201d this season.",
    "The mayor, noting that the roads were \u201cin poor shape\u201d, left the meeting early.",
])
def test_participle_of_reporting_makes_the_quotation_the_speakers(text):
    assert words_of_kinds(text, *_SCARE) == []


@pytest.mark.parametrize("text, quoted", [
    # no verb of reporting in the sentence: the writer's own scare quote, as before
    ("Their \u201creform\u201d is a way to cut pay for nurses across the country.", "\u201creform\u201d"),
    ("The \u201cexperts\u201d behind the plan have never run a hospital in their lives.", "\u201cexperts\u201d"),
    # an -ing word that is not a verb of reporting changes nothing
    ("The council is building a \u201cmodern\u201d library on the site of the old market.", "\u201cmodern\u201d"),
    # a form left out of the list as mostly another sense ("writing")
    ("The board keeps writing \u201cupdates\u201d that nobody in the town reads at all.", "\u201cupdates\u201d"),
])
def test_guard_writer_scare_quotes_stay(text, quoted):
    assert words_of_kinds(text, *_SCARE) == [quoted]
