"""The Documents sheet colours each signal by what it does to the index: green where the signal
costs the index nothing, red where it costs all its part, at the signal's own normalisation
points (a loaded-terms rate of 5.8 per 1,000 is not green on a 0-40 scale while the index takes
it at 24 as the worst), in a few shades: a value shows the one nearest to the share of its
column's cost it leaves. A signal that weighs 0 in the index has no colour: its red would read as
points it cost. (Texts are the bundled examples and our own sentences.)"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from colour_rules import blend, fills

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


class Colours:
    """What the Documents sheet's rules paint behind a value of a column in a row with an index
    (tests/colour_rules.py), as its place from red (0) to green (1)."""

    def __init__(self, ws):
        self.ws = ws
        headers = [c.value for c in ws[1]]
        self.letters = {h: openpyxl.utils.get_column_letter(i) for i, h in enumerate(headers, start=1) if h}
        self.index = self.letters[layout.SCORE_HEADERS[0]]
        steps = layout.SHADES - 1
        self.step = 1 / steps
        self.places = {blend(layout.RED, layout.GREEN, k / steps, layout.AMBER): k / steps for k in range(steps + 1)}

    def coloured(self) -> set[str]:
        """The headers of the columns that show a colour behind a number in a row with an index."""
        return {h for h in layout.COLOUR_SCALES if h in self.letters and self.fills(h, 0.5)}

    def fills(self, header: str, value: float) -> list[str]:
        letter = self.letters[header]
        return fills(self.ws, letter, {self.index: 50.0, letter: value} if letter != self.index else {letter: value})

    def place(self, header: str, value: float) -> float:
        [colour] = self.fills(header, value)
        return self.places[colour]


def _near(colours: Colours, header: str, value: float, part: float) -> bool:
    """Is `value` shown in the shade nearest to `part` (the share of its column's cost it leaves)?"""
    return abs(colours.place(header, value) - part) <= colours.step / 2 + 1e-9


@pytest.fixture(scope="module")
def colours(tmp_path_factory) -> Colours:
    # every signal weighed, so that every coloured column shows its colours
    weights = [f"{info.name}=1" for info in registry.infos() if info.colours is not None]
    return Colours(_book(tmp_path_factory.mktemp("colours"), *weights)[layout.DOCUMENTS])


def test_every_declared_colour_scale_is_in_the_sheet(colours):
    declared = {info.header for info in registry.infos() if info.colours is not None}
    assert declared <= colours.coloured()


@pytest.mark.parametrize("rate", [0.0, 2.0, 4.5, 5.8, 9.0, 14.0, 20.0, 24.0, 31.0, 60.0])
def test_loaded_terms_are_green_where_they_cost_the_index_nothing(colours, rate):
    """The column shows the loaded terms only: its colour is the terms' part of the score."""
    terms_part = loaded_language._parts(rate, 0.0, 0.0, 0.0)["loaded terms"]
    assert _near(colours, registry.info(loaded_language.NAME).header, rate, terms_part)


@pytest.mark.parametrize("rating", [0.0, 0.1, 0.152, 0.3, 0.5, 0.692, 0.8, 1.0])
def test_a_source_rating_is_coloured_as_the_index_counts_it(colours, rating):
    assert _near(colours, registry.info(source_rating.NAME).header, rating, source_rating.builtin_score(rating))


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.txt")), ids=lambda p: p.name)
def test_signals_whose_column_is_their_score_are_coloured_by_that_score(colours, path):
    """Provenance and unsourced claims: the column's value is all the score reads, so its place
    on the scale is its normalised score, on every example document."""
    result = score_text(path.read_text(encoding="utf-8"))
    for name in ("provenance", "unsourced_claims"):
        signal = result.signals[name]
        if signal.value is None:
            continue
        assert _near(colours, registry.info(name).header, signal.value, signal.score), name


def test_a_column_weighing_nothing_has_no_colour_and_one_weighed_has(tmp_path):
    """Default weights: unsourced claims weigh 0 (shown for context), so no red or green; turned
    round (unsourced weighed, loaded language at 0), the colours follow the weights."""
    unsourced = registry.info("unsourced_claims").header
    loaded = registry.info(loaded_language.NAME).header
    default = Colours(_book(tmp_path / "default")[layout.DOCUMENTS]).coloured()
    assert unsourced not in default and loaded in default
    turned = Colours(_book(tmp_path / "turned", "unsourced_claims=2", "loaded_language=0")[layout.DOCUMENTS]).coloured()
    assert unsourced in turned and loaded not in turned
    assert layout.SCORE_HEADERS[0] in default and layout.SCORE_HEADERS[0] in turned
