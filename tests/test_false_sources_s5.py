"""False sources and a wrong evidence word seen by a final tester, fixed as classes (every text
written for these tests): a work's title ending in a role noun is no person, a negated verb of
saying and the author's own request for comment report nothing, "made it clear that" reports,
and a forecast names its verb of change, never a conjunction. Each class has the other sense
beside it, which still counts."""

from __future__ import annotations

import pytest

from xlplugin import cues
from xlplugin.scorers import unsourced_claims
from xlplugin.text import prepare


def _kind(text: str, k: int = -1) -> str | None:
    """The attribution kind of sentence `k` of `text` (its last by default)."""
    found = cues.attributions(prepare(text))[k]
    return found.kind if found is not None else None


def _reasons(text: str) -> list[str]:
    doc = prepare(text)
    return unsourced_claims.check_worthy_reasons(doc, doc.sentences[0])


# --- 5. a forecast's evidence names its verb of change, not "and" --------------------------------

@pytest.mark.parametrize("text", [
    "Ferry fares went up by 40 percent last spring, and the council will never admit it.",
    "The last 20 minutes drag, and the twist will split the room.",
])
def test_conjunction_is_no_forecast_verb(text: str) -> None:
    reasons = _reasons(text)
    assert not any(r.startswith("prediction") and "\u201cand\u201d" in r for r in reasons), reasons
    assert not any("\u201cwith\u201d" in r or "\u201cor\u201d" in r for r in reasons), reasons


def test_forecast_still_names_its_verb() -> None:
    reasons = _reasons("Harbour rents will rise by 25 percent before the summer, and shops will close.")
    assert "prediction \u201crise\u201d" in reasons, reasons
