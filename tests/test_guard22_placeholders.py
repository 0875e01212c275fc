"""(guard22) A placeholder for "no value" or "not known" written inside brackets or quotation marks,
or with a closing full stop ("(unknown)", "[n/a]", '"none"', "Unknown.", "(blank)"), was read as
a named outlet (a provenance point, an index point, an outlet of its own in --by-outlet) or as a
named author (no "no author" cue). The placeholder check now reads a cell the way outlet_key reads
a name, and says where it drops one. Names that only hold such a word stay names."""

from __future__ import annotations

import csv

import pytest

import xlplugin
from xlplugin.cells import given_meta
from xlplugin.cli import main

# Written for these tests: a calm report with a named source, long enough for an index.
REPORT = ("The river path between the mill and the old bridge will close for repairs from Monday, the "
          "county engineer, Ruth Dale, said in a statement. Walkers can use the lane beside the school "
          "instead, and the path should open again before the summer holidays begin.")

WORDS = ["unknown", "n/a", "none", "na", "null", "blank", "tbc", "not known", "-"]
WRITTEN = [lambda w: f"({w})", lambda w: f"[{w}]", lambda w: f'"{w}"', lambda w: f"\u201c{w}\u201d",
           lambda w: f"{w.capitalize()}.", lambda w: f" ( {w.upper()} ) ", lambda w: f"'{w}'."]
PLACEHOLDERS = sorted({shape(word) for word in WORDS for shape in WRITTEN} | {"tbc", "TBA", "()", '""', "(?)"})
NAMES = ["(The) Guardian", "N/A Times", "Unknown Pleasures Blog", "Blank Street Journal", "The None Review",
         "Harbour Weekly.", "(Harbour Weekly)", "TBC Radio"]


@pytest.mark.parametrize("field, what", [("outlet", "an outlet"), ("author", "an author"), ("title", "a title")])
def test_a_placeholder_in_brackets_quotes_or_with_a_stop_names_nothing(field, what):
    for written in PLACEHOLDERS:
        value, why = given_meta(field, written)
        assert value == "" and why == f"{written.strip()!r} is not {what}", (written, value, why)


@pytest.mark.parametrize("field", ["outlet", "author"])
def test_a_name_holding_such_a_word_is_a_name(field):
    for name in NAMES:
        assert given_meta(field, name) == (name, None), name


@pytest.mark.parametrize("written", ["Anonymous", "(anonymous)", "anon.", "[Anonymous]"])
def test_an_anonymous_author_is_no_author_but_stays_an_outlets_name(written):
    assert given_meta("author", written)[0] == ""
    assert given_meta("outlet", written) == (written, None)


@pytest.mark.parametrize("written", ["(unknown)", "[n/a]", '"unknown"', "Unknown.", "(blank)", "(none)", "tbc"])
def test_a_placeholder_outlet_or_author_scores_as_none(written):
    none = xlplugin.score_text(REPORT)
    for field in ("outlet", "author"):
        result = xlplugin.score_text(REPORT, **{field: written})
        assert result.reliability == none.reliability, (field, written)
        assert result.signals["provenance"].value == none.signals["provenance"].value, (field, written)
        assert f"{written!r} is not an {field}" in result.note, result.note
    named = xlplugin.score_text(REPORT, outlet="Harbour Weekly", author="Ann Lee")
    assert named.signals["provenance"].value > none.signals["provenance"].value  # (the check can tell them apart)


def test_by_outlet_lists_no_placeholder_as_an_outlet(tmp_path, capsys):
    path = tmp_path / "in.csv"
    outlets = ["(unknown)", "Unknown.", '"unknown"', "[n/a]", "[N/A]", "Harbour Weekly", "Harbour Weekly"]
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["id", "text", "outlet"], *([str(i), REPORT, o] for i, o in enumerate(outlets))])
    capsys.readouterr()
    main(["score", str(path), "--by-outlet"])
    out = capsys.readouterr().out
    assert "harbour weekly" in out.lower()
    for written in ("unknown", "n/a"):
        assert written not in out.lower(), out
