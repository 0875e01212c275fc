"""`refresh` exits 2 only when this run found a row that could not be read; a text cell with no
text that an earlier run already reported (its Status says so, and nothing changed) does not make
every later refresh look failed (session 15, cli16)."""

import openpyxl

from xlplugin.cli import main

STORY = ("The port authority said on Tuesday that the new crane would arrive in May. Its director, Omar Reyes, "
         "said the crane would cut waiting times for ships by a third, according to the authority's own figures. "
         "Dock workers' union leader Ann Cole said staff would be trained before it starts work.")


def _scored(tmp_path, cells):
    table = tmp_path / "docs.csv"
    table.write_text("id,text\n" + "".join(f'{i},"{c}"\n' for i, c in enumerate(cells, 1)), encoding="utf-8")
    book = tmp_path / "scored.xlsx"
    assert main(["score", str(table), "-o", str(book), "-q"]) == 2
    return book


def test_a_refresh_that_finds_nothing_new_exits_0_and_says_why(tmp_path, capsys):
    for bad in (["42"], ["N/A", "2026-03-01"]):
        book = _scored(tmp_path, [STORY] + bad)
        capsys.readouterr()
        assert main(["refresh", str(book)]) == 0  # nothing changed: the rows were reported by `score`
        err = capsys.readouterr().err
        assert "already said by an earlier run" in err and "exit status is 0" in err
        assert main(["refresh", str(book)]) == 0


def test_a_cell_emptied_of_text_since_the_last_run_still_exits_2(tmp_path, capsys):
    book = _scored(tmp_path, [STORY, STORY.replace("May", "June"), "7"])
    assert main(["refresh", str(book), "-q"]) == 0
    wb = openpyxl.load_workbook(book)
    sheet = wb["Documents"]
    header = [c.value for c in sheet[1]]
    column = next(i for i, h in enumerate(header, 1) if str(h).lower() == "text")
    sheet.cell(row=3, column=column, value=12345)  # a text replaced by a number: a new problem
    wb.save(book)
    assert main(["refresh", str(book), "-q"]) == 2
    assert main(["refresh", str(book), "-q"]) == 0  # and once said, not again
