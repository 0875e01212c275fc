"""Speed helpers of session 14 (speedR) give exactly what the plain code gives: the word start of
`sentences._is_abbreviation` (`_word_start`, against the loop back over the characters) at every
full stop of real texts (the seed articles, the web pages' texts, the examples) and of generated
strings, and the opinion label's one-call pre-check (`kinds._opinion_label`)."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from xlplugin import kinds, sentences

from conftest import EXAMPLES, SEEDS, SHARED


def _plain_word_start(text: str, dot: int) -> int:
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    return j


def _real_texts() -> list[str]:
    folders = (SEEDS, EXAMPLES, SHARED / "corpus" / "web" / "pages")
    return [p.read_text(encoding="utf-8", errors="replace") for folder in folders if folder.is_dir()
            for p in sorted(folder.glob("*.*")) if p.suffix in (".txt", ".html", ".htm", ".md")]


def test_word_start_equals_the_loop_on_real_texts():
    checked = 0
    for text in _real_texts():
        dot = text.find(".")
        while dot >= 0:
            assert sentences._word_start(text, dot) == _plain_word_start(text, dot), (text[max(0, dot - 50):dot + 1])
            checked += 1
            dot = text.find(".", dot + 1)
    assert checked > 1000


def test_word_start_equals_the_loop_on_generated_text():
    rng = random.Random(5)
    alphabet = "ab.AZ \t\n\u00e9\u00bd1-'\"\u201c"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120)))
        for dot in range(len(text) + 1):
            assert sentences._word_start(text, dot) == _plain_word_start(text, dot), repr(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZ. \u00e9\u00b2\u0301x1\n"), max_size=200), st.integers(0, 200))
def test_word_start_hypothesis(text, dot):
    dot = min(dot, len(text))
    assert sentences._word_start(text, dot) == _plain_word_start(text, dot)


def test_word_start_reaches_past_its_window():
    """A run of letters longer than the window is walked back whole, as the loop does."""
    text = "x " + "a" * 100 + ". Next"
    dot = text.index(".")
    assert sentences._word_start(text, dot) == 2


def _plain_opinion_label(head: str) -> str | None:
    line = head.lstrip().split("\n", 1)[0]
    for label in kinds._opinion_labels():
        at_start = head.startswith(label) and not head[len(label):len(label) + 1].isalnum()
        if at_start or line.startswith(label) and kinds._LABEL_MARK_RE.match(line, len(label)):
            return f"in the first lines: {label!r}"
    return None


class _Facts:
    def __init__(self, head: str) -> None:
        self.values = {"head": head}


def test_opinion_label_precheck_equals_the_loop():
    heads = [t.lower()[:600] for t in _real_texts()]
    heads += [f"{label}{tail}" for label in kinds._opinion_labels()
              for tail in ("", ": the road", " the council", "s of the week", "\nbody", " | x")]
    heads += ["  " + h for h in heads[-50:]]
    for head in heads:
        assert kinds._opinion_label(None, _Facts(head)) == _plain_opinion_label(head), head[:80]


def _plain_dateline(text: str) -> str | None:
    match, at = kinds._DATELINE_HEAD_RE.match, 0
    while at >= 0:
        m = match(text, at, kinds.HEAD_CHARS)
        if m is not None:
            return f"in the first lines: {' '.join(m.group().lower().split())[:40]!r}"
        at = text.find("\n", at + 1, kinds.HEAD_CHARS)
    return None


class _Doc:
    def __init__(self, text: str) -> None:
        self.text = text


def _dateline_texts() -> list[str]:
    rng = random.Random(9)
    pieces = ["SEOUL", "New York", "Rio de Janeiro", "(AFP)", "(Reuters)", ", South Korea", " \u2014 ", " -- ", "-",
              "\u2013", " ", "\n", "\n\n", "The council", "said", "well-known", "Paris, France", "\t", "x"]
    made = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    made += [" " * k + "\n" + "LONDON - x" for k in range(590, 610)]  # a dateline across HEAD_CHARS
    return _real_texts() + made


def test_dateline_shortcut_equals_every_line_start():
    found = 0
    for text in _dateline_texts():
        plain = _plain_dateline(text)
        assert kinds._dateline(_Doc(text), None) == plain, text[:200]
        found += plain is not None
    assert found > 50
