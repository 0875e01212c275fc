"""(web25c) A live blog's entry times, kept with their entries.

A live blog shows each entry's time in a block of its own over the entry: `<p class="block-time">
<time datetime="...">12.52 GMT</time></p>`, then the entry's heading and paragraphs. The extractor
drops a block that holds nothing but a time, so the text lost the entries' times, and with them the
shape by which the newsroom's "we" and "our" are known (a live blog: paragraphs that open with a
time of day, `xlplugin.outlet_voice.live_entries`): "We are going to close this live blog now"
counted as the writer's argued voice.

`keep_entry_times(tree)`: where a page holds at least `outlet_voice.LIVE_ENTRIES` such blocks, each
one's time is put at the start of the first paragraph after it in its entry, "12.52 GMT - The
chancellor confirms ...", as a text copied as text writes it, and the block itself is taken out.
A page with fewer (an article's one time in its byline) is left as it is; a time inside a sentence
is no block of its own.

(web47) `drop_title_time(tree)`: a blog post's time of day set in an element of its own at the head of its
title's box (uCoz's `<div class="eTitle"><div style="float:right">3:59 PM </div>Briefe</div>`: the style
sheet floats it to the right; the markup alone reads "3:59 PM Briefe", the time glued into the title) is
taken out: it is the template's stamp, not the writer's words (the page's date is read elsewhere). Only
where the page holds one such title (a front page lists many posts; a live blog's entries keep theirs).

Used by `xlplugin.pages.extract_page` on the tree trafilatura would parse itself.
"""

from __future__ import annotations

import re
from typing import Any

from .outlet_voice import LIVE_ENTRIES

__all__ = ["keep_entry_times", "drop_title_time"]

# A time of day alone in its block: "12.52 GMT", "16:40", "6.05pm", "09:15 BST".
_STAMP_RE = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?", re.IGNORECASE)
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_STAMP_TAGS = frozenset(("p", "div", "span", "time", "small"))
ENTRY_REACH = 3  # elements after the stamp in which its entry's first paragraph is looked for (a heading, a byline between)


def _stamp(el: Any) -> str:
    """The time `el` shows, where it is a block holding only a time of day and marks it as a time
    (a <time> element, or one inside it); "" otherwise."""
    if el.tag not in _STAMP_TAGS:
        return ""
    if el.tag != "time" and next(el.iter("time"), None) is None:
        return ""
    shown = " ".join(el.text_content().split())
    return shown if _STAMP_RE.fullmatch(shown) else ""


def _entry_paragraph(stamp: Any) -> Any:
    """The first <p> after `stamp` among its next siblings (past a heading, a byline), or None
    where another stamp or a block holding no paragraph's words comes first."""
    el = stamp.getnext()
    for _ in range(ENTRY_REACH):
        if el is None or not isinstance(el.tag, str) or _stamp(el):
            return None
        if el.tag == "p" and el.text_content().strip():
            return el
        el = el.getnext()
    return None


def keep_entry_times(tree: Any) -> int:
    """Put each live entry's time at the start of its first paragraph (see the module); the
    number of entries so marked."""
    pairs = []
    for el in tree.iter(*_STAMP_TAGS):
        shown = _stamp(el)
        if not shown or (el.getparent() is not None and _stamp(el.getparent())):
            continue  # (a <time> inside a stamp block: the block is the stamp)
        paragraph = _entry_paragraph(el)
        if paragraph is not None:
            pairs.append((el, shown, paragraph))
    if len(pairs) < LIVE_ENTRIES:
        return 0
    for el, shown, paragraph in pairs:
        paragraph.text = f"{shown} - {paragraph.text or ''}"
        el.drop_tree()
    return len(pairs)


# (web47) A title's box: a heading, or an element its class names a title ("eTitle", "entry-title", "post-title")
_TITLE_CLASS_RE = re.compile(r"title", re.IGNORECASE)


def _title_time(el: Any) -> bool:
    """Is `el` an element holding only a time of day, first in a title's box with no text before it and
    the title's words after it?"""
    box = el.getparent()
    if (el.tag not in _STAMP_TAGS or box is None or (box.text or "").strip() or box[0] is not el
            or not (box.tag in _HEADINGS or _TITLE_CLASS_RE.search(box.get("class") or ""))):
        return False
    if not _STAMP_RE.fullmatch(" ".join(el.text_content().split())):
        return False
    after = (el.tail or "") + "".join(x.text_content() for x in el.itersiblings() if isinstance(x.tag, str))
    return any(c.isalpha() for c in after)


def drop_title_time(tree: Any) -> int:
    """(web47) Take out the time of day at the head of the page's one post title (see the module); the number taken out."""
    found = [el for el in tree.iter(*_STAMP_TAGS) if _title_time(el)]
    if len(found) != 1:
        return 0
    found[0].drop_tree()  # (lxml.html: the title after it stays)
    return 1
