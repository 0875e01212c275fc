"""(web27) Forum threads in other software than phpBB's default theme: vBulletin (postbit:
"userinfo", "Join Date", "Posts: 1,234"), Discourse ("topic-body", "cooked", "Reply", "1 Like")
and phpBB's subSilver2 (a table a post, "postauthor", "Posted:", "postdetails"). The posters'
names, dates and boxes are forum furniture; the first post's poster is the author; the replies
are other members' words. Every page here is written fresh for these tests (.example sites)."""

from __future__ import annotations

import pytest

from xlplugin.engine import score_text
from xlplugin.page_threads import first_post_date
from xlplugin.pages import extract_page, trafilatura_available

pytestmark = pytest.mark.skipif(not trafilatura_available(), reason="trafilatura not installed")

_FIRST = ("The parish council has put the chapel purchase on the agenda for next Tuesday. According to the clerk's "
          "notes the asking price is 185,000 pounds and the roof survey found about 40,000 pounds of work.",
          "Does anyone know whether the heritage fund would cover the roof? I would rather we asked before we voted.")
_ANGRY = ("What a disgraceful waste!!! Only idiots would pour money into that ruin. Who do they think is paying for all this?",)
_CALM = ("The fund's website says grants for places of worship start at 10,000 pounds, and the parish would have to "
         "show community use. Worth asking before Tuesday.",)
_POSTS = (("hedge_layer", _FIRST), ("Old Gaffer", _ANGRY), ("millpond_mary", _CALM))
_TITLE = "Should the parish buy the old chapel?"


def _vbulletin(posts=_POSTS) -> str:
    items = []
    for n, (name, paras) in enumerate(posts, 1):
        items.append(f"""<li class="postbitlegacy postbitim postcontainer old" id="post_{500 + n}">
<div class="posthead"><span class="postdate old"><span class="date">03-{13 + n}-2026,&nbsp;<span class="time">09:1{n} PM</span></span></span>
<span class="nodecontrols"><a class="postcounter" href="#post{500 + n}">#{n}</a></span></div>
<div class="postdetails"><div class="userinfo"><div class="username_container"><a class="username offline popupctrl" href="member.php?u={n}"><strong>{name}</strong></a></div>
<span class="usertitle">Senior Member</span><dl class="userinfo_extra"><dt>Join Date</dt><dd>Jun 2019</dd><dt>Location</dt><dd>Wyvern Cross</dd><dt>Posts</dt><dd>1,234</dd></dl></div>
<div class="postbody"><div class="postrow"><div class="content"><div id="post_message_{500 + n}"><blockquote class="postcontent restore">{"<br><br>".join(paras)}</blockquote></div></div></div>
<div class="signaturecontainer"><div class="signature">Hedges laid and gates hung, ring the usual number</div></div></div></div>
<div class="postfoot"><div class="textcontrols"><a href="newreply.php?p={500 + n}">Reply With Quote</a></div></div></li>""")
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{_TITLE} - Wyvern Valley Forums</title>
<meta name="generator" content="vBulletin 4.2.5"></head><body><div id="navbar"><a href="/">Forum</a> &gt; <a href="/f3">Village Life</a></div>
<h1 class="threadtitle">{_TITLE}</h1><ol id="posts" class="posts">{"".join(items)}</ol>
<div id="footer">Powered by a forum engine</div></body></html>"""


def _discourse(posts=_POSTS) -> str:
    items = []
    for n, (name, paras) in enumerate(posts, 1):
        body = "".join(f"<p>{p}</p>" for p in paras)
        items.append(f"""<div class="topic-post clearfix regular"><article id="post_{n}" class="boxed onscreen-post" data-post-id="{900 + n}">
<div class="row"><div class="topic-avatar"><a class="trigger-user-card" data-user-card="{name}"><img alt="" class="avatar" src="/a{n}.png"></a></div>
<div class="topic-body clearfix"><div class="topic-meta-data"><div class="names trigger-user-card"><span class="first username"><a href="/u/{n}" data-user-card="{name}">{name}</a></span></div>
<div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/chapel/88/{n}"><span title="Apr {8 + n}, 2026 7:4{n} pm" class="relative-date">{n}d</span></a></div></div></div>
<div class="regular contents"><div class="cooked">{body}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><button class="widget-button btn-flat button-count like-count">{n} Like</button>
<button class="widget-button btn-flat share">Share</button><button class="widget-button btn-flat reply">Reply</button></div></nav></section></div></div></div></article></div>""")
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{_TITLE} - Wyvern Valley Community</title>
<meta property="og:site_name" content="Wyvern Valley Community"><meta name="generator" content="Discourse 3.2.0"></head><body>
<header class="d-header"><a href="/">Wyvern Valley Community</a></header><div id="topic-title"><h1><a href="/t/chapel/88">{_TITLE}</a></h1></div>
<div class="post-stream">{"".join(items)}</div><footer>Powered by a forum engine</footer></body></html>"""


def _subsilver(posts=_POSTS) -> str:
    items = []
    for n, (name, paras) in enumerate(posts, 1):
        items.append(f"""<table class="tablebg" width="100%" cellspacing="1">
<tr class="row1"><td align="center" valign="middle"><a name="p{n}"></a><b class="postauthor">{name}</b></td>
<td width="100%" height="25"><table width="100%" cellspacing="0"><tr><td class="gensmall" width="100%"><div style="float: left;">&nbsp;<b>Post subject:</b> <a href="#p{n}">Re: {_TITLE}</a></div>
<div style="float: right;"><b>Posted:</b> Sun May 0{2 + n}, 2026 6:2{n} pm&nbsp;</div></td></tr></table></td></tr>
<tr class="row1"><td valign="top" class="profile"><table cellspacing="4" align="center" width="150"><tr><td class="postdetails">Regular</td></tr></table>
<span class="postdetails"><br /><b>Joined:</b> Tue Mar 10, 2015 5:01 pm<br /><b>Posts:</b> 512<br /><b>Location:</b> Wyvern Cross</span></td>
<td width="100%" valign="top"><table width="100%" cellspacing="5"><tr><td><div class="postbody">{"<br /><br />".join(paras)}</div><br clear="all" /><br />
<span class="postbody"><br />_________________<br />Hedges laid and gates hung, ring the usual number</span></td></tr></table></td></tr>
<tr class="row1"><td class="profile"><a href="#wrapheader">Top</a></td><td><div class="gensmall" style="float: right;"><a href="posting.php?mode=quote&amp;p={n}">Reply with quote</a>&nbsp;</div></td></tr>
</table>""")
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Wyvern Valley Forum &bull; View topic - {_TITLE}</title>
<meta name="generator" content="phpBB subsilver2"></head><body><div id="wrapheader"><h1>Wyvern Valley Forum</h1></div>
<div id="pagecontent"><h2><a class="titles" href="viewtopic.php?t=77">{_TITLE}</a></h2>{"".join(items)}</div>
<div id="wrapfooter">Powered by a forum engine</div></body></html>"""


_SOFTWARE = {
    "vbulletin": (_vbulletin, "2026-03-14", ("Join Date", "Posts", "1,234", "Senior Member", "Reply With Quote", "#1")),
    "discourse": (_discourse, "2026-04-09", ("1 Like", "2 Like", "Share", "Reply", "1d")),
    "subsilver2": (_subsilver, "2026-05-03", ("Joined:", "Posts:", "Post subject", "Reply with quote", "Top", "Regular")),
}


@pytest.mark.parametrize("software", sorted(_SOFTWARE))
def test_a_thread_reads_as_posts_with_their_posters(software):
    build, date, furniture = _SOFTWARE[software]
    page = extract_page(build())
    lines = page.text.split("\n\n")
    assert page.author == "hedge_layer"
    assert page.date == date
    headers = [ln for ln in lines if ln.startswith("by ") and "\u00bb" in ln]
    assert [h.split(" \u00bb")[0] for h in headers] == ["by hedge_layer", "by Old Gaffer", "by millpond_mary"], page.text
    for para in _FIRST + _ANGRY + _CALM:
        assert para in page.text
    for word in furniture:
        assert word not in lines, (word, page.text)
    assert "Hedges laid and gates hung" not in page.text  # the signature


@pytest.mark.parametrize("software", sorted(_SOFTWARE))
def test_the_replies_are_other_members_words(software):
    build = _SOFTWARE[software][0]
    page = extract_page(build())
    result = score_text(page.text, title=page.title, author=page.author, date=page.date, page_type=page.page_type)
    assert result.kind == "forum or social post"
    loaded = result.signals["loaded_language"]
    calm = extract_page(build(posts=(_POSTS[0], _POSTS[2], ("Old Gaffer", ("Good point, I will ask the clerk tomorrow.",)))))
    calm_result = score_text(calm.text, title=calm.title, author=calm.author, date=calm.date, page_type=calm.page_type)
    # the reply's insults cost the poster nothing: as loaded as the same thread with a calm reply
    assert loaded.value == calm_result.signals["loaded_language"].value
    assert result.reliability >= calm_result.reliability - 1


@pytest.mark.parametrize("software", sorted(_SOFTWARE))
def test_one_member_or_one_post_is_no_thread(software):
    build = _SOFTWARE[software][0]
    one = extract_page(build(posts=(_POSTS[0],)))
    assert "\u00bb" not in one.text and "by hedge_layer" not in one.text
    same = extract_page(build(posts=(_POSTS[0], ("hedge_layer", _CALM))))
    assert "\u00bb" not in same.text


@pytest.mark.parametrize("text, date", [
    ("by hedge_layer \u00bb 03-14-2026, 09:12 PM\n\nA post.", "2026-03-14"),  # vBulletin: the month first
    ("by hedge_layer \u00bb 14.03.2026, 21:12\n\nA post.", "2026-03-14"),
    ("by hedge_layer \u00bb 03-04-2026, 09:12 PM\n\nA post.", ""),  # either figure could be the month
    ("by hedge_layer \u00bb Apr 9, 2026 7:41 pm\n\nA post.", "2026-04-09"),
    ("Title\n\nby reel_rita \u00bb Sun May 03, 2026 6:20 pm\n\nA post.", "2026-05-03"),
    ("by hedge_layer \u00bb 9 April 2026\n\nA post.", "2026-04-09"),
    ("A post with no header.\n\nby hedge_layer \u00bb yesterday", ""),
])
def test_first_post_date(text, date):
    assert first_post_date(text) == date
