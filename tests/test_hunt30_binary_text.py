"""(hunt30) A Parquet text column of bytes (strings some tools write as BYTE_ARRAY with no UTF8
mark) is read as a .txt file's bytes are: UTF-8 as the same text, with no note; other bytes as the
file reader reads them, the note saying how; bytes that are no text refused for that row alone,
saying why. `--engine dask` ended in a worker's traceback and "holds binary, not text; choose the
column with the documents' text", though it was that column. Every text here is written fresh."""

from __future__ import annotations

import pytest

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from xlplugin.cli import main  # noqa: E402
from xlplugin.frame import score_table  # noqa: E402

TEXTS = [
    "The district council agreed on Thursday to repair the old stone bridge over the mill stream, its "
    "engineer, Rosa Bell, said. Work will start in May and cost about 250,000 pounds, according to the plan.",
    "A café on the high street won the county's prize for its bread, the judges said on Saturday. The "
    "owner, Jörg Lind, said the bakery has used the same sourdough starter for eleven years.",
    "Train services between the two towns will resume next week after repairs to the line, the rail "
    "operator said in a statement. Passengers were told to expect some delays during the first days.",
]


def _as_bytes(texts, encoding="utf-8", kind=None):
    return pa.array([t.encode(encoding) if t is not None else None for t in texts], type=kind or pa.binary())


@pytest.mark.parametrize("kind", [pa.binary(), pa.large_binary()])
def test_utf8_bytes_score_as_the_same_text(kind):
    plain = score_table(pa.table({"id": ["a", "b", "c"], "text": TEXTS}))
    raw = score_table(pa.table({"id": ["a", "b", "c"], "text": _as_bytes(TEXTS, kind=kind)}))
    for column in ("reliability", "kind", "text", "note", "loaded_language", "provenance"):
        assert raw.column(column).to_pylist() == plain.column(column).to_pylist(), column
    assert raw.column("text").to_pylist() == TEXTS


def test_windows_1252_bytes_are_read_and_said():
    out = score_table(pa.table({"text": _as_bytes(TEXTS[1:2], "cp1252")}))
    assert out.column("text").to_pylist() == TEXTS[1:2]
    note = out.column("input_note").to_pylist()[0]  # ((hunt40b) how the row was read: its input_note)
    assert "column text: read as Windows-1252 (the bytes are not UTF-8)" in note
    assert out.column("reliability").to_pylist()[0] is not None


def test_bytes_that_are_no_text_refuse_their_row_alone():
    junk = bytes(range(256)) * 4
    table = pa.table({"id": ["a", "b", "c"], "text": pa.array([TEXTS[0].encode(), junk, None], type=pa.binary())})
    out = score_table(table)
    reliability, errors = out.column("reliability").to_pylist(), out.column("input_error").to_pylist()
    assert reliability[0] is not None and reliability[1] is None
    # (parity40: the reason in `input_error`, as a CSV row's; it was `note`'s "not scored: column text: ...")
    assert errors[1].startswith("column text: ") and "binary" in errors[1]
    assert "b'" not in " ".join(n or "" for n in errors + out.column("note").to_pylist())


def test_id_and_title_of_bytes_are_read_as_text():
    table = pa.table({"id": _as_bytes(["k1", "k2"]), "title": _as_bytes(["Bridge repairs agreed", "Bakery prize"]),
                      "text": TEXTS[:2]})
    out = score_table(table)
    assert out.column("title").to_pylist() == [b"Bridge repairs agreed", b"Bakery prize"]  # (the input's own, kept)
    from xlplugin.frame import _strings, _given

    assert _strings(table, "id", "id") == ["k1", "k2"]
    assert [v for v, _ in _given(table, "title", "title")] == ["Bridge repairs agreed", "Bakery prize"]


def test_a_column_of_numbers_is_still_refused_as_no_text():
    from xlplugin.errors import InputError

    with pytest.raises(InputError, match="holds int64, not text"):
        score_table(pa.table({"text": [1, 2]}))


def test_dask_reads_a_parquet_file_of_byte_strings(tmp_path, capsys):
    pytest.importorskip("distributed")
    import pandas as pd

    path = tmp_path / "bytes.parquet"
    pq.write_table(pa.table({"id": ["a", "b"], "text": _as_bytes(TEXTS[:2])}), path)
    out = tmp_path / "out"
    assert main(["score", str(path), "--engine", "dask", "--workers", "1", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "Traceback" not in err and "not text" not in err
    scored = pd.read_parquet(out)
    assert scored["text"].tolist() == TEXTS[:2] and scored["reliability"].notna().all()
