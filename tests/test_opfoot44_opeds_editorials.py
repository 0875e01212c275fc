"""(opfoot44) Op-eds and editorials read as opinion: two kinds of opinion piece that have no byline, no "I" and no label.

1. An outside contributor's op-ed, signed at its foot by a bio line and with no byline at the top ("Jane Doe is
   president of the Harbour Institute.", "John Roe is a professor of economics at ...", "... is the author of ...",
   as the last or next-to-last paragraph): `xlplugin.page_genres.contributor_foot`. Guards: a report ending with a
   profile of someone it quoted, a report ending with its reporter's podcast bio, an obituary's closing line.
2. An unsigned editorial in the paper's own "we" ("In our judgment", "We believe the council", "We have long argued",
   "The Board's view"): `xlplugin.editorial_voice`. Guards: a report quoting an organisation's "we"; a press release's
   "we" stays a press release.
3. tests/fixtures/opfoot44: 11 short documents written in this session, labelled in tests/kinds_labels.csv (set
   "opfoot44"). On main's rules 5 of 11 were right (every op-ed and editorial a news report); now 11 are.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from kinds_helpers import assert_kind_with_cue
from kinds_helpers import has_cue as _has
from kinds_helpers import FERRY_OPED
from kinds_helpers import kind_of as _kind

from xlplugin import kinds

ROOT = Path(__file__).resolve().parents[1]
FRESH = ROOT / "tests" / "fixtures" / "opfoot44"
FOOT = "an outside contributor's op-ed"
VOICE = "an editorial in the paper's own"

@pytest.mark.parametrize("bio", [
    "Jane Doe is president of the Harbour Institute.",
    "John Roe is a professor of economics at Northbridge University.",
    "Amal Reid is the author of Crossings, a history of the island ferries.",
    "Tom Brack was chief executive of the Isles Council until 2024.",
])
def test_an_op_ed_signed_by_a_bio_line_at_the_foot_is_opinion(bio):
    assert_kind_with_cue(FERRY_OPED + bio + "\n", kinds.OPINION, FOOT)


def test_the_bio_line_may_be_the_next_to_last_paragraph():
    kind = _kind(FERRY_OPED + "John Roe is a professor of economics at Northbridge University.\n\n"
                 "This piece is part of our series on the islands.\n")
    assert kind.kind == kinds.OPINION, kind
    assert _has(kind, FOOT), kind


# guards: each of these passes on main too (the rule must not reach them)
def test_guard_a_report_ending_with_a_profile_of_someone_it_quoted_stays_news():
    kind = _kind((FRESH / "news_profile_foot.txt").read_text(encoding="utf-8"))
    assert kind.kind == kinds.NEWS and not _has(kind, FOOT), kind


def test_guard_a_reporters_podcast_bio_at_the_foot_is_no_contributors():
    text = (FERRY_OPED.replace("The operator wants", "The operator said it wants") + "Amy Carter is a senior reporter and the "
            "host of the Island Life podcast.\n")
    kind = _kind(text)
    assert not _has(kind, FOOT), kind
    assert _kind((FRESH / "news_podcast_bio.txt").read_text(encoding="utf-8")).kind == kinds.NEWS


def test_guard_an_obituarys_closing_line_stays_news():
    kind = _kind((FRESH / "news_obituary.txt").read_text(encoding="utf-8"))
    assert kind.kind == kinds.NEWS and not _has(kind, FOOT), kind


def test_guard_a_report_that_reports_speech_is_no_op_ed_for_a_bio_at_its_foot():
    report = ("Ferry fares to rise by twelve per cent\n\nFerry fares will rise by twelve per cent from April, the operator "
              "said on Monday.\n\nThe operator said fuel costs had doubled. Islanders told the council the rise was "
              "unfair. A spokesman said the subsidy had not changed since 2015. The council said it would meet the "
              "operator next week.\n\nJane Doe is president of the Harbour Institute.\n")
    kind = _kind(report)
    assert kind.kind == kinds.NEWS and not _has(kind, FOOT), kind


# --- 2. the paper's own "we"

_EDITORIAL = ("The pool should stay open\n\nThe leisure trust wants to close the Eastgate pool for good in the spring. "
              "{a} the trust has not made its case.\n\nThe pool is old and the boiler is older. But the repair bill in "
              "the trust's own survey is lower than the cost of bussing two schools to the next town for lessons.\n\n"
              "{b} the council, which funds the trust, to ask for the survey to be published in full.\n")


@pytest.mark.parametrize("a, b", [
    ("In our judgment", "We would urge"),
    ("We believe", "We think it is time for"),
    ("The Board's view is that", "We have long argued for"),
])
def test_an_unsigned_editorial_in_the_papers_we_is_opinion(a, b):
    kind = _kind(_EDITORIAL.format(a=a, b=b))
    assert kind.kind == kinds.OPINION, kind
    assert _has(kind, VOICE), kind


def test_guard_one_we_is_not_enough():
    kind = _kind(_EDITORIAL.format(a="In our judgment", b="It is now up to"))
    assert not _has(kind, VOICE), kind


def test_guard_a_report_quoting_an_organisations_we_stays_news():
    kind = _kind((FRESH / "news_org_we.txt").read_text(encoding="utf-8"))
    assert kind.kind == kinds.NEWS and not _has(kind, VOICE), kind
    credited = ("Trust defends pool closure\n\nThe leisure trust said we believe the pool cannot be saved, quoting its "
                "chair. The council said we think the matter is closed, in a letter to residents.\n")
    assert not _has(_kind(credited), VOICE)


def test_guard_a_press_releases_we_stays_a_press_release():
    kind = _kind((FRESH / "press_release_we.txt").read_text(encoding="utf-8"))
    assert kind.kind == kinds.PRESS_RELEASE and not _has(kind, VOICE), kind
    unlabelled = ("Sail Ahead opens to more young people\n\nWe believe every young person should get out on the water. "
                  "We are delighted to open our programme to 400 more children this year.\n\nIn our judgment the sea is "
                  "the best classroom there is.\n")
    assert not _has(_kind(unlabelled), VOICE)


# --- 3. the written set

def _labelled() -> list[tuple[str, str]]:
    lines = [ln for ln in (ROOT / "tests" / "kinds_labels.csv").read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    return [(row["file"], row["kind"]) for row in csv.DictReader(lines) if row["set"] == "opfoot44"]


def test_every_written_document_is_labelled():
    assert sorted(name for name, _ in _labelled()) == sorted(p.name for p in FRESH.iterdir())


@pytest.mark.parametrize("name, expected", _labelled())
def test_written_documents_have_their_kinds(name, expected):
    kind = _kind((FRESH / name).read_text(encoding="utf-8"))
    assert kind.kind == expected, (name, kind)
