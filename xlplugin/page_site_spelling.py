"""(outlets53) The outlet's name as a reader would write it, where the page's own web address says
which of the names it gives is the site's.

- `written_spelling`: a name the extractor made from the address or a social handle ("Ndr" from
  "@ndr", "Futurezoneat" from "@futurezoneat", "Gofeminin" title-cased from "gofeminin") is
  written as the page writes that name in its meta tags, its <title> or its copyright line
  ("NDR" from a title part "NDR.de", "futurezone" from "futurezone.at"): matched ignoring case,
  dots and spaces, and the address's top-level domain is never glued on.
- `domain_part`: a site name with a tagline ("Harbour Gazette - News for the Coast",
  data/outlet_names.txt [site_name_separators]) is the part that is its address's name; (web54)
  where no part is that name whole, the first words of the one part that opens with it
  ("HARBOUR Coastal News - BLOG" on harbour.de -> "HARBOUR").
- `titled_address_name` (web54): a page that names no site but writes its address's name as a
  part of its <title> ("Headline | Harbourlove" on harbourlove.com) is named so.
- `named_site_over_other`: a site name naming neither the address nor the page's title
  (og:site_name "Technology Review", a magazine or a section) gives way to the name the page gives
  itself twice, as its application name and in its <title>, where that one names the address
  ("heise online" on heise.de).
"""

from __future__ import annotations

import re
from functools import lru_cache
from html import unescape
from urllib.parse import urlsplit

from .lexicon import load_sections
from .page_meta import _AS_ADDRESS_RE, _COPYRIGHT_HOLDER_RE, _title_parts

__all__ = ["address_names", "domain_part", "named_site_over_other", "site_spelling", "titled_address_name", "written_spelling"]

# A meta tag naming the site: og:site_name, application-name, Apple's web app title.
_SITE_META_RE = re.compile(r"<meta\b[^>]*(?:property|name)\s*=\s*[\"'](?:og:site_name|application-name|"
                           r"apple-mobile-web-app-title)[\"'][^>]*>", re.IGNORECASE)
_APP_NAME_RE = re.compile(r"<meta\b[^>]*name\s*=\s*[\"'](?:application-name|apple-mobile-web-app-title)[\"'][^>]*>",
                          re.IGNORECASE)
_CONTENT_RE = re.compile(r"\bcontent\s*=\s*(?:\"([^\"]*)\"|'([^']*)')", re.IGNORECASE)
# A JSON-LD publisher's name ("publisher":{"@type":"Organization","name":"..."}).
_PUBLISHER_RE = re.compile(r"\"publisher\"\s*:\s*\{[^{}]*?\"name\"\s*:\s*\"([^\"]{1,80})\"")


def _squash(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


def address_names(url: str) -> tuple[set[str], str]:
    """The name of the page's own address, squashed, and its top-level domain: the label before
    the domain's suffix ("futurezone" and "at" for futurezone.at, "harbour" for
    news.harbour.co.uk: a subdomain, "news", is no name of the site's), or a user's own label on a
    hosting platform ("jane" for jane.blogspot.com; none for a platform's path). No name of fewer
    than three letters."""
    from .hosting import user_site
    from .scorers.source_rating import _SUFFIX_LABELS

    try:
        host = (urlsplit(url if "//" in url else "http://" + url).hostname or "") if url.strip() else ""
    except ValueError:
        host = ""
    labels = host.split(".")
    if len(labels) < 2:
        return set(), ""
    hosted = user_site(url)
    if hosted is not None:
        own = hosted.site.split(".")[0] if hosted.site and "/" not in hosted.site else ""
        return ({_squash(own)} if len(_squash(own)) >= 3 else set()), labels[-1]
    rest = labels[:-1]
    while len(rest) > 1 and rest[-1] in _SUFFIX_LABELS and len(labels[-1]) == 2:
        rest = rest[:-1]
    name = _squash(rest[-1]) if rest and rest[-1] != "www" else ""
    return ({name} if len(name) >= 3 else set()), labels[-1]


def _forms(name: str) -> list[str]:
    """`name` and, where it is written as a web address ("NDR.de"), the name in it ("NDR")."""
    name = " ".join(name.split())
    address = _AS_ADDRESS_RE.fullmatch(name)
    return [name, address[1]] if address is not None and "." in name else [name]


def _meta_contents(regex: re.Pattern[str], markup: str) -> list[str]:
    found = []
    for tag in regex.findall(markup):
        content = _CONTENT_RE.search(tag)
        if content:
            found.append(unescape(content[1] if content[1] is not None else content[2]).strip())
    return [c for c in found if c]


def _written_names(markup: str) -> list[str]:
    """The names a page writes for its site, in this order: its meta tags, its <title>'s parts,
    its JSON-LD publisher, its copyright line's holder."""
    return (_meta_contents(_SITE_META_RE, markup) + _title_parts(markup)
            + [unescape(n) for n in _PUBLISHER_RE.findall(markup)] + _COPYRIGHT_HOLDER_RE.findall(markup))


def written_spelling(outlet: str, markup: str, url: str) -> str:
    """The page's own spelling of `outlet` where `outlet` is one word that is its address's name,
    with or without the top-level domain glued on ("Ndr", "Futurezoneat" on futurezone.at): the
    first name the page writes (`_written_names`) that is the address's name ignoring case, dots
    and spaces, the top-level domain left off ("futurezone.at" -> "futurezone"); `outlet` where the
    page writes none, or the outlet has a space or a dot (a name as the page gave it)."""
    if not outlet or " " in outlet or "." in outlet:
        return outlet
    names, tld = address_names(url)
    key = _squash(outlet)
    named = {n for n in names if key in (n, n + tld)}
    written_names = _written_names(markup)
    as_given = re.compile(r"(?<!\w)" + re.escape(outlet) + r"(?!\w)")
    if not named or any(as_given.search(written) for written in written_names):
        return outlet  # (the page writes it so itself: "Vice", "MEEDIA")
    for written in written_names:
        for form in _forms(written):
            if _squash(form) in named and form != outlet:
                return form
    return outlet


@lru_cache(maxsize=1)
def _separator_re() -> re.Pattern[str]:
    """data/outlet_names.txt [site_name_separators], as one pattern."""
    seps = sorted(load_sections("outlet_names.txt")["site_name_separators"], key=len, reverse=True)
    alternatives = []
    for sep in seps:
        if sep[0].isalnum():
            alternatives.append(r"\s+" + re.escape(sep) + r"\s+")
        elif sep == ":":
            alternatives.append(r"\s*:\s+")
        else:
            alternatives.append(r"\s+" + re.escape(sep) + r"\s+")
    return re.compile("|".join(alternatives), re.IGNORECASE)


def _names_address(name: str, names: set[str], tld: str) -> bool:
    return any(_squash(form) in names or _squash(form) in {n + tld for n in names} for form in _forms(name))


def domain_part(outlet: str, url: str) -> str:
    """The one part of a site name with a tagline that is the address's name ("CORRECTIV -
    Recherchen ..." on correctiv.org -> "CORRECTIV"; "News zu VR | MIXED.de" on mixed.de ->
    "MIXED.de"); `outlet` where it is the address's name whole, has no separator, or no part or
    more than one is the address's name."""
    names, tld = address_names(url)
    if not outlet or not names or _names_address(outlet, names, tld):
        return outlet
    parts = [p.strip() for p in _separator_re().split(outlet) if p.strip()]
    if len(parts) < 2:
        return outlet
    named = [p for p in parts if _names_address(p, names, tld)]
    if not named:
        # (web54) no part is the address's name whole, but one opens with it and a tagline follows
        # ("HARBOUR Coastal News - BLOG" on harbour.de -> "HARBOUR"): the name is those first words
        named = [head for head in map(_address_head, parts, [names] * len(parts), [tld] * len(parts)) if head]
    return named[0] if len(named) == 1 else outlet


def _address_head(part: str, names: set[str], tld: str) -> str:
    """(web54) The first words of `part` that are the address's name, where more words follow
    ("HARBOUR Coastal News" -> "HARBOUR"); "" where none."""
    words = part.split()
    for n in range(1, len(words)):
        if _names_address(" ".join(words[:n]), names, tld):
            return " ".join(words[:n])
    return ""


def titled_address_name(markup: str, url: str) -> str:
    """(web54) The site's name where the page gives none but writes its address's name as a part
    of its `<title>` ("Ear Candy! | Harbourlove" on harbourlove.com, "Headline | PSL" on psl.eu):
    that part, as written, where it is the only such part and the title has another (the
    headline). A page that writes its address's name so names itself (as `pages._named_by_page`
    has it for "Headline - example.com"); "" where no part, or more than one, is that name."""
    names, tld = address_names(url)
    parts = _title_parts(markup)
    if not names or len(parts) < 2:
        return ""
    named = [p for p in parts if _names_address(p, names, tld)]
    return named[0] if len(named) == 1 else ""


def _words_name_address(name: str, names: set[str]) -> bool:
    """Whether a run of `name`'s words is the address's name ("heise online" on heise.de)."""
    words = [_squash(w) for w in name.split()]
    return any("".join(words[i:j]) in names for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def named_site_over_other(outlet: str, markup: str, url: str) -> str:
    """The name the page gives itself as its application name and in its <title>, where it names
    the address ("heise online" on heise.de) and `outlet` names neither the address nor any part of
    the title (og:site_name "Technology Review": a magazine or a section of the site); `outlet`
    otherwise (a paper's full name under a short address, "Frankfurter Allgemeine Zeitung" on
    faz.net, stays where the page gives no such name)."""
    names, _tld = address_names(url)
    if not outlet or not names or _words_name_address(outlet, names):
        return outlet
    titled = {_squash(p) for p in _title_parts(markup)}
    if _squash(outlet) in titled:
        return outlet
    for app in _meta_contents(_APP_NAME_RE, markup):
        if _squash(app) in titled and _words_name_address(app, names):
            return app
    return outlet


def site_spelling(outlet: str, markup: str, url: str) -> str:
    """`outlet` as a reader would name it (this module's three rules, in turn)."""
    outlet = named_site_over_other(outlet, markup, url)
    outlet = written_spelling(outlet, markup, url)
    return domain_part(outlet, url)
