"""(loose21) The refresh summary's advice for rows still holding a refused CSV line is what works:
put each field in its own cell (the text alone in the text cell), or mend the line in the CSV file
and score it again. It no longer asks for the Status cell to be emptied: since refused22 a row whose
text cell still holds its line stays refused whatever its Status says."""

from __future__ import annotations

import pytest

from xlplugin.cli import main

PROSE = ("The harbour board met on Monday and agreed to dredge the east channel before the autumn storms, "
         "its chair told reporters, after two fishing boats ran aground there in the spring.")
REFUSED = ["r7,Plans are set, the cost is not,Quay News", "r7,Only two fields here", "r7,One, two, three, four,"]


@pytest.mark.parametrize("how_many", [1, 2])
@pytest.mark.parametrize("line", REFUSED)
def test_the_advice_for_a_refused_row_is_what_works(tmp_path, capsys, line, how_many):
    lines = [line.replace("r7", f"r{7 + n}") for n in range(how_many)]
    path = tmp_path / "in.csv"
    path.write_text("id,text,outlet\n" + f'a1,"{PROSE}",Quay News\n' + "\n".join(lines) + "\n", encoding="utf-8")
    book = tmp_path / "book.xlsx"
    main(["score", str(path), "-o", str(book), "--quiet"])
    capsys.readouterr()
    main(["refresh", str(book)])
    said = capsys.readouterr().err
    advice = next(part for part in said.splitlines() if "a CSV line that `score` refused" in part)
    assert advice.startswith(f"xlplugin: {how_many} row{'s hold' if how_many > 1 else ' holds'}"), advice
    assert "put each field in its own cell" in advice and "score the file again" in advice, advice
    assert "Status cell" not in advice, advice
