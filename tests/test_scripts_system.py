"""The test command installs what the rendering needs (LibreOffice and poppler's pdftoppm) where it
can, and the render script says clearly which program is missing. Run against stand-ins for
apt-get and id in a PATH of their own: nothing is installed on this machine."""

from __future__ import annotations

import importlib.util
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT

BASH = shutil.which("bash")
pytestmark = pytest.mark.skipif(BASH is None, reason="bash is not installed")


def _stub(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text("#!" + BASH + "\n" + body + "\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


def _run_system_packages(tmp_path: Path, present: tuple[str, ...] = (), root: bool = True,
                         carlito: bool = True) -> tuple[subprocess.CompletedProcess, str]:
    """`carlito`: whether the Carlito font file is there (a stand-in file: this machine's fonts
    play no part)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    font = tmp_path / "Carlito-Regular.ttf"
    if carlito:
        font.write_bytes(b"")
    log = tmp_path / "apt-get.log"
    _stub(bin_dir, "apt-get", f'echo "$@" >> {log}')
    _stub(bin_dir, "id", f'echo {0 if root else 1000}')
    for program in present:
        _stub(bin_dir, program, "exit 0")
    done = subprocess.run([BASH, str(ROOT / "scripts" / "system_packages.sh")], capture_output=True, text=True,
                          env={"PATH": str(bin_dir), "HOME": str(tmp_path), "CARLITO_FILE": str(font)}, timeout=60)
    return done, log.read_text() if log.exists() else ""


def test_test_command_runs_the_system_packages_script():
    lines = [line.strip() for line in (ROOT / "scripts" / "test.sh").read_text().splitlines()]
    assert "bash scripts/system_packages.sh" in lines


def test_test_command_lints_before_it_tests():
    """ruff runs before pytest, under `set -e` (a lint error ends the run, so .ci/run fails), it
    is installed with the test extra, and its rules hold at least syntax errors and pyflakes."""
    import tomllib

    lines = [line.strip() for line in (ROOT / "scripts" / "test.sh").read_text().splitlines()]
    lint = lines.index(".venv/bin/python -m ruff check xlplugin scripts tests")
    assert "set -euo pipefail" in lines[:lint]
    assert lint < next(i for i, line in enumerate(lines) if "-m pytest" in line)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert any(dep.startswith("ruff") for dep in project["project"]["optional-dependencies"]["test"])
    assert {"E9", "F"} <= set(project["tool"]["ruff"]["lint"]["select"])


def test_poppler_is_installed_with_libreoffice(tmp_path):
    done, apt = _run_system_packages(tmp_path)
    assert done.returncode == 0, done.stderr
    install = [line for line in apt.splitlines() if line.startswith("install")]
    assert len(install) == 1 and {"libreoffice-calc", "poppler-utils"} <= set(install[0].split())


def test_poppler_alone_when_libreoffice_is_there(tmp_path):
    done, apt = _run_system_packages(tmp_path, present=("soffice",))
    install = [line.split() for line in apt.splitlines() if line.startswith("install")]
    assert len(install) == 1 and "poppler-utils" in install[0] and "libreoffice-calc" not in install[0]


def test_nothing_installed_when_both_are_there(tmp_path):
    done, apt = _run_system_packages(tmp_path, present=("soffice", "pdftoppm"))
    assert done.returncode == 0 and apt == ""


def test_carlito_is_installed_where_missing(tmp_path):
    """(lead, session 43) The workbook's row heights are counted in Calibri's widths, and LibreOffice
    draws Calibri with its metric twin Carlito where it has it: without it, two render tests saw
    lines break that Excel does not break."""
    done, apt = _run_system_packages(tmp_path, present=("soffice", "pdftoppm"), carlito=False)
    install = [line.split() for line in apt.splitlines() if line.startswith("install")]
    assert done.returncode == 0 and len(install) == 1 and "fonts-crosextra-carlito" in install[0]
    assert "libreoffice-calc" not in install[0] and "poppler-utils" not in install[0]


def test_not_root_says_what_is_missing(tmp_path):
    done, apt = _run_system_packages(tmp_path, present=("soffice",), root=False)
    assert done.returncode == 0 and apt == ""
    assert "poppler-utils not installed" in done.stderr


def _render_module():
    spec = importlib.util.spec_from_file_location("render_workbook", ROOT / "scripts" / "render_workbook.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_render_names_pdftoppm_when_only_it_is_missing(tmp_path, monkeypatch, capsys):
    render = _render_module()
    made = []

    def fake_run(command, **kwargs):  # LibreOffice's part: the PDF appears in --outdir
        made.append(command[0])
        outdir = Path(command[command.index("--outdir") + 1])
        (outdir / (Path(command[-1]).stem + ".pdf")).write_bytes(b"%PDF-1.4\n")
        return subprocess.CompletedProcess(command, 0)

    monkeypatch.setattr(render.shutil, "which", lambda name: "/usr/bin/soffice" if name == "soffice" else None)
    monkeypatch.setattr(render.subprocess, "run", fake_run)
    book = tmp_path / "book.xlsx"
    book.write_bytes(b"PK")
    assert render.main([str(book), str(tmp_path / "out")]) == 2
    message = capsys.readouterr().err
    assert "pdftoppm is not installed" in message and "poppler-utils" in message
    assert "LibreOffice (soffice) is not installed" not in message
    assert (tmp_path / "out" / "book.pdf").exists() and made == ["/usr/bin/soffice"]


def test_render_names_libreoffice_when_it_is_missing(tmp_path, monkeypatch, capsys):
    render = _render_module()
    monkeypatch.setattr(render.shutil, "which", lambda name: None)
    book = tmp_path / "book.xlsx"
    book.write_bytes(b"PK")
    assert render.main([str(book), str(tmp_path / "out")]) == 2
    assert "LibreOffice (soffice) is not installed" in capsys.readouterr().err
