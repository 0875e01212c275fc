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

(meta20) Also as shown: a reference link "[Ann Lee][ann]" (or "[Ann Lee][]") is its text, its
definition line ("[ann]: https://...") shows nothing; a mark escaped with a backslash ("\\*By Ann
Lee\\*") is that mark, shown as written and no emphasis; inline HTML for emphasis
("<strong>By Ann Lee</strong>", <b>, <em>, <i>, <u>, <span>, <mark>) is its text; struck text
("~~the road will be free~~", <del>, <s>) is withdrawn, not shown as said, so it is left out.
A file opening with front matter (YAML between "---" lines, or TOML between "+++" lines: Hugo,
Jekyll, Obsidian) gives its title, author and date (`front_matter`); its key lines are not text.

(loud50) A plain-text file written in Markdown (a .txt saved from a chat tool, a note-taking app
or a page-to-Markdown converter) is read as a .md file is, where its marks can only be Markdown
(`reads_as_markdown`): a link or an image with its target ("[text](https://...)"), or bold marks
("**") in pairs hugging words at their edges ("**By Ann Lee**", "its chair **said**"), and
no "**" outside such a pair. A stray "**" ("Japan**, this draft", "posted ** against") is a
redaction or garbling mark, which provenance reads as one; a text holding one keeps every mark as
written. Heading marks ("## ") and list bullets ("- ", "* ") stay in either file: they show the
text's structure, and the title reader, the sentence splitter and the kinds rules read them.
"""

from __future__ import annotations

import re

__all__ = ["shown_markdown", "front_matter", "reads_as_markdown", "without_empty_images", "without_layout_bars"]

# A fenced code block (``` or ~~~ on a line of its own to the next such line) or a code span.
_CODE_RE = re.compile(r"^(?:```|~~~)[^\n]*\n.*?^(?:```|~~~)[ \t]*$|(`+)[^\n]*?\1", re.MULTILINE | re.DOTALL)
# An image or a link with an inline target: [text](target) / ![alt](target "title"). (book51) Or
# with none: "![]()", "[text]()", as page-to-Markdown converters leave an image or a link whose
# address they dropped; it shows its alt text or its text (an empty image: nothing).
_LINK_RE = re.compile(r"(!?)\[([^\[\]\n]*)\]\(\s*<?([^\s()<>]*)>?(?:\s+\"[^\"\n]*\")?\s*\)")
# (book51) An empty image mark, no alt text and no target ("![]()", as a page-to-Markdown converter
# leaves an image whose address it dropped, on a layout line: "![]() |"), and the spaces after it.
_EMPTY_IMAGE_RE = re.compile(r"!\[\s*\]\(\s*\)[ \t]*")
# Emphasis: the marks hug the words they mark (no space inside them), and "_" marks stand at a
# word's edge (snake_case_names keep theirs), as CommonMark reads them.
_EMPHASIS_RES = (
    re.compile(r"(\*\*|__|~~)(?=\S)([^\n]*?\S)\1"),
    re.compile(r"(?<![\w*])\*(?=[^\s*])([^\n*]*?[^\s*])\*(?![\w*])"),
    re.compile(r"(?<![\w_])_(?=[^\s_])([^\n_]*?[^\s_])_(?![\w_])"),
)


# (meta20) A reference link "[text][label]" or "[text][]", and a reference's definition line.
_REF_LINK_RE = re.compile(r"(?<!\\)(!?)\[([^\[\]\n]+)\]\[[^\[\]\n]*\]")
_REF_DEFINITION_RE = re.compile(r"^ {0,3}\[[^\[\]\n]+\]:[ \t]*\S+[^\n]*\n?", re.MULTILINE)
# A backslash before a punctuation mark shows the mark itself (CommonMark's escapes); the mark is
# kept apart from the emphasis rules by a private-use stand-in while they run.
_ESCAPE_RE = re.compile(r"\\([!-/:-@\[-`{-~])")
_STAND_IN = 0xE000
# Inline HTML: struck text is left out; emphasis and spans show their text.
_STRUCK_RE = re.compile(r"~~(?=\S)[^\n]*?\S~~|<(del|s|strike)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_INLINE_TAG_RE = re.compile(r"</?(?:strong|b|em|i|u|span|mark|ins|small|sup|sub|cite)\b[^>]*>", re.IGNORECASE)


def _plain(part: str) -> str:
    """One stretch of text outside code, its marks left out."""
    part = _ESCAPE_RE.sub(lambda m: chr(_STAND_IN + ord(m.group(1))), part)
    part = _STRUCK_RE.sub("", part)
    part = _INLINE_TAG_RE.sub("", part)
    part = _REF_DEFINITION_RE.sub("", part)
    part = _REF_LINK_RE.sub(lambda m: m.group(2), part)
    part = _EMPTY_IMAGE_RE.sub("", part)  # (book51: shows nothing, nor the space after it)
    part = _LINK_RE.sub(lambda m: m.group(2) if m.group(1) or not m.group(3) else f"{m.group(2)} ({m.group(3)})"
                        if m.group(2).strip() and m.group(2).strip() != m.group(3) else m.group(3), part)
    for _ in range(2):  # (bold inside italics: "***By Ann Lee***")
        part = _EMPHASIS_RES[0].sub(lambda m: m.group(2), part)
        part = _EMPHASIS_RES[1].sub(lambda m: m.group(1), part)
        part = _EMPHASIS_RES[2].sub(lambda m: m.group(1), part)
    return re.sub("[\ue000-\ue07f]", lambda m: chr(ord(m.group()) - _STAND_IN), part)


# (loud50) Signs that a plain text is Markdown: a link or image with a target, or a bold pair at
# word edges (the opening mark after a space, a line's start or an opening bracket or quote and
# before a word; the closing mark after a word or a closing punctuation mark and before no word).
_LINK_SIGN_RE = re.compile(r"!?\[[^\[\]\n]*\]\(\s*<?(?:https?://|www\.|/|\./|#)[^\s()<>]*>?(?:\s+\"[^\"\n]*\")?\s*\)")

_BOLD_PAIR_RE = re.compile(r"(?<![^\s(\[\"'\u201c\u2018])(\*\*)(?=[\w\"'(\u201c\u2018])[^\n]*?[\w.!?:)\"'\u201d\u2019]\1(?![\w*])")
_BOLD_MARK_RE = re.compile(r"\*\*")


def without_empty_images(text: str) -> str:
    """(book51) A plain text (a .txt file's not read as Markdown: `reads_as_markdown`) without its
    empty image marks ("![]()" and the spaces after it): Markdown shows nothing there, and as plain
    text the marks are no words, so they are neither shown nor scored as the text's ("![]() 2024
    Westvale News" is "2024 Westvale News"). Such a mark alone does not make a text Markdown (loud50):
    its other marks stay as written. Code spans and blocks are not changed."""
    if "![" not in text:
        return text
    out, at = [], 0
    for code in _CODE_RE.finditer(text):
        out += [_EMPTY_IMAGE_RE.sub("", text[at:code.start()]), code.group()]
        at = code.end()
    out.append(_EMPTY_IMAGE_RE.sub("", text[at:]))
    return "".join(out)


# (book52) A layout table's one-cell row as a page-to-Markdown converter leaves it: the cell's text,
# then a lone bar closing the row ("Editorial Contacts |", "About · News |"), or the bar alone where
# the cell was an image it dropped; no other bar on the line.
_LAYOUT_ROW_RE = re.compile(r"^([^|\n]*?)[ \t]*\|[ \t]*$", re.MULTILINE)
# A table's rule line ("--- |", ":---|"): the run of rows is a Markdown table's, left as written.
_RULE_ROW_RE = re.compile(r"^[ \t]*:?-{3,}:?[ \t]*\|[ \t]*$", re.MULTILINE)
# Fewer such rows than this in a text are no layout table (one line may end in a bar by mistake).
LAYOUT_ROWS_MIN = 2


def without_layout_bars(text: str) -> str:
    """(book52) A plain text (a .txt or .md file's) without the bars that close a layout table's
    one-cell rows, as a page-to-Markdown converter writes a page's footer or side boxes ("New
    publications: |", "Editorial Contacts |", "|" where an image was): a bar there separates no
    cells, so it is neither shown nor scored as the text's ("Editorial Contacts |" is "Editorial
    Contacts"). Only where the text holds LAYOUT_ROWS_MIN such rows or more and no table rule line
    ("--- |"); a table with cells ("| Health | £12.4bn |", "Health | £12.4bn") keeps its bars,
    which `table_leads` reads. Code spans and blocks are not changed."""
    if "|" not in text or _RULE_ROW_RE.search(text):
        return text
    prose = _CODE_RE.sub(lambda code: "\n" * code.group().count("\n"), text)
    if len(_LAYOUT_ROW_RE.findall(prose)) < LAYOUT_ROWS_MIN:
        return text
    out, at = [], 0
    for code in _CODE_RE.finditer(text):
        out += [_LAYOUT_ROW_RE.sub(r"\1", text[at:code.start()]), code.group()]
        at = code.end()
    out.append(_LAYOUT_ROW_RE.sub(r"\1", text[at:]))
    return "".join(out)


def reads_as_markdown(text: str) -> bool:
    """(loud50) Does a plain text (a .txt file's) read as Markdown: a link or image with its
    target, or "**" bold marks in pairs at word edges, with no "**" outside such a pair (a stray
    one is a redaction or garbling mark, kept as written)? ("__init__" is no sign: a name's.) Code
    spans and blocks are not looked at."""
    if "](" not in text and "**" not in text:
        return False
    prose = _CODE_RE.sub(" ", text)
    pairs = _BOLD_PAIR_RE.findall(prose)
    if len(_BOLD_MARK_RE.findall(prose)) != 2 * len(pairs):
        return False  # a mark outside a pair: not Markdown's (a garbled or redacted word)
    return bool(pairs) or bool(_LINK_SIGN_RE.search(prose))


def shown_markdown(text: str) -> str:
    """`text` (a .md file's) as a reader of it sees it: emphasis marks left out, links and images
    as their text (a link's address after it in brackets), code unchanged."""
    if not any(mark in text for mark in ("*", "_", "~", "](", "][", "]:", "\\", "<")):
        return text
    out, at = [], 0
    for code in _CODE_RE.finditer(text):
        out += [_plain(text[at:code.start()]), code.group()]
        at = code.end()
    out.append(_plain(text[at:]))
    return "".join(out)


# (meta20) Front matter: "---" (YAML) or "+++" (TOML) on the first line, to the same mark on a
# line of its own; each "key: value" (YAML) or "key = value" (TOML) line a field.
_FRONT_RE = re.compile(r"\A\ufeff?(---|\+\+\+)[ \t]*\n(.*?)\n\1[ \t]*(?:\n|\Z)", re.DOTALL)
_FIELD_RE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(.*)$")
_FIELDS = {"title": "title", "author": "author", "authors": "author", "date": "date", "published": "date",
           "publishdate": "date", "pubdate": "date"}


# (calls22) a list's items: each quoted item whole (a comma inside quotes is no separator), else
# up to the next comma
_ITEM_RE = re.compile(r"""\s*("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,]*)\s*(?:,|$)""")


def _unquoted(raw: str) -> str:
    """A scalar as it reads: 'It''s' (YAML single quotes: '' is one ') is It's; "say \"no\""
    (double quotes: backslash escapes) is say "no"; a quote at one end only is left off."""
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] == "'":
        return raw[1:-1].replace("''", "'").strip()
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        return re.sub(r"\\(.)", r"\1", raw[1:-1]).strip()
    return raw.strip("\"'").strip()


def _value(raw: str, following: list[str], many: bool = False) -> str:
    """A field's value, its quotes off. A list (inline, "[Ann Lee, Tom Reed]", or a block list:
    "author:" then "  - Ann Lee" lines) gives its first item, or with `many` (the authors) every
    item, joined with "; " as every multi-author cell is."""
    raw = raw.strip()
    if raw.startswith("[") and raw.endswith("]"):
        items = [m.group(1) for m in _ITEM_RE.finditer(raw[1:-1]) if m.group(1).strip()]
    elif not raw:  # a block list: the "- " lines right below the key
        items = []
        for line in following:
            if not line.strip().startswith("-"):
                break
            items.append(line.strip()[1:])
    else:
        return _unquoted(raw)
    names = [name for name in (_unquoted(item) for item in items) if name]
    return "; ".join(dict.fromkeys(names)) if many else (names[0] if names else "")


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """(the title, author and date a .md file's front matter gives, the text after it); ({}, text)
    where the file opens with none. The front matter's lines are not the text a reader reads."""
    found = _FRONT_RE.match(text)
    if found is None:
        return {}, text
    lines = found.group(2).split("\n")
    if not any(_FIELD_RE.match(ln) for ln in lines):  # a rule line ("---") over a text, not front matter
        return {}, text
    fields: dict[str, str] = {}
    for i, line in enumerate(lines):
        field = _FIELD_RE.match(line)
        key = _FIELDS.get(field.group(1).lower()) if field else None
        if field and key and key not in fields:
            value = _value(field.group(2), lines[i + 1:], many=key == "author")
            if value:
                fields[key] = value[:300]
    return fields, text[found.end():].lstrip("\n")
