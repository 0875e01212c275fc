"""(session 20, lead) A name written with a full stop and no space ("Harwick-Courier.", "U.S.")
is an outlet's name, not a web site: --by-outlet, the Outlets sheet and a ratings table read it by
the one outlet key (it was a separate "harwick-courier." group, and a rating typed that way rated
nothing). Names written as sites stay sites. Names written for this test."""

from __future__ import annotations

import pytest

from xlplugin.scorers.source_rating import outlet_group, outlet_key, rating_key

NAMES = ["Harwick-Courier.", "Harwick_Courier.", "Harwick-Courier..", "Vale-Post.", "U.S.", "E.U.",
         "Kestrel-Valley-Gazette."]
SITES = [("harwickcourier.example", "harwickcourier.example"), ("www.harwickcourier.example.", "harwickcourier.example"),
         ("m.harwickcourier.example", "harwickcourier.example"), ("news.com.au", "news.com.au"),
         ("valepost.co.uk", "valepost.co.uk")]


@pytest.mark.parametrize("name", NAMES)
def test_a_name_with_a_closing_stop_groups_and_rates_as_the_name(name):
    assert outlet_group(name) == outlet_key(name), name
    assert rating_key(name) == outlet_key(name), name
    assert "." not in outlet_group(name)


@pytest.mark.parametrize("written, site", SITES)
def test_a_site_stays_a_site(written, site):
    assert outlet_group(written) == site
    assert rating_key(written) == site


def test_spellings_of_one_outlet_are_one_group_whatever_their_stops():
    spellings = ["Harwick Courier", "Harwick-Courier.", "The Harwick Courier", "Harwick Courier."]
    assert len({outlet_group(s) for s in spellings}) == 1
