"""A page that holds several whole articles: which one is read, and the note that says so.

A saved page can hold more than one article: a news site that loads the next story below the
first as the reader scrolls, a page of two stories, a blog's front page of whole posts. The
extractor (trafilatura) then reads the first `<article>` or, where that one looks thin, the page
around them: which article was scored depended on their order, and nothing said that another was
left out (silent18 t10: a calm article then a loaded one was scored 91.5, the same two the other
way round 27.5).

The rule, whatever the order: where two or more `<article>` elements are whole articles (each
headed by an h1 or h2, with at least RIVAL_MIN_PARAGRAPHS paragraphs and RIVAL_MIN_WORDS words; not
inside another article, not a reader's comment), one is kept and the others are taken out before extraction:

1. the one the page's own title names (its heading is the `<title>`, og:title or twitter:title,
   or a part of it beside the site's name), else the one whose web address (its class, id or a
   link in it) ends as the page's canonical address does: that is the page the reader saved;
2. else the longest (in words); of two as long, the first.

The note names how many there were, the one read and why, and those left out. Teaser cards
(a headline and a line or two) and comments are no whole articles and are left alone, as before.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["keep_one_article", "RIVAL_MIN_PARAGRAPHS", "RIVAL_MIN_WORDS"]

# A whole article: at least this many paragraphs of PARAGRAPH_MIN_WORDS words or more, and
# this many words in all, under an h1 or h2. Teaser cards have one paragraph, or an h3 or h4
# (a shop's or a magazine's list of 20 cards of two paragraphs each); on the 109 development
# pages (../shared/corpus/web) only one page holds two or more whole articles (a news site's
# list of whole stories, the page's own first).
RIVAL_MIN_PARAGRAPHS = 2
PARAGRAPH_MIN_WORDS = 5
RIVAL_MIN_WORDS = 30
# Articles named in the note, at most (then "and N more").
NAMED_MAX = 3
HEADING_MAX_CHARS = 70

_COMMENT_RE = re.compile(r"comment|kommentar", re.IGNORECASE)
_TITLE_SEP_RE = re.compile(r"\s+[|\u00bb\u203a\u2013\u2014\u00b7:-]\s+|\s*\|\s*")


def _squash(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


def _words(element: Any) -> int:
    return len(" ".join(element.itertext()).split())


def _is_comment(element: Any) -> bool:
    return any(_COMMENT_RE.search((node.get("class") or "") + " " + (node.get("id") or ""))
               for node in (element, *element.iterancestors()))


def _whole(article: Any) -> bool:
    """A whole article: its first heading a headline (h1 or h2; a teaser card's is mostly h3 or
    lower), RIVAL_MIN_PARAGRAPHS paragraphs and RIVAL_MIN_WORDS words at least."""
    first = next(article.iter("h1", "h2", "h3", "h4", "h5", "h6"), None)
    if first is None or first.tag not in ("h1", "h2"):
        return False
    paragraphs = sum(1 for p in article.iter("p") if len(" ".join(p.itertext()).split()) >= PARAGRAPH_MIN_WORDS)
    return paragraphs >= RIVAL_MIN_PARAGRAPHS and _words(article) >= RIVAL_MIN_WORDS


def _heading(article: Any) -> str:
    for element in article.iter("h1", "h2", "h3"):
        text = " ".join(" ".join(element.itertext()).split())
        if text:
            return text
    return ""


def _page_titles(tree: Any) -> set[str]:
    """The page's titles and their parts ("Headline | Site": both), squashed."""
    titles = [el.text_content() for el in tree.iter("title")]
    for meta in tree.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() in ("og:title", "twitter:title"):
            titles.append(meta.get("content") or "")
    squashed = set()
    for title in titles:
        title = " ".join(title.split())
        squashed.add(_squash(title))
        squashed.update(_squash(part) for part in _TITLE_SEP_RE.split(title))
    squashed.discard("")
    return squashed


def _canonical_slug(tree: Any) -> str:
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            path = (link.get("href") or "").split("?")[0].split("#")[0].rstrip("/")
            slug = path.rsplit("/", 1)[-1]
            return slug.lower() if len(slug) >= 8 else ""
    return ""


def _named_by_page(article: Any, titles: set[str], slug: str) -> bool:
    heading = _squash(_heading(article))
    if heading and heading in titles:
        return True
    if not slug:
        return False
    marks = " ".join((article.get("class") or "", article.get("id") or "")).lower()
    links = " ".join((a.get("href") or "").lower().rstrip("/") for a in article.iter("a"))
    return slug in marks.split() or slug in links.split("/") or any(h.endswith("/" + slug) for h in links.split())


def _shown(article: Any) -> str:
    heading = _heading(article) or " ".join(" ".join(article.itertext()).split())
    return "'" + (heading if len(heading) <= HEADING_MAX_CHARS else heading[:HEADING_MAX_CHARS - 3].rstrip() + "...") + "'"


def keep_one_article(tree: Any) -> str:
    """Take out of `tree` (lxml, as trafilatura parses it) every whole article but one (see the
    module's doc); the note that says so, or "" where the page holds fewer than two."""
    rivals = [a for a in tree.iter("article")
              if not any(node.tag == "article" for node in a.iterancestors()) and not _is_comment(a) and _whole(a)]
    if len(rivals) < 2:
        return ""
    titles, slug = _page_titles(tree), _canonical_slug(tree)
    named = [a for a in rivals if _named_by_page(a, titles, slug)]
    if named:
        kept, why = named[0], "the page's title or address names it"
    else:
        kept, why = max(rivals, key=_words), "the longest"  # (max keeps the first of two as long)
    others = [a for a in rivals if a is not kept]
    shown = ", ".join(_shown(a) for a in others[:NAMED_MAX])
    if len(others) > NAMED_MAX:
        shown += f" and {len(others) - NAMED_MAX} more"
    for article in others:
        article.drop_tree()
    return (f"this page holds {len(rivals)} articles; only the one headed {_shown(kept)} was scored ({why}); "
            f"not scored: {shown}")
