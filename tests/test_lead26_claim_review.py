"""(lead, session 24) A fact check's verdict, as its page's ClaimReview markup gives it, is in the
page's note (and so in its Status): "False" had appeared nowhere in a fact-check page's row. The
verdict changes no score. Pages written for these tests."""

from __future__ import annotations

import json

import pytest

from xlplugin.page_claim_review import verdict_note

pytest.importorskip("trafilatura")
from xlplugin import pages  # noqa: E402
from xlplugin.engine import score_text  # noqa: E402

BODY = """<p>A message forwarded on messaging apps this week says the Tollbridge reservoir has been drained
for good and that households will be on bottled water until next spring.</p>
<p>The water company said on Tuesday that the reservoir was lowered by four metres for repairs to its
outlet tower and will be refilled from the river intake by the end of the month. "Supplies are
normal and no household is affected," a spokesperson for Vale Water said.</p>
<p>The county's drinking water inspector, Ruth Abara, said the works had been planned since last
summer and were published in the company's maintenance schedule in January.</p>
<p>We found no notice of bottled water supplies on the company's website or the council's.</p>"""


def _review(claim: str, rating: dict, **extra) -> dict:
    return {"@type": "ClaimReview", "claimReviewed": claim, "reviewRating": rating,
            "author": {"@type": "Organization", "name": "Checkpoint Desk"}, **extra}


def _page(ld: list | dict | None, title: str = "Fact check: the Tollbridge reservoir has not been drained for good",
          raw_ld: str = "") -> str:
    block = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld is not None else ""
    block += f'<script type="application/ld+json">{raw_ld}</script>' if raw_ld else ""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="Checkpoint Desk"><link rel="canonical" href="https://checkpoint.example/checks/tollbridge">
{block}</head><body><header><nav><a href="/">Home</a> <a href="/checks">All checks</a></nav></header>
<article><h1>{title}</h1><p class="byline">By Jonah Pell</p>
<div class="rating-box"><span>Our rating:</span> <strong>False</strong></div>{BODY}</article>
<footer><p>About us | Contact | Corrections policy</p></footer></body></html>"""


FALSE = {"@type": "Rating", "ratingValue": 1, "bestRating": 5, "worstRating": 1, "alternateName": "False"}
CLAIM = "The Tollbridge reservoir has been drained for good and homes will be on bottled water until spring."


@pytest.mark.parametrize("ld", [
    _review(CLAIM, FALSE),
    [{"@type": "NewsArticle", "headline": "Fact check: the Tollbridge reservoir has not been drained for good"},
     _review(CLAIM, FALSE)],
    {"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "@id": "#page"}, _review(CLAIM, {"@id": "#r"}),
                                                  {"@id": "#r", **FALSE}]},
])
def test_the_verdict_is_named_with_its_claim(ld):
    note = verdict_note(_page(ld))
    assert note == (f"the page is a fact check: it rates the claim “{CLAIM}” as “False” (its ClaimReview markup)")


@pytest.mark.parametrize("rating, said", [
    ({"ratingValue": "2", "bestRating": "5", "worstRating": "1"}, "2 on a scale of 1 to 5"),
    ({"ratingValue": 3}, "3"),
    ({"name": "Misleading", "ratingValue": 2}, "“Misleading”"),
    ({"alternateName": "Half true", "ratingValue": 3, "bestRating": 5, "worstRating": 1}, "“Half true”"),
])
def test_a_verdict_with_no_words_is_its_value_on_its_scale(rating, said):
    assert verdict_note(_page(_review(CLAIM, rating))).endswith(f"as {said} (its ClaimReview markup)")


def test_several_checks_are_listed_then_counted():
    claims = [f"Claim number {n} about the reservoir." for n in range(1, 6)]
    verdicts = ["False", "Mostly false", "True", "False", "Unproven"]
    note = verdict_note(_page([_review(c, {"alternateName": v}) for c, v in zip(claims, verdicts)]))
    assert note.startswith("the page is a fact check: it rates the claim “Claim number 1 about the reservoir.” as “False”; "
                           "the claim “Claim number 2 about the reservoir.” as “Mostly false”; ")
    assert "and 2 more (its ClaimReview markup)" in note and "Claim number 4" not in note


def test_a_long_claim_is_shortened_and_a_missing_claim_said_as_a_claim():
    long_claim = "The reservoir " + "and the pumping station " * 10 + "were sold."
    note = verdict_note(_page([_review(long_claim, FALSE), _review("", {"alternateName": "Misleading"})]))
    assert "..." in note and long_claim not in note
    assert "a claim as “Misleading”" in note


@pytest.mark.parametrize("ld, raw", [
    (None, ""),  # no JSON-LD at all
    ({"@type": "NewsArticle", "headline": "Reservoir lowered for repairs"}, ""),  # an article, no review
    (_review(CLAIM, {"@type": "Rating"}), ""),  # a review with no verdict in it
    ({"@type": "Review", "reviewRating": {"alternateName": "Excellent"}, "name": "A kettle review"}, ""),  # not a ClaimReview
    (None, '{"@type": "ClaimReview", "claimReviewed": "x", "reviewRating": {"alternateName": "False"},}'),  # invalid JSON
])
def test_no_verdict_no_note(ld, raw):
    assert verdict_note(_page(ld, raw_ld=raw)) == ""


def test_the_page_note_carries_the_verdict_and_no_score_moves():
    with_review = pages.extract_page(_page(_review(CLAIM, FALSE)))
    without = pages.extract_page(_page({"@type": "NewsArticle", "headline": "Fact check: the Tollbridge reservoir "
                                                                         "has not been drained for good"}))
    assert "it rates the claim" in with_review.note and "“False”" in with_review.note
    assert "ClaimReview" not in without.note
    scored = [score_text(p.text, title=p.title, url=p.url, outlet=p.outlet, author=p.author, date=p.date,
                         page_type=p.page_type) for p in (with_review, without)]
    assert scored[0].reliability == scored[1].reliability
    assert {k: s.value for k, s in scored[0].signals.items()} == {k: s.value for k, s in scored[1].signals.items()}


def test_a_list_page_of_checks_has_no_verdict_of_its_own():
    teasers = "".join(f'<li><a href="/checks/{n}">Check {n}: a claim about the ferry</a></li>' for n in range(12))
    markup = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>All fact checks - Checkpoint Desk</title>
<script type="application/ld+json">{json.dumps([{"@type": "CollectionPage", "name": "All fact checks"},
                                                _review(CLAIM, FALSE)])}</script></head>
<body><h1>All fact checks</h1><ul>{teasers}</ul><p>Page 1 of 9</p></body></html>"""
    page = pages.extract_page(markup)
    assert "ClaimReview" not in page.note
