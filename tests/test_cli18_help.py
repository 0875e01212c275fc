"""Help and messages as a new user reads them (cli18): --weight's help names the short names it
takes too (loaded, unsourced, source, rating); refresh's BOOK.xlsx is described; a path that is
not there says what to do; `xlplugin signals` fits the terminal, as --help does."""

from __future__ import annotations

import os
import re

import pytest

from xlplugin.cli import _weight_aliases, _weight_pair, build_parser, main


def _help(capsys, *command):
    with pytest.raises(SystemExit):
        build_parser().parse_args([*command, "--help"])
    return " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize("command", ["score", "refresh"])
def test_weight_help_names_every_name_weight_takes(capsys, monkeypatch, command):
    monkeypatch.setenv("COLUMNS", "100")
    shown = _help(capsys, command)
    weight = shown[shown.index("--weight SIGNAL=W override"):]
    for name, signal in _weight_aliases().items():
        assert _weight_pair(f"{name}=2") == (signal, 2.0)  # (each name it takes ...)
        assert name in re.findall(r"[a-z_]+", weight.split("--ratings")[0]), name  # (... is named in its help, whole)


def test_every_argument_of_refresh_and_score_is_described(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    for command, metavar in (("refresh", "BOOK.xlsx"), ("score", "PATH")):
        shown = _help(capsys, command)
        described = shown.split("positional arguments:")[1].split("options:")[0].strip()
        assert described.startswith(metavar) and len(described.split()) > 3, (command, described)


@pytest.mark.parametrize("name", ["missing.txt", "sub/missing.html", "missing-folder"])
def test_a_path_that_is_not_there_says_what_to_do(tmp_path, capsys, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    for given in (name, str(tmp_path / name)):
        assert main(["score", given, "-q"]) == 2
        said = capsys.readouterr()
        assert "no such file or folder" in said.err
        line = next(line for line in said.err.splitlines() if given in line)
        assert "check the name" in line, line
        if not os.path.isabs(given):  # (where a name is looked for: the folder xlplugin runs in)
            assert str(tmp_path) in line and "full path" in line, line


@pytest.mark.parametrize("columns", [50, 80, 120])
def test_signals_fits_the_terminal(capsys, monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", str(columns))
    assert main(["signals"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) > 12 and all(len(line) < columns for line in lines), max(lines, key=len)
