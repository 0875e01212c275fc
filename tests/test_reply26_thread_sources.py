"""(reply26) In a thread (a forum's "NAME wrote:" posts, a Reddit-style "u/NAME · N points" thread,
a social site's comment thread, a phpBB page, a Q&A page), the sources other members name in their replies are
theirs: "The finance office explained it to me" in a reply, a quotation a replier attributes, earn
the thread's author no named-source or attributed-quote credit, and the replies' sentences are no
prose of the author's (xlplugin/scorers/provenance.py, _source_cues; forum_posts.other_posts).
Near-misses keep their credit: the author's own post naming a source, a news report quoting a
forum post, a plain report.

Every text here was written for these tests."""

from __future__ import annotations

import pytest

from xlplugin import forum_posts, pages
from xlplugin.scorers import provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare

SOURCES = "named sources with roles"
QUOTES = "attributed direct quotes"


def _cue(text: str, cue: str) -> bool:
    return any(e.kind == cue and e.present for e in provenance.score(prepare(text), Settings()).evidence)


def _prose_count(text: str) -> str:
    ev = next(e for e in provenance.score(prepare(text), Settings()).evidence if e.kind == SOURCES)
    return ev.detail


# The author's opening posts: questions, no source named
OPENERS = [
    ("quarry_dad", "Our street permit went from forty pounds to eighty this year and nobody told us why. "
                   "Is this happening everywhere in town or just on our side of the river?"),
    ("fen_walker", "The footpath behind the school has been fenced off since the storm and there is no sign "
                   "saying for how long. Does anyone know who looks after it now?"),
    ("tin_kettle", "Our bin collection moved from Tuesday to Friday without a letter. Has the whole estate "
                   "changed, or only the houses on the hill?"),
]

# Other members' replies, each naming a source (a body or a person with a verb of saying, a quotation)
REPLIES = [
    ("mossbank_mum", "The finance office explained it to me on the phone last week: the charge depends on "
                     "engine size now, so bigger cars pay more."),
    ("Greyhound_Gil", "A spokesperson for the council said the change was agreed at the March cabinet meeting."),
    ("penny_lane", "Dr Asha Reed, the ward councillor, told me \u201cthe new rates apply to every permit zone "
                   "in the borough from April\u201d when I rang her."),
    ("harbour_ned", "The depot manager told residents at the meeting that the crews were moved to cover the "
                    "new estate."),
]

# The author's own reply naming a source (a near-miss: the author's cue stays)
OWN_SOURCED = ("The parking manager at the council told me on Monday that the rise was agreed in March, and "
               "she said \u201cevery zone pays the new rate from April\u201d when I asked her.")


def _posts(opener, replies):
    return [opener, *replies]


FORMATS = {
    "wrote": lambda title, posts: title + "\n\n" + "\n\n".join(f"{n} wrote:\n{t}" for n, t in posts) + "\n",
    # (opening with the first poster's line: under a title and a community line, a points thread whose
    # opener posts once is read as no one's, every post another member's: forum_posts._author)
    "reddit": lambda title, posts: "\n\n".join(
        f"u/{n} \u00b7 {7 + 3 * i} points\n{t}" for i, (n, t) in enumerate(posts)) + "\n",
    "social": lambda title, posts: (f"{posts[0][0]}\n5h \u00b7\n{posts[0][1]}\n\nLike \u00b7 23\n" + "".join(
        f"\n{n}\n{t}\nReply \u00b7 Like \u00b7 {i + 2} \u00b7 {i + 1}h\n" for i, (n, t) in enumerate(posts[1:]))),
    "phpbb": lambda title, posts: "\n\n".join(
        f"{'Post ' if i == 0 else ''}by {n} \u00bb Sun May 0{3 + i}, 2026 7:4{i} pm\n\n{t}"
        for i, (n, t) in enumerate(posts)) + "\n",
    # a Q&A page copied as text: each post signed at its foot
    "qa": lambda title, posts: title + "\n\n" + "\n\n".join(
        f"{t}\n\n{'asked' if i == 0 else 'answered'} Sep {9 + i}, 2025 at 19:3{i} {n} {42 + 100 * i} rep"
        for i, (n, t) in enumerate(posts)) + "\n",
}


def _texts():
    for fmt in FORMATS:
        for k, opener in enumerate(OPENERS):
            replies = [REPLIES[k % len(REPLIES)], REPLIES[(k + 1) % len(REPLIES)], REPLIES[(k + 2) % len(REPLIES)]]
            yield pytest.param(fmt, opener, replies, id=f"{fmt}-{k}")


@pytest.mark.parametrize("fmt, opener, replies", list(_texts()))
def test_sources_named_in_other_members_replies_earn_the_author_nothing(fmt, opener, replies):
    text = FORMATS[fmt]("Re: a question for the residents", _posts(opener, replies))
    doc = prepare(text)
    found = forum_posts.thread(doc)
    assert found is not None and found[1] == opener[0].lower()
    assert not _cue(text, SOURCES)
    assert not _cue(text, QUOTES)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_the_authors_own_post_with_a_source_keeps_its_credit(fmt):
    # the author's second post names the council's manager and quotes her: the author's cues
    opener, replies = OPENERS[0], REPLIES[:2]
    posts = [opener, replies[0], (opener[0], OWN_SOURCED), replies[1]]
    if fmt == "social":  # a social thread's replies are all other members' (the poster's own opener holds the source)
        posts = [(opener[0], opener[1] + " " + OWN_SOURCED), *replies]
    text = FORMATS[fmt]("Re: a question for the residents", posts)
    assert forum_posts.thread(prepare(text)) is not None
    assert _cue(text, SOURCES)
    assert _cue(text, QUOTES)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_the_replies_sentences_are_no_prose_of_the_authors(fmt):
    # only the author's own sentences make the share the graded cue is counted from
    opener, replies = OPENERS[1], REPLIES[:3]
    posts = [(opener[0], opener[1] + " " + OWN_SOURCED), *replies]
    text = FORMATS[fmt]("Re: a question for the residents", posts)
    detail = _prose_count(text)
    assert "in 1 of 3 sentences" in detail, detail


NEWS_QUOTING_A_POST = (
    "Permit charges double in Eastvale\n\nBy Nadia Fenwick\n\n"
    "Residents in Eastvale say the cost of a street parking permit has doubled this year. One wrote on a local "
    "forum:\n\n"
    "quarry_dad wrote:\nOur street permit went from forty pounds to eighty and nobody told us why.\n\n"
    "A council spokesperson said the charge now depends on engine size and was agreed in March. "
    "\u201cSmaller cars still pay the old rate,\u201d the spokesperson said.\n\n"
    "Councillor Asha Reed said she would ask for the change to be reviewed at the next meeting.\n")

PLAIN_REPORT = (
    "Bin collections move to Fridays\n\nBy Tom Aske\n\n"
    "Bin collections on the Hillcrest estate will move from Tuesday to Friday from next month, the council said. "
    "The depot manager, Ruth Orley, told residents at a meeting that crews were needed on the new estate. "
    "\u201cWe will write to every household before the change,\u201d she said.\n")


@pytest.mark.parametrize("text", [NEWS_QUOTING_A_POST, PLAIN_REPORT])
def test_reports_keep_their_sources(text):
    doc = prepare(text)
    assert forum_posts.other_posts(doc) == []
    assert _cue(text, SOURCES)
    assert _cue(text, QUOTES)


_PROFILE = ('<dd class="profile-rank">Seedling</dd><dd><strong>Posts:</strong> 412</dd>'
            '<dd><strong>Joined:</strong> Wed Apr 08, 2020</dd>')


def _phpbb_post(pid: int, name: str, date: str, body: str, first: bool = False) -> str:
    head = "Post</a> by" if first else "</a>by"
    sig = '<div id="sig1" class="signature">Peas first, then beans.</div>' if first else ""
    return (f'<div id="p{pid}" class="post has-profile bg2"><div class="inner">\n<dl class="postprofile"><dt>'
            f'<a href="./memberlist.php?u={pid}" class="username">{name}</a></dt>{_PROFILE if first else ""}</dl>\n'
            f'<div class="postbody"><p class="author"><a href="./viewtopic.php?p={pid}#p{pid}">{head} <strong><a\n'
            f' class="username">{name}</a></strong> &raquo; {date}</p>\n<div class="content">{body}</div>\n{sig}</div>\n'
            f'</div></div>')


@pytest.mark.skipif(not pages.trafilatura_available(), reason="trafilatura is not installed")
def test_a_phpbb_page_replies_sources_are_the_repliers():
    posts = [_phpbb_post(201, "bean_row_bea", "Sun May 03, 2026 7:40 pm",
                         "Our water charge on the plots went up by a third this spring. Did anyone get a letter "
                         "explaining it, or did it just appear on the invoice?<br><br>I have a half plot by the "
                         "gate and the tap there has hardly been used this year.", first=True),
             _phpbb_post(202, "Slugs_R_Us", "Mon May 04, 2026 8:05 am", REPLIES[0][1]),
             _phpbb_post(203, "Old Man of Plot 9", "Mon May 04, 2026 9:30 am", REPLIES[2][1])]
    page_html = f"""<!DOCTYPE html><html dir="ltr" lang="en-gb"><head><meta charset="utf-8">
<title>Water rates on the plots - Hillside Growers Forum</title><meta name="generator" content="phpBB">
<link rel="canonical" href="https://talk.hillsidegrowers.example/viewtopic.php?t=2210"></head>
<body id="phpbb" class="section-viewtopic ltr"><div id="wrap" class="wrap">
<div class="navbar"><ul class="nav-breadcrumbs"><li><a href="./index.php">Board index</a></li></ul></div>
<div id="page-body" class="page-body"><h2 class="topic-title"><a>Water rates on the plots</a></h2>
{''.join(posts)}
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: 3 guests</p></div>
</div><div class="copyright">Powered by phpBB</div></div></body></html>"""
    page = pages.extract_page(page_html)
    doc = prepare(page.text)
    found = forum_posts.thread(doc)
    assert found is not None and found[1] == "bean_row_bea"
    assert not _cue(page.text, SOURCES)
    assert not _cue(page.text, QUOTES)


DOCS = "references to primary documents"

# Replies naming a document: by what it is, by where it came from, a citation, by whose it is, an archive record
DOCUMENT_REPLIES = [
    ("mossbank_mum", "It is all in the 212-page report the planning inspector sent round in March, near the end."),
    ("Greyhound_Gil", "Bus timetable records obtained by the residents' group through a freedom of information "
                      "request show the evening service was cut twice before this."),
    ("penny_lane", "Wider roads bring more traffic, not less, as the survey work on induced demand shows "
                   "(Hale et al., 2021)."),
    ("harbour_ned", "The county's own spending records show the crews were moved to the new estate in May."),
    ("pond_skater", "The minutes of the parish council record that the stop was moved once before, in 2019."),
]


@pytest.mark.parametrize("fmt", list(FORMATS))
@pytest.mark.parametrize("reply", DOCUMENT_REPLIES, ids=[r[0] for r in DOCUMENT_REPLIES])
def test_a_document_named_in_another_members_reply_is_theirs(fmt, reply):
    opener = OPENERS[2]
    other = ("fen_walker", "Same here on the hill, the lorry came on Friday and nobody had a letter either.")
    text = FORMATS[fmt]("Re: a question for the residents", [opener, other, reply])
    assert forum_posts.thread(prepare(text)) is not None
    assert not _cue(text, DOCS)
    # the same words in the author's own post are the author's reference
    third = ("nightowl_3", "Ours is still Tuesday down by the park, for now anyway.")
    own = FORMATS[fmt]("Re: a question for the residents", [(opener[0], opener[1] + " " + reply[1]), other, third])
    assert forum_posts.thread(prepare(own)) is not None
    assert _cue(own, DOCS)
