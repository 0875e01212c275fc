"""Web pages (pages16): text that is not the article, and wrong or missing metadata. Each test
is a small page written for this project; each failed before the fix it guards.
"""

from __future__ import annotations

import pytest

from xlplugin.engine import score_text
from xlplugin.page_meta import article_title, author_parts, site_name, text_date, without_address, written_by
from xlplugin.page_promos import PROMO_TOKEN_RE
from xlplugin.pages import clean_text, extract_page
from xlplugin.scorers import provenance

pytest.importorskip("trafilatura")

PARA = ("<p>The harbour board voted on Tuesday to rebuild the old grain pier, after a survey found that "
        "{n} of its timber piles had rotted below the waterline and could no longer carry a loaded crane.</p>")
BODY = "".join(PARA.format(n=n) for n in range(12, 17))


def _page(head: str = "", article: str = BODY, after: str = "", title: str = "Harbour board rebuilds grain pier") -> str:
    return (f"<html><head><title>{title}</title>{head}</head><body><div id='container'>"
            f"<div id='story'><h1>{title}</h1>{article}</div>{after}</div></body></html>")


CARD = ("<div class='nextstory'><h2><a href='/other-{i}'>Lighthouse keeper retires after forty winters</a></h2>"
        "<p>The keeper of the north light, who kept its lamp turning through forty winters of gales, has "
        "handed the keys to a trust that will open the tower to visitors each summer. The trust says the "
        "stairs, all two hundred and twelve of them, will need new rails before the first visitors climb "
        "them, and that the old log books will be shown in the keeper's room.</p></div>")


def test_a_box_of_other_posts_teasers_is_not_the_article():
    # a short post, then a box of longer teaser cards in the same container: the extractor took
    # the container, cards and all
    short = PARA.format(n=12) + "<p>(via the <i><a href='https://quay.example'>Quay Diary</a></i>)</p>"
    page = extract_page(_page(article=short, after="<div id='next-post-thumbnails'>"
                              + "".join(CARD.format(i=i) for i in range(6)) + "</div>"))
    assert "grain pier" in page.text
    assert "Lighthouse keeper" not in page.text and "north light" not in page.text


def test_promo_box_names():
    for name in ("related-posts", "nextstory", "next-post-thumbnails", "popular-posts", "mvp-more-post-wrap"):
        assert PROMO_TOKEN_RE.fullmatch(name), name
    for name in ("related", "next", "prevnext-story", "story", "article-body", "post-content"):
        assert not PROMO_TOKEN_RE.fullmatch(name), name


def test_a_box_named_related_that_holds_the_article_is_kept():
    page = extract_page(_page(article="<div class='related-articles-block'>" + BODY + "</div>"))
    assert "grain pier" in page.text and "16 of its timber piles" in page.text


def test_comment_prompt_and_editors_recommendations_are_not_the_article():
    text = "\n".join([PARA.format(n=n)[3:-4] for n in range(5)] + [
        "What do you think? Will the new pier be ready for the summer? Let us know down below in the comments "
        "or carry on the talk over on our social pages.",
        "Editors' Recommendations:",
        "- Ferry timetable doubles for the festival week",
        "- Review: the new harbour cafe is a shameless tourist trap"])
    cleaned, removed = clean_text(text)
    assert "Let us know" not in cleaned and "tourist trap" not in cleaned and "Editors" not in cleaned
    assert cleaned.count("timber piles") == 5
    # an article's own sentence that mentions comments is kept
    kept, _ = clean_text("Readers left angry comments below the council's post, the clerk said on Monday.")
    assert kept.startswith("Readers left")


def test_cookie_notice_opening_the_text_is_dropped():
    notice = ("Auf unserer Website werden Cookies verwendet, damit wir die Seite verbessern können. Sie können "
              "dem jederzeit widersprechen, in unseren Hinweisen zum Datenschutz steht wie.")
    cleaned, removed = clean_text(notice + "\n" + PARA.format(n=3)[3:-4])
    assert removed == (notice,) and cleaned.startswith("The harbour board")


def test_date_updated_and_role_lines_and_lone_related_heading():
    lines = ["14.03.2025", "- -Aktualisiert am", PARA.format(n=1)[3:-4], "Related", PARA.format(n=2)[3:-4],
             "Redakteur im Lokalressort.", PARA.format(n=3)[3:-4]]
    cleaned, removed = clean_text("\n".join(lines))
    assert removed == ("14.03.2025", "- -Aktualisiert am", "Related", "Redakteur im Lokalressort.")
    assert cleaned.count("timber piles") == 3


def test_author_box_heading_at_the_end_starts_the_biography():
    text = "\n".join([PARA.format(n=n)[3:-4] for n in range(5)] + [
        "AUTOR", "ist Partner einer Kanzlei am Hafen. Zu seinen Schwerpunkten zählen Seerecht und Zoll."])
    cleaned, removed = clean_text(text)
    assert "Kanzlei" not in cleaned and removed[0] == "AUTOR"


def test_byline_and_biography_of_the_given_author_are_not_the_article():
    text = "\n".join(["| von Mira Sandberg"] + [PARA.format(n=n)[3:-4] for n in range(6)] + [
        "Mira Sandberg ist Redakteurin am Hafen und testet gerne neue Boote."])
    cleaned, removed = clean_text(text, "Mira Sandberg")
    assert removed == ("| von Mira Sandberg", "Mira Sandberg ist Redakteurin am Hafen und testet gerne neue Boote.")
    # without the page's author nothing is taken, and near the top a sentence about her is kept
    assert clean_text(text)[1] == ()
    top = "Mira Sandberg ist die neue Hafenmeisterin.\n" + "\n".join(PARA.format(n=n)[3:-4] for n in range(6))
    assert clean_text(top, "Mira Sandberg")[1] == ()


def test_title_that_is_a_slug_or_the_sites_name():
    markup = "<title>Harbour Courier | Grain pier to be rebuilt</title>"
    assert article_title("harbour-pier-rebuild-2025", markup, {"harbourcourier"}) == "Grain pier to be rebuilt"
    assert article_title("Harbour Courier", markup, {"harbourcourier"}) == "Grain pier to be rebuilt"
    assert article_title("", markup, {"harbourcourier"}) == "Grain pier to be rebuilt"
    assert article_title("Grain pier rebuilt", markup, {"harbourcourier"}) == "Grain pier rebuilt"
    page = extract_page(_page(head="<meta property='og:title' content='grain-pier-rebuild-autumn-2025'>",
                              title="Grain pier to be rebuilt | Harbour Courier"))
    assert page.title == "Grain pier to be rebuilt"


def test_site_name_from_feed_link_or_title():
    feed = "<link rel='alternate' type='application/rss+xml' title='Harbour Notes - RSS' href='/feed'>"
    assert site_name(feed + "<title>Harbour Notes: Pier rebuilt</title>", "Pier rebuilt", set()) == "Harbour Notes"
    assert site_name(feed + "<title>Pier rebuilt</title>", "Pier rebuilt", {"harbournotes"}) == "Harbour Notes"
    generic = "<link rel='alternate' type='application/atom+xml' title='All articles' href='/feed'>"
    assert site_name(generic + "<title>Pier rebuilt</title>", "Pier rebuilt", set()) == ""
    comments = "<link rel='alternate' type='application/rss+xml' title='Harbour Notes - Comments Feed' href='/c'>"
    assert site_name(comments + "<title>Pier rebuilt</title>", "Pier rebuilt", set()) == ""
    assert site_name("<title>Pier rebuilt | Harbour Notes</title>", "Pier rebuilt", set()) == "Harbour Notes"
    page = extract_page(_page(head=feed.replace("Harbour Notes", "Quay Diary"), title="Pier rebuilt | Quay Diary"))
    assert page.outlet == "Quay Diary"


def test_author_parts_that_name_no_writer():
    assert author_parts(["Harbour Online", "Kiel", "Germany"], "") == []
    assert author_parts(["Courier Verlag GmbH", "Mira Sandberg", "Jon Holm"], "") == ["Mira Sandberg", "Jon Holm"]
    assert author_parts(["Www Quaydesign De"], "") == [] and author_parts(["Quaydiary De"], "") == []
    assert author_parts(["So Artikel Empfehlen"], "") == []
    footer = "<div>Theme: Harbour by <a href='https://x.example' title='Pier Themes'>Pier Themes</a></div>"
    assert author_parts(["Pier Themes"], footer) == []
    assert author_parts(["Mira Sandberg"], "<p>Mira Sandberg</p>") == ["Mira Sandberg"]
    assert without_address("Harbour Online, Kiel, Germany") == "Harbour Online"
    page = extract_page(_page(head="<meta name='author' content='In Mira Sandberg'>"))
    assert page.author == "Mira Sandberg"


def test_written_by_line_names_the_writer_where_the_author_given_is_the_site():
    assert written_by("Courtesy of Harbour News\nWritten by: Mira Sandberg\nThe board met.") == "Mira Sandberg"
    page = extract_page(_page(head="<meta name='author' content='Quay Post'><meta property='og:site_name' content='Quay Post'>",
                              article="<p><em>Written by: Mira Sandberg</em></p>" + BODY))
    assert page.author == "Mira Sandberg"


def test_date_alone_on_a_first_line():
    assert text_date("January 22, 2014\nThe board met.") == "2014-01-22"
    assert text_date("22 January 2014\nThe board met.") == "2014-01-22"
    assert text_date("The board met on January 22, 2014.") == ""
    page = extract_page(_page(article="<p>March 3, 2015</p>" + BODY))
    assert page.date == "2015-03-03"


def test_the_author_that_is_no_person_is_an_organisation_author():
    # (sources20) an organisation given as the author names who stands behind the text: no byline
    # credit, but no "no author" either (was "no author (Harbour Wire: no person)" in the Why)
    text = ("The harbour board said on Thursday it will rebuild the pier. The mayor said more work would "
            "follow next year. ") * 3
    result = score_text(text, author="Harbour Wire", url="https://quay.example/x")
    why = provenance._why(result.signals["provenance"])
    assert "no author" not in why
    cues = {e.kind: e for e in result.signals["provenance"].evidence}
    assert not cues["byline"].present and not cues["no author"].present
    assert "(Harbour Wire) is an organisation" in cues["byline"].detail
