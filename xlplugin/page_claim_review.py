"""(lead, session 24) A fact check's verdict, as the page's own markup gives it.

Fact-checking sites describe each check in a `<script type="application/ld+json">` block of
schema.org's ClaimReview type: the claim checked ("claimReviewed") and the verdict
("reviewRating": its "alternateName", such as "False" or "Misleading", or a rating on a scale).
The verdict usually sits in a box the extractor leaves out with the page furniture, so a user saw
the fact check's text scored with nothing to say what it concluded (a tester's fact-check page:
"False" appeared nowhere in its row).

`verdict_note(markup)` gives the note the page's Status shows: "the page is a fact check: it
rates the claim “...” as “False” (its ClaimReview markup)"; several checks are listed (at most
NOTE_MAX of them, then a count). The verdict is the page's own, reported as it gives it: it
changes no score (the scores describe how the page is written, not whether the claim is true).
A rating with no words is given as its number on its scale ("2 on a scale of 1 to 5"); a review
with neither says nothing. Nothing is fetched; a block that is not valid JSON is passed over.
"""

from __future__ import annotations

from typing import Any

from .page_jsonld import _resolve, _text, _types, json_ld_objects

__all__ = ["verdict_note"]

NOTE_MAX = 3  # checks named in the note; the rest counted
CLAIM_MAX_CHARS = 120  # a claim longer than this is shortened with "..."


def _number(value: Any) -> str:
    """A rating value as written: 2, 2.0 and "2" as "2"; "" for anything else."""
    if isinstance(value, bool):
        return ""
    if isinstance(value, (int, float)):
        return f"{value:g}"
    text = _text(value)
    try:
        return f"{float(text):g}" if text else ""
    except ValueError:
        return ""


def _verdict(rating: Any) -> str:
    """The verdict of a reviewRating: its words ("False"), else its value on its scale."""
    if not isinstance(rating, dict):
        return ""
    words = _text(rating.get("alternateName")) or _text(rating.get("name"))
    if words:
        return f"“{words}”"
    value = _number(rating.get("ratingValue"))
    if not value:
        return ""
    best, worst = _number(rating.get("bestRating")), _number(rating.get("worstRating"))
    return f"{value} on a scale of {worst} to {best}" if best and worst else value


def _claim(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= CLAIM_MAX_CHARS else text[: CLAIM_MAX_CHARS - 3].rstrip() + "..."


def _checks(markup: str) -> list[tuple[str, str]]:
    """(claim, verdict) of every ClaimReview in the page's JSON-LD with a verdict, in page order,
    each once."""
    objects, by_id = json_ld_objects(markup)
    found: list[tuple[str, str]] = []
    for obj in objects:
        if "ClaimReview" not in _types(obj):
            continue
        verdict = _verdict(_resolve(obj.get("reviewRating"), by_id))
        check = (_claim(obj.get("claimReviewed") if isinstance(obj.get("claimReviewed"), str) else ""), verdict)
        if verdict and check not in found:
            found.append(check)
    return found


def verdict_note(markup: str) -> str:
    """The note naming the page's fact-check verdicts (its ClaimReview markup); "" where it has none."""
    if "ClaimReview" not in markup:  # (most pages: no JSON to parse)
        return ""
    checks = _checks(markup)
    if not checks:
        return ""
    named = [f"the claim “{claim}” as {verdict}" if claim else f"a claim as {verdict}" for claim, verdict in checks[:NOTE_MAX]]
    more = len(checks) - NOTE_MAX
    rest = f" and {more} more" if more > 0 else ""
    return f"the page is a fact check: it rates {'; '.join(named)}{rest} (its ClaimReview markup)"
