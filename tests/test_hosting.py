"""Hosting platforms: a rating of blogspot.com or medium.com is not a rating of a blog or post its
users wrote (xlplugin/hosting.py, data/hosting_platforms.txt, the source rating's join)."""

from __future__ import annotations

import pytest

import xlplugin
from xlplugin import hosting
from xlplugin.errors import DataFileError
from xlplugin.cells import status_text
from xlplugin.scorers import source_rating
from xlplugin.settings import Settings
from xlplugin.text import prepare

# Written for this test: a short rumour with no source, the kind of text a throwaway blog holds.
RUMOUR = ("The new tower in the valley makes everyone who lives near it ill. Thousands of families "
          "have already moved away without being told why. Engineers who ask questions are fired. "
          "Pass this on before it disappears. The papers will never print a word of it.")


@pytest.mark.parametrize("url, platform, site", [
    ("https://quietvalley77.blogspot.com/2024/03/tower.html", "blogspot.com", "quietvalley77.blogspot.com"),
    ("https://medium.com/@nobody/the-tower-9f1", "medium.com", "medium.com/@nobody"),
    ("https://nobody.medium.com/the-tower-9f1", "medium.com", "nobody.medium.com"),
    ("https://valleywatch.wordpress.com/2024/03/01/tower/", "wordpress.com", "valleywatch.wordpress.com"),
    ("https://valleywatch.substack.com/p/tower", "substack.com", "valleywatch.substack.com"),
    ("https://sites.google.com/view/valleywatch/home", "sites.google.com", ""),
    ("https://www.facebook.com/groups/valleywatch/posts/12", "facebook.com", ""),
    ("https://m.facebook.com/valleywatch/posts/12", "facebook.com", ""),  # a mobile host of user paths
    ("https://www.youtube.com/watch?v=abc", "youtube.com", ""),
    ("https://valleywatch.github.io/tower", "github.io", "valleywatch.github.io"),
])
def test_a_users_site_or_page_is_found(url, platform, site):
    found = hosting.user_site(url)
    assert found is not None and found.platform.domain == platform and found.site == site


@pytest.mark.parametrize("url", [
    "https://medium.com/",                       # the platform's home page
    "https://medium.com/about",                  # its own page
    "https://blog.medium.com/some-news",         # its company blog
    "https://en.blog.wordpress.com/2024/01/02/x/",  # WordPress.com's own blog (the label under it is "blog")
    "https://wordpress.com/support/",
    "https://www.blogspot.com/",
    "https://news.google.com/stories/x",         # google.com is no hosting platform; sites.google.com is
    "https://www.reuters.com/world/x",
    "not a web address",
])
def test_the_platforms_own_pages_and_other_sites_are_not_users_sites(url):
    assert hosting.user_site(url) is None


@pytest.mark.parametrize("url, platform, rated", [
    ("https://quietvalley77.blogspot.com/2024/03/tower.html", "blogspot.com", "0.67"),
    ("https://medium.com/@nobody/the-tower-9f1", "medium.com", "0.721"),
    ("https://sites.google.com/view/valleywatch/home", "google.com", "0.668"),  # a parent domain too
    ("https://valleywatch.wordpress.com/2024/03/01/tower/", "wordpress.com", "0.563"),
    ("https://www.facebook.com/groups/valleywatch/posts/12", "facebook.com", "0.407"),
])
def test_a_users_blog_gets_no_rating_from_its_platform(url, platform, rated):
    # The tester's case: the same text scored 47 with no URL and 52-60 on a free blog, because the
    # built-in table rates the platforms (Lin et al. 2023: blogspot.com 0.670, medium.com 0.721,
    # google.com 0.668, wordpress.com 0.563, facebook.com 0.407) and the rating weighs 6.
    plain = xlplugin.score_text(RUMOUR)
    hosted = xlplugin.score_text(RUMOUR, url=url)
    signal = hosted.signals["source_rating"]
    assert signal.value is None and "source_rating" not in hosted.contributors
    assert hosted.reliability == pytest.approx(plain.reliability, abs=1.0)  # (the URL is a provenance cue)
    assert f"rate {platform} {rated}, but " in signal.note
    assert "its rating is not this" in signal.note
    assert "its rating is not this" in status_text(hosted)


def test_the_platforms_own_pages_keep_its_rating():
    own = source_rating.score(prepare("Text.", url="https://en.blog.wordpress.com/2024/01/02/x/"), Settings())
    home = source_rating.score(prepare("Text.", url="https://medium.com/about"), Settings())
    assert own.value == pytest.approx(0.563) and own.details["matched"] == "wordpress.com"
    assert home.value == pytest.approx(0.721)


def test_a_rating_of_that_blog_itself_still_applies():
    # yours, for the exact blog or author path
    mine = Settings().with_ratings({"quietvalley77.blogspot.com": (0.1, "desk"), "medium.com/@nobody": (0.2, "desk")})
    blog = source_rating.score(prepare("Text.", url="https://quietvalley77.blogspot.com/2024/03/tower.html"), mine)
    author = source_rating.score(prepare("Text.", url="https://medium.com/@nobody/the-tower-9f1"), mine)
    assert blog.value == 0.1 and author.value == 0.2
    # and the built-in table's own entry for one blog (the published table rates
    # sjlendman.blogspot.com 0.493, apart from blogspot.com's 0.670)
    rated = source_rating.score(prepare("Text.", url="https://sjlendman.blogspot.com/2017/01/x.html"), Settings())
    assert rated.value == pytest.approx(0.493) and rated.details["matched"] == "sjlendman.blogspot.com"


def test_your_rating_of_the_platform_is_not_given_to_its_users_either():
    mine = Settings().with_ratings({"blogspot.com": (0.9, "desk")})
    blog = source_rating.score(prepare("Text.", url="https://quietvalley77.blogspot.com/x.html"), mine)
    home = source_rating.score(prepare("Text.", url="https://www.blogspot.com/"), mine)
    assert blog.value is None and "your table rates blogspot.com 0.9 (desk), but blogspot.com hosts" in blog.note
    assert home.value == 0.9


def test_a_blog_named_as_the_outlet_is_not_rated_by_its_platform():
    result = source_rating.score(prepare("Text.", outlet="quietvalley77.blogspot.com"), Settings())
    assert result.value is None and "blogspot.com hosts its users' blogs" in result.note


def test_a_platform_no_table_rates_says_nothing_of_it():
    result = source_rating.score(prepare("Text.", url="https://valleywatch.github.io/tower"), Settings())
    assert result.value is None and "hosts" not in result.note and "status" not in result.details
    assert result.note == "no rating for valleywatch.github.io in the built-in ratings"


def test_the_table_is_well_formed():
    table = hosting.platforms()
    assert {"blogspot.com", "wordpress.com", "medium.com", "substack.com", "sites.google.com"} <= set(table)
    for domain, platform in table.items():
        assert domain == domain.strip().lower() and "." in domain and "/" not in domain
        assert platform.kinds and platform.kinds <= set(hosting.KINDS)
        assert platform.note().startswith(f"{domain} hosts ")


@pytest.mark.parametrize("line", [
    "blogspot.com | subdomain | - | its users' blogs",          # a field missing
    "blogspot.com | subdomains | - | its users' blogs | blog",  # an unknown kind
    "blogspot.com | subdomain |  | its users' blogs | blog",    # an empty field (write "-")
])
def test_a_malformed_line_is_an_error(line):
    with pytest.raises(DataFileError, match=hosting.FILE):  # (loud50) no ValueError a rule could swallow
        hosting._parse_line(1, line)
