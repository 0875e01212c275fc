"""The README's opening paragraph quotes the bundled content-farm example's index; it must be the
index the example gets today (it said 88 for a year after the example scored 73)."""
from __future__ import annotations

import re
from pathlib import Path

import xlplugin

ROOT = Path(__file__).resolve().parent.parent


def test_readme_quotes_the_content_farm_examples_index():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"content-farm\s+listicle,.*?still scores (\d+) \((\d+\.\d)\)", readme, re.S)
    assert found, "the README's opening paragraph no longer quotes the content-farm example's index"
    text = (ROOT / "workbooks" / "examples" / "content_farm.txt").read_text(encoding="utf-8")
    index = xlplugin.score_text(text).reliability
    assert f"{index:.1f}" == found.group(2)
    assert int(found.group(1)) == round(index)
