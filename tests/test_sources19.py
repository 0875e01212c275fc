"""Sources, bylines and claims left open by session 17 (sources19; every text written for these
tests). Each class has the other reading beside it, which still counts:

4. a refusal to comment is a sourcing step whatever its topic holds: a figure there names what the
   reporter asked about ("would not comment on the 300 deaths", "declined to comment on its 300
   job cuts", "on three job cuts"), and the class holds "refused to discuss", "had no comment
   on"; a clause of its own after the figure ("the 14 complaints it received") still tells a claim.
5. provenance's named sources see the speakers unsourced claims sees (`xlplugin.speakers`, one
   finder for both): a court that heard it, a named speaker and a colon before a quotation, a name
   with an age, a role before a long who-clause, a speaker after a quotation whatever the verb;
   the same shapes with no verb of saying or no quotation give neither signal a source.
"""

from __future__ import annotations

import pytest

from xlplugin.scorers import provenance, unsourced_claims
from xlplugin.settings import Settings
from xlplugin.text import prepare

# A plain, sourced report the probes are added to: its own claims are all sourced.
BASE = ("The harbour car park will close for three weeks from Monday, the town council said. Harbour "
        "master Leah Trewin said the work would cost 86,000 pounds.\n\n")


def _claims(text: str) -> list[str]:
    """Verdicts of the check-worthy sentences the probe `text` adds to BASE."""
    doc = prepare(BASE + text + "\n")
    return [e.kind for e in unsourced_claims.score(doc, Settings()).evidence if e.start >= len(BASE)]


# --- 4. a refusal to comment, with a figure in its topic ----------------------------------------

REFUSALS = ["would not comment on", "declined to comment on", "refused to discuss", "had no comment on",
            "would not discuss", "refused to comment on"]


@pytest.mark.parametrize("refusal", REFUSALS)
@pytest.mark.parametrize("topic", ["the 300 deaths at the plant", "its 300 job cuts", "the twelve closures last year",
                                   "the 4.5 million pound loss"])
def test_a_figure_in_the_refusals_topic_is_no_claim(refusal: str, topic: str) -> None:
    assert _claims(f"The operator {refusal} {topic}.") == []


# ("would not comment on the 12 dogs taken" has no past event of its own to make it check-worthy)
@pytest.mark.parametrize("refusal", [r for r in REFUSALS if not r.startswith("would")])
@pytest.mark.parametrize("topic", ["the 14 complaints it received", "the 12 dogs taken from the farm",
                                   "the 300 jobs which went in May"])
def test_a_clause_after_the_figure_is_still_a_claim(refusal: str, topic: str) -> None:
    assert _claims(f"The operator {refusal} {topic}.") == ["unsourced"]


@pytest.mark.parametrize("text", [
    "The operator had no comment on the closure, but it cut 300 jobs in 2025.",
    "The operator, which cut 300 jobs in 2025, refused to discuss the closure.",
])
def test_a_claim_beside_the_refusal_is_still_a_claim(text: str) -> None:
    assert _claims(text) == ["unsourced"]


# --- 5. one finder of speakers for both signals ---------------------------------------------------

def _named_sources(text: str) -> bool:
    """Is provenance's "named sources with roles" cue present for BASE_PLAIN + `text`?"""
    doc = prepare(BASE_PLAIN + text + "\n")
    sig = provenance.score(doc, Settings())
    return any(e.kind == "named sources with roles" and e.detail.startswith("present") for e in sig.evidence)


# A plain report with a byline and no source of its own (so that only the probe can name one).
BASE_PLAIN = "By Nia Powell\n\nThe harbour car park will close for three weeks from Monday.\n\n"

SPEAKERS = [
    "The barrier was removed after a driver was hurt in 2024, Truro Magistrates' Court heard on Monday.",
    "The fee had doubled in a year, the inquest was told.",
    "Ratepayers' Union boss Ada Crane fumed: \u201cThe fee rose 40 percent in a year.\u201d",
    "Harbour master Leah Trewin snapped: \"We lost 300 bookings in May.\"",
    "Priya Shah, 38, said the fee rose by 40 percent last year.",
    "Tom Reed, 71, told the meeting the car park lost 300 spaces in 2025.",
    "The head teacher, who joined the school in 2019 and has led it through two floods, said the fee rose by 40 percent.",
    "\u201cThe fee rose 40 percent in a year,\u201d Ada Crane fired back.",
]


@pytest.mark.parametrize("text", SPEAKERS)
def test_both_signals_read_the_same_speakers(text: str) -> None:
    doc = prepare(BASE_PLAIN + text + "\n")
    claims = [e.kind for e in unsourced_claims.score(doc, Settings()).evidence if e.start >= len(BASE_PLAIN)]
    assert claims == ["sourced"]
    assert _named_sources(text)


@pytest.mark.parametrize("text", [
    "The court was closed in 2024 after 300 complaints.",
    "Priya Shah, 38, lost 40 percent of her savings in 2022.",
    "The head teacher, who joined the school in 2019, cut 40 percent of the budget.",
    "The fee rose 40 percent: a record for the town.",
])
def test_the_same_shapes_without_a_speaker_name_no_source(text: str) -> None:
    assert not _named_sources(text)
