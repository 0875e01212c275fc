"""Calls the xlwings Lite functions of `workbooks/lite/main.py` the way xlwings Lite calls them.

The same file runs in CPython (tests/test_excel_lite.py) and inside Pyodide under Node
(tests/pyodide/run_lite.mjs), and both write the results as JSON, so the test can check that
Pyodide computes what CPython computes.

How Lite hands arguments to a function (xlwings' Office.js custom-function path, checked by
hand against xlwings 0.37.8): a 1x1 argument is first reduced to its single value; a blank
single cell then becomes the parameter's default; anything else is read with the argument's
options, so with `ndim=2` a single value becomes [[value]] and a range stays a list of lists, a
blank cell inside a range becomes None, numbers arrive as int or float, TRUE/FALSE as bool, and
with `err_to_str=True` an error cell arrives as its text ("#N/A"). `lite_call` does the same.

Real xlwings' Lite decorators need xlwings' non-BSD "pro" code, so a stand-in `xlwings` module
with the same `func`/`arg`/`ret` signatures records the options instead; the tests check those
options too. The texts below were written for these tests.
"""

from __future__ import annotations

import importlib.util
import inspect
import json
import sys
import types
from typing import Any

__all__ = ["install_stub_xlwings", "load_main", "lite_call", "CASES", "run", "run_json"]

CALM = (
    "The water board approved the new tariff on Wednesday by five votes to one. "
    "The change adds 3 percent to an average bill, according to the board's annual report. "
    "Board chair Maria Okafor said the money would pay for pipe repairs in the eastern district."
)
CHARGED = (
    "This outrageous scam is the worst betrayal in history! The so-called experts are "
    "shameless liars who destroyed our town. Everyone knows they are totally corrupt!"
)
WEASEL = (
    "Experts say the new policy will cost thousands of jobs. It is believed that prices "
    "will double by next year. Many people are saying the plan has already failed."
)
SPANISH = "El ayuntamiento aprobó el martes un nuevo presupuesto para reparar las calles del centro."
BYLINED = (
    "By Tom Reyes, Staff Reporter\nPublished 4 March 2025\n\nLISBON - The port authority said on "
    "Tuesday that cargo volumes rose 6 percent last year, citing its annual statistics report. "
    "\"We handled more containers than ever,\" said director Ana Costa."
)


def install_stub_xlwings() -> types.ModuleType:
    """Put a stand-in `xlwings` with Lite's `func`, `arg` and `ret` into sys.modules."""
    module = types.ModuleType("xlwings")

    def _info(function):
        if not hasattr(function, "__xlfunc__"):
            function.__xlfunc__ = {"name": function.__name__, "args": {}, "ret": {}, "func": {}}
        return function.__xlfunc__

    def func(function=None, **options):
        def inner(f):
            _info(f)["func"].update(options)
            return f

        return inner(function) if function is not None else inner

    def arg(name, convert=None, **options):
        def inner(f):
            if name.lstrip("*") not in inspect.signature(f).parameters:
                raise ValueError(f"@arg names {name!r}, which {f.__name__} does not have")
            if convert is not None:
                options["convert"] = convert
            _info(f)["args"].setdefault(name, {}).update(options)
            return f

        return inner

    def ret(convert=None, **options):
        def inner(f):
            _info(f)["ret"].update(options)
            return f

        return inner

    module.func, module.arg, module.ret = func, arg, ret
    module.__stub__ = True
    sys.modules["xlwings"] = module
    return module


def load_main(path: str) -> types.ModuleType:
    """Import workbooks/lite/main.py (as Lite does with the main.py tab) under the stub."""
    install_stub_xlwings()
    spec = importlib.util.spec_from_file_location("lite_main", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _to_scalar(value: Any) -> Any:
    if isinstance(value, list) and len(value) == 1:
        value = value[0][0] if isinstance(value[0], list) and len(value[0]) == 1 else value[0]
    return value


def _read(value: Any, options: dict) -> Any:
    def clean(cell):
        return None if cell == "" else cell

    if isinstance(value, list):
        rows = [[clean(c) for c in row] if isinstance(row, list) else [clean(row)] for row in value]
        return rows if options.get("ndim") == 2 else value
    value = clean(value)
    return [[value]] if options.get("ndim") == 2 else value


def lite_call(function, *excel_args: Any) -> Any:
    """Call `function` with arguments as Excel gives them to Lite (values or lists of lists; ""
    for a blank cell) and return what Lite would write back (None as "")."""
    params = list(inspect.signature(function).parameters.values())
    options = function.__xlfunc__["args"]
    args = []
    for param, value in zip(params, excel_args):
        value = _to_scalar(value)
        if value is None or value == "":
            args.append(param.default if param.default is not inspect.Parameter.empty else None)
        else:
            args.append(_read(value, options.get(param.name, {})))
    result = function(*args)
    if isinstance(result, list):
        return [["" if c is None else c for c in row] if isinstance(row, list) else row for row in result]
    return "" if result is None else result


def _column(*cells: Any) -> list[list[Any]]:
    return [[c] for c in cells]


# (function name in main.py, Excel arguments). Blank cells are "", as Excel sends them.
CASES: list[tuple[str, tuple[Any, ...]]] = [
    ("xlp_version", ()),
    ("xlp_reliability", ([[CALM]],)),
    ("xlp_reliability", (_column(CALM, "", 3.0, "#N/A", True, SPANISH, CHARGED, "   ", WEASEL),)),
    ("xlp_sentiment", (_column(CALM, CHARGED, "", 12),)),
    ("xlp_loaded", (_column(CALM, CHARGED, WEASEL),)),
    ("xlp_unsourced", (_column(CALM, CHARGED, WEASEL, BYLINED),)),
    ("xlp_provenance", (_column(CALM, BYLINED),)),
    ("xlp_provenance", ([[BYLINED]], [["Port traffic at record high"]], [["https://example.org/port"]], [["Harbour News"]])),
    ("xlp_readability", (_column(CALM, CHARGED, "#DIV/0!"),)),
    ("xlp_scores", ([[CALM]],)),
    ("xlp_scores", (_column(CALM, "", 4.5, CHARGED, SPANISH), [[True]])),
    ("xlp_scores", (_column(CALM, WEASEL), "", _column("Title one", "Title two"))),
    ("xlp_evidence", ([[CHARGED]], [["loaded"]])),
    ("xlp_evidence", (_column(WEASEL, CALM, ""), [["unsourced"]])),
    ("xlp_evidence", ([[BYLINED]], [["provenance"]])),
    ("xlp_evidence", ([[CHARGED]], [["Sentiment"]])),
    ("xlp_evidence", ([[CALM]], [["no such signal"]])),
    ("xlp_reliability", (_column(CALM, WEASEL, CHARGED), _column("a", "b"))),
    # More rows than the engine's threshold for worker processes (64): one batch either way.
    ("xlp_reliability", (_column(*[(CALM, CHARGED, WEASEL, BYLINED, "")[i % 5] + f" Item {i}." for i in range(120)]),)),
]


def run(main_path: str) -> dict[str, Any]:
    """Every case's result, and facts about the run (which heavy modules got imported)."""
    main = load_main(main_path)
    results = [{"function": name, "result": lite_call(getattr(main, name), *args)} for name, args in CASES]
    meta = {name: getattr(main, name).__xlfunc__ for name in dir(main) if name.startswith("xlp_")}
    return {
        "platform": sys.platform,
        "python": sys.version.split()[0],
        "results": results,
        "xlfunc": meta,
        "imported": sorted(m for m in ("openpyxl", "requests", "multiprocessing", "concurrent.futures") if m in sys.modules),
    }


def run_json(main_path: str) -> str:
    return json.dumps(run(main_path), ensure_ascii=False, default=str)


if __name__ == "__main__":
    print(run_json(sys.argv[1]))
