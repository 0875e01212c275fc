"""Blocks a page shows apart that its markup runs together: an inline element (a <span>, <time>,
<a>...) that starts right after a sentence's end with no space between them, as in
`<h2>...its recovery?<span class="date">Monday, 4 May 2020</span></h2>`. The page's style
sheet shows the element on a line of its own (a date under a standfirst, a label under a
headline); the markup alone reads "recovery?Monday, 4 May 2020", one sentence, so the date
joined a rhetorical question into a false check-worthy claim. A break (<br>) put before such an
element gives the extractor a line end there, and the two parts reach the scorers as separate
paragraphs.

Why this is safe: text that a page means as one run never has a sentence's end ("." "?" "!")
glued to the next word, which starts with a capital letter; where a page has that typo in one
text node ("399 Euro.Verkauft") nothing here changes it (only element boundaries are read).
A digit after the end counts only where the element holds more than one word (a date "4 May
2020"), not a footnote number ("claim.<a>12</a>").

Used by `xlplugin.pages.extract_page` on the tree trafilatura would parse itself (the same
`load_html`), so nothing is parsed twice.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["separate_glued", "separate_kickers", "heading_kickers", "without_kicker", "unwrap_source_lines", "INLINE_TAGS"]

# Elements a browser runs into the text around them unless a style sheet says otherwise.
# Not <sup>/<sub> (footnote marks, exponents) and not <code>.
INLINE_TAGS = ("span", "time", "a", "b", "strong", "em", "i", "small", "font", "abbr", "cite", "mark", "u", "label")
# A sentence's end with nothing after it: a letter or digit, then . ? or ! (and closing quotes
# or brackets).
_SENTENCE_END_RE = re.compile(r"\w[.?!][\"'\u201d\u2019)\]]*\Z")  # \Z: "$" would also match before a line end


def _text_before(el: Any) -> str:
    """The text that runs directly into `el` in the markup ("" where none is known)."""
    prev = el.getprevious()
    if prev is None:
        return el.getparent().text or ""
    if prev.tail:
        return prev.tail
    if not isinstance(prev.tag, str) or prev.tag in ("br", "img"):
        return ""
    return prev.text_content()[-8:]


def _starts_new_block(first: str, el: Any) -> bool:
    """Does the element's text start as a new block would: a capital letter, or a digit where
    the element holds more than one word (a date, not a footnote number)?"""
    if not first:
        return False
    c = first[0]
    if c.isupper():
        return True
    return c.isdigit() and len(el.text_content().split()) > 1


# (pages21) Two inline elements side by side with nothing between them, not even a space, the second
# starting as a new block does: a forum's member box, `<span class="username">bramblegate</span><span
# class="rank">Regular member</span><span class="joined">Joined: Mar 2019</span>`, which the page's
# style sheet shows one field a line and the markup alone reads "bramblegateRegular memberJoined: Mar
# 2019" (the poster's name, rank and fields glued into one byline). Words a page means as one run
# are never written so (a browser would show them glued): the first element must hold at least
# SIBLING_MIN_CHARS characters, so a drop capital ("<span>T</span>") is left alone.
SIBLING_MIN_CHARS = 2
# ... and must end with a letter, a digit or a closing mark: not a space, nor an opening quotation
# mark or bracket ('Keynote „<span>Neuland ...' is one run)
_ENDS_AS_WORD_RE = re.compile(r"[\w.!?)\]\u201d\u2019\"']\Z")


def _glued_sibling(el: Any) -> bool:
    """Is `el` an inline element right after another (SIBLING_MIN_CHARS or more characters) with
    nothing between them, its text starting as a new block does?"""
    prev = el.getprevious()
    if prev is None or prev.tail or not isinstance(prev.tag, str) or prev.tag not in INLINE_TAGS:
        return False
    before = prev.text_content()
    return len(before.strip()) >= SIBLING_MIN_CHARS and _ENDS_AS_WORD_RE.search(before) is not None


# (forum26) A poster's name in a forum's markup padded with spaces inside its element, `<span
# class="username"> bramblegate </span><span class="rank">Regular member</span>`: the spaces are the
# template's, not a run of words ("bramblegate Regular member" as one byline). Read so only where
# the element's class names a user (phpBB's "username", "username-coloured", vBulletin's, XenForo's
# "username", "postauthor", "poster", "author"), its text a name's length (USER_NAME_MAX_CHARS),
# and nothing but white space stands between it and the next inline element.
_USER_CLASS_RE = re.compile(r"user[-_]?name|post[-_]?author|\bposter\b|\bauthor\b", re.IGNORECASE)
USER_NAME_MAX_CHARS = 40


def _after_user_name(el: Any) -> bool:
    """Is `el` an inline element right after (white space at most between) an inline element
    whose class names a user and whose text is a name (see _USER_CLASS_RE)?"""
    prev = el.getprevious()
    if prev is None or not isinstance(prev.tag, str) or prev.tag not in INLINE_TAGS or (prev.tail or "").strip():
        return False
    name = prev.text_content().strip()
    return 0 < len(name) <= USER_NAME_MAX_CHARS and _USER_CLASS_RE.search(prev.get("class") or "") is not None


def separate_glued(tree: Any) -> int:
    """Put a <br> before each inline element of `tree` (an lxml HTML tree) that starts right
    after a sentence's end, or (pages21) right after another inline element, with no space
    between, or (forum26) right after a poster's name (`_after_user_name`); the number put in."""
    from lxml import etree  # (trafilatura's own dependency: present wherever this runs)

    glued = []
    for el in tree.iter(*INLINE_TAGS):
        first = next(el.itertext(), "")
        if not _starts_new_block(first.lstrip(), el):
            continue
        if _starts_new_block(first, el) and (_SENTENCE_END_RE.search(_text_before(el)) or _glued_sibling(el)):
            glued.append(el)
        elif _after_user_name(el):  # (forum26) a padded poster's name before the member's fields
            glued.append(el)
    for el in glued:
        el.addprevious(etree.Element("br"))
    return len(glued)


# (web47) A headline's kicker (a topic label over it: "Verbraucherschutz", "Exclusive") set in an inline element of
# its own at the head of the heading, `<h1><span class="category">Verbraucherschutz</span>Mehr Transparenz ...</h1>`:
# the style sheet shows it on a line above the headline; the markup alone reads "Verbraucherschutz Mehr Transparenz
# ...", the label glued into the headline's words. Known by its class (a kicker's names in German and English
# newsrooms' templates), first in the heading with no text before it, and headline text after it.
_KICKER_CLASS_RE = re.compile(r"kicker|top-?line|over-?line|roof-?line|eyebrow|dachzeile|spitzmarke|"
                              r"(?:^|[-_\s])(?:category|rubric|rubrik|ressort)(?:$|[-_\s])", re.IGNORECASE)
_HEADING_TAGS = ("h1", "h2", "h3", "h4")
# (web48) A label for screen readers alone inside a kicker (`<span class="aural">Thema </span>Verbraucherschutz`):
# no reader sees it, so it is not the kicker's words. Known by the classes templates hide such text with.
_READER_ONLY_CLASSES = frozenset(("aural", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
                                  "element-invisible", "offscreen", "u-hidden-visually", "a11y-hidden"))


def _kicker(heading: Any) -> Any:
    """The kicker at the head of `heading` (see above), or None."""
    first = next((child for child in heading if isinstance(child.tag, str)), None)
    if (first is None or first.tag not in INLINE_TAGS or (heading.text or "").strip() or first is not heading[0]
            or not _KICKER_CLASS_RE.search(first.get("class") or "") or not first.text_content().strip()):
        return None
    after = (first.tail or "") + "".join((x.text_content() if isinstance(x.tag, str) else "") + (x.tail or "")
                                         for x in first.itersiblings())
    return first if after.strip() else None


def _reader_only(kicker: Any) -> list[Any]:
    """(web48) The screen-reader labels inside `kicker` (see _READER_ONLY_CLASSES)."""
    return [el for el in kicker.iterdescendants() if isinstance(el.tag, str)
            and _READER_ONLY_CLASSES.intersection((el.get("class") or "").split())]


def _kicker_words(kicker: Any) -> str:
    """(web48) The kicker as shown: white space folded, its screen-reader labels left out."""
    hidden = _reader_only(kicker)
    words = kicker.text_content()
    for el in hidden:
        words = words.replace(el.text_content(), " ", 1)
    return " ".join(words.split())


def separate_kickers(tree: Any) -> int:
    """(web47) Put a <br> after each kicker at the head of a heading of `tree` (see above); the number put in."""
    from lxml import etree

    from .page_code import _drop_keeping_text

    found = [el for el in (_kicker(heading) for heading in tree.iter(*_HEADING_TAGS)) if el is not None]
    for el in found:
        for label in _reader_only(el):  # (web48) "Thema " for screen readers is no text
            _drop_keeping_text(label, "")
        br = etree.Element("br")
        br.tail, el.tail = el.tail, None
        el.addnext(br)
    return len(found)


def heading_kickers(tree: Any) -> list[str]:
    """(web47) The kickers at the head of `tree`'s headings, as shown (white space folded)."""
    if isinstance(tree, str):
        return []
    return [_kicker_words(el) for el in (_kicker(h) for h in tree.iter(*_HEADING_TAGS)) if el is not None]


def without_kicker(title: str, kickers: list[str]) -> str:
    """(web47) `title` less a kicker it opens with ("Verbraucherschutz Mehr Transparenz ..." read from the heading
    whole): the label is not the headline's words. The title as it is where none opens it or nothing would be left."""
    for kicker in kickers:
        if title.startswith(kicker) and title[len(kicker):len(kicker) + 1].isspace() and title[len(kicker):].strip():
            return title[len(kicker):].strip()
    return title


# (web39) The line ends of the page's source inside running text ("<p>...first released in April
# 2005\n(the same month ...) came out\nin March 2008 ...</p>", an editor's or a static site
# generator's hard wrap): a browser shows them as spaces. The extractor keeps them as line ends in a
# paragraph that holds an inline <code> ("remove 2 argument <code>raise</code>"), so each source line
# reached the scorers as a paragraph of its own and the sentences were cut into fragments ("Version
# 1.0 came out", "was in September 2008."), each a false check-worthy claim. Elements whose line ends
# are shown as written are left alone: <pre> and what is inside it, a <code> element's own text, a
# <textarea>, a script or a style, and an element styled "white-space: pre" (or pre-wrap, pre-line).
# A <br> is an element, not a line end in the text: it still breaks the line. Blind spot: a style
# sheet's rule is not read, so code laid out by a class ("<div class='code'>" styled white-space:
# pre in the site's CSS, no <pre>) comes out as one line (still code to `xlplugin.prose`).
PREFORMATTED_TAGS = ("pre", "code", "textarea", "script", "style", "listing", "xmp", "plaintext")
_PRE_STYLE_RE = re.compile(r"white-space\s*:\s*(?:pre|break-spaces)", re.IGNORECASE)
# Elements that run on in the line (a line end beside one, "until\n<a>June 2010</a>", is inside
# the run). The white space where a run meets a block ("<div>\n   Text ...\n  </div>") is left as
# it is: the extractor reads it so already, and a change there changed which block it kept.
RUNNING_TAGS = (*INLINE_TAGS, "code", "sup", "sub", "q", "kbd", "samp", "var", "tt", "s", "del", "ins")
_INNER_LINE_END_RE = re.compile(r"(?<=\S)[ \t]*[\r\n]\s*(?=\S)")
_LEADING_LINE_END_RE = re.compile(r"\A[ \t]*[\r\n]\s*(?=\S)")
_TRAILING_LINE_END_RE = re.compile(r"(?<=\S)[ \t]*[\r\n]\s*\Z")


def _preformatted(el: Any) -> bool:
    """Does `el` (or an element around it) show its text's line ends as written?"""
    for node in (el, *el.iterancestors()):
        if not isinstance(node.tag, str):
            continue
        if node.tag in PREFORMATTED_TAGS or _PRE_STYLE_RE.search(node.get("style") or ""):
            return True
    return False


def _running(el: Any) -> bool:
    return el is not None and isinstance(el.tag, str) and el.tag in RUNNING_TAGS


def _unwrapped(text: str, run_before: bool, run_after: bool) -> str:
    """`text` with its line ends between words as spaces, and those at its start or its end too
    where an inline element stands on that side (`run_before`, `run_after`)."""
    text = _INNER_LINE_END_RE.sub(" ", text)
    if run_before:
        text = _LEADING_LINE_END_RE.sub(" ", text)
    if run_after:
        text = _TRAILING_LINE_END_RE.sub(" ", text)
    return text


def unwrap_source_lines(tree: Any) -> int:
    """Read the source's line ends inside running text of `tree` (an lxml HTML tree) as the spaces
    a browser shows, outside preformatted elements (`_preformatted`); the number of text runs
    changed."""
    changed = 0
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        # an element's text is inside it, between its start and its first child (or its end)
        if el.text and not el.text.isspace() and not _preformatted(el):
            children = [c for c in el if isinstance(c.tag, str)]
            after = _running(children[0]) if children else _running(el)
            new = _unwrapped(el.text, _running(el), after)
            changed += new != el.text
            el.text = new
        # its tail is in its parent, between its end and the next element (or the parent's end)
        parent = el.getparent()
        if el.tail and not el.tail.isspace() and parent is not None and not _preformatted(parent):
            nxt = el.getnext()
            new = _unwrapped(el.tail, _running(el), _running(nxt) if nxt is not None else _running(parent))
            changed += new != el.tail
            el.tail = new
    return changed
