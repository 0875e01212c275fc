"""The committed example workbook and template are what the current code writes.

CI re-runs the build script in check mode: when a scorer, the layout or an example document
changes, `python scripts/build_example_workbook.py` must be run and its output committed.
"""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_example_workbooks_are_current():
    done = subprocess.run([sys.executable, "scripts/build_example_workbook.py", "--check"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
