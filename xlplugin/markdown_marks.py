"""A .md file's Markdown read as what it shows (marks20, session 18).

A reader of a Markdown file sees "**By Ann Lee**" as the bold line "By Ann Lee", "[Ann Lee](url)"
as the link text "Ann Lee" and "**said**" as the word "said". Read with its marks, a byline in
bold is no byline and a verb of saying in bold no verb. So a .md file's text is taken as shown:
emphasis marks (``**``, ``__``, ``*``, ``_``, ``~~``) around words are left out, an image
``![alt](url)`` gives its alt text and a link ``[text](url)`` its text with the address after it
in brackets ("text (url)", as a printed page shows a link), so that a link to a document still
counts where provenance reads links. Code stays code: nothing inside a code span (`...`) or a
fenced code block (```` ``` ````) changes. Heading marks ("# ") and list marks stay: the title
reader already leaves "# " off, and the kinds rules read a heading at the top (documentation).
The text without the marks is the text shown and scored, so every evidence offset points at it.
"""

from __future__ import annotations

import re

__all__ = ["shown_markdown"]

# A fenced code block (``` or ~~~ on a line of its own to the next such line) or a code span.
_CODE_RE = re.compile(r"^(?:```|~~~)[^\n]*\n.*?^(?:```|~~~)[ \t]*$|(`+)[^\n]*?\1", re.MULTILINE | re.DOTALL)
# An image or a link with an inline target: [text](target) / ![alt](target "title").
_LINK_RE = re.compile(r"(!?)\[([^\[\]\n]*)\]\(\s*<?([^\s()<>]+)>?(?:\s+\"[^\"\n]*\")?\s*\)")
# Emphasis: the marks hug the words they mark (no space inside them), and "_" marks stand at a
# word's edge (snake_case_names keep theirs), as CommonMark reads them.
_EMPHASIS_RES = (
    re.compile(r"(\*\*|__|~~)(?=\S)([^\n]*?\S)\1"),
    re.compile(r"(?<![\w*])\*(?=[^\s*])([^\n*]*?[^\s*])\*(?![\w*])"),
    re.compile(r"(?<![\w_])_(?=[^\s_])([^\n_]*?[^\s_])_(?![\w_])"),
)


def _plain(part: str) -> str:
    """One stretch of text outside code, its marks left out."""
    part = _LINK_RE.sub(lambda m: m.group(2) if m.group(1) else f"{m.group(2)} ({m.group(3)})"
                        if m.group(2).strip() and m.group(2).strip() != m.group(3) else m.group(3), part)
    for _ in range(2):  # (bold inside italics: "***By Ann Lee***")
        part = _EMPHASIS_RES[0].sub(lambda m: m.group(2), part)
        part = _EMPHASIS_RES[1].sub(lambda m: m.group(1), part)
        part = _EMPHASIS_RES[2].sub(lambda m: m.group(1), part)
    return part


def shown_markdown(text: str) -> str:
    """`text` (a .md file's) as a reader of it sees it: emphasis marks left out, links and images
    as their text (a link's address after it in brackets), code unchanged."""
    if not any(mark in text for mark in ("*", "_", "~", "](")):
        return text
    out, at = [], 0
    for code in _CODE_RE.finditer(text):
        out += [_plain(text[at:code.start()]), code.group()]
        at = code.end()
    out.append(_plain(text[at:]))
    return "".join(out)
