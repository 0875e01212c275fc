"""Meta-tests: every scorer is complete (module, registry line, test file, README row) and every
command is documented."""

from __future__ import annotations

import re

import pytest

from xlplugin import registry
from xlplugin.cli import build_parser

from conftest import ROOT

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
