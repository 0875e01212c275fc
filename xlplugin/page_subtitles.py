"""(web27) A post's subtitle the extractor lost, put back at the head of its text.

Under a headline many pages set a subtitle (a standfirst, a "dek"): one sentence or phrase that
says what the piece holds ("Spoiler: it was a paper notebook"). Where the article sits in a
container the extractor knows, it keeps the subtitle with the article; where it does not
(class-hashed divs, as a Medium-like post's), it collects the page's paragraphs, and a subtitle
set apart from the first paragraph by the byline and the buttons is lost. It is the writer's, read
by the reader before anything else: it belongs at the head of the text.

`page_subtitle(tree)`, read before extraction: (the page's headline, its subtitle) where, among the
first elements holding text after the first <h1> (before a paragraph of prose), one is a subtitle:
  - an element whose class, id or data-testid names a subtitle ("subtitle", "standfirst", "dek",
    "deck", "strapline", "subhead", "subheadline", "sub-headline", "summary", "excerpt"), or
  - an <h2> right after the headline (the first element holding text after it);
and its text is 2 to `SUBTITLE_MAX_WORDS` words ((web47) up to `NAMED_SUBTITLE_MAX_WORDS`, a paragraph's
length, where it is the whole of a box its class names a subtitle: WordPress's "entry-excerpt" holds a
standfirst of three or four sentences), no byline ("By ..."), no reading time or date;
(web29) not inside a box about the writer (its class or id naming an author, profile, byline or card:
LinkedIn's "base-main-card__subtitle" is the writer's own headline, "Head of People at ...").
`with_subtitle(text, found, title)`: the cleaned text (paragraphs between blank lines) with the subtitle on a line of its own
at its head (after the headline where the text opens with it), where the headline is the page's
title and the subtitle is nowhere in the text. A subtitle the extractor kept stays once.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["page_subtitle", "with_subtitle", "SUBTITLE_MAX_WORDS", "NAMED_SUBTITLE_MAX_WORDS"]

SUBTITLE_MAX_WORDS = 40  # longer is the article's first paragraph, not a line under the headline
# (web47) ... unless the page sets it in a box of its own that its class names a subtitle ("entry-excerpt",
# "standfirst"): the writer's standfirst, whatever its length up to a long paragraph's (longer is a body)
NAMED_SUBTITLE_MAX_WORDS = 120
# (web34) An article's <header> holds its headline, the standfirst, the byline and date: no more words than this
HEADER_MAX_WORDS = 120
_KEY_CHARS = 60  # a subtitle is known by the start of its text
_LOOK_AHEAD = 8  # elements holding text after the headline that are looked at (byline, buttons, counts)
_PROSE_WORDS = 8  # a paragraph of this many words or more is the article's body: the subtitle comes before
_SUBTITLE_CLASS_RE = re.compile(r"subtitle|standfirst|(?:^|[-_\s])dek(?:$|[-_\s])|(?:^|[-_\s])deck(?:$|[-_\s])|strapline"
                                r"|sub-?head(?:line)?|(?:^|[-_\s])summary(?:$|[-_\s])|excerpt", re.IGNORECASE)
_OUTSIDE = frozenset(("nav", "footer", "aside", "form", "figure", "figcaption", "button", "script", "style"))
_NOT_SUBTITLE_RE = re.compile(r"(?:by|posted|published|updated|written)\b|\d+\s*min(?:ute)?s?\s+read\b|"
                              r"(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d", re.IGNORECASE)


# (web29) A box about the writer (an author card, a profile, a byline box): its "subtitle" is the writer's headline.
_CARD_CLASS_RE = re.compile(r"author|profile|byline|writer|contributor|(?:^|[-_\s])card(?:$|[-_\s])|main-card", re.IGNORECASE)


def _in_card(el: Any, stop: Any = None) -> bool:
    """Is `el` inside (or itself) a box about the writer, by its class or id (three levels up; (web34) not
    above `stop`, the article's header, whose <article> may be classed by its writer, "displayed_author-...")?"""
    node, depth = el, 0
    while node is not None and depth < 4 and node is not stop:
        names = " ".join(filter(None, (node.get("class"), node.get("id")))) if isinstance(node.tag, str) else ""
        if names and _CARD_CLASS_RE.search(names):
            return True
        node, depth = node.getparent(), depth + 1
    return False


def _folded(text: str) -> str:
    return " ".join(text.split())


def _subtitle_box(el: Any) -> Any:
    """`el` or the nearer of its two nearest ancestors that says by its class, id or data-testid that it is a
    subtitle; None where none does."""
    for node in (el, el.getparent(), el.getparent().getparent() if el.getparent() is not None else None):
        if node is None or not isinstance(node.tag, str):
            continue
        names = " ".join(filter(None, (node.get("class"), node.get("id"), node.get("data-testid"))))
        if names and _SUBTITLE_CLASS_RE.search(names):
            return node
    return None


def _named_subtitle(el: Any) -> bool:
    """Does `el` or one of its two nearest ancestors say by its class, id or data-testid that it is a subtitle?"""
    return _subtitle_box(el) is not None


def _longest(block: Any, text: str) -> int:
    """(web47) The most words `block`'s subtitle may hold: a paragraph's (NAMED_SUBTITLE_MAX_WORDS) where
    `text` is all a box named a subtitle holds, else SUBTITLE_MAX_WORDS."""
    box = _subtitle_box(block)
    return NAMED_SUBTITLE_MAX_WORDS if box is not None and _folded(" ".join(box.itertext())) == text else SUBTITLE_MAX_WORDS


def _after(tree: Any, head: Any):
    """The elements after `head` (none of its own) in document order."""
    inside = sum(1 for x in head.iter() if isinstance(x.tag, str))
    started = False
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        if el is head:
            started = True
            continue
        if not started:
            continue
        if inside > 1:
            inside -= 1
            continue
        yield el


def _in_header(el: Any, header: Any) -> bool:
    """(web34) Is `el` inside the <header> that holds the headline (`header`; None where none does)? The
    article's header holds its headline and what goes with it (the standfirst, the byline), not its body."""
    return header is not None and any(a is header for a in el.iterancestors("header"))


def _page_titles(tree: Any) -> list[str]:
    """The page's <title> and og:title, folded and in lower case."""
    found = [el.text_content() for el in tree.iter("title")][:1]
    found += [el.get("content") or "" for el in tree.iter("meta") if el.get("property") == "og:title"]
    return [t for t in (_folded(x).lower() for x in found) if t]


def _headline(tree: Any) -> Any:
    """(web34) The page's headline: of its <h1> elements holding text, the one its <title> or og:title
    opens with or holds nearest their start (a site's logo or name is often an <h1> of its own before
    the article's, "CNET.de", an empty one round a logo image); where the titles hold none, the first."""
    heads = [(h, _folded(h.text_content()).lower()) for h in tree.iter("h1")]
    heads = [(h, text) for h, text in heads if text]
    if len(heads) > 1:
        titles = _page_titles(tree)
        placed = [(min((t.find(text) for t in titles if text in t), default=-1), -len(text), i) for i, (_, text) in enumerate(heads)]
        placed = [p for p in placed if p[0] >= 0]
        if placed:
            return heads[min(placed)[2]][0]
    return heads[0][0] if heads else None


def page_subtitle(tree: Any) -> tuple[str, str]:
    """(headline, subtitle) of the page (see the module), or ("", "")."""
    if isinstance(tree, str):
        return "", ""
    head = _headline(tree)
    if head is None:
        return "", ""
    headline = _folded(head.text_content())
    header = next((a for a in head.iterancestors("header")), None)
    if header is not None and len(header.text_content().split()) > HEADER_MAX_WORDS:
        header = None  # the site's header (menus, search) round a headline set in its breadcrumbs
    seen = 0
    for el in _after(tree, head):
        if seen >= _LOOK_AHEAD:
            break
        if not (el.text or "").strip():
            continue
        if any(isinstance(a.tag, str) and a.tag in _OUTSIDE for a in (el, *el.iterancestors())):
            continue
        seen += 1
        block = el
        while block.tag in ("span", "a", "em", "strong", "i", "b") and block.getparent() is not None:
            block = block.getparent()
        text = _folded(" ".join(block.itertext()))  # (a date glued to its end in a span of its own is a word apart)
        words = len(text.split())
        named = _named_subtitle(block) or (block.tag == "p" and _in_header(block, header))
        if block.tag == "p" and words >= _PROSE_WORDS and not named:
            break  # the article's body has begun
        if not (named or (seen == 1 and block.tag == "h2")):
            continue
        if _in_card(block, header):
            continue  # (web29) an author card's headline or role ("Head of People at ...") is the writer's, not the piece's
        if 2 <= words <= _longest(block, text) and text != headline and not _NOT_SUBTITLE_RE.match(text):
            return headline, text
        break
    return "", ""


def with_subtitle(text: str, found: tuple[str, str], title: str) -> str:
    """`text` with the subtitle the extractor lost at its head (see the module)."""
    headline, subtitle = found
    if not subtitle or _folded(title) != headline:
        return text
    if subtitle[:_KEY_CHARS] in _folded(text):
        return text  # (kept, also where the extractor set a part of it apart: "... do it?" / "Tuesday, 4 March")
    first, sep, rest = text.partition("\n\n")
    if _folded(first) == headline:
        return f"{first}\n\n{subtitle}{sep}{rest}"
    return f"{subtitle}\n\n{text}" if text else text
