"""The fast paths of `claim_lines.NotClaims` give exactly what the plain reading of its rules
gives: the year pattern moved past its first two characters (`_YEAR_FAST_RE` against `_YEAR_RE`),
the line found by str.strip (`_line_text` against `_line`), the letters-only test of a
reference heading before its word split, the heading test that turns down a line neither
ending in ":" nor starting with what/why/how before splitting its words, and the life-dates
heading test that turns down a line not ending in a digit or ")" before its regex. Checked for every
sentence of the seed articles, the examples, the saved web pages and generated texts crowded
with citations, reference lists, headings and years next to other digits."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from xlplugin import claim_lines as cl
from xlplugin.claim_lines import CLAIM_LINE_RULES
from xlplugin.text import prepare

from conftest import EXAMPLES, SEEDS, SHARED


class PlainNotClaims(cl.NotClaims):
    """NotClaims as first written: every test in the order the rules read, no pre-test."""

    def __init__(self, doc) -> None:
        super().__init__(doc)
        text, headings = doc.text, cl._heading_phrases()
        start = -1
        for s, e in doc.lines:
            if e - s <= cl.HEADING_MAX_CHARS and cl._heading_key(text[s:e]) in headings and text[s:e].strip(" \t#=*:").replace(" ", "").isalpha():
                start = e
                break
        assert self.list_start == (start if start >= 0 else len(text) + 1)

    def reason(self, sentence) -> str:
        text = self.text
        if self.list_start <= sentence.start < self.list_end:
            return CLAIM_LINE_RULES[1][0]
        s, e = cl._line(text, sentence.start)
        line = text[s:e]
        if len(line) <= cl.CITATION_MAX_CHARS and cl._YEAR_RE.search(line) and (
                cl._AUTHOR_START_RE.match(line) or cl._entry_mark(line)):
            return CLAIM_LINE_RULES[0][0]
        if len(line) <= cl.CITATION_MAX_CHARS and cl._DOI_LINE_RE.fullmatch(line):  # (claims47)
            return CLAIM_LINE_RULES[0][0]
        head = line.split(":", 1)[0] if ":" in line[:40] else ""
        if head and cl._heading_key(head) in cl._heading_phrases():
            return CLAIM_LINE_RULES[1][0]
        if self._plain_heading(line, sentence):
            return CLAIM_LINE_RULES[2][0]
        if sentence.text.strip() == line and cl._LIFE_DATES_RE.fullmatch(line):
            return CLAIM_LINE_RULES[3][0]
        if cl._CHAPTER_LINE_RE.fullmatch(line) and s in cl.chapter_line_starts(text):  # (web28)
            return CLAIM_LINE_RULES[10][0]
        rule = cl.page_furniture(line, sentence.text.strip())  # (no fast path: the same call)
        if rule:
            return rule
        # (web39b) a subheading: no pre-test on its last character
        return CLAIM_LINE_RULES[11][0] if self._plain_subheading(line, sentence) else ""

    def _plain_subheading(self, line, sentence) -> bool:
        if not line or sentence.text.strip() != line:
            return False
        return cl.NotClaims._subheading(self, line, sentence)

    def _plain_heading(self, line, sentence) -> bool:
        if sentence.text.strip() != line:
            return False
        found = cl._WORD_RE.findall(line)
        if not found or len(found) > cl.HEADING_MAX_WORDS:
            return False
        if line.endswith(":"):
            return not any((k == 0 or w.islower()) and (w.lower() in self.verbs or w.lower().endswith("ed") and len(w) > 4)
                           for k, w in enumerate(found))
        return (len(found) <= cl.WH_HEADING_MAX_WORDS and line[-1] not in ".!?;\"'\u201d\u2019)"
                and cl._WH_HEADING_RE.match(line) is not None)


# Lines of every shape the rules look at, in my own words.
LINES = [
    "Berg, K. (2011). Harbour dues and the river trade. Port Review 7(3), 101-119.",
    "Okafor, N., & Lind, P. (1998). Tides. Coastal Notes, pp. 12-30.",
    "Marsh et al. (2020) counted 40 boats.", "See doi:10.5555/abc for 2019 data.",
    "References", "== Bibliography ==", "Sources:", "Sources: the harbour board, 2019 minutes",
    "Further reading", "Key findings:", "Over the past 12 months (May 2022 to May 2023):",
    "Four officers were hurt:", "What we know so far", "Why it matters", "How the vote went.",
    "WHEN the tide turns", "who pays?", "The council cut 300 jobs in 2019, the mayor said.",
    "Room 12019 is on floor 20.", "In1999 and x2005 and 20066 and 1599 and 1600.",
    "Prices rose 12% in 2021 (Berg, 2021).", "\u00a0 Sources and further reading \u2003",
    "van Dijk, A. B.; Smit, C. (2004) Dunes 3(1): 5", "   ", "", "Reported:", "Numbers seen in 2023:",
    "Tally (\u0661\u0669\u0669\u0669) of 1999 boats", "\u0663 1999 items", "Source",
    "Citations", "What the harbour board decided on Tuesday night after a long debate",
    "Berg, K. (12011). Port Review 7(3), 101-119.",  # (no year: a digit before it)
    "Ann Mary Lee, 1931 - 2024", "Tom van Roe (4 May 1950 \u2013 2023)", "Edda Berg 1901-1988",
    "Ann Mary Lee, 1931 - 2024, remembered", "Sales, 2019 - 2023",
    "+31 70 555 0199", "Tel: (0161) 555 0142", "Cert 15, 2h 05m.", "Rated R. 98 mins.",
    "Tap here to get your 3 free passes.", "Call 0161 555 0142 before 2019 ends.",
    "Mobile: 07700 900123", "0800 555 0100", "Certificate PG, 1h 52m", "Running time: 121 minutes.",
    "Click here for 50% off in 2024.", "Sign up for our 12-week plan. It sold 4,000 copies in 2021.",
    "Order now and save 30%!", "Download our 2023 guide.",
    "Interview by Nora Quist, 9 October 2024", "Harbour Gazette Updated on 2023-11-02",
    "Last updated: March 4, 2025", "Words by Tom Roe | 4 May 2024",
    "Funding: the Quay Trust paid 40% of the 2019 survey.", "Registered charity number 1098765.",
    "Promoted by A. Roe on behalf of the Quay Party, both at 3 Dock Road.", "Conflicts of interest: none declared.",
    # (web28) a campaign's tally; chapter lists from 0:00 (and a run that starts at no zero)
    "84,213 people have signed.", "1,208 supporters have donated so far!", "More than 3,400 people have signed.",
    "0:00 Intro\n2:10 Tides in 2019\n9:45 Dues", "- 00:00 Welcome\n- 04:30 The 1999 ferry\n- 1:02:10 Questions",
    "14:40 Police closed 3 lanes.\n15:05 Road reopened in 2019 style.\n15:30 Done", "Use code TIDE20 for 20% off.",
    # (web39b) subheadings between paragraphs, and lines of the same shape that are not
    "The harbour board met on Tuesday.\nThe Biggest Change Since 1998\nFour new sailings will run each winter from the north quay.",
    "Dues went up in May.\n\nWinners And Losers Of The 2024 Timetable\n\nCommuters from the north shore gain two sailings a day.",
    "The Biggest Change Since 1998", "Fares rose by 12 percent in 2019", "Fares Rose 12 Percent.",
    # (web40) subheadings ending in a title's mark, and lines ending in marks that end none
    "Dues went up in May.\n\nWinter Fares Up 12%\n\nCommuters from the north shore gain two sailings a day.",
    "The board met.\nWho Pays For The New Ferry?\nFour new sailings will run each winter from the north quay.",
    "The Harbour Board (2019)", "Fares Rose Again!", "\u201cA Quiet Revolution\u201d", "Fares Rose Again;",
    "Fares Rose Again\u2026", "The Vote [Updated]",
]


def _generated(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        lines = [rng.choice(LINES) for _ in range(rng.randint(1, 30))]
        if rng.random() < 0.3:
            lines = [" ".join(lines[:3])] + lines[3:]  # a long line holding several shapes
        out.append(rng.choice(["\n", "\n\n", "\n \n", "\r\n"]).join(lines))
    return out


def _check(texts: list[str]) -> Counter:
    """How many sentences each reason was given to ("" for none), the fast and plain ones equal."""
    seen: Counter = Counter()
    for text in texts:
        doc = prepare(text)
        fast, plain = cl.NotClaims(doc), PlainNotClaims(doc)
        for sentence in doc.sentences:
            why = plain.reason(sentence)
            assert fast.reason(sentence) == why, (sentence.text, text[:200])
            seen[why] += 1
    return seen


def test_year_patterns_find_the_same_years():
    rng = random.Random(3)
    alphabet = "0112269 \n\u0663a"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(20000)] + LINES
    for text in texts:
        assert [m.span() for m in cl._YEAR_FAST_RE.finditer(text)] == [m.span() for m in cl._YEAR_RE.finditer(text)], text


def test_each_citation_mark_holds_a_literal():
    """`_has_citation_mark`'s pre-test is a necessary condition: each top-level branch of
    _CITATION_RE (no flags) holds one of "(", "p.", "doi", "et al." as plain text."""
    assert cl._CITATION_RE.flags == re.UNICODE
    branches = cl._CITATION_RE.pattern.split("|\\b")  # (each top-level branch starts "\b")
    assert len(branches) == 6  # (claims47: a journal's "574, 16-17 (2019)" closing the line)
    for branch, literal in zip(branches, [r"\(", r"pp?\.", "doi:", "doi\\.", r"et al\.", r"\("]):
        assert literal in branch, branch
    for line in LINES + ["4(2), 10", "12 (3):45", "pp. 33-41", "p.3-4", "doi: 10.12345", "doi.org/10.1234", "et al., 1999",
                         "Harbour Sci. 41, 12-19 (2021)", "Tide Rev. 7:2 (2018)."]:
        assert cl._has_citation_mark(line) == cl._entry_mark(line), line


def test_line_text_is_the_stripped_line():
    text = "\n".join(LINES + ["\t a \u2028b \x1c", " \u3000x\u3000 "])
    for pos in range(len(text) + 1):
        assert cl._line_text(text, pos) == text[slice(*cl._line(text, pos))], pos


def test_generated_texts():
    seen = _check(_generated(900, seed=11))  # (web39b: 600 -> 900, one rule more to see)
    assert all(seen[rule] > 200 for rule, _ in CLAIM_LINE_RULES) and seen[""] > 1000, seen


def test_seeds_and_examples():
    texts = [p.read_text(encoding="utf-8") for folder in (SEEDS, EXAMPLES) if folder.is_dir()
             for p in sorted(folder.glob("*.txt"))]
    if not texts:
        pytest.skip("no seed articles or examples found")
    assert sum(_check(texts).values()) > 100


def test_web_pages():
    folder = SHARED / "corpus" / "web"
    if not folder.is_dir():
        pytest.skip(f"saved web pages absent: {folder} not found (read from ../shared, never copied)")
    from xlplugin.inputs import read_paths

    texts = [r.text for r in read_paths([str(folder)]) if hasattr(r, "text")]
    assert sum(_check(texts).values()) > 1000
