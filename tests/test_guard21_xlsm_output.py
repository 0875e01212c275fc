"""(guard21) `score` writes a workbook without macros: under an .xlsm name (any case) Excel refuses
to open it ("file format or file extension is not valid"). Such a name is refused before anything
is scored, saying what to give instead; nothing is written. Refresh of a real .xlsm keeps its macros
(test_workbook_refresh.test_macros_are_kept_in_an_xlsm)."""

from __future__ import annotations

import pytest

from xlplugin.cli import main
from xlplugin.errors import WorkbookError
from xlplugin.inputs import Record
from xlplugin.settings import Settings
from xlplugin.workbook import write_scored_workbook

TEXT = ("The harbour office said on Tuesday that the north pier will close for two weeks in May "
        "while its railings are replaced, and that boats will use the south pier.")


@pytest.mark.parametrize("name", ["out.xlsm", "OUT.XLSM", "scored.Xlsm"])
@pytest.mark.parametrize("source", ["csv", "xlsx"])
def test_score_refuses_an_xlsm_output_name(tmp_path, name, source, capsys):
    csv_path = tmp_path / "in.csv"
    csv_path.write_text("id,text\na1," + '"' + TEXT + '"\n', encoding="utf-8")
    given = csv_path
    if source == "xlsx":
        given = tmp_path / "in.xlsx"
        assert main(["score", str(csv_path), "-o", str(given), "-q"]) == 0
    capsys.readouterr()
    assert main(["score", str(given), "-o", str(tmp_path / name), "-q"]) == 2
    said = capsys.readouterr().err
    assert ".xlsx" in said and "Excel" in said and "nothing was scored" in said
    assert not (tmp_path / name).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["in.csv"] + (["in.xlsx"] if source == "xlsx" else []))


@pytest.mark.parametrize("name", ["lib.xlsm", "LIB.XLSM"])
def test_the_library_writer_refuses_an_xlsm_name(tmp_path, name):
    with pytest.raises(WorkbookError, match="must be an .xlsx file"):
        write_scored_workbook(tmp_path / name, [Record(id="a1", text=TEXT)], [None], Settings())
    assert not (tmp_path / name).exists()
