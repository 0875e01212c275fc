"""The terminal table fits the terminal's width (cli17): it was as wide as its longest cells
(206 characters for the examples) whatever the terminal, so each row wrapped over 3 lines in a
usual window. Narrower: the why / status column is cut first ("…"), then id and kind; narrower
still, kind and why / status go on a line under each row. Output that is not a terminal is not
cut; --json is the same at any width."""

from __future__ import annotations

import json
import sys

import pytest

from xlplugin.cli import main

# Fresh texts written for these tests, under long ids (long cells are what made the table wide).
TEXTS = {
    "a-very-long-identifier-for-the-harbour-story": "The harbour board said on Monday that the north pier "
    "will be rebuilt this winter, according to its published plan, and that the work will cost about two million.",
    "another-long-identifier-for-the-library-story": "This disgraceful and shameful scheme is an outrageous "
    "waste, and everyone knows the council is hiding something. Ask yourself who gains from this plan.",
    "short": "Two new bus routes will link the valley villages to the station from April, the transport office said "
    "on Wednesday in a statement to residents of the valley.",
}


def _csv(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text("id,text\n" + "".join(f'{i},"{t}"\n' for i, t in TEXTS.items()), encoding="utf-8")
    return path


@pytest.mark.parametrize("columns", [80, 100, 120, 140, 170, 250])
def test_the_table_fits_the_terminal(tmp_path, capsys, monkeypatch, columns):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)  # (shown in a terminal)
    monkeypatch.setenv("COLUMNS", str(columns))
    assert main(["score", str(_csv(tmp_path)), "-q"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line]
    assert lines and all(len(line) < columns for line in lines), max(lines, key=len)
    # every row is still there, its id shown whole or cut with "…"
    for name in TEXTS:
        assert any(line.startswith(name[:8]) for line in lines), name


@pytest.mark.parametrize("columns", [None, "80"])
def test_the_table_is_not_cut_where_it_is_not_shown_in_a_terminal(tmp_path, capsys, monkeypatch, columns):
    # (pytest's output is not a terminal: a pipe or a file, where COLUMNS may be set all the same)
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert main(["score", str(_csv(tmp_path)), "-q"]) == 0
    out = capsys.readouterr().out
    assert all(name[:27] in out for name in TEXTS) and "…" not in out
    assert max(len(line) for line in out.splitlines()) > 100  # (what the narrower terminals were given)


@pytest.mark.parametrize("columns", [60, 80, 250])
def test_json_is_the_same_at_any_width(tmp_path, capsys, monkeypatch, columns):
    monkeypatch.delenv("COLUMNS", raising=False)
    assert main(["score", str(_csv(tmp_path)), "--json", "-q"]) == 0
    wide = capsys.readouterr().out
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setenv("COLUMNS", str(columns))
    assert main(["score", str(_csv(tmp_path)), "--json", "-q"]) == 0
    narrow = capsys.readouterr().out
    assert [json.loads(line) for line in narrow.splitlines() if line] == [json.loads(line) for line in wide.splitlines() if line]
