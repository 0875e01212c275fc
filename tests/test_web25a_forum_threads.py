"""(web25a) Forum and Q&A web pages read as threads: (1) a phpBB default-theme page ("Post by NAME »
DATE" over each post, a profile box beside it, a signature under it, "Who is online" at the foot)
and (2) a Stack-Exchange-like page whose signatures are spread over several elements with no
"rep" word (xlplugin/page_threads.py, xlplugin/forum_posts.py). Near misses: a news article
quoting one forum post, a blog with comments, plain reporting with "asked" and "answered".
Every page here was written for these tests (.example sites)."""

from __future__ import annotations

import pytest

from xlplugin import forum_posts, kinds, pages
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

pytestmark = pytest.mark.skipif(not pages.trafilatura_available(), reason="trafilatura is not installed")


# --- 1. phpBB's default theme

def _phpbb_post(pid: int, name: str, date: str, body: str, first: bool = False, profile: str = "",
                signature: str = "") -> str:
    post = "Post</a> by" if first else "</a>by"
    return f"""<div id="p{pid}" class="post has-profile bg2"><div class="inner">
<dl class="postprofile"><dt><a href="./memberlist.php?u={pid}" class="username">{name}</a></dt>{profile}</dl>
<div class="postbody"><p class="author"><a href="./viewtopic.php?p={pid}#p{pid}">{post} <strong><a
 class="username">{name}</a></strong> &raquo; {date}</p>
<div class="content">{body}</div>
{f'<div id="sig{pid}" class="signature">{signature}</div>' if signature else ''}</div>
</div></div>"""


def _phpbb_page(title: str, posts: list[str]) -> str:
    return f"""<!DOCTYPE html><html dir="ltr" lang="en-gb"><head><meta charset="utf-8">
<title>{title} - Riverside Allotments Forum</title><meta name="generator" content="phpBB">
<link rel="canonical" href="https://talk.riversideplots.example/viewtopic.php?t=4410"></head>
<body id="phpbb" class="section-viewtopic ltr"><div id="wrap" class="wrap">
<div class="navbar"><ul class="nav-breadcrumbs"><li><a href="./index.php">Board index</a></li></ul></div>
<div id="page-body" class="page-body"><h2 class="topic-title"><a>{title}</a></h2>
{''.join(posts)}
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 5 guests</p></div>
</div><div class="copyright">Powered by phpBB</div></div></body></html>"""


PROFILE = ('<dd class="profile-rank">Seedling</dd><dd><strong>Posts:</strong> 1,206</dd>'
           '<dd><strong>Joined:</strong> Tue Mar 03, 2015</dd>')

THREADS = [
    ("Does the water butt rule apply to new plots?", "compost_carla", [
        ("Sun May 03, 2026 7:40 pm",
         "The committee letter says every new plot must have a water butt by June. I checked the tenancy agreement "
         "and it only mentions hoses. Has anyone seen the rule written down anywhere?<br><br>"
         "I have two plots on the east side and the standpipe there works fine, so I am not sure a butt is needed."),
        ("Mon May 04, 2026 8:05 am",
         "It was agreed at the spring meeting and is in the minutes, item six. The minutes are on the noticeboard."),
        ("Mon May 04, 2026 9:30 am",
         "Typical of this pathetic committee. A bunch of clueless bullies who wreck everything they touch."),
    ], ["Slugs_R_Us", "Old Man of Plot 9"]),
    ("Rent going up again?", "Marigold-77", [
        ("Fri Jan 16, 2026 6:02 pm",
         "My renewal says the rent goes from 40 to 52 pounds a year. The council site still lists 40. Did everyone "
         "get the same letter, or is it just the big ones?"),
        ("Fri Jan 16, 2026 6:40 pm",
         "Same here, the letter cites the council's fees review from November, page 3."),
        ("Sat Jan 17, 2026 10:11 am",
         "Disgraceful greedy crooks, the lot of them. Utterly corrupt and shameless."),
    ], ["bean_counter", "Jack from the Lane"]),
]


def _thread_page(title, op, texts, others, signature="Grow your own!"):
    names = [op, *others]
    posts = [_phpbb_post(100 + i, name, date, body, first=i == 0, profile=PROFILE if i == 0 else "",
                         signature=signature if i == 0 else "")
             for i, (name, (date, body)) in enumerate(zip(names, texts))]
    return _phpbb_page(title, posts)


@pytest.mark.parametrize("title, op, texts, others", THREADS)
def test_a_phpbb_thread_is_read_as_one(title, op, texts, others):
    page = pages.extract_page(_thread_page(title, op, texts, others))
    # the poster as the forum writes the name, not the header read whole ("Compost Carla » Sun May")
    assert page.author == op
    # the profile box, the signature and the board's foot are furniture, not the poster's words
    for furniture in ("Posts: 1,206", "Joined:", "Seedling", "Grow your own!", "Who is online", "guests"):
        assert furniture not in page.text
    # every post is kept, each under its header
    for name in others:
        assert f"by {name} \u00bb" in page.text
    doc = prepare(page.text)
    found = forum_posts.thread(doc)
    assert found is not None and found[1] == op.lower()
    # the third member's insults are theirs: quoted, not the poster's loaded terms
    details = loaded_language.score(doc, Settings()).details
    assert details["derogatory"] == 0 and details["emotive"] == 0 and details["quoted"] >= 2
    assert kinds.classify(doc).kind == "forum or social post"


@pytest.mark.parametrize("header", ["by Old Man of Plot 9 \u00bb Mon May 04, 2026 9:30 am",
                                    "Post by compost_carla \u00bb Sun May 03, 2026 7:40 pm",
                                    "by Slugs_R_Us \u00bb 04 May 2026, 08:05"])
def test_phpbb_headers_copied_as_text_make_a_thread(header):
    text = "\n\n".join([
        "Post by plot_keeper \u00bb Sat May 02, 2026 5:00 pm",
        "Is the gate code changing this month? I could not find a notice on the shed.",
        header,
        "Yes, the new code is on the email that went out on Friday, second paragraph.",
        "by Nettle Nell \u00bb Sat May 02, 2026 6:15 pm",
        "What a shambles, run by a gang of incompetent clowns as usual!!"]) + "\n"
    doc = prepare(text)
    found = forum_posts.thread(doc)
    assert found is not None and found[1] == "plot_keeper"
    assert any("incompetent clowns" in doc.text[s:e] for s, e in forum_posts.quoted_posts(doc))
    assert forum_posts.by_line_author(text) == "plot_keeper"


def test_a_news_article_quoting_one_forum_post_is_no_thread():
    text = ("Allotment holders protest rent rise\n\nBy Priya Nair \u00bb Local news\n\n"
            "Plot holders in Riverside say the council's 30% rent rise is unfair. One wrote on a local forum:\n\n"
            "Post by bean_counter \u00bb Fri Jan 16, 2026 6:40 pm\n\n"
            "The letter cites a fees review nobody was told about.\n\n"
            "The council said the review was published in November and that fees had not risen since 2019.\n")
    doc = prepare(text)
    assert forum_posts.thread(doc) is None
    assert forum_posts.by_line_author(text) == ""
    assert kinds.classify(doc).kind != "forum or social post"


def test_a_blog_with_comments_keeps_its_author_and_questions():
    markup = """<!DOCTYPE html><html><head><title>Why I gave up my allotment - Green Thumbs Blog</title>
<meta name="author" content="Hattie Moss"><meta property="og:type" content="article"></head><body>
<article><h1>Why I gave up my allotment</h1><p class="byline">By Hattie Moss, 12 April 2026</p>
<p>After nine years I handed back the keys to plot 14 last week. The rent doubled, the water was off for most
of August and the waiting list for a smaller plot is three years long. Who could keep going like that?</p>
<p>I will miss the early mornings and the neighbours, but I will not miss the committee meetings. Is it really
so hard to run a few acres of vegetable beds well?</p></article>
<section class="comments"><h2>3 comments</h2>
<div class="comment"><div class="comment-author">Dot W &raquo; 13 April 2026</div><p>Sad to read this, Hattie.</p></div>
</section></body></html>"""
    page = pages.extract_page(markup)
    assert page.author == "Hattie Moss"
    doc = prepare(page.text)
    assert forum_posts.thread(doc) is None
    assert loaded_language.score(doc, Settings()).details["question_share"] > 0


# --- 2. a Q&A page whose signature is spread over several elements

def _qa_page(question: str, asker: str, answers: list[tuple[str, str, str, str]]) -> str:
    """answers: (votes, body, date, name); a name of "" is left out of the page."""
    out = []
    for votes, body, date, name in answers:
        rep = '<span class="reputation-score">4,310</span>' if name != answers[-1][3] else ""
        out.append(f"""<div class="answer"><div class="js-vote-count">{votes}</div>
<div class="s-prose js-post-body"><p>{body}</p></div>
<div class="user-info"><div class="user-action-time">answered <span>{date}</span></div><div class="user-details"><a
 href="/users/9/x">{name}</a>{rep}</div></div></div>""")
    return f"""<!DOCTYPE html><html itemscope itemtype="https://schema.org/QAPage"><head><meta charset="utf-8">
<title>Shed question - Growers Answers</title><meta property="og:site_name" content="Growers Answers">
<link rel="canonical" href="https://growersanswers.example/questions/5512/shed-question"></head>
<body class="question-page"><div id="content"><div id="question-header"><h1>Shed question</h1></div>
<div class="question-stats">Asked <time datetime="2026-02-02T10:00:00">2 months ago</time> Modified 1 month ago Viewed 2k times</div>
<div class="question" id="question"><div class="js-vote-count">4</div>
<div class="s-prose js-post-body"><p>{question}</p></div>
<div class="post-taglist"><a class="post-tag">allotments</a> <a class="post-tag">rent</a></div>
<div class="user-info"><div class="user-action-time">asked <span>Feb 2 at 10:00</span></div><div class="user-details"><a
 href="/users/3/x">{asker}</a><span class="reputation-score">61</span></div></div>
</div><div id="answers"><h2 class="answers-subheader">{len(answers)} Answers</h2>
<div class="sort">Sorted by: Highest score (default)</div>
{''.join(out)}</div>
<div class="your-answer"><h2>Your Answer</h2><textarea></textarea><button>Post Your Answer</button>
<p>By clicking \u201cPost Your Answer\u201d, you agree to our terms of service and acknowledge you have read our privacy policy.</p>
</div></div></body></html>"""


QA_PAGES = [
    ("My tenancy says the council can end it with one month's notice. Is that legal? And if they do, do I get "
     "my deposit back?", "Ruth Ames", [
         ("15", "Yes. Allotment tenancies can be ended with notice under the Allotments Act 1950, section 1, "
                "but only at set times of the year. Your deposit must be returned unless the plot is left damaged.",
          "Feb 2 at 11:20", "plot_law"),
         ("-3", "Councils always cheat tenants, never trust them. Just stop paying.", "Feb 3 at 07:45",
          "angry_digger")]),
    ("Can the society charge me for the shed it put on my patch? Who decides that, the committee or the members?",
     "Tom B", [
         ("8", "Check your society's rules: most say charges are agreed at the general meeting, "
               "so the members decide. The committee cannot add one on its own.", "Mar 9 at 14:02", "Rules Reader"),
         ("-5", "What a scam, they are all thieves and liars.", "Mar 10 at 22:10", "xx_plotter")]),
]


@pytest.mark.parametrize("question, asker, answers", QA_PAGES)
def test_a_qa_page_with_spread_signatures_is_a_thread(question, asker, answers):
    page = pages.extract_page(_qa_page(question, asker, answers))
    for furniture in ("Viewed 2k times", "Sorted by", "Your Answer", "By clicking", "2 Answers"):
        assert furniture not in page.text
    lines = page.text.split("\n")
    for votes in ("4", "15", "8", "-3", "-5"):
        assert votes not in lines
    assert f"asked Feb 2 at 10:00 {asker}" in lines
    doc = prepare(page.text)
    found = forum_posts.thread(doc)
    assert found is not None and found[1] == asker.lower()
    # the last answer's abuse is its writer's, and the asker's questions are asked of the site
    assert any(answers[-1][1][:20] in doc.text[s:e] for s, e in forum_posts.quoted_posts(doc))
    score = loaded_language.score(doc, Settings())
    assert not [e for e in score.evidence if e.kind == "rhetorical question"]
    assert score.details["derogatory"] + score.details["emotive"] == 0
    assert kinds.classify(doc).kind == "forum or social post"


def test_the_terms_line_is_no_named_source():
    from xlplugin.scorers import provenance

    page = pages.extract_page(_qa_page(*QA_PAGES[0]))
    evidence = provenance.score(prepare(page.text), Settings()).evidence
    assert not any("terms of service" in e.text for e in evidence)


@pytest.mark.parametrize("line", ["answered Feb 2 at 11:20 plot_law", "asked Mar 9, 2026 at 14:02 Tom B"])
def test_a_signature_without_rep_alone_in_a_report_is_no_thread(line):
    text = (f"Council answers plot holders\n\nThe council was asked about rents at the meeting. {line[:8]} "
            "questions will be published.\n\n" + line + "\n\nThe council said rents would be reviewed in May. "
            "Is that soon enough? Members will decide.\n")
    doc = prepare(text)
    assert forum_posts.thread(doc) is None
    assert forum_posts.qa_question_end(doc) == -1


def test_plain_reporting_with_asked_and_answered_keeps_its_questions():
    text = ("Mayor faces plot holders\n\nBy Sam Reed\n\nThe mayor answered questions for an hour on Tuesday. "
            "Residents asked why rents had risen by 30%. Why should a pensioner pay more for the same patch of "
            "mud? Nobody on the panel could say.\n\nThe mayor asked residents to wait for the fees review, "
            "due in May.\n")
    doc = prepare(text)
    assert forum_posts.thread(doc) is None
    evidence = loaded_language.score(doc, Settings()).evidence
    assert [e for e in evidence if e.kind == "rhetorical question"]
