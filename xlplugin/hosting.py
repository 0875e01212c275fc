"""Hosting platforms: is a web address a user's own site or page on a platform that hosts them?

The table is `xlplugin/data/hosting_platforms.txt` (platform, how a user's page is addressed, the
platform's own pages, the words of the note). `user_site(url)` answers for one address; the
source rating uses it so that a platform's rating (blogspot.com, medium.com) is not given to a
blog or post its users wrote. Knows nothing of ratings itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from .errors import DataFileError
from .lexicon import data_text

__all__ = ["FILE", "KINDS", "Platform", "UserSite", "names_platform", "platform_named", "platforms", "user_site"]

FILE = "hosting_platforms.txt"
KINDS = ("subdomain", "@path", "path")


@dataclass(frozen=True)
class Platform:
    """One line of the table."""

    domain: str
    kinds: frozenset[str]
    own_labels: frozenset[str]
    own_paths: frozenset[str]
    hosts: str
    one: str

    def note(self) -> str:
        """The reason in words: "blogspot.com hosts its users' blogs: its rating is not this blog's"."""
        return f"{self.domain} hosts {self.hosts}: its rating is not this {self.one}'s"


@dataclass(frozen=True)
class UserSite:
    """A user's site or page on a platform: the platform and the site's own name
    ("someone.blogspot.com", "medium.com/@someone"; "" where the address does not name it, as in
    "facebook.com/groups/..."), the key a ratings table would rate that user's site by."""

    platform: Platform
    site: str


def _parse_line(number: int, line: str) -> Platform:
    fields = [f.strip() for f in line.split("|")]
    if len(fields) != 5 or not all(fields):
        raise DataFileError(f"{FILE}:{number}: expected 'platform | users' pages | own | it hosts | this one', got {line!r}")
    domain, kinds_text, own_text, hosts, one = fields
    kinds = frozenset(k.strip() for k in kinds_text.split(","))
    unknown = kinds - set(KINDS)
    if unknown:
        raise DataFileError(f"{FILE}:{number}: unknown kind of users' pages {sorted(unknown)}; known: {', '.join(KINDS)}")
    own = [o.strip().lower() for o in own_text.split(",")] if own_text != "-" else []
    return Platform(domain.lower(), kinds, frozenset(o for o in own if not o.startswith("/")),
                    frozenset(o[1:] for o in own if o.startswith("/")), hosts, one)


@lru_cache(maxsize=1)
def platforms() -> dict[str, Platform]:
    """The table, {platform domain: Platform}, read on first use."""
    table: dict[str, Platform] = {}
    for number, line in enumerate(data_text(FILE).splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        platform = _parse_line(number, line)
        if platform.domain in table:
            raise DataFileError(f"{FILE}:{number}: {platform.domain} is listed twice")
        table[platform.domain] = platform
    return table


def _host_and_segment(url: str) -> tuple[str, str]:
    """The host without "www." and the first path segment, both lower case ("" when none)."""
    url = url.strip()
    if "//" not in url:
        url = "//" + url
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return "", ""
    host = host[4:] if host.startswith("www.") else host
    # (percent-encoded as a page's canonical link may be read: "medium.com/%40someone" is "@someone")
    return host, unquote(parts.path.strip("/").split("/", 1)[0]).lower()


def user_site(url: str) -> UserSite | None:
    """The user's site this address is on, when it is on a hosting platform's user site or path;
    None for any other address and for the platform's own pages (its home page, the subdomains
    and paths the table lists as its own)."""
    host, segment = _host_and_segment(url)
    platform, label = _platform_of(host)
    if platform is None:
        return None
    if label and "subdomain" in platform.kinds:
        # NAME.platform is a user's site, unless NAME is one of the platform's own
        return None if label in platform.own_labels else UserSite(platform, f"{label}.{platform.domain}")
    # the platform's own host, or a mobile or language host of a platform of user paths
    # (m.facebook.com, mobile.twitter.com): the first path segment decides
    if not segment:
        return None
    if segment.startswith("@") and ("@path" in platform.kinds or "path" in platform.kinds):
        return UserSite(platform, f"{platform.domain}/{segment}")
    if "path" in platform.kinds and segment not in platform.own_paths:
        # (facebook.com/groups/..., youtube.com/watch?v=...: the first segment need not name the
        # user, so no site name is made up)
        return UserSite(platform, "")
    return None


def names_platform(name: str, url: str) -> bool:
    """Is `name` only the hosting platform's own name ("Facebook", "Medium", "medium.com") while
    `url` is a user's page on that platform? A saved page's site name (og:site_name) is often the
    platform's; that names where the page is hosted, not whose it is."""
    hosted = user_site(url) if name and url else None
    if hosted is None:
        return False
    said = "".join(name.lower().split())
    said = said[4:] if said.startswith("www.") else said
    domain = hosted.platform.domain
    return said in (domain, domain.split(".", 1)[0])


def platform_named(name: str) -> Platform | None:
    """The hosting platform whose own name `name` is ("Facebook", "facebook.com", "Medium"), or
    None. (kinds8) A page saved from a platform names the platform as its site (og:site_name):
    with no address that names the account, that says where it was hosted, not whose it is."""
    said = "".join(name.lower().split())
    said = said[4:] if said.startswith("www.") else said
    if not said:
        return None
    table = platforms()
    if said in table:
        return table[said]
    return next((p for domain, p in table.items() if domain.split(".", 1)[0] == said), None)


def _platform_of(host: str) -> tuple[Platform | None, str]:
    """The platform a host is on, and the label just under the platform's domain ("" for the
    platform's own domain); the longest listed domain wins (sites.google.com is not google.com)."""
    table = platforms()
    labels = host.split(".")
    for i in range(len(labels) - 1):
        platform = table.get(".".join(labels[i:]))
        if platform is not None:
            return platform, labels[i - 1] if i else ""
    return None, ""
