"""(web49) `scripts/evaluate_web.py` measures the text as `xlplugin score` shows and scores it (`inputs.shown_text`:
Unicode NFC among others), against its annotations in NFC too. A page written with decomposed accents ("gepru\u0308ft",
as one of the shared corpus's pages is) was measured before that step, so a "with" string typed with the composed
letter was counted lost though the scored text held it. Pages written for this test; nothing read from ../shared.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import pytest
from fresh_pages_helpers import story_body

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import evaluate_web  # noqa: E402

pytest.importorskip("trafilatura")

_SENTENCE = "Besonders bei Babyschalen sollte geprüft werden, ob der Gurt im Fahrzeug lang genug ist."


def _page(sentence: str) -> dict[str, str]:
    return {"p.html": f"<html><body><article><h1>Kindersitze im Test</h1><p>{sentence}</p>{story_body('library')}"
                      f"</article></body></html>"}


def _kept(page_sentence: str, annotation: str) -> float:
    expected = {"p": {"file": "p.html", "with": [annotation], "without": ["Jetzt abonnieren"]}}
    return evaluate_web.measure(evaluate_web.READERS["xlplugin"], _page(page_sentence), expected)["kept"]


def test_a_page_in_decomposed_letters_keeps_a_composed_annotation():
    assert _kept(unicodedata.normalize("NFD", _SENTENCE), "sollte geprüft werden") == 1.0


def test_a_decomposed_annotation_is_found_in_the_scored_text():
    assert _kept(_SENTENCE, unicodedata.normalize("NFD", "sollte geprüft werden")) == 1.0


def test_a_string_the_page_does_not_hold_is_still_lost():  # guard: the measure can fail
    assert _kept(unicodedata.normalize("NFD", _SENTENCE), "sollte gepruft werden") == 0.0
