"""(web28) A wiki page (MediaWiki's own markup) read as its readers see its entry.

A page built by MediaWiki says so in its markup whatever its address (a `/wiki/` path, an
`/index.php?title=` address, a saved file with none): its generator meta "MediaWiki 1.x", its
body class "mediawiki", its content box `mw-parser-output`. Such a page is a reference work's
entry, not an article: `page_hints` gives it the hint "generator: mediawiki" where the page names no
generator (the kinds rule on that hint: `data/kinds.txt`).

Its entry's text carries the wiki's own furniture, which `tidy_wiki` takes out of the tree before
extraction: the "[edit]" links of its section headings (`span.mw-editsection`), the editors'
inline notes ("[citation needed]": `sup.noprint`, `sup.Inline-Template`), the infobox, the
maintenance boxes over the entry ("This article needs additional citations": `.ambox`,
`.mbox-small`), the "For X, see Y" note (`.hatnote`), the contents box (`#toc`), the navigation
boxes at the foot (`.navbox`), "From <wiki>, the free encyclopedia" (`#siteSub`) and the
footer's "This page was last edited on DATE" (`#footer-info-lastmod`): the date an editor last
touched the page is no publication date.

A footnote marker `<sup class="reference">[1]</sup>` points to a numbered references list at the
foot: it is kept as "[1]", and the list is kept in the text under its "References" heading (the
extractor drops a list whose class names references), so the marker and the list together read
as a citation of a document (`claim_lines.find_in_text_citations`)."""

from __future__ import annotations

import re
from typing import Any

__all__ = ["is_mediawiki", "tidy_wiki", "MEDIAWIKI_MARKUP_RE"]

# MediaWiki's own marks in a page's markup: the generator meta, the body class, the content box
MEDIAWIKI_MARKUP_RE = re.compile(
    r"""<meta\b[^>]*content\s*=\s*["']mediawiki\b|<body\b[^>]*\bclass\s*=\s*["'](?:[^"']*\s)?mediawiki[\s"']"""
    r"""|\bclass\s*=\s*["'](?:[^"']*\s)?mw-parser-output[\s"']""", re.IGNORECASE)

# classes of the wiki's furniture, dropped with what they hold
_DROP_CLASSES = frozenset(("mw-editsection", "infobox", "ambox", "mbox-small", "hatnote", "navbox", "toc",
                           "mw-jump-link", "catlinks", "mw-indicators", "mw-cite-backlink"))
_DROP_IDS = frozenset(("toc", "siteSub", "contentSub", "footer-info-lastmod", "catlinks", "jump-to-nav"))
# an editor's inline note ("[citation needed]", "[clarification needed]") is a sup of these classes
_NOTE_CLASSES = frozenset(("noprint", "Inline-Template", "Template-Fact"))
# the references list's own classes, which the extractor reads as boilerplate
_REFLIST_CLASSES = frozenset(("reflist", "references", "mw-references-wrap", "refbegin"))


def is_mediawiki(markup: str) -> bool:
    """Does the page's markup show MediaWiki's own marks (generator, body class, content box)?"""
    return MEDIAWIKI_MARKUP_RE.search(markup) is not None


def _classes(el: Any) -> set[str]:
    return set((el.get("class") or "").split())


def tidy_wiki(tree: Any) -> None:
    """Take the wiki's furniture out of a MediaWiki page's tree (see the module's docstring), keep
    its references list as text. Changes nothing on a page without `mw-parser-output` or a body
    class "mediawiki"."""
    body = tree.find(".//body") if tree.tag != "body" else tree
    content = [el for el in tree.iter("div") if "mw-parser-output" in _classes(el)]
    if not content and (body is None or "mediawiki" not in _classes(body)):
        return
    drop = []
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        classes = _classes(el)
        if classes & _DROP_CLASSES or el.get("id") in _DROP_IDS or (el.tag == "sup" and classes & _NOTE_CLASSES):
            drop.append(el)
        elif classes & _REFLIST_CLASSES:
            el.attrib.pop("class", None)  # (kept: the extractor drops a block whose class says references)
    for el in drop:
        if el.getparent() is not None:
            el.drop_tree()  # (lxml.html: the element's tail stays where it was)
