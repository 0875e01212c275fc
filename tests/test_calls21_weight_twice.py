"""Two --weight values for one signal (two names of it, or one name twice) were taken silently,
the last winning. They are refused, naming both as typed; the same value twice is taken (calls21).
`refresh` reads its ratings from the workbook's Sources sheet: its --help does not offer --ratings."""

from __future__ import annotations

import pytest

from xlplugin.cli import main

TEXT = ("The county council approved the new road plan on Tuesday, a spokesperson said. Work on the "
        "bypass is due to start in the spring and to last two years, according to the council's plan.")


@pytest.mark.parametrize("first, second", [
    ("loaded=1", "Loaded terms=3"),
    ("loaded=1", "loaded=3"),
    ("provenance=2", "weight.provenance=0"),
    ("unsourced=0.5", "unsourced_claims=1"),
])
@pytest.mark.parametrize("command", ["score", "refresh"])
def test_two_values_for_one_weight_are_refused(tmp_path, capsys, first, second, command):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    target = str(path)
    if command == "refresh":
        target = str(tmp_path / "a.xlsx")
        assert main(["score", str(path), "-o", target, "-q", "--workers", "1"]) == 0
    before = path.read_bytes() if command == "score" else (tmp_path / "a.xlsx").read_bytes()
    assert main([command, target, "--weight", first, "--weight", second, "-q"]) == 2
    err = capsys.readouterr().err
    assert f"--weight {first}" in err and f"--weight {second}" in err, err
    assert (path.read_bytes() if command == "score" else (tmp_path / "a.xlsx").read_bytes()) == before


def test_the_same_value_twice_and_two_signals_are_taken(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    for pair in (["loaded=2", "loaded_language=2"], ["loaded=1", "provenance=3"]):
        assert main(["score", str(path), "--weight", pair[0], "--weight", pair[1], "-q", "--workers", "1"]) == 0


def test_refresh_help_does_not_offer_ratings(capsys):
    with pytest.raises(SystemExit):
        main(["refresh", "--help"])
    assert "--ratings " not in capsys.readouterr().out
