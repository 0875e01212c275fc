"""One contract for every registered scorer: any string gives a bounded value or None with a note,
evidence that points at the scored text, and never an exception."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from xlplugin import registry
from xlplugin.settings import Settings
from xlplugin.text import prepare

from samples import CALM_REPORT, CHARGED_RANT

SETTINGS = Settings().with_ratings({"example.org": (0.7, "test rater")})

AWKWARD = [
    "",
    "   \n\t  ",
    "\U0001F600\U0001F525" * 50,
    "\x00\x01\x02 control \x1b[31m characters \x7f",
    "Mixed \u0627\u0644\u0639\u0631\u0628\u064a\u0629 and \u4e2d\u6587 and English words in one line.",
    "!!!???...",
    "1 2 3 4 5 6 7 8 9 10",
    '"' * 40,
    "\u201c unclosed quotation that never ends and goes on",
    CALM_REPORT,
    CHARGED_RANT,
    "a" * 2000,
]


def check(module, text: str, url: str = "", outlet: str = "") -> None:
    doc = prepare(text, url=url, outlet=outlet)
    result = module.score(doc, SETTINGS)
    assert result.name == module.NAME
    assert result.unit == module.UNIT
    if result.value is None or result.score is None:
        assert result.value is None and result.score is None, "value and score are empty together"
        assert result.note, "an empty value carries a note saying why"
    else:
        assert math.isfinite(result.value)
        assert 0.0 <= result.score <= 1.0
    for item in result.evidence:
        assert 0 <= item.start <= item.end <= len(doc.text)
        assert doc.text[item.start:item.end] == item.text
        assert item.kind


@pytest.mark.parametrize("module", registry.scorers(), ids=lambda m: m.NAME)
@pytest.mark.parametrize("text", AWKWARD, ids=range(len(AWKWARD)))
def test_awkward_strings(module, text):
    check(module, text, url="https://www.example.org/a", outlet="Example")


@pytest.mark.parametrize("module", registry.scorers(), ids=lambda m: m.NAME)
def test_one_megabyte(module):
    check(module, (CALM_REPORT + "\n\n" + CHARGED_RANT + "\n") * (1_000_000 // (len(CALM_REPORT) + len(CHARGED_RANT))))


@pytest.mark.parametrize("module", registry.scorers(), ids=lambda m: m.NAME)
@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=400) | st.lists(st.sampled_from(
    ["The", "minister", "said", "\u201c", "\u201d", '"', "so-called", "!", ".", "3.5%", "\n", "\n\n", "U.S.", "**",
     "experts", "say", "disaster", "By", "Reuters", "Joined", "\U0001F600", "\u0416", "-", "=", "@"]), max_size=80).map(" ".join))
def test_any_string(module, text):
    check(module, text)


def test_every_module_declares_its_shape():
    for module in registry.scorers():
        assert module.NAME in registry.SCORER_NAMES
        assert module.__name__.rsplit(".", 1)[1] == module.NAME, "module name equals registry key"
        assert isinstance(module.VERSION, str) and module.VERSION
        assert isinstance(module.UNIT, str) and module.UNIT
        doc = (module.__doc__ or "").lower()
        for word in ("measures", "blind spots"):
            assert word in doc, f"{module.NAME}: docstring must say what it {word}"
