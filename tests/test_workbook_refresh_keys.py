"""The fast paths a refresh takes over every row, held to the plain rule they replace."""

from __future__ import annotations

import random
from urllib.parse import urlsplit

from xlplugin import repeats
from xlplugin.links import is_web_address


def _plain_outlet_key(outlet: str, url: str) -> str:
    """repeats._outlet_key as it was written before its fast path (urlsplit for every URL that is
    a web address)."""
    if outlet.strip() and repeats._named_outlet_key(outlet):
        return repeats._named_outlet_key(outlet)  # (outlets21: the one outlet key, not a URL's fast path)
    if url.strip():
        if not is_web_address(url):  # "n/a", "unknown": no host (session 10)
            return ""
        try:
            host = urlsplit(url if "//" in url else "http://" + url).hostname or ""
        except ValueError:
            host = ""
        if host:
            # (outlets21) a site's mobile host is the site's (source_rating.site_of)
            return "domain:" + repeats._site_of_host(host[4:] if host.startswith("www.") else host)
    return ""


URLS = ["https://news.example.org/1", "http://WWW.Example.COM", "https://www.example.com/a?b=1#c", "https://x.org?q",
        "https://x.org#top", "https://-.", "https://a..b/", "https://www./", "https://www.", "HTTPS://Example.org/",
        "https://example.org:8080/x", "https://user@example.org/", "https://[::1]/", "https://[::1/", "https://ex ample.org/",
        "https://example.org /", " https://example.org/", "https://example.org/\n", "https://exa\tmple.org/",
        "https://example.org\n", "https://example.org/path with space", "https://exämple.org/", "https://example.org%41/",
        "example.org/x", "www.example.org", "ftp://example.org/", "https:/example.org", "https://", "https:///path",
        "//example.org/x", "https://example.org\\evil.com/", "https://example.org;x/", "https://example.org/\u00e9",
        "https://example.org\r\n/", "http://1.2.3.4/x", "https://EXAMPLE.org./", "https://m.example.org/a",
        "https://www.m.Example.org/", "https://amp.example.co.uk/x", ""]


def test_the_outlet_key_of_a_url_is_the_plain_rules():
    pieces = ["h", "t", "p", "s", ":", "/", "//", "www.", "W", "x", ".", "-", "@", "?", "#", ":80", "[", "]", " ", "\t", "\n",
              "é", "%", "_", "0", "org", "\\"]
    rng = random.Random(11)
    made = ["".join(rng.choices(pieces, k=rng.randrange(0, 10))) for _ in range(5000)]
    made += ["https://" + u for u in made[:2500]] + ["http://" + u for u in made[2500:]]
    for url in URLS + made:
        for outlet in ("", " ", "The Outlet", "-"):
            assert repeats._outlet_key(outlet, url) == _plain_outlet_key(outlet, url), (outlet, url)
