"""Meta-tests: every scorer is complete (module, registry line, test file, README row) and every
command is documented."""

from __future__ import annotations

import json
import re
import sys
import types

import pytest

from xlplugin import registry
from xlplugin.cli import build_parser, main

from colour_rules import fills
from conftest import ROOT
from xlplugin.settings import setting_named

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", registry.SCORER_NAMES)
def test_scorer_is_complete(name):
    assert (ROOT / "xlplugin" / "scorers" / f"{name}.py").is_file(), "module"
    assert (ROOT / "tests" / f"test_scorer_{name}.py").is_file(), "test file"
    assert re.search(rf"^\| `{name}` \|", README, re.M), "README signal-table row"


def test_no_scorer_module_is_left_out_of_the_registry():
    modules = {p.stem for p in (ROOT / "xlplugin" / "scorers").glob("*.py") if p.stem != "__init__"}
    assert modules == set(registry.SCORER_NAMES)


def test_every_command_is_documented():
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    for command in commands:
        assert f"xlplugin {command}" in README, command


def test_every_score_option_is_documented():
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    for command in ("score", "refresh"):
        for action in commands[command]._actions:
            for flag in action.option_strings:
                if flag.startswith("--") and flag != "--help":
                    assert flag in README, f"{command} {flag}"


def test_every_data_file_has_a_header():
    for path in (ROOT / "xlplugin" / "data").glob("*.txt"):
        first = path.read_text(encoding="utf-8").splitlines()[:3]
        assert first and all(line.startswith("#") for line in first), path.name


# --- A toy signal, registered only inside the tests below (no file is written into the package):
# every adapter must show it with no other edit. It is the worked example of the README's
# "Adding a signal": exclamation marks per 1,000 words.
TOY = "exclamations"
TOY_HEADER = "Exclamation marks per 1,000 words (higher = more shouting)"
TOY_READING = (
    "Exclamation marks, counted per 1,000 words.",
    "Marks per 1,000 words; higher = more shouting (red).",
    "Angry posts, advertising.",
    "Wire reports.",
    "Counts a mark, not a tone: a quoted exclamation counts too.",
)
# Written for these tests: 4 + 5 + 6 + 5 = 20 words, three exclamation marks, at offsets 17, 50
# and 81 (after 17, 31 and 29 characters of words and spaces): 3 marks per 20 words = 150 per 1,000.
TOY_TEXT = "The vote was held! The council approved the budget! It adds money, said the mayor! The plan starts in May."
TOY_MARKS = [17, 50, 81]


def _toy_module() -> types.ModuleType:
    from xlplugin.types import Evidence, Score, SignalInfo

    module = types.ModuleType(f"xlplugin.scorers.{TOY}")
    module.NAME, module.VERSION, module.UNIT = TOY, "1", "exclamation marks per 1,000 words"

    def score(doc, settings):
        marks = [i for i, char in enumerate(doc.text) if char == "!"]
        if not doc.word_count:
            return Score(TOY, None, None, module.UNIT, note="not scored: no words")
        rate = 1000 * len(marks) / doc.word_count
        evidence = tuple(Evidence("!", "exclamation mark", i, i + 1) for i in marks)
        return Score(TOY, round(rate, 1), max(0.0, 1 - rate / 100), module.UNIT, evidence=evidence)

    module.score = score
    module.INFO = SignalInfo(
        TOY, header=TOY_HEADER, phrase=lambda sig: f"{sig.value:.0f} exclamation marks per 1,000 words",
        reading=TOY_READING, table=("excl./1k", 1), excel=("XLP_EXCLAMATIONS", "Exclamation marks per 1,000 words."),
        aliases=("excl",), number_format="0.0", colours=(50, 0),
    )
    return module


@pytest.fixture
def toy(monkeypatch):
    """Register the toy signal as a registry line would: a text signal, before source_rating."""
    import importlib

    from xlplugin import engine

    # Every adapter is imported before the toy exists, so a list an adapter works out once at
    # import would miss it (and fail these tests) whatever order the tests run in.
    for adapter in ("xlplugin.cells", "xlplugin.cli", "xlplugin.outlets", "xlplugin.settings", "xlplugin.workbook",
                    "xlplugin.workbook.outlets", "xlplugin.excel.functions", "xlplugin.frame"):
        try:
            importlib.import_module(adapter)
        except ImportError:  # pyarrow (xlplugin.frame) is an optional extra
            pass
    monkeypatch.setitem(sys.modules, f"xlplugin.scorers.{TOY}", _toy_module())
    text_signals = registry.TEXT_SIGNALS + (TOY,)
    monkeypatch.setattr(registry, "TEXT_SIGNALS", text_signals)
    monkeypatch.setattr(registry, "SCORER_NAMES", text_signals + ("source_rating",))
    engine.engine_version.cache_clear()  # the version stamp names every scorer
    yield
    registry._loaded.pop(TOY, None)
    engine.engine_version.cache_clear()


@pytest.fixture
def toy_file(tmp_path):
    path = tmp_path / "council.txt"
    path.write_text(TOY_TEXT, encoding="utf-8")
    return path


def _toy_value() -> float:
    # 3 marks in 20 words (checked here: the word count as xlplugin counts it)
    from xlplugin.text import prepare

    assert prepare(TOY_TEXT).word_count == 20
    return 150.0


def test_toy_signal_in_json(toy, toy_file, capsys):
    assert main(["score", "--json", "-q", str(toy_file)]) == 0
    row = json.loads(capsys.readouterr().out)
    toy_json = row["signals"][TOY]
    assert toy_json["value"] == _toy_value()
    assert [(e["start"], e["end"]) for e in toy_json["evidence"]] == [(i, i + 1) for i in TOY_MARKS]
    assert all(row["text"][e["start"]:e["end"]] == "!" for e in toy_json["evidence"])
    assert TOY in row["stamp"]["version"]


def test_toy_signal_has_a_weight_and_a_why(toy, toy_file, capsys):
    # (20 words: under the index's default minimum of 25 words, set lower here)
    short = toy_file.with_name("short.toml")
    short.write_text("[scoring]\nmin_words_index = 10\n", encoding="utf-8")
    # its declared default weight is 0 (shown, not weighed); --weight takes it like any signal's
    assert main(["score", "--json", "-q", "--settings", str(short), str(toy_file)]) == 0
    assert TOY not in json.loads(capsys.readouterr().out)["contributors"]
    assert main(["score", "--json", "-q", "--settings", str(short), "--weight", f"{TOY}=100", str(toy_file)]) == 0
    row = json.loads(capsys.readouterr().out)
    assert TOY in row["contributors"] and row["weights"][TOY] == 100
    assert main(["score", "-q", "--settings", str(short), "--weight", f"{TOY}=100", str(toy_file)]) == 0
    # weighed 100 and scored 0, it cost the index the most points, so it comes first, named by its signal
    assert "  exclamations -99 points: 150 exclamation marks per 1,000 words" in capsys.readouterr().out


def test_toy_signal_in_the_cli_table(toy, toy_file, capsys):
    assert main(["score", "-q", str(toy_file)]) == 0
    header, _rule, line = capsys.readouterr().out.splitlines()
    at = header.index("  excl./1k  ") + 2  # columns are padded to the widest cell
    assert line[at:].split()[0] == "150.0"


def test_toy_signal_in_the_workbook(toy, toy_file, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = tmp_path / "scored.xlsx"
    assert main(["score", "-q", str(toy_file), "-o", str(book)]) == 0
    wb = openpyxl.load_workbook(book)
    docs = wb["Documents"]
    headers = [c.value for c in docs[1]]
    column = headers.index(TOY_HEADER)
    assert headers[column + 1] == "Source rating 0-1 (higher = rated more reliable)"  # in registry order
    cell = docs.cell(row=2, column=column + 1)
    assert cell.value == _toy_value() and cell.number_format == "0.0"
    # its colours, green at 0, amber at 25, red at 50, once it weighs in the index (weight 0, a
    # new signal's default, shows no colour: display16)
    from xlplugin.workbook import layout

    letter = openpyxl.utils.get_column_letter(column + 1)
    index = openpyxl.utils.get_column_letter(headers.index(layout.SCORE_HEADERS[0]) + 1)

    def shown(workbook, value):  # (the colour behind `value` in a row whose index is 50)
        return fills(workbook["Documents"], letter, {index: 50.0, letter: value})

    assert shown(wb, 0) == [] and shown(wb, 50) == []
    weighed = tmp_path / "weighed.xlsx"
    assert main(["score", "-q", str(toy_file), "-o", str(weighed), "--weight", f"{TOY}=1"]) == 0
    weighed_book = openpyxl.load_workbook(weighed)
    assert [shown(weighed_book, 0), shown(weighed_book, 25), shown(weighed_book, 50)] == [["63BE7B"], ["FFEB84"], ["F8696B"]]
    evidence = [[c.value for c in row] for row in wb["Evidence"].iter_rows(min_row=2)]
    # (sheets21) the Evidence sheet names a signal by its Documents header's first words
    shown_as = "Exclamation marks"
    assert [(r[1], r[2], r[3], r[4]) for r in evidence if r[1] == shown_as] == [(shown_as, "exclamation mark", "!", i) for i in TOY_MARKS]
    how = [tuple(c.value for c in row) for row in wb["How to read this"].iter_rows()]
    assert (TOY_HEADER,) + TOY_READING in how
    settings = {setting_named(row[0].value): row[1].value for row in wb["Settings"].iter_rows(min_row=2)}
    assert settings[f"weight.{TOY}"] == 0
    outlets = [c.value for c in wb["Outlets"][22]]
    assert outlets[outlets.index(f"{TOY_HEADER}: mean") + 2] == "Source rating 0-1 (higher = more reliable): mean"


def test_toy_signal_as_an_excel_function(toy):
    from xlplugin.excel import functions

    xlp = functions.signal_functions()
    assert list(xlp)[-1] == "XLP_EXCLAMATIONS"  # after the built-in signals' functions
    assert xlp["XLP_EXCLAMATIONS"]([[TOY_TEXT], [None]], workers=1) == [[_toy_value()], [""]]
    header, row = functions.scores(TOY_TEXT, True, workers=1)
    assert row[header.index(TOY_HEADER)] == _toy_value()
    assert functions.evidence(TOY_TEXT, "excl", workers=1).splitlines()[0] == "exclamation mark: !"
    # the xlwings Lite file makes its function from the same declaration
    sys.path.insert(0, str(ROOT / "tests" / "pyodide"))
    try:
        import lite_cases
    finally:
        sys.path.pop(0)
    saved = sys.modules.get("xlwings")
    try:
        lite = lite_cases.load_main(str(ROOT / "workbooks" / "lite" / "main.py"))
    finally:
        if saved is not None:
            sys.modules["xlwings"] = saved
        else:
            sys.modules.pop("xlwings", None)
    assert lite_cases.lite_call(lite.xlp_exclamations, [[TOY_TEXT]]) == _toy_value()


def test_toy_signal_in_an_arrow_table(toy):
    pa = pytest.importorskip("pyarrow")
    from xlplugin import frame

    table = frame.score_table(pa.table({"text": [TOY_TEXT]}), workers=1)
    assert table.column(TOY).to_pylist() == [_toy_value()]
    assert f"{TOY}_score" in frame.SCORE_SCHEMA.names
    evidence = table.column("evidence").to_pylist()[0]
    assert [e["start"] for e in evidence if e["signal"] == TOY] == TOY_MARKS
