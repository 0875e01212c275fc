"""The Excel functions over a column that holds a row twice give the numbers `xlplugin score`
gives the same rows (hunt23b).

A paragraph that recurs in three or more documents of one outlet is that outlet's furniture
(`engine.mark_repeated`), and the CLI counts every row of a sheet. The functions score identical
cells once; they used to mark the paragraphs over the distinct cells only, so a column in which
one row was copied counted one document fewer: its outlet's sign-off was scored as the author's
prose in every row of that outlet, and the formula's index fell from the workbook's 90s to the
30s with nothing said.
"""

from __future__ import annotations

import csv
import json

import pytest

from xlplugin import engine
from xlplugin.cli import main
from xlplugin.excel import functions as f

OUTLET = "Wexcombe Evening Star"

# An outlet's sign-off, loaded on purpose, so that counting it as prose moves the index.
SIGN_OFF = ("This disgraceful, shocking scandal of a story is brought to you by our corrupt "
            "sponsors, who obviously pay for every outrageous word we publish!")
SIGN_OFFS = [
    SIGN_OFF,
    ("Outrageous? Absolutely. Our sickening, corrupt rivals will never tell you the truth "
     "that we shout from the rooftops every single day!"),
]

REPORTS = [
    ("The Wexcombe bypass will close for three weeks from Monday while the bridge deck is resurfaced, "
     "the county highways office said on Thursday. Diversions add about 12 minutes to a journey, "
     "according to the office's traffic plan."),
    ("Two firefighters were treated for smoke inhalation after a warehouse fire on Mill Lane on "
     "Tuesday night, the fire service said. Station manager Priya Nandi said the cause was being "
     "investigated."),
    ("The Wexcombe library will open on Sundays from next month, the borough council said in a "
     "statement. The change costs 40,000 pounds a year, council finance lead Owen Tate told the "
     "budget meeting."),
    ("A farmers' market returns to the cattle yard on Saturday with 35 stalls, organiser Hattie "
     "Lowe said. Entry is free, according to the market's website."),
]


def with_sign_off(text: str, sign_off: str = SIGN_OFF) -> str:
    return f"{text}\n\n{sign_off}"


def column(*values):
    return [[v] for v in values]


def batch(texts: list[str], outlets: list[str]) -> list[float | None]:
    """The indexes `score_many` gives the rows as one batch (every row counted, as the CLI counts them)."""
    docs = [{"id": str(n), "text": t, "outlet": o} for n, (t, o) in enumerate(zip(texts, outlets), start=1)]
    return [r.reliability for r in engine.score_many(docs, workers=1)]


@pytest.mark.parametrize("sign_off", SIGN_OFFS)
@pytest.mark.parametrize("copied", [0, 1, 2])
def test_a_copied_row_counts_as_the_cli_counts_it(copied, sign_off):
    # three rows of the outlet carry the sign-off, one of them twice (a row copied), plus a row without it
    texts = [with_sign_off(REPORTS[copied], sign_off), with_sign_off(REPORTS[copied], sign_off),
             with_sign_off(REPORTS[(copied + 1) % 3], sign_off), REPORTS[3]]
    expected = batch(texts, [OUTLET] * 4)
    got = [row[0] for row in f.reliability(column(*texts), None, None, OUTLET)]
    assert got == expected
    # and the sign-off is what was left out: each row reads as its report alone would, near enough
    alone = [engine.score_text(REPORTS[copied], outlet=OUTLET).reliability] * 2
    assert all(abs(a - b) < 3 for a, b in zip(got[:2], alone))


def test_scores_says_the_paragraph_was_left_out_as_the_cli_does(tmp_path, capsys):
    texts = [with_sign_off(REPORTS[0]), with_sign_off(REPORTS[0]), with_sign_off(REPORTS[1]), REPORTS[2]]
    path = tmp_path / "rows.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["id", "outlet", "text"])
        writer.writerows([str(n), OUTLET, t] for n, t in enumerate(texts, start=1))
    assert main(["score", str(path), "--json", "-q", "--workers", "1"]) == 0
    cli = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    rows = f.scores(column(*texts), False, None, None, OUTLET)
    assert [row[0] for row in rows] == [r["reliability"] for r in cli]
    statuses = [row[-1] for row in rows]
    assert all("repeated in at least 3 documents" in s for s in statuses[:3])
    assert "repeated" not in statuses[3]


@pytest.mark.parametrize("outlets", [
    [OUTLET, OUTLET, "Harbourside Gazette"],   # the third row is another outlet's
    ["", "", ""],                              # no outlet known: never one group
])
def test_no_group_of_three_marks_nothing(outlets):
    # near misses: the sign-off is in two documents of one outlet at most, so it is the author's
    texts = [with_sign_off(REPORTS[0]), with_sign_off(REPORTS[0]), with_sign_off(REPORTS[1])]
    got = [row[0] for row in f.reliability(column(*texts), None, None, column(*outlets))]
    assert got == batch(texts, outlets)
    assert got[0] == got[1] == engine.score_text(texts[0], outlet=outlets[0]).reliability


def test_three_distinct_rows_are_marked_as_before():
    # no row copied: the functions already agreed with the CLI here, and still do
    texts = [with_sign_off(r) for r in REPORTS[:3]]
    got = [row[0] for row in f.reliability(column(*texts), None, None, OUTLET)]
    assert got == batch(texts, [OUTLET] * 3)


def test_identical_rows_are_still_scored_once(monkeypatch):
    seen = []
    real = f.score_many

    def counting(inputs, **kwargs):
        inputs = list(inputs)
        seen.append(len(inputs))
        return real(inputs, **kwargs)

    monkeypatch.setattr(f, "score_many", counting)
    texts = [with_sign_off(REPORTS[0])] * 4 + [with_sign_off(REPORTS[1])] * 3
    got = f.reliability(column(*texts), None, None, OUTLET)
    assert seen == [2]
    assert [row[0] for row in got] == batch(texts, [OUTLET] * 7)
