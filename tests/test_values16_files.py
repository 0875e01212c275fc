"""Files named as text that hold another format (values16): a Rich Text document, a PDF or a
JSON export saved as .txt is refused, naming the format and what to do, not scored as prose
with its markup; a zip (a workbook renamed .csv) is said to be one; UTF-16 text with no byte
order mark is read, and the note says how. Each test failed before the fix.
"""

from __future__ import annotations

import json
import re

import pytest

from xlplugin.errors import InputError
from xlplugin.inputs import Problem, Record, read_file, read_paths

STORY = ("The ferry service to the north islands will run twice a day from June, the operator said on Monday. "
         "Tickets go on sale next week, and the fares stay as they were last year.")

OTHER_FORMATS = [
    ("wordpad.txt", "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Calibri;}}\\pard\\f0\\fs22 " + STORY + "\\par\n}\n", "Rich Text (RTF)"),
    ("notes.md", "\ufeff  {\\rtf1\\mac " + STORY + "}", "Rich Text (RTF)"),
    ("paper.txt", "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\nBT (" + STORY + ") Tj ET\n%%EOF\n", "PDF"),
    ("export.txt", json.dumps([{"id": 1, "full_text": STORY}], indent=1), "JSON"),
    ("post.txt", json.dumps({"data": {"body": STORY, "score": 4}}), "JSON"),
]


@pytest.mark.parametrize("name, content, what", OTHER_FORMATS)
def test_another_format_saved_as_text_is_refused_by_name(tmp_path, name, content, what):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=f"a {re.escape(what)} (document|file), not plain text"):
        read_file(path)


@pytest.mark.parametrize("text", [STORY, "[Draft] " + STORY, "{Note} " + STORY + " [end]", "[1] " + STORY + " [2]"])
def test_prose_with_brackets_is_still_read(tmp_path, text):
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    assert read_file(path).text == text


@pytest.mark.parametrize("name", ["renamed.csv", "story.txt"])
def test_a_zip_under_a_text_files_name_is_said_to_be_one(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + bytes(range(256)))
    problems = [item for item in read_paths([str(path)]) if isinstance(item, Problem)]
    assert len(problems) == 1 and "a zip file" in problems[0].message and "rename it .xlsx" in problems[0].message


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [STORY, "Caf\u00e9 prices rose \u2013 by 4% \u2013 in May.\r\n" + STORY])
def test_utf16_without_a_byte_order_mark_is_read(tmp_path, codec, text):
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode(codec))
    records = [item for item in read_paths([str(path)]) if isinstance(item, Record)]
    assert len(records) == 1 and records[0].text == text.replace("\r\n", "\n")
    assert "UTF-16" in records[0].note


def test_binary_with_zero_bytes_is_still_refused(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(InputError, match="binary"):
        read_file(path)
