"""Source rating: your own table first, then the built-in Lin et al. 2023 ratings; a switch."""

from __future__ import annotations

import subprocess
import sys

import pytest

import xlplugin
from xlplugin.errors import SettingsError
from xlplugin.scorers import source_rating
from xlplugin.settings import Settings
from xlplugin.text import prepare

RATED = Settings().with_ratings({"example.org": (0.8, "desk"), "the daily example": (0.3, "")})
NO_BUILTIN = Settings().with_values({"sources.builtin": 0})


@pytest.mark.parametrize(
    "url, outlet, expected",
    [
        ("https://www.example.org/news/1", "", 0.8),
        ("http://news.example.org/x", "", 0.8),  # a subdomain matches its parent domain
        ("example.org/page", "", 0.8),  # no scheme
        ("", "The Daily Example", 0.3),  # outlet name, case ignored
        ("https://other.invalid/", "", None),
        ("not a url at all", "", None),
    ],
)
def test_join_your_table(url, outlet, expected):
    result = source_rating.score(prepare("Some text.", url=url, outlet=outlet), RATED)
    assert result.value == expected
    if expected is None:
        assert result.note
    else:
        assert "your table" in result.note


def test_builtin_rates_a_known_domain_and_names_the_rater():
    # Lin et al. 2023 give reuters.com the top rating (1.0) and breitbart.com about 0.30 (the
    # published table); a parent domain matches a subdomain.
    top = source_rating.score(prepare("Text.", url="https://www.reuters.com/world/x"), Settings())
    low = source_rating.score(prepare("Text.", url="https://www.breitbart.com/politics/x"), Settings())
    sub = source_rating.score(prepare("Text.", url="https://markets.reuters.com/x"), Settings())
    assert top.value == 1.0 and sub.value == 1.0
    assert low.value == pytest.approx(0.297, abs=0.001)
    assert "Lin et al. 2023" in top.note and top.details["rater"] == source_rating.BUILTIN_RATER


def test_builtin_matches_a_rated_section_and_a_domain_given_as_outlet():
    section = source_rating.score(prepare("Text.", url="https://www.theguardian.com/observer/x"), Settings())
    assert section.details["matched"] == "theguardian.com/observer"
    outlet = source_rating.score(prepare("Text.", outlet="apnews.com"), Settings())
    assert outlet.value == pytest.approx(0.998, abs=0.001)


def test_your_table_overrides_the_builtin_per_domain():
    mine = Settings().with_ratings({"reuters.com": (0.2, "my desk")})
    over = source_rating.score(prepare("Text.", url="https://www.reuters.com/x"), mine)
    other = source_rating.score(prepare("Text.", url="https://apnews.com/x"), mine)
    assert over.value == 0.2 and "my desk" in over.note
    assert other.value == pytest.approx(0.998, abs=0.001) and "Lin et al." in other.note


def test_switch_turns_the_builtin_off():
    off = source_rating.score(prepare("Text.", url="https://www.reuters.com/x"), NO_BUILTIN)
    assert off.value is None and "built-in table is off" in off.note
    toml_off = Settings().with_values({"sources": {"builtin": False}})
    assert toml_off["sources.builtin"] == 0
    with pytest.raises(SettingsError):
        Settings().with_values({"sources.builtin": 2})


def test_no_url_no_rating():
    result = source_rating.score(prepare("Text."), Settings())
    assert result.value is None and "no URL or outlet" in result.note


def test_index_uses_builtin_only_with_a_url():
    text = ("The ministry said on Monday that exports rose 4.1% in October, according to its monthly report. "
            "Imports fell for the second month in a row, it said.")
    plain = xlplugin.score_text(text)
    rated = xlplugin.score_text(text, url="https://www.reuters.com/x")
    off = xlplugin.score_text(text, url="https://www.reuters.com/x", settings=NO_BUILTIN)
    assert "source_rating" not in plain.contributors and "source_rating" not in off.contributors
    assert "source_rating" in rated.contributors
    assert rated.stamp["settings"] != off.stamp["settings"]


def test_builtin_table_is_well_formed():
    table = source_rating.builtin_ratings()
    assert len(table) == 11520  # the published table's row count (Lin et al. 2023, domain_pc1.csv)
    assert all(0.0 <= v <= 1.0 for v in table.values())
    assert all(k == k.strip().lower() and " " not in k for k in table)


def test_builtin_table_is_read_only_when_a_document_has_a_source():
    """A document with no URL or outlet never reads the table; one with a URL does. (How long
    reading it takes is a figure of scripts/bench.py --only import: builtin_ratings_load_s.)"""
    code = (
        "import xlplugin; from xlplugin.scorers import source_rating; read = []; real = source_rating.data_text; "
        "source_rating.data_text = lambda name: read.append(name) or real(name); "
        "plain = xlplugin.score_text('Plain text with no source given. It has two sentences.'); "
        "print(len(read), plain.signals['source_rating'].value); "
        "rated = xlplugin.score_text('Plain text with a source given. It has two sentences.', url='https://www.reuters.com/x'); "
        "print(read == [source_rating.BUILTIN_FILE], rated.signals['source_rating'].value is not None)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["0", "None", "True", "True"]


@pytest.mark.parametrize("url", ["n/a", "-", "unknown", "3"])
def test_a_url_cell_that_is_no_web_address_is_not_rated(url):
    # Not looked up, not even against a table that lists the same text: "n/a" is no source.
    settings = Settings().with_ratings({key: (0.1, "desk") for key in ("n/a", "unknown", "3", "-")})
    result = source_rating.score(prepare("The council met.", url=url), settings)
    assert result.value is None and result.note == "no URL or outlet to rate"
