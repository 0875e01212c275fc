"""(web46) A note saying where the article was first published, set apart from its body, put back in its text.

A site that republishes another's article says so in a line of its own over the text or under it: "This post
originally appeared on Grist.", "This article was first published in The Conversation.", "Editor's note: this
story was originally published by ProPublica." Set apart from the article's body (an editor's note in a box
of its own, above the <article> element), it is lost with the page's furniture, and with it the text's only
word that it is a copy: provenance's "repost markers" cue ([repost_contains] of data/provenance.txt) reads it
in the text.

`origin_note(tree)`, read before extraction: the text of the page's one element whose whole text, 4 to
ORIGIN_NOTE_MAX_WORDS words, opens with such a note (`_ORIGIN_NOTE_RE`: "This post/article/story ... originally
appeared/was first published", "Originally published on/in/at/by", "Republished/Reprinted from"), an
"Editor's note:" before it allowed; not in a menu, a footer, a side box, a form, a comment or another story's
teaser (`_OUTSIDE_RE`); "" where the page holds none or several (a list of reposts names each).
`with_origin_note(text, removed, note, title)`: the text with the note on a line of its own at its head (after
the headline where the text opens with it), where the text does not hold it and the cleaning did not take it
out.

Blind spots: a note that names the original only in a link's title or a logo ("Via [logo]"), and one run into
the article's first paragraph, are not read here (the latter is in the text already).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["ORIGIN_NOTE_MAX_WORDS", "origin_note", "with_origin_note"]

ORIGIN_NOTE_MAX_WORDS = 40  # longer is a paragraph of the article that mentions a publication
_KEY_CHARS = 60  # a note is known by the start of its text
_TEXT_WORDS = r"(?:post|article|story|piece|essay|column|interview|report|op-ed|commentary|text|blog post)"
_ORIGIN_NOTE_RE = re.compile(
    r"(?:editor['\u2019]?s['\u2019]? note\s*[:\-\u2013\u2014]?\s*)?(?:"
    rf"(?:this|the following|a version of this) {_TEXT_WORDS}\s+(?:was\s+|is\s+|has been\s+)?(?:originally|first)\s+"
    r"(?:appeared|published|posted|ran|run)\b"
    r"|originally (?:published|appeared|posted)\s+(?:on|in|at|by)\b"
    r"|(?:republished|reprinted|reposted|cross-?posted)\s+(?:from|with permission)\b)",
    re.IGNORECASE)
# a word every note of _ORIGIN_NOTE_RE holds
_ORIGIN_WORD_RE = re.compile(r"originally|first (?:appeared|published|posted|ran|run)|republished|reprinted|reposted|cross-?posted",
                             re.IGNORECASE)
_OUTSIDE_TAGS = frozenset(("nav", "footer", "aside", "form", "button", "script", "style", "noscript", "li"))
_OUTSIDE_RE = re.compile(r"comment|related|teaser|promo|sidebar|widget|footer|menu|newsletter", re.IGNORECASE)


def _folded(text: str) -> str:
    return " ".join(text.split())


def _outside(el: Any) -> bool:
    """Is `el` inside a menu, a footer, a side box, a form, a list, a comment or a teaser?"""
    node = el
    while node is not None:
        if isinstance(node.tag, str):
            if node.tag.lower() in _OUTSIDE_TAGS:
                return True
            names = " ".join(filter(None, (node.get("class"), node.get("id"))))
            if names and _OUTSIDE_RE.search(names):
                return True
        node = node.getparent()
    return False


def origin_note(tree: Any) -> str:
    """The page's one note saying where its article was first published (see the module), or ""."""
    if isinstance(tree, str) or tree is None:
        return ""
    if not _ORIGIN_WORD_RE.search(tree.text_content()):  # (most pages: one pass over the text, no element read)
        return ""
    found: set[str] = set()
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag.lower() in _OUTSIDE_TAGS:
            continue
        text = _folded(el.text_content())
        if not 4 <= len(text.split()) <= ORIGIN_NOTE_MAX_WORDS or not _ORIGIN_NOTE_RE.match(text):
            continue
        if not _outside(el):
            found.add(text)
    return found.pop() if len(found) == 1 else ""


def with_origin_note(text: str, removed: tuple[str, ...], note: str, title: str) -> str:
    """`text` with the page's origin note at its head, where it lost it (see the module)."""
    folded = _folded(text)
    if not note or not text.strip() or note[:_KEY_CHARS] in folded or any(note[:_KEY_CHARS] in _folded(r) for r in removed):
        return text
    first, sep, rest = text.partition("\n\n")
    if title and _folded(first) == _folded(title) and rest:
        return f"{first}\n\n{note}{sep}{rest}"
    return f"{note}\n\n{text}"
