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


@pytest.mark.parametrize("module", registry.scorers(), ids=lambda m: m.NAME)
def test_every_module_declares_what_the_adapters_show(module):
    from xlplugin.types import SignalInfo

    info = module.INFO
    assert isinstance(info, SignalInfo) and info.name == module.NAME
    assert info.header and len(info.reading) == 5 and all(info.reading), "header and the How-to-read row"
    excel_name, excel_doc = info.excel
    assert not excel_name or (excel_name.startswith("XLP_") and excel_name.isupper() and excel_doc)
    assert info.colours is None or info.colours[0] != info.colours[1]
    assert len(info.abbreviation) <= 7
    # the Why phrase: words from the signal's own figures, for a scored result
    doc = prepare(CALM_REPORT + "\n\n" + CHARGED_RANT, url="https://www.example.org/a", outlet="Example")
    result = module.score(doc, SETTINGS)
    assert result.score is not None
    phrase = info.phrase(result)
    assert isinstance(phrase, str) and phrase
    for item in result.evidence:
        assert info.mark is None or info.mark(item) in ("", "loaded", "voice", "sourced", "unsourced", "cue")


def test_no_two_signals_share_a_header_or_a_name_a_user_types():
    infos = registry.infos()
    headers = [info.header for info in infos]
    typed = [name for info in infos for name in (info.name, *info.aliases)]
    excel = [info.excel_name for info in infos if info.excel_name]
    assert len(set(headers)) == len(headers) and len(set(typed)) == len(typed) and len(set(excel)) == len(excel)


def test_provenance_typed_evidence_says_what_its_words_say():
    """The typed fields the adapters read (present, polarity, weight) agree with the detail a
    person reads, for every cue: present or absent, positive or negative, and the points."""
    import re

    from xlplugin.scorers import provenance
    from xlplugin.types import LESS_RELIABLE, MORE_RELIABLE

    text = "By Ana Costa\nPublished 4 March 2025\n\n" + CALM_REPORT + "\n\nJoined: 2019 Posts: 12\n" + CHARGED_RANT
    result = provenance.score(prepare(text, url="https://www.example.org/a", outlet="Example"), SETTINGS)
    seen = set()
    for item in result.evidence:
        state, sign, points = re.match(r"(found|not found), (?:would )?(add|take)s? ([\d.]+)", item.detail).groups()
        assert item.present == (state == "found"), item
        assert item.polarity == (MORE_RELIABLE if sign == "add" else LESS_RELIABLE), item
        points = float(points)
        assert item.weight == points, item
        seen.add((item.present, item.polarity))
    assert seen == {(True, MORE_RELIABLE), (False, MORE_RELIABLE), (True, LESS_RELIABLE), (False, LESS_RELIABLE)}
