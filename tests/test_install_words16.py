"""xlplugin is not on PyPI: no instruction a user reads (the .xlsm template's steps, the Lite
requirements, the command line's messages) tells them to `pip install xlplugin` from it
(session 15, cli16)."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# "pip install xlplugin" or "pip install "xlplugin[dask]"": a name PyPI would be asked for
FROM_PYPI = re.compile(r"pip install [\"']?xlplugin(?:\[[a-z,]+\])?[\"']?(?![-\w.])")


def _template_text():
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.load_workbook(ROOT / "workbooks" / "xlplugin_udfs.xlsm", keep_vba=True)
    return "\n".join(str(c.value) for sheet in book.worksheets for row in sheet.iter_rows() for c in row if c.value)


@pytest.mark.parametrize("where", ["template", "template script", "command line"])
def test_no_instruction_installs_xlplugin_from_pypi(where):
    text = {"template": _template_text,
            "template script": lambda: (ROOT / "scripts" / "make_udf_template.py").read_text(encoding="utf-8"),
            "command line": lambda: "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "xlplugin").rglob("*.py"))}[where]()
    assert "pip install" in text or where == "command line"
    assert not FROM_PYPI.search(text), FROM_PYPI.search(text).group(0)
