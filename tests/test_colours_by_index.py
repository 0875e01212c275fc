"""The Documents sheet colours each signal by what it does to the index: green where the signal
costs the index nothing, red where it costs all its part, at the signal's own normalisation
points (a loaded-terms rate of 5.8 per 1,000 is not green on a 0-40 scale while the index takes
it at 24 as the worst). A signal that weighs 0 in the index has no colour: its red would read as
points it cost. (Texts are the bundled examples and our own sentences.)"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from xlplugin import cli, registry
from xlplugin.engine import score_text
from xlplugin.scorers import loaded_language, source_rating
from xlplugin.workbook import layout

EXAMPLES = Path(__file__).resolve().parents[1] / "workbooks" / "examples"


def _book(folder: Path, *weights: str) -> openpyxl.Workbook:
    folder.mkdir(exist_ok=True)
    out = folder / "book.xlsx"
    args = ["score", str(EXAMPLES), "-o", str(out), "-q", "--workers", "1"]
    for weight in weights:
        args += ["--weight", weight]
    assert cli.main(args) == 0
    return openpyxl.load_workbook(out)


def _scales(ws) -> dict[str, tuple[float, float]]:
    """Each coloured column's (value at red, value at green), by header."""
    headers = [c.value for c in ws[1]]
    found = {}
    for cf in ws.conditional_formatting:
        for rule in cf.rules:
            if rule.type != "colorScale":
                continue
            column = openpyxl.utils.column_index_from_string(str(cf.sqref).split(":")[0].rstrip("0123456789"))
            scale = rule.colorScale
            values = [float(v.val) for v in scale.cfvo]
            colours = [c.rgb[-6:] for c in scale.color]
            assert {colours[0], colours[-1]} == {layout.RED, layout.GREEN}
            red, green = (values[0], values[-1]) if colours[0] == layout.RED else (values[-1], values[0])
            found[headers[column - 1]] = (red, green)
    return found


def _position(value: float, red: float, green: float) -> float:
    """Where a value sits on its column's scale: 0 at the red end, 1 at the green end."""
    return min(1.0, max(0.0, (value - red) / (green - red)))


@pytest.fixture(scope="module")
def scales(tmp_path_factory) -> dict[str, tuple[float, float]]:
    # every signal weighed, so that every coloured column shows its scale
    weights = [f"{info.name}=1" for info in registry.infos() if info.colours is not None]
    return _scales(_book(tmp_path_factory.mktemp("colours"), *weights)[layout.DOCUMENTS])


def test_every_declared_colour_scale_is_in_the_sheet(scales):
    declared = {info.header for info in registry.infos() if info.colours is not None}
    assert declared <= set(scales)


@pytest.mark.parametrize("rate", [0.0, 2.0, 4.5, 5.8, 9.0, 14.0, 20.0, 24.0, 31.0, 60.0])
def test_loaded_terms_are_green_where_they_cost_the_index_nothing(scales, rate):
    """The column shows the loaded terms only: its colour is the terms' part of the score."""
    red, green = scales[registry.info(loaded_language.NAME).header]
    terms_part = loaded_language._parts(rate, 0.0, 0.0, 0.0)["loaded terms"]
    assert _position(rate, red, green) == pytest.approx(terms_part, abs=1e-9)


@pytest.mark.parametrize("rating", [0.0, 0.1, 0.152, 0.3, 0.5, 0.692, 0.8, 1.0])
def test_a_source_rating_is_coloured_as_the_index_counts_it(scales, rating):
    red, green = scales[registry.info(source_rating.NAME).header]
    assert _position(rating, red, green) == pytest.approx(source_rating.builtin_score(rating), abs=1e-9)


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.txt")), ids=lambda p: p.name)
def test_signals_whose_column_is_their_score_are_coloured_by_that_score(scales, path):
    """Provenance and unsourced claims: the column's value is all the score reads, so its place
    on the scale is its normalised score, on every example document."""
    result = score_text(path.read_text(encoding="utf-8"))
    for name in ("provenance", "unsourced_claims"):
        signal = result.signals[name]
        if signal.value is None:
            continue
        red, green = scales[registry.info(name).header]
        assert _position(signal.value, red, green) == pytest.approx(signal.score, abs=1e-3), name


def test_a_column_weighing_nothing_has_no_colour_and_one_weighed_has(tmp_path):
    """Default weights: unsourced claims weigh 0 (shown for context), so no red or green; turned
    round (unsourced weighed, loaded language at 0), the colours follow the weights."""
    unsourced = registry.info("unsourced_claims").header
    loaded = registry.info(loaded_language.NAME).header
    default = _scales(_book(tmp_path / "default")[layout.DOCUMENTS])
    assert unsourced not in default and loaded in default
    turned = _scales(_book(tmp_path / "turned", "unsourced_claims=2", "loaded_language=0")[layout.DOCUMENTS])
    assert unsourced in turned and loaded not in turned
    assert layout.SCORE_HEADERS[0] in default and layout.SCORE_HEADERS[0] in turned
