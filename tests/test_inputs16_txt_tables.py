"""A .txt file that is a table (Excel's "Unicode Text" export: UTF-16 with a byte order mark,
tab-separated, a header row) is read as the table it is (`text_tables`), not as one document
holding every row and id; a prose .txt file with tabs stays one document."""

from __future__ import annotations

from xlplugin.inputs import Record, read_paths
from xlplugin.text_tables import TAB_TABLE_NOTE, is_tab_table

ROWS = [["k1", "Harbour", "The harbour master said on Friday that the new pier would open in May, a year late."],
        ["k2", "Orchard", "Apple growers in the valley expect a smaller harvest after the late frost, their union said."],
        ["k3", "Library", 'The library will stay open until nine on weekdays, "starting next month", the mayor said.']]


def _table_text(rows=ROWS, header=("ref", "headline", "text")):
    def cell(value):
        return f'"{value.replace(chr(34), chr(34) * 2)}"' if any(c in value for c in '\t\n"') else value
    return "\r\n".join("\t".join(map(cell, row)) for row in [list(header), *rows]) + "\r\n"


def test_excel_unicode_text_export_is_read_as_a_table(tmp_path):
    path = tmp_path / "export.txt"
    path.write_bytes(_table_text().encode("utf-16"))  # (with its byte order mark, as Excel writes it)
    items = list(read_paths([str(path)]))
    assert [type(item) for item in items] == [Record] * 3
    assert [item.title for item in items] == ["Harbour", "Orchard", "Library"]
    assert [item.text for item in items] == [row[2] for row in ROWS]
    assert all(TAB_TABLE_NOTE in item.note for item in items)


def test_a_utf8_tab_table_with_a_multi_line_cell_too(tmp_path):
    rows = [*ROWS[:2], ["k3", "Library", "First line of the notice.\nSecond line of the notice."]]
    path = tmp_path / "export.txt"
    path.write_text(_table_text(rows, ("id", "title", "body")), encoding="utf-8", newline="")
    items = list(read_paths([str(path)]))
    assert [item.id for item in items] == ["k1", "k2", "k3"]
    assert items[2].text == "First line of the notice.\nSecond line of the notice."


def test_prose_with_tabs_stays_one_document(tmp_path):
    prose = [
        "Text\tand its meaning, a lecture in three parts\n\nPart one\tthe words\nPart two\tthe\tsounds\n",
        "Dear neighbours,\n\tthe street party is on Saturday.\n\tBring a chair.\n",
        "text\tnotes\nonly a header and a line with no tab\n",
        "text\tnotes\n",  # a header alone: no rows
        "name\tplace\nAnna\tLeeds\nPaul\tYork\n",  # a table, but none of its columns is a text
    ]
    for number, text in enumerate(prose):
        assert not is_tab_table(text)
        path = tmp_path / f"prose{number}.txt"
        path.write_text(text, encoding="utf-8")
        (item,) = list(read_paths([str(path)]))
        assert isinstance(item, Record) and TAB_TABLE_NOTE not in item.note


def test_the_text_column_given_decides_too(tmp_path):
    text = _table_text(header=("ref", "headline", "Story Body"))
    assert not is_tab_table(text) and is_tab_table(text, "Story Body")
    path = tmp_path / "export.txt"
    path.write_bytes(text.encode("utf-16"))
    assert len(list(read_paths([str(path)], text_column="Story Body"))) == 3
