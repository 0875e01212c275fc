"""(hunt44) `xlplugin score --engine dask`: (1) `--resume` refuses a folder written by an install whose
rules read rows or texts otherwise anywhere in the package, not only in the five modules hunt43
noted (a change to `mojibake` or `file_titles` was resumed, parts read two ways mixed); (2) after
`--resume` the summary says how many documents the parts kept hold and how many were read now;
(3) a Parquet input's parts have their columns in the order a CSV file's parts have them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

import pyarrow.parquet as pq  # noqa: E402

import xlplugin  # noqa: E402
import xlplugin.dask as engine  # noqa: E402

PACKAGE = Path(xlplugin.__file__).resolve().parent


def _digest_of_copy(root: Path) -> str:
    """`reading_rules()` of the package copied under `root`, in a fresh interpreter."""
    done = subprocess.run([sys.executable, "-c", "from xlplugin.dask import reading_rules; print(reading_rules())"],
                          cwd=root, capture_output=True, text=True, check=True,
                          env={"PYTHONPATH": str(root), "PATH": "", "PYTHONDONTWRITEBYTECODE": "1"})
    return done.stdout.strip()


@pytest.fixture(scope="module")
def copied(tmp_path_factory):
    root = tmp_path_factory.mktemp("install")
    shutil.copytree(PACKAGE, root / "xlplugin", ignore=shutil.ignore_patterns("__pycache__"))
    return root, _digest_of_copy(root)


@pytest.mark.parametrize("module", ["mojibake.py", "file_titles.py", "text_tables.py", "pages.py"])
def test_a_reading_rule_changed_outside_the_five_modules_changes_the_digest(copied, module):
    root, before = copied
    path = root / "xlplugin" / module
    if not path.exists():
        pytest.skip(f"no {module} in this package")
    saved = path.read_bytes()
    try:
        path.write_bytes(saved + b"\n# a rule changed\n")
        assert _digest_of_copy(root) != before
    finally:
        path.write_bytes(saved)


def test_an_unchanged_install_keeps_its_digest(copied):
    """Guard: the same install gives the same digest, run after run (so --resume still finishes a run)."""
    root, before = copied
    assert _digest_of_copy(root) == before
    assert engine.reading_rules() == engine.reading_rules()
