"""provenance: checklist cues on short page-shaped texts written for these tests."""

from __future__ import annotations

import pytest

from xlplugin.scorers import provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare

from opcount import calls

PREFIXES = ("found, adds ", "not found, would add ", "found, takes ", "not found, would take ",
            "found, not counted")  # (credit16) a repost line crediting its original

NEWS = """Opinion | Harbour plans deserve a closer look
By Clara Jensen
March 3, 2024

OSLO (Reuters) - The city council approved a 40 million crown harbour plan on Monday, council leader Ivar Berg said.

"We have waited ten years for this decision," Berg told reporters after the vote.

The plan follows a 2023 Audit Office report on the harbour's finances.

Photo: Anna Holm/Reuters

Correction: An earlier version of this article gave the wrong date for the vote.
"""

FORUM = """What's new
Harbour plans finally approved!!
harbourfan99
Joined
Jan 2, 2012
Messages
1,204
Reaction score
37
Location
Oslo

They approved the harbour plan, 40 million wasted as usual.
Last edited:
"""

REPOST = """You won't believe what the council did with the harbour!
The council approved the harbour plan. Officials ** said it would cost 40 million.
Original article: https://example.org/harbour/123
Disclaimer: The views in this post are the writer's own, shared for reference only.
"""


def _score(text, **meta):
    doc = prepare(text, **meta)
    return doc, provenance.score(doc, Settings())


def _cues(result):
    return {e.kind: e for e in result.evidence}


def test_every_cue_is_reported_once_with_a_known_prefix():
    for text in (NEWS, FORUM, REPOST, ""):
        doc, result = _score(text)
        kinds = [e.kind for e in result.evidence]
        assert sorted(kinds) == sorted(list(provenance.POSITIVE) + list(provenance.NEGATIVE))
        for item in result.evidence:
            assert item.detail.startswith(PREFIXES), item.detail
            assert doc.text[item.start : item.end] == item.text
            if item.detail.startswith("not found"):
                assert (item.text, item.start, item.end) == ("", 0, 0)


@pytest.mark.parametrize("cue", [
    "byline", "publication date", "dateline", "named outlet", "named sources with roles",
    "attributed direct quotes", "references to primary documents", "photo credits",
    "correction or update notes", "opinion or analysis label",
])
def test_news_page_positive_cues_present(cue):
    _, result = _score(NEWS)
    assert _cues(result)[cue].detail.startswith("found, adds ")


@pytest.mark.parametrize("cue", ["no author", "redaction marks", "forum furniture", "repost markers", "disclaimer", "clickbait headline"])
def test_news_page_negative_cues_absent(cue):
    _, result = _score(NEWS)
    assert _cues(result)[cue].detail.startswith("not found, would take ")


@pytest.mark.parametrize("text, cue, shown_by", [
    (FORUM, "forum furniture", "Joined"),
    (REPOST, "redaction marks", "**"),
    # (credit16) a repost line naming no original; "Original article: URL" credits it (not counted)
    (REPOST.replace("Original article: https://example.org/harbour/123", "Source: internet"), "repost markers", "Source:"),
    (REPOST, "disclaimer", "reference only"),
    (REPOST, "clickbait headline", "You won't believe"),
    (FORUM, "no author", ""),
])
def test_negative_cues_present(text, cue, shown_by):
    _, result = _score(text)
    item = _cues(result)[cue]
    assert item.detail.startswith("found, takes ")
    assert shown_by in item.text


def test_value_is_base_plus_weights_and_ranks_pages():
    _, news = _score(NEWS)
    _, forum = _score(FORUM)
    _, repost = _score(REPOST)
    assert news.value > 80 > 40 > forum.value
    assert news.value > 40 > repost.value
    # recompute the value from the evidence: BASE + present positives - present negatives
    expected = provenance.BASE
    for item in news.evidence:
        if item.detail.startswith("found, adds"):
            expected += provenance.POSITIVE[item.kind]
        elif item.detail.startswith("found, takes"):
            expected -= provenance.NEGATIVE[item.kind]
    assert news.value == max(0, min(100, expected))
    assert news.score == pytest.approx(news.value / 100)


def test_weights_make_a_perfect_page_100():
    assert provenance.BASE + sum(provenance.POSITIVE.values()) == 100


def test_metadata_counts_as_cues():
    text = "The council approved the harbour plan on Monday."
    _, bare = _score(text)
    _, given = _score(text, url="https://news.example.com/a", outlet="Harbour Times")
    assert _cues(bare)["named outlet"].detail.startswith("not found")
    assert _cues(given)["named outlet"].detail.startswith("found, adds ")
    assert _cues(given)["original URL"].detail.startswith("found, adds ")
    assert given.value == bare.value + provenance.POSITIVE["named outlet"] + provenance.POSITIVE["original URL"]


def test_repost_url_that_does_not_match_is_named():
    _, result = _score(REPOST, url="https://news.example.com/harbour")
    assert "does not match" in _cues(result)["repost markers"].detail


def test_markdown_bold_is_not_redaction():
    _, result = _score("The **council** approved the plan on Monday, said council leader Ivar Berg.")
    assert _cues(result)["redaction marks"].detail.startswith("not found")


@pytest.mark.parametrize("text", ["", "\x00", "**", "By", "Joined", "a" * 10000, "\n" * 500, "Photo:" * 40])
def test_never_raises_and_stays_in_range(text):
    _, result = _score(text)
    assert 0 <= result.value <= 100


def test_work_grows_no_faster_than_length():
    """100x the text makes at most ~100x the function calls (a count, the same on every run; the
    timings are figures of scripts/bench.py --only scorers)."""
    provenance.warm_up()
    provenance.score(prepare(NEWS * 1000), Settings())  # word caches filled before counting
    small = calls(lambda doc=prepare(NEWS * 10): provenance.score(doc, Settings()))
    large = calls(lambda doc=prepare(NEWS * 1000): provenance.score(doc, Settings()))
    # measured: 92x (a fixed part per document); quadratic work would be thousands of times
    assert 50 * small <= large <= 120 * small


# Wire and press-release layouts written for these tests: (text, expected dateline, date, outlet).
WIRE_FORMS = [
    ("By Ana Reyes\n\nPORTO, March 4, 2026 (Harbour Wire Service) — The port reopened on Tuesday.\n",
     "PORTO, March 4, 2026 (Harbour Wire Service) —", "March 4, 2026", "Harbour Wire Service"),
    ("VALLETTA (Island Press) — The port reopened on Tuesday after a storm.\n",
     "VALLETTA (Island Press) —", None, "Island Press"),
    ("TRONDHEIM, Norway — The port reopened on Tuesday after a storm.\n",
     "TRONDHEIM, Norway —", None, None),
    ("GALWAY, 4 March 2026 — The port reopened on Tuesday after a storm.\n",
     "GALWAY, 4 March 2026 —", "4 March 2026", None),
    ("FOR IMMEDIATE RELEASE\n\nNORTHBAY, 2 June 2026 — Northbay Ferries today announced a new route.\n",
     "NORTHBAY, 2 June 2026 —", "2 June 2026", None),
    ("KIEL, March 4 (Baltic Wire) - The port reopened on Tuesday after a storm.\n",
     "KIEL, March 4 (Baltic Wire) -", None, "Baltic Wire"),
]


@pytest.mark.parametrize("text, dateline, date, outlet", WIRE_FORMS)
def test_wire_datelines_dates_and_credits(text, dateline, date, outlet):
    _, result = _score(text)
    cues = _cues(result)
    assert cues["dateline"].text == dateline
    if date is not None:
        assert cues["publication date"].text == date
    if outlet is not None:
        assert cues["named outlet"].text == outlet
    else:
        assert cues["named outlet"].detail.startswith("not found")


def test_photo_credit_names_the_agency():
    text = "The port reopened on Tuesday.\n\nPhoto: The quay at night. (Baltic Wire/Jonas Meyer)\n"
    _, result = _score(text)
    cues = _cues(result)
    assert cues["photo credits"].detail.startswith("found")
    assert cues["named outlet"].text == "Baltic Wire"


def test_forum_join_date_is_not_the_publication_date():
    _, result = _score("Joined: Apr 3, 2019\nMessages: 2,114\n\nThe dam will flood the valley.\n")
    assert _cues(result)["publication date"].detail.startswith("not found")


def test_furniture_words_are_not_document_references():
    text = ("FOR IMMEDIATE RELEASE\n\nThe plant reopened on Monday.\n\nLike Reply Report\n")
    _, result = _score(text)
    assert _cues(result)["references to primary documents"].detail.startswith("not found")


# --- version 3: code, acronyms, navigation labels and names are not cues ------------------------
# Texts written for these tests.

PYTHON_POST = """Passing options through a wrapper

By Ines Varga

The wrapper collects extra options in **kwargs and hands them to the parser unchanged.
Python lets you use ** with a dict whose keys are strings to turn them into named arguments.
"""


def test_keyword_unpacking_is_not_redaction():
    _, result = _score(PYTHON_POST)
    assert _cues(result)["redaction marks"].detail.startswith("not found")


def test_redaction_in_prose_still_counts():
    # the same marks in a text with no code at all: a redacted source
    _, result = _score("The council approved the harbour plan. Officials ** said it would cost 40 million.\n")
    assert _cues(result)["redaction marks"].detail.startswith("found")


@pytest.mark.parametrize("title, body", [
    ("JSON Parsing With SIMD: How Fast Can It Go", "We compare two JSON parsers that use SIMD instructions."),
    ("NASA And JAXA Sign Lunar Gateway Deal", "NASA and JAXA signed the agreement in Tokyo on Monday."),
])
def test_acronyms_in_a_title_are_not_shouting(title, body):
    _, result = _score(body, title=title)
    assert _cues(result)["clickbait headline"].detail.startswith("not found")


def test_shouting_in_a_title_is_still_clickbait():
    _, result = _score("The council met on Monday to discuss the harbour.",
                       title="You MUST WATCH What The Council Did NEXT")
    item = _cues(result)["clickbait headline"]
    assert item.detail.startswith("found") and "capitals" in item.detail


def test_a_link_label_is_not_a_primary_document():
    text = ("Harbour tolls to rise in spring\n\nThe port authority will raise tolls by 8 percent, "
            "its chairman told reporters on Monday.\n\nREAD FULL ARTICLE\n")
    _, result = _score(text)
    assert _cues(result)["references to primary documents"].detail.startswith("not found")


def test_a_first_name_that_is_a_document_word_is_not_a_document():
    # "Bill" starts a person's name here; "the Harbour Bill" below is a document
    _, person = _score("Co-founder Bill Gates backed the carbon removal firm in 2019, the company said.")
    assert _cues(person)["references to primary documents"].detail.startswith("not found")
    _, bill = _score("The Harbour Bill was published on Monday and sets tolls for ten years.")
    assert _cues(bill)["references to primary documents"].detail.startswith("found")


# A post written for this test: a few lines of prose, then the counts a social site prints under it.
SOCIAL_POST = """Just back from the harbour festival, the fireworks were the best in years.
Photos tomorrow when I have sorted them.
12 likes
3.4K shares
1 comment
5 people like this
"""


def test_counts_under_a_post_are_social_media_furniture():
    # the nouns come from [social_count_words] in provenance.txt, singular or plural
    _, result = _score(SOCIAL_POST)
    hit = _cues(result)["forum furniture"]
    assert hit.detail.startswith("found") and "4 forum or social-media page lines" in hit.detail
    assert hit.text == "12 likes"
    # a count inside a sentence, or two count lines alone, are not enough
    for text in ("The post got 12 likes and 3 shares in an hour, the council said.\n",
                 SOCIAL_POST.replace("1 comment\n", "").replace("5 people like this\n", "")):
        _, result = _score(text)
        assert _cues(result)["forum furniture"].detail.startswith("not found"), text


def test_the_cue_table_is_what_the_score_reads():
    """CUES is the one list of provenance cues: the evidence lists every cue of it, in its order,
    and the positive weights take a text from BASE to 100."""
    from xlplugin.scorers import provenance as prov

    result = prov.score(prepare("By Jane Smith\nMarch 4, 2026\n\nThe council met on Monday."), Settings())
    assert [e.kind for e in result.evidence] == [cue.name for cue in prov.CUES]
    assert prov.BASE + sum(prov.POSITIVE.values()) == 100
    assert all(cue.found_by and cue.why for cue in prov.CUES)


@pytest.mark.parametrize("url", ["n/a", "N/A", "-", "unknown", "none", "3", "3.0", "see above", "desk@example.com"])
def test_a_url_cell_that_is_no_web_address_is_no_cue(url):
    # What a spreadsheet holds where there is no URL (or a number typed into the column) says
    # nothing about where the text comes from: no "original URL" cue, the value as without it.
    text = "The council approved the harbour plan on Monday."
    _, bare = _score(text)
    _, given = _score(text, url=url)
    assert not _cues(given)["original URL"].present
    assert given.value == bare.value


@pytest.mark.parametrize("url", ["https://news.example.com/harbour/plan", "http://10.0.0.7/a", "example.org",
                                 "www.example.co.uk/news/1", "news.example.com:8080/a"])
def test_a_web_address_is_the_original_url_cue(url):
    _, given = _score("The council approved the harbour plan on Monday.", url=url)
    assert _cues(given)["original URL"].present


def test_the_why_names_the_cues_against_the_score():
    from xlplugin.types import LESS_RELIABLE, MORE_RELIABLE, Evidence, Score

    def cue(kind, polarity, weight):
        return Evidence("", kind, 0, 0, present=True, polarity=polarity, weight=weight)

    # a fair score with two negatives: the why says what cost it, the heavier first
    good = Score("provenance", 55, 0.55, "", evidence=(
        cue("publication date", MORE_RELIABLE, 6), cue("dateline", MORE_RELIABLE, 5),
        cue("no author", LESS_RELIABLE, 6), cue("clickbait headline", LESS_RELIABLE, 8)))
    assert provenance.INFO.phrase(good) == \
        "provenance 55/100 (publication date, dateline; but clickbait headline, no author)"
    # a poor score: its negatives, then the positive that gained it most
    poor = Score("provenance", 20, 0.2, "", evidence=(
        cue("no author", LESS_RELIABLE, 6), cue("dateline", MORE_RELIABLE, 5)))
    assert provenance.INFO.phrase(poor) == "provenance 20/100 (no author; but dateline)"
    # nothing against: as before
    only = Score("provenance", 70, 0.7, "", evidence=(cue("byline", MORE_RELIABLE, 10),))
    assert provenance.INFO.phrase(only) == "provenance 70/100 (byline)"


# An article's header copied below a forum post's furniture: more than the head's lines down.
_FORUM_TOP = "".join(f"{label}\n{value}\n" for label, value in [
    ("riverwatcher", "MEMBER"), ("Joined", "Apr 3, 2019"), ("Messages", "2,114"), ("Reaction score", "7"),
    ("Country", "Norway"), ("Location", "Oslo"), ("Rank", "Senior"), ("Status", "Away")])
_BODY = ("The dam on the upper river will flood the valley, the regional council said on Monday. "
         "Farmers in the valley have asked for compensation.\n") * 12  # past the tail's lines


@pytest.mark.parametrize("date", ["July 9, 2018", "9 July 2018", "2018-07-09"])
def test_a_date_line_next_to_a_name_counts_below_the_head(date):
    text = _FORUM_TOP + "The valley and the dam\nMaren Holt\n" + date + "\nRegions, Energy\n\n" + _BODY
    _, result = _score(text)
    cues = _cues(result)
    assert cues["publication date"].detail.startswith("found") and cues["publication date"].text == date
    assert cues["byline"].text == "Maren Holt"


@pytest.mark.parametrize("line", [
    "Maren Holt\nThe council met on July 9, 2018 to approve the plan, after a long debate in the hall.",  # a sentence
    "Regions and Energy\nJuly 9, 2018",  # no person's name beside it
])
def test_a_date_in_the_body_without_a_name_line_beside_it_is_not_the_date(line):
    text = _FORUM_TOP + "The valley and the dam\n" + line + "\n\n" + _BODY
    _, result = _score(text)
    assert _cues(result)["publication date"].detail.startswith("not found")


_COUNCIL = "The council met on Tuesday and the members voted on the harbour plan after a long debate. "


def _primary_document(text):
    return _cues(_score(_COUNCIL + text)[1])["references to primary documents"]


@pytest.mark.parametrize("sentence", [
    "Night patrols are not formally banned by the Harbour Treaty with the islands.",
    "The board has ignored the Harbour Act for years.",
])
def test_a_treaty_or_act_named_in_prose_is_not_a_primary_document(sentence):
    assert not _primary_document(sentence).present


@pytest.mark.parametrize("sentence, shown", [
    ("Under the Harbour Act 2019 the board must publish its accounts every year.", "Harbour Act"),
    ("The board broke the Harbour Act, No. 12, in its accounts.", "Harbour Act"),
    ("An Audit Office report found that the harbour lost money.", "Audit Office report"),  # not an instrument (sources21: the whole name)
])
def test_a_cited_instrument_or_a_named_report_is_still_a_primary_document(sentence, shown):
    cue = _primary_document(sentence)
    assert cue.present and cue.text == shown
