"""Source rating: joins the user's own table; nothing built in."""

from __future__ import annotations

import pytest

from xlplugin.scorers import source_rating
from xlplugin.settings import Settings
from xlplugin.text import prepare

RATED = Settings().with_ratings({"example.org": (0.8, "desk"), "the daily example": (0.3, "")})


@pytest.mark.parametrize(
    "url, outlet, expected",
    [
        ("https://www.example.org/news/1", "", 0.8),
        ("http://news.example.org/x", "", 0.8),  # a subdomain matches its parent domain
        ("example.org/page", "", 0.8),  # no scheme
        ("", "The Daily Example", 0.3),  # outlet name, case ignored
        ("https://other.net/", "", None),
        ("not a url at all", "", None),
    ],
)
def test_join(url, outlet, expected):
    result = source_rating.score(prepare("Some text.", url=url, outlet=outlet), RATED)
    assert result.value == expected
    if expected is None:
        assert result.note


def test_nothing_built_in():
    result = source_rating.score(prepare("Text.", url="https://www.reuters.com/x"), Settings())
    assert result.value is None and "no source ratings" in result.note
