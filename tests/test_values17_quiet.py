"""`--quiet` says only what went wrong (values17): `score -q` gives no line per table row not
scored (each row's Status says why, in the workbook, --json and the table) but one line
counting them, since they set the exit status; a file that could not be read is still named.
`refresh -q` is silent when all went well and gives one line when a row could not be read."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.workbook import layout

# Fresh text written for these tests.
STORY = ("The ferry company added a late sailing on Fridays from June, its spokesman said. The boat leaves the "
         "north pier at ten and returns before midnight, according to the new timetable.")


def _table(tmp_path: Path, bad: list[str]) -> Path:
    path = tmp_path / "in.csv"
    path.write_text("id,text\n" + f'good,"{STORY}"\n' + "".join(f'b{i},"{v}"\n' for i, v in enumerate(bad)),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("bad", [["#N/A"], ["12345", "N/A", "https://example.org/a"]])
@pytest.mark.parametrize("output", [["--json"], ["-o", "out.xlsx"], []])
def test_score_quiet_counts_rows_not_scored_in_one_line(tmp_path, capsys, bad, output):
    if output[:1] == ["-o"]:
        output = ["-o", str(tmp_path / output[1])]
    assert main(["score", str(_table(tmp_path, bad)), "-q", *output]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"xlplugin: {len(bad)} row") and "not scored" in err[0], err
    assert not any(f"b{i}" in err[0] for i in range(len(bad)))  # (the rows are named in the output)
    # without -q each row is named
    assert main(["score", str(_table(tmp_path, bad)), *output, "--force"] if output[:1] == ["-o"] else
                ["score", str(_table(tmp_path, bad)), *output]) == 2
    err = capsys.readouterr().err
    assert all(f"id b{i} " in err for i in range(len(bad)))


def test_score_quiet_still_names_a_file_it_could_not_read(tmp_path, capsys):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "docs" / "b.txt").write_bytes(bytes(range(256)) * 4)
    assert main(["score", str(tmp_path / "docs"), "-q", "--json"]) == 2
    err = capsys.readouterr().err
    assert "b.txt" in err and "binary" in err


def test_score_quiet_is_silent_when_all_went_well(tmp_path, capsys):
    assert main(["score", str(_table(tmp_path, [])), "-q", "--json"]) == 0
    assert capsys.readouterr().err == ""


def test_refresh_quiet_gives_one_line_for_a_row_it_could_not_read(tmp_path, capsys):
    book = tmp_path / "book.xlsx"
    assert main(["score", str(_table(tmp_path, [])), "-o", str(book), "-q"]) == 0
    assert main(["refresh", str(book), "-q"]) == 0
    assert capsys.readouterr().err == ""
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    ws.cell(2, [c.value for c in ws[1]].index("text") + 1).value = "#REF!"
    wb.save(book)
    assert main(["refresh", str(book), "-q"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "1 row not refreshed (1 text cell with no text)" in err[0], err
