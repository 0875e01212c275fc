"""(fresh40) A fact-check that puts a false claim in its own words to refute it ("Posts shared
widely on social media this week claim that the town's tap water has been poisoned as part of a
sinister plot") had the posts' words counted as the writer's loaded terms, and each "claim" of the
posts as the writer's loaded verb of attribution (the headline's noun "Claims that ..." after
"Fact check:" too): a careful fact-check got an index of 44. What a post, a video or a message is
said to claim is the thing's words, counted as quoted, and its verb of claiming counts nothing, as
"posts claiming" did already; a person's claim and the writer's own words after it read as before."""

from __future__ import annotations

import pytest

from xlplugin.engine import score_text

FACT_CHECK = (
    "Fact check: Claims that the reservoir has been poisoned are false\n\n"
    "By Tomas Rivera, Verification Desk\nPublished 7 March 2026\n\n"
    "Posts shared widely on social media this week claim that the town's reservoir has been deliberately "
    "poisoned by the water board as part of a sinister plot to make residents sick.\n\n"
    "There is no evidence for this. The water company, Eastvale Water, said tests on 2 March found the "
    "water met every safety standard. The Drinking Water Inspectorate confirmed the results.\n\n"
    "The posts also falsely claim that dozens of children have been taken to hospital. The local hospital "
    "trust said it had seen no rise in admissions.\n"
)


def _evidence(text: str) -> list[tuple[str, str]]:
    return [(e.text.lower(), e.kind) for e in score_text(text).signals["loaded_language"].evidence]


def test_a_fact_check_refuting_posts_has_no_loaded_words_of_its_own():
    result = score_text(FACT_CHECK)
    loaded = result.signals["loaded_language"]
    assert loaded.value == 0.0, loaded.evidence
    assert ("sinister", "quoted emotive") in _evidence(FACT_CHECK)
    assert result.reliability > 85


def test_claim_verbs_of_posts_and_the_headlines_noun_count_nothing():
    kinds = _evidence(FACT_CHECK)
    assert not [k for t, k in kinds if t.startswith("claim")]


@pytest.mark.parametrize("sentence", [
    "A viral video circulating on social media claims that the mayor is running a sinister plot.",
    "The message forwarded thousands of times alleges a sinister plot by the council.",
])
def test_what_a_thing_claims_is_its_words(sentence):
    kinds = dict(_evidence("Fact check\n\n" + sentence + " That is not true, the council said."))
    assert kinds.get("sinister", "").startswith("quoted")


@pytest.mark.parametrize("text, term, kind", [
    # a person's claim: the loaded verb is the writer's choice, as before
    ("The developer claims that the site never floods. Residents disagree, the council said.", "claims", "attribution"),
    # the writer's own word after the claim's clause has ended
    ("Posts claim that the reservoir was poisoned; this sinister nonsense spread fast.", "sinister", "emotive"),
    # a thing later in the sentence is no subject: the writer's sentence
    ("Officials and critics alike shared posts but a sinister plot was never proven.", "sinister", "emotive"),
    # a person claims after a thing is named ("After a post ... he claims"): his claim, as any person's
    ("After a post shared online he claims that a sinister plot was behind the vote.", "sinister", "emotive"),
    ("The event page listed the demands the group claims were part of a sinister plot.", "sinister", "emotive"),
])
def test_the_writers_words_still_count(text, term, kind):
    assert (term, kind) in _evidence(text)
