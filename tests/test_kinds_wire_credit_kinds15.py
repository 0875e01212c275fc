"""Document kinds and bylines, session 15: a credit line giving a news agency as the reporter
("Reporting by NAME for the Press Association", "- With reporting from the Associated Press") is
wire or syndicated copy, at the foot or the top, with or without a known publisher (not on the
agency's own site); an outlet's own story drawing on agency copy ("Additional reporting by
Reuters", "The Associated Press contributed to this report") and a sign-off naming no agency stay
reports. A credit list longer than a byline line, each clause short, is a byline as the short
form is. Two more of the writer's assertions at the reader ("share this with everyone", "they
don't want you to see", "enough is enough") count for opinion, still from two.

The short texts here were written for this project.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import xlplugin
from xlplugin import kinds
from xlplugin.text import prepare

from test_kinds_exact import _same_kinds


def kind_of(text: str, **meta: str) -> kinds.Kind:
    return kinds.classify(prepare(text, **meta))


BODY = """Ferry timetable cut for the winter

The island ferry will run four crossings a day instead of seven from November, the operator said on Monday.

The operator said falling passenger numbers after the summer made the extra sailings too costly. The harbour
board said it had asked for the last evening crossing to be kept for shift workers.

About 300 people signed a petition against the cut, its organisers said.

"""

PA_SHORT = "Reporting by Mairi Lennox for the Press Association; edited by the Island Herald newsdesk."
PA_LONG = ("Reporting by Mairi Lennox for the Press Association; this version edited by the Island Herald "
           "evening newsdesk.")
WITH_AP = "\u2014 With reporting from the Associated Press"


@pytest.mark.parametrize("credit", [PA_SHORT, PA_LONG, WITH_AP, "(Reporting by Reuters)",
                                    "Written by Tom Ashby for AFP"])
def test_a_credit_line_giving_an_agency_as_reporter_is_wire_copy(credit):
    for meta in ({}, {"url": "https://www.islandherald.example/news/ferry"}):
        kind = kind_of(BODY + credit, **meta)
        assert kind.kind == kinds.WIRE, (credit, meta)
        assert any(cue.startswith("a credit line gives a news agency as the reporter") for cue in kind.cues)


def test_the_credit_at_the_top_counts_too():
    title, rest = BODY.split("\n", 1)
    assert kind_of(title + "\n\n" + PA_SHORT + "\n" + rest).kind == kinds.WIRE


def test_on_the_agencys_own_site_it_is_the_agencys_report():
    assert kind_of(BODY + WITH_AP, url="https://apnews.com/article/ferry-cut").kind == kinds.NEWS
    assert kind_of(BODY + PA_SHORT, url="https://www.pa.media/news/ferry").kind == kinds.NEWS
    # (an outlet named "... Association" reads as an organisation's: another rule, left alone)
    assert kind_of(BODY + PA_SHORT, outlet="Press Association").kind != kinds.WIRE


@pytest.mark.parametrize("credit", [
    "Additional reporting by Reuters",  # the outlet's own story, with agency material
    "The Associated Press contributed to this report.",
    "Reporting by Jane Roe; Additional reporting by Sam Poe; Editing by Mark Toe",  # names no agency
    "Editing by Mark Toe",
    "Reporting by Jane Roe for the Island Herald",  # no agency
])
def test_credits_that_name_no_agency_as_reporter_stay_reports(credit):
    assert kind_of(BODY + credit).kind == kinds.NEWS


def test_an_agency_reporting_inside_a_sentence_is_no_credit_line():
    text = BODY + ("The operator's own survey was cited widely. Reporting from the Associated Press last year "
                   "found similar cuts on two other routes.")
    assert kind_of(text).kind == kinds.NEWS


def _bylines(text: str) -> list[str]:
    prov = xlplugin.score_text(text).signals["provenance"]
    return [e.text for e in prov.evidence if e.kind == "byline" and e.text]


@pytest.mark.parametrize("credit", [PA_SHORT, PA_LONG,
                                    "Reporting by Jane Roe and Ali Khan in Leeds; Additional reporting by Sam Poe "
                                    "in York; Writing by Jo Marr; Editing by Mark Toe and Lee Park"])
def test_a_credit_naming_the_reporter_is_a_byline_in_either_form(credit):
    assert len(credit) > 100 or credit is PA_SHORT
    assert _bylines(BODY + credit) == [credit]


def test_a_long_line_of_body_text_starting_with_by_is_no_byline():
    line = ("By Tuesday morning the harbour board had received more than four hundred letters about the cut, "
            "most of them from shift workers.")
    assert len(line) > 100
    assert _bylines(BODY + line) == []


PARTISAN = """THE TOLL BRIDGE SCAM CONTINUES

Once again the bridge company has raised its toll, and once again the councillors nodded it through.
They don't want you to see the contract. Nobody asked who profits from a bridge that was paid for years ago.

Families who cross it twice a day pay for this, while the directors pay themselves. Enough is enough.
"""


def test_a_sharer_and_insinuator_arguing_at_the_reader_is_opinion():
    kind = kind_of(PARTISAN)
    assert kind.kind == kinds.OPINION
    assert any(cue.startswith("the writer asserts at the reader") and "(2 times)" in cue for cue in kind.cues)
    one = PARTISAN.replace(" Enough is enough.", "")
    assert kind_of(one).kind == kinds.NEWS  # one marker of the writer's own is not enough
    quoted = PARTISAN.replace("Enough is enough.", '"Enough is enough," a commuter said.')
    assert kind_of(quoted).kind == kinds.NEWS  # a speaker's, not the writer's
    shared = one + "\nShare this with everyone you know.\n"
    assert kind_of(shared).kind == kinds.OPINION


def test_shortcuts_decide_these_rules_as_the_plain_patterns(monkeypatch):
    texts = [BODY + PA_SHORT, BODY + PA_LONG, BODY + WITH_AP, PARTISAN, BODY + "Additional reporting by Reuters"]
    _same_kinds([prepare(t) for t in texts], monkeypatch)


EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
_PLAIN_CREDIT_LINE_RE = re.compile(r"(?:^|\n)" + kinds._CREDIT_LINE_RE.pattern, re.IGNORECASE)


def _places(text: str) -> list[str]:
    lower = text.lower()
    return [lower[: kinds.HEAD_CHARS], lower[-kinds.HEAD_CHARS :]]


def _same_credit_lines(texts: list[str]) -> int:
    """`kinds._credit_line` (tried at the starts of the lines holding "report" or "written") finds
    what a search of the plain pattern after a line start finds."""
    found = 0
    for text in texts:
        for place in _places(text):
            fast, plain = kinds._credit_line(place), _PLAIN_CREDIT_LINE_RE.search(place)
            assert (fast and fast.group("agency")) == (plain and plain.group("agency")), place
            found += fast is not None
    return found


def test_the_credit_line_shortcut_finds_what_the_plain_search_finds():
    lines = [PA_SHORT, PA_LONG, WITH_AP, "(Reporting by Reuters)", "Additional reporting by Reuters",
             "  - reported by Jo Marr for dpa", "Reporting from the AP's files", "\n\nwritten by Kim Lo for Kyodo\n"]
    texts = [BODY + line for line in lines] + [line + "\n" + BODY for line in lines]
    assert _same_credit_lines(texts) >= 8


@pytest.mark.parametrize("folder", ["semeval2019_byarticle", "polnear", "ptc_train"])
def test_the_credit_line_shortcut_on_real_articles(folder):
    path = EVAL / folder
    if not path.exists():
        pytest.skip(f"evaluation data absent: {path} not found (read from ../shared, never copied)")
    files = sorted(p for p in path.rglob("*.txt") if "attributions" not in p.parts)[:400]
    _same_credit_lines([p.read_text(encoding="utf-8", errors="replace") for p in files])
