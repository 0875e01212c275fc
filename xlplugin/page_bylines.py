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
from typing import Any

__all__ = ["author_lines", "column_feet", "with_column_foot", "BIO_TAIL_SHARE"]

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


# (web25c) A signed column's foot line in the article's own container: the last paragraph of a block
# of at least FOOT_AFTER_PARAGRAPHS paragraphs, at most FOOT_MAX_WORDS words, opening with a name of
# two to four capitalised words and then a lower-case word ("Graham Pettifer is a former hospital
# manager ...", "Ada Mensah teaches law at ...").
FOOT_AFTER_PARAGRAPHS = 3
FOOT_MAX_WORDS = 60
_FOOT_RE = re.compile(r"[A-Z][\w'\u2019.-]+(?: [A-Z][\w'\u2019.-]+){1,3} [a-z]")
_KEY_CHARS = 60


def _folded(text: str) -> str:
    return " ".join(text.split())


def column_feet(tree: Any) -> list[tuple[str, str]]:
    """(the foot line, the start of the paragraph before it) for each block of paragraphs whose
    last paragraph reads as a column's line about its writer (see above); read on the page's tree
    before extraction. The extractor drops such a line where the page marks it as the author's
    ("author-bio"), and `author_lines` takes it as a biography box where it is kept."""
    if isinstance(tree, str):
        return []
    feet = []
    for block in tree.iter("div", "article", "section", "main"):
        paragraphs = [child for child in block if child.tag == "p"]
        if len(paragraphs) <= FOOT_AFTER_PARAGRAPHS or paragraphs[-1] is not block[len(block) - 1]:
            continue
        foot = _folded(paragraphs[-1].text_content())
        if len(foot.split()) <= FOOT_MAX_WORDS and _FOOT_RE.match(foot):
            feet.append((foot, _folded(paragraphs[-2].text_content())[:_KEY_CHARS]))
    return feet


def with_column_foot(text: str, removed: tuple[str, ...], feet: list[tuple[str, str]],
                     author: str) -> tuple[str, tuple[str, ...]]:
    """(web25c) `text` with a signed column's foot line (`column_feet`) at its end, where the line
    names one of the page's authors first ("Graham Pettifer is ...") and the paragraph before it in
    the page is the text's last: the column's own line about its writer, which the column's kind
    reads (`page_genres.column_foot`), not a site's box about a staff writer set apart from the
    article. `removed` without the line."""
    if not feet or not author or not text:
        return text, removed
    names = [_folded(n) for n in author.split(";") if len(n.split()) >= 2]
    last = _folded(text[text.rfind("\n") + 1:])
    for foot, before in feet:
        if last.startswith(before) and any(foot.startswith(n + " ") and foot[len(n) + 1:][:1].islower() for n in names):
            return f"{text}\n\n{foot}", tuple(ln for ln in removed if _folded(ln) != foot)
    return text, removed
