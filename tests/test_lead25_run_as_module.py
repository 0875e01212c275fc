"""(lead25) `python -m xlplugin` is the `xlplugin` command: the same help, messages and exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "xlplugin", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


def test_help_names_the_commands():
    done = _run("--help")
    assert done.returncode == 0
    assert "score" in done.stdout and "refresh" in done.stdout


def test_a_missing_file_is_refused_with_its_name(tmp_path):
    missing = tmp_path / "no_such_article.txt"
    done = _run("score", str(missing))
    assert done.returncode != 0
    assert "no_such_article.txt" in done.stderr


def test_a_text_is_scored(tmp_path):
    article = tmp_path / "note.txt"
    article.write_text("The library on Mill Street will open on Sundays from June, the council said on Monday. "
                       "Its chair, Ruth Adeyemi, said the change follows a survey of 900 readers.\n", encoding="utf-8")
    done = _run("score", str(article), "--json")
    assert done.returncode == 0
    assert '"reliability"' in done.stdout and '"kind": "news report"' in done.stdout
