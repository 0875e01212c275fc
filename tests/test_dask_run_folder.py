"""`xlplugin score --engine dask` (book16): a run stopped before its first part leaves only its
run file, which a later run (resumed or not, inputs touched or not) starts afresh over, saying
so; Ctrl-C does not let the scheduler's "Couldn't gather keys" error through."""

from __future__ import annotations

import logging
import os

import pytest

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

from samples import CALM_REPORT  # noqa: E402

import xlplugin.dask as engine  # noqa: E402
from xlplugin.cli import main  # noqa: E402
from xlplugin.errors import InputError  # noqa: E402


def _corpus(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text('id,text\nq1,"' + CALM_REPORT.replace('"', '""') + '"\n', encoding="utf-8")
    return path


def _stopped_run(tmp_path):
    """An output folder as a run stopped before its first part leaves it: its run file only."""
    corpus, out = _corpus(tmp_path), tmp_path / "out"
    engine.plan_files([str(corpus)], out)
    assert [p.name for p in out.iterdir()] == [engine.MANIFEST]
    stat = corpus.stat()
    os.utime(corpus, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))  # the input touched since
    return corpus, out


def test_a_folder_with_a_run_file_and_no_part_is_started_afresh(tmp_path):
    corpus, out = _stopped_run(tmp_path)
    plan = engine.plan_files([str(corpus)], out)
    assert plan.todo == [0]
    assert plan.notes == [f"{out} held no scored part, only the run file of a run stopped before its first part "
                          f"({engine.MANIFEST}): started afresh"]


def test_resume_over_a_folder_with_no_part_starts_afresh_too(tmp_path):
    corpus, out = _stopped_run(tmp_path)
    plan = engine.plan_files([str(corpus)], out, resume=True)
    assert plan.todo == [0] and "started afresh" in plan.notes[0]


def test_the_command_says_it_started_afresh(tmp_path, monkeypatch, capsys):
    corpus, out = _stopped_run(tmp_path)

    def run(plan, client, progress=None):
        return engine.RunSummary(1, 1, 0, 1, 1, 1, {}, 0.01)

    monkeypatch.setattr(engine, "start_client", lambda scheduler=None, workers=None: type("C", (), {"close": lambda self: None})())
    monkeypatch.setattr(engine, "run_plan", run)
    assert main(["score", str(corpus), "--engine", "dask", "-o", str(out)]) == 0
    assert "started afresh" in capsys.readouterr().err


def test_a_folder_with_parts_is_still_refused_without_resume(tmp_path):
    corpus, out = _stopped_run(tmp_path)
    (out / engine.PART_PATTERN.format(0)).write_bytes(b"")
    with pytest.raises(InputError, match="already holds scored parts"):
        engine.plan_files([str(corpus)], out)
    with pytest.raises(InputError, match="different run"):
        engine.plan_files([str(corpus)], out, resume=True)


class _Interrupted:
    def register_plugin(self, plugin, name=None):
        raise KeyboardInterrupt


class _Failing:
    def register_plugin(self, plugin, name=None):
        raise RuntimeError("no cluster")


def _logged(message: str) -> bool:
    log = logging.getLogger("distributed.scheduler")
    return log.filter(log.makeRecord(log.name, logging.ERROR, __file__, 1, message, ("{'k': 'memory'}",), None))


def test_ctrl_c_leaves_out_the_schedulers_gather_error_until_the_next_run(tmp_path):
    plan = engine.Plan([], tmp_path, [])
    assert _logged("Couldn't gather keys: %s")
    with pytest.raises(KeyboardInterrupt):
        engine.run_plan(plan, _Interrupted())
    assert not _logged("Couldn't gather keys: %s")
    assert _logged("Some other error: %s")
    with pytest.raises(RuntimeError):  # (the next run, not interrupted, shows it again)
        engine.run_plan(plan, _Failing())
    assert _logged("Couldn't gather keys: %s")
