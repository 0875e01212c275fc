"""Other stories' dates in teaser cards: a link that wraps another story's headline and its
date (`<a href="..."><h2>Headline <span class="date">12.12.2019</span></h2></a>`). The date
finder trafilatura uses (htmldate) reads the first element classed as a date in page order;
where a box of such cards stands before the article's own date (a sidebar, a "related" column
written first in the markup), another story's date became the page's date.

`drop_teaser_dates(tree)` takes those date elements out of the parsed page before the extractor
reads it (`xlplugin.pages.extract_page`); the text after each stays. What keeps the page's own
date: only a date element inside a link (`<a href>`) that also holds a heading below the page's
title (h2-h6) is taken: a card for another page. A blog's permalink date (`<a rel="bookmark">
<time>...</time></a>`) holds no heading, and an article's own `<h1><a>` title is a heading
holding a link, not a link holding a heading.
"""

from __future__ import annotations

from typing import Any

__all__ = ["drop_teaser_dates"]

# A date element (a <time>, or an element whose class names a date) inside a link that holds a
# headline of h2-h6. translate() lower-cases the class ("Date", "teaser-DATE").
_TEASER_DATE_XPATH = (
    ".//a[@href][.//h2 or .//h3 or .//h4 or .//h5 or .//h6]"
    "//*[self::time or contains(translate(@class, 'DATE', 'date'), 'date')]"
)


def drop_teaser_dates(tree: Any) -> int:
    """Take the date elements of teaser cards out of `tree` (an lxml HTML tree), keeping the text
    after each; how many."""
    found = tree.xpath(_TEASER_DATE_XPATH)
    for el in found:
        if el.getparent() is not None:
            el.drop_tree()  # lxml: the element and its text go, its tail stays
    return len(found)
