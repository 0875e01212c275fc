"""`xlplugin score --engine dask`: the summary's time is the whole run's (the cluster's start and
stop included), and Ctrl-C says only that the run stopped, what is written and how to finish it."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

from samples import CALM_REPORT  # noqa: E402

import xlplugin.dask as engine  # noqa: E402
from xlplugin.cli import main  # noqa: E402

START = 0.4  # seconds the stand-in cluster takes to start


class _Client:
    def close(self) -> None:
        pass


def _corpus(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text('id,text\na1,"' + CALM_REPORT.replace('"', '""') + '"\n', encoding="utf-8")
    return path


def _slow_start(scheduler=None, workers=None):
    time.sleep(START)
    return _Client()


def test_the_summary_times_the_whole_run(tmp_path, monkeypatch, capsys):
    def run(plan, client, progress=None):
        return engine.RunSummary(1, 1, 0, 1, 1, 1, {}, 0.01)  # (the parts' own time: 0.01 s)

    monkeypatch.setattr(engine, "start_client", _slow_start)
    monkeypatch.setattr(engine, "run_plan", run)
    assert main(["score", str(_corpus(tmp_path)), "--engine", "dask", "-o", str(tmp_path / "out")]) == 0
    said = capsys.readouterr().err.strip().splitlines()[-1]
    seconds = float(said.rsplit(" in ", 1)[1].removesuffix(" s"))
    assert seconds >= START


def test_ctrl_c_says_what_is_written_and_how_to_finish(tmp_path, monkeypatch, capsys):
    def interrupted(plan, client, progress=None):
        raise KeyboardInterrupt

    monkeypatch.setattr(engine, "start_client", _slow_start)
    monkeypatch.setattr(engine, "run_plan", interrupted)
    out = tmp_path / "out"
    assert main(["score", str(_corpus(tmp_path)), "--engine", "dask", "-o", str(out)]) == 130
    assert capsys.readouterr().err.splitlines() == [
        f"xlplugin: interrupted; 0 of 1 part written to {out}; run the same command with --resume to write the rest"
    ]


@pytest.mark.slow
def test_local_workers_do_not_hear_ctrl_c():
    # Ctrl-C reaches every process of the terminal's group: the workers ignore it (the command
    # itself stops and closes them), so none prints a traceback of its own.
    code = ("import signal\nfrom xlplugin.dask import start_client\n"
            "client = start_client(workers=1)\n"
            "print(set(client.run(lambda: signal.getsignal(signal.SIGINT) == signal.SIG_IGN).values()))\n"
            "print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)\n"
            "client.close(); client.cluster.close() if getattr(client, 'cluster', None) else None\n")
    if sys.platform == "win32":
        pytest.skip("no process groups")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.stdout.split() == ["{True}", "True"], done.stdout + done.stderr
