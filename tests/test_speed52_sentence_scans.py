"""(speed52) The writer's own verdicts (`own_verdicts`) and the outlet's editorial voice (`editorial_voice`), two
rules of the document kind, used to scan every sentence of a document with patterns that `re` tries at every
character (a leading look-behind or `\\b` before a long alternation: about 1 ms a news article for the two). Now
the places where a match can start (the patterns' literal beginnings, `fastmatch.alternatives_prefixes`) are
found once per document with `str.find`, and each sentence tries the pattern only there
(`fastmatch.first_between`, `fastmatch.finditer_at`). The answers must stay exactly the old ones: the tests
compare them with the old per-sentence scans (written out here) on texts that give verdicts and near cases, and
count the scans (each work test fails on the code before, which scanned once per sentence). Every text here was
written for these tests.
"""

from __future__ import annotations

import re

import pytest

from xlplugin import editorial_voice, kinds, own_verdicts
from xlplugin.fastmatch import alternatives_prefixes, first_between
from xlplugin.text import prepare

COLUMN = (
    "The county should have looked at the flood maps before it sold the meadow. It is time to admit the plan "
    "was a mistake. Councillors ought to send it back to the planning committee. The builder was wrong to start "
    "work before the appeal. There is no excuse for the delay. Should the county pay for the repairs? "
    "The river trust said the county should pay. You should check your own insurance. Residents deserve better."
)
EDITORIAL = (
    "In our judgment the harbour plan is not ready. We believe the council must publish the costs first. "
    "We have long argued for a new ferry pier. This newspaper backed the first scheme. "
    "The minister said we believe too much. Our view is unchanged; the board's view is that the costs rise."
)
GERMAN = "Die Stadt sollte endlich handeln. Es ist höchste Zeit für einen neuen Plan. Wir empfehlen euch den alten Weg."
NEAR = (
    "His shoulder should heal by May, the surgeon told him. The plans were shouldered by the council. "
    "Mustard is sold out. Thistle grows here; this is wild. Was it the wrong turn? Thesis: were right to wait.\n"
    "it's time for lunch.should they? shouldn't we go.\"should\" is a word. The x-should test, the 'should' test."
)
# three verdicts, one of them reported: two are the writer's, too few (the verdicts are counted before the reporting)
REPORTED_THIRD = "The council should fix the road. It is time to act. The union said the council ought to pay."
TEXTS = [COLUMN, EDITORIAL, GERMAN, NEAR, REPORTED_THIRD, REPORTED_THIRD + " The town deserves better.", COLUMN + "\n\n" + NEAR, NEAR + " " + EDITORIAL + " " + COLUMN]


def _own(doc) -> str:
    return kinds._Facts(doc, kinds.rules(), "", None).own


def _old_own_verdicts(doc, own: str) -> str | None:
    """`own_verdicts` as it was: both patterns scanned over each sentence."""
    if not doc.word_count or not doc.sentences:
        return None
    found: list[str] = []
    reporting = 0
    for sentence in doc.sentences:
        part = own[sentence.start:sentence.end]
        if part.rstrip(" \t\n\"'”’)").endswith("?"):
            continue
        if own_verdicts.REPORTING.search(doc.analysis.lower_text, sentence.start, sentence.end):
            reporting += 1
            continue
        for m in own_verdicts._VERDICT_RE.finditer(part):
            if own_verdicts._READER_SUBJECT_RE.search(part, 0, m.start()):
                continue
            found.append(" ".join(m.group().split()[:4]))
            break
    if len(found) < own_verdicts.VERDICTS_MIN or 1000.0 * len(found) / doc.word_count < own_verdicts.VERDICTS_RATE:
        return None
    if reporting > own_verdicts.REPORTING_PER_VERDICT * len(found):
        return None
    return f"{len(found)} sentences, reporting no one: " + ", ".join(repr(v) for v in found[:3])


def _old_editorial_voice(doc, own: str) -> str | None:
    """`editorial_voice` as it was: the voice pattern scanned over each sentence."""
    if "we" not in own and "our" not in own and "board" not in own and "this" not in own:
        return None
    if editorial_voice.ORGANISATION_WORK.search(own):
        return None
    found: list[str] = []
    for sentence in doc.sentences:
        m = editorial_voice._VOICE_RE.search(own, sentence.start, sentence.end)
        if m is None or any(r.start() >= m.end() or r.end() <= m.start()
                            for r in own_verdicts.REPORTING.finditer(doc.analysis.lower_text, sentence.start, sentence.end)):
            continue
        found.append(" ".join(m.group().split()[:4]))
    if len(found) < editorial_voice.VOICE_MIN:
        return None
    return f"{len(found)} sentences: " + ", ".join(repr(v) for v in found[:3])


@pytest.mark.parametrize("text", TEXTS)
def test_own_verdicts_are_the_old_scans(text):
    doc = prepare(text)
    own = _own(doc)
    assert own_verdicts.own_verdicts(doc, own) == _old_own_verdicts(doc, own)


@pytest.mark.parametrize("text", TEXTS)
def test_editorial_voice_is_the_old_scans(text):
    doc = prepare(text)
    own = _own(doc)
    assert editorial_voice.editorial_voice(doc, own) == _old_editorial_voice(doc, own)


def test_the_written_cases_give_their_cues():
    """The comparison above is not between two Nones: the column and the editorial are found."""
    column, editorial = prepare(COLUMN), prepare(EDITORIAL)
    assert own_verdicts.own_verdicts(column, _own(column)) == (
        "6 sentences, reporting no one: 'should', 'it is time to', 'ought to'")
    assert editorial_voice.editorial_voice(editorial, _own(editorial)) == (
        "5 sentences: 'in our judgment', 'we believe', 'we have long argued'")
    assert own_verdicts.own_verdicts(prepare(REPORTED_THIRD), _own(prepare(REPORTED_THIRD))) is None
    both = prepare(REPORTED_THIRD + " The town deserves better.")
    assert own_verdicts.own_verdicts(both, _own(both)) == (
        "3 sentences, reporting no one: 'should', 'it is time to', 'deserves better'")
    near = prepare(NEAR)
    assert own_verdicts.own_verdicts(near, _own(near)) is None  # "shoulder", "Mustard", "Thistle": no verdict


@pytest.mark.parametrize("pattern, prefixes", [
    (own_verdicts.REPORTING, own_verdicts._REPORTING_STARTS.prefixes),
    (own_verdicts._VERDICT_RE, own_verdicts._VERDICT_PREFIXES),
    (editorial_voice._VOICE_RE, editorial_voice._VOICE_PREFIXES),
])
def test_first_between_is_search_between(pattern, prefixes):
    """Every (start, end) of each written text, a start inside a word too: the look-behind and `\\b` read the
    real character before `start`, and `end` ends the text, as in `search(text, start, end)`."""
    for text in TEXTS:
        lower = text.lower()
        at = sorted({i for p in prefixes for i in range(len(lower)) if lower.startswith(p, i)})
        for start in range(0, len(lower), 7):
            for end in range(start, min(len(lower), start + 120) + 1, 5):
                got, want = first_between(pattern, lower, at, start, end), pattern.search(lower, start, end)
                assert (got and got.span()) == (want and want.span()), (start, end)


def test_alternatives_prefixes():
    assert alternatives_prefixes([r"should(?:n't| not)?(?! you\b)", r"it is time|the time has come",
                                  r"(?:is|are) (?:wrong|right) to", r"makes? no sense"]) == (
        "are", "is", "it is time", "make", "should", "the time has come")
    assert alternatives_prefixes([r"should", r"[a-z]+ said"]) is None  # an alternative that may start anywhere
    assert alternatives_prefixes([r"should|(?:we )?urge"]) is None  # an optional first group


class _Scans:
    """A compiled pattern that counts its scans (`search`, `finditer`, `findall`); `match` at one place is no scan."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.scans = pattern, 0

    def __getattr__(self, name):
        if name in ("search", "finditer", "findall"):
            self.scans += 1
        return getattr(self.pattern, name)


def _scans(monkeypatch, module, names: tuple[str, str], rule, text: str) -> tuple[int, int]:
    """The scans of the module's two patterns `names` while `rule` (found on `text` and 20 plain sentences) runs."""
    doc = prepare(text + " " + " ".join(f"The ferry left pier {n} at noon." for n in range(20)))
    patterns = [_Scans(getattr(module, name)) for name in names]
    for name, pattern in zip(names, patterns):
        monkeypatch.setattr(module, name, pattern)
    assert rule(doc, _own(doc)) is not None
    return patterns[0].scans, patterns[1].scans


def test_own_verdicts_scans_no_sentence(monkeypatch):
    scans = _scans(monkeypatch, own_verdicts, ("REPORTING", "_VERDICT_RE"), own_verdicts.own_verdicts, COLUMN)
    assert scans == (0, 0)  # (before: per sentence, 28 and 27)


def test_editorial_voice_scans_no_sentence(monkeypatch):
    scans = _scans(monkeypatch, editorial_voice, ("_VOICE_RE", "ORGANISATION_WORK"), editorial_voice.editorial_voice, EDITORIAL)
    assert scans == (0, 0)  # (before: 26, one per sentence, and 1 of the whole text)
