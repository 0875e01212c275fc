"""The language check: English is scored, anything else is reported, never scored with English lexicons."""

from __future__ import annotations

import pytest

import xlplugin
from xlplugin.text import prepare

from samples import CALM_REPORT, FRENCH, GERMAN, RUSSIAN, SHORT_ENGLISH


@pytest.mark.parametrize(
    "text, language",
    [
        (CALM_REPORT, "en"),
        (SHORT_ENGLISH, "en"),
        ("Hello.", "en"),
        (FRENCH, "fr"),
        (GERMAN, "de"),
        (RUSSIAN, "ru"),
        ("\u65e5\u672c\u653f\u5e9c\u306f\u706b\u66dc\u65e5\u306b\u767a\u8868\u3057\u305f\u3002", "ja"),
        ("", "unknown"),
        ("\U0001F600 \U0001F600", "unknown"),
        ("qzxv brtl kwpf zzyq", "unknown"),
    ],
)
def test_language_detected(text, language):
    assert prepare(text).language == language


@pytest.mark.parametrize("text, language", [(FRENCH, "fr"), (RUSSIAN, "ru")])
def test_other_languages_are_not_scored(text, language):
    result = xlplugin.score_text(text)
    assert result.language == language
    assert result.reliability is None
    for name in xlplugin.TEXT_SIGNALS:
        signal = result.signals[name]
        assert signal.value is None and signal.score is None
        assert signal.note.startswith(f"not scored: language {language}")


def test_a_short_english_sentence_gets_its_signals_but_no_index():
    result = xlplugin.score_text(SHORT_ENGLISH)
    assert result.language == "en"
    assert result.reliability is None
    assert result.note == "no index: 3 words; the index needs at least 25 (setting min_words_index)"
    assert result.signals["sentiment"].value is not None
