"""(loose21) An update date is not a publication date, one rule for the date cell and for
provenance's publication date cue (`file_titles.update_date`): a date after an update label on
its line ("Updated 3 March 2026", "Last updated | 3 March 2026"), or under one alone on the line
above, earns no publication date credit; a date after a publication label still does, also on a
line that holds an update too."""

from __future__ import annotations

import pytest

from xlplugin import score_text
from xlplugin.file_titles import date_line

BODY = ("The ferry company added two evening sailings to the island route on Friday, its operations manager "
        "said, after a summer of queues at the harbour. A spokesperson for the port said the extra crossings "
        "would run until the end of October.")
DATE = "14 June 2027"
UPDATE_LABELS = ["Updated", "Last updated", "Updated on", "Last modified", "Modified", "Revised", "Edited", "Updated:"]
SEPARATORS = [" ", " | ", " \u00b7 ", " \u2022 "]


def _publication_date(head: str) -> str:
    evidence = score_text(head + "\n\n" + BODY).signals["provenance"].evidence
    return next(e.text for e in evidence if e.kind == "publication date")


@pytest.mark.parametrize("separator", SEPARATORS)
@pytest.mark.parametrize("label", UPDATE_LABELS)
def test_an_update_date_is_no_publication_date(label, separator):
    for head in (f"{label}{separator}{DATE}", f"{label}{separator}{DATE} | Local news", f"{label}\n{DATE}"):
        assert _publication_date(head) == "", head
        assert date_line(head + "\n\n" + BODY)[0] == "", head  # the date cell's rule: the same


@pytest.mark.parametrize("head", [f"Published {DATE}", f"Posted on {DATE}", DATE, f"Published\n{DATE}",
                                  f"Updated 20 June 2027 | Published {DATE}", f"First published {DATE}; updated 20 June 2027",
                                  f"Ann Lee\n{DATE}"])
def test_a_publication_date_still_counts(head):
    assert _publication_date(head) == DATE, head
