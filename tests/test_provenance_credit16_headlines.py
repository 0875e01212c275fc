"""(credit16) A capital in a Title Case line says nothing: a headline ("Council Approves Budget
For Ferry Pier", "Ferry Pass: An Honest Review") or a forum's button row ("Like | Reply | Report")
names no primary document, while the same document named in a prose sentence still counts."""

from __future__ import annotations

import pytest

from xlplugin.scorers import provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare

BODY = ("The harbour board approved the new ferry timetable on Tuesday.\n\n"
        "Boats will run every forty minutes from May, and fares stay the same.\n")


def _document_cue(text: str):
    sig = provenance.score(prepare(text), Settings())
    return next(e for e in sig.evidence if e.kind == "references to primary documents")


@pytest.mark.parametrize("head", [
    "Council Approves Budget For Ferry Pier",
    "Ferry Pass: An Honest Review",
    "Harbour Board Publishes Timetable Review Tonight",
    "Mayor Slams Ferry Study As Waste",
])
def test_a_title_case_headline_names_no_document(head):
    assert not _document_cue(f"{head}\n\n{BODY}").present


@pytest.mark.parametrize("row", ["Like | Reply | Report", "Quote | Reply | Report Post", "Share \u00b7 Report"])
def test_a_button_row_names_no_document(row):
    assert not _document_cue(f"Ferry timetable changes\n\n{BODY}\n{row}\n").present


@pytest.mark.parametrize("sentence", [
    "The Audit Office report found the pier had run over its budget twice.",
])
def test_a_named_document_in_prose_still_counts(sentence):
    assert _document_cue(f"Ferry timetable changes\n\n{BODY}\n{sentence}\n").present
