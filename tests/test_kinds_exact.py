"""The shortcuts of the document kind give exactly what the plain rules give: a pattern opening
with `(?m)^` tried only at line starts (`kinds_shortcuts.LineStarts`), and the rule on the
writer's own words looked for only at the beginnings of alternatives whose words the text holds
(`kinds._own_prefixes`, relied on where `kinds_shortcuts.unjoined` holds). Checked on the seed
articles, the examples, the saved web pages (slow) and generated texts crowded with the cues,
quotations touching words, interview answers and credit lines.

The short texts here were written for this project.
"""

from __future__ import annotations

import dataclasses
import random
import re

import pytest

from xlplugin import kinds
from xlplugin.kinds_shortcuts import LineStarts, unjoined
from xlplugin.text import prepare

from conftest import EXAMPLES, SEEDS, SHARED

PIECES = [
    "I would argue", "i'd argue", "In my view", "in my opinion,", "It seems to me", "I'm convinced", "I must admit",
    "meiner Meinung nach", "à mon avis", '"I would argue', 'that," she said.', "“In my view”", "x\"in my view",
    "in\"my view", "Q: What happened?", "A: I would argue it went well.", "Original article: https://example.org/a",
    "  Source: www.example.com/b", "original story : ", "Originally posted at https://x.example", "source:",
    "The council met on Tuesday.", "He said it was fine.", "\n", "\n\n", "'", "''", "``", "«", "»", "I think so.",
]


def _generated(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) + rng.choice([" ", "", "\n", " "]) for _ in range(rng.randint(3, 60)))
            for _ in range(n)]


def _plain_rules() -> tuple[kinds.Rule, ...]:
    return tuple(dataclasses.replace(r, first_words=None, single_words=None, rest=None, rest_needs=None, starts=None,
                                     rest_starts=None, rest_choices=None, tail=None, own_choices=None,
                                     words_any=None, marks="", line_keys=None)
                 for r in kinds.rules())


def _without_these_shortcuts() -> tuple[kinds.Rule, ...]:
    """The rules with the other shortcuts (those `tests/test_kinds.py` holds to the plain
    patterns) but not these two."""
    return tuple(dataclasses.replace(r, own_choices=None, starts=None if isinstance(r.starts, LineStarts) else r.starts)
                 for r in kinds.rules())


def _same_kinds(docs, monkeypatch) -> None:
    """The same kind, scores and cues (with the words they show) without these shortcuts, and the
    same kind and scores as the plain patterns. (A rule counted from the words shows its first
    word and says "at least N times" where it stopped counting: `kinds._word_cue`, by design.)"""
    fast = [kinds.classify(d) for d in docs]
    for table, every_cue in ((_without_these_shortcuts(), True), (_plain_rules(), False)):
        with monkeypatch.context() as m:
            m.setattr(kinds, "rules", lambda: table)
            for doc, quick in zip(docs, fast):
                slow = kinds.classify(doc)
                if every_cue:
                    assert quick == slow, doc.text[:200]
                else:
                    assert (quick.kind, quick.scores) == (slow.kind, slow.scores), doc.text[:200]


def _files() -> list[str]:
    return [p.read_text(encoding="utf-8") for folder in (SEEDS, EXAMPLES) if folder.is_dir()
            for p in sorted(folder.glob("*.txt"))]


def test_the_shortcuts_decide_as_the_plain_rules_on_articles_and_generated_texts(monkeypatch):
    texts = _files() + _generated(400, 3)
    _same_kinds([prepare(t) for t in texts], monkeypatch)


@pytest.mark.slow
def test_the_shortcuts_decide_as_the_plain_rules_on_the_saved_web_pages(monkeypatch):
    web = SHARED / "corpus" / "web"
    if not web.is_dir():
        pytest.skip(f"saved web pages absent: {web}")
    from xlplugin.inputs import read_paths

    docs = [prepare(r.text, title=r.title, url=r.url, outlet=r.outlet, author=r.author, date=r.date,
                    page_type=r.page_type) for r in read_paths([str(web)]) if hasattr(r, "text")]
    assert len(docs) > 50
    _same_kinds(docs, monkeypatch)


def test_the_rules_have_their_shortcuts():
    """The shortcuts are read off the table (a changed pattern keeps or loses them by itself):
    today the rule on own words has its choices, and the `(?m)^` credit line its line starts."""
    table = kinds.rules()
    assert any(r.where == "own" and r.own_choices for r in table)
    assert any(isinstance(r.starts, LineStarts) for r in table)


@pytest.mark.parametrize("pattern", [
    r"(?m)^[ \t]*(?:source|original article)[ \t]?: ", r"(?m)^ab", r"(?m)^(?:a|b)c?", r"(?m)^x*",
    r"(?m)^[a-z]+:$",
])
def test_line_starts_find_what_the_pattern_finds(pattern):
    regex = re.compile(pattern)
    starts = LineStarts.of(regex)
    assert starts is not None
    rng = random.Random(5)
    for _ in range(500):
        text = "".join(rng.choice(["a", "b", "c", "x", " ", "\t", "\n", "source: ", "original article : ", ":"])
                       for _ in range(rng.randint(0, 30)))
        m = regex.search(text)
        assert starts.search(text) == (m.group() if m else None), text
        assert starts.findall(text) == regex.findall(text), text


@pytest.mark.parametrize("pattern", [r"(?m)^a|b", r"(?mi)^a", r"(?m)^(a)", r"^a", r"\ba"])
def test_line_starts_are_not_read_off_other_patterns(pattern):
    assert LineStarts.of(re.compile(pattern)) is None


def test_a_blanked_part_cutting_a_word_is_seen():
    assert unjoined("say “so” now", [(4, 8)])
    assert not unjoined("reargue", [(0, 2)])
    assert not unjoined("ab_cd", [(3, 5)])
    assert unjoined("ab\ncd", [(3, 5)])
