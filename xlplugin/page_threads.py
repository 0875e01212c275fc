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

__all__ = ["tidy_threads"]

_QA_BOX_CLASSES = ("user-info", "post-signature", "owner")
_VOTE_CLASSES = ("js-vote-count", "vote-count")
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
            if sub is not el and any("reputation" in c or "badge" in c for c in _classes(sub)):
                _drop(sub)
        line = " ".join(" ".join(el.itertext()).split())  # (blocks run together in text_content)
        if len(line) <= 160 and _QA_BOX_RE.match(line) and _QA_SIGNATURE_RE.fullmatch(line):
            lines.append((el, line))
    if not any(line.startswith("answered") for _, line in lines):
        return
    for el, line in lines:
        tail = el.tail
        el.clear()
        el.tag, el.text, el.tail = "p", line, tail
    for el in list(tree.iter("div", "ul")):
        if any(c in _TAG_CLASSES for c in _classes(el)):
            _blank(el)
    for el in list(tree.iter("div", "span")):
        if any(c in _VOTE_CLASSES for c in _classes(el)) and el.text_content().strip().lstrip("+-\u2212").isdigit():
            _blank(el)


def tidy_threads(tree: Any, markup: str) -> None:
    """The page's tree (`xlplugin.pages`) with phpBB's profile boxes and signatures taken out, and
    a Q&A page's spread signatures made lines (see the module's notes). Looked for only where the
    markup holds "postprofile", or "user-info" and "answered"."""
    if "postprofile" in markup:
        _phpbb(tree)
    if "user-info" in markup and "answered" in markup:
        _qa(tree)
