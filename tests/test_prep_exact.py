"""The fast paths of text preparation and of the shared passes give exactly what the plain rules
give: the pre-check of the date pass (`furniture._HAS_YEAR`) and its lines per range, and the
sentences `doc.analysis.non_prose_sentences` tests (those touching a furniture line or a
not-prose span, against a test of every sentence), on the seed articles, the examples and
generated pages crowded with dates, time stamps, code and headline-shaped lines."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xlplugin import furniture, prose
from xlplugin.prose import NOT_PROSE_SHARE
from xlplugin.text import prepare

from conftest import EXAMPLES, SEEDS

LINES = [
    "By Jane Smith", "Mon 20 Jan 2020 06.05 GMT", "Published: 14 March 2019", "Updated 3 hours ago",
    "March 4, 2026", "2026-03-04", "04/03/2026", "12 likes", "Share on Facebook", "READ FULL ARTICLE",
    "Council Votes To Close Three Libraries", "How The City Lost Its Trams In 1962", "x = compute(y)",
    "def main():", "The council met on Tuesday and cut 300 jobs, the mayor said.", "Room 2019 is on floor 20.",
    "Joined Dec 18, 2010", "Jun 20th at 2:41 am", "1999 was a long year", "Photo: Reuters/Anna Holm",
    "In 2019 the plan was 20% over budget and the council, in a note, said it would act.",
]


def _generated(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["\n".join(rng.choice(LINES) + rng.choice(["", "", "\n"]) for _ in range(rng.randint(1, 40)))
            for _ in range(n)]


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for folder in (SEEDS, EXAMPLES) if folder.is_dir()
             for p in sorted(folder.glob("*.txt"))]
    return texts + _generated(150, 1)


@pytest.fixture(scope="module")
def docs():
    return [prepare(t) for t in _texts()]


def test_every_date_holds_a_year():
    """`_HAS_YEAR` is a necessary condition of `_DATE_RE`: each of its branches holds the year."""
    branches = furniture._DATE_RE.pattern.split(r"|\b")  # (each top-level branch starts "\b")
    assert len(branches) == 4 and all(r"(?:19|20)\d\d" in b for b in branches)
    for doc in prepare("\n".join(LINES)), *(prepare(t) for t in _texts()[:40]):
        for s, e in doc.lines:
            line = doc.text[s:e]
            if furniture._DATE_RE.search(line):
                assert furniture._HAS_YEAR(line)


def _plain_dates(L: furniture._Lines, lo: int, hi: int) -> list[tuple[int, int]]:
    """The date pass as first written: every line tested against the range, then a digit."""
    out = []
    for s, e in L.lines:
        if s + 1 < lo or e + 1 > hi or e - s > furniture.SHORT_LINE + 20 or e - s < 6:
            continue
        if not any(c.isdigit() for c in L.text[s:e]):
            continue
        m = furniture._DATE_RE.search(L.padded, s + 1, e + 1)
        if m:
            ls, le = L.line(s)
            if le - ls <= furniture.SHORT_LINE:
                out.append(m.span())
    return out


def test_the_date_pass_finds_what_the_plain_pass_finds(docs):
    checked = 0
    for doc in docs:
        L = furniture._Lines(doc)
        for lo, hi in L.ranges:
            found = [m.span() for m in L.dates(lo, hi)]
            assert found == _plain_dates(L, lo, hi), doc.text[:200]
            checked += len(found)
    assert checked > 50


def test_non_prose_sentences_are_those_the_per_sentence_rule_finds(docs):
    found = 0
    for doc in docs:
        a = doc.analysis
        plain = frozenset(
            s.index for s in doc.sentences
            if a.furniture_lines and a.in_furniture_line(s)
            or a.not_prose and a.not_prose_share(s.start, s.end) >= NOT_PROSE_SHARE)
        assert a.non_prose_sentences == plain, doc.text[:200]
        found += len(plain)
    assert found > 100


def _plain_time_stamp(line: str) -> bool:
    """`prose._is_time_stamp` as first written: the time pattern on every line, then all tokens."""
    first = prose._FIRST_WORD_RE.match(line)
    if first is not None and first.group().lower() not in prose._stamp_words():
        return False
    rest = prose._TIME_RE.sub(" ", line)
    had_time = rest != line
    tokens = prose._STAMP_TOKEN_RE.findall(rest)
    if not tokens and not had_time:
        return False
    month = number = False
    for t in tokens:
        low = t.lower()
        if low[:1].isdigit():
            digits = low.rstrip("stndrh")
            if not digits.isdigit() or len(digits) > 4:
                return False
            number = True
        elif low in prose._stamp_words():
            month = month or low in prose._MONTHS
        else:
            return False
    return had_time or (month and number)


def _plain_headline(line: str) -> bool:
    stripped = line.strip()
    if stripped.endswith(("...", "\u2026")):  # (sources13) a linked headline's teaser line, any case
        body = stripped.rstrip(".\u2026 ")
        return bool(body) and body[-1] not in ".;,:" and ", " not in body \
            and prose.HEADLINE_MIN_WORDS <= len(body.split()) <= prose.HEADLINE_MAX_WORDS
    if not stripped or stripped[-1] in ".;,:":
        return False
    words = stripped.split()
    if not prose.HEADLINE_MIN_WORDS <= len(words) <= prose.HEADLINE_MAX_WORDS:
        return False
    long_words = [w for w in words if len(w) >= 4 and w[:1].isalpha()]
    return len(long_words) >= 2 and sum(1 for w in long_words if w[:1].isupper()) >= prose.TITLE_CASE_SHARE * len(long_words)


def _time_lines(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    parts = ["06.05", "2:41", "14:05:09", "9.30am", "10:30 p.m.", "23:59", "24:00", "1.5", "7:60", "at", "the",
             "Mon", "20", "Jan", "2020", "GMT", "20th", "June", "Updated:", "by", "staff", "AM", "PM", "3rd", "12345"]
    return [" ".join(rng.choice(parts) for _ in range(rng.randint(1, 7))) for _ in range(n)]


def test_line_rules_give_what_the_plain_rules_give(docs):
    lines = LINES + _time_lines(3000, 2) + [d.text[s:e].strip() for d in docs for s, e in d.lines]
    stamps = headlines = 0
    for line in lines:
        assert prose._is_time_stamp(line) == _plain_time_stamp(line), line
        assert prose._is_headline(line) == _plain_headline(line), line
        stamps += _plain_time_stamp(line)
        headlines += _plain_headline(line)
    assert stamps > 100 and headlines > 100
    # every match of the time pattern holds the hint that spares most lines the pattern
    for line in lines:
        for m in prose._TIME_RE.finditer(line):
            assert prose._TIME_HINT(m.group())


# The rule for `**name` / `*name` tokens as first written (look-behind first).
_PLAIN_SPLAT_RE = re.compile(r"(?<![\w*])\*{1,2}[A-Za-z_]\w*(?![\w*]*\*)")


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="**ab_1 \n.(\u00e9", max_size=40))
def test_the_splat_pattern_finds_what_the_plain_rule_finds(sample):
    assert [m.span() for m in prose._SPLAT_RE.finditer(sample)] == [m.span() for m in _PLAIN_SPLAT_RE.finditer(sample)]


@pytest.mark.parametrize("sample", ["f(*args, **kwargs)", "**bold** and *it*", "a*b", "x **y", "***z", "*_x*", "**", "* a"])
def test_the_splat_pattern_on_examples(sample):
    assert [m.span() for m in prose._SPLAT_RE.finditer(sample)] == [m.span() for m in _PLAIN_SPLAT_RE.finditer(sample)]


_QUOTE_PIECES = ["a", " ", "'", "''", "`", "``", '"', "\u201c", "\u201d", "\u00ab", "\u00bb", "\u201e", "\u2019", ".", "\n"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_QUOTE_PIECES), max_size=30), st.integers(0, 40), st.integers(0, 40))
def test_the_quote_mark_pattern_is_the_plain_one(pieces, a, b):
    # sentences._QUOTE_CHARS_RE (one character class first) finds what the plain alternation
    # finds, also inside a paragraph's bounds (pos, endpos), as `_find_quotes` runs it
    from xlplugin import sentences

    text = "".join(pieces)
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    plain = re.compile(sentences._QUOTE_MARKS_PLAIN)
    assert [m.span() for m in sentences._QUOTE_CHARS_RE.finditer(text, start, end)] == \
        [m.span() for m in plain.finditer(text, start, end)]


def test_the_quote_mark_pattern_on_the_texts():
    from xlplugin import sentences

    plain = re.compile(sentences._QUOTE_MARKS_PLAIN)
    for text in _texts():
        assert [m.span() for m in sentences._QUOTE_CHARS_RE.finditer(text)] == [m.span() for m in plain.finditer(text)]
