"""(web29) An organisation's own news page: the press office's contact block under the article.

A press release, and an organisation's own news about itself (a university's news page on its
researchers' study, a ministry's announcement, a company's newsroom post), ends with the press
office's contact: a heading ("Media contact", "Press enquiries", "Roads media enquiries", "For
media inquiries", "Pressekontakt") over a name, an e-mail address or a telephone number. The
block says who speaks: the organisation itself, to journalists. A newspaper's story about the
same organisation has none (its readers are not asked to call the press office).

The block's lines are no part of the article (an address, a telephone number: nothing a reader
of the story weighs), and the extractor often leaves them out with the box they sit in ("news-
footer"). So the block is read here, in the page's tree before extraction: where one is found,
its heading and its contact lines are taken out of the tree, and the page type gains the part
"press contact: <heading>" (`with_press_contact`), which the kind rules read (kinds.txt: a press
office's contact, a press release's cue, as the same heading in a text is).

What counts as the block: a heading-like element (a heading, a <strong>, <b>, <dt>, a short <p> or
<div>: at most HEADING_MAX_CHARS characters) whose whole text is a press contact's heading, then
within the next CONTACT_MAX_CHARS characters of its following siblings an e-mail address, a
telephone number or a press officer's title. Not counted: a contact heading in the site's own
header, navigation or page footer (<header>, <nav>, <footer>: the site's press office on every
page, a newspaper's too), a heading with nothing after it, "Contact us" alone (a shop's, a
club's), and "media" in a sentence ("Media enquiries rose in March ...", longer than a heading).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["press_contact", "with_press_contact"]

HEADING_MAX_CHARS = 60
CONTACT_MAX_CHARS = 400
_HEADING_RE = re.compile(
    r"(?:[\w'-]+\s+){0,3}?(?:(?:for\s+)?(?:media|press|news(?:room)?)\s+(?:contacts?|enquiries|inquiries|office|relations|"
    r"team|information)|press\s+and\s+media(?:\s+enquiries)?|media\s+and\s+press\s+enquiries|journalists?\s+(?:please\s+)?contact"
    r"|pressekontakt|presseanfragen|contact\s+presse)\s*:?", re.IGNORECASE)
_CONTACT_RE = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:\+\d{1,3}[\s(]*)?\(?\d{2,5}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}\b|"
    r"\b(?:press|media|communications|news)\s+(?:officer|manager|office|team|lead)\b|\btel(?:ephone)?\b|\bphone\b",
    re.IGNORECASE)
_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6", "strong", "b", "dt", "p", "div", "span")
_SITE_TAGS = ("header", "nav", "footer")


def _site_furniture(el: Any) -> bool:
    return any(a.tag in _SITE_TAGS for a in el.iterancestors())


def _after(el: Any) -> list[Any]:
    """The elements after `el` that belong to its block: its following siblings up to the next
    heading-like one of the same tag; where it has none, its parent's (a <strong> inside a <p>)."""
    out = []
    for sib in el.itersiblings():
        if sib.tag == el.tag and sib.tag in ("h2", "h3", "h4", "h5", "h6", "dt"):
            break
        out.append(sib)
    return out


def press_contact(tree: Any) -> str:
    """The heading of the page's press contact block (see the module's notes), its heading and
    lines taken out of `tree`; "" where the page has none."""
    if isinstance(tree, str):
        return ""
    for el in tree.iter(*_HEADING_TAGS):
        text = " ".join(el.text_content().split())
        if not text or len(text) > HEADING_MAX_CHARS or not _HEADING_RE.fullmatch(text):
            continue
        if _site_furniture(el):
            continue
        block = _after(el)
        tail = (el.tail or "") + " ".join(" ".join(b.text_content().split()) + " " + (b.tail or "") for b in block)
        if not _CONTACT_RE.search(tail[:CONTACT_MAX_CHARS]):
            continue
        # the contact's lines: the siblings within CONTACT_MAX_CHARS (a further section stays)
        taken, size = [], 0
        for b in block:
            size += len(b.text_content())
            if size > CONTACT_MAX_CHARS:
                break
            taken.append(b)
        for b in taken:
            b.drop_tree()
        el.tail = ""
        el.drop_tree()
        return text.rstrip(":").strip()
    return ""


def with_press_contact(page_type: str, heading: str) -> str:
    """`page_type` with the part "press contact: <heading>" (see the module's notes)."""
    return f"{page_type}; press contact: {' '.join(heading.lower().replace(';', ',').split())}"
