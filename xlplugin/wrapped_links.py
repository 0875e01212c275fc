"""Addresses that are not the page's own: an archive's copy, a redirect, a shortened link.

People paste the address they have, and it is often not the page's: a Wayback Machine copy
("web.archive.org/web/2020.../https://site.example/a"), an archive.today copy, Google's cache
and AMP viewer, a link wrapped by Google, Facebook, Outlook ("Safe Links"), Bing News, Reddit,
YouTube or LinkedIn, a Google News or shortened link (t.co, bit.ly). Read by its host, such an
address is the archive's or the redirector's, and the source rating gave the wrapper's rating
as the outlet's: the built-in table rates google.com 0.668, news.google.com 0.791 and bing.com
0.800, so a page of a poorly rated site reached through them was rated as Google's or Bing's
(hunt26a: an infowars.com page read through "google.com/amp/s/" got 0.668 for its 0.046, and
the index rose by almost 40 points), and every page read through one archive was one outlet.

`unwrap(url)` gives the page's own address where the wrapper holds it (an archive's copy, a
redirect with the address in it), or "" where it does not (a Google News article link, a short
link: the address is only known by following it, which this plugin never does: no network),
with the wrapper's name for the note. The source rating, the outlet of a row (--by-outlet, the
Outlets sheet) and a web page's own addresses read a wrapped address as the page's own; one that
names no page is rated by neither address, only by an outlet given with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from .links import is_web_address

__all__ = ["Wrapped", "unwrap", "page_address", "wrapper_named"]


@dataclass(frozen=True)
class Wrapped:
    """A wrapped address: the page's own address ("" where the wrapper does not hold it) and the
    wrapper in words ("a Wayback Machine copy (web.archive.org)")."""

    address: str
    via: str


# Archives and viewers that keep the page's address in their own path, after the host: the
# host (without "www."), the pattern of the rest of the address (the page's address is its
# group "u"), and the wrapper's name. A page's address inside may lose a slash of its scheme
# ("https:/site.example": some tools fold "//"), and need not have one ("site.example/a").
_ARCHIVE_TODAY = frozenset({"archive.today", "archive.ph", "archive.is", "archive.li", "archive.vn",
                            "archive.fo", "archive.md"})
_IN_PATH: tuple[tuple[frozenset[str], re.Pattern[str], str], ...] = (
    # web.archive.org/web/20200101000000/URL, /web/2020id_/URL, /web/*/URL
    (frozenset({"web.archive.org", "wayback.archive.org", "archive.org"}),
     re.compile(r"/web/[0-9*]*(?:[a-z]{2}_)?/(?P<u>.+)", re.IGNORECASE | re.DOTALL), "a Wayback Machine copy"),
    # archive.ph/2020.01.01-000000/URL, /newest/URL, /oldest/URL, /o/ID/URL
    (_ARCHIVE_TODAY, re.compile(r"/(?:[0-9][0-9.]*(?:-[0-9]+)?|newest|oldest|o/[a-z0-9]+)/(?P<u>.+)",
                                re.IGNORECASE | re.DOTALL), "an archive.today copy"),
)
# Google's AMP viewer: google.com/amp/s/site.example/a (s: https); any of Google's country hosts.
_GOOGLE_AMP_RE = re.compile(r"/amp/(?P<s>s/)?(?P<u>.+)", re.IGNORECASE | re.DOTALL)
# Google's cache: webcache.googleusercontent.com/search?q=cache:URL (or cache:ID:URL)
_CACHE_RE = re.compile(r"cache:(?:[a-z0-9_-]+:(?!//))?(?P<u>.+)", re.IGNORECASE | re.DOTALL)
# Proofpoint's URL Defense, version 3: urldefense.com/v3/__URL__;...
_URLDEFENSE_RE = re.compile(r"/v3/__(?P<u>.+?)__;", re.DOTALL)

# Redirects that hold the page's address in a query parameter: (host, or "*." and the end of
# hosts; the path, "" for any; the parameters, first found wins; the wrapper's name).
_IN_QUERY: tuple[tuple[str, str, tuple[str, ...], str], ...] = (
    ("google.*", "/url", ("q", "url"), "a Google redirect"),
    ("news.google.com", "/news/url", ("url",), "a Google News link"),
    ("translate.google.com", "/translate", ("u",), "a Google Translate copy"),
    ("l.facebook.com", "/l.php", ("u",), "a Facebook link wrapper"),
    ("lm.facebook.com", "/l.php", ("u",), "a Facebook link wrapper"),
    ("l.messenger.com", "/l.php", ("u",), "a Messenger link wrapper"),
    ("l.instagram.com", "", ("u",), "an Instagram link wrapper"),
    ("*.safelinks.protection.outlook.com", "", ("url",), "an Outlook Safe Links wrapper"),
    ("bing.com", "/news/apiclick.aspx", ("url",), "a Bing News link"),
    ("out.reddit.com", "", ("url",), "a Reddit link wrapper"),
    ("youtube.com", "/redirect", ("q",), "a YouTube link wrapper"),
    ("linkedin.com", "/redir/redirect", ("url",), "a LinkedIn link wrapper"),
    ("duckduckgo.com", "/l/", ("uddg",), "a DuckDuckGo redirect"),
    ("t.umblr.com", "/redirect", ("z",), "a Tumblr link wrapper"),
)

# Links that name no page: the page is only known by following them. (host, the paths that are
# such links, "" for any path but the home page; the wrapper's name)
_NAMES_NO_PAGE: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("news.google.com", ("/rss/articles/", "/articles/", "/read/", "/__i/rss/rd/articles/"), "a Google News link"),
    ("feedproxy.google.com", ("/~r/",), "a FeedBurner feed link"),
    *((host, ("",), "an archive.today copy") for host in sorted(_ARCHIVE_TODAY)),
    *((host, ("",), "a shortened link") for host in (
        "t.co", "bit.ly", "lnkd.in", "ow.ly", "buff.ly", "tinyurl.com", "goo.gl", "dlvr.it", "trib.al", "is.gd",
        "fb.me", "shorturl.at", "rebrand.ly", "cutt.ly", "tiny.cc", "apple.news", "flip.it", "wp.me", "youtu.be")),
)

# How deep wrappers inside wrappers are read (a Google redirect to a Wayback copy is two).
_DEPTH = 4
_SCHEME_RE = re.compile(r"^(https?):/*(?=[^/])", re.IGNORECASE)
_HOST_RE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//(?:[^@/?#]*@)?(?P<host>[^/?#:]*)(?::\d*)?(?P<rest>.*)$",
                      re.IGNORECASE | re.DOTALL)


def _host_and_rest(url: str) -> tuple[str, str]:
    """The host (lower case, without "www.") and what follows it (path, query, fragment)."""
    text = url.strip()
    found = _HOST_RE.match(text if "//" in text[:12] else "//" + text)
    if found is None:
        return "", ""
    host = found.group("host").lower().rstrip(".")
    return (host[4:] if host.startswith("www.") else host), found.group("rest")


# Google's own hosts in each country: google.com, google.co.uk, google.com.au, google.de
_GOOGLE_RE = re.compile(r"google\.(?:com|(?:com?\.)?[a-z]{2})")


def _host_is(host: str, pattern: str) -> bool:
    """Whether `host` is the host `pattern` names: "*.end" (any host under "end"), "google.*"
    (Google's host in any country), or the host itself."""
    if pattern.startswith("*."):
        return host.endswith(pattern[1:])
    if pattern == "google.*":
        return bool(_GOOGLE_RE.fullmatch(host))
    return host == pattern


def _address(text: str) -> str:
    """A page's address found inside a wrapper, with its scheme whole ("https:/x" is "https://x");
    "" for one that is not a web address."""
    text = _SCHEME_RE.sub(lambda m: m.group(1) + "://", text.strip())
    return text if is_web_address(text) else ""


def _one(url: str) -> Wrapped | None:
    """One layer of wrapping read (see `unwrap`)."""
    host, rest = _host_and_rest(url)
    if not host or "." not in host:
        return None
    for hosts, pattern, via in _IN_PATH:
        if host in hosts:
            found = pattern.fullmatch(rest)
            if found:
                return Wrapped(_address(found.group("u")), f"{via} ({host})")
    path = rest.split("?", 1)[0].split("#", 1)[0]
    if _host_is(host, "google.*"):
        found = _GOOGLE_AMP_RE.fullmatch(rest)
        if found:
            inner = found.group("u")
            if "://" not in inner[:10]:
                inner = ("https://" if found.group("s") else "http://") + inner
            return Wrapped(_address(inner), f"Google's AMP viewer ({host})")
    query = parse_qs(urlsplit("//x" + rest).query) if "?" in rest else {}
    if host == "webcache.googleusercontent.com":
        found = _CACHE_RE.match(query.get("q", [""])[0])
        if found:
            return Wrapped(_address(found.group("u")), f"a Google cache copy ({host})")
    if host == "urldefense.com":
        found = _URLDEFENSE_RE.match(rest)
        if found:
            return Wrapped(_address(found.group("u")), f"a URL Defense wrapper ({host})")
    if host.endswith(".translate.goog"):
        # site-example.translate.goog/a: the site's host with "-" for "." and "--" for "-"
        label = host[: -len(".translate.goog")]
        site = ".".join(part.replace("\0", "-") for part in label.replace("--", "\0").split("-"))
        return Wrapped(_address("https://" + site + path), f"a Google Translate copy ({host})")
    for pattern, wanted, names, via in _IN_QUERY:
        if _host_is(host, pattern) and (not wanted or path.lower().startswith(wanted)):
            for name in names:
                if query.get(name):
                    return Wrapped(_address(query[name][0]), f"{via} ({host})")
    for one, paths, via in _NAMES_NO_PAGE:
        if host == one and path.strip("/") and ("" in paths or any(path.lower().startswith(p) for p in paths)):
            return Wrapped("", f"{via} ({host})")
    return None


def unwrap(url: str) -> Wrapped | None:
    """The page a wrapped address stands for (`Wrapped`: its own address, "" where the wrapper
    does not hold it, and the wrapper in words), wrappers inside wrappers read to the page; None
    for an address that is the page's own."""
    vias: list[str] = []
    address = url
    for _ in range(_DEPTH):
        inner = _one(address)
        if inner is None:
            break
        vias.append(inner.via)
        address = inner.address
        if not address:
            break
    return Wrapped(address, " to ".join(vias)) if vias else None


def page_address(url: str) -> str:
    """The page's own address for `url`: the address a wrapper holds, "" for a wrapper that holds
    none (a Google News or a shortened link), `url` itself for any other address."""
    found = unwrap(url)
    return url if found is None else found.address



# Hosts that serve nothing but wrapped addresses (the others above, google.com or youtube.com,
# have pages of their own): a rating of one rates no page anyone reads.
_ONLY_WRAPPERS = frozenset({"l.facebook.com", "lm.facebook.com", "l.messenger.com", "l.instagram.com", "out.reddit.com",
                            "t.umblr.com", "webcache.googleusercontent.com", "urldefense.com", "web.archive.org",
                            "wayback.archive.org", *_ARCHIVE_TODAY, *(host for host, _, _ in _NAMES_NO_PAGE)})


def wrapper_named(written: str) -> str:
    """The wrapper's host where `written` (a ratings table's site) is an archive or a redirector
    whose addresses are read as the pages they hold ("web.archive.org", "t.co", "news.google.com",
    "nam12.safelinks.protection.outlook.com"), "" for any other site."""
    host, _ = _host_and_rest(written)
    return host if host in _ONLY_WRAPPERS or _host_is(host, "*.safelinks.protection.outlook.com") else ""
