"""(web25a) Forum and Q&A pages whose markup spreads a post's furniture over boxes of their own.

Two shapes of software that the text-level thread rules (`xlplugin.forum_posts`) could not see
through the extractor:

- phpBB's default theme: each post has a profile box beside it (`<dl class="postprofile">`: the
  name, rank, "Posts:", "Joined:"), a signature under it (`<div class="signature">`), and the
  board ends with "Who is online" (`stat-block`). The extractor kept the box as list lines ("-
  Posts: 412", "- Joined: Mon Jun 08, 2020": the date evidence pointed there), the signature as
  the poster's words. These boxes are dropped; the post's header line ("Post by NAME » DATE")
  stays and names the poster (`forum_posts._by_lines`). Only on a page with a <dl> profile box
  (another theme's <div class="postprofile"> holds a "Posted:" header, read as it is).
- A Stack-Exchange-like Q&A page whose signature is spread over elements with no "rep" word
  (`<div class="user-info"><div class="user-action-time">asked <span>Jan 22 at 18:20</span>
  </div><div class="user-details"><a>Pete K</a><span class="reputation-score">23</span>`): the box
  becomes one line, "asked Jan 22 at 18:20 Pete K", without the reputation figure (a bare number
  after a name reads as a figure), which `forum_posts` reads as a signature. The vote counts
  beside each post (`js-vote-count`, "12", "-2" on lines of their own) are dropped. Only on a
  page with a "user-info" box holding "answered".

Blind spots: another theme's class names (phpBB's older subSilver, vBulletin's postbit); a Q&A
page whose signature box has another class than "user-info", "post-signature" or "owner".
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["tidy_threads", "first_post_date"]

_QA_BOX_CLASSES = ("user-info", "post-signature", "owner")
_VOTE_CLASSES = ("js-vote-count", "vote-count")
_POST_BODY_CLASSES = ("js-post-body", "post-body", "post-text")
# (web29) An element hidden from readers: its classes (Bootstrap's "d-none", "sr-only",
# "visually-hidden", WordPress's "screen-reader-text", "hidden"), style="display:none", aria-hidden.
_HIDDEN_CLASSES = frozenset(("d-none", "hidden", "sr-only", "visually-hidden", "screen-reader-text", "v-visible-sr"))
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _qa_page(tree: Any) -> bool:
    """(web29) Does the page say it is a Q&A page: schema.org's QAPage or Question in its microdata
    (itemtype), or a box whose id or class is "question"?"""
    return any("QAPage" in (el.get("itemtype") or "") or (el.get("itemtype") or "").endswith("/Question")
               or el.get("id") == "question" or "question" in _classes(el) for el in tree.iter("html", "body", "div", "main"))


def _in_answer(el: Any) -> bool:
    """(web29) Is `el` inside an answer's box (its class "answer", or schema.org's itemprop
    "acceptedAnswer" / "suggestedAnswer")?"""
    return any("answer" in _classes(a) or (a.get("itemprop") or "") in ("acceptedAnswer", "suggestedAnswer")
               for a in el.iterancestors())


def _hidden(el: Any) -> bool:
    """Is `el` hidden from the page's readers (see _HIDDEN_CLASSES)?"""
    return (bool(_HIDDEN_CLASSES.intersection(_classes(el))) or el.get("aria-hidden") == "true"
            or _HIDDEN_STYLE_RE.search(el.get("style") or "") is not None)
# A question's box of tags between its body and its signature: the extractor dropped the signature
# after it (and the tags are the site's index, not the asker's words).
_TAG_CLASSES = ("post-taglist", "tags")
# The box's text, its words run together: the verb, then the date and name (read by forum_posts).
_QA_BOX_RE = re.compile(r"(?:asked|answered)\s", re.IGNORECASE)


def _classes(el: Any) -> list[str]:
    return (el.get("class") or "").split()


def _drop(el: Any) -> None:
    """Take `el` out of the tree, keeping the text after it (its tail)."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _blank(el: Any) -> None:
    """Empty `el` (an empty <div> is left in its place, its tail kept): the extractor weighs a
    post's box by its elements, and taking the box out whole changes which posts it keeps."""
    tail = el.tail
    el.clear()
    el.tag, el.tail = "div", tail


def _phpbb(tree: Any) -> None:
    """phpBB's default theme: a profile box is a <dl> (another theme's <div class="postprofile">
    holds the header that `forum_posts._header_lines` reads, and stays); its signatures go with it."""
    profiles = [el for el in tree.iter("dl") if "postprofile" in _classes(el)]
    if not profiles:
        return
    for el in profiles + [el for el in tree.iter("div") if "signature" in _classes(el)]:
        _blank(el)


def _qa(tree: Any) -> None:
    from .forum_posts import _QA_SIGNATURE_RE

    boxes = []
    for el in tree.iter("div", "td", "span", "footer"):
        if any(c in _QA_BOX_CLASSES for c in _classes(el)):
            boxes.append(el)
    lines = []
    for el in boxes:
        for sub in list(el.iter()):
            # (web29) and a name hidden from readers, there for machines: "pip_lantry" twice otherwise
            if sub is not el and (any("reputation" in c or "badge" in c for c in _classes(sub)) or _hidden(sub)):
                _drop(sub)
        line = " ".join(" ".join(el.itertext()).split())  # (blocks run together in text_content)
        if not _QA_BOX_RE.match(line) and _in_answer(el) and _QA_SIGNATURE_RE.fullmatch("answered by " + line):
            line = "answered by " + line  # (web29) an answer's signature without its date: its name alone
        if len(line) <= 160 and _QA_BOX_RE.match(line) and _QA_SIGNATURE_RE.fullmatch(line):
            lines.append((el, line))
    # (web29) or a question with no answer yet, on a page that says it is a Q&A page: its asker's signature
    if not any(line.startswith("answered") for _, line in lines) and not (
            _qa_page(tree) and any(line.startswith("asked") for _, line in lines)):
        return
    for el, line in lines:
        tail = el.tail
        el.clear()
        el.tag, el.text, el.tail = "p", line, tail
    for el in list(tree.iter("div", "ul")):
        if any(c in _TAG_CLASSES for c in _classes(el)):
            _blank(el)
    # (web29) a post's body by its class ("s-prose js-post-body"): the extractor takes the first such
    # body long enough as the whole article (one answer); without the class it reads the thread
    for el in tree.iter("div"):
        classes = _classes(el)
        if any(c in _POST_BODY_CLASSES for c in classes):
            el.set("class", " ".join(c for c in classes if c not in _POST_BODY_CLASSES))
    for el in list(tree.iter("div", "span")):
        if any(c in _VOTE_CLASSES for c in _classes(el)) and el.text_content().strip().lstrip("+-\u2212").isdigit():
            _blank(el)


# (web27) Other forum software: each post's poster, its date and its body by their classes, in
# document order; the post's member box, header, controls and signature by theirs.
# vBulletin (postbit: "userinfo" with "Join Date", "Posts: 1,234"; the body "post_message_N");
# Discourse ("topic-body": "username", a relative date with the full date in its title, the body
# "cooked", the buttons "Reply", "1 Like"; its page for readers without scripts: "creator",
# <time itemprop="datePublished">, the body itemprop="text"); phpBB's subSilver2 (a table a post:
# "postauthor", "Posted: DATE", the body <div class="postbody">, the profile "postdetails").
_NAME_CLASSES = frozenset(("username", "bigusername", "postauthor", "creator"))
_DATE_CLASSES = frozenset(("date", "postdate", "relative-date", "post-time"))
_BOX_CLASSES = frozenset((
    "userinfo", "userinfo_noavatar", "userinfo_extra", "username_container", "usertitle", "posthead", "postfoot",
    "postfooter", "postcontrols", "signature", "signaturecontainer", "postdetails", "profile", "gensmall", "posttitle",
    "topic-meta-data", "topic-avatar", "post-menu-area", "post-controls", "post-links-container", "crawler-post-meta",
    "post-likes", "post-infos", "names", "avatar", "usercp", "online", "offline", "nodecontrols", "postcounter"))
_LAYOUT_TAGS = frozenset(("article",))
SOFTWARE_MIN_POSTS = 2  # posts of two members or more: a thread (one post is left as it is)
_POSTED_RE = re.compile(r"\bposted:?\s*(?P<date>[^\n|]{4,40}?\d[^\n|]{0,20}?)\s*$", re.IGNORECASE)


def _software_bodies(tree: Any) -> list[Any]:
    bodies = []
    for el in tree.iter("div", "blockquote", "td", "section"):
        ident, classes = el.get("id") or "", _classes(el)
        if (ident.startswith("post_message_") or "cooked" in classes or (el.tag == "div" and "postbody" in classes)
                or (el.get("itemprop") in ("text", "articleBody") and "post" in classes)):
            if not any(b in el.iterancestors() for b in bodies):
                bodies.append(el)
    return bodies


def _name_of(el: Any) -> str:
    name = " ".join(el.text_content().split())
    return name if 0 < len(name) <= 40 else ""


def _date_of(el: Any) -> str:
    for value in (el.get("title") or "", " ".join(el.text_content().split())):
        if any(c.isdigit() for c in value) and 4 <= len(value) <= 60:
            return value
    return ""


def _software_posts(tree: Any) -> list[tuple[Any, str, str]]:
    """(body, poster, date) of each post, in document order (see above): the poster and the date
    are the last ones before the body (after the post before)."""
    bodies = _software_bodies(tree)
    if len(bodies) < SOFTWARE_MIN_POSTS:
        return []
    body_set = set(bodies)
    posts, name, date = [], "", ""
    skip_until = None
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        if skip_until is not None:
            if el is skip_until or skip_until in el.iterancestors():
                continue
            skip_until = None
        if el in body_set:
            posts.append((el, name, date))
            name = date = ""
            skip_until = el
            continue
        classes = _classes(el)
        if not name and (_NAME_CLASSES.intersection(classes) or el.get("data-user-card") or el.get("itemprop") == "author"):
            name = _name_of(el)
        if _DATE_CLASSES.intersection(classes) or (el.tag == "time" and el.get("itemprop") == "datePublished"):
            date = _date_of(el) or date
        elif not date and el.tag in ("div", "span", "td") and "osted" in (el.text_content() or "")[:200]:
            m = _POSTED_RE.search(" ".join(el.text_content().split()))
            date = m["date"] if m else date
    return posts


def _software_thread(tree: Any) -> None:
    """(web27) Each post of another forum software's thread headed by a line "by NAME » DATE", as
    phpBB's default theme heads it (`forum_posts._by_lines` reads it), and its member box, header,
    controls and signature emptied; only where the posts name two members or more."""
    from lxml import etree

    posts = [(body, name, date) for body, name, date in _software_posts(tree) if name and date]
    if len(posts) < SOFTWARE_MIN_POSTS or len({name.lower() for _, name, _ in posts}) < 2:
        return
    bodies = [body for body, _, _ in posts]
    region = bodies[0].getparent()
    while region is not None and not all(region in b.iterancestors() for b in bodies):
        region = region.getparent()
    if region is None:
        return
    for el in list(region.iter()):
        if not isinstance(el.tag, str):
            continue
        if el.tag in _LAYOUT_TAGS:  # (a table a post, subSilver2's: read as blocks; an <article> a post, Discourse's:
            el.tag = "div"          # the extractor keeps one article, the first post, and leaves the replies out)
        if not (_BOX_CLASSES.intersection(_classes(el)) or (_NAME_CLASSES.intersection(_classes(el)) and el.tag == "b")):
            continue
        if any(el is b or el in b.iterancestors() for b in bodies):
            continue  # (vBulletin's "postdetails" holds the body)
        if el.getparent() is not None:
            _blank(el)
    for el in list(region.iter("span")):  # subSilver2's signature: "_________________" then the lines
        if "postbody" in _classes(el) and el.text_content().strip().startswith("____"):
            _blank(el)
    tops = [_post_table(body, region) for body in bodies]
    if len(set(map(id, tops))) < len(tops):
        tops = [None] * len(tops)  # (posts sharing a table: left in it)
    for (body, name, date), top in zip(posts, tops):
        if body.get("itemprop") in ("text", "articleBody"):  # (webfresh41) Discourse's page for readers without
            body.set("class", "cooked")  # scripts: the extractor kept the first <div class="post"> alone, without its
            del body.attrib["itemprop"]  # header and the replies; as its scripted view's "cooked" body, the thread
        header = etree.Element("p")
        header.text = f"by {name} \u00bb {date}"
        if top is None:
            body.addprevious(header)
            continue
        # (a table a post, subSilver2's: the extractor reads a cell as one run between "|" marks, the
        # header run into the post; the post is read as its header and its body, the table left out)
        post = etree.Element("div")
        post.append(header)
        body.getparent().remove(body)
        body.tail = None
        post.append(body)
        post.tail = top.tail
        top.addprevious(post)
        top.getparent().remove(top)


def _post_table(body: Any, region: Any) -> Any:
    """The outermost table around `body` inside `region`, or None."""
    top = None
    for above in body.iterancestors():
        if above is region:
            break
        if above.tag == "table":
            top = above
    return top


def tidy_threads(tree: Any, markup: str) -> None:
    """The page's tree (`xlplugin.pages`) with phpBB's profile boxes and signatures taken out, and
    a Q&A page's spread signatures made lines (see the module's notes). Looked for only where the
    markup holds "postprofile", or "user-info" and "answered"."""
    if "postprofile" in markup:
        _phpbb(tree)
    if ("user-info" in markup or "post-signature" in markup) and ("answered" in markup or "asked" in markup):
        _qa(tree)
    # (web27) vBulletin, Discourse, phpBB's subSilver2
    if ("post_message_" in markup or "cooked" in markup or "crawler-post" in markup
            or ("postbody" in markup and "postauthor" in markup)):
        _software_thread(tree)


# (web27) A post header's date: a month's name ("Sun May 03, 2026 6:20 pm", "Apr 9, 2026 7:41 pm",
# "9 April 2026") or figures ("03-14-2026, 09:12 PM", vBulletin's month first; "14.03.2026"); where
# both figures could be the month ("03-04-2026"), none.
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_FIRST_RE = re.compile(r"(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b")
_DAY_FIRST_RE = re.compile(r"\b(?P<day>\d{1,2})\s+(?P<mon>[A-Za-z]{3,9})\.?,?\s+(?P<year>(?:19|20)\d\d)\b")
_FIGURES_RE = re.compile(r"\b(?P<a>\d{1,2})[-./](?P<b>\d{1,2})[-./](?P<year>(?:19|20)\d\d)\b")


def _iso(year: str, month: int, day: str) -> str:
    from datetime import date

    try:
        return date(int(year), month, int(day)).isoformat()
    except ValueError:
        return ""


def _header_date(value: str) -> str:
    for pattern in (_MONTH_FIRST_RE, _DAY_FIRST_RE):
        m = pattern.search(value)
        if m and m["mon"][:3].lower() in _MONTHS:
            return _iso(m["year"], _MONTHS.index(m["mon"][:3].lower()) + 1, m["day"])
    m = _FIGURES_RE.search(value)
    if not m:
        return ""
    a, b = int(m["a"]), int(m["b"])
    if a > 12 >= b:
        return _iso(m["year"], b, m["a"])
    if b > 12 >= a:
        return _iso(m["year"], a, m["b"])
    return ""


def first_post_date(text: str) -> str:
    """(web27) The ISO date of a thread's first post, from its header ("by NAME \u00bb DATE", the
    text's first header line; `forum_posts.by_line_author` says the text is a thread); "" where it
    gives none that reads one way. A forum page's date where the markup gives none (the page
    reader empties the posts' date boxes)."""
    from .forum_posts import _BY_LINE_RE

    for line in text.split("\n")[:12]:
        if "\u00bb" in line:
            m = _BY_LINE_RE.fullmatch(line)
            return _header_date(line.split("\u00bb", 1)[1]) if m else ""
    return ""
