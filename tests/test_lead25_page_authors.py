"""(lead25) The author and title a web page gives, checked against the markup they came from
(xlplugin.page_bylines, xlplugin.page_meta): (1) a commenter's name is not the author where
the post has its own (an old-Reddit-like thread: the poster's `<a class="author may-blank">` in
the post's tagline, each comment's `<a class="author">`); (2) a byline box that gives the
writer's role in the element after the name ("Transport correspondent, Eastfold") gives the
name alone; (3) a title that ends with the author's name and one that starts with the section
the address names ("r/allotments - ...") are the headline alone. Pages written for these tests."""

from __future__ import annotations

import pytest

from xlplugin import page_bylines, page_meta

pytest.importorskip("trafilatura")

_POST_WORDS = ("We took over a plot on the north side of the site last spring. The soil was heavy clay and "
               "full of bindweed, and the previous tenant had left a shed with half a roof. After a year of "
               "digging in leaf mould and mushroom compost the beds drain well, and this summer we grew more "
               "beans than the three of us could eat. I would like to know how others deal with the bindweed, "
               "because digging it out by hand has only slowed it down.")
_REPLY_WORDS = ("Cover the worst beds with cardboard and a thick mulch for a whole season. It does not kill the "
                "roots at once but it weakens them, and the odd shoot that comes through is easy to pull.")


def _thread(poster: str, commenters: list[str], comment_class: str = "author") -> str:
    comments = "".join(
        f'<div class="thing comment" data-author="{c}"><div class="entry"><p class="tagline">'
        f'<a class="{comment_class}">{c}</a> <span class="score">{12 * (i + 1)} points</span></p>'
        f'<div class="md"><p>{_REPLY_WORDS}</p></div></div></div>'
        for i, c in enumerate(commenters))
    return f"""<!DOCTYPE html><html><head><title>Bindweed on a clay plot : allotments</title>
<meta property="og:site_name" content="boardit">
<meta property="og:title" content="r/allotments - Bindweed on a clay plot: what actually works?"></head>
<body class="comments-page"><div id="header"><a href="/">boardit</a></div>
<div class="content" role="main"><div class="sitetable linklisting">
<div class="thing link self" data-author="{poster}"><div class="entry"><p class="title">
<a class="title may-blank">Bindweed on a clay plot: what actually works?</a></p>
<p class="tagline">submitted 3 days ago by <a href="/user/{poster}" class="author may-blank">{poster}</a></p>
<div class="usertext-body"><div class="md"><p>{_POST_WORDS}</p></div></div></div></div></div>
<div class="commentarea"><div class="panestack-title">all {len(commenters)} comments</div>{comments}</div>
</div></body></html>"""


_THREAD_URL = "https://old.boardit.example/r/allotments/comments/9x8y7z/bindweed_on_a_clay_plot/"


@pytest.mark.parametrize("poster, commenters", [
    ("clay_digger", ["mulch_maven"]),
    ("clay_digger", ["mulch_maven", "grumpy_grower", "bean_counter"]),
    ("PlotHolder42", ["angry_shouter"]),
])
def test_a_thread_pages_author_is_its_poster_not_a_commenter(poster, commenters):
    from xlplugin import pages

    page = pages.extract_page(_thread(poster, commenters), _THREAD_URL)
    assert page.author == poster


def test_the_poster_who_also_comments_is_still_the_author():
    from xlplugin import pages

    page = pages.extract_page(_thread("clay_digger", ["mulch_maven", "clay_digger"]), _THREAD_URL)
    assert page.author == "clay_digger"


def test_the_section_before_a_threads_title_is_not_the_headline():
    from xlplugin import pages

    page = pages.extract_page(_thread("clay_digger", ["mulch_maven"]), _THREAD_URL)
    assert page.title == "Bindweed on a clay plot: what actually works?"


# --- the rule on its own, over markup shapes


def _article_with_comments(byline: str, commenters: list[str]) -> str:
    comments = "".join(f'<li class="comment"><span class="author">{c}</span><p>{_REPLY_WORDS}</p></li>'
                       for c in commenters)
    return (f'<html><body><article><h1>Headline</h1>{byline}<p>{_POST_WORDS}</p></article>'
            f'<section id="comments"><ol>{comments}</ol></section></body></html>')


def test_a_commenters_name_gives_way_to_the_articles_byline():
    markup = _article_with_comments('<p class="byline">By <span class="author">Nadia Ferreira</span></p>',
                                    ["Colin Marsh", "Priya Shah"])
    assert page_bylines.post_author(markup, "Colin Marsh") == "Nadia Ferreira"


def test_a_commenters_name_is_no_author_where_the_article_names_none():
    markup = _article_with_comments("", ["Colin Marsh", "Priya Shah"])
    assert page_bylines.post_author(markup, "Priya Shah") == ""


@pytest.mark.parametrize("author", ["Nadia Ferreira", "Someone Else Entirely", ""])
def test_an_author_named_outside_the_comments_stays(author):
    markup = _article_with_comments('<p class="byline">By <span class="author">Nadia Ferreira</span></p>',
                                    ["Colin Marsh"])
    assert page_bylines.post_author(markup, author) == author


def test_a_page_without_comments_keeps_its_author():
    markup = '<html><body><span class="author">Colin Marsh</span><p>Text.</p></body></html>'
    assert page_bylines.post_author(markup, "Colin Marsh") == "Colin Marsh"


# --- (2) the role line under a byline's name

def _byline_box(name: str, role: str) -> str:
    return (f'<html><body><h1>Bus lane on the ring road to open in May</h1>'
            f'<div data-component="byline-block" class="BylineBlock"><time datetime="2026-03-02">2 March 2026</time>'
            f'<div class="Text-ContributorName"><span>{name}</span></div><div class="Text">{role}</div></div>'
            f'<p>{_POST_WORDS}</p></body></html>')


@pytest.mark.parametrize("name, role, extracted", [
    ("Tomasz Nowak", "Transport correspondent, Eastfold", "Tomasz Nowak Transport correspondent; Eastfold"),
    ("Tomasz Nowak", "Transport correspondent", "Tomasz Nowak Transport correspondent"),
    ("By Ines Duarte", "Political editor", "Ines Duarte Political editor"),
    ("Ines Duarte", "Senior reporter, Westmarch", "Ines Duarte Senior reporter; Westmarch"),
])
def test_a_role_line_under_the_name_is_not_part_of_the_author(name, role, extracted):
    assert page_bylines.without_role_line(extracted, _byline_box(name, role)) == name.removeprefix("By ")


@pytest.mark.parametrize("author", [
    "Tomasz Nowak",                              # the name alone
    "Ines Duarte; Tomasz Nowak",                 # two writers
    "Ines Duarte Political editor",              # a role no element of the page writes apart
])
def test_an_author_without_a_role_line_of_its_own_stays(author):
    markup = _byline_box("Tomasz Nowak", "a photograph by the author")
    assert page_bylines.without_role_line(author, markup) == author


def test_a_byline_box_page_gives_the_name_alone():
    from xlplugin import pages

    page = pages.extract_page(_byline_box("Tomasz Nowak", "Transport correspondent, Eastfold"),
                              "https://www.eastfoldnews.example/news/articles/a1b2c3")
    assert page.author in ("Tomasz Nowak", "")  # never the name with the role and the place
    assert "correspondent" not in page.author.lower()


# --- (3) the author's name after the headline; the section before it

@pytest.mark.parametrize("title, author, headline", [
    ("Our parks need gardeners, not more benches | Ruth Okafor", "Ruth Okafor", "Our parks need gardeners, not more benches"),
    ("Why the night bus matters - Ruth Okafor", "Ruth Okafor", "Why the night bus matters"),
    ("Our parks need gardeners | Ruth Okafor", "Ruth Okafor; Dan Hale", "Our parks need gardeners"),
])
def test_an_authors_name_after_the_headline_is_dropped(title, author, headline):
    assert page_bylines.without_author_tail(title, author) == headline


@pytest.mark.parametrize("title, author", [
    ("Our parks need gardeners | Ruth Okafor", ""),             # no author: nothing to match
    ("Our parks need gardeners | Ruth Okafor", "Dan Hale"),     # another name
    ("Ruth Okafor | Our parks need gardeners", "Ruth Okafor"),  # the name first: left as it is
    ("An evening with Ruth Okafor", "Ruth Okafor"),             # no separator
    ("Okafor | Parks", "Okafor"),                               # one word is no person's name here
])
def test_other_titles_keep_their_words(title, author):
    assert page_bylines.without_author_tail(title, author) == title


@pytest.mark.parametrize("title, url, headline", [
    ("r/allotments - Bindweed on clay", "https://old.boardit.example/r/allotments/comments/1/x/", "Bindweed on clay"),
    ("news - Bridge to reopen", "https://paper.example/news/2026/03/bridge", "Bridge to reopen"),
])
def test_the_addresss_section_before_the_headline_is_dropped(title, url, headline):
    assert page_meta.without_section_head(title, url) == headline


@pytest.mark.parametrize("title, url", [
    ("Gardening - Bindweed on clay", "https://paper.example/news/2026/03/bindweed"),  # another word
    ("r/allotments - Bindweed on clay", ""),                                         # no address
    ("bindweed - the facts", "https://paper.example/bindweed"),                      # the page itself, not a section
    ("r/allotments", "https://old.boardit.example/r/allotments/"),                   # nothing after it
])
def test_other_title_heads_stay(title, url):
    assert page_meta.without_section_head(title, url) == title
