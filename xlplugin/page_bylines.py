"""The page's author in its own article text: a byline line ("| von Jane Roe", "By Jane Roe")
and, in the text's last part, the author's biography ("Jane Roe ist Redakteurin bei ...",
"Jane Roe is a staff writer ..."). The page gives its author in its metadata (`Page.author`, the
byline cue reads it there), so the line repeats it; a biography is the site's box about its
writer, and its words ("Head of Social & Community", "testet gerne neue Gadgets") are not the
article's claims.

`author_lines(lines, author)` finds them for `xlplugin.pages.clean_text`. What keeps an
article's own sentences: a byline line must be only "by"/"von" and one of the author names the
page gives (marks such as "|" or "-" around it allowed); a biography line must start with one
of those names followed by "is"/"ist"/"was"/"war"/"writes"/"schreibt", and stand in the last
BIO_TAIL_SHARE of the text (an article about a person may open "Jane Roe is ...", near the top).
A page that names no author loses nothing here.
"""

from __future__ import annotations

import re

__all__ = ["author_lines", "BIO_TAIL_SHARE"]

# A biography stands at the foot of the article: the share of the text's characters before it.
BIO_TAIL_SHARE = 0.7
_MARKS = r"[\s|\-\u2013\u2014\u00b7,:]*"
_BIO_VERBS = r"(?:is|ist|was|war|writes|schreibt|arbeitet|works)\b"


def _patterns(author: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    names = [" ".join(n.split()) for n in author.split(";")]
    names = [re.escape(n) for n in names if len(n.split()) >= 2]  # a person's name: two words at least
    if not names:
        return None
    either = "(?:" + "|".join(names) + ")"
    byline = re.compile(_MARKS + r"(?:by|von)\s+" + either + r"(?:\s+(?:and|und)\s+" + either + ")?" + _MARKS,
                        re.IGNORECASE)
    bio = re.compile(either + r"\s+" + _BIO_VERBS)
    return byline, bio


def author_lines(lines: list[str], author: str) -> set[int]:
    """The indexes of the lines of `lines` (a page's paragraphs) that are the page's byline or
    its author's biography (see the module's doc); empty where `author` names no person."""
    patterns = _patterns(author)
    if patterns is None:
        return set()
    byline, bio = patterns
    total = sum(len(ln) for ln in lines) or 1
    found: set[int] = set()
    seen = 0
    for index, ln in enumerate(lines):
        if len(ln) <= 120 and byline.fullmatch(ln):
            found.add(index)
        elif seen >= total * BIO_TAIL_SHARE and bio.match(ln):
            found.add(index)
        seen += len(ln)
    return found
