"""The fast path of the check-worthiness rules (`claims_index.WordIndex`: one look-up per
distinct word) gives exactly what the plain reading of the rule table gives (`ClaimWords`, which
scans the words for each test): for every word test, every sentence's cues and reasons (also
`WordIndex.reasons`, which reads them in one pass), on the ClaimBuster sentences, the seed
articles and generated sentences crowded with cue words in and out of quotations."""

from __future__ import annotations

import random

import pytest

from xlplugin import claims_index
from xlplugin.scorers import unsourced_claims as uc
from xlplugin.text import prepare

from conftest import EVAL, SEEDS

# Words the rules look for, written here from the rule table (one or two of each kind), and
# filler; quotation marks and "%" so that the quoted-word rules are hit.
CUE_WORDS = """3.9 40 2019 1850 million percent doubled three twelve rose cut more largest biggest
higher than because led to as a result of since ago was fell increased paid will would should
cost save I we think believe Smith Acme The Officials said reported according""".split()
FILLER = "the a report on Monday council city it is they people plan of jobs".split()


def _generated(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        words = [rng.choice(CUE_WORDS if rng.random() < 0.6 else FILLER) for _ in range(rng.randint(3, 22))]
        words = [w.capitalize() if rng.random() < 0.1 else w for w in words]
        if rng.random() < 0.4:
            a = rng.randrange(len(words))
            b = rng.randint(a, len(words) - 1)
            words[a] = rng.choice(['"', "\u201c"]) + words[a]
            words[b] += rng.choice(['"', "\u201d", ""])
        if rng.random() < 0.1:
            words.insert(rng.randint(0, len(words)), "%")
        out.append(" ".join(words) + rng.choice([".", ".", "?", ""]))
    return out


def _check(texts: list[str]) -> int:
    seen = 0
    for text in texts:
        doc = prepare(text)
        index = claims_index.WordIndex(doc)
        for sentence in doc.sentences:
            plain, fast = uc.ClaimWords(doc, sentence), index.words(sentence)
            for name in uc.WORD_TESTS:
                assert fast.first(name) == plain.first(name), (name, sentence.text)
            assert fast.cues() == uc.sentence_cues(plain), sentence.text
            for threshold in (uc.WEASEL_THRESHOLD, uc.THRESHOLD, 3):
                assert uc._reasons(fast, threshold) == uc._reasons(plain, threshold), sentence.text
                assert index.reasons(sentence, threshold) == uc._reasons(plain, threshold), sentence.text
            seen += 1
    return seen


def test_generated_sentences():
    assert _check(_generated(3000, seed=5)) >= 3000


def test_generated_paragraphs():
    # several sentences a document: the index is per document, the answers per sentence
    sentences = _generated(2000, seed=9)
    assert _check([" ".join(sentences[i : i + 8]) for i in range(0, len(sentences), 8)]) > 250


def test_claimbuster_sentences():
    path = EVAL / "claimbuster" / "train.json"
    if not path.exists():
        pytest.skip(f"evaluation data absent: {path} not found (read from ../shared, never copied)")
    import json

    texts = [str(item["text"]) for item in json.loads(path.read_text(encoding="utf-8"))]
    assert _check(texts) > 5000


def test_seed_articles():
    if not SEEDS.exists():
        pytest.skip(f"seed articles absent: {SEEDS} not found (they are read from ../shared, never copied)")
    assert _check([p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]) > 100


def test_needs_name_word_tests_or_text_marks():
    """What a sentence row needs is something the index knows (an unknown name would make the fast
    path skip the row for good)."""
    for cue in uc.CUES:
        assert all(need in uc.WORD_TESTS or need in uc.TEXT_MARKS for need in cue.needs), cue.name
        assert not cue.needs or not isinstance(cue.test, str), cue.name


def _quoted_plainly(doc) -> frozenset[int]:
    """The words whose start `quote_at` finds inside a quotation: what `_quoted_words` gives."""
    return frozenset(i for i, start in enumerate(doc.token_starts) if doc.quote_at(start) is not None)


def test_quoted_words_are_the_words_quote_at_finds():
    """`_quoted_words` looks a word up only inside a quotation that another one starts in (a
    straight quotation inside a curly one): the same words as a look-up per word, on texts
    with nested, unclosed and doubled quotation marks, and on the seed articles."""
    rng = random.Random(17)
    marks = ['"', "\u201c", "\u201d", "''", "``", "\u00ab", "\u00bb"]
    texts = []
    for _ in range(1500):
        words = [rng.choice(FILLER + CUE_WORDS) for _ in range(rng.randint(3, 30))]
        for _ in range(rng.randint(1, 5)):
            k = rng.randrange(len(words))
            words[k] = rng.choice(marks) + words[k] if rng.random() < 0.5 else words[k] + rng.choice(marks)
        texts.append(" ".join(words) + ".")
    if SEEDS.exists():
        texts += [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    nested = 0
    for text in texts:
        doc = prepare(text)
        quotes = doc.quotes
        nested += any(b[0] < a[1] for a, b in zip(quotes, quotes[1:]))
        assert uc._quoted_words(doc, 0, len(doc.token_starts)) == _quoted_plainly(doc), text
    assert nested > 20
