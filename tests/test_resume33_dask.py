"""`xlplugin score --engine dask --resume` (resume33): a part in the output folder that cannot be
read back (cut short by a full disk or a stopped copy, emptied, overwritten with something else)
is named and scored again, never kept (its rows were lost) nor a traceback; an intact part is kept
as before. A refusal of --resume after a changed setting, text column or input says which one
changed, from what to what, and how to finish the first run where that is a matter of options."""

from __future__ import annotations

import pytest

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

import pyarrow.parquet as pq  # noqa: E402

import xlplugin.dask as engine  # noqa: E402
from xlplugin.cli import main  # noqa: E402
from xlplugin.errors import InputError  # noqa: E402
from xlplugin.settings import Settings  # noqa: E402

TEXTS = {
    "a.csv": [("a1", "The ferry company added two evening crossings on Thursday, its operations manager Ilse Brandt said. "
                     "Tickets cost the same as before."),
              ("a2", "A new footpath along the canal opens in June after a year of work, the county engineer said.")],
    "b.csv": [("b1", "The village hall will host a blood donation session next week, organisers said on Monday.")],
    "c.csv": [("c1", "Snow closed the mountain pass for six hours on Sunday, police said, and it reopened at dusk."),
              ("c2", "The museum lent three paintings to a gallery abroad for the summer, a curator confirmed.")],
}


def _inputs(folder):
    paths = []
    for name, rows in TEXTS.items():
        path = folder / name
        path.write_text("id,text\n" + "".join(f'{i},"{t}"\n' for i, t in rows), encoding="utf-8")
        paths.append(str(path))
    return paths


def _written(tmp_path, settings=None, text=None, numbers=(0, 1, 2)):
    """An output folder holding the parts `numbers` of a run, written as the run writes them."""
    paths, out = _inputs(tmp_path), tmp_path / "out"
    plan = engine.plan_files(paths, out, settings=settings, text=text)
    for i in numbers:
        engine._write_part(plan.parts[i].compute(), str(out / engine.PART_PATTERN.format(i)))
    return paths, out


def _cut(path, size):
    data = path.read_bytes()
    path.write_bytes(data[:size])


DAMAGES = {
    "cut to 1,000 bytes": lambda p: _cut(p, 1000),
    "cut to half": lambda p: _cut(p, p.stat().st_size // 2),
    "its last byte gone": lambda p: _cut(p, p.stat().st_size - 1),
    "emptied": lambda p: p.write_bytes(b""),
    "a text saved over it": lambda p: p.write_text("part of a report, not a Parquet file\n", encoding="utf-8"),
}


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_a_damaged_part_is_named_and_scored_again(tmp_path, damage):
    paths, out = _written(tmp_path)
    DAMAGES[damage](out / engine.PART_PATTERN.format(1))
    plan = engine.plan_files(paths, out, resume=True)
    assert plan.todo == [1]
    said = [line for line in plan.notes if "part.00001.parquet" in line]
    assert len(said) == 1 and "scored and written again" in said[0]
    assert not any("part.00000" in line or "part.00002" in line for line in plan.notes)


def test_intact_parts_are_kept_and_not_named(tmp_path):
    paths, out = _written(tmp_path, numbers=(0, 2))
    plan = engine.plan_files(paths, out, resume=True)
    assert plan.todo == [1] and plan.notes == []


def test_the_kept_columns_line_skips_a_damaged_part(tmp_path):
    # (the summary's look at each part's columns was where the run ended in a pyarrow traceback)
    paths, out = _written(tmp_path)
    _cut(out / engine.PART_PATTERN.format(2), 1000)
    assert engine.renamed_columns(out) == []


def test_the_command_names_the_damaged_part_and_finishes(tmp_path, capsys):
    from distributed import Client, LocalCluster

    paths, out = _written(tmp_path, numbers=(0, 1, 2))
    expected = pq.read_table(out / engine.PART_PATTERN.format(1)).column("id").to_pylist()
    _cut(out / engine.PART_PATTERN.format(1), 1000)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0") as cluster, \
            Client(cluster) as client:
        rc = main(["score", *paths, "--engine", "dask", "--scheduler", client.scheduler.address, "-o", str(out), "--resume"])
    said = capsys.readouterr().err
    assert rc == 0, said
    assert "part.00001.parquet could not be read" in said and "Traceback" not in said
    assert "1 part written" in said and "2 already there" in said
    assert pq.read_table(out / engine.PART_PATTERN.format(1)).column("id").to_pylist() == expected == ["b1"]


WEIGHT_CHANGES = [
    ({"loaded_language": 0}, "Loaded language weight 5 → 0", "--weight loaded_language=5"),
    ({"provenance": 3}, "Provenance weight 1 → 3", "--weight provenance=1"),
    ({"sentiment": 2}, "Sentiment weight 0 → 2", "--weight sentiment=0"),
    ({"source_rating": 0.5}, "Source rating weight 4 → 0.5", "--weight source_rating=4"),
]


@pytest.mark.parametrize("change,named,option", WEIGHT_CHANGES)
def test_a_changed_weight_is_named_with_how_to_finish(tmp_path, change, named, option):
    paths, out = _written(tmp_path, numbers=(0,))
    with pytest.raises(InputError) as refused:
        engine.plan_files(paths, out, resume=True, settings=Settings().with_values(change))
    message = str(refused.value)
    assert f"settings changed: {named}" in message and option in message and "choose an empty folder" in message
    # the first settings finish the run
    assert engine.plan_files(paths, out, resume=True).todo == [1, 2]


def test_a_run_started_with_other_weights_names_them_back(tmp_path):
    first = Settings().with_values({"loaded_language": 2, "unsourced_claims": 1})
    paths, out = _written(tmp_path, settings=first, numbers=(0,))
    with pytest.raises(InputError) as refused:
        engine.plan_files(paths, out, resume=True)
    message = str(refused.value)
    assert "Loaded language weight 2 → 5" in message and "Unsourced claims weight 1 → 0" in message
    assert "--weight loaded_language=2" in message and "--weight unsourced_claims=1" in message
    assert engine.plan_files(paths, out, resume=True, settings=first).todo == [1, 2]


def test_built_in_ratings_turned_off_say_the_option(tmp_path):
    paths, out = _written(tmp_path, settings=Settings().with_values({"sources.builtin": 0}), numbers=(0,))
    with pytest.raises(InputError) as refused:
        engine.plan_files(paths, out, resume=True)
    assert "Built-in source ratings 0 → 1" in str(refused.value) and "--no-builtin-ratings" in str(refused.value)


def test_a_changed_text_column_and_inputs_are_named(tmp_path):
    paths, out = _written(tmp_path, numbers=(0,))
    with pytest.raises(InputError) as refused:
        engine.plan_files(paths, out, resume=True, text="text")
    assert "text column changed: found by name → text" in str(refused.value)
    assert "no --text-column" in str(refused.value)
    with pytest.raises(InputError) as refused:
        engine.plan_files(paths[:2], out, resume=True)
    assert "inputs changed: c.csv gone" in str(refused.value) and "number of parts" not in str(refused.value)
    extra = tmp_path / "d.csv"
    extra.write_text('id,text\nd1,"The bakery on the square reopened after repairs, its owner said on Friday."\n', encoding="utf-8")
    with pytest.raises(InputError) as refused:
        engine.plan_files([*paths, str(extra)], out, resume=True)
    assert "inputs changed: d.csv added" in str(refused.value)
    (tmp_path / "b.csv").write_text('id,text\nb1,"The hall is closed."\n', encoding="utf-8")
    with pytest.raises(InputError) as refused:
        engine.plan_files(paths, out, resume=True)
    assert "inputs changed: b.csv edited" in str(refused.value)


def test_the_same_settings_are_not_refused(tmp_path):
    settings = Settings().with_values({"readability": 1})
    paths, out = _written(tmp_path, settings=settings, numbers=(0, 1))
    assert engine.plan_files(paths, out, resume=True, settings=Settings().with_values({"readability": 1.0})).todo == [2]
