"""The sentiment signal keeps VADER's sentence-level quality on the NYT editorial snippets."""

from __future__ import annotations

import sys

from conftest import ROOT, eval_path

sys.path.insert(0, str(ROOT))

from scripts.evaluation import sentiment as nyt  # noqa: E402

# Hutto & Gilbert (2014) report Pearson r = 0.492 for VADER against the mean human rating of
# these 5,190 sentences; the issue asks that per-sentence aggregation keep at least 0.49.
FLOOR = 0.49


def test_pearson_r_against_human_mean():
    eval_path("vader_nyt", "nytEditorialSnippets_GroundTruth.txt")
    rows = {row.split: row for row in nyt.evaluate()}
    assert rows["all"].n > 5000
    assert rows["all"].value >= FLOOR, rows["all"]
