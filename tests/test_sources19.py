"""Sources, bylines and claims left open by session 17 (sources19; every text written for these
tests). Each class has the other reading beside it, which still counts:

1. a kind of institution named only in the plural is vague ("This has been confirmed by the
   banks", "according to the authorities", "the regulators said"); one body, or a group said
   which by a name or a number, is a source ("the Bank of England confirmed", "two banks said").
2. a credit to a group ("By the Editorial Board", "Posted by the Loomly team", "By Courier staff")
   names no person: no byline credit (design rule 7), but no text without an author either; the
   evidence of both cues says so. A person's byline and a text with no credit line are as before.
3. a quotation from an unnamed source earns no attributed-quote credit (as an anonymous source
   earns no named-source credit), and the cue's evidence says how many were set aside and why.
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
    return any(e.kind == "named sources with roles" and e.detail.startswith("found") for e in sig.evidence)


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


# --- 1. kinds of institution named only in the plural are vague ---------------------------------

def _sourced(text: str) -> list[str]:
    """Verdicts of BASE_PLAIN's probe `text` (its last sentence holds the claim)."""
    doc = prepare(BASE_PLAIN + text + "\n")
    return [e.kind for e in unsourced_claims.score(doc, Settings()).evidence if e.start >= len(BASE_PLAIN)][-1:]


VAGUE_BODIES = ["banks", "authorities", "regulators", "lenders", "insurers", "watchdogs", "supermarkets"]


@pytest.mark.parametrize("body", VAGUE_BODIES)
@pytest.mark.parametrize("frame", [
    "This has been confirmed by the {}. The fee rose by 40 percent last year.",
    "The fee rose by 40 percent last year, according to the {}.",
    "The {} said the fee rose by 40 percent last year.",
    "The fee rose by 40 percent last year, the {} said.",
])
def test_a_kind_of_institution_in_the_plural_is_no_source(frame: str, body: str) -> None:
    text = frame.format(body)
    assert _sourced(text) == ["unsourced"]
    assert not _named_sources(text)


@pytest.mark.parametrize("source", [
    "The Bank of England confirmed", "The county's health department said", "The bank said", "Police said",
    "Two banks said", "UK regulators said", "The regulator said", "Harbour Council said",
    "Acme and Beta confirmed the deal on Monday. The companies said",
])
def test_one_body_or_a_group_said_which_is_a_source(source: str) -> None:
    # ("The companies said" after the text named them points back at them: not in the table)
    text = f"{source} the fee rose by 40 percent last year."
    assert _sourced(text) == ["sourced"]
    assert _named_sources(text)


# --- 3. a quotation from an unnamed source ------------------------------------------------------

def _quote_cue(text: str) -> str:
    doc = prepare(BASE_PLAIN + text + "\n")
    return next(e.detail for e in provenance.score(doc, Settings()).evidence if e.kind == "attributed direct quotes")


@pytest.mark.parametrize("speaker", ["said one resident, who asked not to be named", "a source said",
                                     "said a person familiar with the plans", "one insider said",
                                     "a council worker said, speaking on condition of anonymity"])
def test_an_anonymous_quote_earns_no_credit_and_says_why(speaker: str) -> None:
    detail = _quote_cue(f"\u201cThe fee rose by 40 percent and nobody told us,\u201d {speaker}.")
    assert detail.startswith("not found")
    assert "1 quotation(s) from an unnamed source not counted" in detail


def test_a_named_quote_beside_an_anonymous_one_counts_and_the_other_is_named() -> None:
    detail = _quote_cue("\u201cThe fee rose by 40 percent,\u201d said Ann Lee. \u201cWe were never asked at all,\u201d a source said.")
    assert detail.startswith("found")
    assert "from an unnamed source not counted" in detail and "a source said" in detail


def test_a_text_with_no_anonymous_quote_says_nothing_of_them() -> None:
    assert "unnamed source" not in _quote_cue("\u201cThe fee rose by 40 percent,\u201d said Ann Lee.")


# --- 2. a credit to a group -------------------------------------------------------------------------

def _author_cues(head: str) -> dict[str, str]:
    """The byline and "no author" cues' evidence for a short report under the line `head`."""
    text = "Car park to close\n\n" + head + "\n\n" + BASE
    sig = provenance.score(prepare(text, title="Car park to close"), Settings())
    return {e.kind: e.detail for e in sig.evidence if e.kind in ("byline", "no author")}


@pytest.mark.parametrize("head", [
    "By the Editorial Board", "By Staff Reporters", "By Courier staff", "Posted by the Loomly team \u00b7 4 February 2026",
    "By our reporter", "Written by the Harbour Times newsroom", "By the Kesterford Gazette editorial team | 12 May 2026",
])
def test_a_credit_to_a_group_is_no_byline_and_no_missing_author(head: str) -> None:
    cues = _author_cues(head)
    assert cues["byline"].startswith("not found") and "not a named person" in cues["byline"]
    assert cues["no author"].startswith("not found") and "credited to" in cues["no author"]


@pytest.mark.parametrize("head", ["By the way, the team won the cup.", "The team said the work would take weeks.", ""])
def test_no_credit_line_is_still_a_text_with_no_author(head: str) -> None:
    assert _author_cues(head)["no author"].startswith("found")


def test_a_persons_byline_is_still_a_byline() -> None:
    assert _author_cues("By Nia Powell")["byline"].startswith("found")
