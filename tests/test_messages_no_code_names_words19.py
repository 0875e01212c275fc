"""(words19) Messages name a setting as a person knows it, not by the code's key: a value a setting
cannot take says "Loaded language weight" (the Settings sheet's words), the command line says
what was typed ("loaded=-1"), and the XLP_* functions, which have no Settings sheet to point to,
say the number without "(setting min_words_index)". The key stays where a user types it (a
settings file's error names the file; the key is not repeated back as the setting's name).
(Texts written for these tests.)"""

from __future__ import annotations

import re

import pytest

from xlplugin import cli
from xlplugin.errors import SettingsError
from xlplugin.excel import functions
from xlplugin.settings import MAX_WEIGHT, Settings, settings_table

# A key of the code: "weight.loaded_language", "min_words_index", "min_words=1".
CODE_RE = re.compile(r"\b[a-z]+[._][a-z_.]+\b|min_words")

BAD_VALUES = {"negative": -1, "not a number": "lots", "not finite": float("inf"), "too large": MAX_WEIGHT * 10}


@pytest.mark.parametrize("setting", [s for s in settings_table() if s.name != "workers"], ids=lambda s: s.name)
@pytest.mark.parametrize("case", sorted(BAD_VALUES))
def test_a_value_a_setting_cannot_take_names_it_in_words(setting, case):
    value = BAD_VALUES[case]
    if case == "too large" and not setting.name.startswith("weight."):
        value = "lots"  # (only weights have a largest value)
    with pytest.raises(SettingsError) as raised:
        Settings().with_values({setting.name: value})
    message = str(raised.value)
    assert setting.label and setting.label in message, message
    assert not CODE_RE.search(message.replace(setting.label, "")), message


@pytest.mark.parametrize("typed", ["loaded=-1", "unsourced=-0.5", "source=1000", "provenance=x", "rating=-3"])
def test_the_command_line_says_what_was_typed(typed):
    with pytest.raises(Exception) as raised:
        cli._weight_pair(typed)
    message = str(raised.value)
    assert message.startswith(typed + ": "), message
    assert not CODE_RE.search(message), message


SHORT = "The ferry to the island sails an hour later on Sundays."
TINY = "Closed today."


@pytest.mark.parametrize("settings", [None, Settings().with_values({"min_words": 5})], ids=["defaults", "min_words 5"])
@pytest.mark.parametrize("function", [functions.reliability, functions.loaded, functions.provenance, functions.sentiment])
def test_excel_functions_say_why_without_code_names(function, settings):
    for text in (SHORT, TINY):
        shown = function(text, settings=settings)
        if isinstance(shown, str):
            assert not CODE_RE.search(shown), shown
    # (the cases reach the notes: a text under the index's minimum, and one under min_words)
    assert "the index needs at least 25" in str(functions.reliability(SHORT))
    assert "a text needs to be scored" in str(functions.reliability(TINY, settings=Settings().with_values({"min_words": 5})))
