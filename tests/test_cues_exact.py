"""The attribution pass's fast paths give exactly what their plain readings give: phrase matching
at key words (`phrases.KeyedPhrases.match`, as the pass calls it) finds what `match_phrases` finds
trying every start, on the example documents, the seed articles, the ClaimBuster sentences and
generated sentences crowded with the phrases' words, and `may_match`, asked before it, says no
only where it finds nothing; `_holds_name` says what `is_name_token` asked of every word says."""

from __future__ import annotations

import json
import random

from xlplugin import cues, phrases
from xlplugin.text import prepare

from conftest import EVAL, EXAMPLES, SEEDS

SECTIONS = ("weasel_phrases", "document_phrases")


def _texts() -> list[str]:
    """The example documents, and the seed articles and ClaimBuster sentences where present."""
    paths = sorted(EXAMPLES.glob("*.txt")) + (sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else [])
    texts = [p.read_text(encoding="utf-8") for p in paths]
    claimbuster = EVAL / "claimbuster" / "train.json"
    if claimbuster.exists():
        texts += [str(item["text"]) for item in json.loads(claimbuster.read_text(encoding="utf-8"))]
    return texts


def _generated(n: int, seed: int) -> list[str]:
    """Sentences made of the phrases' own words (so that phrases overlap, repeat and run into
    the end of the sentence) and filler."""
    rng = random.Random(seed)
    vocabulary = sorted({w for section in SECTIONS for group in cues.phrases(cues.DATA_FILE, section).values()
                         for phrase in group for w in phrase})
    filler = "the a council said on Monday it is they people".split()
    return [" ".join(rng.choice(vocabulary if rng.random() < 0.7 else filler) for _ in range(rng.randint(1, 16)))
            + "." for _ in range(n)]


def _check(texts: list[str]) -> int:
    seen = 0
    for section in SECTIONS:
        index, keys = cues.phrases(cues.DATA_FILE, section), phrases.phrase_keys(cues.DATA_FILE, section)
        matcher = phrases.keyed_phrases(cues.DATA_FILE, section)
        starts = cues.phrase_starts(section)
        for text in texts:
            doc = prepare(text)
            for s in doc.sentences:
                lowers = doc.lowers[s.first_token : s.last_token]
                at_keys = [i for i, w in enumerate(lowers) if w in keys]
                plain = phrases.match_phrases(lowers, index)
                assert matcher.match(lowers, at_keys) == plain, (section, s.text)
                assert phrases.match_at_keys(lowers, at_keys, cues.DATA_FILE, section) == plain
                # the pre-check the pass asks first says no only where no phrase is found
                assert cues.may_match(lowers, at_keys, starts) or not plain, (section, s.text)
                seen += bool(plain)
    return seen


def test_phrases_at_keys_in_real_texts():
    assert _check(_texts()) > 15


def test_phrases_at_keys_in_generated_sentences():
    # (a floor that keeps the check from being empty: the sentences draw on the phrases' whole
    # vocabulary, so each new phrase word makes a match a little rarer; 477 of 3,000 in session 9,
    # 389 after byline18's anonymity and poll phrases; 340 after sources20's "not authorised to speak")
    assert _check(_generated(3000, seed=11)) > 300


def test_holds_name_is_any_name_token():
    """`cues._holds_name` (the words after the first decide) answers what asking `is_name_token`
    of every word answers."""
    not_names = cues.words(cues.DATA_FILE, "not_name_words")
    texts = _texts() + _generated(500, seed=3) + ["Smith said.", "Officials said.", "The Smith", "A", "I", "Monday Smith"]
    seen = 0
    for text in texts:
        doc = prepare(text)
        for s in doc.sentences:
            words, lowers = doc.token_texts[s.first_token : s.last_token], doc.lowers[s.first_token : s.last_token]
            plain = any(cues.is_name_token(words, lowers, i, not_names) for i in range(len(words)))
            assert cues._holds_name(words, lowers, not_names) == plain, s.text
            seen += plain
    assert seen > 100
