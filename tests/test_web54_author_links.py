"""(web54) A web page's writer named only by the byline's link to their page of articles
("<a href="/author/jane-roe/">Jane Roe</a>"), where the meta author is a profile's address and no
rel="author" link is given (xlplugin/page_meta.py `archive_author`). Pages here are written for
these tests (made-up names, .example addresses); the corpus is read at run time only, and that
test skips where ../shared is absent.
"""

from __future__ import annotations

import pytest

from xlplugin.page_meta import archive_author
from xlplugin.pages import extract_page

from web54_helpers import BODY as _BODY, PAGES as _PAGES, needs_pages, read_page

_PROFILE = '<meta property="article:author" content="https://www.facebook.com/jane.roe">'


def _page(byline: str, extra: str = "", metas: str = _PROFILE) -> str:
    return (f"<html><head><title>Island ferry stops running</title>{metas}"
            '<meta property="og:site_name" content="Tidewatch"></head><body><article>'
            f"<h1>Island ferry stops running</h1><div class='meta-x1'><ul><li>{byline}</li></ul></div>"
            f"{_BODY}</article>{extra}</body></html>")


def test_the_byline_link_to_the_writers_articles_names_the_author():
    page = extract_page(_page('<a href="/author/jane-roe/">Jane Roe</a>'), "https://tidewatch.example/island-ferry")
    assert page.author == "Jane Roe"


def test_a_german_von_before_the_linked_name_is_left_out():
    assert archive_author(_page('<a href="/autor/jane-roe">von Jane Roe</a>')) == "Jane Roe"


def test_the_same_writer_linked_twice_is_one_author():
    markup = _page('<a href="/author/jane-roe/">Jane Roe</a>', '<aside><a href="https://tidewatch.example/author/jane-roe/">'
                   'Jane Roe</a></aside>')
    assert archive_author(markup) == "Jane Roe"


def test_links_to_two_writers_name_no_author():
    # a list of stories, each with its writer, or a team box: which one wrote this page is not known
    markup = _page('<a href="/author/jane-roe/">Jane Roe</a>', '<aside><a href="/author/tom-reed/">Tom Reed</a></aside>')
    assert archive_author(markup) == ""


@pytest.mark.parametrize("text", ["View all posts", "Author Archives", "Jane Roe, CEO", "tidewatch"])
def test_a_button_or_a_name_with_a_role_is_no_author(text):
    assert archive_author(_page(f'<a href="/author/jane-roe/">{text}</a>')) == ""


def test_a_link_to_an_author_guide_is_no_writers_page():
    # "/authors/" with nothing after it (a guide for authors), not one writer's page
    assert archive_author(_page('<a href="https://tidewatch.example/authors/">Guide To Authors</a>')) == ""


def test_a_meta_author_naming_a_person_stays():
    page = extract_page(_page('<a href="/author/tom-reed/">Tom Reed</a>', metas='<meta name="author" content="Jane Roe">'),
                        "https://tidewatch.example/island-ferry")
    assert page.author == "Jane Roe"


@needs_pages
def test_development_pages_whose_author_links_name_one_person_agree_with_their_author():
    # every page where the links name one person and another rule already found the author: the same person
    checked = 0
    for path in sorted(_PAGES.glob("*.htm*")):
        markup = read_page(path)
        linked = archive_author(markup)
        if linked:
            author = extract_page(markup).author
            assert linked in author, path.name
            checked += 1
    assert checked >= 10


# --- (web54) a login with a random ending after a digit, which the extractor cut into a person's name


@pytest.mark.parametrize("made, handle", [("Harbourinfo Qxtvb", "harbourinfo_qxtvb4k9"), ("Anna", "anna2b")])
def test_a_login_with_a_random_ending_is_shown_as_written(made, handle):
    from xlplugin.page_meta import as_written

    markup = f'<script type="application/ld+json">{{"@type": "Person", "name": "{handle}"}}</script>'
    assert as_written(made, markup) == handle


def test_a_name_the_page_writes_so_stays_beside_a_login_with_digits():
    from xlplugin.page_meta import as_written

    assert as_written("Anna Berg", "<span>Anna Berg</span> <a href='/u/annaberg2b'>annaberg2b</a>") == "Anna Berg"


# --- (web54) a blog's login named for the site: the site's account, no writer


def test_a_login_that_is_the_site_name_less_magazine_is_no_author():
    markup = _page("", metas='<meta name="author" content="harbourlux">').replace('content="Tidewatch"',
                                                                                 'content="Harbourlux Magazine"')
    page = extract_page(markup, "https://www.harbourluxmagazine.example/2019/06/island-ferry/")
    assert page.outlet == "Harbourlux Magazine"
    assert page.author == ""


@pytest.mark.parametrize("author, outlet, account", [
    ("Harbourlux", "Harbourlux Magazine", True),
    ("harbour", "Harbour News Media", True),
    ("Julia", "Julia Travels", False),       # "Travels" is no organisation word: a writer's own blog
    ("Julia", "Julia", False),               # the outlet is the name alone: a person's site
    ("Jane Roe", "Jane Roe Media", False),   # two words: a person's name
    ("Tidewatch", "The Tidewatch Magazine", False),
])
def test_site_account(author, outlet, account):
    from xlplugin.page_meta import site_account

    assert site_account(author, outlet) is account
