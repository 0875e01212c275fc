"""(marks20) One site under its mobile and AMP hosts and a Google AMP cache address is one outlet
in grouping (--by-outlet, the Outlets sheet) and one rating."""
from __future__ import annotations

import pytest

from xlplugin.outlets import site_of_url
from xlplugin.scorers.source_rating import rating_used

SITES = ["tallowgazette.example", "news.brackenford.example.co.uk"]
SPELLINGS = ["https://{}/local/a", "https://www.{}/local/a", "https://m.{}/local/a", "https://amp.{}/local/a",
             "https://mobile.{}/local/a", "https://www.m.{}/local/a",
             "https://{dashed}.cdn.ampproject.org/c/s/{}/local/a"]


@pytest.mark.parametrize("site", SITES)
@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_sites_hosts_group_as_the_site(site, spelling):
    url = spelling.format(site, dashed=site.replace(".", "-"))
    assert site_of_url(url)[0] == site


@pytest.mark.parametrize("site", SITES)
@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_rating_of_the_site_rates_every_spelling(site, spelling):
    url = spelling.format(site, dashed=site.replace(".", "-"))
    assert rating_used(url, "", {site: (0.1, "me")}) == site


@pytest.mark.parametrize("url, site", [("https://m.co.uk/a", "m.co.uk"), ("https://amp.example/a", "amp.example"),
                                       ("https://mobile.com.au/a", "mobile.com.au")])
def test_a_host_that_is_its_own_site_stays(url, site):
    assert site_of_url(url)[0] == site
