"""(speed59) Work done twice for one document, done once, with the same answers.

The headline line's end (`title_lines.headline_end`) is asked for by loaded language (once or twice),
unsourced claims and provenance: the last document's answer is now kept, as speed46 keeps the
given-in documents. A body's document named as where a figure stands ("a figure given in the
council's budget papers": `document_origins.given_in_spans`) needs a participle of its list and
"in" before the owner: a text without one is no longer scanned for owners' documents. The tests
count the work while one document is scored (each fails on main at 5be1dcc5) and check that a
new document gets its own answer. Every text here was written for these tests.
"""

from __future__ import annotations

import xlplugin
from xlplugin import document_origins, title_lines
from xlplugin.text import prepare

from test_speed46_shared_work import _CountingWholeScans  # (counts the owners' scans of a whole text)

HEADLINE_TEXT = (
    "Harbour Gate Council to raise parking charges at the station\n\n"
    "Harbour Gate Council will raise parking charges at the station car park next month.\n\n"
    "The charge rises to \u00a34.20 an hour, the council said on Monday. Drivers were not asked.\n"
)

OWNER_ONLY_TEXT = (
    "Harbour Gate Council will raise parking charges next month.\n\n"
    "The council's budget papers put the charge at \u00a34.20 an hour.\n\n"
    "Drivers at the station car park will pay the most. Residents were not asked.\n"
)


def test_headline_line_read_once_per_document(monkeypatch):
    calls = []

    def counting(text: str) -> str:
        calls.append(text)
        return headline_line(text)

    headline_line = title_lines.headline_line
    monkeypatch.setattr(title_lines, "headline_line", counting)
    xlplugin.score_text(HEADLINE_TEXT)
    assert len(calls) == 1  # (main: 3, one for each scorer that asked)


def test_headline_end_same_answer_for_a_new_document():
    first = prepare(HEADLINE_TEXT)
    second = prepare(HEADLINE_TEXT.split("\n\n", 1)[1])  # the same text without its headline
    end = title_lines.headline_end(first)
    assert HEADLINE_TEXT[:end] == "Harbour Gate Council to raise parking charges at the station"
    assert title_lines.headline_end(second) == 0
    assert title_lines.headline_end(first) == end


def test_no_owner_scan_without_a_given_in_participle(monkeypatch):
    counting = _CountingWholeScans(document_origins._lists(), OWNER_ONLY_TEXT)
    monkeypatch.setattr(document_origins, "_lists", lambda: counting)
    assert document_origins.given_in_spans(prepare(OWNER_ONLY_TEXT)) == ()
    assert counting.calls == 0  # (main: 1, a scan of the whole text for "the council's budget papers")


def test_given_in_span_still_found_after_the_participle_test():
    text = OWNER_ONLY_TEXT.replace("The council's budget papers put the charge at \u00a34.20 an hour.",
                                   "The charge is \u00a34.20 an hour, as set out in the council's budget papers.")
    doc = prepare(text)
    assert [text[s:e] for s, e in document_origins.given_in_spans(doc)] == ["set out in the council's budget papers"]
