"""The Read sheet's flags stay visible where they meet: a loaded word (red) inside a sentence with
no source (orange, a close hue that prints as the same grey) and the author's voice inside any
coloured sentence keep a style of their own, so that a reader sees them on screen and on a grey
print; every flag colour reads on white. (Texts written for these tests.)"""

from __future__ import annotations

import pytest

import xlplugin
from xlplugin.workbook import read_sheet
from xlplugin.workbook.read_sheet import Run, _styled, marked_runs

SENTENCES = (set(), {"unsourced"}, {"sourced"}, {"shared"}, {"unsourced", "shared"}, {"sourced", "shared"})
WORD_FLAGS = ("loaded", "voice")


def _style(run: Run) -> tuple[bool, bool, bool]:
    return run.bold, run.underline, run.italic


@pytest.mark.parametrize("sentence", SENTENCES, ids=lambda s: "+".join(sorted(s)) or "plain")
@pytest.mark.parametrize("word", WORD_FLAGS)
def test_a_flagged_word_differs_from_its_sentence_without_colour(sentence, word):
    inside, around = _styled("word", sentence | {word}), _styled("sentence", sentence)
    assert _style(inside) != _style(around), (word, sentence)


def _luminance(argb: str) -> float:
    channels = [int(argb[-6:][i:i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@pytest.mark.parametrize("colour", [read_sheet.RED, read_sheet.ORANGE, read_sheet.GREEN, read_sheet.PURPLE])
def test_each_flag_colour_reads_on_white(colour):
    # WCAG's contrast ratio for body text: at least 4.5 to 1
    assert 1.05 / (_luminance(colour) + 0.05) >= 4.5


def test_the_legend_shows_the_styles_the_text_uses():
    legend = {run.text.split(" (")[0]: run for run in read_sheet.LEGEND}
    assert _style(legend["loaded word"]) == _style(_styled("w", {"loaded"}))
    assert _style(legend["argued voice"]) == _style(_styled("w", {"voice"}))


def test_in_a_scored_text_loaded_words_of_an_unsourced_sentence_stand_out():
    text = ("Everyone knows the so-called experts were paid off by the builders, and the disgraceful plan "
            "will cost the town 40 million pounds. The council has never explained where the money went, "
            "and the shameful truth is that 90% of residents were never asked.")
    result = xlplugin.score_text(text)
    runs = marked_runs(result_text := text, result)
    assert result_text == "".join(r.text for r in runs if r.text != read_sheet.MARK)
    loaded = [r for r in runs if r.color == read_sheet.RED]
    assert loaded, "the text holds loaded words"
    orange = [r for r in runs if r.color == read_sheet.ORANGE and r.text.strip() and r.text != read_sheet.MARK]
    assert orange, "and unsourced sentences"
    assert all(r.bold for r in loaded) and not any(r.bold for r in orange)
