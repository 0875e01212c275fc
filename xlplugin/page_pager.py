"""(web29) A web page that says its article runs over more than one page: only this page was read.

A long article split over pages ("Page 1 of 2", "Next page »", "Continued on page 2", WordPress's
"Pages: 1 2 3", a `<link rel="next">` to the same address with a page number) saved from its first
page holds only part of the article. The scores then describe that part: the page's note says so,
as a paywall's teaser's does (`xlplugin.pages`), and the pager's own words are taken out of the
tree before extraction (they are the site's buttons, not the article's words). The index is kept:
what was read is the article's own text, only not all of it.

What counts as the page saying so, each read from the page's markup:

- a short element (at most PAGER_MAX_CHARS characters) whose whole text is a pager's: "Page 1 of
  2", "Continued on page 2", "Continue reading on page 2", "Next page", "Next page »", "Go to page 2",
  "Pages: 1 2 3" (WordPress's page links); "Page 2 of 2" too (the page saved is the article's end);
- `<link rel="next" href="...">` in the head whose address is the page's own (its canonical, or
  og:url) with a page number added: "?page=2", "?pg=2", "/2/", "/page/2", "-2.html". A link to
  another address is the next post of a blog, not a page of this article.

Not counted: the words in a sentence ("the report, on page 2 of the council's agenda, ..."), "Page 1 of
1". A list page's pager (a tag page's "Next", "Page 1 of 12") pages the list, not
an article: `xlplugin.pages` gives such a page (its type a collection or a listing) no note.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

__all__ = ["continued_note"]

PAGER_MAX_CHARS = 60
_PAGER_RES = (
    # "Page 1 of 2", "Page 1 / 3", "Page 1 of 2 Next page »"
    re.compile(r"page\s+(?P<this>\d{1,2})\s*(?:of|/)\s*(?P<last>\d{1,2})\b(?:\W+next(?:\s+page)?)?\W*", re.IGNORECASE),
    # "Continued on page 2", "Continue reading on page 2", "Continued on next page", "Go to page 2"
    re.compile(r"(?:continued|continues|continue\s+reading|story\s+continues|go)\s+(?:on|to)\s+(?:the\s+)?"
               r"(?:page\s+(?P<next>\d{1,2})|next\s+page)\W*", re.IGNORECASE),
    # "Next page", "Next page »", "Next page: Objectors' case"
    re.compile(r"next\s+page\b(?:\s*[:\u00bb>\u2192-].{0,40})?\W*", re.IGNORECASE),
    # WordPress's page links: "Pages: 1 2 3", "Page: 1 2"
    re.compile(r"pages?\s*:\s*1(?:\s+\d{1,2})+\W*", re.IGNORECASE),
)
_NEXT_LINK_RE = re.compile(r"<link\b[^>]*\brel\s*=\s*[\"']?next\b[^>]*>", re.IGNORECASE)
_HREF_RE = re.compile(r"\bhref\s*=\s*(?:\"([^\"]*)\"|'([^']*)')", re.IGNORECASE)
_OWN_ADDRESS_RE = re.compile(
    r"<(?:link\b[^>]*\brel\s*=\s*[\"']?canonical|meta\b[^>]*\bproperty\s*=\s*[\"']og:url)[^>]*>", re.IGNORECASE)
# A page number added to an address: "?page=2", "&p=2", "/2", "/2/", "/page/2", "-2", "-2.html", "/page2"
_PAGE_SUFFIX_RE = re.compile(r"^(?:[?&](?:page|pg|p|pagina|seite)=\d{1,2}|/(?:page/?)?\d{1,2}/?|-\d{1,2}(?:\.html?)?)$",
                             re.IGNORECASE)


def _pager_text(text: str) -> bool:
    """Is `text` (an element's whole text) a pager's, naming a later page?"""
    line = " ".join(text.split())
    if not line or len(line) > PAGER_MAX_CHARS:
        return False
    for pattern in _PAGER_RES:
        m = pattern.fullmatch(line)
        if m is None:
            continue
        groups = m.groupdict()
        if groups.get("last") and int(groups["last"]) <= 1:
            return False  # "Page 1 of 1": the whole article
        return True
    return False


def _own_address(markup: str) -> str:
    for tag in _OWN_ADDRESS_RE.findall(markup[:60_000]):
        m = re.search(r"\b(?:href|content)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')", tag, re.IGNORECASE)
        if m and (m[1] or m[2]):
            return (m[1] or m[2]).strip()
    return ""


def _next_link(markup: str, url: str) -> bool:
    """Does the head link rel="next" to the page's own address with a page number added?"""
    links = _NEXT_LINK_RE.findall(markup[:60_000])
    if not links:
        return False
    own = _own_address(markup) or url
    if not own:
        return False
    own_parts = urlsplit(own)
    base = own_parts.netloc.lower() + own_parts.path.rstrip("/")
    for tag in links:
        m = _HREF_RE.search(tag)
        if m is None:
            continue
        parts = urlsplit((m[1] or m[2]).strip())
        host = parts.netloc.lower() or own_parts.netloc.lower()
        address = host + parts.path.rstrip("/")
        rest = address[len(base):] + (("?" + parts.query) if parts.query else "")
        if address.startswith(base) and rest and _PAGE_SUFFIX_RE.match(rest):
            return True
    return False


def continued_note(tree: Any, markup: str, url: str = "") -> str:
    """The note of a page that says its article goes on on another page (see the module's notes),
    with the pager's elements taken out of `tree`; "" for other pages."""
    if isinstance(tree, str):
        return ""
    pagers = []
    for el in tree.iter("div", "nav", "p", "span", "a", "li", "ul", "footer", "section"):
        if any(p in el.iterancestors() for p in pagers):
            continue  # (inside a pager found already)
        text = el.text_content()
        if len(text) <= 4 * PAGER_MAX_CHARS and _pager_text(text):
            pagers.append(el)
    said = " ".join(pagers[0].text_content().split()) if pagers else ""
    if not said and _next_link(markup, url):
        said = '<link rel="next">'
    for el in pagers:
        if el.getparent() is not None:
            el.drop_tree()  # (lxml.html: the element's tail stays where it was)
    if not said:
        return ""
    return (f"the page says the article runs over more than one page ({said!r}): only this page's part of it was "
            "saved and read; the scores describe that part")
