"""A saved page whose site name is only its hosting platform's ("Facebook", "Medium": the
og:site_name of every user's page there) is not pooled with every other user's page under that
name: where its address is a user's page on the platform, the address decides the outlet, as it
does for a page that gives no site name (`hosting.names_platform`)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.hosting import names_platform
from xlplugin.outlets import FROM_COLUMN, FROM_METADATA, FROM_PLATFORM, FROM_URL, outlet_of
from xlplugin.workbook import refresh_workbook
from xlplugin.workbook.outlets import OUTLETS


@pytest.mark.parametrize(("name", "url", "platform"), [
    ("Medium", "https://medium.com/@fernwriter/notes-on-tides-12ab", True),
    ("medium.com", "https://medium.com/@fernwriter/notes-on-tides-12ab", True),
    ("Facebook", "https://www.facebook.com/harbourfriends/posts/42", True),
    ("YouTube", "https://www.youtube.com/watch?v=abc", True),
    ("Fern Writes", "https://medium.com/@fernwriter/notes-on-tides-12ab", False),  # (the user's own name)
    ("Facebook", "https://www.facebook.com/about", False),  # (the platform's own page)
    ("Medium", "https://medium.com/", False),
    ("Medium", "", False),
    ("Medium", "https://tides.example.org/notes", False),
])
def test_a_platforms_own_name_is_told_from_a_users(name, url, platform):
    assert names_platform(name, url) is platform


def test_the_outlet_of_a_users_page_named_only_by_its_platform_is_its_address():
    assert outlet_of(None, "Medium", "https://medium.com/@fernwriter/x-1", FROM_METADATA) == (
        "medium.com/@fernwriter", FROM_URL)
    assert outlet_of(None, "Facebook", "https://www.facebook.com/groups/77/posts/1", FROM_METADATA)[1] == FROM_PLATFORM
    # a name of the user's own stays, and so does the platform's name for its own pages
    assert outlet_of(None, "Fern Writes", "https://medium.com/@fernwriter/x-1", FROM_METADATA) == (
        "Fern Writes", FROM_METADATA)
    assert outlet_of(None, "Medium", "https://medium.com/about", FROM_COLUMN) == ("Medium", FROM_COLUMN)


BODY = ("<p>Walkers met at the harbour on Saturday to talk about the plan for a new footbridge over the "
        "river, which the county says will cost two million pounds. Several speakers said it was overdue, "
        "and the parish clerk said a survey of the banks would be published in the autumn.</p>") * 2


def _page(site: str, url: str, title: str) -> str:
    return (f'<!DOCTYPE html><html><head><title>{title}</title><meta property="og:site_name" content="{site}">'
            f'<link rel="canonical" href="{url}"><meta property="og:type" content="article"></head>'
            f"<body><article><h1>{title}</h1>{BODY}</article></body></html>")


def _outlets(book: Path) -> dict[str, int]:
    rows = list(openpyxl.load_workbook(book)[OUTLETS].iter_rows(values_only=True))
    start = next(i for i, row in enumerate(rows) if row[0] == "Outlet or web site")
    return {row[0]: row[2] for row in rows[start + 1:] if row[0]}


def test_two_users_pages_saved_from_one_platform_are_two_outlets_in_the_workbook(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "fern.html").write_text(_page("Medium", "https://medium.com/@fernwriter/bridge-1a", "Fern on the bridge"))
    (folder / "reed.html").write_text(_page("Medium", "https://medium.com/@reedthinks/bridge-2b", "Reed on the bridge"))
    (folder / "group.html").write_text(_page("Facebook", "https://www.facebook.com/groups/5150/posts/9", "A group post"))
    book = tmp_path / "book.xlsx"
    assert main(["score", str(folder), "-o", str(book), "-q"]) == 0
    expected = {"medium.com/@fernwriter": 1, "medium.com/@reedthinks": 1, "facebook.com (its users, not named)": 1}
    assert _outlets(book) == expected
    assert refresh_workbook(book).unchanged == 3 and _outlets(book) == expected


def test_a_percent_encoded_at_sign_names_the_user_as_the_at_sign_does():
    """trafilatura gives a page's canonical link percent-encoded ("medium.com/%40someone")."""
    assert outlet_of(None, "Medium", "https://medium.com/%40fernwriter/bridge-1a", FROM_METADATA) == (
        "medium.com/@fernwriter", FROM_URL)
