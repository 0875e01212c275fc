"""(syndic30) Copies on aggregators: an article republished by msn.com, Yahoo, AOL, NewsBreak ...
is rated as the outlet that wrote it, where the copy names that outlet.

Aggregators (`data/aggregators.txt`) carry other outlets' articles whole, under their own
address. Joined by the address, every copy got the aggregator's own rating (msn.com 0.814 in the
built-in table): a copy of a Fox News article and a copy of a Reuters report were rated alike,
and two copies of one article, from msn.com and from the outlet's own site, were rated apart.

A copy says whose it is in a few set ways, read here in this order (the first found decides):

1. the outlet given with it (an outlet column; a saved page's publisher, where it names no site
   of its own): "Fox News" beside an msn.com address;
2. the page's markup (`page_credit`, read by `xlplugin.pages` and carried in the page type as
   "credited: NAME"): its JSON-LD `provider` or `sourceOrganization`, the provider's logo (an
   image whose alt text names it, in an element marked as the provider or the attribution), its
   "Story by NAME • PROVIDER" line, its JSON-LD `publisher` where that is not the aggregator;
3. the text's own credit lines, at its top or foot: "Story by Jane Ray • Fox News", a line that
   says the text is a copy ("This article originally appeared on Tampa Bay Times", "Originally
   published by The Fresno Bee": the line opens with the words, or with "This article ..."),
   a copyright line of its own ("© 2026 Reuters"), a news agency's credit (a dateline "(AP) —",
   a text opening "Reuters — ...", "By The Associated Press", "— AFP": as `kinds` reads them),
   (syndic31) and, last, its closing line sending the reader on ("Read more at Newsweek", "Read the
   full story at The Guardian"); not a list's heading ("More from Newsweek:"), which says whose links
   follow, not whose text is above.

A credit the text gives in passing (a copyright line, "Story by X" with no provider after it, an
agency's) counts only where it names a site the built-in table rates or an outlet your table
rates: a photographer's "© Jane Ray" names no outlet. A credit to the aggregator itself ("Story by
Jane Ray • Yahoo News", "© 2026 Microsoft") is the aggregator's own article, rated as before. A
report that quotes an agency in a sentence ("Reuters reported that ...") credits no one, and a
page of any other site (the original's own site with "© Reuters", a newspaper's wire story) is
not read here at all: its publisher's rating is its own choice of what to publish.

`sites_of(name)` is the rated site an outlet's name stands for: a web site written as the name,
a news agency (`kinds.AGENCIES`), a name of `[outlet_sites]`, else the one site the built-in
table registers under the name's letters ("Fox News" is foxnews.com: `source_rating._sites_named`);
a name that several rated sites share, or none, stands for no site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Iterable, Mapping

from .errors import DataFileError
from .lexicon import load_sections

__all__ = ["Aggregator", "Credit", "CREDITED_PART", "aggregator_page", "aggregators", "aggregator_of", "aggregator_named", "credit_of",
           "credited_in_page_type", "page_credit", "sites_of", "story_by_author", "with_credit",
           "without_provider"]

FILE = "aggregators.txt"
# The part of a page's type (`Page.page_type`, after "; ") that carries a credit read from the
# markup: "newsarticle; credited: Fox News" (as written, not lower-cased).
CREDITED_PART = "credited: "
# The top and the foot of a text where credit lines are read, as the kinds rules read theirs.
HEAD_CHARS = 600
TAIL_CHARS = 600
CREDIT_LINE_MAX = 160


@dataclass(frozen=True)
class Aggregator:
    """One line of `[aggregators]`: its domain and the keys (`outlet_key`) of its own names."""

    domain: str
    names: frozenset[str]


@dataclass(frozen=True)
class Credit:
    """The original a copy names: the name as written ("Fox News", "foxnews.com"), where it was
    found in words ("its credit line “Story by Jane Ray • Fox News”"), and whether it names the
    aggregator itself (its own article)."""

    name: str
    where: str
    own: bool = False


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, Aggregator], dict[str, str]]:
    from .scorers.source_rating import outlet_key

    sections = load_sections(FILE)
    found: dict[str, Aggregator] = {}
    for i, (domain, names) in enumerate(sections.pairs("aggregators")):  # (loud50: checked pairs)
        if "." not in domain:
            raise DataFileError(f"{sections.where('aggregators', i)}: expected 'domain | its own names', "
                                f"got {domain!r} as the domain")
        found[domain] = Aggregator(domain, frozenset(outlet_key(n) for n in names.split(",") if n.strip()))
    sites: dict[str, str] = {}
    for i, (name, domain) in enumerate(sections.pairs("outlet_sites")):
        if "." not in domain:
            raise DataFileError(f"{sections.where('outlet_sites', i)}: expected 'name | domain', got {domain!r} as the domain")
        sites[outlet_key(name)] = domain
    return found, sites


def aggregators() -> dict[str, Aggregator]:
    """The aggregators by domain (`data/aggregators.txt`)."""
    return _tables()[0]


def aggregator_of(keys: Iterable[str]) -> Aggregator | None:
    """The aggregator a row's lookup keys (a host and its parent domains, `source_rating`) are on."""
    table = aggregators()
    return next((table[key] for key in keys if key in table), None)


def aggregator_named(outlet: str) -> Aggregator | None:
    """The aggregator an outlet given names by one of its own names ("MSN", "Yahoo News")."""
    from .scorers.source_rating import outlet_key

    key = outlet_key(outlet)
    return _by_name().get(key) if key else None


@lru_cache(maxsize=1)
def _by_name() -> dict[str, Aggregator]:
    return {name: agg for agg in reversed(aggregators().values()) for name in agg.names}


def _own(agg: Aggregator, name: str) -> bool:
    from .scorers.source_rating import _names_a_site, outlet_key, site_of

    if _names_a_site(name):
        site = site_of(name.strip())
        return site == agg.domain or site.endswith("." + agg.domain)
    return outlet_key(name) in agg.names


# What a company's name ends with that is no part of the outlet's ("Fox News Network, LLC").
_COMPANY_TAIL_RE = re.compile(r"(?:[\s,]+(?:llc|l\.l\.c\.|inc\.?|ltd\.?|limited|plc|corp\.?|corporation|co\.))+\s*$",
                              re.IGNORECASE)


def _cleaned(name: str) -> str:
    name = " ".join(name.replace("\u00a0", " ").split()).strip(" .,;:|\u2022\u00b7-\u2013\u2014")
    return _COMPANY_TAIL_RE.sub("", name).strip(" .,")


def sites_of(name: str, table: Mapping[str, float]) -> list[str]:
    """The rated site an outlet's name stands for (the module's doc), as a list of one, or []."""
    from .kinds import AGENCIES  # (kinds imports the scorers' modules: read at call time)
    from .scorers.source_rating import _names_a_site, _sites_named, outlet_key, outlet_name, site_of

    name = _cleaned(name)
    if not name:
        return []
    if _names_a_site(name) and " " not in name:
        parts = site_of(name).split(".")
        return [k for k in (".".join(parts[i:]) for i in range(len(parts) - 1)) if k in table][:1]
    for key in (outlet_name(name), outlet_key(name)):
        domain = AGENCIES.get(key) or _tables()[1].get(key)
        if domain:
            return [domain] if domain in table else []
    named = _sites_named(name, table)
    return named if len(named) == 1 else []


# --- the text's credit lines -------------------------------------------------------------------

# "Story by Jane Ray • Fox News • 3h": MSN's byline, its pieces between bullets, middle dots or bars.
_STORY_BY_RE = re.compile(r"(?im)^[^\S\n]*(?:[^\n]{0,60}?[\u2022\u00b7|][^\S\n]*)?story by\b[^\n]{0,140}$")
_PIECES_RE = re.compile(r"[^\S\n]*[\u2022\u00b7|\u2063][^\S\n]*")
_TIME_PIECE_RE = re.compile(
    r"^(?:\d+[^\S\n]*(?:s|m|h|d|w|mo|y|sec|secs|min|mins|minutes?|hrs?|hours?|days?|weeks?|months?)(?:[^\S\n]+(?:ago|read))?"
    r"|updated\b.*|published\b.*|\d[\d/.,: ]*(?:am|pm)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[^\S\n]+\d.*"
    r"|\d{1,2}[^\S\n]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*.*|\d+ (?:min|minute) read)$", re.IGNORECASE)
# The words that say a line is a copy's credit (not "source:" or "via:", which also name a
# study's or a photo's source): they open the line, or follow "This article (was) ...".
_COPY_MARKERS = ("originally published", "originally appeared", "first appeared", "first published",
                 "republished from", "republished with permission from", "republished with permission of",
                 "reprinted from", "reprinted with permission from", "reposted from", "republished courtesy of",
                 "reprinted courtesy of", "article courtesy of", "story courtesy of", "original article:",
                 "read the original", "this article is republished from", "this story is republished from")
_BEFORE_MARKER_RE = re.compile(
    r"^[^\S\n]*(?:[*_(\[\u2014\u2013-]+[^\S\n]*)?(?:(?:this|the|our)[^\S\n]+)?(?:(?:article|story|piece|post|report|"
    r"column|essay|content|item|version)[^\S\n]+)?(?:(?:was|is|has[^\S\n]+been|had[^\S\n]+been)[^\S\n]+)?$", re.IGNORECASE)
# A copyright line of its own: "© 2026 Reuters", "Copyright (c) 2026 Fox News Network, LLC. All rights reserved."
_COPYRIGHT_RE = re.compile(
    r"(?im)^[^\S\n]*(?:©|\(c\)|copyright)(?:[^\S\n]*(?:©|\(c\)))?[^\S\n]*(?:\d{4}(?:[^\S\n]*[-\u2013][^\S\n]*\d{4})?[^\S\n,]*,?[^\S\n]*)?"
    r"(?P<name>[A-Z][^\n.;]{1,70}?)[^\S\n]*(?:[.,;][^\S\n]*(?:all rights reserved\.?)?)?[^\S\n]*$")


def _pieces(line: str, after_only: bool = False) -> tuple[str, str]:
    """(the provider, the name after "Story by") of a "Story by" line; "" where it gives none.
    `after_only`: the provider only among the pieces after "Story by" (a box of the page's markup,
    whose pieces before it are the headline's, not a provider's)."""
    pieces = [p.strip() for p in _PIECES_RE.split(line) if p.strip()]
    if after_only:
        at = next((i for i, piece in enumerate(pieces) if piece.lower().startswith("story by")), len(pieces))
        pieces = pieces[at:]
    person, provider = "", ""
    for i, piece in enumerate(pieces):
        lower = piece.lower()
        if lower.startswith("story by"):
            person = piece[len("story by"):].strip()
            if not person and i + 1 < len(pieces):  # ("Story by" and the name in two spans)
                person = pieces[i + 1]
                pieces[i + 1] = ""
        elif piece and not provider and not _TIME_PIECE_RE.match(piece) and piece != person:
            provider = piece
    return provider, person


def _story_by(place: str) -> tuple[str, str, str]:
    """(provider, person, line) of the first "Story by" line in `place`."""
    for m in _STORY_BY_RE.finditer(place):
        provider, person = _pieces(m.group())
        if provider or person:
            return provider, person, " ".join(m.group().split())
    return "", "", ""


def _copy_line(place: str) -> tuple[str, str]:
    """(the original, the line) of the first line in `place` that says the text is a copy."""
    from .repost_credits import credited_original, in_relative_clause

    lower = place.lower()
    for marker in _COPY_MARKERS:
        at = lower.find(marker)
        while at >= 0:
            start = lower.rfind("\n", 0, at) + 1
            end = lower.find("\n", at)
            end = len(place) if end < 0 else end
            line = place[start:end]
            if (end - start <= CREDIT_LINE_MAX and _BEFORE_MARKER_RE.match(place[start:at])
                    and not in_relative_clause(lower, at)):
                name = credited_original(line[at - start:], (marker,))
                if name:
                    return name, " ".join(line.split())
            at = lower.find(marker, at + 1)
    return "", ""


def _agency(text: str, head: str, tail: str) -> tuple[str, str]:
    """(the agency, where) a news agency's credit names, as the kinds rules read one."""
    from . import kinds

    m = kinds._AGENCY_DATELINE_RE.search(head)
    if m:
        return m.group("agency"), f"its dateline credit \u201c({m.group('agency')})\u201d"
    m = _OPENING_AGENCY_RE().match(text)
    if m:
        return m.group("agency"), f"its opening credit \u201c{m.group().strip()}\u201d"
    agency = kinds._agency_line(head.lower(), tail.lower())
    if agency:
        return agency, f"its credit line to {agency}"
    for place in (tail.lower(), head.lower()):
        m = kinds._credit_line(place)
        if m is not None:
            return m.group("agency"), f"its credit line \u201c{' '.join(m.group().split())}\u201d"
    return "", ""


@lru_cache(maxsize=1)
def _OPENING_AGENCY_RE() -> re.Pattern[str]:
    """A text (or its first lines, under a headline) opening with an agency and a dash: "Reuters — The county ..."."""
    from .kinds import _AGENCY_NAMES

    return re.compile(rf"(?:[^\n]{{0,200}}\n+){{0,2}}?[^\S\n]*(?:the[^\S\n]+)?(?P<agency>{_AGENCY_NAMES})[^\S\n]*"
                      r"[\u2014\u2013-]{1,2}[^\S\n]+(?=\w)", re.IGNORECASE)


def _text_credits(text: str) -> Iterable[tuple[str, str, bool]]:
    """(name, where, firm) of each credit the text's top and foot give, most telling first; firm:
    words that say whose the text is (a provider after "Story by", "originally published by")."""
    head = text[:HEAD_CHARS]
    tail = text[-TAIL_CHARS:] if len(text) > HEAD_CHARS else ""
    for place in (head, tail):
        provider, person, line = _story_by(place)
        if provider:
            yield provider, f"its credit line \u201c{line}\u201d", True
    for place in (head, tail):
        name, line = _copy_line(place)
        if name:
            yield name, f"its credit line \u201c{line}\u201d", True
    for place in (head, tail):
        provider, person, line = _story_by(place)
        if person and not provider:
            yield person, f"its credit line \u201c{line}\u201d", False
    for place in (tail, head):
        for m in _COPYRIGHT_RE.finditer(place):
            yield m.group("name"), f"its copyright line \u201c{' '.join(m.group().split())}\u201d", False
    agency, where = _agency(text, head, tail)
    if agency:
        yield agency, where, False
    name, line = _read_more(text[-TAIL_CHARS:])
    if name:
        yield name, f"its closing line \u201c{line}\u201d", False


# (syndic31) A copy's last line sending its reader on to the original: "Read more at The Independent", "Read the full
# story at the Guardian", "Continue reading on Newsweek". Read as a credit in passing (the name must stand for a rated
# site or an outlet your table rates), and only as the text's last line: the line closes the copy it stands under.
# A list's heading ("More from Newsweek:", "More from Yahoo News", "Related: ...") is none: it says whose links follow,
# and under an aggregator's story the links may be another outlet's.
_READ_MORE_RE = re.compile(
    r"(?:read[^\S\n]+more|read[^\S\n]+the[^\S\n]+(?:full|whole|original|rest[^\S\n]+of[^\S\n]+the)[^\S\n]+(?:story|article|report|piece)"
    r"|continue[^\S\n]+reading|keep[^\S\n]+reading)(?:[^\S\n]+(?:this|the)[^\S\n]+(?:story|article))?[^\S\n]+(?:at|on)[^\S\n]+"
    r"(?P<name>[A-Z][^\n.:;!?]{0,60}?|[\w.-]+\.[a-z]{2,})[^\S\n]*\.?", re.IGNORECASE)


def _read_more(tail: str) -> tuple[str, str]:
    """(the outlet, the line) of a "Read more at NAME" line that is the text's last (`_READ_MORE_RE`)."""
    last = tail.rstrip().rsplit("\n", 1)[-1].strip(" *_>\u2014\u2013-")
    if len(last) > CREDIT_LINE_MAX or "read" not in last.lower() and "continue" not in last.lower():
        return "", ""
    m = _READ_MORE_RE.fullmatch(last)
    return (m.group("name"), " ".join(last.split())) if m else ("", "")


def credited_in_page_type(page_type: str) -> str:
    """The credit a saved page's markup gave ("credited: NAME" in its page type), or ""."""
    at = page_type.find("; " + CREDITED_PART)
    if at < 0:
        return ""
    return page_type[at + 2 + len(CREDITED_PART):].split(";", 1)[0].strip()


def credit_of(agg: Aggregator, outlet: str, page_type: str, text: str, author: str,
              known: Callable[[str], bool]) -> Credit | None:
    """The original a copy on `agg` names (the module's doc), or None. `known(name)`: whether a
    name stands for a rated site or an outlet your table rates (a credit in passing counts only
    then)."""
    from .hosting import platform_named

    found: list[tuple[str, str, bool]] = []
    given = " ".join(outlet.split())
    if given and platform_named(given) is None and not _own(agg, given):
        # (the aggregator's own name given as the outlet, a saved page's og:site_name "MSN", says where the
        # copy is, not whose it is)
        found.append((given, "the outlet given", True))
    marked = credited_in_page_type(page_type)
    if marked:
        found.append((marked, "its provider, as the page's markup names it", True))
    provider, person, line = _story_by(author)
    if provider:
        found.append((provider, f"its credit line \u201c{line}\u201d", True))
    for name, where, firm in _chain(found, _text_credits(text)):
        name = _cleaned(name)
        if not name:
            continue
        if _own(agg, name):
            return Credit(name, where, own=True)
        if firm or known(name):
            return Credit(name, where)
    return None


def _chain(first: list[tuple[str, str, bool]], rest: Iterable[tuple[str, str, bool]]) -> Iterable[tuple[str, str, bool]]:
    yield from first
    yield from rest


# --- a saved page's markup ---------------------------------------------------------------------

# An element that holds the provider's logo or the attribution (its class or id says so).
_PROVIDER_MARK_RE = re.compile(r"provider|attribution|publisher-?logo|source-?logo|partner-?logo|brand-?logo", re.IGNORECASE)
_LOGO_WORDS_RE = re.compile(r"[^\S\n]*\b(?:logo|icon|image)\b[^\S\n]*$", re.IGNORECASE)
_PROVIDER_KEYS = ("provider", "sourceOrganization")


def _ld_names(markup: str) -> tuple[list[str], str]:
    """(the providers, the publisher) the page's JSON-LD gives its article."""
    from .page_jsonld import _name, _read

    articles, by_id = _read(markup)
    providers: list[str] = []
    publisher = ""
    for article in articles:
        providers += [n for n in (_name(article.get(key), by_id) for key in _PROVIDER_KEYS) if n]
        publisher = publisher or _name(article.get("publisher"), by_id)
    return providers, publisher


def _logo_alt(tree: Any) -> str:
    for img in tree.iter("img"):
        alt = " ".join((img.get("alt") or "").split())
        if not alt or len(alt) > 60:
            continue
        el, marked = img, False
        for _ in range(4):
            if el is None:
                break
            if _PROVIDER_MARK_RE.search(f"{el.get('class') or ''} {el.get('id') or ''} {el.get('data-testid') or ''}"):
                marked = True
                break
            el = el.getparent()
        if marked:
            alt = _LOGO_WORDS_RE.sub("", alt).strip()
            if alt:
                return alt
    return ""


def _story_by_in_markup(tree: Any) -> str:
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style"):
            continue
        own = (el.text or "").lower()
        if "story by" not in own:
            continue
        box = el
        for _ in range(3):  # the smallest box around it that holds the provider too
            # (syndic31) not a box that holds the article's headline or paragraphs: "Story by Jane Ray • 3h" names no
            # provider, and the headline before it or the first paragraph after it is none
            if box is not el and any(True for _ in box.iter(*_TEXT_BLOCKS)):
                break
            texts = [t.strip() for t in box.itertext() if t.strip()]
            provider, _person = _pieces("\u2063".join(texts), after_only=True)
            if provider and len(provider) <= PROVIDER_MAX_CHARS:
                return provider
            if box.getparent() is None:
                break
            box = box.getparent()
    return ""


def without_provider(author: str, credit: str) -> str:
    """(syndic31) `author` less a name ("; "-separated) that is the credited provider's: "Story by Tom Pike | Breitbart"
    read by the extractor as the authors "Tom Pike; Breitbart" is Tom Pike's, from Breitbart."""
    if not credit or ";" not in author:
        return author
    key = _squash(credit)
    kept = [n.strip() for n in author.split(";") if n.strip() and _squash(n) != key]
    return "; ".join(kept) if kept else author


def _squash(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


# (syndic31) The elements of an article's own text: a box holding one is more than a byline's.
_TEXT_BLOCKS = ("p", "h1", "h2", "h3", "article", "main")
PROVIDER_MAX_CHARS = 60


def story_by_author(author: str) -> tuple[str, str]:
    """(syndic31) (the writer, the provider) of an author the page's reader took from a "Story by"
    line ("Story by Jane Ray \u2022 Reuters \u2022 3h": ("Jane Ray", "Reuters"); "Story by Jane Ray \u2022 3h":
    ("Jane Ray", "")); `author` itself and "" where it is no such line (a staff writer's "Jane Ray,
    Staff Writer" is the extractor's to read)."""
    if not author or "story by" not in author.lower():
        return author, ""
    provider, person, _line = _story_by(author)
    person = person.strip(" \u2022\u00b7|,;:-\u2013\u2014")
    if not person:
        return author, ""
    return person, _cleaned(provider) if len(provider) <= PROVIDER_MAX_CHARS else ""


def aggregator_page(addresses: Iterable[str]) -> Aggregator | None:
    """The aggregator one of a saved page's addresses (the URL it was given, its canonical link,
    its og:url) is on, or None."""
    from .scorers.source_rating import site_of

    agg = None
    for address in addresses:
        site = site_of(address) if address else ""
        parts = site.split(".")
        agg = agg or aggregator_of(".".join(parts[i:]) for i in range(len(parts) - 1))
    return agg


def page_credit(tree: Any, markup: str, addresses: Iterable[str]) -> str:
    """The original a saved page's markup names, where one of the page's addresses (the URL it
    was given, its canonical link, its og:url) is an aggregator's; "" otherwise (every other page
    is left as it was)."""
    agg = aggregator_page(addresses)
    if agg is None or isinstance(tree, str):
        return ""
    providers, publisher = _ld_names(markup) if "ld+json" in markup else ([], "")
    for name in (*providers, _logo_alt(tree), _story_by_in_markup(tree), publisher):
        name = _cleaned(name or "")
        if name:  # (the aggregator's own name too: its own article, which the text's credits do not overrule)
            return name
    return ""


def with_credit(page_type: str, credit: str) -> str:
    """The page type with the markup's credit after it ("; credited: NAME")."""
    if not credit:
        return page_type
    return f"{page_type}; {CREDITED_PART}{credit.replace(';', ',')}"
