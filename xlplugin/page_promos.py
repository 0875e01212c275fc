"""Blocks of other posts' teasers that a page marks as such in its markup: a box whose class or
id says what it holds ("next-post-thumbnails", "nextstory", "related-posts", "popular-posts",
"more-stories"). Each card holds another post's headline and its opening paragraph, or an ad
worded like one; where such a box sits in the article's container, the extractor keeps the cards
as paragraphs of the article (a 60-word post came out with 320 words of sidebar posts and an
ad after it), and their words were scored as the author's. Other posts are not this article.

`drop_promo_blocks(tree)` takes such boxes out of the parsed page before the extractor reads
it (`xlplugin.pages.extract_page`). What keeps an article safe:
- the box must be named for other posts: a class or id token holding "next", "related",
  "more", "recommended", "popular" or "trending" joined to "post(s)", "story/stories",
  "article(s)", "content" or "thumbnails" ("related-posts", "nextstory"); a word alone
  ("related", "next") is not enough, nor is it inside a longer word ("prevnext-story" of a
  pager is left to the extractor);
- the box must not hold the article: not an <article> element, nor hold one or an element
  marked as the article's body (itemprop="articleBody"), nor hold more than
  PROMO_MAX_SHARE of the page's text (in characters).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["drop_promo_blocks", "PROMO_TOKEN_RE", "PROMO_MAX_SHARE"]

# One class or id token naming other posts (matched against each token, whole, lower case).
PROMO_TOKEN_RE = re.compile(
    r"(?:[a-z0-9]+[-_])*(?:next|related|more|recommended|popular|trending)[-_]?"
    r"(?:posts?|stor(?:y|ies)|articles?|content|thumbnails)(?:[-_][a-z0-9]+)*"
)
# A box holding more than this share of the page's visible text may be the article's own
# container (a theme that names its main column "related-articles-block"): it is left alone.
PROMO_MAX_SHARE = 0.4
_TOKEN_SPLIT_RE = re.compile(r"\s+")
# (speed) an element's names are split into tokens only where they hold one of the words at
# all: the same boxes as reading every element's every token, at a fraction of the cost
_WORD_RE = re.compile("next|related|more|recommended|popular|trending", re.IGNORECASE)


def _named_for_other_posts(el: Any) -> bool:
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    if _WORD_RE.search(names) is None:
        return False
    return any(PROMO_TOKEN_RE.fullmatch(token) for token in _TOKEN_SPLIT_RE.split(names.lower()) if token)


def _holds_article(el: Any) -> bool:
    if el.tag == "article" or el.get("itemprop") == "articleBody":
        return True
    return next(el.iterfind(".//article"), None) is not None or bool(el.xpath(".//*[@itemprop='articleBody']"))


def drop_promo_blocks(tree: Any) -> int:
    """Take the boxes of other posts' teasers out of `tree` (an lxml HTML tree); how many."""
    body = tree.find(".//body")
    root = body if body is not None else tree
    total = len(root.text_content()) or 1  # characters (one string made in C)
    boxes: list[Any] = []
    taken: set[Any] = set()  # (the boxes found so far: a box inside one is already gone)
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("body", "html", "link", "script", "style"):
            continue
        if not _named_for_other_posts(el) or any(a in taken for a in el.iterancestors()):
            continue
        if _holds_article(el) or len(el.text_content()) > PROMO_MAX_SHARE * total:
            continue
        boxes.append(el)
        taken.add(el)
    for el in boxes:
        parent = el.getparent()
        if parent is None:
            continue
        if el.tail and el.tail.strip():  # the text after the box belongs to its parent
            prev = el.getprevious()
            if prev is not None:
                prev.tail = (prev.tail or "") + el.tail
            else:
                parent.text = (parent.text or "") + el.tail
        parent.remove(el)
    return len(boxes)
