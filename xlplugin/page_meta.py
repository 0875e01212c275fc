"""What a web page says about itself where trafilatura's metadata gets it wrong or misses it:
the article's title, the site's name, the author's name, the date. Used by `xlplugin.pages`.

- Title: trafilatura takes og:title first and, from a `<title>` of "Site | Headline", the
  first part. An og:title that is a URL slug ("kids-seats-test-autumn-2018") or a title that is
  the site's own name ("Ministry", "Law Blog") is no article's title: the `<title>` part that
  is not the site's name is taken then (`article_title`).
- Site name: a page with no og:site_name often names itself in its feed link ("Python Insider
  - Atom") or in its `<title>` beside the headline ("Headline | Site"): `site_name` reads
  those where trafilatura gave none (the host alone is never a name: `pages._outlet`).
- Author: trafilatura reads an author from any element classed "author", and from a meta
  author that is the publisher's address ("Example Online, Hamburg, Germany"). Parts that name
  no writer are left out (`author_parts`): a company ("GmbH", "Online"), a place at the end of
  an address, a web address ("www ..."), share-button words ("Artikel empfehlen"), a theme or
  web agency credited in the footer ("Theme: X by Vendor"). Where what is left is the site's
  own name and the text holds a "Written by: Name" line, that name is the author
  (`written_by`).
- Author where trafilatura gives none (or only a vendor or a company, left out above): the name
  the page links to its author's page with `rel="author"` (a WordPress byline "von <a
  rel="author">Jane Roe</a>"), its first such link (`linked_author`).
- Author who is a user name (inputs16): trafilatura rewrites a forum's or a site's user name
  as a person's name ("crumbly_kate" as "Crumbly Kate", "kestrel_9" as "Kestrel 9",
  "mike1987" as "Mike"). Where the page writes the user name (in its markup: a meta author, a
  byline, a profile link) and nowhere writes the name trafilatura made of it, the author is
  shown as the page writes it (`as_written`): a user name is no person's byline, and the
  provenance cue then gives it none. A page that writes "Tom Francis" beside a profile link
  "/author/tom_francis" names a person, and keeps the name.
- Author and agency in one byline (web25b): a reprint's byline element "By DANIEL ORTEGA
  Associated Press" is read whole by the extractor, so the author was no person. A person's name
  (two to four words, in capitals or capitalised) followed by a news agency's name
  (`kinds.AGENCIES`; an acronym in capitals: "AP", "AFP") is the writer and the agency its
  credit: "Daniel Ortega; Associated Press" (a name in capitals written capitalised). A name
  alone, an agency alone ("Associated Press", "Reuters Staff") or another organisation after a
  name are left as they are (`agency_byline`).
- Site name spelled twice (web26): where the JSON-LD publisher gives the company's legal name
  ("Brightwell Energy plc") and og:site_name the name readers know ("Brightwell Energy"), and
  both name the same site (one is the other with a company suffix, "plc", "Ltd", "Inc.", or with
  "The" before it), og:site_name is the outlet (`known_site_name`). Two different names are
  left as the extractor gave them.
- Date: a date alone on one of the text's first lines ("January 22, 2014"), or after a
  publication label ("Published: 9 May 2026", "Posted on May 9, 2026"; web25b), where the page's
  markup gives none (`text_date`). An update line ("Updated 9 May 2026") gives none.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from html import unescape

__all__ = ["archive_author", "article_title", "generic_title_part", "site_account", "owner_not_site", "site_name", "footer_outlet", "signed_post_author", "slash_dates_day_first", "submitted_line", "titled_site", "without_section_head", "author_parts", "without_address", "written_by", "text_byline", "text_date", "linked_author",
           "byline_author", "without_site_parts", "as_written", "agency_byline"]

_TITLE_TAG_RE = re.compile(r"<title\b[^>]*>([^<]*)</title", re.IGNORECASE)
# the separators a `<title>` puts between a headline and its site's name; (web43) a bullet too ("Headline \u2022 Site")
_TITLE_SEP_RE = re.compile(r"\s+[|\u00bb\u203a\u2013\u2014\u00b7\u2022:-]\s+|\s*\|\s*")
_SLUG_RE = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+){2,}")
_FEED_LINK_RE = re.compile(r"<link\b[^>]*application/(?:rss|atom)\+xml[^>]*>", re.IGNORECASE)
_TITLE_ATTR_RE = re.compile(r"""\btitle\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_FEED_WORDS_RE = re.compile(r"\s*(?:[-\u00bb\u2013|:]\s*)?(?:(?:geo)?rss|atom|feed)(?: \d\.\d+)?\s*$", re.IGNORECASE)
SITE_NAME_MAX_CHARS = 60


def _squash(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


def _title_parts(markup: str) -> list[str]:
    found = _TITLE_TAG_RE.search(markup)
    if found is None:
        return []
    title = " ".join(unescape(found[1]).split())
    return [p.strip() for p in _TITLE_SEP_RE.split(title) if p.strip()]


# (web43) The site's name written as its web address in a title ("Headline | MODEPILOT.de"): a part that is an
# address whose name is the site's (og:site_name "Modepilot") is the site's.
# (The name is the address's first label, before one or two endings: "HOLMEFIELD-ORCHARDS.org.uk".)
_AS_ADDRESS_RE = re.compile(r"(?:www\.)?([\w-]+)(?:\.[a-z]{2,6}){1,2}", re.IGNORECASE)


@lru_cache(maxsize=1)
def _generic_parts() -> frozenset[str]:
    from .lexicon import load_sections

    return frozenset(_squash(e) for e in load_sections("outlet_names.txt")["generic_title_parts"])


def generic_title_part(part: str) -> bool:
    """(web55) Whether a part of a `<title>` or a site name names a section of a site or greets
    its reader ("Home", "Startseite", "Accueil", "Blog", "News", "Welcome": data/outlet_names.txt
    [generic_title_parts]), matched whole: no site's name and no headline."""
    return _squash(part) in _generic_parts()


def _is_site(name: str, sites: set[str]) -> bool:
    if _squash(name) in sites:
        return True
    address = _AS_ADDRESS_RE.fullmatch(name.strip())
    return address is not None and _squash(address[1]) in sites


# (web54) The page's own headings: an <h1>'s text, its inner tags left out.
_H1_RE = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)


def _headline_part(title: str, markup: str) -> str:
    """(web54) The headline where `title` is the page's whole `<title>` of two parts, "Headline |
    Site" ("Homo Example | Regional Office for Civic Education": a Drupal page's <meta name="title">
    repeats its <title>, and the extractor reads that first): the first part, where the page's <h1> is that part word for word (ignoring case and
    marks) and the second part is no one-word label ("Home", "Blog": a page section, not a site's
    name). The second part is then the site's name `site_name` reads. "" otherwise."""
    parts = _title_parts(markup)
    if len(parts) != 2 or _squash(title) != _squash(" ".join(parts)) or len(parts[1].split()) < 2:
        return ""
    heads = {_squash(_TAG_RE.sub(" ", unescape(h))) for h in _H1_RE.findall(markup)}
    return parts[0] if _squash(parts[0]) in heads else ""


# (web56) A site's name that the page repeats at the end of its other titles ("Die neusten News zu Harbour
# Hina", "Allgemeines zu Harbour Hina" in its links' title attributes): at least so many titles, and a name of at
# most so many words (a headline is longer; a share button's "Share: Headline" repeats a headline, at the start).
REPEATED_SITE_MIN_TITLES = 2
REPEATED_SITE_MAX_WORDS = 4


def repeated_site_part(markup: str) -> str:
    """(web56) The last part of the page's `<title>` ("Kapitel 121 - Harbour Hina") where the page
    ends at least REPEATED_SITE_MIN_TITLES other titles (its links' and images' title attributes)
    with it, a word apart: the site's name it signs every title with; "" otherwise (a title of
    one part, a part of more than REPEATED_SITE_MAX_WORDS words, a site's section as "News")."""
    parts = _title_parts(markup)
    if len(parts) < 2:
        return ""
    last = parts[-1]
    if len(last.split()) > REPEATED_SITE_MAX_WORDS or len(last) > SITE_NAME_MAX_CHARS or generic_title_part(last):
        return ""
    whole = " ".join(parts)
    ending = re.compile(r"(?:^|\W)" + re.escape(last.lower()) + r"$")
    others = {t for t in (" ".join(unescape(a or b).split()) for a, b in _TITLE_ATTR_RE.findall(markup))
              if t.lower() != last.lower() and t != whole}
    return last if sum(1 for t in others if ending.search(t.lower())) >= REPEATED_SITE_MIN_TITLES else ""


# (web56) The page's headings and its elements' titles and alternative texts, where its headline may be
# repeated: a heading (h1 to h3), a link's or an image's title, an image's alt
_HEADING_RE = re.compile(r"<h[1-3]\b[^>]*>(.*?)</h[1-3]\s*>", re.IGNORECASE | re.DOTALL)
_ALT_ATTR_RE = re.compile(r"""\balt\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)


def _shown_headlines(markup: str) -> set[str]:
    found = {_squash(_TAG_RE.sub(" ", unescape(h))) for h in _HEADING_RE.findall(markup)}
    found |= {_squash(unescape(a or b)) for regex in (_TITLE_ATTR_RE, _ALT_ATTR_RE) for a, b in regex.findall(markup)}
    return found - {""}


def _holds_outlet(part: str, outlet_words: list[str]) -> bool:
    """Does `part` hold every word of the outlet's name, each as a word's start ("CDU-Fraktion im
    Harbourer Stadtrat" holds "CDU - Fraktion Harbour")?"""
    words = [_squash(w) for w in re.split(r"[\s-]+", part) if _squash(w)]
    return bool(outlet_words) and all(any(w.startswith(o) for w in words) for o in outlet_words)


# (web56) A word two titles share, of this many letters or more: "Ikigai" in two wordings of one headline
SHARED_WORD_MIN_CHARS = 4


def _shared_word(one: str, other: str) -> bool:
    words = {w for w in re.findall(r"\w+", one.lower()) if len(w) >= SHARED_WORD_MIN_CHARS}
    return any(w in words for w in re.findall(r"\w+", other.lower()))


def confirmed_headline(title: str, markup: str, sites: set[str], outlet: str = "") -> str:
    """(web56) The headline the page's `<title>` gives beside its site's name, where the page shows
    that headline again (as a heading, or as its picture's title or alt text) and the extractor's
    `title` is not it: the `<title>` "Harbour Party Group in the City Council - School plan
    approved", the picture titled "School plan approved", the extractor's title the first part; or
    "News - Site Update - Chapter 121 - Harbour Hina" over a page whose <h1> is its section's
    "harbourhina.ch News - Archive" and whose <h2> is "Site Update - Chapter 121". Every part of
    the `<title>` beside the headline must be the site's (`sites`, the name it repeats in its
    titles: `repeated_site_part`, a longer name that holds the outlet's words) or a section ("News");
    "" otherwise, where the extractor's title is already that headline or shares a word with it
    (another wording of the same headline, the page's <h1>: the extractor's stays), and where it is
    none of the `<title>`'s parts and names neither the site nor a section (an og:title of its own)."""
    parts = _title_parts(markup)
    if len(parts) < 2:
        return ""
    # the extractor's title one of the <title>'s parts, or a heading that names the site ("harbourhina.example News")
    # or a section: not a headline of its own (an og:title the <title> words otherwise)
    if _squash(title) not in {_squash(p) for p in parts} and not generic_title_part(title) \
            and not any(_is_site(w, sites) or (_squash(w.split(".")[0]) in sites and "." in w)
                        for w in (w.strip(".,:;!?()[]") for w in title.split())):
        return ""
    shown = _shown_headlines(markup)
    repeated = _squash(repeated_site_part(markup))
    outlet_words = [_squash(w) for w in re.split(r"[\s-]+", outlet) if _squash(w)]

    def site_part(p: str) -> bool:
        return _site_or_date(p, sites) or _squash(p) == repeated or _holds_outlet(p, outlet_words)

    for size in range(len(parts) - 1, 0, -1):  # the longest run of parts first
        for start in range(len(parts) - size + 1):
            run = parts[start:start + size]
            head = _squash(" ".join(run))
            if head not in shown or site_part(" ".join(run)) or not all(site_part(p) for p in parts[:start] + parts[start + size:]):
                continue
            if _squash(title) == head or _shared_word(title, " ".join(run)):
                return ""  # already the headline, or another wording of it ("Mit der Ikigai-Methode ..." over "Ikigai macht ...")
            # the <title>'s own separators kept ("Site Update - Chapter 121")
            whole = " ".join(_TITLE_TAG_RE.search(markup)[1].split())
            joined = " ".join(unescape(whole).split())
            first, last = joined.find(run[0]), joined.rfind(run[-1])
            return joined[first:last + len(run[-1])] if 0 <= first <= last else " ".join(run)
    return ""


def article_title(title: str, markup: str, sites: set[str]) -> str:
    """The article's title: `title` (trafilatura's), unless it is a URL slug or the site's own
    name (`sites`: `names.site_names`); then the longest part of the page's `<title>` that is
    not the site's name, where there is one. A page with no title of its own keeps `<title>`.
    (web54) The whole `<title>` "Headline | Site" as the title is its headline where the page's
    <h1> says which part that is (`_headline_part`). (web55) A title that is a site's section or a
    greeting ("Home", "Startseite": `generic_title_part`) is no article's title either."""
    title = _headline_part(title.strip(), markup) or title.strip()
    if title and not _SLUG_RE.fullmatch(title) and not _is_site(title, sites) and not generic_title_part(title):
        return without_site_parts(title, sites)
    parts = [p for p in _title_parts(markup)
             if not _is_site(p, sites) and not _SLUG_RE.fullmatch(p) and not generic_title_part(p)]
    return max(parts, key=len) if parts else title


# A date a title carries after the site's name ("Headline | DW | 19.01.2020").
_TITLE_DATE_RE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}")


def _site_or_date(part: str, sites: set[str]) -> bool:
    # (web55) or a site's section ("Headline | Home", "Headline - Blog"): no headline's words either
    return _is_site(part, sites) or _TITLE_DATE_RE.fullmatch(part.strip()) is not None or generic_title_part(part)


# (web55) At most so many words of a tagline after the site's name ending a title ("Headline »
# SciLogs - Wissenschaftsblogs", "Headline | Harbour Gazette - News for the Coast"): a tagline is a
# phrase, not a second headline.
TAGLINE_MAX_WORDS = 5
# (web55) At most so many words of a site's name that holds the address's name as one of them
# ("Kanzlei Viehbacher" on viehbacher.com, "Stadt Harbourton" on harbourton.de).
NAMED_SITE_MAX_WORDS = 4


def _site_tail(head: str, sep: str, tail: str, sites: set[str]) -> bool:
    """(web55) Whether `tail`, after `head` and the separator `sep` at the end of a title, is the
    site's name with more words than `sites` holds: the site's name before a tagline or a network's
    name ("SciLogs - Wissenschaftsblogs" on scilogs.example.de: its first part is the site's, and the
    rest a short phrase of fewer words than the headline), or a short name one of whose words is
    the site's name ("Kanzlei Viehbacher" on viehbacher.com: the firm's name; a word of four letters
    or more, no site's section as "Blog"). A colon is no such separator: after one, a headline goes
    on ("Harbourton: Stadt Harbourton plans a bridge"); and the headline keeps two words or more."""
    head_words = len(head.split())
    if sep.strip() == ":" or head_words < 2:
        return False
    parts = [p for p in _TITLE_SEP_RE.split(tail) if p.strip()]
    if len(parts) >= 2:
        rest = sum(len(p.split()) for p in parts[1:])
        return _is_site(parts[0], sites) and rest <= TAGLINE_MAX_WORDS and rest < head_words
    words = tail.split()
    return 2 <= len(words) <= NAMED_SITE_MAX_WORDS and any(
        len(_squash(w)) >= 4 and _squash(w) in sites and not generic_title_part(w) for w in words)


def without_section_head(title: str, url: str) -> str:
    """(lead25) `title` less a first part that is the page's section as its address writes it
    ("r/urbanplanning - Headline" at ".../r/urbanplanning/comments/..."): a forum's or a site's
    section named before the headline is where the page sits, not the headline's words."""
    if not url or not title:
        return title
    path = [p for p in url.split("://", 1)[-1].split("?", 1)[0].split("/")[1:] if p]
    heads = {_squash("/".join(path[:n])) for n in (1, 2) if len(path) > n}  # (a section, not the page itself)
    for sep in _TITLE_SEP_RE.finditer(title):  # the first separator only
        rest = title[sep.end():].strip()
        if rest and _squash(title[:sep.start()]) in heads - {""}:
            return rest
        break
    return title


def without_site_parts(title: str, sites: set[str]) -> str:
    """A title without the site's name (and a date after it) that the page put before or after
    the headline ("Headline | DW | 19.01.2020", "Headline - Example Blog", "Example Blog -
    Headline" -> "Headline"): the site's name is the outlet, not part of the article's title,
    and a headline rule (clickbait, the title line in the text) reads the headline alone. A
    part is the site's where it is the site's name (`sites`), written whole or split at a
    separator ("Jane Roe - Lady 50plus" for the outlet "Jane Roe - Lady 50plus"). (web55) A site's
    section ending it ("Headline | Home": `generic_title_part`) goes too, and a site's name longer
    than `sites` holds it, before a tagline or holding the address's name (`_site_tail`)."""
    seps = list(_TITLE_SEP_RE.finditer(title))
    for sep in seps:  # the longest tail first: "| DW | 19.01.2020" whole
        tail = title[sep.end():]
        head = title[:sep.start()].strip()
        if head and (_is_site(tail, sites) or all(_site_or_date(p, sites) for p in _TITLE_SEP_RE.split(tail))
                     or _site_tail(head, sep[0], tail, sites)):
            title = title[:sep.start()].strip()
            break
    for sep in _TITLE_SEP_RE.finditer(title):  # a leading part: the first separator only
        if title[sep.end():].strip() and _is_site(title[:sep.start()], sites):
            return title[sep.end():].strip()
        break
    return title


def site_name(markup: str, title: str, sites: set[str]) -> str:
    """The site's name where the page gives it outside og:site_name: its feed link's title
    ("Python Insider - Atom" -> "Python Insider"; a feed of comments is not read) where the
    page's `<title>` holds that name too or it is the host's name written apart ("Luxury Haven"
    on luxuryhaven.co; `sites`: `names.site_names`): a feed titled "All articles" names no site;
    else the part of its `<title>` beside the article's `title` ("Headline | Site"; (web55) not a
    site's section, "Headline | Home": `generic_title_part`); "" where neither."""
    page_title = _squash(" ".join(_title_parts(markup)))
    for tag in _FEED_LINK_RE.findall(markup):
        attr = _TITLE_ATTR_RE.search(tag)
        name = unescape((attr[1] or attr[2]) if attr else "")
        if "comment" in name.lower() or "kommentar" in name.lower():
            continue
        name = _FEED_WORDS_RE.sub("", _TITLE_SEP_RE.split(name.strip())[0]).strip()
        if generic_title_part(name):  # (web55) "News - Atom": a section's feed
            continue
        if 2 < len(name) <= SITE_NAME_MAX_CHARS and (_squash(name) in page_title or _squash(name) in sites):
            return name
    parts = _title_parts(markup)
    if len(parts) == 2 and title:
        others = [p for p in parts if _squash(p) != _squash(title)]
        # (web55) not a site's section or a greeting: "Headline | Home" names no site
        if len(others) == 1 and len(others[0]) <= SITE_NAME_MAX_CHARS and not generic_title_part(others[0]):
            return others[0]
    return _colon_site(markup, title, sites) or _copyright_site(markup, sites)


# (webfresh40) A copyright notice's holder: the mark, years, then up to six capitalised words
# ("© 2026 The Dales Chronicle. All rights reserved.", "Copyright 2026 Tidewater Times Publishing Co.");
# (web47) a middle initial with its full stop is one of them where a capitalised word follows ("© 2026 Tomasz J. Nowak")
_COPYRIGHT_HOLDER_RE = re.compile(r"(?:©|&copy;|\([cC]\)|[Cc]opyright|COPYRIGHT)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s+)?"
                                  r"([A-Z][\w'’&-]*(?: (?:[A-Z]\.(?= [A-Z])|[A-Z][\w'’&-]*)){0,5})")


def _copyright_site(markup: str, sites: set[str]) -> str:
    """(webfresh40) The site's name in its copyright notice ("© 2026 The Dales Chronicle. All
    rights reserved." on daleschronicle.co.uk: a print page that names its paper only there and in
    a logo), where the holder, a leading "The" aside, is the host's name written apart (`sites`);
    a company's or a person's name that is not the host's is not read."""
    if not sites:
        return ""
    for found in _COPYRIGHT_HOLDER_RE.finditer(markup):
        holder = found[1]
        bare = holder[4:] if holder.lower().startswith("the ") else holder
        if len(holder) <= SITE_NAME_MAX_CHARS and _is_site(bare, sites):
            return holder
    return ""


# (web44) Where the page's footer starts: the last <footer> element, else the last element classed or named a
# footer or a copyright box ("site-footer", id="copyright").
_FOOTER_START_RE = re.compile(r"<footer\b|<[a-z][a-z0-9]*\b[^>]*\b(?:class|id)\s*=\s*[\"']?[^\"'>]*(?:footer|copyright)",
                              re.IGNORECASE)
_TAG_RE = re.compile(r"<[^>]*>")
# (web46) The end of an element that is more than a word's formatting ("</p>", "</a>", "</li>"; not "</b>", "</span>")
_END_TAG_RE = re.compile(r"</(?!(?:b|strong|em|i|u|small|span|abbr|font)\s*>)[a-z][a-z0-9]*\s*>", re.IGNORECASE)
# (web44) A holder that is no outlet: the notice's own words ("© 2026 All rights reserved", "Alle Rechte
# vorbehalten"), a picture's credit (a photo agency, a news agency: kinds.AGENCIES). Lower case.
_NOT_HOLDER_WORDS = frozenset(
    "all rights reserved alle rechte vorbehalten tous droits réservés todos los derechos reservados photo photos "
    "foto fotos image images picture pictures bild bilder bildrechte bildnachweis fotonachweis credit credits design "
    "theme powered by".split())
# (web44) A holder whose name says it sells software or hosting ("© 2026 Pressline Systems Ltd" under a print page):
# the publishing system's maker, not the outlet (webfresh40's guard). Lower case.
_VENDOR_HOLDER_WORDS = frozenset("systems software solutions technologies technology labs hosting webdesign cms".split())
# (web44) A site template's placeholder holder, left as the template ships it ("Copyright MyCorp © 2026"). Lower case.
_PLACEHOLDER_HOLDERS = frozenset(("mycorp", "my corp", "your company", "company name", "your name", "my website",
                                  "site name", "your site", "lorem ipsum", "example"))
_PHOTO_AGENCIES = frozenset(("getty images", "getty", "shutterstock", "istock", "istockphoto", "alamy", "imago",
                             "picture alliance", "picture-alliance", "unsplash", "pexels", "adobe stock", "depositphotos",
                             "epa", "keystone", "rex features", "wikimedia commons"))
# (web44) A company's legal form after its name ("Harbour Gazette Ltd"): the outlet is the name readers know.
_LEGAL_FORM_RE = re.compile(r"(?:,?\s+(?:Ltd|Limited|LLC|Inc|plc|PLC|GmbH|AG|KG|Co|Corp|SE|S\.A|SA|Media Group))\.?$")


def footer_outlet(markup: str) -> str:
    """(web44) The outlet a page names only in its footer's copyright line ("© 2026 Harbour Gazette",
    "Copyright © Harbour Gazette Ltd 2026" -> "Harbour Gazette"), read where the page gives none
    elsewhere: the first holder of a notice inside the page's footer (`_FOOTER_START_RE`), its legal
    form left out. A notice under a picture or in the body is not read (a photo agency's "© Getty
    Images" is not the outlet), nor one whose holder is the notice's own words ("© 2026 All rights
    reserved"), a photo or news agency (`_PHOTO_AGENCIES`, kinds.AGENCIES), a software maker
    ("Pressline Systems Ltd"), a template's placeholder ("MyCorp") or longer than a site's name."""
    from .kinds import AGENCIES  # (kinds imports the scorers' modules; read at call time)

    starts = [found.start() for found in _FOOTER_START_RE.finditer(markup)]
    if not starts:
        return ""
    footers = [found for found in starts if markup[found:found + 7].lower() == "<footer"]
    # (web46) a holder ends with its element: "<p>© 2026 Jane Doe</p><p><a>Privacy</a></p>" is not "Jane Doe Privacy"
    shown = _END_TAG_RE.sub("\n", " ".join(markup[(footers or starts)[-1]:].split()))
    footer = "\n".join(" ".join(unescape(_TAG_RE.sub(" ", line)).split()) for line in shown.split("\n"))
    for found in _COPYRIGHT_HOLDER_RE.finditer(footer):
        words = found[1].split()
        # (the notice's own words after the holder, "Harbour Gazette All Rights Reserved", are not its name)
        cut = next((n for n, word in enumerate(words) if word.lower() in _NOT_HOLDER_WORDS), len(words))
        holder = _LEGAL_FORM_RE.sub("", " ".join(words[:cut])).strip()
        if (not holder or len(holder) > SITE_NAME_MAX_CHARS or holder.lower() in _PHOTO_AGENCIES | AGENCIES.keys() | _PLACEHOLDER_HOLDERS
                or any(word.lower() in _VENDOR_HOLDER_WORDS for word in holder.split())):
            continue
        return holder
    return ""


def titled_site(holder: str, markup: str) -> str:
    """(web46) The site's name as the page's `<title>` gives it in its last (else first) part, where the
    footer's copyright holder is that name with more words after it ("\u00a9 CHIP Digital GmbH 2019" under the
    title "Akkuschrauber, Werkzeug & Co - Test - CHIP": the publisher company is named for its site): the
    site the page names, not the company behind it. "" where the title gives no such part."""
    words = holder.split()
    parts = _title_parts(markup)
    if len(words) < 2 or len(parts) < 2:
        return ""
    for part in (parts[-1], parts[0]):
        head = part.split()
        if len(head) < len(words) and words[:len(head)] == head and len(part) <= SITE_NAME_MAX_CHARS:
            return part
    return ""


# (web44) Blogger's signature under a post, as classic templates print it: "posted by NAME at 12:53" ("Posted by
# NAME at 5:11 AM"), the name one to three words of up to 30 characters each.
_POSTED_AT_RE = re.compile(r"\b[Pp]osted by\s+([^\s<>|·•]{1,30}(?:\s[^\s<>|·•]{1,30}){0,2}?)\s+at\s+\d{1,2}[:.]\d{2}\b")
# (web44) Names a blog platform signs with where it knows no writer (lower case).
_UNSIGNED_NAMES = frozenset(("anonymous", "anonym", "anonyme", "anónimo", "unknown", "unbekannt", "guest", "gast"))


def signed_post_author(markup: str, url: str = "", outlet: str = "") -> str:
    """(web44) The writer a blog post signs with in the template's own line "posted by NAME at 12:53"
    (Blogger's classic post footer; the name may be one word, a handle: "Stadler", "rasos"), where the
    page holds that line once: a blog's front page signs each of its posts, and its first post's
    writer is not the page's. A name the names rules read as no writer is not read: a desk or a role
    (names' not_person_words: "admin", "team"), an unsigned post ("Anonymous"), the site's own name;
    a name of two or more words must credit a person (`names.credits_a_person`). "" where none."""
    from .names import _not_person_words, credits_a_person, site_names, squash

    if "osted by" not in markup:
        return ""
    shown = " ".join(unescape(_TAG_RE.sub(" ", markup)).split())
    signed = _POSTED_AT_RE.findall(shown)
    if len(signed) != 1:
        return ""
    name = signed[0].strip(".,:;")
    words = name.lower().split()
    if not words or any(w in _not_person_words() or w in _UNSIGNED_NAMES for w in words):
        return ""
    if squash(name) in site_names(url, outlet) or (outlet and squash(name) == squash(outlet)):
        return ""
    if len(words) == 1:  # a handle: the page's own signature names its writer, as a byline would
        return name if any(c.isalpha() for c in name) else ""
    return name if credits_a_person(name, url, outlet) else ""


def _colon_site(markup: str, title: str, sites: set[str]) -> str:
    """(webfresh40) Blogger's browser title "Blog Name: Post title": the part before the colon,
    where the rest is the article's `title` and that part is the host's name written apart
    ("Ridgeway Rambles" on ridgewayrambles.blogspot.com). A label before a colon ("Analysis: ...",
    "Print: ...") is no host's name and is not read."""
    found = _TITLE_TAG_RE.search(markup)
    if found is None or not title:
        return ""
    head, sep, rest = " ".join(unescape(found[1]).split()).partition(": ")
    if sep and _squash(rest) == _squash(title) and len(head) <= SITE_NAME_MAX_CHARS and _is_site(head, sites):
        return head.strip()
    return ""


# Words of a credited part that is no person: a company's legal form or an online edition,
# share buttons. Lower case.
_NOT_WRITER_WORDS = frozenset(
    "gmbh ag kg ltd inc llc plc verlag online empfehlen teilen share recommend drucken print".split())
# Countries that end a publisher's address in a meta author ("X, Hamburg, Germany").
_COUNTRIES = frozenset(
    "germany deutschland austria österreich switzerland schweiz france usa uk italy spain".split())
# Words before a footer credit of a theme or a web agency ("Theme: X by", "Webdesign:").
_VENDOR_CONTEXT_RE = re.compile(r"(?:theme|design|powered|realisiert|umsetzung|agentur|developed)\b[^<]{0,60}"
                                r"(?:<[^>]*>[^<]{0,40}){0,4}(?:<[^>]*)?$", re.IGNORECASE)


def without_address(name: str) -> str:
    """A site name without the address after it ("Example Online, Hamburg, Germany" ->
    "Example Online"): the name is the part before the city and the country."""
    parts = [p.strip() for p in name.split(",")]
    if len(parts) >= 2 and parts[-1].lower() in _COUNTRIES:
        return parts[0]
    return name


def _credited_by_footer(name: str, markup: str) -> bool:
    """Is every mention of `name` in the markup a theme's or a web agency's credit?"""
    spots = [m.start() for m in re.finditer(re.escape(name), markup)]
    return bool(spots) and all(_VENDOR_CONTEXT_RE.search(markup[max(0, s - 300):s]) for s in spots)


# The endings of a web address written as a name ("Www Example De", "Example Com").
_ADDRESS_ENDINGS = frozenset("de com net org info at ch eu fr uk co io".split())


def _web_address_as_name(lower: str) -> bool:
    words = lower.replace(".", " ").split()
    return bool(words) and (words[0] == "www" or (len(words) <= 3 and words[-1] in _ADDRESS_ENDINGS))


# (web28) a wiki's collective of editors credited as the author ("Contributors to Harbourpedia projects",
# "Harbourpedia contributors", "the editors of X"): many unnamed hands, no writer
_EDITORS_CREDIT_RE = re.compile(r"^(?:the )?(?:contributors|editors) (?:to|of)\b|\b(?:contributors|editors)$")


def site_account(author: str, outlet: str) -> bool:
    """(web54) Is `author` the site's own account: one word that is the outlet's name less the
    organisation words after it ("Luxurious" on "Luxurious Magazine", "harbour" on "Harbour News
    Media": provenance.txt [not_person_words])? A blog's login named for the site, not a writer. A
    name the outlet does not open with, or followed by other words ("Julia" on "Julia Travels"),
    is not."""
    from .names import _not_person_words

    words = outlet.lower().split()
    return (len(author.split()) == 1 and len(words) >= 2 and words[0] == author.lower()
            and all(w in _not_person_words() for w in words[1:]))


def author_parts(parts: list[str], markup: str) -> list[str]:
    """The parts of an author (split at ";") that name a writer (see the module's doc)."""
    lowers = [p.lower() for p in parts]
    country = next((i for i, p in enumerate(lowers) if p in _COUNTRIES), None)
    kept = []
    for i, (part, lower) in enumerate(zip(parts, lowers)):
        words = set(re.findall(r"\w+", lower))
        if country is not None and (i >= country or (i == country - 1 and len(words) == 1)):
            continue  # "..., City, Country": a publisher's address
        if words & _NOT_WRITER_WORDS or _web_address_as_name(lower) or _credited_by_footer(part, markup) \
                or _EDITORS_CREDIT_RE.search(lower):
            continue
        kept.append(part)
    return kept


# <a ... rel="author" ...>Name</a> (rel may hold other words: "author external"); the name: the
# link's own text, no markup inside.
_REL_AUTHOR_RE = re.compile(r"""<a\s[^>]*(?<=\s)rel\s*=\s*["']?[^"'>]*\bauthor\b[^>]*>([^<]{2,80})</a>""", re.IGNORECASE)


def linked_author(markup: str) -> str:
    """The text of the page's first `rel="author"` link ("Jane Roe"); "" where it has none, or
    where that text is an address or a button ("https://...", "@handle", "Mehr vom Autor")."""
    found = _REL_AUTHOR_RE.search(markup)
    if found is None:
        return ""
    name = " ".join(unescape(found[1]).split())
    if "://" in name or name.startswith(("@", "www.")) or not name[:1].isupper() or len(name.split()) > 4:
        return ""
    return name


# (web54) A link to the site's page of one writer's articles, as blog and news systems address it
# ("/author/jane-roe/", "/autor/jane-roe", "https://example.com/authors/jane_roe"), and its text.
_ARCHIVE_LINK_RE = re.compile(r"""<a\b[^>]*\bhref\s*=\s*["'][^"']*/(?:author|authors|autor|autoren)/[^"'/?#]+/?["'][^>]*>(.*?)</a\s*>""",
                              re.IGNORECASE | re.DOTALL)
# A person's name as a byline link shows it: two to four capitalised words ("Jane Roe", "Anna-Lena van Dijk" aside).
_LINKED_NAME_RE = re.compile(r"[A-Z\u00c0-\u00de][\w'\u2019.-]+(?: [A-Z\u00c0-\u00de][\w'\u2019.-]+){1,3}")

# The words of a link to such a page that is a button, not a name ("Author Archives", "All Posts By", "Alle Beiträge").
_ARCHIVE_WORDS = frozenset(("author", "authors", "autor", "autorin", "autoren", "archive", "archives", "archiv",
                            "posts", "beiträge", "artikel", "articles"))


def archive_author(markup: str) -> str:
    """(web54) The writer the page links to their page of articles ("<a href="/author/jane-roe/">Jane
    Roe</a>" under the headline, with no rel="author" and no meta author naming a person), where
    every such link with a text on the page names that one person ("von Jane Roe" read as "Jane
    Roe"); "" where the links name two or more people (a list of stories, each with its writer, or
    a team box), or none (a button: "View all posts", "Author Archives"; a name with a role after
    it: "Jane Roe, CEO")."""
    names = set()
    for text in _ARCHIVE_LINK_RE.findall(markup):
        name = _VON_RE.sub("", " ".join(unescape(_TAG_RE.sub(" ", text)).split()))
        name = re.sub(r"^by\s+", "", name, flags=re.IGNORECASE)
        if name:
            names.add(name)
    if len(names) != 1:
        return ""
    name = names.pop()
    if not _LINKED_NAME_RE.fullmatch(name) or _ARCHIVE_WORDS & set(name.lower().split()):
        return ""
    from .names import not_a_person

    return "" if not_a_person(name) else name  # the site's own account ("The Example Press"), a desk


_WRITTEN_BY_RE = re.compile(r"(?i:written by|text|von|by)\s*:\s*([A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,3})\s*$")


def written_by(text: str) -> str:
    """The name on a "Written by: Name" line among the text's first 20 lines; "" if none."""
    for line in text.split("\n")[:20]:
        found = _WRITTEN_BY_RE.fullmatch(line.strip())
        if found:
            return found[1]
    return ""


# (web43) A byline line in the article's head that no markup names ("<p>By Jane Doe</p>", "<p><em>Von Jane Roe</em></p>":
# no class, no meta author):
# the name on a "By Name" line among the text's first TEXT_BYLINE_HEAD_LINES lines, read as a text file's byline is
# (`file_titles.author_line`: capitalised words naming a person; "By Reuters", "By the time ..." name none). A text
# with another such line ("By Tom Reed" under a second teaser, or the same name under each) is a list of stories:
# no author.
TEXT_BYLINE_HEAD_LINES = 5
_VON_RE = re.compile(r"^von\s+(?=[A-Z\u00c0-\u00de])", re.IGNORECASE)


def text_byline(text: str) -> str:
    """The person a "By Name" line in the text's head credits (see above); "" where none does, or where another
    line of the text credits someone so too."""
    from .file_titles import author_line

    # German "Von Name" as "By Name" (a text file's byline reads "By" alone: "Von" opens prose there too)
    lines = [_VON_RE.sub("By ", ln.strip()) for ln in text.split("\n") if ln.strip()]
    name = author_line("\n".join(lines[:TEXT_BYLINE_HEAD_LINES]))[0]
    if not name:
        return ""
    credits = [ln for ln in lines if ln[:3].lower() in ("by ", "wri") and author_line(ln)[0]]
    # two writers as a page's authors are given ("Jane Doe; Tom Reed", as the extractor joins them)
    return name.replace(" and ", "; ") if len(credits) == 1 else ""


_MONTHS = ("january february march april may june july august september october november december").split()
_MONTH_RE = "(" + "|".join(m[:3] + r"[a-z]*\.?" for m in _MONTHS) + ")"
# (web41) a weekday before the date: "Thursday 12 March 2026", "Thu, March 12, 2026"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_TEXT_DATE_RES = (
    (re.compile(_WEEKDAY + _MONTH_RE + r"\s+(\d{1,2}),?\s+(\d{4})", re.IGNORECASE), (0, 1, 2)),  # January 22, 2014
    (re.compile(_WEEKDAY + r"(\d{1,2})\.?\s+" + _MONTH_RE + r",?\s+(\d{4})", re.IGNORECASE), (1, 0, 2)),  # 22 January 2014
)


# (web25b) The label a page's own date line may open with, as a text file's date line does
# (`file_titles.date_line`): "Published: 9 May 2026", "Published 9 May 2026", "Posted on May 9,
# 2026", "First published ...", "Date: ...". Not "Updated" (the text's last change), nor a member's
# "Joined" or a closing date: those labels are not read, so their line gives no date.
_DATE_LABEL_RE = re.compile(r"(?:(?:originally|first)\s+)?(?:posted|published)(?:\s+on)?\s*:?\s+|date\s*:\s*",
                            re.IGNORECASE)


def text_date(text: str) -> str:
    """The ISO date of a date alone on one of the text's first three lines, or after a
    publication label (_DATE_LABEL_RE) alone there, or (web41) a date line alone a little further
    down, under a standfirst and a byline (`page_dates.date_head`); "" if none."""
    from .page_dates import date_head

    for line in date_head([ln.strip() for ln in text.split("\n") if ln.strip()]):
        label = _DATE_LABEL_RE.match(line)
        if label is not None:
            line = line[label.end():]
        for pattern, (m, d, y) in _TEXT_DATE_RES:
            found = pattern.fullmatch(line)
            if found is None:
                continue
            groups = found.groups()
            month = next((i for i, name in enumerate(_MONTHS, 1) if groups[m].lower().startswith(name[:3])), 0)
            try:
                return date(int(groups[y]), month, int(groups[d])).isoformat()
            except ValueError:
                return ""
    return ""


# (web45) Drupal's byline and date line over a node, as its themes print it: "Submitted by NAME on DATE" (the date
# in the site's format: "Wed, 02/11/2026 - 19:42", Drupal's default month/day/year, or "14 May 2026", "May 14, 2026")
_SUBMITTED_RE = re.compile(r"Submitted by\s+(?P<name>\S.{0,60}?)\s+on\s+(?P<date>\S.{0,40}?)\s*")
_US_DATE_RE = re.compile(_WEEKDAY + r"(\d{1,2})/(\d{1,2})/(\d{4})(?:\s*-\s*\d{1,2}:\d{2}(?:\s*[ap]m)?)?", re.IGNORECASE)


# (web46) A date written with slashes ("23/02/2026", "02/23/2026"), and the page's language in its <html lang>
_SLASH_DATE_RE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")
_HTML_LANG_RE = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?([a-z]{2,3})(?:[-_]([a-z]{2}))?""", re.IGNORECASE)
_SCRIPT_RE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def slash_dates_day_first(markup: str) -> bool:
    """(web46) Does the page write its dates with slashes day first ("23/02/2026")? Where another such date
    on the page can only be read one way (a first number over 12: day first; a second over 12: month
    first), that way; else by the page's language: day first unless it is English with no region or the
    United States' (Drupal 7's default "02/11/2026" is month first, as American English writes it; a German,
    French or British page writes the day first)."""
    shown = _TAG_RE.sub(" ", _SCRIPT_RE.sub(" ", markup))
    seen = {(int(a) > 12, int(b) > 12) for a, b, _ in _SLASH_DATE_RE.findall(shown)}
    if (True, False) in seen and (False, True) not in seen:
        return True
    if (False, True) in seen and (True, False) not in seen:
        return False
    lang = _HTML_LANG_RE.search(markup)
    return lang is not None and not (lang[1].lower() == "en" and (lang[2] or "us").lower() == "us")


def submitted_line(text: str, head: bool = True, day_first: bool = False) -> tuple[str, str, str]:
    """(web45) (the line, its writer, its ISO date) of a Drupal node's "Submitted by NAME on DATE" line
    among the text's first TEXT_BYLINE_HEAD_LINES lines (anywhere in it where not `head`: a whole page's
    text, menus over it), where the text holds one such line (a list of nodes signs each); the writer ""
    where the name is a role ("admin": names' not_person_words), the date "" where not read. ("", "", "")
    where there is none. A date with slashes is read month first (Drupal 7's default), day first where
    `day_first` (the page writes its dates so: `slash_dates_day_first`) or where only that reading is a date."""
    from .names import _not_person_words

    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    found = [m for m in map(_SUBMITTED_RE.fullmatch, lines) if m is not None]
    if len(found) != 1 or (head and found[0][0] not in lines[:TEXT_BYLINE_HEAD_LINES]):
        return "", "", ""
    line, name, shown = found[0][0], found[0]["name"], found[0]["date"]
    if any(w in _not_person_words() for w in name.lower().split()):
        name = ""
    us_date = _US_DATE_RE.fullmatch(shown)
    if us_date is not None:
        first, second = int(us_date[1]), int(us_date[2])
        if (day_first or first > 12) and second <= 12:
            first, second = second, first
        try:
            return line, name, date(int(us_date[3]), first, second).isoformat()
        except ValueError:
            return line, name, ""
    return line, name, text_date(shown)


# A byline element: an element whose class or id says it holds the author ("byline",
# "author", German "autor": `<div class="dig-autoren">Von Jane Roe</div>`, `<div
# id="artikelautor">`), or a label element whose whole text is the word for author, the name
# after it (`<li><strong>Author</strong> Jane Roe</li>`). (sources20) A blog theme's line under
# the headline, "entry-meta" or "post-meta" (WordPress: `<div class="entry-meta">Posted on 2 October
# 2025 by Jan Whitley</div>`), is one too where a credit opens its text (_BYLINE_PREFIX_RE).
_BYLINE_MARK_RE = re.compile(r"byline|author|autor|entry-meta|post-meta", re.IGNORECASE)
_AUTHOR_LABEL_RE = re.compile(r"(?:authors?|autor(?:in|en)?|by|von|text)\s*:?", re.IGNORECASE)
# Where a byline names some other text's author, or none: a reader's comment, another story's
# teaser, a related-articles box, a photo gallery, an avatar image's box.
_OTHER_BOX_RE = re.compile(r"comment|kommentar|teaser|related|gallery|avatar|widget|sidebar", re.IGNORECASE)
# (sources20) A live blog's "Live reporting by", a blog's "Posted on 2 October 2025 by" (a date of at
# most four words between "on" and "by").
_BYLINE_PREFIX_RE = re.compile(r"^(?:(?:authors?|autor(?:in|en)?|text|written by|posted by|by|von|(?:live )?reporting by|reported by"
                               r"|(?:posted|published)(?: on)?(?:\s+[\w,./-]+){1,4}\s+by)\s*:?[\s|]+)+",
                               re.IGNORECASE)
# A person's name: two to four capitalised words (particles of names inside), nothing after it
# but initials in brackets ("(eg)": an editor's), a date or a place after a comma or a bar.
_PERSON_NAME_RE = re.compile(r"([A-Z\u00c0-\u00de][\w'\u2019.-]*(?:\s+(?:(?:van|von|de|der|den|da|di|du|del|la|le|bin|ibn|al)\s+)?"
                             r"[A-Z\u00c0-\u00de][\w'\u2019.-]*){1,3})(?:\s*\([^)]{1,12}\))?\s*(?:$|[,|\u2013\u2014\u00b7]|\s-\s|(?P<and>and\s+))")
BYLINE_ELEMENT_MAX_CHARS = 80
# (webfresh40) A story's meta line under the headline, classed for what it holds ("story-meta",
# "article-info", "meta-line", "post-details": `<p class="story-meta">By Owen Tregarthen · <time>...`),
# is a byline element too where its text opens with a credit ("By", "Von", "Written by"): a line of
# the section, the reading time or the date alone names no one and is not read.
_META_MARK_RE = re.compile(r"meta|info|details|credit", re.IGNORECASE)
_CREDIT_OPEN_RE = re.compile(r"(?:by|von|written by|words by|posted by)\s+\S", re.IGNORECASE)
# (speed) the page is parsed for such a line only where a class or id holds one of the words (every
# page has <meta> tags)
_META_ATTR_MARK_RE = re.compile(r"""\b(?:class|id)\s*=\s*["']?[^"'>]*(?:meta|info|details|credit)""", re.IGNORECASE)


def _in_other_box(element) -> bool:
    for node in element.iterancestors():
        marks = (node.get("class") or "") + " " + (node.get("id") or "")
        if _OTHER_BOX_RE.search(marks):
            return True
    return False


def _element_name(chunks: list[str], url: str, outlet: str) -> str:
    """The person's name a byline element's text gives ("Von Jane Roe", "Author: Jane Roe
    (eg)"); "" where it gives none (a list of links, a bio, an organisation). `chunks`: its text
    as its child elements break it ("Autor:", "Jane Roe", "Google+"), read as if a bar stood
    between them: a name ends where its element does."""
    from .names import not_a_person

    text = " | ".join(" ".join(c.split()) for c in chunks if c.strip())
    credit = _BYLINE_PREFIX_RE.sub("", text).lstrip(" |:")
    found = _PERSON_NAME_RE.match(credit)
    if found is None or not_a_person(found[1], url, outlet):
        return ""
    if found["and"]:  # (sources20) "Live reporting by Aoife Kearney and Ben Sutcliffe": both, as trafilatura joins them
        second = _PERSON_NAME_RE.match(credit, found.end())
        if second is not None and not second["and"] and not not_a_person(second[1], url, outlet):
            return f"{found[1]}; {second[1]}"
    return found[1]


def byline_author(markup: str, url: str = "", outlet: str = "") -> str:
    """The person's name in the page's first byline element that gives one (see above), not in
    a comment, a teaser, a related box or a gallery; "" where none does. Read where the page
    gives no author, or only the site's own name or another name that is no person's."""
    if not _BYLINE_MARK_RE.search(markup) and not _META_ATTR_MARK_RE.search(markup):
        return ""
    import lxml.html

    try:
        tree = lxml.html.fromstring(markup)
    except (ValueError, TypeError, lxml.etree.ParserError):
        return ""
    for element in tree.iter("*"):
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "meta", "link", "img"):
            continue
        marks = (element.get("class") or "") + " " + (element.get("id") or "")
        if _BYLINE_MARK_RE.search(marks) and not _OTHER_BOX_RE.search(marks):
            box = element
        elif element.tag in ("strong", "b", "span", "dt", "th", "label") and \
                _AUTHOR_LABEL_RE.fullmatch((element.text_content() or "").strip()) and element.getparent() is not None:
            box = element.getparent()
        elif _META_MARK_RE.search(marks) and not _OTHER_BOX_RE.search(marks) and \
                _CREDIT_OPEN_RE.match((element.text_content() or "").strip()):
            box = element
        else:
            continue
        if len(" ".join(box.text_content().split())) > BYLINE_ELEMENT_MAX_CHARS or _in_other_box(element):
            continue
        name = _element_name(list(box.itertext()), url, outlet)
        if name:
            return name
    return ""


# The characters a user name joins its words with, or adds to them ("crumbly_kate", "dana.okafor",
# "mike1987"), which trafilatura's author rules replace with spaces or drop.
_HANDLE_JOINERS = r"[\d_.-]*"


def _handle_for(name: str, markup: str) -> str:
    """The user name in `markup` that trafilatura turned into `name` ("crumbly_kate" for
    "Crumbly Kate"), or "" where the page writes none: the same letters in order, joined or
    ended by digits, "_", "." or "-", and holding one of them (or, for a name of two words or
    more, written as one word: "crumblykate"); and trafilatura's own rule gives `name` from it."""
    letters = [c for c in name if c.isalpha()]
    if not letters or not all(c.isascii() for c in letters) or name in markup:
        return ""  # (a page that writes the name so, "Tom Francis" beside /author/tom_francis, names a person)
    # (web54) and what trafilatura drops from a digit on ("majainfos_zlfca4v6" -> "Majainfos Zlfca", "anna2b" ->
    # "Anna": a login a blog made with a random ending), so the name it made is still traced to its user name
    pattern = r"(?<![A-Za-z0-9])" + _HANDLE_JOINERS + _HANDLE_JOINERS.join(map(re.escape, letters)) \
        + _HANDLE_JOINERS + r"(?:\d\w*)?(?![A-Za-z0-9])"
    several_words = " " in name.strip()
    for found in re.finditer(pattern, markup, re.IGNORECASE):
        handle = found[0].strip("._-")
        if handle == name or not (re.search(r"[\d_.]|[a-z]-[a-z]", handle) or (several_words and " " not in handle)):
            continue
        if _trafilatura_name(handle) == name:
            return handle
    return ""


def _trafilatura_name(written: str) -> str:
    """The author trafilatura makes of `written` (its `normalize_authors`), or "" where this
    trafilatura has no such function (then no user name is restored)."""
    try:
        from trafilatura.json_metadata import normalize_authors
    except ImportError:  # (an internal function: a later trafilatura may move it)
        return ""
    return normalize_authors(None, written) or ""


def as_written(author: str, markup: str) -> str:
    """`author` ("; "-separated names, as trafilatura gives them) with each name that trafilatura
    made of a user name written back as the page writes it ("Crumbly Kate" -> "crumbly_kate")."""
    if not author:
        return author
    return "; ".join(_handle_for(name, markup) or name for name in author.split("; "))


# (web25b) A person's name then an agency's, in one credit: "DANIEL ORTEGA Associated Press",
# "Maria Lopez, AFP", "JANE ROE / Reuters". A name's word: capitalised or in capitals, or a
# particle ("van", "de"); the separators a credit puts between the name and the agency.
_NAME_WORD_RE = re.compile(r"[A-Z\u00c0-\u00de][\w'\u2019.-]*|" + "|".join(
    "van von de der den da di du del la le bin ibn al".split()))
_CREDIT_SEP_RE = re.compile(r"^(?:[,/|\u2013\u2014-]\s*)?(?:(?:of|for)\s+)?")


def agency_byline(author: str) -> str:
    """`author` as "Person; Agency" where it is one credit giving a person's name and then a news
    agency's (the module's doc); else `author` unchanged."""
    from .kinds import AGENCIES  # (kinds imports the scorers' modules; read at call time)
    from .names import not_a_person

    if not author or ";" in author:
        return author
    words = author.split()
    if words and words[0].lower() == "by":
        words = words[1:]
    for size in range(2, min(4, len(words) - 1) + 1):
        name_words = [w.rstrip(",/|") for w in words[:size]]
        if not all(_NAME_WORD_RE.fullmatch(w) for w in name_words) or not name_words[0][:1].isupper():
            break
        agency = _CREDIT_SEP_RE.sub("", " ".join(words[size:]).lstrip(",/|\u2013\u2014- ")).rstrip(".")
        key = agency.lower().removeprefix("the ")
        if key not in AGENCIES:
            continue
        if len(key) <= 5 and " " not in key and not agency.isupper():
            return author  # a short word is an agency's acronym only in capitals ("Jane Roe Ap")
        name = " ".join(name_words)
        if name.isupper():
            name = name.title()
        return author if not_a_person(name) else f"{name}; {agency}"
    return author


def without_outlet_tail(author: str, outlet: str) -> str:
    """(web56) Each name of `author` (parts at ";") less the outlet's name run on after it, a word apart
    ("Daniel Roe quaymart" on the site "quaymart", "Jane Roe Quay News" on "Quay News"): the site
    named beside its writer in one credit, as `agency_byline` takes an agency off. A name left of
    fewer than two words, or the outlet's name alone, stays as it was."""
    if not author or not outlet.strip():
        return author
    tail = re.compile(r"\s+" + re.escape(" ".join(outlet.split())) + r"$", re.IGNORECASE)
    names = []
    for name in author.split(";"):
        name = name.strip()
        person = tail.sub("", name)
        names.append(person if person != name and len(person.split()) >= 2 and not _no_person(person) else name)
    return "; ".join(names)


def _no_person(name: str) -> bool:
    from .names import not_a_person

    return bool(not_a_person(name))


# (web26) A company's legal suffix after its name ("Brightwell Energy plc", "Harbour Media, Ltd."),
# and "The" before a name: the same site named as readers know it without them.
_COMPANY_SUFFIX_RE = re.compile(
    r",?\s+(?:plc|p\.l\.c\.|ltd\.?|limited|inc\.?|incorporated|llc|llp|corp\.?|corporation|co\.|"
    r"gmbh|ag|s\.?a\.?|n\.?v\.?|b\.?v\.?|pty\.?\s+ltd\.?)\s*$", re.IGNORECASE)
_THE_RE = re.compile(r"^the\s+", re.IGNORECASE)


def _bare_site_name(name: str) -> str:
    bare = _COMPANY_SUFFIX_RE.sub("", " ".join(name.split()))
    return _THE_RE.sub("", bare).lower()


def owner_not_site(outlet: str, markup: str, title: str, sites: set[str]) -> str:
    """(book52) The site's own name where `outlet` is the company that owns the site, not the site
    a reader names: a publisher whose name ends in a legal form ("Wikimedia Foundation, Inc.",
    "Harwick Media Group Ltd": data/outlet_names.txt [legal_forms], as the Outlets sheet reads it)
    on a page that names its site otherwise, by og:site_name, application-name or its `<title>`
    beside the headline ("Headline - Wikipedia": `site_name`). `outlet` otherwise: a publisher
    with no legal form ("Frankfurter Allgemeine Zeitung" beside og:site_name "FAZ.NET") is a name
    readers know too, and a company that names no site stays (the page gives nothing better)."""
    from .scorers.source_rating import legal_form_left_off, outlet_key

    if not outlet or not legal_form_left_off(outlet):
        return outlet
    from .page_hints import HEAD_CHARS, _metas

    metas = _metas(markup[:HEAD_CHARS])
    for site in (metas.get("og:site_name", ""), metas.get("application-name", ""), site_name(markup, title, sites)):
        if 2 < len(site) <= SITE_NAME_MAX_CHARS and outlet_key(site) != outlet_key(outlet) and not legal_form_left_off(site):
            return site
    return outlet


def known_site_name(outlet: str, markup: str) -> str:
    """(web26) The page's og:site_name where it names the same site as `outlet` (the extractor's,
    often the JSON-LD publisher's legal name) spelled otherwise: one is the other with a company
    suffix ("plc", "Ltd", "Inc.") or "The" before it; `outlet` otherwise (two different names, the
    same name in other capitals, or no og:site_name)."""
    if not outlet or "og:site_name" not in markup:
        return outlet
    from .page_hints import HEAD_CHARS, _metas

    og = _metas(markup[:HEAD_CHARS]).get("og:site_name", "")
    if not og or og.lower() == outlet.lower() or len(og) > 60:
        return outlet  # the same name in other capitals ("the Guardian"): the extractor's spelling stays
    same = _bare_site_name(og) == _bare_site_name(outlet) and _bare_site_name(og) != ""
    return og if same else outlet
