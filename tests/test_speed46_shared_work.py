"""(speed46) Work that several scorers asked of the same document is done once per document.

A body's document named as where a figure stands (`document_origins.given_in_spans`) is read by
unsourced claims and by provenance, and a press release's closing block
(`form_lines.closing_block`) by the not-prose spans, provenance's notes and the kinds rule. Each
used to scan the whole text again for every asker; now the last document's answer is kept. The
tests count the scans while one document is scored (each fails on the code before: two scans where one is
needed), and check that the answers stay the same for the next, different document. Every text
here was written for these tests.
"""

from __future__ import annotations

import xlplugin
from xlplugin import document_origins, form_lines
from xlplugin.text import prepare

GIVEN_IN_TEXT = (
    "Harbour Gate Council will raise parking charges next month.\n\n"
    "The charge rises to \u00a34.20 an hour, a figure given in the council's budget papers.\n\n"
    "Drivers at the station car park will pay the most, the papers show. Residents were not asked.\n"
)

CLOSING_TEXT = (
    "Northmoor Tiles opens a second factory in Eastbridge\n\n"
    "Northmoor Tiles will open a second factory in Eastbridge in the spring, creating 80 jobs.\n\n"
    "The plant will make floor tiles for builders across the region and run on solar power.\n\n"
    "Production starts in April, with a second line planned for the autumn.\n\n"
    "###\n\n"
    "About Northmoor Tiles\n\n"
    "Northmoor Tiles makes ceramic tiles in Yorkshire.\n"
)


class _Counting:
    """A compiled pattern that counts the calls of one of its methods."""

    def __init__(self, pattern, method: str) -> None:
        self.pattern, self.method, self.calls = pattern, method, 0

    def __getattr__(self, name):
        if name == self.method:
            self.calls += 1
        return getattr(self.pattern, name)


class _CountingWholeScans:
    """The lists of `document_origins`, their `owned` pattern counting its scans of the whole text
    (`finditer(text, 0, len(text))`; `owned_document` scans an attribution's words only)."""

    def __init__(self, lists, text: str) -> None:
        self.lists, self.text, self.calls = lists, text, 0

    def __getattr__(self, name):
        if name != "owned":
            return getattr(self.lists, name)
        outer = self

        class Owned:
            def finditer(self, text, start=0, stop=None):
                if text == outer.text and start == 0 and stop == len(text):
                    outer.calls += 1
                return outer.lists.owned.finditer(text, start, len(text) if stop is None else stop)

        return Owned()


def test_given_in_spans_scanned_once_per_document(monkeypatch):
    assert document_origins.given_in_spans(prepare(GIVEN_IN_TEXT))  # the phrase is there: both scorers read it
    counting = _CountingWholeScans(document_origins._lists(), GIVEN_IN_TEXT)
    monkeypatch.setattr(document_origins, "_lists", lambda: counting)
    xlplugin.score_text(GIVEN_IN_TEXT)
    assert counting.calls == 1


def test_given_in_spans_same_answer_for_a_new_document():
    first = prepare(GIVEN_IN_TEXT)
    second = prepare(GIVEN_IN_TEXT.replace("given in the council's budget papers", "given at the meeting"))
    found = document_origins.given_in_spans(first)
    assert [first.text[s:e] for s, e in found] == ["given in the council's budget papers"]
    assert document_origins.given_in_spans(second) == ()
    assert document_origins.given_in_spans(first) == found


def test_closing_block_scanned_once_per_document(monkeypatch):
    counting = _Counting(form_lines._END_MARK_RE, "fullmatch")
    monkeypatch.setattr(form_lines, "_END_MARK_RE", counting)
    xlplugin.score_text(CLOSING_TEXT)
    lines_before_mark = 1 + sum(1 for s, e in prepare(CLOSING_TEXT).lines
                                if s >= len(CLOSING_TEXT) // 2 and CLOSING_TEXT[s:e].strip() and e - s <= 80
                                and s < CLOSING_TEXT.index("###"))
    assert counting.calls == lines_before_mark  # one scan: each line up to the end mark looked at once


def test_closing_block_same_answer_for_a_new_document():
    first = prepare(CLOSING_TEXT)
    second = prepare(CLOSING_TEXT.replace("###\n\n", ""))
    assert form_lines.closing_block(first) == (CLOSING_TEXT.index("###"), "###")
    assert form_lines.closing_block(second) == (second.text.index("About Northmoor"), "About Northmoor Tiles")
    assert form_lines.closing_block(first) == (CLOSING_TEXT.index("###"), "###")
