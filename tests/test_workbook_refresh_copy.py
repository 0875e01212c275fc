"""What a refresh copies without reading it twice: parts the package check read to their end
keep their compressed bytes, and the Read sheet, checked where it is read
(read_refresh.old_rows) instead of by the package check, is still refused when damaged."""

from __future__ import annotations

import zipfile

import pytest
from workbook_helpers import records, score, sheet_part

from xlplugin import Settings
from xlplugin.errors import WorkbookError
from xlplugin.workbook import layout, refresh_workbook, write_scored_workbook
from xlplugin.workbook.read_sheet import READ


def _scored(tmp_path):
    path = tmp_path / "book.xlsx"
    items = records()
    write_scored_workbook(path, items, score(items), Settings())
    return path


def _rewrite(path, change, level=None):
    """The package again, each part passed through change(name, data), deflated at `level`
    (zipfile's default when None)."""
    out = path.with_name("changed.xlsx")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as dst:
        for info in src.infolist():
            dst.writestr(info, change(info.filename, src.read(info)), zipfile.ZIP_DEFLATED, level)
    out.replace(path)


def _edit_first_text(name, data, documents):
    return data.replace(b"The city council", b"The town council", 1) if name == documents else data


def _compressed(path):
    """Each part's compressed bytes as they lie in the file."""
    out = {}
    with zipfile.ZipFile(path) as archive, open(path, "rb") as raw:
        for info in archive.infolist():
            raw.seek(info.header_offset + 26)
            skip = int.from_bytes(raw.read(2), "little") + int.from_bytes(raw.read(2), "little")
            raw.seek(skip, 1)
            out[info.filename] = raw.read(info.compress_size)
    return out


def test_parts_a_refresh_does_not_change_keep_their_compressed_bytes(tmp_path):
    path = _scored(tmp_path)
    documents = sheet_part(path, layout.DOCUMENTS)
    # deflated at level 1: a part decompressed and deflated again (at the default level) differs
    _rewrite(path, lambda name, data: _edit_first_text(name, data, documents), level=1)
    before = _compressed(path)
    with zipfile.ZipFile(path) as archive:
        contents = {info.filename: archive.read(info) for info in archive.infolist()}
    summary = refresh_workbook(path)
    assert summary.rescored >= 1
    after = _compressed(path)
    assert list(after) == list(before)
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        changed = {name for name in contents if archive.read(name) != contents[name]}
    assert documents in changed
    # parts no refresh writes (the styles and the theme: new cells reuse the styles there)
    kept = [name for name in before if name.endswith(("styles.xml", "theme1.xml"))]
    assert len(kept) == 2 and not changed & set(kept)
    for name in kept:
        assert after[name] == before[name], name


@pytest.mark.parametrize("damage, expect", [
    (lambda row: row.replace(b"</t>", b"&nothing;</t>", 1), "not well-formed"),
    (lambda row: row.replace(b"</t>", b"\x01</t>", 1), "not well-formed"),
    (lambda row: row.replace(b"<v>", b"<v>\x1f", 1), "not well-formed"),
    (lambda row: row.replace(b'<sz val="', b'<sz val="\x02', 1), "not well-formed"),
    (lambda row: row.replace(b"</t>", b"&#0;</t>", 1), "not well-formed"),
    (lambda row: row.replace(b"</t>", b"\xff</t>", 1), "not well-formed|UTF-8"),
    (lambda row: row.replace(b'<c r="B', b'<c r="XFE', 1), "column"),
    (lambda row: row.replace(b'<c r="C5"', b'<c r="C5000000"', 1), "row"),
])
def test_a_damaged_read_row_is_refused_when_the_read_sheet_is_written_again(tmp_path, damage, expect):
    path = _scored(tmp_path)
    documents, read = sheet_part(path, layout.DOCUMENTS), sheet_part(path, READ)

    def change(name, data):
        if name == read:  # (the row of the document that is not edited)
            start = data.index(b'<row r="5"')
            end = data.index(b"</row>", start)
            return data[:start] + damage(data[start:end]) + data[end:]
        return _edit_first_text(name, data, documents)

    _rewrite(path, change)
    before = path.read_bytes()
    with pytest.raises(WorkbookError, match=expect):
        refresh_workbook(path)
    assert path.read_bytes() == before


def test_a_damaged_read_sheet_is_refused_when_nothing_else_changes(tmp_path):
    path = _scored(tmp_path)
    read = sheet_part(path, READ)
    _rewrite(path, lambda name, data: data.replace(b"</t>", b"&nothing;</t>", 1) if name == read else data)
    with pytest.raises(WorkbookError, match="not well-formed"):
        refresh_workbook(path, output=tmp_path / "copy.xlsx")
    assert not (tmp_path / "copy.xlsx").exists()
