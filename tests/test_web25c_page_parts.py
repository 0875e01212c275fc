"""(web25c) Web pages: a live blog's entry times kept with their entries (its "we" is the
newsroom's), subheads the extractor lost put back, a post card's reading time and a counter over
the article left out. Every page here is written fresh for these tests (.example sites)."""

from __future__ import annotations

import pytest

from xlplugin.pages import clean_text, extract_page, trafilatura_available
from xlplugin.text import prepare
from xlplugin import outlet_voice

pytestmark = pytest.mark.skipif(not trafilatura_available(), reason="trafilatura not installed")

_HEAD = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="{site}"><meta property="og:type" content="article"></head><body>
<nav><a href="/">{site}</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
"""
_FOOT = """<footer>© 2026 {site}. <a href="/about">About</a></footer></body></html>"""


def _page(body: str, title: str = "A page", site: str = "The Kestrel Gazette") -> str:
    return _HEAD.format(title=title, site=site) + body + _FOOT.format(site=site)


# --- a live blog whose entry times stand in blocks of their own ------------------------------

_ENTRIES = (
    ("17:05 BST", "", "That is all from us for today. Thanks for reading, and our full report on the vote will follow tonight."),
    ("15:20 BST", "Motion carried", "Councillors voted 31 to 12 in favour of the new parking scheme after a debate that lasted almost two hours."),
    ("14:02 BST", "", "The leader of the opposition group said the charges would hurt small shops on the high street."),
    ("13:30 BST", "Meeting opens", "The mayor opened the session by reading the motion and the officers' report on the expected revenue."),
    ("12:45 BST", "", "Hello and welcome to our coverage of the full council meeting, where the parking plan is the main item."),
)


def _liveblog(entries=_ENTRIES, stamp='<p class="entry-time"><time datetime="2026-05-14T{t}">{t}</time></p>') -> str:
    blocks = []
    for time, heading, para in entries:
        head = f"<h3>{heading}</h3>" if heading else ""
        blocks.append(f'<div class="entry">{stamp.format(t=time)}{head}<p>{para}</p><div class="share">Share</div></div>')
    return _page('<h1>Parking vote live: council decides on new charges</h1><div class="entries">' + "".join(blocks) + "</div>",
                 title="Parking vote live: council decides on new charges")


def test_live_entry_times_are_kept_at_the_start_of_their_entries():
    page = extract_page(_liveblog())
    paragraphs = page.text.split("\n\n")
    for time, _, para in _ENTRIES:
        assert f"{time} - {para}" in paragraphs, (time, page.text)


def test_live_blog_with_times_in_blocks_reads_as_the_outlet_speaking():
    page = extract_page(_liveblog())
    doc = prepare(page.text, title=page.title)
    assert len(outlet_voice.live_entries(doc)) == len(_ENTRIES)
    assert outlet_voice.outlet_speaks(doc)


@pytest.mark.parametrize("stamp", [
    '<div class="when"><time>{t}</time></div>',
    '<time class="stamp" datetime="2026-05-14">{t}</time>',
    '<span class="ts"><time>{t}</time></span>',
])
def test_other_stamp_markup(stamp):
    entries = tuple((t.replace(" BST", "").replace(":", "."), h, p) for t, h, p in _ENTRIES)
    page = extract_page(_liveblog(entries, stamp=stamp))
    assert outlet_voice.live_entries(prepare(page.text)), page.text


def test_fewer_than_three_stamps_leave_the_page_as_it_is():
    """An article with one or two times of its own (a byline's time) is no live blog: its first
    paragraph is not given a time."""
    body = ('<article><h1>Bridge reopens after repairs</h1><p class="meta"><time datetime="2026-05-14T09:10">09:10</time></p>'
            '<p>The Mill Lane bridge reopened to traffic on Thursday morning after six weeks of repairs to its deck and railings.</p>'
            '<p>Engineers from the county council said the work had finished two days ahead of the planned date.</p>'
            '<p class="meta"><time>11:40</time></p><p>A spokesperson added that a weight limit would stay in place until the autumn.</p></article>')
    page = extract_page(_page(body, title="Bridge reopens after repairs"))
    assert "09:10 - " not in page.text and "11:40 - " not in page.text
    assert page.text.startswith("The Mill Lane bridge") or "The Mill Lane bridge reopened" in page.text


def test_a_time_inside_a_sentence_is_no_stamp():
    entries = [(t, h, p) for t, h, p in _ENTRIES]
    stamp = '<p class="entry-time">Updated at <time>{t}</time> after the vote was counted by the clerk.</p>'
    page = extract_page(_liveblog(entries, stamp=stamp))
    assert " - Councillors voted" not in page.text


# --- subheads the extractor lost -------------------------------------------------------------

_POST = """<div id="root"><div class="q r"><div class="zz kx"><h1 class="pw-t">Why I stopped renting a desk</h1>
<div class="ab ie"><a href="/@mira">Mira Kell</a> <span>4 min read</span></div>
<div class="ab cp"><div class="clap"><button aria-label="clap"></button><p class="cnt"><button>1.4K</button></p></div><div class="rsp"><button aria-label="responses"></button><p>{count}</p></div></div>
</div><section><div class="fr ft">
<p class="pb">For three years I paid for a desk in a shared office across town, and for most of that time I told myself it was worth every penny.</p>
<h2 class="ld">The sums</h2>
<p class="pb">The desk cost me more each month than my phone, my software and my train fares put together, and I used it on fewer than half the working days.</p>
<h3 class="le">What I missed</h3>
<p class="pb">I expected to miss the coffee and the company, but the thing I missed most was the walk there, which gave the day a start and an end.</p>
<p class="pb">I have kept the walk.</p>
</div></section>
<div class="more"><h2>More from Mira Kell</h2><div><h2>A year of cooking one new dish a week</h2><p>6 min read · Mar 2</p></div>
<div><h2>Notes on learning the cello at forty</h2><p>3 min read · Jan 19, 2026</p></div></div>
<div class="rec"><h2>Recommended from Quill</h2><div><h2>The case for boring software</h2><p>Dana Oyelaran · 9 min read</p></div></div>
</div></div>"""


def _post(count: str = "37") -> str:
    return _page(_POST.format(count=count), title="Why I stopped renting a desk", site="Quill")


def test_lost_subheads_are_put_back_over_their_paragraphs():
    text = extract_page(_post()).text
    paragraphs = text.split("\n\n")
    for heading, after in (("The sums", "The desk cost me"), ("What I missed", "I expected to miss")):
        assert heading in paragraphs, text
        assert paragraphs[paragraphs.index(heading) + 1].startswith(after)


def test_rail_cards_and_counter_are_left_out():
    page = extract_page(_post())
    for furniture in ("min read", "Dana Oyelaran", "A year of cooking", "The case for boring software"):
        assert furniture not in page.text, (furniture, page.text)
    assert "37" not in page.text.split("\n\n"), page.text
    assert "Dana Oyelaran · 9 min read" in page.removed


@pytest.mark.parametrize("count", ["37", "2.1K", "1,204"])
def test_a_count_alone_over_the_article_is_furniture(count):
    text, removed = clean_text(f"{count}\nThe first paragraph of the story tells what happened at the harbour on Monday.\n"
                               "The second paragraph says who was there.")
    assert text.startswith("The first paragraph") and removed == (count,)


def test_a_number_inside_the_text_stays():
    """Near-misses: a figure alone on a later line (a table's cell, a score) and a text that is only a
    figure are left to the other rules."""
    text, removed = clean_text("Votes cast for the plan\n412\nVotes cast against it\n388")
    assert "412" in text and "388" in text and removed == ()
    assert clean_text("1999")[0] == "1999"


@pytest.mark.parametrize("line", [
    "6 min read", "11 min read · Feb 3", "4 min read · Dec 3, 2025", "Ana Ruiz · 7 min read",
    "Dr. Ben Oke · 12 min read · Jan. 9", "3-min read", "5 minute read",
])
def test_reading_time_lines_are_furniture(line):
    text, removed = clean_text(f"The article's first paragraph tells what happened at the mill.\n{line}\nIts last paragraph.")
    assert removed == (line,), removed


@pytest.mark.parametrize("line", [
    "This is a 5 min read.", "It takes 10 minutes to read the whole report, the council said.",
    "We read for 20 min every night.",
])
def test_prose_about_reading_time_stays(line):
    text, removed = clean_text(f"The article's first paragraph.\n{line}")
    assert line in text and removed == ()


def test_a_heading_the_extractor_kept_is_not_doubled():
    body = ('<article><h1>Flood defences finished</h1><p>The new flood wall along the river was finished on Friday, a month ahead of plan.</p>'
            '<h2>What it cost</h2><p>The wall cost £2.4m, most of it paid by a national grant, according to the council\'s figures.</p>'
            '<p>Residents said they were relieved that the work was over before the winter storms arrived.</p></article>')
    text = extract_page(_page(body, title="Flood defences finished")).text
    assert text.count("What it cost") == 1, text


def test_a_heading_over_a_card_line_is_not_put_back():
    """A heading over a line that is no sentence (another post's card) stays out, as does one over
    a paragraph the extractor left out."""
    text = extract_page(_post()).text
    assert "More from Mira Kell" not in text and "Recommended from Quill" not in text


def test_with_headings_puts_back_only_lost_headings():
    from xlplugin.page_headings import with_headings

    text = ("Harbour fees to rise\nThe port board agreed on Monday to raise mooring fees by a tenth from April, its minutes show.\n"
            "Boat owners object\nThe owners' association said the rise was the third in four years and would drive boats away.")
    heads = [("Harbour fees to rise", "The port board agreed on Monday"), ("Boat owners object", "The owners' association said"),
             ("What happens next", "The owners' association said")]
    out = with_headings(text, heads)
    assert out.count("Harbour fees to rise") == 1 and out.count("Boat owners object") == 1
    assert "What happens next\nThe owners' association" in out
    split = "Quarry plan will\nundermine the lane\nResidents said the lorries would break up the lane within a year, the parish council heard."
    assert with_headings(split, [("Quarry plan will undermine the lane", "Residents said the lorries")]) == split
