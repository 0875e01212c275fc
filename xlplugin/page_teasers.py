"""Related-story teasers at the end of a web page's main text: a pointer line ("Next: <another
part>", "Read next", "More from <site>", "More about <topic>", "Related") followed, down to the
end of the text, only by headline-like paragraphs (the teaser cards of other articles, which
the extractor keeps when each card holds its headline in a paragraph). Their words are other
articles' headlines, not this article's claims: "fanatical" in a teaser is not the author's.

Used by `xlplugin.pages.clean_text` (HTML input only), after the furniture lines of
`data/page_furniture.txt` are taken out. What keeps an article's own ending: the pointer line
must stand in the second half of the text, and every paragraph after it must read as a
headline (short, one sentence, no closing full stop); one paragraph of prose after the pointer
and nothing is removed. A pointer line with nothing after it is kept (it is the article's own
last line, and names no claim).
"""

from __future__ import annotations

import json
import re

__all__ = ["teaser_tail_start", "POINTER_RE", "is_headline_like", "linked_headings", "without_linked_headings"]

# The pointer line: an arrow to another part or to other stories, as sites word it. Matched
# case-insensitively against the whole line (at most POINTER_MAX_CHARS).
POINTER_RE = re.compile(
    r"(?:(?:up |read |coming )?next|related(?: articles| stories| posts| reading| coverage)?"
    r"|more (?:from|about|on|in)\b.*|see also)\s*(?::.*)?",
    re.IGNORECASE,
)
POINTER_MAX_CHARS = 80
# A headline or teaser card: at most this long (teasers seen run to about 170 characters, an
# article's paragraphs mostly longer), one sentence, not closed by a full stop or a colon (a
# headline has none; a paragraph of prose has one).
HEADLINE_MAX_CHARS = 200
# The pointer must stand in the last part of the text (the share of characters before it), as
# for the "related" headings of page_furniture.txt: near the top the same words are more likely
# the article's.
TAIL_SHARE = 0.5
_INNER_SENTENCE_END_RE = re.compile(r"[.!?][\"\u201d\u2019')]*\s+[A-Z\u00c0-\u00de]")
_PROSE_END = (".", ":", ";", ",")


def is_headline_like(line: str) -> bool:
    """Short, one sentence, no closing full stop (or colon, semicolon, comma): a headline, not a
    paragraph of prose. An ellipsis ("...", "[…]") closes a cut teaser, so it counts as one."""
    if len(line) > HEADLINE_MAX_CHARS or _INNER_SENTENCE_END_RE.search(line):
        return False
    end = line.rstrip("\"\u201d\u2019')")
    return not end.endswith(_PROSE_END) or end.endswith(("...", "\u2026"))


def teaser_tail_start(lines: list[str]) -> int:
    """The index of the pointer line that starts a teaser tail in `lines` (the paragraphs of a
    page's main text), or len(lines) where there is none."""
    start = len(lines)  # the run of headline-like lines at the end starts here
    while start > 0 and is_headline_like(lines[start - 1]):
        start -= 1
    # the pointer is the line before that run, or a headline-like line inside it ("Related"),
    # with at least one teaser after it; the earliest one found takes the whole tail
    before = sum(len(ln) for ln in lines[:max(start - 1, 0)])
    total = before + sum(len(ln) for ln in lines[max(start - 1, 0):]) or 1
    for index in range(max(start - 1, 0), len(lines) - 1):
        ln = lines[index]
        if before >= total * TAIL_SHARE and len(ln) <= POINTER_MAX_CHARS and POINTER_RE.fullmatch(ln):
            return index
        before += len(ln)
    return len(lines)


# (web45) A related story's headline set as a heading that holds only a link to another page
# (`<h3><a href="/news/other-story">Other story</a></h3>`), as news and blog themes print them between or
# under the paragraphs. A link to a place on the page ("#section") is the heading's own anchor.
_LINKED_HEADING_RE = re.compile(r"<h([2-4])\b[^>]*>\s*<a\s[^>]*href\s*=\s*[\"']([^\"'#][^\"']*)[\"'][^>]*>(.*?)</a>\s*</h\1\s*>",
                                re.IGNORECASE | re.DOTALL)
_TAG_RE = re.compile(r"<[^>]+>")
# (web48) The same heading in a page's app state that writes its article's markup as JSON nodes (htmlparser2's shape,
# as Next.js news sites ship it: {"type":"h3","children":[{"type":"a","attribs":{"href":...},"children":[{"type":
# "text","data":"Other story"}]}]}): the page's JSON-LD articleBody, read where the markup shows no article, held the
# headline run into its paragraph ("... livelihood. Tsai says Beijing must face ... But again, ...": scmp.com).
_NODE_LINKED_HEADING_RE = re.compile(r'\{"type":"h([2-4])","children":\[\{"type":"a","attribs":\{[^{}]*?"href":"([^"#][^"]*)"'
                                     r'[^{}]*\},"children":\[\{"type":"text","data":"((?:[^"\\]|\\.)*)"\}\]\}\]\}')
# (web48) a headline run into the middle of a paragraph: after a sentence's end, before a capital
_MID_RUN_RE = "(?<=[.!?\u2019\u201d\"] ){} (?=[A-Z\u00c0-\u00de])"
# a page with more such headings is a list of articles (a section or tag page), read as it is
LINKED_HEADINGS_MAX = 3
# words of the text's other lines, at least, for its linked headings to be left out
LINKED_HEADINGS_MIN_WORDS = 30


def linked_headings(markup: str, own_urls: tuple[str, ...] = ()) -> set[str]:
    """(web45) The words of each heading (h2-h4) that holds only a link to another page than the
    page's own (`own_urls`), as the text shows them."""
    from html import unescape

    found = set()
    for match in _LINKED_HEADING_RE.finditer(markup):
        href = match[2].strip()
        if any(own and (href == own or own.endswith(href)) for own in own_urls):
            continue
        words = " ".join(unescape(_TAG_RE.sub(" ", match[3])).split())
        if words:
            found.add(words)
    if '"type":"h' in markup:  # (web48) its app state's nodes
        for match in _NODE_LINKED_HEADING_RE.finditer(markup):
            href = match[2].strip()
            if any(own and (href == own or own.endswith(href)) for own in own_urls):
                continue
            try:
                words = " ".join(json.loads(f'"{match[3]}"').split())
            except ValueError:
                continue
            if words:
                found.add(words)
    return found


def without_linked_headings(text: str, removed: tuple[str, ...], headings: set[str]) -> tuple[str, tuple[str, ...]]:
    """(web45) The text without the lines that are another article's linked headline (`linked_headings`),
    below its first line (the headline), where the page holds at most LINKED_HEADINGS_MAX of them and
    at least LINKED_HEADINGS_MIN_WORDS words stay; and the lines removed. A line that is a headline and
    more (a paragraph the headline was run into) is cut back to its other words."""
    folded = " ".join(text.split())
    # (web48) the headings the text holds: an app state's headings of other stories the text never shows are no list
    headings = {heading for heading in headings if heading in folded}
    if not headings or len(headings) > LINKED_HEADINGS_MAX:
        return text, removed
    blocks = text.split("\n\n")
    kept, gone = [], []
    for index, block in enumerate(blocks):
        line = " ".join(block.split())
        if index and line in headings:
            gone.append(block)
            continue
        for heading in headings:  # run into a paragraph: "Headline The paragraph ..." or "... ends. Headline"
            if line.startswith(heading + " ") or line.endswith(" " + heading):
                gone.append(heading)
                line = line[len(heading) + 1:] if line.startswith(heading + " ") else line[: -len(heading) - 1]
                block = line
            elif f" {heading} " in line:  # (web48) run into the middle, between two sentences
                parts = re.split(_MID_RUN_RE.format(re.escape(heading)), line)
                if len(parts) > 1:
                    gone.append(heading)
                    line = block = "\n\n".join(part.strip() for part in parts)
        kept.append(block)
    if not gone or sum(len(b.split()) for b in kept) < LINKED_HEADINGS_MIN_WORDS:
        return text, removed
    return "\n\n".join(kept), (*removed, *gone)
