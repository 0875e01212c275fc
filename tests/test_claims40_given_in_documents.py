"""(claims40) A body's document named as where a figure stands ("The correct figure, given in the
council's budget papers, is £9.4m", "as set out in the trust's annual report") is a reference to
a primary document: in a correction note (page furniture, but the outlet's own words on its
facts) and in prose, where it sources its sentence's claim. "given in his notes" names no body's
document."""

from __future__ import annotations

import pytest

from xlplugin.engine import score_text

HEAD = "Council tax to rise by 4.99%\n\nBy Mira Holt\nPublished 3 March 2026\n\n"
BODY = "Council tax in Eastshire will rise by 4.99% from April, the council confirmed on Tuesday.\n\n"


def _document_cue(text: str):
    return next(e for e in score_text(text).signals["provenance"].evidence if e.kind == "references to primary documents")


@pytest.mark.parametrize("note", [
    "Correction: an earlier version of this article said the rise would raise \u00a312m. The correct figure, "
    "given in the council's budget papers, is \u00a39.4m.",
    "Correction: this article has been amended. The rise will raise \u00a39.4m, as set out in the "
    "council's annual report, not \u00a312m as we said.",
])
def test_a_document_named_in_a_correction_note_is_a_reference(note):
    cue = _document_cue(HEAD + BODY + note + "\n")
    assert cue.present, cue.detail
    assert "council's" in cue.text


@pytest.mark.parametrize("sentence", [
    "The rise will bring in \u00a39.4m next year, a figure given in the council's budget papers.",
    "Band D homes will pay \u00a32,140 a year, as set out in Eastshire County Council's budget papers.",
    "The trust spent \u00a34.1m on agency staff in 2025, a sum shown in the trust's annual report.",
])
def test_a_figure_given_in_a_bodys_document_is_sourced_by_it(sentence):
    text = HEAD + "Council tax in Eastshire will rise from April.\n\n" + sentence + "\n"
    claims = {e.text: e for e in score_text(text).signals["unsourced_claims"].evidence}
    assert claims[sentence].kind == "sourced", claims[sentence].detail
    assert "(document)" in claims[sentence].detail
    assert _document_cue(text).present


@pytest.mark.parametrize("sentence", [
    "The rise will bring in \u00a39.4m next year, a figure given in his notes.",
    "The club spent \u00a34.1m on new players in 2025, shown in the club's colours at the launch.",
])
def test_no_bodys_document_no_source(sentence):
    text = HEAD + "Council tax in Eastshire will rise from April.\n\n" + sentence + "\n"
    claims = {e.text: e for e in score_text(text).signals["unsourced_claims"].evidence}
    assert claims[sentence].kind == "unsourced", claims[sentence].detail
