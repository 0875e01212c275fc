"""Stopping a run: SIGTERM (`kill`, a scheduler's time limit) and SIGHUP (the terminal closed)
end `score` and `refresh` as Ctrl-C does: the worker processes end with the run, one line says
why it stopped, no traceback, exit code 128 + the signal's number, the workbook whole.

Each run scores slowly (a scorer that sleeps, in the run and in every process it forks) and says
when its first document is being scored in a process other than its own, so that the signal
comes while the workers (or the refresh's helper) are busy."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from xlplugin.cli import main

pytestmark = pytest.mark.skipif(os.name != "posix" or not Path("/proc").is_dir(), reason="signals and /proc")

SLOW_RUN = """
import os, sys, time
from xlplugin import engine
main_pid = os.getpid()
original = engine._score_fields
def slow(fields, settings):
    if os.getpid() != main_pid:
        open(sys.argv[1], "a").close()  # the test's flag: a worker or the helper is scoring
    time.sleep(0.05)
    return original(fields, settings)
engine._score_fields = slow
from xlplugin.cli import main
sys.exit(main(sys.argv[2:]))
"""


def _write_csv(path, count):
    # fresh sentences, each document its own
    subjects = ["The council", "A school board", "The port authority", "A regional bank", "The transit office"]
    path.write_text("id,text\n" + "".join(
        f"d{i},{subjects[i % 5]} said on Tuesday that item {i} would be reviewed next month according to its report.\n"
        for i in range(count)))


def _descendants(pid):
    """The processes `pid` started (and theirs), read from /proc."""
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            try:
                children = (task / "children").read_text().split()
            except OSError:
                continue
            found += [int(c) for c in children]
            todo += [int(c) for c in children]
    return found


def _alive(pid):
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _stop_while_busy(tmp_path, argv, sig):
    """Runs the command, sends `sig` once a forked process scores; (exit code, stderr, the
    processes it had started that are still running 10 s later)."""
    (tmp_path / "run").mkdir()
    flag, err = tmp_path / "run" / "scoring", tmp_path / "run" / "stderr"
    with err.open("w") as stderr:  # (a file: a process left running would hold a pipe open)
        process = subprocess.Popen([sys.executable, "-c", SLOW_RUN, str(flag), *argv], stdout=subprocess.DEVNULL,
                                   stderr=stderr, start_new_session=True)
    children = []
    try:
        deadline = time.monotonic() + 120
        while not flag.exists() and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.05)
        assert flag.exists(), "no worker process ever scored"
        children = _descendants(process.pid)
        assert children, "the run has no worker processes"
        process.send_signal(sig)
        process.wait(timeout=60)
        deadline = time.monotonic() + 10
        while any(map(_alive, children)) and time.monotonic() < deadline:
            time.sleep(0.1)
        return process.returncode, err.read_text(), [c for c in children if _alive(c)]
    finally:
        if process.poll() is None:
            process.kill()
        for child in children:  # (left by a failing run: not left for ever)
            if _alive(child):
                os.kill(child, signal.SIGKILL)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_a_stopped_score_ends_its_workers(tmp_path, sig):
    source = tmp_path / "in.csv"
    _write_csv(source, 200)
    code, err, left = _stop_while_busy(tmp_path, ["score", str(source), "--json", "--workers", "2", "-q"], sig)
    assert code == 128 + sig
    assert left == []
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines == [lines[-1]] and lines[-1].startswith("xlplugin: stopped: ") and signal.Signals(sig).name in lines[-1]


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_a_stopped_refresh_ends_its_helper_and_leaves_the_workbook_whole(tmp_path, sig):
    source, path = tmp_path / "in.csv", tmp_path / "book.xlsx"
    _write_csv(source, 120)
    assert main(["score", str(source), "-o", str(path), "--workers", "1", "-q"]) == 0
    source.unlink()
    before = path.read_bytes()
    code, err, left = _stop_while_busy(tmp_path, ["refresh", str(path), "--weight", "sentiment=3", "-q"], sig)
    assert code == 128 + sig
    assert left == []
    assert "Traceback" not in err and err.strip().startswith("xlplugin: stopped: ")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.xlsx", "run"]
