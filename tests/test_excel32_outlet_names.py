"""(excel32) The built-in ratings are by web address: an outlet given by name alone ("Infowars",
"Fox News") is not rated by them, and the source evidence, the Status and the CLI say so (give the
outlet's web address), naming the rated sites of that name, instead of "no rating for this source"
alone, which read as if the outlet had none. The name never picks a rating by itself."""

from __future__ import annotations

import pytest

from xlplugin.excel import functions as f
from xlplugin.engine import DocumentInput, score_many
from xlplugin.settings import Settings

TEXT = ("The regional transport authority confirmed on Thursday that the night bus to the airport will run "
        "every 20 minutes from June, its spokesperson, Lena Moritz, said.\n\n\"We heard from hundreds of shift "
        "workers,\" Moritz said. The change will cost 300,000 a year, according to the authority's budget.")
BY_ADDRESS = "the built-in ratings are by web address"


@pytest.mark.parametrize(("name", "site"), [
    ("Infowars", "infowars.com"),
    ("Fox News", "foxnews.com"),
    ("Reuters", "reuters.com"),
    ("The Guardian", "theguardian.com"),
])
def test_a_name_is_told_to_give_the_address_and_the_site_it_may_be(name, site):
    said = f.evidence(TEXT, "source", None, None, name)
    assert BY_ADDRESS in said and site in said
    # the name alone is never rated: the index is the one with no outlet rating
    assert f.signal("source_rating", TEXT, None, None, name) != f.signal("source_rating", TEXT, None, None, site)
    assert isinstance(f.signal("source_rating", TEXT, None, None, site), float)
    # the address given rates it, and says nothing of names
    assert BY_ADDRESS not in f.evidence(TEXT, "source", None, None, site)
    assert BY_ADDRESS not in f.evidence(TEXT, "source", None, f"https://www.{site}/news/1", name)


def test_a_name_of_several_rated_sites_picks_none():
    said = f.evidence(TEXT, "source", None, None, "BBC")
    assert BY_ADDRESS in said and "bbc.com" in said and "bbc.co.uk" in said and "does not say which" in said


@pytest.mark.parametrize("name", ["Harwick Valley Courier", "Northfield Evening Post"])
def test_a_name_with_no_rated_site_is_told_to_give_the_address(name):
    said = f.evidence(TEXT, "source", None, None, name)
    assert BY_ADDRESS in said and "they rate" not in said


def test_no_outlet_and_an_unrated_address_say_what_they_said():
    assert BY_ADDRESS not in f.evidence(TEXT, "source")
    assert BY_ADDRESS not in f.evidence(TEXT, "source", None, "https://harwick-courier.example/a")


def test_your_table_still_rates_a_name_and_the_cli_path_says_the_same():
    settings = Settings(ratings={"harwick valley courier": (0.8, "my rater")})
    result = next(iter(score_many([DocumentInput(TEXT, "1", outlet="Harwick Valley Courier")], settings=settings, workers=1)))
    assert result.signals["source_rating"].value == 0.8
    # the engine the CLI runs gives the same note as the formula
    plain = next(iter(score_many([DocumentInput(TEXT, "1", outlet="Infowars")], workers=1)))
    assert BY_ADDRESS in plain.signals["source_rating"].note
    assert "infowars.com" in plain.signals["source_rating"].note


@pytest.mark.parametrize(("name", "site"), [("Infowars", "infowars.com"), ("Fox News", "foxnews.com")])
def test_the_status_names_the_rated_site_of_a_name(name, site):
    status = f.scores(TEXT, False, None, None, name)[0][-1]
    assert status.startswith("scored (source not rated: the built-in ratings are by web address") and site in status
    # the same row given the site, or with no outlet, says nothing of it
    assert f.scores(TEXT, False, None, None, site)[0][-1] == "scored"
    assert f.scores(TEXT)[0][-1] == "scored"


@pytest.mark.parametrize("name", ["Harwick Valley Courier", "Northfield Evening Post", "News"])
def test_a_name_no_rated_site_has_keeps_a_plain_status(name):
    assert f.scores(TEXT, False, None, None, name)[0][-1] == "scored"
