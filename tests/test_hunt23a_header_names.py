"""(hunt23a) A column's header read by the name it shows: a header wrapped onto two lines in its
cell (Alt+Enter: "Publication" / "date"), a no-break space pasted from a web page, two spaces.
Each was a name no rule knew: the date, outlet or author silently not read (a lower provenance,
no source rating), or a wrapped "Article text" refused as no text column."""

from __future__ import annotations

import csv
import json

import pytest
from openpyxl import Workbook

from xlplugin.cli import main

# Written for these tests.
FERRY = ("The ferry to the island will run twice a day from May, the operator said on Friday. The first boat "
         "will leave at eight and tickets can be bought on board or at the harbour office, a spokesman said.")
LIBRARY = ("The county library will open on Sundays from next month, its director said in a statement. Staff "
           "numbers will rise by four, paid from the arts budget, and the children's room will stay open later.")


def _score(capsys, path) -> list[dict]:
    capsys.readouterr()
    main(["score", str(path), "--json", "-q"])
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


@pytest.mark.parametrize("space", ["\u00a0", "\n", "  ", " \r\n", "\t"])
def test_a_csv_header_with_other_spaces(tmp_path, capsys, space):
    path = tmp_path / "list.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow([f"Doc{space}ID", f"Article{space}text", f"Publication{space}date", "Outlet", "Author"])
        writer.writerow(["f1", FERRY, "2026-03-02", "Harbour Weekly", "Ann Lee"])
        writer.writerow(["l2", LIBRARY, "2026-03-03", "County Post", "Tom Reed"])
    rows = _score(capsys, path)
    assert [(row["id"], row["text"], row["date"], row["outlet"]) for row in rows] == [
        ("f1", FERRY, "2026-03-02", "Harbour Weekly"), ("l2", LIBRARY, "2026-03-03", "County Post")]
    assert all("publication date" in row["why"] and "byline" in row["why"] for row in rows)


def test_a_workbook_header_wrapped_in_its_cells(tmp_path, capsys):
    wb = Workbook()
    ws = wb.active
    ws.append(["ID", "Body\ntext", "Publication\ndate", "Source\u00a0url", "Outlet "])
    ws.append(["f1", FERRY, "2026-03-02", "https://harbour.example.org/ferry", "Harbour Weekly"])
    ws.append(["l2", LIBRARY, "2026-03-03", "https://post.example.org/library", "County Post"])
    path = tmp_path / "wrapped.xlsx"
    wb.save(path)
    rows = _score(capsys, path)
    assert [(row["id"], row["text"], row["date"], row["url"], row["outlet"]) for row in rows] == [
        ("f1", FERRY, "2026-03-02", "https://harbour.example.org/ferry", "Harbour Weekly"),
        ("l2", LIBRARY, "2026-03-03", "https://post.example.org/library", "County Post")]


def test_a_name_with_more_words_is_still_another_column(tmp_path, capsys):
    """Near-miss: "Publication date note" is not the date column; the date stays unread."""
    path = tmp_path / "list.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "text", "Publication\u00a0date\u00a0note"])
        writer.writerow(["f1", FERRY, "2026-03-02"])
    rows = _score(capsys, path)
    assert rows[0]["text"] == FERRY and rows[0]["date"] == ""


def _wrapped_csv(path, above: str = "", separator: str = ","):
    """A CSV file as Excel saves a sheet whose header cells are wrapped (Alt+Enter): the line
    break inside the quoted header cell."""
    s = separator
    lines = [above] if above else []
    lines += [f'"Doc\nID"{s}text{s}"Publication\ndate"{s}"Outlet\nname"{s}outlet',
              f'f1{s}"{FERRY}"{s}2026-03-02{s}x{s}Harbour Weekly', f'l2{s}"{LIBRARY}"{s}2026-03-03{s}y{s}County Post']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("above", ["", "Cuttings, spring", 'Report on "fake news" claims', '"Export\nof March"'])
@pytest.mark.parametrize("separator", [",", ";"])
def test_a_csv_header_cell_wrapped_onto_two_lines(tmp_path, capsys, above, separator):
    """The header's first part was taken for a title line above it: the ids became row numbers
    and the date was not read, with nothing said."""
    rows = _score(capsys, _wrapped_csv(tmp_path / "wrapped.csv", above, separator))
    assert [(row["id"], row["text"], row["date"], row["outlet"]) for row in rows] == [
        ("f1", FERRY, "2026-03-02", "Harbour Weekly"), ("l2", LIBRARY, "2026-03-03", "County Post")]
