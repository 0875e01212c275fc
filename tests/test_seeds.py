"""What a careful reader would say about the seed articles, checked against both scorers.

The seeds are third-party text: they are read at run time from ../shared/corpus/seeds next to
the repository and never copied here. The files are recognised by their number prefix:
000 a content-farm piece with redaction marks ("**"), 001 a forum repost with forum furniture,
002 a news report with a dateline and named, quoted experts, 003 an aggregator opinion piece
with an "Original article:" line and a disclaimer.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import xlplugin
from xlplugin.scorers import provenance, unsourced_claims
from xlplugin.settings import Settings
from xlplugin.text import prepare

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "seeds"


def _seed(prefix: str) -> str:
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles absent: {SEEDS} does not exist")
    found = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not found:
        pytest.skip(f"seed article absent: no {prefix}_*.txt in {SEEDS}")
    return found[0].read_text(encoding="utf-8", errors="replace")


def _scores(prefix: str):
    doc = prepare(_seed(prefix))
    return doc, provenance.score(doc, Settings()), unsourced_claims.score(doc, Settings())


def _cue(result, kind):
    return next(e for e in result.evidence if e.kind == kind)


@pytest.mark.parametrize("worse", ["000", "003"])
def test_news_report_has_better_provenance_and_fewer_unsourced_claims(worse):
    _, news_prov, news_claims = _scores("002")
    _, prov, claims = _scores(worse)
    assert news_prov.value > prov.value
    assert news_claims.value < claims.value
    assert news_prov.score > prov.score and news_claims.score > claims.score


def test_news_report_cues_a_reader_would_see():
    _, prov, claims = _scores("002")
    for cue in ("publication date", "dateline", "named sources with roles", "attributed direct quotes"):
        assert _cue(prov, cue).detail.startswith("found, adds "), cue
    # its named experts are found as sources of its claims
    sourced = [e for e in claims.evidence if e.kind == "sourced"]
    assert any("Mulloy" in e.detail for e in sourced)
    assert claims.value < 0.5


def test_content_farm_redaction_marks_found():
    _, prov, claims = _scores("000")
    item = _cue(prov, "redaction marks")
    assert item.detail.startswith("found, takes ")
    assert "**" in item.text
    # the piece leans on "according to the data" for its one poll figure: a weasel source
    assert claims.value > 0.5


def test_aggregator_disclaimer_and_repost_line_found():
    _, prov, _ = _scores("003")
    disclaimer = _cue(prov, "disclaimer")
    assert disclaimer.detail.startswith("found, takes ")
    assert "Disclaimer" in disclaimer.text
    repost = _cue(prov, "repost markers")
    # (credit16) "Original article: <the original's address>" credits the original: shown, not counted
    assert repost.detail.startswith("found, not counted")
    assert "Original article" in repost.text


def test_forum_furniture_found():
    _, prov, _ = _scores("001")
    item = _cue(prov, "forum furniture")
    assert item.detail.startswith("found, takes ")
    assert item.text.strip()


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_evidence_span_is_at_its_offsets(prefix):
    doc, prov, claims = _scores(prefix)
    for item in prov.evidence + claims.evidence:
        assert doc.text[item.start : item.end] == item.text
    # and through the whole engine, the same spans come back
    result = xlplugin.score_text(doc.raw)
    for name in ("provenance", "unsourced_claims"):
        for item in result.signals[name].evidence:
            assert doc.text[item.start : item.end] == item.text
