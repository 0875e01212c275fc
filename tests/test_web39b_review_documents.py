"""(web39b) "A review from <person>" (a code review, a critic's review) is no reference to a
primary document: a review or an assessment after "by"/"from" is a document only where the name
is a body's ("a review by the Harbour Audit Office") or written in capitals ("a review by KPMG").
Fixtures written for this test."""

from __future__ import annotations

import pytest

from xlplugin.scorers import provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare

CUE = "references to primary documents"


def _document_evidence(text: str) -> list[str]:
    sig = provenance.score(prepare(text), Settings())
    return [e.text for e in sig.evidence if e.kind == CUE and e.text]


@pytest.mark.parametrize("text", [
    "I opened the pull request on Monday and got a review from Sam Patel within the hour. He asked for two changes.",
    "The novel got a glowing review from Ann Lee in the Sunday paper, and sales doubled.",
    "The clinic sent her home after an assessment from Dr Nora Quist on Friday.",
])
def test_a_persons_review_is_no_document(text):
    assert _document_evidence(text) == []


@pytest.mark.parametrize("text, found", [
    ("The figures come from a review by the Harbour Audit Office last year.", "review by the Harbour Audit Office"),
    ("The figures come from a review by KPMG published last year.", "review by KPMG"),
    ("The figures come from an estimate by the Legislative Fiscal Bureau.", "estimate by the Legislative Fiscal Bureau"),
])
def test_a_bodys_review_is_still_a_document(text, found):
    assert found in _document_evidence(text)
