"""A page saved from a hosting platform ("Facebook", "Medium") with no web address that names the
account is not pooled under the platform's name: its outlet is not known. An address on the
platform decides as before (`tests/test_outlets_platform_site_name.py`).

The pages here were written for this project.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from xlplugin.cli import main
from xlplugin.hosting import platform_named
from xlplugin.outlets import FROM_COLUMN, NO_OUTLET, outlet_of
from xlplugin.pages import trafilatura_available

BODY = ("<p>Walkers met at the harbour on Saturday to talk about the plan for a new footbridge over the "
        "river, which the county says will cost two million pounds. Several speakers said it was overdue, "
        "and the parish clerk said a survey of the banks would be published in the autumn.</p>") * 2


def _page(site: str, title: str) -> str:  # no canonical link, no og:url
    return (f'<!DOCTYPE html><html><head><title>{title}</title><meta property="og:site_name" content="{site}">'
            f'<meta property="og:type" content="article"></head>'
            f"<body><article><h1>{title}</h1>{BODY}</article></body></html>")


@pytest.mark.parametrize("name", ["Facebook", "facebook.com", "Medium", "YouTube"])
def test_a_platforms_own_name_with_no_address_names_no_outlet(name):
    assert platform_named(name) is not None
    assert outlet_of(None, name, "") == (NO_OUTLET, "")
    assert outlet_of(None, name, "n/a") == (NO_OUTLET, "")


def test_other_names_and_addresses_decide_as_before():
    assert platform_named("Harbour Friends") is None
    assert outlet_of(None, "Harbour Friends", "") == ("Harbour Friends", FROM_COLUMN)
    assert outlet_of(None, "Facebook", "https://www.facebook.com/about") == ("Facebook", FROM_COLUMN)


@pytest.mark.skipif(not trafilatura_available(), reason="needs trafilatura")
def test_two_pages_saved_from_facebook_without_addresses_are_not_one_outlet(tmp_path: Path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "walkers.html").write_text(_page("Facebook", "Harbour walkers"), encoding="utf-8")
    (folder / "bridge.html").write_text(_page("Facebook", "Bridge friends"), encoding="utf-8")
    assert main(["score", str(folder), "--json", "-q"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")]
    assert len(rows) == 2 and all(row["outlet"] == "" for row in rows)
