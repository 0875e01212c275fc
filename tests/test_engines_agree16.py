"""Both engines, on the same mixed table, give the same rows, the same scores and the same summary
line; and a table row whose text cell holds no text is said as kept and not scored, by the id the
table shows (session 15, cli16)."""

import math
import re

import pytest

from xlplugin.cli import main

pytest.importorskip("dask")
pd = pytest.importorskip("pandas")

REPORT = ("The river authority said on Monday that the north bridge would close for repairs from June. "
          "Engineer Lina Park said the work would take ten weeks and that buses would use the east road. "
          "The authority's published plan lists three stages, and the mayor said traffic would be watched each day.")
RANT = ("Everyone knows these clueless officials are wrecking the town. It is a total disgrace and a scam, "
        "and nobody will dare tell you the truth about the bridge. Wake up before it is too late for all of us.")
SPANISH = ("El ayuntamiento dijo el lunes que el puente del norte se cerrará en junio para unas obras. "
           "La ingeniera dijo que las obras durarán diez semanas y que los autobuses usarán otra calle.")


def _table(path):
    rows = [("Bridge to close", REPORT), ("A count", "17"), ("Angry post", RANT), ("Short", "The bridge shut early."),
            ("Nothing", "N/A"), ("Spanish", SPANISH), ("A day", "2026-04-02"), ("Report again", REPORT + " More later.")]
    path.write_text("headline,body\n" + "".join(f'"{h}","{b}"\n' for h, b in rows), encoding="utf-8")
    return path


def _summary(err):
    line = next(line for line in err.splitlines() if "documents read" in line)
    return re.search(r"\d+ documents? read.*unreadable", line).group(0)


def _same(a, b):
    if a is None or (isinstance(a, float) and math.isnan(a)):
        return b is None or (isinstance(b, float) and math.isnan(b))
    return a == b if not isinstance(a, float) else abs(a - b) < 1e-9


def test_both_engines_give_the_same_rows_scores_and_summary(tmp_path, capsys):
    table = _table(tmp_path / "mixed.csv")
    assert main(["score", str(table), "--json"]) == 2
    out, err = capsys.readouterr()
    import json

    rows = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert main(["score", str(table), "--engine", "dask", "--workers", "1", "-o", str(tmp_path / "parts")]) == 2
    dask_err = capsys.readouterr().err
    assert _summary(err) == _summary(dask_err)
    parts = pd.read_parquet(tmp_path / "parts").to_dict("records")
    assert len(parts) == len(rows) == 8
    for mine, theirs in zip(rows, parts):
        assert str(mine["id"]) == str(theirs["id"])
        assert _same(mine.get("reliability"), theirs.get("reliability")), (mine["id"], mine.get("reliability"), theirs.get("reliability"))
        assert _same(mine.get("kind") or None, theirs.get("kind") or None), mine["id"]
        for name in ("sentiment", "loaded_language", "unsourced_claims", "provenance", "readability"):
            value = ((mine.get("signals") or {}).get(name) or {}).get("value")
            assert _same(value, theirs.get(name)), (mine["id"], name, value, theirs.get(name))
    # each row not scored for its text cell is named, the same way, by both engines
    named = sorted(line for line in err.splitlines() if "not scored: id" in line)
    assert len(named) == 3 and named == sorted(line for line in dask_err.splitlines() if "not scored: id" in line)


def test_a_kept_row_is_not_said_as_skipped_and_is_named_by_its_id(tmp_path, capsys):
    table = _table(tmp_path / "mixed.csv")
    assert main(["score", str(table)]) == 2
    out, err = capsys.readouterr()
    assert "skipped" not in err
    for row_id, line in (("2", 3), ("5", 6), ("7", 8)):
        assert re.search(rf"not scored: id {row_id} \([^)]*mixed\.csv line {line}\): column body: not text", err), err
        assert re.search(rf"^{row_id} +-", out, re.M)  # the table shows the row, by that id
