"""Messages that say what happened: the source rating's evidence, an index with every weight at 0,
a Parquet file given to the plain engine."""

import subprocess
import sys

import xlplugin
from xlplugin.excel import functions as f

# written for this test: a plain council report, long enough for an index
PLAIN = (
    "The city council approved the budget on Tuesday after a public hearing. Officials said the "
    "plan adds two bus routes and repairs three bridges, according to the council minutes. The "
    "mayor said the vote was close. Residents who spoke at the meeting asked for more parking."
)


def test_source_rating_evidence_names_the_match_and_the_rater():
    shown = f.evidence(PLAIN, "source_rating", url="https://www.bbc.co.uk/news/a")
    assert "bbc.co.uk" in shown and "Lin et al. 2023" in shown
    assert shown != "no evidence items"


def test_every_weight_zero_says_so():
    zero = {name: 0 for name in xlplugin.Settings().weights}
    result = xlplugin.score_text(PLAIN, settings=xlplugin.Settings().with_values(zero))
    assert result.reliability is None
    assert result.note == "no index: every index weight is 0 (settings weight.*)"
    # every text signal was scored all the same
    assert result.signals["loaded_language"].value is not None


def test_a_parquet_file_points_to_the_dask_engine(tmp_path):
    path = tmp_path / "articles.parquet"
    path.write_bytes(b"PAR1 not really")
    done = subprocess.run([sys.executable, "-m", "xlplugin.cli", "score", str(path)], capture_output=True, text=True,
                          timeout=120)
    assert "--engine dask" in done.stderr + done.stdout
