"""(hunt56) `score --engine dask -q` said every table row not scored on a line of its own ("not
scored: id b1 (in.csv line 3): column text: not text: a number; ..."), where `score -q` gives one
line counting them by reason (values17: the rows' Status says why; a Dask corpus with thousands
of placeholders gave thousands of lines). It now gives the default engine's line; a file that
could not be read is still named. Texts written for these tests."""

from __future__ import annotations

import pytest

pytest.importorskip("distributed")

from xlplugin.cli import main  # noqa: E402

STORY = ("The harbour board said on Tuesday that the new ferry pier would open in June, and its chair told "
         "reporters that the work had cost two million pounds, less than the budget set last year.")


@pytest.fixture(scope="module")
def address():
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0")
    client = Client(cluster)
    yield client.scheduler.address
    client.close()
    cluster.close()


def test_dask_quiet_counts_the_rows_not_scored_in_one_line(address, tmp_path, capsys):
    table = tmp_path / "in.csv"
    table.write_text(f'id,text\ngood,"{STORY}"\nb1,12345\nb2,N/A\n', encoding="utf-8")
    (tmp_path / "gone.csv").write_bytes(b"\x00\x01binary" * 50)
    code = main(["score", str(table), str(tmp_path / "gone.csv"), "--engine", "dask", "--scheduler", address,
                 "-o", str(tmp_path / "out"), "-q"])
    said = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert not any("id b1" in line or "id b2" in line for line in said), said  # (main: a line for each row)
    assert ("xlplugin: 2 rows were not scored (1 with no text in the text cell, 1 with a number or a date in the text "
            "cell instead of a text): each says why in the output (its Status)") in said, said
    assert any("gone.csv" in line for line in said), said  # (a file that could not be read: still named)
