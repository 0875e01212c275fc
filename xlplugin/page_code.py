"""(web40) Code a page lays out only by CSS classes, read as code before the extraction.

A syntax highlighter's block is most often a `<pre>` (or holds `<code>`), which the extractor keeps
line by line. Some pages leave both out and lay the code out by class alone: a
`<div class="highlight">` of Pygments' token spans (`<span class="k">def</span>`), each line a
`<span class="line">` a style sheet shows as a block, or lines parted by line ends that only the
style sheet's `white-space: pre` keeps. Read as markup, such a block's line ends are spaces (and
`page_glue.unwrap_source_lines` makes them so, as for any paragraph), its lines one run of text:
"import os settings = load(path) print(settings)" reached the scorers as a sentence of prose.

`mark_styled_code(tree)` turns each such block into a `<pre>` before anything else reads the tree:
a block element (`div`, `p`, `td`, `figure`, `section`, `blockquote`) holding no paragraph, heading,
list, table, `<pre>`, `<code>` or `<textarea>`, inside none of these but a `div`, that is either

- classed as code (CODE_CLASSES: "highlight", "codehilite", "sourceCode", "hljs", "prettyprint",
  "syntaxhighlighter", "chroma", "code", "codeblock", "code-block", or a class opening with
  "language-", "lang-", "highlight-", "brush:") and showing code: a token span (below) or a line
  shaped as code (`prose.is_code_line`: "import os", "x = load(path)"); a callout box classed
  "highlight" that holds sentences is none; or
- made of a highlighter's token spans: TOKEN_SPANS_MIN or more spans classed with Pygments' short token
  names (TOKEN_CLASSES: "k", "kn", "nf", "n", "o", "p", "s1" ...), of TOKEN_KINDS_MIN kinds or more,
  holding at least half of the block's text.

Inside it, a `<br>` and the end of each line element (a child classed "line", "code-line", ...) are
line ends, as the page shows them. A block of prose with a class such as "code" (a discount code
box) holds a paragraph or is short of code's marks and is not touched where it holds a `<p>`; one
that holds none is read as code, a blind spot accepted (its lines stay its words, only not prose).
"""

from __future__ import annotations

import copy
import re
from typing import Any

__all__ = ["CODE_CLASSES", "TOKEN_CLASSES", "mark_styled_code", "may_hold_styled_code"]

CODE_CLASSES = frozenset("highlight codehilite sourcecode hljs prettyprint syntaxhighlighter chroma code codeblock "
                         "code-block".split())
_CODE_CLASS_PREFIXES = ("language-", "lang-", "highlight-", "brush:")
# Pygments' short token class names (pygments.token.STANDARD_TYPES), the ones a highlighted line is made of
TOKEN_CLASSES = frozenset("k kc kd kn kp kr kt n na nb bp nc no nd ni ne nf fm py nl nn nx nt nv vc vg vi vm "
                          "o ow p c ch cm cp cpf c1 cs s sa sb sc dl sd s2 se sh si sx sr s1 ss m mb mf mh mi il mo "
                          "err w".split())
TOKEN_SPANS_MIN = 4
TOKEN_KINDS_MIN = 3
_BLOCKS = ("div", "p", "td", "figure", "section", "blockquote")
# what a code block holds none of (prose's structure, or code the extractor reads already) ...
_NOT_CODE_INSIDE = frozenset("p h1 h2 h3 h4 h5 h6 ul ol li table pre code textarea".split())
# ... and is inside none of
_NOT_CODE_AROUND = frozenset("p h1 h2 h3 h4 h5 h6 pre code textarea".split())
_LINE_CLASS_RE = re.compile(r"(?:^|[\s_-])(?:line|code-line|codeline|hljs-ln-line)(?:$|[\s_-])", re.IGNORECASE)
# a cheap look at the markup first: a code class or a token span
_MARKUP_RE = re.compile(r"""class\s*=\s*["'][^"']*\b(?:highlight|codehilite|sourceCode|hljs|prettyprint|syntaxhighlighter|"""
                        r"""chroma|code|codeblock|language-|lang-|brush:)|<span\s+class\s*=\s*["']?(?:k|kn|nf|n|o|p)["'\s>]""",
                        re.IGNORECASE)


def _classes(element: Any) -> list[str]:
    return (element.get("class") or "").lower().split()


def _classed_as_code(element: Any) -> bool:
    return any(c in CODE_CLASSES or c.startswith(_CODE_CLASS_PREFIXES) for c in _classes(element))


def _made_of_tokens(element: Any) -> bool:
    spans = [s for s in element.iter("span") if len(_classes(s)) == 1 and _classes(s)[0] in TOKEN_CLASSES]
    if len(spans) < TOKEN_SPANS_MIN or len({_classes(s)[0] for s in spans}) < TOKEN_KINDS_MIN:
        return False
    inside = sum(len(s.text or "") for s in spans)
    return inside * 2 >= len("".join(element.itertext()).strip())


def _may_hold_code(element: Any) -> bool:
    """Is `element` a block holding no prose structure, inside none but `div`s and the like?"""
    if any(isinstance(d.tag, str) and d.tag in _NOT_CODE_INSIDE for d in element.iterdescendants()):
        return False
    return not any(a.tag in _NOT_CODE_AROUND for a in element.iterancestors())


def _drop_keeping_text(element: Any, text: str) -> None:
    """Take `element` out of the tree, `text` and its tail put where it stood."""
    parent, previous = element.getparent(), element.getprevious()
    added = text + (element.tail or "")
    if previous is not None:
        previous.tail = (previous.tail or "") + added
    else:
        parent.text = (parent.text or "") + added
    parent.remove(element)


def _with_line_ends(block: Any) -> None:
    """The block's `<br>`s and the ends of its line elements (a child classed as a line, a `div`)
    as line ends in its text, as the page shows them; the line elements become `<span>`s."""
    for br in list(block.iter("br")):
        _drop_keeping_text(br, "\n")
    for child in list(block.iterdescendants()):
        if not isinstance(child.tag, str):
            continue
        if _LINE_CLASS_RE.search(child.get("class") or "") or child.tag in _BLOCKS:
            child.tag = "span"
            tail = child.tail or ""
            if not tail.startswith("\n"):
                child.tail = "\n" + tail


def _shows_code(element: Any) -> bool:
    """Does a block classed as code show code: a highlighter's token span, or a line shaped as code
    (`prose.is_code_line`) among its lines? (A callout box classed "highlight" holds sentences.)"""
    from .prose import is_code_line

    if any(len(_classes(s)) == 1 and _classes(s)[0] in TOKEN_CLASSES for s in element.iter("span")):
        return True
    shown = copy.deepcopy(element)  # (its lines as the page shows them, the tree left as it is)
    shown.tail = None
    _with_line_ends(shown)
    return any(is_code_line(line) for line in "".join(shown.itertext()).split("\n"))


def mark_styled_code(tree: Any) -> int:
    """Turn each block of code laid out only by classes (the module's doc) into a `<pre>`; how many."""
    marked = 0
    for element in list(tree.iter(*_BLOCKS)):
        if element.getparent() is None or element.tag == "pre":
            continue
        if not (_classed_as_code(element) and _shows_code(element) or _made_of_tokens(element)) \
                or not _may_hold_code(element):
            continue
        if not "".join(element.itertext()).strip():
            continue
        _with_line_ends(element)
        element.tag = "pre"
        marked += 1
    return marked


def may_hold_styled_code(markup: str) -> bool:
    """A cheap test on the markup: may it hold such a block at all?"""
    return _MARKUP_RE.search(markup) is not None
