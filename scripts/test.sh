#!/usr/bin/env bash
# The test command of the README: sets up what the tests need on a fresh machine, then runs them.
#   bash scripts/test.sh            # everything (as CI runs it)
#   bash scripts/test.sh -k text    # extra arguments go to pytest
# Idempotent: an existing .venv, LibreOffice, pdftoppm or node_modules is reused.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[test,dask]"

# LibreOffice (renders the scored workbook in one test) and poppler's pdftoppm (for
# scripts/render_workbook.py), from apt-get where it can.
bash scripts/system_packages.sh

# Gnumeric's ssconvert re-saves a scored workbook in one test (a reader that needs every cell's reference).
if ! command -v ssconvert >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "scripts/test.sh: installing Gnumeric (ssconvert) for the re-save test..." >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends gnumeric >/dev/null) \
        || echo "scripts/test.sh: could not install Gnumeric; that test will skip" >&2
fi

# Pyodide (Node) runs the engine as xlwings Lite does, in one test.
if [ -f tests/pyodide/package.json ] && command -v npm >/dev/null 2>&1; then
    (cd tests/pyodide && { [ -d node_modules ] || npm ci --silent --no-audit --no-fund >/dev/null; }) \
        || echo "scripts/test.sh: npm ci failed; the Pyodide test will skip" >&2
    # The wheels Pyodide installs offline: the project's own (rebuilt from this tree) and the
    # engine's dependencies, fetched from PyPI.
    .venv/bin/python scripts/build_wheels.py >/dev/null \
        || echo "scripts/test.sh: could not build the wheels; the Pyodide test will skip" >&2
fi

# Lint first (rules in pyproject.toml, [tool.ruff]): a lint error fails the run before any test.
.venv/bin/python -m ruff check xlplugin scripts tests

exec .venv/bin/python -m pytest "$@"
