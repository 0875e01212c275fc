"""Web pages give the facts a careful reader sees (session 34, web44): classes of miss web43 found on the
development pages, each reproduced on pages written for this test (tests/fixtures/webfresh44,
`scripts/evaluate_fresh_pages.py --folder webfresh44`). The near misses beside each case keep their reading (guards).

1. An outlet named only in the footer's copyright line ("© 2026 Harbour Gazette", "Copyright Harbour Gazette
   Ltd") was no outlet: it is read where the page names none (`page_meta.footer_outlet`); a photo agency's
   credit under a picture and "© 2026 All rights reserved" are not.
2. A relative canonical link ("/my-article") gave no address: it is read against the page's own absolute
   address (og:url, `<base href>`, a share button's link to the same page: `page_sites.canonical_address`).
3. Blogger's "posted by NAME at 12:53" with a one-word NAME gave no author: the page's own signature names its
   writer, once on the page and not a desk or "Anonymous" (`page_meta.signed_post_author`).
4. A JSON-LD articleSection given as a list (["News", "Opinion"]) was read by its first item only: every item
   is a "section: ..." hint (`page_hints.hints`), so the kind rules read "Opinion".
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from xlplugin.page_hints import hints
from xlplugin.pages import extract_page

pytest.importorskip("trafilatura")

FIXTURES = Path(__file__).parent / "fixtures" / "webfresh44"

_PARAGRAPHS = (
    "The county council will close the Lode bridge from 14 April while its deck is replaced, sending traffic "
    "on a nine-mile detour through Upware and Wicken for six weeks.",
    "Its highways officer, Dana Pryce, said the work could not wait another winter because water had reached "
    "the steel under the road surface.",
    "Traders in the village said the detour would cost them passing custom at the busiest time of the year.",
)
_BODY = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
_URL = "https://www.fp-news.example.org/news/lode-bridge"


def _page(head: str = "", body: str = _BODY, foot: str = "") -> str:
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Lode bridge to close for six weeks'
            '</title>' + head + '</head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>'
            '<main><article><h1>Lode bridge to close for six weeks</h1>' + body + '</article></main><footer>' + foot
            + '</footer></body></html>')


# --- 1. the outlet in the footer's copyright line -----------------------------------------------------------

@pytest.mark.parametrize(("foot", "outlet"), [
    ("<p>© 2026 Fenland Post</p>", "Fenland Post"),
    ("<p>Copyright Fenland Post Ltd</p>", "Fenland Post"),
    ("<p>© 2026 Fenland Post. All rights reserved.</p>", "Fenland Post"),
    ("<p>Copyright &copy; <a href='/'>Fenland Post</a> 2026 | <a href='/imprint'>Imprint</a></p>", "Fenland Post"),
])
def test_the_footer_copyright_holder_is_the_outlet_where_the_page_names_none(foot, outlet):
    assert extract_page(_page(foot=foot), _URL).outlet == outlet


@pytest.mark.parametrize(("body", "foot"), [
    (_BODY, "<p>© 2026 All rights reserved</p>"),  # the notice's own words name no one
    (_BODY, "<p>Photos © 2026 Getty Images</p>"),  # a photo agency
    ('<figure><img src="/b.jpg"><figcaption>The deck. © Getty Images</figcaption></figure>' + _BODY, ""),  # a picture's credit
    (_BODY + "<p>© 2026 Fenland Post</p>", ""),  # in the article, not the footer
    (_BODY, "<p>Copyright MyCorp © 2026</p>"),  # a site template's placeholder
    (_BODY, '<p><a href="#">© Bildrechte anzeigen</a></p>'),  # a link to the pictures' credits
])
def test_a_copyright_line_naming_no_outlet_gives_none(body, foot):
    """(guards) The notice's own words, a photo agency, a credit under a picture or in the body name no outlet."""
    assert extract_page(_page(body=body, foot=foot), _URL).outlet == ""


def test_the_page_s_own_site_name_comes_before_its_footer():
    """(guard) og:site_name is the outlet, whatever the copyright line's holder (a publisher's company)."""
    page = extract_page(_page(head='<meta property="og:site_name" content="Fenland Post">',
                              foot="<p>© 2026 Marsh Media Holdings</p>"), _URL)
    assert page.outlet == "Fenland Post"


# --- 2. a relative canonical link ---------------------------------------------------------------------------

@pytest.mark.parametrize(("head", "url"), [
    ('<link rel="canonical" href="/news/lode-bridge"><meta property="og:url" '
     'content="https://fenlandpost.example.org/news/lode-bridge?src=og">', "https://fenlandpost.example.org/news/lode-bridge"),
    ('<base href="https://fenlandpost.example.org/"><link rel="canonical" href="news/lode-bridge">',
     "https://fenlandpost.example.org/news/lode-bridge"),
    ('<link rel="canonical" href="/news/lode-bridge">', "https://fenlandpost.example.org/news/lode-bridge"),
])
def test_a_relative_canonical_link_is_read_against_the_page_s_own_address(head, url):
    share = ('<p><a href="https://twitter.com/share?url=https%3A//fenlandpost.example.org/news/lode-bridge&amp;'
             'text=Lode">Share</a></p>')
    assert extract_page(_page(head=head, foot=share)).url == url


def test_an_unfilled_template_placeholder_is_no_canonical_link():
    """(guard) "{{ page.canonicalUrl }}" left in the markup is no path: the page keeps the address it was given."""
    head = '<link rel="canonical" href="{{ rubedo.current.page.contentCanonicalUrl }}">'
    assert extract_page(_page(head=head), "https://fenlandpost.example.org/news/lode-bridge").url == (
        "https://fenlandpost.example.org/news/lode-bridge")


def test_a_share_link_to_another_page_gives_no_address():
    """(guard) A share button for another page (its path not the canonical's) is no address of this one."""
    share = ('<p><a href="https://twitter.com/share?url=https%3A//fenlandpost.example.org/news/ferry-fares">'
             'Share</a></p>')
    assert extract_page(_page(head='<link rel="canonical" href="/news/lode-bridge">', foot=share)).url == ""


# --- 3. Blogger's "posted by NAME at 12:53" ------------------------------------------------------------------

@pytest.mark.parametrize(("line", "name"), [
    ('<div class="meta">posted by Marrick at 12:53 &nbsp; </div>', "Marrick"),
    ('<div class="post-footer">Posted by <span class="fn">Ann Lee</span> <span>at <a href="#">5:11 AM</a></span></div>',
     "Ann Lee"),
])
def test_a_blog_post_s_signature_names_its_author(line, name):
    assert extract_page(_page(body=_BODY + line)).author == name


@pytest.mark.parametrize("line", [
    '<div class="meta">posted by admin at 12:53</div>',  # a role, no writer
    '<div class="meta">posted by Anonymous at 12:53</div>',  # unsigned
    '<div class="meta">posted by Marrick at 12:53</div><div class="meta">posted by Marrick at 09:10</div>',  # a front page
    '<div class="meta">posted by Fenland Post at 12:53</div>',  # the site's own name
])
def test_a_signature_naming_no_writer_gives_no_author(line):
    """(guards) A role, an unsigned post, the site itself, or several posts' signatures give no author."""
    page = extract_page(_page(head='<meta property="og:site_name" content="Fenland Post">', body=_BODY + line))
    assert page.author == ""


# --- 4. articleSection as a list ------------------------------------------------------------------------------

def test_every_section_of_a_list_is_a_hint():
    markup = ('<head><script type="application/ld+json">{"@type": "NewsArticle", "articleSection": ["News", "Opinion"]}'
              '</script></head>')
    assert hints(markup) == "section: news; section: opinion"


def test_every_article_section_meta_tag_is_a_hint():
    markup = '<head><meta property="article:section" content="News"><meta property="article:section" content="Opinion"></head>'
    assert hints(markup) == "section: news; section: opinion"


def test_a_single_section_is_read_as_before():
    """(guard) One section, a string or a list of one, gives one hint."""
    assert hints('<script type="application/ld+json">{"articleSection": "Opinion"}</script>') == "section: opinion"
    assert hints('<script type="application/ld+json">{"articleSection": ["Opinion"]}</script>') == "section: opinion"


def test_a_page_filed_under_news_and_opinion_reads_as_opinion_to_the_kind_rules():
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": '
          '"Lode bridge to close for six weeks", "articleSection": ["News", "Opinion"]}</script>')
    assert "; section: opinion;" in extract_page(_page(head=ld)).page_type + ";"


# --- the fresh pages, scored as a user would -------------------------------------------------------------------

def test_the_fresh_pages_read_as_expected():
    expected = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
    out = subprocess.run([sys.executable, "-m", "xlplugin", "score", str(FIXTURES / "pages"), "--json", "-q"],
                         capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parents[1])
    rows = {Path(r["id"]).name: r for r in (json.loads(line) for line in out.stdout.splitlines() if line.strip())}
    for name, want in expected.items():
        row = rows[want["file"]]
        for field in ("title", "author", "date", "outlet", "url"):
            assert (row.get(field) or "") == want[field], (name, field)
        assert row["kind"] in want["kind"], name
        assert all(s in row["text"] for s in want["with"]), name
        assert not any(s in row["text"] for s in want["without"]), name
