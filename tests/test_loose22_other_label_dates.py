"""(loose22) One rule for the publication date, in provenance's cue and in the date cell: only a
date that says it is the publication's (a publication label, a credit, a dateline) is one. A date
after another label on its line is that label's ("Event | 3 March 2026", "Match day: ..."): an
event's date on a listing or a feature is no publication date. And an update line earns the
update-note credit however its label stands apart from its date ("Last updated | 3 March 2026"),
as "Updated 3 March 2026" does."""

from __future__ import annotations

import pytest

from xlplugin import score_text
from xlplugin.file_titles import date_line

# Written for these tests.
BODY = ("The choir festival returns to the old corn exchange this spring, its organiser, Dana Brook, said on "
        "Monday. She said more than forty choirs had signed up, and that tickets would go on sale next week "
        "through the town's box office.")
DATE = "9 April 2027"
OTHER_LABELS = ["Event", "Match day", "Festival dates", "Opening night", "Concert", "World", "Deadline extended to"]
PARTS = [" | ", " \u00b7 ", " \u2022 "]


def _evidence(head: str, kind: str) -> str:
    evidence = score_text(head + "\n\n" + BODY).signals["provenance"].evidence
    return next(e.text for e in evidence if e.kind == kind)


@pytest.mark.parametrize("label", OTHER_LABELS)
@pytest.mark.parametrize("part", PARTS + [": "])
def test_a_date_after_another_label_is_no_publication_date(label, part):
    head = f"{label}{part}{DATE}"
    assert _evidence(head, "publication date") == "", head
    assert date_line(head + "\n\n" + BODY)[0] == "", head  # the date cell's rule: the same


@pytest.mark.parametrize("head", [f"Published | {DATE}", f"Published: {DATE}", f"Date: {DATE}", DATE,
                                  f"Harwick, {DATE}", f"Tuesday, {DATE} | Harwick", f"By Ann Lee | {DATE}",
                                  f"Posted by newsdesk \u00b7 {DATE}", f"Posted on {DATE}",
                                  f"Event | 12 May 2027\nPublished {DATE}"])
def test_the_texts_own_date_still_counts(head):
    assert _evidence(head, "publication date") == DATE, head


@pytest.mark.parametrize("label", ["Updated", "Last updated", "Last Updated", "UPDATED"])
@pytest.mark.parametrize("part", [" ", ": ", " | ", " \u00b7 ", " \u2022 "])
def test_an_update_line_is_an_update_note_however_its_label_stands(label, part):
    head = f"{label}{part}{DATE}"
    assert _evidence(head, "correction or update notes"), head
    assert _evidence(head, "publication date") == "", head
