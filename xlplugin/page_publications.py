"""(web27) The outlet of a post on a hosting platform, as a reader takes it.

A blogging platform's pages (Medium and its like) give the platform's name as their site name
(og:site_name "Medium") whoever wrote the post. A reader of a post that a publication on the
platform carries ("Published in The Commuter Desk", beside the writer's name) takes that
publication as its outlet, as for a magazine: its editors chose to carry the post. A post the
writer published alone, on their own page, has no outlet but the writer: its outlet stays the
platform's name, which the rest of the program reads as "hosted there, nobody's outlet" (the
roll-up groups it by the writer's own address, `outlets.outlet_of`; the source rating gives it no
platform's rating, `xlplugin.hosting`).

`publication_outlet(outlet, ld_publisher, markup)`: where `outlet` is a hosting platform's own name
(`hosting.platform_named`), the publication the page names: its JSON-LD publisher where that is
another name than the platform's (not a web address), else the name after "Published in" in the
page's markup (a name alone in its element: capitalised, no sentence's marks, up to
`PUBLICATION_MAX_CHARS`; "Published in 2019, the study found" is prose); else `outlet` as given.
"""

from __future__ import annotations

import re
from html import unescape

from .hosting import platform_named
from .links import is_web_address

__all__ = ["publication_outlet", "PUBLICATION_MAX_CHARS"]

PUBLICATION_MAX_CHARS = 60
# "Published in <a ...>The Commuter Desk</a>", "<span>Published in</span> <a><p>The Commuter Desk</p></a>"
_PUBLISHED_IN_RE = re.compile(r">\s*published\s+in\s*(?::\s*)?(?:</?(?:span|a|p|div|strong|b)\b[^>]*>\s*)*"
                              r"(?P<name>(?-i:[A-Z0-9])[^<>\n,.;:!?]{1,%d}?)\s*<" % PUBLICATION_MAX_CHARS, re.IGNORECASE)


def _name(value: str) -> str:
    name = " ".join(unescape(value or "").split()).strip(" .\u00b7|")
    if not name or is_web_address(name) or platform_named(name) is not None or "@" in name:
        return ""
    return name


def publication_outlet(outlet: str, ld_publisher: str, markup: str) -> str:
    """The publication a platform's post is published in, else `outlet` (see the module)."""
    if not outlet or platform_named(outlet) is None:
        return outlet
    publisher = _name(ld_publisher)
    if publisher:
        return publisher
    if "ublished in" not in markup and "UBLISHED IN" not in markup:
        return outlet
    m = _PUBLISHED_IN_RE.search(markup)
    return (_name(m.group("name")) or outlet) if m else outlet
