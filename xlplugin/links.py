"""Links in a text: the one test every caller uses ("http://", "https://" or "www.", any case).

`find_link(text)` finds the first link; `may_hold_link(text)` is its cheap pre-check (substring
tests in C), False only where `find_link` finds none; `link_sentences(doc)` gives the sentences
of a document that hold a link (`doc.analysis.link_sentences` keeps it per document). The
attribution pass (`xlplugin.cues`) counts a link as a source. `is_web_address(value)` says
whether a URL given with a text (a cell, a column) is a web address at all, not "n/a" or 3.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from urllib.parse import urlsplit

from .text import Document

__all__ = ["find_link", "may_hold_link", "link_sentences", "is_web_address", "ascii_host", "readable_host", "issuer_block_start", "contact_link_sentences"]

_URL_RE = re.compile(r"https?://|www\.", re.IGNORECASE)
# Every text _URL_RE can match holds one of these (a link starting "http://" or "https://" holds
# "://"; "www." in any case ends in one of the four spellings of "ww."): a text holding none is
# passed over without the case-insensitive regex scan. `tests/test_cues.py` holds them to that.
_LINK_HINTS = ("://", "ww.", "WW.", "wW.", "Ww.")


def may_hold_link(text: str) -> bool:
    """Could `text` hold a link? False only where `find_link` finds none: the one cheap
    pre-check every caller uses (substring tests in C, no regex scan)."""
    for hint in _LINK_HINTS:
        if hint in text:
            return True
    return False


def link_sentences(doc: Document) -> frozenset[int]:
    """The indices of the sentences of `doc` in which `find_link` finds a link. (Asked only of
    the sentences holding one of _LINK_HINTS, found with str.find over the whole text.)"""
    text = doc.text
    if not may_hold_link(text):
        return frozenset()
    starts, ends = doc.analysis.sentence_starts, doc.analysis.sentence_ends
    candidates = set()
    for hint in _LINK_HINTS:
        i = text.find(hint)
        while i >= 0:
            k = bisect.bisect_right(starts, i) - 1
            if k >= 0 and i + len(hint) <= ends[k]:
                candidates.add(k)
            i = text.find(hint, i + 1)
    return frozenset(k for k in candidates if find_link(doc.sentences[k].text) is not None)


def find_link(text: str) -> re.Match[str] | None:
    """The first link in `text` ("http://", "https://" or "www.", in any case), or None."""
    return _URL_RE.search(text) if may_hold_link(text) else None


# A host name: labels of letters, digits and hyphens joined by dots, at least two labels, the
# last (the top-level domain) of 2 or more letters ("example.com", "news.bbc.co.uk", "xn--p1ai"
# spelled out as letters); or an IPv4 address, but only after a scheme ("http://10.0.0.1/").
_HOST_RE = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]+)", re.IGNORECASE)
_IPV4_RE = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_SCHEME_RE = re.compile(r"[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def is_web_address(value: str) -> bool:
    """Is `value` (a URL given with a text) a web address: a scheme and a host
    ("https://example.com/a", "http://10.0.0.1/"), or a host name with a dot and a top-level
    domain of letters, with or without a path ("example.com", "www.example.com/news/1")? Not a
    placeholder a spreadsheet holds where there is none ("n/a", "-", "unknown", "none"), a number
    ("3", "3.0") or a sentence."""
    value = value.strip()
    scheme = _SCHEME_RE.match(value)
    if not value or any(c.isspace() for c in value) or ("@" in value and not scheme):
        return False  # (an e-mail address is no web address)
    try:
        host = urlsplit(value if scheme else "//" + value).hostname or ""
    except ValueError:
        return False
    if _HOST_RE.fullmatch(ascii_host(host)):
        return True
    return bool(scheme) and bool(_IPV4_RE.fullmatch(host))


def ascii_host(host: str) -> str:
    """A host name as the web's addresses spell it in ASCII: lower case, a trailing dot (the
    root, "example.com.") left out, a non-ASCII name ("münchen-zeitung.de") in its "xn--" form
    (Python's "idna" codec); a name the codec cannot spell is given back as it is. (rows17)"""
    host = host.rstrip(".").lower()
    if host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def readable_host(host: str) -> str:
    """A host name as a person reads it, one spelling for each site: `ascii_host`, with each
    "xn--" label read back as the letters it stands for ("xn--mnchen-zeitung-gsb.de" and
    "MÜNCHEN-zeitung.de." are both "münchen-zeitung.de"). (rows17)"""
    host = ascii_host(host)
    if "xn--" not in host:
        return host
    try:
        return host.encode("ascii").decode("idna")
    except UnicodeError:
        return host


# (prov2) The block about the issuer at the foot of a press release or a company page ("About
# Brightwell Foods" / "Founded in 2016, ... For more information visit www.brightwell.example"):
# its web address is the issuer's contact furniture, not a link to a source of the text's claims.
# A heading of [issuer_block_starts] (data/provenance.txt) on a short line of its own, in the
# second half of the text, opens the block; it runs to the end of the text.
ISSUER_HEADING_MAX = 60
_ABOUT_RE = re.compile(r"about[ \t]+(?:[A-Z0-9]|us\b|the\b)")


@lru_cache(maxsize=1)
def _issuer_headings() -> tuple[str, ...]:
    from .lexicon import load_sections  # (local: lexicon reads data files, links is imported early)

    return tuple(load_sections("provenance.txt")["issuer_block_starts"])


def issuer_block_start(doc: Document) -> int | None:
    """Where the issuer's About block starts (its heading line), or None (see ISSUER_HEADING_MAX)."""
    text = doc.text
    half = len(text) // 2
    for s, e in doc.lines:
        if s < half or e - s > ISSUER_HEADING_MAX + 10:
            continue
        line = text[s:e].strip()
        lower = line.lower()
        if not line or len(line) > ISSUER_HEADING_MAX or line.endswith((".", "?", "!", ",")):
            continue
        for heading in _issuer_headings():
            if lower.startswith(heading) and (len(lower) == len(heading) or not lower[len(heading)].isalnum()):
                # "About Brightwell Foods", "About us", "About the author"; not "About time"
                if heading != "about" or _ABOUT_RE.match("about" + line[5:]):
                    return s
    return None


def contact_link_sentences(doc: Document, links: frozenset[int]) -> frozenset[int]:
    """Of the sentences `links` (that hold a link), those in the issuer's About block
    (`issuer_block_start`): their address is contact furniture, no source."""
    if not links:
        return links
    start = issuer_block_start(doc)
    if start is None:
        return frozenset()
    return frozenset(k for k in links if doc.sentences[k].start >= start)
