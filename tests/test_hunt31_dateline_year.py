"""(hunt31) A dateline's date with no year ("BRENTON, March 3 (Valley Wire) -") earned the
"publication date" provenance cue while the file's date cell, which needs a year, stayed empty:
the Why said "publication date" beside no date. Such a date is no publication date now (the
dateline cue stays); a dateline's date with its year still is, and fills the date cell. Near
misses: a dated dateline, a dateline with no date, a date line of its own."""

from __future__ import annotations

import json

import pytest

from xlplugin.cli import main
from xlplugin.engine import score_text

BODY = ("The harbour board voted on Thursday to dredge the east channel, its chair, Nadia Kovac, said. The work "
        "will cost about two million pounds and take six weeks, according to the board's published plan.")


def _present(text: str) -> set[str]:
    return {e.kind for e in score_text(text).signals["provenance"].evidence if e.present}


def _file_record(tmp_path, capsys, text: str) -> dict:
    path = tmp_path / "wire.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["score", str(path), "--json", "-q"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("dateline", [
    "BRENTON, March 3 (Valley Wire) -",
    "LONDON, March 4 (Reuters) -",
    "OSLO, 12 June -",
    "FAIRHAVEN, Ore. (Oct. 14) \u2014",
    "CAIRNS, Sept. 9 -",
])
def test_a_dateline_date_without_a_year_is_no_publication_date(tmp_path, capsys, dateline):
    text = f"Channel to be dredged\n\n{dateline} {BODY}\n"
    cues = _present(text)
    assert "dateline" in cues and "publication date" not in cues
    record = _file_record(tmp_path, capsys, text)
    assert not record["date"] and "publication date" not in (record["why"] or "")


@pytest.mark.parametrize("dateline, shown", [
    ("BRENTON, March 3, 2026 (Valley Wire) -", "March 3, 2026"),
    ("LONDON, 4 March 2026 (Reuters) -", "4 March 2026"),
    ("FAIRHAVEN, Ore. (Oct. 14, 2026) \u2014", "Oct. 14, 2026"),
])
def test_near_miss_a_dateline_date_with_its_year_is_the_publication_date(tmp_path, capsys, dateline, shown):
    text = f"Channel to be dredged\n\n{dateline} {BODY}\n"
    assert {"dateline", "publication date"} <= _present(text)
    record = _file_record(tmp_path, capsys, text)
    assert record["date"] == shown and "publication date" in record["why"]


def test_near_miss_a_dateline_with_no_date_and_a_date_line_of_its_own():
    assert "publication date" not in _present(f"Channel to be dredged\n\nBRENTON (Valley Wire) - {BODY}")
    assert "dateline" in _present(f"Channel to be dredged\n\nBRENTON (Valley Wire) - {BODY}")
    own_line = f"Channel to be dredged\n\nPublished 3 March 2026\n\nBRENTON, March 3 (Valley Wire) - {BODY}"
    assert {"dateline", "publication date"} <= _present(own_line)
