"""`unsourced_claims._not_a_sentence_start` reads the gap's first character before slicing the
gap; it says what the rule as first written says (the gap sliced, then each test), for every
capitalised word of the example documents, the seed articles and sentences of my own in which
the segmenter leaves a sentence start inside a sentence."""

from __future__ import annotations

from xlplugin.scorers import unsourced_claims
from xlplugin.text import prepare

from conftest import EXAMPLES, SEEDS

OWN = [
    "We walked in the sun. Additionally the band played until 2019 in Leeds.",
    "They sat in the rain! Later Smith said the vote failed in March.",
    "Was it right? Nobody knew. Then the U.S. Senate voted. Texans vs. Rams ended 3-1.",
    "It ended.\" - Jane Doe wrote it. at a. Big day.  Two spaces. Then-Sen. Barack Obama came.",
]


def _plain(doc, i: int, start: int) -> bool:
    if i <= start:
        return True
    before = doc.token_texts[i - 1]
    gap = doc.text[doc.token_ends[i - 1] : doc.token_starts[i]]
    return not (gap[:1] in (".", "!", "?") and gap[1:].isspace() and before.islower() and len(before) > 2)


def test_not_a_sentence_start_is_the_plain_rule():
    paths = sorted(EXAMPLES.glob("*.txt")) + (sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else [])
    texts = [p.read_text(encoding="utf-8") for p in paths] + OWN
    asked = starts = 0
    for text in texts:
        doc = prepare(text)
        for s in doc.sentences:
            for i in range(s.first_token, s.last_token):
                if doc.token_texts[i][:1].isupper():
                    plain = _plain(doc, i, s.first_token)
                    assert unsourced_claims._not_a_sentence_start(doc, i, s.first_token) == plain, (text[:40], i)
                    asked += 1
                    starts += not plain
    assert asked > 1000 and starts > 0  # the rule said "a sentence start" somewhere
