"""(hunt23a) A table's row that was not scored (its file missing, its text cell holding a number or
#N/A) came out of --json with a null title, outlet, date, url and author though the row gave
them, while the workbook keeps them and --by-outlet counts the row under its outlet: a JSON
reader joining on the outlet lost the row. Its record now has what the row gave."""

from __future__ import annotations

import csv
import json

from xlplugin.cli import main

# Written for this test.
FERRY = ("The ferry to the island will run twice a day from May, the operator said on Friday. The first boat "
         "will leave at eight and tickets can be bought on board or at the harbour office, a spokesman said.")


def test_unscored_rows_keep_what_their_row_gave(tmp_path, capsys):
    (tmp_path / "ferry.txt").write_text(FERRY, encoding="utf-8")
    path = tmp_path / "list.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "title", "outlet", "date", "author", "url", "text", "file"])
        writer.writerow(["m1", "Ferry times", "Harbour Weekly", "2026-03-02", "Ann Lee", "https://harbour.example.org/f", "", "gone.txt"])
        writer.writerow(["n2", "Budget", "County Post", "2026-03-03", "", "", "#N/A", ""])
        writer.writerow(["n3", "", "", "", "", "", "12.5", ""])
        writer.writerow(["s4", "Ferry", "Harbour Weekly", "2026-03-04", "", "", "", "ferry.txt"])
    capsys.readouterr()
    main(["score", str(path), "--json", "-q"])
    rows = {row["id"]: row for row in map(json.loads, capsys.readouterr().out.splitlines())}
    assert rows["m1"]["error"] and rows["m1"]["reliability"] is None
    assert (rows["m1"]["title"], rows["m1"]["outlet"], rows["m1"]["date"], rows["m1"]["author"], rows["m1"]["url"]) == (
        "Ferry times", "Harbour Weekly", "2026-03-02", "Ann Lee", "https://harbour.example.org/f")
    assert rows["n2"]["error"] and (rows["n2"]["title"], rows["n2"]["outlet"], rows["n2"]["date"]) == (
        "Budget", "County Post", "2026-03-03")
    assert rows["n2"]["author"] is None and rows["n2"]["url"] is None  # (none given: null, as before)
    assert rows["n3"]["error"] and rows["n3"]["outlet"] is None and rows["n3"]["title"] is None
    assert rows["s4"]["error"] is None and rows["s4"]["text"] == FERRY and rows["s4"]["outlet"] == "Harbour Weekly"
    assert set(rows["m1"]) == set(rows["s4"])  # (every record has the same keys)
