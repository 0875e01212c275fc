"""Web pages (session 17, pages18): a page holding several whole articles, metadata that name two
different sites, and video pages. Each page is written for this project; each test covers a class
of cases and failed before the fix it guards.
"""

from __future__ import annotations

import itertools

import pytest

from xlplugin.pages import extract_page

pytest.importorskip("trafilatura")

# Two stories of different tone, each a headline and a few paragraphs.
CALM = ("Harbour council opens new ferry shelter",
        ["The harbour council opened a covered shelter at the ferry terminal on Tuesday morning.",
         "The shelter has seats for forty people and a screen showing the next departures.",
         "A council spokesperson said the work cost less than the budget set last spring."])
LOADED = ("Wake up: the councillors are robbing you blind",
          ["These crooked councillors are shamelessly robbing every family in town blind.",
           "Their disgraceful scheme is a total disaster and a betrayal of everyone who trusted them.",
           "Only a fool would believe another word from this rotten gang of liars."])
THIRD = ("School choir wins regional prize",
         ["The school choir won first prize at the regional festival on Saturday afternoon.",
          "Forty pupils sang three pieces, one of them written by a former teacher.",
          "The choir will sing at the town hall concert next month, the head teacher said."])


def _article(story, heading="h1") -> str:
    title, paragraphs = story
    return f"<article><{heading}>{title}</{heading}>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article>"


def _page(body: str, title: str = "Local news", head: str = "") -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>"
            f"<nav><a href='/'>Home</a> | <a href='/news'>News</a></nav>{body}"
            "<footer><p>Contact us</p></footer></body></html>")


def _has(page, story) -> bool:
    return story[1][0] in page.text


# --- A. several whole articles: the same one read whatever their order, and said ------------------

@pytest.mark.parametrize("wrap", ["{}", "<main>{}</main>", "<div class='stories'>{}</div>"])
@pytest.mark.parametrize("stories", [(CALM, LOADED), (CALM, LOADED, THIRD)])
def test_the_article_read_does_not_depend_on_the_order(wrap, stories):
    read = set()
    for order in itertools.permutations(stories):
        page = extract_page(_page(wrap.format("".join(_article(s) for s in order))))
        read.add(tuple(_has(page, s) for s in stories))
        assert sum(_has(page, s) for s in stories) == 1, order  # one article, not a mix
        assert f"holds {len(stories)} articles" in page.note
        others = [s for s in stories if not _has(page, s)]
        assert all(s[0] in page.note for s in others)  # each one left out is named
    assert len(read) == 1


@pytest.mark.parametrize("named", [CALM, LOADED, THIRD])
def test_the_article_the_page_title_names_is_read(named):
    stories = [CALM, LOADED, THIRD]
    for title in (named[0], f"{named[0]} | Example Gazette"):
        for order in (stories, stories[::-1]):
            page = extract_page(_page("".join(_article(s) for s in order), title=title))
            assert _has(page, named) and not any(_has(page, s) for s in stories if s is not named)
            assert "title or address names it" in page.note


def test_the_article_the_canonical_address_names_is_read():
    slug = "choir-wins-regional-prize"
    head = f"<link rel='canonical' href='https://www.example-gazette.co.uk/news/{slug}/'>"
    body = _article(LOADED) + f"<article class='story {slug}'>" + _article(THIRD)[9:] + _article(CALM)
    page = extract_page(_page(body, head=head))
    assert _has(page, THIRD) and "holds 3 articles" in page.note


@pytest.mark.parametrize("heading", ["h3", "h4"])
def test_teaser_cards_and_comments_are_no_rival_articles(heading):
    cards = "".join(f"<article><{heading}>Story {n}</{heading}><p>A short summary of another story that the "
                    f"site links to.</p><p>Read more about story number {n} here.</p></article>" for n in range(5))
    comments = "".join(f"<div class='comments'><article><h2>Reader {n}</h2><p>I think the council should have "
                       f"asked people first.</p><p>It is our money after all, and we should have a say.</p>"
                       f"</article></div>" for n in range(3))
    page = extract_page(_page("<main>" + _article(CALM) + "</main>" + cards + comments))
    assert _has(page, CALM)
    assert "articles" not in page.note


# --- B. the page's own claims of its site disagree: never the better rating silently ---------------

def _meta_page(head: str) -> str:
    return _page(_article(CALM), title=CALM[0], head=head)


@pytest.mark.parametrize("canonical, og_url", [
    ("https://www.naturalnews.com/storm", "https://www.reuters.com/world/storm"),
    ("https://www.reuters.com/world/storm", "https://www.naturalnews.com/storm"),
    ("https://copies.example.net/a/storm", "https://www.bbc.co.uk/news/storm"),
])
def test_two_addresses_on_different_sites_give_neither_and_say_so(canonical, og_url):
    for head in (f"<link rel='canonical' href='{canonical}'><meta property='og:url' content='{og_url}'>",
                 f"<meta property='og:url' content='{og_url}'><link rel='canonical' href='{canonical}'>"):
        page = extract_page(_meta_page(head))
        assert page.url == ""
        assert "two different web sites" in page.note and "url column" in page.note


@pytest.mark.parametrize("canonical, og_url", [
    ("https://www.reuters.com/world/storm", "https://www.reuters.com/world/storm?utm=x"),
    ("https://www.bbc.co.uk/news/storm", "https://m.bbc.co.uk/news/storm"),
    ("https://amp.theguardian.com/world/storm", "https://www.theguardian.com/world/storm"),
    ("/world/storm", "https://www.reuters.com/world/storm"),
])
def test_addresses_on_the_same_site_keep_it(canonical, og_url):
    page = extract_page(_meta_page(f"<link rel='canonical' href='{canonical}'><meta property='og:url' content='{og_url}'>"))
    assert page.url and "web sites" not in page.note


def test_a_url_given_with_the_page_is_kept_when_its_addresses_disagree():
    head = ("<link rel='canonical' href='https://www.naturalnews.com/storm'>"
            "<meta property='og:url' content='https://www.reuters.com/world/storm'>")
    page = extract_page(_meta_page(head), url="https://www.example-gazette.co.uk/storm")
    assert page.url == "https://www.example-gazette.co.uk/storm"


@pytest.mark.parametrize("name, address, said", [
    ("Reuters", "https://www.infowars.com/posts/storm", True),
    ("Infowars", "https://www.reuters.com/world/storm", True),
    ("The Guardian", "https://www.naturalnews.com/storm", True),
    ("Reuters", "https://www.reuters.com/world/storm", False),
    ("The Guardian", "https://www.theguardian.com/world/storm", False),
    ("Example Gazette", "https://www.reuters.com/world/storm", False),  # names no rated site
])
def test_a_site_name_of_another_rated_site_is_said_and_the_address_rates(name, address, said):
    head = f"<meta property='og:site_name' content='{name}'><link rel='canonical' href='{address}'>"
    page = extract_page(_meta_page(head))
    assert page.url == address  # the address is what is rated, as before
    assert ("calls itself" in page.note) is said


# --- C. video pages: the caption is not the video; the player's controls are no sentence -----------

CAPTION = ("Volunteers from a river trust lifted an injured swan out of the canal lock at Marsden on Sunday "
           "and took it to a sanctuary near Huddersfield.")
PLAYERS = [
    "<iframe src='https://www.youtube.com/embed/xyz123' allowfullscreen></iframe>",
    "<iframe src='https://player.vimeo.com/video/4455' allowfullscreen></iframe>",
    "<video controls src='/media/swan.mp4'></video>",
]
CONTROLS = ["Play · 1:42 · Subtitles · Full screen", "Pause | Mute | 0:58 / 2:10 | Full screen", "Play video 2:10",
            "Watch:", "Transcript"]


def _video_page(player: str = "", og_type: str = "article", caption: str = CAPTION, controls: str = "",
                json_ld: str = "") -> str:
    head = f"<meta property='og:type' content='{og_type}'>" + (
        f"<script type='application/ld+json'>{json_ld}</script>" if json_ld else "")
    body = (f"<main><div class='video-page'><h1>Watch: Swan freed from canal lock</h1>{player}"
            f"<div class='controls'>{controls}</div><p class='caption'>{caption}</p></div></main>")
    return _page(body, title="Watch: Swan freed from canal lock | Example Gazette", head=head)


@pytest.mark.parametrize("page", [
    *[_video_page(player=p) for p in PLAYERS],
    _video_page(og_type="video.other"),
    _video_page(og_type="video.episode"),
    _video_page(json_ld='{"@context": "https://schema.org", "@type": "VideoObject", "name": "Swan"}'),
])
def test_a_video_page_with_only_a_caption_gets_no_index_and_says_why(page):
    from xlplugin.engine import score_text
    from xlplugin.page_hints import index_withheld

    read = extract_page(page)
    assert index_withheld(read.page_type) == "a video page: the text is only its caption"
    assert "video page" in read.note
    result = score_text(read.text, title=read.title, url=read.url, outlet=read.outlet, date=read.date,
                        page_type=read.page_type)
    assert result.reliability is None and "video page" in result.note


@pytest.mark.parametrize("player", PLAYERS)
def test_an_article_with_a_video_keeps_its_index(player):
    story = " ".join(CALM[1] * 4)  # a story of its own under the clip: over VIDEO_CAPTION_MAX_WORDS words
    for og_type in ("article", "video.other"):
        read = extract_page(_video_page(player=player, og_type=og_type, caption=story))
        assert "saved:" not in read.page_type and "video page" not in read.note


def test_a_short_page_with_no_video_is_no_video_page():
    read = extract_page(_video_page())
    assert "saved:" not in read.page_type and "video" not in read.note


@pytest.mark.parametrize("controls", CONTROLS)
def test_player_controls_are_furniture_never_a_claim(controls):
    read = extract_page(_video_page(player=PLAYERS[0], controls=controls))
    assert controls not in read.text.split("\n\n")  # (no line of the text)
    assert controls in read.removed
    assert CAPTION in read.text and "Watch: Swan freed from canal lock" in read.text


@pytest.mark.parametrize("line", ["12:30", "Watch: Swan freed from canal lock", "Play the long game, the coach said.",
                                  "Settings for the new ferry timetable were agreed at 1:42 pm.", "Live"])
def test_lines_that_only_look_like_controls_stay(line):
    from xlplugin.pages import clean_text

    assert clean_text(line)[0] == line
