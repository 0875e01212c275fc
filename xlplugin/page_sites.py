"""A web page's own claims of where it lives, when they disagree: its canonical link and its
og:url naming two different sites, or its site name naming another known outlet than its address.

A page copied from another site often keeps some of the original's metadata: a copy on
naturalnews.com with the og:url of reuters.com, or a page that calls itself "Reuters" on an
infowars.com address. The extractor (trafilatura) takes one address (its og:url first), and the
source rating then rated the page as the site named there, silently (silent18 t7: a
naturalnews.com page rated as reuters.com, 1.0). The rules:

- Two addresses on different sites (the canonical link and og:url; a sub-domain of the same site,
  "m." or "amp.", is the same site): both are the page's own claim, and one of them is not true.
  The page gets neither address, so it is rated by neither (no better rating than it may earn),
  and its note names both and says what to do: a url column (or the Sources sheet) that the
  user gives is read instead. A relative or missing address names no site and is no disagreement.
- A site name (og:site_name, the publisher) that is the name of another rated site than the
  address's ("Reuters" is reuters.com's name; the address is infowars.com): the address is what
  is rated, as before, and the note says that the name does not match it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from html import unescape
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

__all__ = ["page_addresses", "disagreeing_addresses", "addresses_note", "name_elsewhere_note", "canonical_address",
           "comment_form_address", "shared_address", "without_base_root"]

# A site's name read as another site's only where its squashed name is this long or longer (a
# short name, "ft" or "ap", is a part of too many names and hosts).
NAME_MIN_CHARS = 4


def _squash(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


def page_addresses(tree: Any) -> list[tuple[str, str]]:
    """(where, address) of the page's absolute addresses: its canonical link, its og:url."""
    found = []
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            found.append(("canonical link", (link.get("href") or "").strip()))
            break
    for meta in tree.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() == "og:url":
            found.append(("og:url", (meta.get("content") or "").strip()))
            break
    return [(where, url) for where, url in found if url.lower().startswith(("http://", "https://"))]


# (web44) A page's head tags and the attributes read from them; a share button's link and the page address it carries
# ("twitter.com/share?url=https%3A//site.example/a", "facebook.com/sharer.php?u=...").
_HEAD_TAG_RE = re.compile(r"<(?:link|meta|base)\b[^>]*>", re.IGNORECASE)
_TAG_ATTR_RE = re.compile(r"""\b(rel|href|property|name|content)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)
_SHARED_URL_RE = re.compile(r"""[?&](?:amp;)?(?:url|u)=(https?(?::|%3A)[^&"'\s<>]+)""", re.IGNORECASE)
# (web44) A relative address as a path writes it: a template's placeholder left unfilled ("{{ page.canonicalUrl }}",
# "<%= url %>", "$url") is none.
_PATH_RE = re.compile(r"[\w./%~+\-=?&#;,:@!]+")
HEAD_CHARS = 60_000  # the head's tags sit in the page's first characters; a long body is not searched for them


def _tags(markup: str) -> list[tuple[str, dict[str, str]]]:
    found = []
    for tag in _HEAD_TAG_RE.findall(markup[:HEAD_CHARS]):
        attrs = {m[1].lower(): unescape(m[2] or m[3] or m[4] or "").strip() for m in _TAG_ATTR_RE.finditer(tag)}
        found.append((tag[1:5].lower(), attrs))
    return found


def _absolute(url: str) -> bool:
    return url.lower().startswith(("http://", "https://")) and bool(urlsplit(url).netloc)


def canonical_address(markup: str, address: str) -> str:
    """(web44) The page's address where its canonical link is relative ("/my-article", as Drupal writes
    it): the link read against the page's own absolute address (`address`: the one the extractor
    took or the one given, else its og:url or its `<base href>`), or against the host of a share
    button's address of the same page (its path the canonical's, "twitter.com/share?url=https%3A//
    site.example/my-article"). (web56) An absolute canonical link whose query the extractor's address
    lost (`_query_cut`). `address` as it was where the canonical link is otherwise absolute or
    missing; "" where the page gives no absolute address of its own."""
    tags = _tags(markup)
    href = next((attrs.get("href", "") for kind, attrs in tags
                 if kind == "link" and "canonical" in attrs.get("rel", "").lower().split()), "")
    if href and _absolute(href) and _query_cut(href, address):
        return href  # (web56) "spip.php?article8532", whose query the extractor's address lost: another page
    if not href or _absolute(href) or href.startswith("//") or ":" in href.split("/")[0] or not _PATH_RE.fullmatch(href):
        return address
    bases = [address]
    bases += [attrs.get("content", "") for kind, attrs in tags
              if kind == "meta" and (attrs.get("property") or attrs.get("name") or "").lower() == "og:url"]
    bases += [attrs.get("href", "") for kind, attrs in tags if kind == "base"]
    for base in bases:
        if _absolute(base):
            return urljoin(base, href)
    # a share button's address of this page: its path the canonical link's (another page's is not read)
    path = urlsplit(urljoin("https://page.invalid/", href)).path
    for shared in _SHARED_URL_RE.findall(markup):
        shared = unquote(shared)
        if _absolute(shared) and urlsplit(shared).path == path:
            return urljoin(shared, href)
    return address


def without_base_root(markup: str, address: str) -> str:
    """(web56) "" where `address` is only the page's `<base href>` and that is its site's root
    ("https://www.example.at/": the extractor takes a base for the page's address where no canonical
    link names one): the base is where the page's relative links start, the home page, not this
    page's address (a services page, an article), which the URL cell would show wrong; `address`
    otherwise (a canonical link or og:url that gives it, a base with a page's path)."""
    if not address or urlsplit(address).path not in ("", "/"):
        return address
    tags = _tags(markup)
    if any(kind == "link" and "canonical" in attrs.get("rel", "").lower().split() and attrs.get("href")
           or kind == "meta" and (attrs.get("property") or attrs.get("name") or "").lower() == "og:url"
           and attrs.get("content") for kind, attrs in tags):
        return address
    bases = [attrs.get("href", "").rstrip("/") for kind, attrs in tags if kind == "base"]
    return "" if address.rstrip("/") in bases else address


# (web56) At least so many share buttons that carry the page's address, all the same one
SHARED_ADDRESS_MIN_BUTTONS = 2


def shared_address(markup: str) -> str:
    """(web56) The page's own address where it names none in its head (no canonical link, og:url or
    `<base>`): the one that its share buttons carry ("facebook.com/sharer.php?u=https%3a%2f%2f
    site.example%2farticle-24376.aspx", "twitter.com/share?url=..."), given by
    SHARED_ADDRESS_MIN_BUTTONS buttons or more, with a path (the site's home is not an article's
    address); "" where they carry none, or two different addresses (which one is the page's is not
    known)."""
    found = [unquote(shared).split("#", 1)[0] for shared in _SHARED_URL_RE.findall(markup)]
    found = [address for address in found if _absolute(address)]
    if len(found) < SHARED_ADDRESS_MIN_BUTTONS or len(set(found)) != 1 or urlsplit(found[0]).path in ("", "/"):
        return ""
    return found[0]


# (web56) A form that posts a reader's comment (it holds a text area) back to the page, and the page's links
_FORM_RE = re.compile(r"<form\b([^>]*)>(.*?)</form\s*>", re.IGNORECASE | re.DOTALL)
_ACTION_RE = re.compile(r"""\baction\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_POST_RE = re.compile(r"""\bmethod\s*=\s*["']?post\b""", re.IGNORECASE)
_HREF_RE = re.compile(r"""\bhref\s*=\s*["'](https?://[^"'/\s>]+)""", re.IGNORECASE)
# A page's own path as a comment form posts to it: a file or a folder below the root, no query, no script's
# name ("/news/0409.html", "/blog/2026/harbour-night/"); "/", "/comment.php", "/index/" post elsewhere
_PAGE_PATH_RE = re.compile(r"/[\w.~%-]+(?:/[\w.~%-]+)+/?|/[\w~%-]+(?:\.html?|/)")
_SCRIPT_PATH_RE = re.compile(r"\.(?:php|cgi|pl|aspx?|jsp)$|/(?:index|search|suche|login|comment|comments|post|send|"
                             r"subscribe|newsletter)/?$", re.IGNORECASE)
# A second-level label under which a country's sites are named ("example.co.uk")
_SECOND_LEVELS = frozenset({"co", "com", "org", "net", "ac", "gov", "or", "ne"})


def _home_domain(host: str) -> str:
    labels = host.lower().split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVELS else 2
    return ".".join(labels[-keep:]) if len(labels) >= keep else ""


def comment_form_address(markup: str) -> str:
    """(web56) The page's own address where it names none (no canonical link, og:url or `<base>`,
    an old static page): the path its comment form posts the reader's comment to (a form with a
    text area, method post, to a page's path: "/news/0409.html"), on the site whose sub-domains
    its links go to and whose address the page writes as its name ("harbourhina.example News" in
    its heading, links to gallery.harbourhina.example and forum.harbourhina.example): one such
    domain only. "" where any of these is missing: a guessed address would be rated."""
    paths = set()
    for attrs, inner in _FORM_RE.findall(markup):
        action = _ACTION_RE.search(attrs)
        path = unescape((action[1] or action[2] or "") if action else "").strip()
        if "<textarea" in inner.lower() and _POST_RE.search(attrs) and _PAGE_PATH_RE.fullmatch(path) \
                and not _SCRIPT_PATH_RE.search(path):
            paths.add(path)
    if len(paths) != 1:
        return ""
    schemes: dict[str, set[str]] = {}
    for link in _HREF_RE.findall(markup):
        scheme, host = link.split("://", 1)
        domain = _home_domain(host)
        if domain and host.lower() != domain:  # a sub-domain's link: the site's own other parts
            schemes.setdefault(domain, set()).add(scheme.lower())
    shown = _TAG_ATTR_SPLIT_RE.sub(" ", markup)
    named = [d for d in schemes if re.search(r"(?<![\w./@-])" + re.escape(d) + r"(?![\w-]|\.\w)", shown, re.IGNORECASE)]
    if len(named) != 1:
        return ""
    scheme = "https" if schemes[named[0]] == {"https"} else "http"
    return f"{scheme}://{named[0]}{paths.pop()}"


# Tags and comments: what is left is the text a page shows
_TAG_ATTR_SPLIT_RE = re.compile(r"<!--.*?-->|<script\b.*?</script\s*>|<[^>]*>", re.IGNORECASE | re.DOTALL)


def _query_cut(canonical: str, address: str) -> bool:
    """(web56) Is `address` the absolute canonical link with its query left off ("https://site.example/spip.php"
    for ".../spip.php?article8532": the extractor's address normaliser drops a query key that has no value)? That
    address names the site's script, not the page."""
    if not address:
        return False
    one, other = urlsplit(canonical), urlsplit(address)
    return (bool(one.query) and not other.query and one.netloc.lower() == other.netloc.lower()
            and one.path == other.path)


def _same_site(a: str, b: str) -> bool:
    return a == b or a.endswith("." + b) or b.endswith("." + a)


def disagreeing_addresses(tree: Any) -> list[tuple[str, str]]:
    """(where, host) of the page's addresses where they name two different sites; [] otherwise."""
    from .scorers.source_rating import domain_of, site_address

    # (hunt26a) an archive's copy is the page it holds: a saved Wayback Machine copy whose canonical
    # link is "web.archive.org/web/.../https://site.example/a" and whose og:url is the site's agree
    hosts = [(where, domain_of(site_address(url))) for where, url in page_addresses(tree)]
    hosts = [(where, host) for where, host in hosts if host]
    if len(hosts) < 2 or _same_site(hosts[0][1], hosts[1][1]):
        return []
    return hosts


def addresses_note(hosts: list[tuple[str, str]]) -> str:
    named = " and ".join(f"its {where} {host}" for where, host in hosts)
    return (f"the page names two different web sites as its address ({named}), so it is rated as neither; "
            "if you know where it was published, give that address in a url column")


@lru_cache(maxsize=1)
def _rated_names() -> dict[str, str]:
    """{squashed name: domain} of the built-in rated sites whose name (the host's label before
    its ending: "reuters" of reuters.com) is one site's only."""
    from .scorers.source_rating import builtin_ratings

    names: dict[str, str] = {}
    taken: set[str] = set()
    for domain in builtin_ratings():
        name = _squash(domain.split(".")[0])
        if len(name) < NAME_MIN_CHARS or "/" in domain:
            continue
        if name in names:
            taken.add(name)
        names[name] = domain
    return {name: domain for name, domain in names.items() if name not in taken}


# (hunt26a) A host's labels that name no site of their own ("news" of news.sky.com, "co" of bbc.co.uk).
_GENERIC_LABELS = frozenset({"news", "co", "com", "org", "net", "eu", "uk", "us", "en", "edition", "www", "amp", "mobile"})
_NAME_WORDS_LOOKED_AT = 6


def _own_name(outlet: str, own: set[str]) -> bool:
    """(hunt26a) Whether a site name is the address's own written out: its first words, each whole
    or as its initial, are a label of the host ("BBC News" on bbc.co.uk, "Sky News" on
    news.sky.com, "The New York Times" on nytimes.com, "New York Post" on nypost.com). Until
    this such a page was told it "calls itself" the name of a look-alike site (bbc-news.us,
    newyorktimes.com) that the built-in table rates."""
    from itertools import product

    from .names import squash

    words = [w for w in (squash(w) for w in outlet.replace("-", " ").split()) if w]
    if words and words[0] == "the":
        words = words[1:]
    words = words[:_NAME_WORDS_LOOKED_AT]
    own = {name for name in own if len(name) >= 3 and name not in _GENERIC_LABELS}
    for k in range(1, len(words) + 1):
        for spelling in product(*((w, w[0]) for w in words[:k])):
            if "".join(spelling) in own:
                return True
    return False


def name_elsewhere_note(outlet: str, url: str) -> str:
    """The note for a page whose site name is another rated site's name than its address's
    ("" where it is its own, or names no rated site)."""
    from .names import site_names
    from .scorers.source_rating import domain_of, site_address

    host = domain_of(site_address(url))
    if not host:
        return ""
    names = {_squash(outlet), _squash(outlet[4:] if outlet.lower().startswith("the ") else "")} - {""}
    own = site_names(url, "")
    if names & own or _own_name(outlet, own):
        return ""
    other = next((_rated_names()[name] for name in sorted(names) if name in _rated_names()), None)
    if other is None or _same_site(other, host):
        return ""
    return (f"the page calls itself '{outlet}', the name of {other}, but its address is on {host}: "
            "it is rated by its address")
