"""(meta20) Nothing silently wrong in what a document says of itself.

Fixtures are written for these tests. Each class: a web page whose JSON-LD describes other
stories beside its own; a date line whose date belongs to another label (an update, an event);
a JSON-LD date that is not a date read here.
"""

from __future__ import annotations

import json

import pytest

from xlplugin.file_titles import date_line
from xlplugin.pages import extract_page

BODY = ("The quarry will close its north gate to lorries from May, the owners said on Friday. "
        "Site manager Petra Holm said the change followed complaints about dust on Mill Lane since 2024. "
        "\"We heard the village and moved the route,\" Holm said. The parish council will meet in June.")
TITLE = "Quarry shuts north gate to lorries"


def _ld(obj) -> str:
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


def _page(blocks: str, title: str = TITLE) -> str:
    paragraphs = "".join(f"<p>{s}.</p>" for s in BODY.split(". "))
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><article><h1>{title}</h1>{paragraphs}</article>{blocks}</body></html>")


OWN = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE,
       "url": "https://millgazette.example/news/quarry", "datePublished": "2026-04-02",
       "author": {"@type": "Person", "name": "Ruth Okafor"}, "publisher": {"@type": "Organization", "name": "Mill Gazette"}}
RELATED = [
    {"@type": "NewsArticle", "headline": "Otters return to the canal", "url": "https://riverpost.example/otters",
     "datePublished": "2018-06-09", "author": {"@type": "Person", "name": "Dev Sandhu"},
     "publisher": {"@type": "Organization", "name": "River Post"}},
    {"@type": "BlogPosting", "headline": "Ten walks for a wet weekend", "mainEntityOfPage": "https://walks.example/ten",
     "datePublished": "2020-11-30", "author": [{"name": "Ola Berg"}, {"name": "Kit Marr"}]},
]


@pytest.mark.parametrize("other", RELATED)
@pytest.mark.parametrize("shape", ["other first", "other after", "one list", "graph"])
def test_the_pages_own_article_is_read_whatever_the_order(other, shape):
    if shape == "other first":
        blocks = _ld(other) + _ld(OWN)
    elif shape == "other after":
        blocks = _ld(OWN) + _ld(other)
    elif shape == "one list":
        blocks = _ld([other, OWN])
    else:
        blocks = _ld({"@context": "https://schema.org", "@graph": [other, OWN]})
    page = extract_page(_page(blocks))
    assert (page.url, page.outlet, page.title, page.date[:10]) == (
        OWN["url"], "Mill Gazette", TITLE, "2026-04-02")
    assert "Ruth Okafor" in page.author
    assert not any(name in page.author for name in ("Dev Sandhu", "Ola Berg", "Kit Marr"))


@pytest.mark.parametrize("other", RELATED)
def test_articles_none_of_which_is_the_page_give_no_address_and_say_so(other):
    stranger = {**OWN, "headline": "Bakery wins county prize", "url": "https://crumbs.example/bakery"}
    page = extract_page(_page(_ld(other) + _ld(stranger)))
    assert page.url == ""
    assert "JSON-LD describes 2 articles" in page.note


@pytest.mark.parametrize("publisher", ["https://www.millgazette.example", "http://millgazette.example/",
                                       {"@type": "Organization", "name": "https://millgazette.example"}])
def test_a_publisher_given_as_an_address_is_no_outlet_name(publisher):
    page = extract_page(_page(_ld({**OWN, "publisher": publisher})))
    assert not page.outlet.lower().startswith(("http", "www"))
    assert page.url == OWN["url"]


@pytest.mark.parametrize("given, date", [("March 5, 2026", "March 5, 2026"), ("5 March 2026", "5 March 2026"),
                                         ("2026-03-05T09:00:00+01:00", "2026-03-05")])
def test_a_json_ld_date_in_a_common_form_is_read_whole(given, date):
    page = extract_page(_page(_ld({**OWN, "datePublished": given})))
    assert page.date == date


@pytest.mark.parametrize("given", ["1772701200", "yesterday", "Spring 2026", "05/03"])
def test_a_json_ld_date_that_is_no_date_is_left_out_and_said(given):
    page = extract_page(_page(_ld({**OWN, "datePublished": given})))
    assert page.date == ""
    assert "not a date read here" in page.note


BODY_TEXT = f"Quarry shuts north gate\n\n{{line}}\n\n{BODY}\n"


@pytest.mark.parametrize("line", ["Updated | 3 March 2026", "Last updated \u00b7 3 March 2026",
                                  "Modified | 3 March 2026 | By Ruth Okafor", "Revised \u2022 3 March 2026",
                                  "Event | 3 March 2026 | Village hall", "Meeting \u00b7 3 March 2026",
                                  "Edited | March 3, 2026 | Politics"])
def test_a_date_after_another_label_is_no_publication_date(line):
    assert date_line(BODY_TEXT.format(line=line)) == ("", "")


@pytest.mark.parametrize("line, date", [("Published | 1 March 2026", "1 March 2026"),
                                        ("Updated | 3 March 2026 | Published | 1 March 2026", "1 March 2026"),
                                        ("Tuesday, 3 March 2026 | Mill Lane", "3 March 2026"),
                                        ("Posted on \u00b7 March 1, 2026", "March 1, 2026"),
                                        ("Posted by the news desk | 1 March 2026 | 2 min read", "1 March 2026")])
def test_a_date_said_to_be_the_publication_date_still_is(line, date):
    assert date_line(BODY_TEXT.format(line=line)) == (date, line)


# -- a rating typed with a site's mobile or AMP host rates the whole site -----------------------

@pytest.mark.parametrize("written", ["m.millgazette.example", "https://m.millgazette.example/",
                                     "amp.millgazette.example", "mobile.millgazette.example", "www.m.millgazette.example"])
@pytest.mark.parametrize("url", ["https://www.millgazette.example/news/quarry", "https://millgazette.example/a",
                                 "https://m.millgazette.example/news/quarry", "https://amp.millgazette.example/a"])
def test_a_rating_of_a_mobile_host_rates_every_host_of_the_site(written, url):
    from xlplugin.scorers.source_rating import rating_key, rating_used

    ratings = {rating_key(written): (0.1, written)}
    assert rating_used(url, "", ratings) == rating_key(written)
    assert rating_used("https://otherpaper.example/news/quarry", "", ratings) is None


# -- a .md file read as it shows: reference links, escapes, inline HTML, struck text, front matter --

MD_BODY = BODY


@pytest.mark.parametrize("byline", ["By [Ruth Okafor][ro]", "By [Ruth Okafor][]", "<strong>By Ruth Okafor</strong>",
                                    "<b>By Ruth Okafor</b>", "<em>By Ruth Okafor</em>",
                                    "<span class='byline'>By Ruth Okafor</span>"])
def test_a_md_byline_in_a_reference_link_or_inline_html_is_read(byline, tmp_path):
    from xlplugin.inputs import read_file

    path = tmp_path / "story.md"
    path.write_text(f"{TITLE}\n\n{byline}\n\n{MD_BODY}\n\n[ro]: https://millgazette.example/staff/ruth\n")
    doc = read_file(path)
    assert "\nBy Ruth Okafor\n" in doc.text
    assert "[ro]" not in doc.text and "<" not in doc.text


@pytest.mark.parametrize("written, shown", [(r"\*By Ruth Okafor\*", "*By Ruth Okafor*"),
                                            (r"Price \_before\_ tax", "Price _before_ tax"),
                                            (r"\[not a link\](x)", "[not a link](x)"),
                                            (r"5 \* 3 = 15", "5 * 3 = 15")])
def test_an_escaped_md_mark_is_shown_as_the_mark(written, shown):
    from xlplugin.markdown_marks import shown_markdown

    assert shown_markdown(written) == shown


@pytest.mark.parametrize("struck", ["~~The road will be free.~~", "<del>The road will be free.</del>",
                                    "<s>The road will be free.</s>"])
def test_struck_md_text_is_not_read(struck):
    from xlplugin.markdown_marks import shown_markdown

    shown = shown_markdown(f"{struck} Correction: the road will cost 4 million dollars.")
    assert "free" not in shown and "Correction: the road will cost 4 million dollars." in shown


@pytest.mark.parametrize("front, author", [
    ("---\ntitle: Quarry shuts north gate to lorries\nauthor: Ruth Okafor\ndate: 2026-04-02\ntags: [local]\n---\n", "Ruth Okafor"),
    ("---\ntitle: \"Quarry shuts north gate to lorries\"\nauthors:\n  - Ruth Okafor\n  - Sam Hale\ndate: 2 April 2026\n---\n",
     "Ruth Okafor; Sam Hale"),  # (calls22: every author of a list)
    ("+++\ntitle = \"Quarry shuts north gate to lorries\"\nauthor = \"Ruth Okafor\"\ndate = 2026-04-02T09:00:00Z\n+++\n", "Ruth Okafor"),
])
def test_md_front_matter_gives_title_author_and_date_and_is_no_text(front, author, tmp_path):
    from xlplugin.inputs import read_file

    path = tmp_path / "story.md"
    path.write_text(f"{front}\n{MD_BODY}\n")
    doc = read_file(path)
    assert (doc.title, doc.author) == (TITLE, author)
    assert doc.date in ("2026-04-02", "2 April 2026", "2026-04-02T09:00:00Z")
    assert doc.text.startswith("The quarry will close") and "title" not in doc.text
    assert "front matter" in doc.note


def test_a_rule_line_at_the_top_is_no_front_matter(tmp_path):
    from xlplugin.inputs import read_file

    path = tmp_path / "story.md"
    path.write_text(f"---\n\n{MD_BODY}\n\n---\n")
    assert read_file(path).text.strip("-\n ").startswith("The quarry")
    assert "front matter" not in read_file(path).note


# -- a date after today is said in every form a date cell is read in ----------------------------

TODAY = __import__("datetime").date(2026, 6, 10)


@pytest.mark.parametrize("given", ["Jul 4, 2026", "July 4th, 2026", "Saturday, 4 July 2026", "4 Jul 2026", "2027",
                                   "August 2026", "2026/07/04", "13/07/2026", "07/13/2026", "04-07-2027"])
def test_a_future_date_is_said_in_any_form(given):
    from xlplugin.cells import future_date_note

    assert future_date_note(given, TODAY).startswith(f"the date {given} is after today (2026-06-10)")


@pytest.mark.parametrize("given", ["Jun 9, 2026", "2026", "June 2026", "10/06/2025", "06/06/2026", "2025", "2026/06/10", "not a date"])
def test_a_date_up_to_today_is_not_said(given):
    from xlplugin.cells import future_date_note

    assert future_date_note(given, TODAY) == ""


@pytest.mark.parametrize("given, days", [("05/07/2026", "5 July 2026 or 7 May 2026"),
                                         ("07/05/2026", "7 May 2026 or 5 July 2026"),
                                         ("08/09/26", "8 September 2026 or 9 August 2026")])
def test_a_date_read_two_ways_says_both_days(given, days):
    from xlplugin.cells import future_date_note

    note = future_date_note(given, TODAY)
    assert days in note and ("may be after today" in note) is (given != "08/09/26")


# -- a weight turned from 0 back on is named in the refresh summary, as the other way is --------

@pytest.mark.parametrize("now_value", [None, 2, 7])
@pytest.mark.parametrize("key", ["weight.provenance", "weight.loaded_language", "weight.source_rating"])
def test_a_weight_turned_on_again_is_named(key, now_value):
    from xlplugin.settings import Settings, settings_table
    from xlplugin.workbook.refresh_settings import settings_change

    now = Settings() if now_value is None else Settings().with_values({key: now_value})
    lines = settings_change([now.with_values({key: 0}).digest()], now)
    shown = {s.name: s.shown for s in settings_table()}[key]
    assert lines[0].startswith(f"settings changed: {shown} 0 \u2192 ")
    assert "Settings hash" not in " ".join(lines) and "colours" in lines[1]
