"""(jsonl29) The Dask engine with Parquet gives ids as the default engine does: a blank id (null,
NaN, spaces) is "N (no id)", N the row's place among all the input's rows, and ids that several
rows share are said on stderr. JSON Lines files go through the Dask engine as a CSV file does.
Every text here is written for these tests."""

from __future__ import annotations

import json

import pytest

pa = pytest.importorskip("pyarrow")
pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

from xlplugin.cli import main  # noqa: E402
from xlplugin.frame import score_table  # noqa: E402

TEXTS = [
    "The river authority opened the new flood gates on Monday after two years of work, its chief engineer said.",
    "Bus fares in the district will rise by five percent in July, the transport office said in a short statement.",
    "A local bakery won the regional bread prize for its rye loaf, the judges announced at the fair on Saturday.",
    "The museum will lend three paintings to a gallery abroad for the summer, its director told reporters.",
    "Volunteers planted two hundred oak trees along the old canal path at the weekend, organisers said.",
]


@pytest.mark.parametrize("blank", [None, "", "   "])
def test_a_blank_text_id_is_its_place_and_said(blank):
    table = pa.table({"id": ["p1", blank, "p3"], "text": TEXTS[:3]})
    out = score_table(table)
    assert out.column("id").to_pylist() == ["p1", "2 (no id)", "p3"]
    notes = out.column("input_note").to_pylist()  # ((hunt40b) how the row was read: its input_note)
    assert "the id cell is blank, so the row's id is '2 (no id)'" in notes[1]
    assert "id cell" not in (notes[0] or "") and "id cell" not in (notes[2] or "")


def test_a_blank_id_is_numbered_from_the_first_row_given():
    out = score_table(pa.table({"doc_id": [None, "q2"], "text": TEXTS[:2]}), first_row=7)
    assert out.column("doc_id").to_pylist() == ["7 (no id)", "q2"]


def test_a_blank_id_is_no_id_typed_elsewhere():
    out = score_table(pa.table({"id": ["1 (no id)", None], "text": TEXTS[:2]}), first_row=1)
    assert out.column("id").to_pylist() == ["1 (no id)", "2 (no id)"]


def test_a_number_id_column_is_written_as_text_in_every_part_its_blank_row_still_said():
    out = score_table(pa.table({"id": pa.array([11.0, float("nan"), 13.0]), "text": TEXTS[:3]}))
    # (hunt47) the ids as --json gives them, text in every part (output_schema: never text in one part only);
    # it kept the float type (11.0, a blank id null)
    assert out.schema.field("id").type == pa.string() and out.column("id").to_pylist() == ["11", "2 (no id)", "13"]
    assert "'2 (no id)'" in out.column("input_note").to_pylist()[1]  # ((hunt40b) input_note)


def test_no_id_column_is_left_as_it_was():
    out = score_table(pa.table({"text": TEXTS[:2]}))
    assert out.column("id").to_pylist() == ["1", "2"]  # ((dask45) each row's place, as a CSV file's row's id)
    assert not any("id cell" in (n or "") for n in out.column("note").to_pylist() + out.column("input_note").to_pylist())


def _parquet(folder):
    folder.mkdir()
    pd.DataFrame({"id": ["s1", None, "s1"], "text": TEXTS[:3]}).to_parquet(folder / "a.parquet")
    pd.DataFrame({"id": ["", "s5"], "text": TEXTS[3:]}).to_parquet(folder / "b.parquet")
    return folder


def test_dask_parquet_run_numbers_blank_ids_across_partitions_and_warns_of_shared_ids(tmp_path, capsys):
    corpus, out = _parquet(tmp_path / "in"), tmp_path / "out"
    assert main(["score", str(corpus), "--engine", "dask", "--workers", "1", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "2 documents share the id 's1' (part.00000.parquet row 1, part.00000.parquet row 3)" in err
    assert "share the id '" not in err.replace("share the id 's1'", "")  # (the blank ids are no shared id)
    scored = pd.read_parquet(out)
    assert scored["id"].tolist() == ["s1", "2 (no id)", "s1", "4 (no id)", "s5"]


def test_dask_reads_json_lines_as_the_default_engine_does(tmp_path, capsys):
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join([json.dumps({"id": "f1", "body": TEXTS[0], "meta": {"site": "Canal News"}}),
                               "{not json", "",
                               json.dumps({"id": "f1", "body": TEXTS[1]})]) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["score", str(path), "--engine", "dask", "--workers", "1", "-o", str(out)]) == 2  # (a line not read)
    err = capsys.readouterr().err
    assert f"{path} line 2: line 2 is not JSON" in err
    assert "2 documents share the id 'f1'" in err
    scored = pd.read_parquet(out)
    assert scored["input_source"].tolist() == [f"{path} line {n}" for n in (1, 2, 4)]
    assert scored["outlet"].tolist()[0] == "Canal News"
    assert scored["input_error"].notna().tolist() == [False, True, False]
