"""Messages a new user meets on the command line say what to do (cli17)."""

from __future__ import annotations

import pytest

from xlplugin.cli import main


# (hunt23b) not "old.xls": `score` cannot read it either, so the advice for another program's
# spreadsheet is to save it as .xlsx (tests/test_hunt23b_other_spreadsheets.py)
@pytest.mark.parametrize("name", ["articles.csv", "notes.txt", "page.html"])
def test_refresh_of_a_file_that_is_not_a_workbook_says_to_score_it_first(tmp_path, capsys, name):
    source = tmp_path / name
    source.write_text("text\nThe mill reopened on Friday, its owner said.\n", encoding="utf-8")
    assert main(["refresh", str(source)]) != 0
    err = capsys.readouterr().err
    stem = name.rsplit(".", 1)[0]
    assert f"xlplugin score {name} -o {stem}.xlsx" in err
    assert "then refresh that workbook" in err


def test_signals_lists_each_signal_the_way_round_its_value_goes(capsys):
    from xlplugin import registry

    assert main(["signals"]) == 0
    lines = capsys.readouterr().out.splitlines()
    # (cli18: wrapped to the terminal; a block is a line that starts with its name and the
    # indented lines under it, read as one line)
    by_name: dict[str, str] = {}
    for line in lines:
        if line.strip() and not line.startswith(" "):
            name = line.split()[0]
            by_name[name] = line
        elif line.strip():
            by_name[name] += " " + line.strip()
    for module in registry.scorers():
        line = by_name[module.NAME]
        assert " ".join(module.UNIT.split()) in line
        if "higher = worse" in module.UNIT and "unsourced" in module.UNIT:
            # (the value is the share that do NOT say where they come from)
            assert "do not say where" in line or "without a source" in line, line
    # the descriptions start in one column
    starts = {len(line) - len(line.lstrip()) for line in lines if line.lstrip().startswith(
        tuple(m.__doc__.strip().split(":")[0] + ":" for m in registry.scorers()))}
    assert len(starts) == 1
    assert "density" not in by_name["weight.unsourced_claims"]
