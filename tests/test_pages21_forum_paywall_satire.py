"""Web pages that are not one author's article (pages21): a forum thread in its own software's
markup, a paywall's prompt worded another way or left out by the extractor, and a satire site's
label line that goes on or its closing note. Each page and text is written for this project and
tests a class of cases; each failed before the fix it guards. Near misses keep their reading: a
report quoting a forum, a short report about paywalls, a review of a satirical film.
"""

from __future__ import annotations

import pytest

import xlplugin
from xlplugin import forum_posts, kinds, page_hints, prepare
from xlplugin.inputs import read_file
from xlplugin.pages import extract_page

pytest.importorskip("trafilatura")


def _scored(tmp_path, markup: str, name: str = "page.html"):
    path = tmp_path / name
    path.write_text(markup, encoding="utf-8")
    doc = read_file(path)
    return doc, next(iter(xlplugin.score_many([doc])))


# --- 1. a forum thread in its software's markup: a thread of posts, not one author's report ---------

# One post's header: the name, rank and member fields as spans with nothing between (the style
# sheet shows them a line each), then the date line; the body; the post's buttons.
POST = ("<div class='post'><div class='{box}'><span class='name'>{name}</span><span class='rank'>{rank}</span>"
        "{fields}</div><div class='when'>{posted}</div><div class='content'>{body}</div>"
        "<div class='buttons'><a>Quote</a> <a>Reply</a></div></div>")
OPENER = ("<p>The parish council wants to close the footpath behind the allotments from June while the "
          "drainage is relaid. The notice on the gate says the work will take eight weeks.</p>"
          "<p>I walk the dog there every morning. Does anyone know whether there is a diversion planned? "
          "Who should I write to?</p>")
HELPFUL = ("<p>There is a diversion along the canal towpath, it is on the county's map of closures. The "
           "footpath officer at the county council answers emails within a week in my experience.</p>")
RANT = ("<p>Eight weeks?!? This council is a pack of lazy, useless clowns who never finish anything. "
        "Sack the lot of them!!!</p>")
THANKS = "<p>Thank you, I will look at the towpath route this weekend and write to the officer.</p>"
SOFTWARE = [  # (the member box's class, its fields, the date line of each post)
    ("post-author", "<span class='joined'>Joined: Jun 2018</span><span class='count'>Posts: 2,316</span>",
     "Posted: 3 Apr 2026, 08:40"),
    ("userinfo", "<span>Join Date: Jan 2021</span><span>Messages: 88</span>", "Posted on 03/04/2026 at 9:15"),
    ("poster", "<span>Member since 2015</span>", "Posted: Fri Apr 03, 2026 10:02 am"),
]


def _thread(box: str, fields: str, posted: str, rant: bool = True) -> str:
    posts = [("hedgerow_hal", "Regular member", OPENER), ("Marsh Lane", "Member", HELPFUL)]
    if rant:
        posts.append(("FedUpPayer!!", "Newbie", RANT))
    posts.append(("hedgerow_hal", "Regular member", THANKS))
    shown = [POST.format(box=box, name=n.replace(" ", "_"), rank=r, fields=fields, posted=posted, body=b)
             for n, r, b in posts]
    # an advert between two posts
    shown.insert(2, "<div class='notice'>Sponsored: Is your boiler costing you too much? Our engineers can cut your heating bill by hundreds of pounds a year! No saving, no fee.</div>")
    return ("<html><head><title>Footpath closure behind the allotments - Village Life - Brookfield Forum</title>"
            "</head><body><div id='top'><a>Brookfield Forum</a> <a>Village Life</a></div>"
            f"<h1>Footpath closure behind the allotments</h1>{''.join(shown)}"
            "<div id='foot'><p>Powered by forum software</p></div></body></html>")


@pytest.mark.parametrize("box, fields, posted", SOFTWARE)
def test_a_forum_threads_posts_are_its_posters_not_one_authors(tmp_path, box, fields, posted):
    doc, result = _scored(tmp_path, _thread(box, fields, posted))
    assert result.kind == kinds.FORUM, result.kind_cues
    # the member box is no byline run together ("Hedgerow Hal Regular Member Joined Jun")
    assert "member" not in doc.author.lower() and "joined" not in doc.author.lower(), doc.author
    # the rank and fields stand on lines of their own, not glued to the name
    assert "hedgerow_halRegular" not in doc.text
    # another member's rant is that member's words: the thread scores about as it does without it
    _, calm = _scored(tmp_path, _thread(box, fields, posted, rant=False), "calm.html")
    assert result.reliability is not None and calm.reliability is not None
    assert result.reliability >= calm.reliability - 10, (result.reliability, calm.reliability, result.why)


def test_a_sponsored_banner_is_furniture(tmp_path):
    doc, _ = _scored(tmp_path, _thread(*SOFTWARE[0]))
    assert "boiler" not in doc.text


def test_a_thread_pasted_as_text_reads_its_post_headers():
    text = ("moorland_mo\nSenior member\nJoined: May 2017\nPosted: 9 Mar 2026, 19:02\n\n"
            "The bus company has cut the Sunday service to the village. Has anyone had a reply from them?\n\n"
            "Trevor_K\nMember\nPosted: 9 Mar 2026, 20:15\n\n"
            "Outrageous!!! They are thieves and liars, every one of them!\n\n"
            "moorland_mo\nSenior member\nPosted: 10 Mar 2026, 08:30\n\nThanks, I will write to the council.")
    found = forum_posts.thread(prepare(text))
    assert found is not None
    lines, author = found
    assert author == "moorland_mo"
    assert [h for _, _, h in lines] == ["moorland_mo", "trevor_k", "moorland_mo"]


@pytest.mark.parametrize("text", [
    # a report with one "Posted:" line under its byline, and a report quoting a forum poster
    "Library hours to be cut\n\nBy Ruth Pace\nPosted: 9 Mar 2026, 19:02\n\nThe county will close three "
    "libraries on Mondays from May, its cabinet decided on Tuesday. The cabinet member, Lee Oduya, said "
    "the change would save £90,000 a year.",
    "Residents angry over library cuts\n\nOne poster on the Brookfield forum wrote: \"They are thieves!\"\n\n"
    "Posted: 9 Mar 2026\n\nThe county said the change would save £90,000 a year, its cabinet member said.",
])
def test_a_report_with_a_posted_line_is_no_thread(text):
    assert forum_posts.thread(prepare(text)) is None


def test_spans_glued_with_a_space_or_a_drop_capital_stay_as_written():
    para = ("<p><span class='dropcap'>T</span><span>he ferry left at nine on Monday, the company said, "
            "and <b>Harbour</b> <b>Master</b> Jo Tait confirmed it.</span></p>")
    page = extract_page(f"<html><body><article><h1>Ferry leaves</h1>{para * 3}</article></body></html>")
    assert "The ferry left at nine" in page.text
    assert "Harbour Master Jo Tait" in page.text


# --- 2. a paywall's prompt: furniture, and a teaser gets no index --------------------------------------

TEASER = ("<p>The harbour board spent £1.4 million on a new crane that has lifted nothing in eight months, "
          "according to its own minutes.</p><p>The board's chair, Anne Rudd, said the crane would be in "
          "use by the summer.</p>")
HIDDEN = ("<div class='locked' style='display:none'><p>Two board members said they had asked for the contract "
          "to be reviewed.</p></div>")
GATES = ["<h2>Keep reading with a subscription</h2><p>Join today for £1 a week.</p>",
         "<p>You've read all of your free articles this month.</p><button>Subscribe</button>",
         "<p>This article is for subscribers only.</p><p>Subscribe for unlimited access.</p>"]


def _paywalled(gate: str, hidden: str = "") -> str:
    return ("<html><head><title>Harbour crane lifts nothing | Coast Gazette</title></head><body>"
            "<nav><a>News</a> <a>Sign in</a></nav><article><h1>Harbour crane lifts nothing</h1>"
            f"<div class='body'>{TEASER}{hidden}</div><div class='paywall-box'>{gate}</div></article>"
            "<footer>© Coast Gazette</footer></body></html>")


@pytest.mark.parametrize("hidden", ["", HIDDEN])
@pytest.mark.parametrize("gate", GATES)
def test_a_paywalled_page_gets_no_index_and_its_prompt_is_no_text(tmp_path, gate, hidden):
    doc, result = _scored(tmp_path, _paywalled(gate, hidden))
    assert page_hints.index_withheld(doc.page_type) == "only a teaser of a paywalled article was saved"
    assert result.reliability is None
    assert "paywalled" in result.note
    for prompt in ("Keep reading", "free articles", "subscribers only"):
        assert prompt not in doc.text
    assert "£1.4 million" in doc.text


def test_a_short_report_about_paywalls_keeps_its_index(tmp_path):
    report = ("<p>The Coast Gazette will start charging for its website in May, its editor said on Monday. "
              "Readers will see a message saying they have read all of their free articles after five stories "
              "a month.</p><p>\"Local reporting costs money,\" the editor, Sam Ives, said. The paper has 4,000 "
              "print subscribers, down from 9,000 in 2016.</p>")
    doc, result = _scored(tmp_path, "<html><head><title>Gazette to charge online</title></head><body>"
                                    f"<article><h1>Gazette to charge online</h1>{report}</article></body></html>")
    assert page_hints.index_withheld(doc.page_type) == ""
    assert result.reliability is not None


# --- 3. a satire site says so: a label line that goes on, a closing note ---------------------------------

SPOOF = ("Village votes to hold Bonfire Night in July \"so the fireworks can be seen\"\n\n"
         "The parish council of Lower Dimbling voted on Monday to move Bonfire Night to July, saying the "
         "sky in November was \"frankly too dark for anyone to see anything\".\n\n"
         "\"We have had complaints about the dark for centuries,\" said the council's chair, Mrs Pettle, 74. "
         "\"Nobody has ever done anything about it. Until now.\"\n\n"
         "The council will review the change next year, when it may also move Christmas.")


@pytest.mark.parametrize("text", [
    "THE WEEKLY WHELK \u2014 SATIRE. Nothing on this page happened.\n\n" + SPOOF,
    "The Weekly Whelk | Spoof. All of it invented.\n\n" + SPOOF,
    SPOOF + "\n\nThe Weekly Whelk is a satirical website. Its stories are fiction and should not be taken as news.",
    SPOOF + "\n\nThe Weekly Whelk is a parody news site: everything on it is made up.",
])
def test_a_satire_sites_own_statement_withholds_the_index(text):
    result = xlplugin.score_text(text)
    assert result.reliability is None
    assert result.note.startswith("no index: ") and "satir" in result.note, result.note


@pytest.mark.parametrize("text", [
    # a review of a satirical film, a report about a satire site, a headline that only speaks of satire
    "Fools' Gold review \u2014 satire with teeth\n\nThe new film from Ada Brook is a satirical comedy about a "
    "village council. Its story is fiction, but the council meetings will be familiar to anyone who has sat "
    "through one, the director told reporters on Friday.",
    "Satire site wins press award\n\nThe Weekly Whelk, which says it is a satirical website, won the regional "
    "press award on Friday, the judges said. Its editor, Tom Marr, said 40,000 people read it each week. "
    "The judges said its stories were \"funnier than the real news\".",
])
def test_a_text_about_satire_keeps_its_index(text):
    result = xlplugin.score_text(text)
    assert result.reliability is not None, result.note


# --- 4. an e-mail laid out in a table; an embedded post's counters ----------------------------------------

ISSUE = ("<h1>Issue 40: what the new bin rules mean</h1><p>Hello again, and thanks for the replies to last "
         "week's issue.</p><h2>What changed</h2><p>From May the council collects food waste every week and "
         "general waste every three weeks, its cabinet decided on Tuesday.</p><h2>What to do</h2><p>Ask the "
         "council for a food caddy if you have none: it is free, its website says.</p><p>Priya</p>")


@pytest.mark.parametrize("wrap", [
    "<table class='body'><tr><td>{}</td></tr></table>",
    "<table width='600'><tr><td><table><tr><td>{}</td></tr></table></td></tr></table>",
    "<table><tr><td class='side'><p>Archive</p></td><td>{}</td></tr></table>",
])
def test_a_body_laid_out_in_a_table_keeps_its_headings_and_paragraphs(wrap):
    page = extract_page("<html><head><title>Issue 40: what the new bin rules mean</title></head><body>"
                        "<div class='nav'><a>All issues</a></div>" + wrap.format(ISSUE)
                        + "<div class='box'><p>Get The Bin Bulletin in your inbox every week. It's free!</p></div>"
                          "</body></html>")
    paragraphs = page.text.split("\n\n")
    assert "What changed" in paragraphs and "What to do" in paragraphs, paragraphs
    assert not any(p.startswith("|") for p in paragraphs)
    assert "in your inbox" not in page.text


def test_a_table_of_figures_stays_a_table():
    rows = "".join(f"<tr><td>Ward {n}</td><td>{n * 110}</td></tr>" for n in range(1, 6))
    body = ("<p>The council published its collection figures for each ward on Tuesday, showing how many bins "
            "were missed in April.</p>" * 3) + f"<table><tr><th>Ward</th><th>Missed</th></tr>{rows}</table>"
    page = extract_page(f"<html><body><article><h1>Missed bins by ward</h1>{body}</article></body></html>")
    assert "Ward 3" in page.text and "| 330" in page.text.replace("|330", "| 330"), page.text


@pytest.mark.parametrize("counts", ["11:18 \u00b7 2.1K likes \u00b7 845 reposts", "\u00b7 96 replies \u00b7 1,204 views",
                                    "| 3 shares | 40 comments"])
def test_an_embedded_posts_counters_are_furniture(counts):
    post = f"<blockquote>@harbourbuses: The number 4 is diverted via Quay Street until Friday. #roadworks {counts}</blockquote>"
    para = ("<p>The bus company said on Monday that the diversion would add about five minutes to each journey, "
            "and that it had told the council about the works in March.</p>")
    page = extract_page(f"<html><body><article><h1>Bus diverted</h1>{para}{post}{para}</article></body></html>")
    assert "#roadworks" in page.text
    assert "likes" not in page.text and "views" not in page.text and "shares" not in page.text
    assert "five minutes" in page.text


def test_a_figure_of_likes_in_a_sentence_stays():
    para = ("<p>The council's post about the diversion had 2,100 likes and 845 reposts by Monday evening, "
            "more than any post it has made this year, a spokesman said.</p>")
    page = extract_page(f"<html><body><article><h1>Post popular</h1>{para * 3}</article></body></html>")
    assert "2,100 likes and 845 reposts" in page.text
