"""Poll and newsletter boxes (`xlplugin.promo_boxes`, rule "poll or newsletter box"): the lines
where a site asks the reader to vote or to subscribe are not the author's prose, so neither
their loaded words, their questions, their "our" nor their figures count; a sentence of the
article that reports a poll stays a claim.

Every text here was written for this project.
"""

from __future__ import annotations

from pathlib import Path

from xlplugin import prose
from xlplugin.engine import score_text
from xlplugin.promo_boxes import RULE
from xlplugin.text import prepare

STORY = """The harbour council approved the new footbridge on Tuesday after a long debate, and the county engineer said work would start in May.

take our poll - story continues below

Whom do you consider to be the most corrupt councillor in the county?

Some 54% of residents backed the bridge in last week's poll, far more than the year before.

Which do you prefer: the bridge or a second ferry? Vote now

Results so far: 61% bridge, 39% ferry

Sign up for our morning briefing

You're subscribed! Get the newsletter in your inbox every weekday at 7am, with the 10 biggest stories of the day.

Opponents said the bridge would spoil the view from the old quay, which draws thousands of visitors each summer.
"""


def _box_lines(text: str) -> list[str]:
    doc = prepare(text)
    return [doc.text[s:e] for s, e, rule in prose.not_prose_spans(doc) if rule == RULE]


def test_the_lines_of_poll_and_newsletter_boxes_are_not_prose():
    assert _box_lines(STORY) == [
        "take our poll - story continues below",
        "Whom do you consider to be the most corrupt councillor in the county?",
        "Which do you prefer: the bridge or a second ferry? Vote now",
        "Results so far: 61% bridge, 39% ferry",
        "Sign up for our morning briefing",
        "You're subscribed! Get the newsletter in your inbox every weekday at 7am, with the 10 biggest stories of the day.",
    ]


def test_a_box_is_neither_a_claim_nor_loaded_language():
    result = score_text(STORY)
    claims = [e.text for e in result.signals["unsourced_claims"].evidence]
    assert not any("Results so far" in c or "newsletter" in c for c in claims), claims
    # the article's own sentence about a poll's result stays a claim
    assert any(c.startswith("Some 54% of residents backed the bridge") for c in claims), claims
    loaded = result.signals["loaded_language"]
    kinds = {e.kind for e in loaded.evidence}
    assert not kinds & {"rhetorical question", "first person", "reader address", "exclamation"}, loaded.evidence
    assert loaded.details["reader_prompts_not_counted"] == 2  # the two poll questions


def test_prose_that_opens_with_the_same_words_is_not_a_box():
    text = ("The results so far are mixed, the minister said on Monday after the first count.\n\n"
            "Readers who\nsubscribe to the paper get the puzzle a day early, the editor said.\n\n"
            "In a poll of 900 residents, 54% of voters said they backed the plan.\n")
    assert _box_lines(text) == []


def test_a_long_paragraph_that_opens_with_a_prompt_is_prose():
    text = "Sign up for the course and you will learn " + "how the tides turn and why the harbour floods " * 4 + "."
    assert _box_lines(text) == []


def test_the_key_word_shortcut_is_exact():
    """`box_spans` looks for prompts only in a text holding one of their key words: each
    prompt's key word is one of the words the tokeniser makes of the prompt itself, so a text
    holding the prompt holds its key."""
    import re

    from xlplugin.lexicon import load_sections
    from xlplugin.promo_boxes import _prompts

    _, keys = _prompts()
    sections = load_sections("prose.txt")
    for prompt in (*sections["box_poll_prompts"], *sections["box_newsletter_prompts"]):
        key = max(re.findall(r"[\w'’-]+", prompt), key=len)  # (as _prompts picks it)
        assert key in keys and key in prepare(f"Now. {prompt} it.").lowers, prompt


SHARED = Path(__file__).resolve().parents[2] / "shared"


def _texts() -> list[str]:
    texts = [STORY, "Vote now. Vote now! Results so far: 1%\nsign up for it\n**Sign up** for our list",
             "Done: subscribe to our letters.\n  > Take our poll\nYes\nNo\n"]
    for folder in ("eval/ptc_train/articles", "corpus/seeds"):
        texts += [p.read_text(encoding="utf-8") for p in sorted((SHARED / folder).glob("*.txt"))]
    return texts


def test_the_fast_search_finds_what_the_rules_regex_finds():
    """`_fast_hits` (str.find per prompt whose key word the text holds) is the plain regex's
    `finditer` (`_plain_hits`), on the fixtures and, where ../shared is present, on the PTC
    articles (many with poll boxes) and the seed articles."""
    from xlplugin.promo_boxes import _fast_hits, _plain_hits

    for text in _texts():
        doc = prepare(text)
        lower = doc.analysis.lower_text
        assert _fast_hits(lower, doc.analysis.vocabulary) == _plain_hits(lower), text[:80]
