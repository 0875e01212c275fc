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

(lead25) The author the extractor read, checked against the markup it came from:
- `post_author(markup, author)`: an element classed "author" inside a reader's comment (an
  element classed "comment", "comments", "commentarea", "reply" ... or the id "comments") names
  a commenter. Where the author is named only there, the page's author is the first author
  element outside the comments (a thread's poster: old Reddit's `<a class="author may-blank">`
  in the post's tagline, where each comment has `<a class="author">`), or none.
- `without_role_line(author, markup)`: a byline box that gives the name and, in the element after
  it, the writer's role ("Amira Said" / "Health correspondent, Northbridge") is read by the
  extractor as one author ("Amira Said Health correspondent; Northbridge"); the name element's
  text is the author. (webfresh40) A role after a comma in the name's own element ("By Megan
  Thwaite, Education correspondent") is read as a second author ("Megan Thwaite; Education
  correspondent"); the role is no author.
- `without_author_tail(title, author)`: a browser title that ends with the author's name
  ("Headline | Jane Roe", a column's og:title) is the headline; the name is the author column's.
"""

from __future__ import annotations

import re
from typing import Any

from .names import person_name_pattern

__all__ = ["author_lines", "column_feet", "with_column_foot", "post_author", "without_role_line", "without_author_tail",
           "BIO_TAIL_SHARE"]

# A biography stands at the foot of the article: the share of the text's characters before it.
BIO_TAIL_SHARE = 0.7
_MARKS = r"[\s|\-\u2013\u2014\u00b7,:]*"
_BIO_VERBS = r"(?:is|ist|was|war|writes|schreibt|arbeitet|works)\b"


# (web29) An author card in the article's head (a profile platform's, LinkedIn's, a blog's): a line holding
# only the author's name among the text's first CARD_HEAD_LINES lines, and the line after it where it reads as
# the writer's headline or role ("Head of People at Tessellate Software | Building teams that stay", "Senior
# reporter, Eastfield Echo"): at most ROLE_MAX_CHARS, no sentence's end, an " at ", a bar or a role word. A
# subheading after a name ("The story so far") has none and stays.
CARD_HEAD_LINES = 4
ROLE_MAX_CHARS = 120
_PROSE_END_RE = re.compile(r"[.!?][\"'\u201d\u2019)]*$")
_CARD_ROLE_RE = re.compile(r"\s(?:at|@)\s|\s[|\u00b7\u2022]\s|\b(?:head|director|founder|co-founder|chief|ceo|cto|cfo|coo|manager|"
                      r"editor|reporter|correspondent|writer|columnist|journalist|officer|lead|partner|consultant|"
                      r"professor|lecturer|researcher|analyst|engineer|designer|president|chair|specialist|advisor|adviser)\b",
                      re.IGNORECASE)


def _name_alone(line: str, author: str) -> bool:
    """Is `line` one of the author's names (two words at least) and nothing else?"""
    folded = " ".join(line.split()).strip(" |-\u2013\u2014\u00b7,:").lower()
    return any(folded == " ".join(n.split()).lower() for n in author.split(";") if len(n.split()) >= 2)


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
        elif index < CARD_HEAD_LINES and len(ln) <= 120 and _name_alone(ln, author):
            # (web29) an author card under the headline: the name alone, then the writer's headline or role
            found.add(index)
            after = lines[index + 1] if index + 1 < len(lines) else ""
            if after and len(after) <= ROLE_MAX_CHARS and not _PROSE_END_RE.search(after) and _CARD_ROLE_RE.search(after):
                found.add(index + 1)
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
# (hunt30) the name in names29's shape (names.person_name_pattern: "Jonas van der Berg teaches ...", "Seán Ó Briain is
# ..."): a column by such a writer lost its foot line, and its kind with it
_FOOT_RE = re.compile(rf"{person_name_pattern()} [a-z]")
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


def _squash(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


# Class words (whole class tokens) and ids of the elements that hold readers' comments.
_COMMENT_TOKENS = frozenset(("comment", "comments", "commentarea", "comment-list", "commentlist", "comment-body",
                             "comment-content", "comments-area", "comment-thread", "reply", "replies"))
_AUTHOR_NAME_MAX_CHARS = 60


def _in_comment(element: Any) -> bool:
    for above in element.iterancestors():
        if (above.get("id") or "").lower() == "comments":
            return True
        if _COMMENT_TOKENS.intersection((above.get("class") or "").lower().split()):
            return True
    return False


def post_author(markup: str, author: str) -> str:
    """`author`, or the page's own author where `author` is a commenter's name (the module's doc)."""
    if not author or ";" in author or "comment" not in markup.lower():
        return author
    try:
        from lxml import html as lxml_html

        root = lxml_html.fromstring(markup)
    except (ValueError, TypeError):  # (markup lxml cannot read: the author as given)
        return author
    named = []  # (name, inside a comment), in page order
    for element in root.iter("a", "span", "div", "p", "strong", "b"):
        if "author" not in (element.get("class") or "").lower().split():
            continue
        name = " ".join(element.text_content().split())
        if name and len(name) <= _AUTHOR_NAME_MAX_CHARS:
            named.append((name, _in_comment(element)))
    key = _squash(author)
    if not any(_squash(name) == key and inside for name, inside in named):
        return author
    if any(_squash(name) == key and not inside for name, inside in named):
        return author  # (the writer also comments under the article)
    return next((name for name, inside in named if not inside), "")


# The writer's role in the element after the name ("Health correspondent, Northbridge").
_ROLE_RE = re.compile(r"\b(?:correspondent|editor|reporter|writer|columnist|journalist|producer|presenter|analyst|"
                      r"contributor|staff|korrespondent(?:in)?|redakteur(?:in)?|autor(?:in)?)\b", re.IGNORECASE)
_TEXT_NODE_RE = re.compile(r">([^<>]+)<")
_BY_RE = re.compile(r"^(?:by|von)\s+", re.IGNORECASE)


# (webfresh40) One role after the name and a comma in one byline ("By Megan Thwaite, Education
# correspondent"): the extractor splits the credit at the comma into two authors.
ROLE_PIECE_MAX_WORDS = 4


def _without_role_piece(author: str, nodes: list[str]) -> str:
    """`author` ("Name; Role") less a piece that is the role written after the name and a comma
    in one text node of the page; else `author`."""
    pieces = [p.strip() for p in author.split(";")]
    for name, role in zip(pieces, pieces[1:]):
        if _ROLE_RE.search(name) or not _ROLE_RE.search(role) or len(role.split()) > ROLE_PIECE_MAX_WORDS:
            continue
        credit = _squash(name + role)
        if any(_squash(_BY_RE.sub("", node)) == credit and "," in node for node in nodes):
            return "; ".join(p for p in pieces if p != role)
    return author


def without_role_line(author: str, markup: str) -> str:
    """`author` less the role line the extractor joined to the name (the module's doc)."""
    if not author or not _ROLE_RE.search(author):
        return author
    key = _squash(author)
    nodes = [t.strip() for t in _TEXT_NODE_RE.findall(markup) if t.strip()]
    if ";" in author and _without_role_piece(author, nodes) != author:
        return _without_role_piece(author, nodes)
    for name, role in zip(nodes, nodes[1:]):
        name = _BY_RE.sub("", name)
        if _ROLE_RE.search(role) and not _ROLE_RE.search(name) and _squash(name + role) == key:
            return name
    return author


def without_author_tail(title: str, author: str) -> str:
    """`title` less a last part, after " | ", " - " or the like, that is the author's name."""
    if not title or not author:
        return title
    names = {_squash(n) for n in author.split(";") if len(n.split()) >= 2}
    head, sep, tail = title.rpartition(" | ") if " | " in title else title.rpartition(" - ")
    if sep and head.strip() and _squash(tail) in names:
        return head.strip()
    return title
