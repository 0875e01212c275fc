"""xlwings Lite: workbooks/lite/main.py called as Lite calls it, in CPython and in Pyodide.

The Pyodide test needs Node, `npm install` in tests/pyodide and the wheels built by
`python scripts/build_wheels.py`; it skips, saying which is missing, when one is absent.
"""

from __future__ import annotations

import inspect
import json
import math
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PYODIDE_DIR = ROOT / "tests" / "pyodide"
MAIN = ROOT / "workbooks" / "lite" / "main.py"
REQUIREMENTS = ROOT / "workbooks" / "lite" / "requirements.txt"
WHEELS = PYODIDE_DIR / "wheels"

sys.path.insert(0, str(PYODIDE_DIR))
import lite_cases  # noqa: E402  (lives beside the Node script that runs it in Pyodide)

EXPECTED = {
    "xlp_reliability", "xlp_sentiment", "xlp_loaded", "xlp_unsourced", "xlp_provenance",
    "xlp_readability", "xlp_kind", "xlp_scores", "xlp_evidence", "xlp_version",
}


@pytest.fixture(scope="module")
def main():
    saved = sys.modules.get("xlwings")
    module = lite_cases.load_main(str(MAIN))
    yield module
    if saved is not None:
        sys.modules["xlwings"] = saved
    else:
        sys.modules.pop("xlwings", None)


@pytest.fixture(scope="module")
def cpython_run(main):
    return lite_cases.run(str(MAIN))


def test_main_declares_every_function_with_lite_options(main):
    declared = {name for name in dir(main) if hasattr(getattr(main, name), "__xlfunc__")}
    assert declared == EXPECTED
    for name in EXPECTED - {"xlp_version"}:
        args = getattr(main, name).__xlfunc__["args"]
        for param in ("text", "title", "url", "outlet"):
            # ndim=2: a single cell and a column both arrive as a list of lists;
            # err_to_str: an error cell arrives as "#N/A", not as None (a blank).
            assert args[param].get("ndim") == 2 and args[param].get("err_to_str") is True, (name, param)
            assert args[param].get("doc"), (name, param)


def test_lite_and_desktop_functions_have_the_same_arguments(main):
    udfs = pytest.importorskip("xlplugin.excel.udfs")
    for name in EXPECTED:
        lite = inspect.signature(getattr(main, name))
        desktop = inspect.signature(getattr(udfs, name.upper()))
        assert list(lite.parameters) == list(desktop.parameters), name
        assert [p.default for p in lite.parameters.values()] == [p.default for p in desktop.parameters.values()], name


def test_requirements_name_xlwings_and_a_wheel():
    lines = [line.strip() for line in REQUIREMENTS.read_text().splitlines() if line.strip() and not line.startswith("#")]
    assert "xlwings" in lines
    assert any(line.endswith("-py3-none-any.whl") and "xlplugin-" in line for line in lines)


def _result(run, function, index=0):
    return [r["result"] for r in run["results"] if r["function"] == function][index]


def test_lite_calls_give_values_blanks_and_messages(cpython_run):
    single = _result(cpython_run, "xlp_reliability", 0)
    assert isinstance(single, float) and 0 <= single <= 100
    column = [row[0] for row in _result(cpython_run, "xlp_reliability", 1)]
    assert len(column) == 9
    assert isinstance(column[0], float)
    assert column[1] == ""                      # blank in, blank out
    assert column[2] == "not text: a number"
    assert column[3] == "error value #N/A in the cell (a formula that failed: fix it, or type the text in its place)"
    assert column[4] == "not text: a TRUE/FALSE value"
    assert column[5].startswith("not scored: language Spanish")  # (by name, as the workbook says it: cli18)
    assert column[7] == ""                      # whitespace only counts as blank
    assert column[6] < column[0]                # the rant is less reliable than the report
    assert _result(cpython_run, "xlp_evidence", 4).startswith("unknown signal 'no such signal'")
    assert "title has 2 cells but text has 3" in _result(cpython_run, "xlp_reliability", 2)
    scores = _result(cpython_run, "xlp_scores", 1)
    assert scores[0][0].startswith("Reliability index") and len(scores) == 6
    assert all(len(row) == len(scores[0]) for row in scores)
    # (Which modules got imported is checked in Pyodide, a fresh interpreter; here other tests
    # in the same process may have imported openpyxl already.)


def _same(a, b, path="result"):
    """Equal, numbers within float rounding (JSON from JavaScript writes 0.0 as 0)."""
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        assert math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9), f"{path}: {a} != {b}"
    elif isinstance(a, list) and isinstance(b, list):
        assert len(a) == len(b), f"{path}: {len(a)} items != {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            _same(x, y, f"{path}[{i}]")
    else:
        assert a == b, f"{path}: {a!r} != {b!r}"


def _check_wheel_is_current(wheel: Path) -> None:
    """The wheel under test must hold the code in this tree, or the comparison means nothing."""
    stale = []
    with zipfile.ZipFile(wheel) as archive:
        for name in archive.namelist():
            if name.startswith("xlplugin/") and not name.endswith("/"):
                source = ROOT / name
                if not source.is_file() or source.read_bytes() != archive.read(name):
                    stale.append(name)
    assert not stale, f"{wheel.name} is older than the source ({stale[:5]}...): run `python scripts/build_wheels.py`"


@pytest.mark.slow
def test_pyodide_gives_the_cpython_results(cpython_run, tmp_path):
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed: the Pyodide test runs Pyodide under Node")
    if not (PYODIDE_DIR / "node_modules" / "pyodide").is_dir():
        pytest.skip("Pyodide's npm package is absent: run `npm ci` (or `npm install`) in tests/pyodide")
    wheels = sorted(WHEELS.glob("xlplugin-*.whl"))
    if not wheels:
        pytest.skip("no wheels in tests/pyodide/wheels: run `python scripts/build_wheels.py`")
    _check_wheel_is_current(wheels[-1])
    out = tmp_path / "pyodide.json"
    done = subprocess.run(
        [node, str(PYODIDE_DIR / "run_lite.mjs"), str(WHEELS), str(MAIN), str(PYODIDE_DIR / "lite_cases.py"), str(out)],
        capture_output=True, text=True, timeout=600, cwd=PYODIDE_DIR,
    )
    # Pyodide prints its whole minified source with some errors: keep the end, where the reason is.
    assert done.returncode == 0, f"Pyodide run failed:\n{done.stderr[-3000:]}"
    pyodide_run = json.loads(out.read_text())
    assert pyodide_run["platform"] == "emscripten"
    assert "openpyxl" not in pyodide_run["imported"] and "requests" not in pyodide_run["imported"]
    assert [r["function"] for r in pyodide_run["results"]] == [r["function"] for r in cpython_run["results"]]
    for mine, theirs in zip(cpython_run["results"], pyodide_run["results"]):
        _same(theirs["result"], mine["result"], theirs["function"])
