"""Desktop UDFs: the VBA wrapper xlwings generates for `xlplugin.excel.udfs` is complete, and the
UDFs give the plain functions' results.

On Linux `xw.func`, `xw.arg` and `xw.ret` are no-ops and `xlwings.udfs` needs pywin32. A fresh
interpreter (so no other test sees the stubs) puts stand-in `pythoncom`, `pywintypes` and
`win32com` modules into sys.modules, swaps in the real Windows decorators from `xlwings.udfs`,
imports our module and runs `generate_vba_wrapper`, the code behind "Import Functions".
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap

import pytest

from xlplugin.excel import functions

xlwings = pytest.importorskip("xlwings")

EXPECTED_ARGS = {
    "XLP_RELIABILITY": ["text", "title", "url", "outlet", "author", "published"],
    "XLP_SENTIMENT": ["text", "title", "url", "outlet", "author", "published"],
    "XLP_LOADED": ["text", "title", "url", "outlet", "author", "published"],
    "XLP_UNSOURCED": ["text", "title", "url", "outlet", "author", "published"],
    "XLP_PROVENANCE": ["text", "title", "url", "outlet", "author", "published"],
    "XLP_READABILITY": ["text", "title", "url", "outlet", "author", "published"],
    "XLP_KIND": ["text", "title", "url", "outlet", "author", "published"],
    "XLP_SCORES": ["text", "header", "title", "url", "outlet", "author", "published"],
    "XLP_EVIDENCE": ["text", "signal", "title", "url", "outlet", "author", "published"],
    "XLP_VERSION": [],
}
# VBA keywords that cannot name a parameter (from the VBA language reference's keyword list).
VBA_KEYWORDS = {
    "and", "as", "boolean", "byref", "byte", "byval", "call", "case", "const", "currency", "date",
    "debug", "dim", "do", "double", "each", "else", "elseif", "empty", "end", "enum", "eqv",
    "erase", "error", "event", "exit", "false", "for", "friend", "function", "get", "global",
    "gosub", "goto", "if", "imp", "implements", "in", "integer", "is", "let", "like", "long",
    "loop", "lset", "me", "mod", "new", "next", "not", "nothing", "null", "on", "optional", "or",
    "paramarray", "preserve", "private", "public", "raiseevent", "redim", "rem", "resume",
    "return", "rset", "select", "set", "single", "static", "step", "stop", "string", "sub",
    "then", "to", "true", "type", "typeof", "until", "variant", "wend", "while", "with",
    "withevents", "xor",
}

GENERATE = textwrap.dedent(
    """
    import importlib, io, json, sys, types
    for name in ("pythoncom", "pywintypes", "win32com", "win32com.client"):
        sys.modules[name] = types.ModuleType(name)
    sys.modules["pythoncom"].CoInitialize = lambda: None
    sys.modules["win32com.client"].Dispatch = lambda *args, **kwargs: None
    sys.modules["win32com"].client = sys.modules["win32com.client"]
    import xlwings as xw
    from xlwings import udfs
    xw.func, xw.arg, xw.ret = udfs.xlfunc, udfs.xlarg, udfs.xlret
    module = importlib.import_module("xlplugin.excel.udfs")
    out = io.StringIO()
    workbook = types.SimpleNamespace(Name="xlplugin_udfs.xlsm")
    udfs.generate_vba_wrapper("xlplugin.excel.udfs", module, out, workbook)
    info = {name: getattr(module, name).__xlfunc__ for name in module.__all__}
    print(json.dumps({"vba": out.getvalue(), "xlfunc": info}, default=repr))
    """
)


@pytest.fixture(scope="module")
def generated():
    done = subprocess.run([sys.executable, "-c", GENERATE], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def test_every_function_carries_xlfunc_with_its_arguments(generated):
    info = generated["xlfunc"]
    assert set(info) == set(EXPECTED_ARGS)
    for name, args in EXPECTED_ARGS.items():
        assert info[name]["name"] == name
        assert [a["name"] for a in info[name]["args"]] == args
        assert info[name]["category"] == "xlplugin"
        assert info[name]["ret"]["doc"], name  # the description Excel's function wizard shows
        for arg in info[name]["args"]:
            if arg["name"] in ("text", "title", "url", "outlet", "author", "published"):
                assert arg["options"] == {"ndim": 2, "err_to_str": True}, (name, arg)


def test_vba_declares_every_function_and_argument(generated):
    vba = generated["vba"]
    for name, args in EXPECTED_ARGS.items():
        match = re.search(rf"^Function {name}\((.*)\)$", vba, re.M)
        assert match, f"no VBA Function {name}"
        declared = [part.replace("Optional ", "").strip() for part in match.group(1).split(",") if part.strip()]
        assert declared == args, name
        required = 2 if name in ("XLP_EVIDENCE",) else (1 if args else 0)
        assert sum(not p.strip().startswith("Optional") for p in match.group(1).split(",") if p.strip()) == required
        call = f'XLPy.CallUDF("xlplugin.excel.udfs", "{name}", Array({", ".join(args)})'
        assert call in vba, name
    # One declaration per function and nothing else: every block is closed.
    assert len(re.findall(r"^Function XLP_", vba, re.M)) == len(EXPECTED_ARGS)
    assert len(re.findall(r"^End Function$", vba, re.M)) == len(EXPECTED_ARGS)


def test_vba_names_are_legal():
    for name, args in EXPECTED_ARGS.items():
        # A name like XLP1 would be read as a cell reference; VBA identifiers are <= 255 chars.
        assert re.fullmatch(r"[A-Z]+_[A-Z]+", name) and len(name) < 255
        for arg in args:
            assert arg.lower() not in VBA_KEYWORDS and re.fullmatch(r"[a-z]+", arg)


def test_udfs_return_what_the_plain_functions_return():
    # On Linux xw.func and friends are no-ops, so the module imports and its functions are plain.
    from xlplugin.excel import udfs

    text = "The council approved the budget on Tuesday, the finance office said."
    column = [[text], [None], [2.0], ["#REF!"]]
    assert udfs.XLP_RELIABILITY(column) == functions.reliability(column)
    assert udfs.XLP_SCORES([[text]], True) == functions.scores([[text]], True)
    assert udfs.XLP_EVIDENCE([[text]], "provenance") == functions.evidence([[text]], "provenance")
    assert udfs.XLP_VERSION() == functions.version()
    for name in ("XLP_SENTIMENT", "XLP_LOADED", "XLP_UNSOURCED", "XLP_PROVENANCE", "XLP_READABILITY"):
        plain = getattr(functions, name[4:].lower())
        assert getattr(udfs, name)(column) == plain(column)


def test_core_does_not_import_xlwings():
    code = "import sys, xlplugin.excel.functions; print('xlwings' in sys.modules, 'openpyxl' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.split() == ["False", "False"], done.stderr[-2000:]


def test_template_names_the_udf_module_and_keeps_the_vba_project():
    import zipfile
    from pathlib import Path

    openpyxl = pytest.importorskip("openpyxl")
    path = Path(__file__).resolve().parents[1] / "workbooks" / "xlplugin_udfs.xlsm"
    with zipfile.ZipFile(path) as archive:
        assert "xl/vbaProject.bin" in archive.namelist()  # the reference to the xlwings add-in
        assert "macroEnabled" in archive.read("[Content_Types].xml").decode()
    book = openpyxl.load_workbook(path, keep_vba=True)
    # xlwings reads the settings as A1:B1 expanded down (xlwings.utils.read_config_sheet).
    settings = {}
    for key, value in book["xlwings.conf"].iter_rows(min_col=1, max_col=2, values_only=True):
        if key is None:
            break
        settings[key] = value
    assert settings["UDF Modules"] == "xlplugin.excel.udfs"
    formulas = [c.value for c in book["Texts"]["B"] if isinstance(c.value, str) and c.value.startswith("=")]
    assert formulas and all(f.startswith("=XLP_RELIABILITY(") for f in formulas)


def test_every_example_text_of_the_template_gets_an_index():
    # The template's step 4 says column B shows each text's index: a text under the index's
    # 25 words would show "no index" instead (two of the three once did).
    from pathlib import Path

    openpyxl = pytest.importorskip("openpyxl")
    from xlplugin.excel import functions

    path = Path(__file__).resolve().parents[1] / "workbooks" / "xlplugin_udfs.xlsm"
    sheet = openpyxl.load_workbook(path, keep_vba=True).worksheets[0]
    texts = [sheet.cell(row=r, column=1).value for r in range(2, 5)]
    assert all(isinstance(t, str) and t for t in texts), texts
    scores = [functions.reliability(t) for t in texts]
    assert all(isinstance(s, float) for s in scores), scores
    assert scores[1] < scores[0]  # the loaded rant reads less reliable than the report
