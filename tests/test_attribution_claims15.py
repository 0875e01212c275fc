"""Attribution misreadings fixed as classes (claims15; every text written for these tests): a
document subject with a clause between commas before "says"; a definite document after
"according to" ("the notice", "the minutes of that meeting"); offices named by a role noun ("the
county supervisor says", "the maker says"); "find" with money as its object is no finding; a
"but" inside what was said keeps the speaker's source. Each class has the other reading beside
it, which still counts."""

from __future__ import annotations

import pytest
from attribution_helpers import attribution_kind as _kind
from attribution_helpers import unsourced_kinds as _unsourced_kinds

from xlplugin.scorers import unsourced_claims
from xlplugin.settings import Settings
from xlplugin.text import prepare


# --- 1. a document, a clause between commas, then "says" -------------------------------------------

@pytest.mark.parametrize("text", [
    "The planning statement, put on the county's website in May, says 220 homes were approved.",
    "The inspection report, which reached parents on Friday, says 35 percent of lessons were weak.",
    "The harbour audit, completed in the spring, states that 14 cranes were idle.",
])
def test_a_document_before_a_clause_and_says_is_the_source(text):
    assert _kind(text) == "document"
    assert _unsourced_kinds(text) == ["sourced"]


@pytest.mark.parametrize("text", [
    "A report, circulated last week, says 220 jobs were cut.",
    "The ferry timetable, he said, shows 14 sailings were cut.",
])
def test_an_unnamed_document_or_a_speaker_keeps_its_reading(text):
    assert _kind(text) in ("weasel", "pronoun")


# --- 2. a definite document after "according to" -------------------------------------------------

@pytest.mark.parametrize("text", [
    "According to the notice, 62 boilers were fitted with the wrong valve.",
    "According to the minutes of that session, the board approved 3 new posts.",
    "The levy rose to 9 percent, according to the agency's letter.",
    "According to the judgment, the firm owed 1.4 million euros.",
])
def test_a_definite_document_after_according_to_is_a_source(text):
    assert _kind(text) == "document"
    assert _unsourced_kinds(text) == ["sourced"]


@pytest.mark.parametrize("text", [
    "According to a notice, 62 boilers were fitted with the wrong valve.",
    "According to the report, 62 boilers were fitted with the wrong valve.",
])
def test_an_indefinite_or_listed_vague_document_stays_vague(text):
    assert _unsourced_kinds(text) == ["unsourced"]


# --- 3. offices named by a role noun ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The district supervisor says 640 residents were moved overnight.",
    "The maker says 12,000 heaters were sold before the fault was found.",
    "The coroner said 3 of the deaths were linked to the heat.",
    "The hall's owner said the rent rose 25 percent this year.",
    "The headteacher said 40 pupils missed the exam.",
])
def test_an_office_named_by_its_role_is_a_source(text):
    assert _kind(text) == "role"
    assert _unsourced_kinds(text) == ["sourced"]


# --- 7. "find" with money as its object ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "In the same plan, the board found £3.4 million for new buses.",
    "Somehow it found $900,000 to repaint the stadium.",
    "The trust found the money for 20 new beds.",
    "Greystone finds extra cash for its parks.",
])
def test_finding_money_is_no_finding(text):
    assert _kind(text) is None


@pytest.mark.parametrize("text", [
    "The audit found £3.4 million was spent without approval.",
    "The survey found 46 percent of buses ran late.",
    "Inspectors found funds had been moved between accounts.",
])
def test_a_finding_about_money_still_reports(text):
    # (claims17: "The audit found" with no audit named before it is a vague source, "weasel"; it
    # still reports, which is what this test holds)
    assert _kind(text) in ("document", "role", "weasel")


# --- 8. a "but" inside what was said ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "He said sales rose 5 percent, but profits fell 2 percent.",
    "The minister says exports grew 8 percent, but imports shrank 3 percent.",
    "Ms Farrow said the fleet carried 2 million people, yet revenue dropped 4 percent.",
])
def test_a_but_inside_the_speakers_words_keeps_the_source(text):
    assert _unsourced_kinds(text) == ["sourced"]


@pytest.mark.parametrize("text", [
    "The firm says the app saves 2 hours a week, but most users save 20 minutes.",
    "The council says the bridge carries 9,000 cars a day, but we counted 4,000.",
    "The maker claims 40 miles per gallon, but drivers get 31.",
])
def test_someone_set_against_the_source_after_but_is_the_writers_figure(text):
    sig = unsourced_claims.score(prepare(text), Settings())
    (item,) = [e for e in sig.evidence if e.kind in ("sourced", "unsourced")]
    assert item.kind == "unsourced" and "after the contrast" in item.detail
