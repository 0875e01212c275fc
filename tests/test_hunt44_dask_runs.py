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


RESUMED = {
    "a.csv": [("a1", "The ferry company added two evening crossings on Thursday, its operations manager said."),
              ("a2", "")],  # a text cell with no text: a document read, not scored
    "b.csv": [("b1", "The village hall will host a blood donation session next week, organisers said on Monday."),
              ("b2", "Snow closed the mountain pass for six hours on Sunday, police said, and it reopened at dusk."),
              ("b3", "The museum lent three paintings to a gallery abroad for the summer, a curator confirmed.")],
}


def _inputs(folder, texts):
    paths = []
    for name, rows in texts.items():
        path = folder / name
        path.write_text("id,text\n" + "".join(f'{i},"{t}"\n' for i, t in rows), encoding="utf-8")
        paths.append(str(path))
    return paths


def _summary(args, capsys):
    from distributed import Client, LocalCluster

    from xlplugin.cli import main

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0") as cluster, \
            Client(cluster) as client:
        rc = main(["score", *args, "--engine", "dask", "--scheduler", client.scheduler.address])
    said = capsys.readouterr().err
    assert rc in (0, 2), said
    return next(line for line in said.splitlines() if " written to " in line)


def test_the_summary_of_a_resumed_run_says_what_was_kept_and_what_was_scored_now(tmp_path, capsys):
    paths, out = _inputs(tmp_path, RESUMED), tmp_path / "out"
    whole = _summary([*paths, "-o", str(tmp_path / "whole")], capsys)
    assert "5 documents read" in whole  # (the run in one go: a's two rows, b's three)
    plan = engine.plan_files(paths, out)
    engine._write_part(plan.parts[0].compute(), str(out / engine.PART_PATTERN.format(0)))  # a.csv's part, kept
    line = _summary([*paths, "-o", str(out), "--resume"], capsys)
    assert "1 part written" in line and "1 already there (2 documents kept from before)" in line
    assert "scored now: 3 documents read," in line


def test_a_run_with_nothing_kept_says_its_counts_as_before(tmp_path, capsys):
    """Guard: a run that kept no part says its counts alone, as before."""
    line = _summary([*_inputs(tmp_path, RESUMED), "-o", str(tmp_path / "out")], capsys)
    assert "already there" not in line and "scored now" not in line and "5 documents read" in line


ROWS = [
    {"id": "r1", "section": "Local", "text": "The ferry company added two evening crossings on Thursday, its operations manager said.",
     "url": "https://example.com/ferry"},
    {"id": "r2", "section": "Arts", "text": "The museum lent three paintings to a gallery abroad for the summer, a curator confirmed.",
     "url": "https://example.com/museum"},
]


def _part_columns(tmp_path, rows, name):
    """The columns of the part written for `rows` saved as `name` (.csv or .parquet)."""
    import pandas as pd

    path = tmp_path / name
    frame = pd.DataFrame(rows)
    frame.to_csv(path, index=False) if name.endswith(".csv") else frame.to_parquet(path, index=False)
    out = tmp_path / f"out-{name}"
    plan = engine.plan_files([str(path)], out)
    engine._write_part(plan.parts[0].compute(), str(out / engine.PART_PATTERN.format(0)))
    return pq.read_schema(out / engine.PART_PATTERN.format(0)).names


def test_a_parquet_part_has_a_csv_parts_columns_in_its_order(tmp_path):
    assert _part_columns(tmp_path, ROWS, "in.parquet") == _part_columns(tmp_path, ROWS, "in.csv")


@pytest.mark.parametrize("rename", [{"url": "URL"}, {"id": "ID", "url": "Url"}], ids=["URL", "ID and Url"])
def test_a_field_column_named_in_other_case_stands_in_the_fields_place(tmp_path, rename):
    rows = [{rename.get(key, key): value for key, value in row.items()} for row in ROWS]
    parquet = [name.lower() for name in _part_columns(tmp_path, rows, "in.parquet")]
    assert parquet == _part_columns(tmp_path, rows, "in.csv")


def test_without_an_id_column_the_columns_both_have_are_in_one_order(tmp_path):
    rows = [{key: value for key, value in row.items() if key != "id"} for row in ROWS]
    parquet, csv = _part_columns(tmp_path, rows, "in.parquet"), _part_columns(tmp_path, rows, "in.csv")
    assert [name for name in parquet if name in csv] == [name for name in csv if name in parquet]
    assert parquet[0] == "section" and csv[0] == "section"


def test_a_frames_scored_columns_are_in_its_schema_order(tmp_path):
    """`score_frame`'s meta (its columns before anything runs) is its partitions' order, the url after the reading columns."""
    import dask.dataframe as dd
    import pandas as pd

    scored = engine.score_frame(dd.from_pandas(pd.DataFrame(ROWS), npartitions=2), "text")
    assert list(scored.columns) == list(scored.compute().columns)
    assert list(scored.columns).index("url") > list(scored.columns).index("input_id")
