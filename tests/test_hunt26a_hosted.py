"""(hunt26a) A press release on a wire, a paper uploaded to researchgate.net, a petition on
change.org and a post on gettr.com or parler.com are their clients' or users' pages: not rated by
the platform's entry (the built-in table rates prnewswire.com 0.751, researchgate.net 0.837,
change.org 0.619, gettr.com 0.431, parler.com 0.199), and not one outlet in the roll-up. The
platform's own pages keep its rating."""
from __future__ import annotations

import pytest

from xlplugin.outlets import FROM_PLATFORM, site_of_url
from xlplugin.scorers import source_rating
from xlplugin.settings import Settings
from xlplugin.text import prepare

TEXT = "Tallow Widgets said on Monday it would open a second plant in Brackenford next spring."


@pytest.mark.parametrize("url, platform", [
    ("https://www.prnewswire.com/news-releases/tallow-widgets-opens-a-plant-301234567.html", "prnewswire.com"),
    ("https://www.prnewswire.com/news/tallow-widgets/", "prnewswire.com"),
    ("https://www.businesswire.com/news/home/20210304005123/en/", "businesswire.com"),
    ("https://www.globenewswire.com/news-release/2021/03/04/1234567/0/en/a.html", "globenewswire.com"),
    ("https://www.researchgate.net/publication/345678_A_survey_of_ferries", "researchgate.net"),
    ("https://www.change.org/p/brackenford-council-keep-the-ferry", "change.org"),
    ("https://gettr.com/post/p1a2b3c", "gettr.com"),
    ("https://parler.com/someone/post/1", "parler.com"),
])
def test_a_clients_or_users_page_is_not_rated_as_the_platform(url, platform):
    result = source_rating.score(prepare(TEXT, url=url), Settings())
    assert result.value is None
    if platform in source_rating.builtin_ratings():  # (the note says why the platform's rating is not used)
        assert f"{platform} hosts" in result.note
    assert site_of_url(url)[1] == FROM_PLATFORM


@pytest.mark.parametrize("url, rated", [
    ("https://www.prnewswire.com/", "prnewswire.com"),
    ("https://www.prnewswire.com/about/", "prnewswire.com"),
    ("https://www.change.org/about", "change.org"),
    ("https://www.researchgate.net/about", "researchgate.net"),
])
def test_the_platforms_own_pages_keep_its_rating(url, rated):
    assert source_rating.score(prepare(TEXT, url=url), Settings()).details["matched"] == rated


def test_your_own_rating_of_the_platform_is_not_its_clients_either():
    mine = Settings().with_ratings({"prnewswire.com": (0.95, "desk")}).with_values({"sources.builtin": 0})
    url = "https://www.prnewswire.com/news-releases/tallow-widgets-opens-a-plant-301234567.html"
    assert source_rating.score(prepare(TEXT, url=url), mine).value is None
