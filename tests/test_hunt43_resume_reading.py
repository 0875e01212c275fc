"""(hunt43) `--resume` on an output folder of a CSV run written by an xlplugin that read the inputs'
rows by other rules (which rows are documents, their ids, a cell's text): the scorers' versions
were the same, so it was resumed, one file's rows read one way and the next file's another (a row
describing the columns document 1 in the kept part, left out in the new one), and nothing said.
daskparity41 refused such Parquet folders only. The run file notes the reading rules now
(`dask.reading_rules`); a folder written by other rules, or before they were noted, is refused."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("distributed")

import xlplugin.dask as engine  # noqa: E402
from xlplugin.errors import InputError  # noqa: E402

TEXTS = {
    "a.csv": [("a1", "The ferry company added two evening crossings on Thursday, its operations manager said.")],
    "b.csv": [("b1", "The village hall will host a blood donation session next week, organisers said on Monday.")],
}


def _written(tmp_path):
    """An output folder holding the first part of a two-file CSV run (the second still to write)."""
    paths = []
    for name, rows in TEXTS.items():
        path = tmp_path / name
        path.write_text("id,text\n" + "".join(f'{i},"{t}"\n' for i, t in rows), encoding="utf-8")
        paths.append(str(path))
    out = tmp_path / "out"
    plan = engine.plan_files(paths, out)
    engine._write_part(plan.parts[0].compute(), str(out / engine.PART_PATTERN.format(0)))
    return paths, out


def _edit_run_file(out, change):
    marker = out / engine.MANIFEST
    manifest = json.loads(marker.read_text(encoding="utf-8"))
    change(manifest)
    marker.write_text(json.dumps(manifest), encoding="utf-8")


@pytest.mark.parametrize("change", [
    lambda m: m.pop("reading", None),  # written before the reading rules were noted
    lambda m: m.update(reading="0123456789abcdef"),  # written by other rules
], ids=["not noted", "other rules"])
def test_a_csv_run_read_by_other_rules_is_not_resumed(tmp_path, change):
    paths, out = _written(tmp_path)
    _edit_run_file(out, change)
    with pytest.raises(InputError, match="read the inputs' rows by other rules"):
        engine.plan_files(paths, out, resume=True)


def test_a_run_of_these_rules_is_resumed(tmp_path):
    """Guard: the same run, by the same rules, is finished (its first part kept)."""
    paths, out = _written(tmp_path)
    plan = engine.plan_files(paths, out, resume=True)
    assert plan.todo == [1]

