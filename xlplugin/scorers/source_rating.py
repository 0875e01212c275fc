"""Source rating: a rating of the outlet or domain, joined by URL or outlet name.

Measures nothing in the text: it looks up the row's URL domain (and its parent domains) and its
outlet name, first in the ratings table the user supplied (a Sources sheet or CSV: domain or
outlet, rating, rater), then, when nothing there matches, in the built-in table: the Lin et al.
2023 consensus domain ratings (`xlplugin/data/source_ratings_lin2023.csv`, 11,520 news domains,
the first principal component of six expert rating sets; Lin et al. 2023, PNAS Nexus 2(9)
pgad286). The setting `sources.builtin = 0` (`[sources] builtin = false`, `--no-builtin-ratings`)
turns the built-in table off. With no match it is empty with a note.
A page on a user's own site or path of a hosting platform (someone.blogspot.com,
medium.com/@someone, a Facebook post: `xlplugin/hosting.py`, `data/hosting_platforms.txt`) is not
rated by the platform's entry nor its parent domain's, in either table: a platform's rating is
not its users' rating. An entry for that user's site itself still applies; the note says why.
(syndic30) A copy of another outlet's article on an aggregator (msn.com, Yahoo, AOL:
`xlplugin/aggregator_copies.py`, `data/aggregators.txt`) is rated as the original it credits (your
table's rating of the aggregator itself still wins); one that names no original keeps the
aggregator's rating, and the note says whose it is.
Native value: the rating, 0..1 (higher = rated more reliable by the rater), as the rater gave it.
Normalised score: a built-in rating is 1 at or above RATING_FULL and 0 at or below RATING_ZERO,
linear between (`builtin_score`; the points and where they come from are at RATING_FULL); a
rating from your own table is its own score (your rater's scale: 1 costs nothing).
Evidence: none in the text; the note names the matched domain or outlet and the rater (an outlet
of your table as you wrote it, "The Daily Ledger"; a domain as its key, "example.com").
Blind spots: rates outlets, not articles (a careful article on a poorly rated site gets the
site's rating); inherits whatever the rater believes; the built-in ratings date from 2023 and
cover mostly English-language news domains; a domain that changed hands keeps its old rating; a
blog host missing from the hosting table still lends its users its rating, and an aggregator missing
from data/aggregators.txt its own rating to the copies it carries.
"""

from __future__ import annotations

import re
import unicodedata

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Mapping
from urllib.parse import urlsplit

from ..errors import DataFileError
from ..lexicon import data_text
from ..hosting import Platform, UserSite, user_site
from ..links import is_web_address, readable_host
from ..settings import Settings
from ..text import Document
from ..types import Score, SignalInfo
from ..wrapped_links import Wrapped, page_address, unwrap
if TYPE_CHECKING:  # (aggregator_copies is read at call time: it reads this module's names)
    from ..aggregator_copies import Aggregator, Credit

__all__ = ["NAME", "VERSION", "UNIT", "BUILTIN_RATER", "BUILTIN_FILE", "RATING_FULL", "RATING_ZERO", "builtin_score", "score", "domain_of", "rating_key", "outlet_key", "outlet_group", "outlet_name", "outlet_text", "rating_used", "ratings_matching", "builtin_ratings", "INFO"]

NAME = "source_rating"
# 7: a rating from your own table is read by the same points as a built-in one (until 6 it was its
# own score, so rating bbc.co.uk 0.9 yourself cost the index points its built-in 0.718 did not),
# and the note says what it did; 6: a built-in rating counts fully for the index at or above RATING_FULL and 0 at or below
# RATING_ZERO (until 5 the raw rating was the score, so a rating of 0.7 cost like a text scoring
# 0.7); the value, the column and the note still give the rating as the rater gave it; 5: an outlet your table rates is named as you wrote it ("The Daily Ledger", not its key "the
# daily ledger") in the note, `details["matched"]` and the Why; 3: a URL that is not a web address
# ("n/a", 3) is not looked up; 4: a user's site on a hosting platform (someone.blogspot.com,
# medium.com/@someone) is not rated by the platform's entry
VERSION = "20"  # 20: (book50) its unit and header say the direction ("rating 0..1 (higher = rated more reliable)", "Source rating 0-1 (higher = rated more reliable)"); a company's legal form ending an outlet's name after a comma or after two words or more ("Harwick Media, Inc.", "Nordblick Verlag GmbH", "Eastshire Echo Ltd": data/outlet_names.txt [legal_forms], outlet_key) is no part of it: your table's rating of "Harwick Media" rates it, and the Outlets sheet groups the spellings as one; "News Corp" and "Radio AG" (one word before it) and a name that is only a legal form ("Inc.") keep theirs. 19: (excel32) an outlet given by name alone with no rating says that the built-in ratings are by web address, and names the rated sites of that name ("Infowars": infowars.com), never rating by a name; where they rate a site of that name, the row's Status says so too (details["status"]). 18: (syndic31) a copy on an aggregator whose last line sends the reader on to the original ("Read more at Newsweek", "Read the full story at The Guardian", "Continue reading at foxnews.com": aggregator_copies._read_more) is rated as that outlet where nothing firmer credits one and the name stands for a rated site (a credit in passing, as a copyright line); a list heading ("More from Newsweek:") and such a line inside the text credit no one; a saved msn page's "Story by NAME \u2022 3h" credits no one (the headline before it was read as the provider). 17: (syndic30) a copy of another outlet's article on an aggregator (msn.com, Yahoo, AOL, NewsBreak, Flipboard ...: data/aggregators.txt) is rated as the original it credits (the outlet given, the page's provider in its markup, a "Story by NAME • Fox News" line, "This article originally appeared on ...", a copyright line, a news agency's credit: aggregator_copies), by your table, else by the built-in rating of the site the name stands for, and the note, the Status ("source rated as foxnews.com: a copy on msn.com of Fox News's article") and the Outlets sheet say so; credited to an outlet neither table rates, no rating; a copy that names no original keeps the aggregator's rating, said to be the aggregator's; your rating of the aggregator still wins. 16: (loose29) a row rated by its URL's site whose outlet given names another site the built-in table rates (an outlet column "Infowars" on a bbc.co.uk address, rated bbc.co.uk's 0.718 unseen) keeps the URL's rating, but its note and the Status column say that the two name different sites and how the outlet's is rated, and the Outlets sheet groups the row with the site that rated it (details "mismatch", "outlet_site", "url_site"); a name that may be the URL's site's ("New York Times" and nytimes.com, "BBC News" and bbc.co.uk) or names no rated site is not questioned. 15: (hunt26a) an address that is not the page's own is read as the page it holds (a Wayback Machine or archive.today copy, Google's cache and AMP viewer, a Google, Facebook, Outlook Safe Links, Bing News, Reddit, YouTube or LinkedIn redirect: wrapped_links), never rated as the archive's or redirector's (news.google.com 0.791, google.com 0.668, bing.com 0.800 were given to whatever page they led to); a Google News article link or a short link (t.co, bit.ly) rates no web site; the note says which; a URL cell's "<...>", quotation marks or Markdown link are no part of it, and a cell holding two addresses names neither (cells.given_meta); your table's rating of an outlet's name over a built-in rating of the URL's site is said; press-release wires (prnewswire.com 0.751), researchgate.net, change.org, gettr.com and parler.com are hosting platforms (data/hosting_platforms.txt). 14: (guard22) marks no one sees (a byte order mark, a zero-width space, a soft hyphen) are no part of an outlet's name and a control character (a NUL) is a space (outlet_key, _NAME_MARKS), and a metadata cell is read without such marks at its ends (cells.given_meta): "\ufeffTruth Blog" is rated as "Truth Blog"; a placeholder in brackets or quotes ("(unknown)") names no outlet. 13: (lead, session 20) a name written with a full stop and no space ("Harwick-Courier.", "U.S.") is an outlet's name, not a web site, in a ratings table and in the groups (source_rating._names_a_site: a dot inside, before a last part of two letters or more). 12: (outlets21) an outlet's name is one key under more spellings: an abbreviation's full stops ("U.S. News", "U.S News" and "US News"; "St. Aldric" and "St Aldric"), accents on Latin letters ("L'Écho" and "L'Echo") and brackets ("Harwick Courier (Online)" and "Harwick Courier Online") aside; a site and a name stay apart, unless one row of a --ratings file gives both (a domain and an outlet column: ratings_table._named_too). 11: (meta20) a rating typed with a site's mobile or AMP host ("m.site.example", "amp.site.example") rates the site, every host of it (rating_key reads it as site_of does). 10: (outlets20) an outlet's name is one key for its spellings (outlet_key): case, a leading "The", a closing full stop or comma, hyphens, dashes and underscores (read as spaces), apostrophes and quotation marks straight or curly, repeated spaces and Unicode compatibility forms (NFKC) aside; "The Harwick Courier." and "Harwick-Courier" are rated by a row for "Harwick Courier". 9: (marks20) a Google AMP cache address ("site-example.cdn.ampproject.org/c/s/site.example/...") is rated as the site's own address (site_address). 8: (rows17) a URL with a non-ASCII host ("münchen-zeitung.de") or a trailing dot is read, and rated in either spelling (links.readable_host)
UNIT = "rating 0..1 (higher = rated more reliable)"  # (book50: the direction, as the other units say theirs)


def _why(sig: Score) -> str:
    """The Why's words for a rating that cost the index no whole point: "source bbc.co.uk rated
    0.718 of 1 by ...: a rating of 0.692 or more costs no points". The rating is on the scale the
    Sources sheet and the Source rating column use (0 to 1, as the rater gave it); the Why's only
    other numbers are index points (no share "of its weight", a third scale)."""
    reading = _plain_reading(sig.value) if sig.details.get("reading") else ""
    return _rated(sig) + (f": {reading}" if reading else "")


def _costed_why(sig: Score, points: int) -> str:
    """The Why's words for a rating that cost the index `points` whole points (said before them:
    "source rating -37 points: "): the rating on the Sources sheet's scale and what would cost
    none, "example.com rated 0.2 of 1 by my desk, under the 0.692 that costs no points"."""
    if not sig.details.get("reading"):
        return _rated(sig, "")
    if sig.value <= RATING_ZERO:
        return _rated(sig, "") + f", at or under the {RATING_ZERO:g} that costs the most points"
    return _rated(sig, "") + f", under the {RATING_FULL:g} that costs no points"


def _rated(sig: Score, lead: str = "source ") -> str:
    rater = sig.details.get("rater") or "your table"
    return f"{lead}{sig.details.get('matched', '')} rated {sig.value:g} of 1 by {rater}"


def _plain_reading(rating: float) -> str:
    """What a rating that cost no whole point did to the index, for a reader of the Why column,
    in index points ("a rating of 0.692 or more costs no points"). (The signal's note and details
    keep `builtin_reading`'s words, which are part of its scores.)"""
    if rating >= RATING_FULL:
        return f"a rating of {RATING_FULL:g} or more costs no points"
    return f"{RATING_FULL:g} or more costs no points, {RATING_ZERO:g} or less costs the most"


# The built-in rating's normalisation points (README, "Where each default weight comes from";
# `scripts/fit_index.py` prints them), by the rule the other signals' points follow, on SemEval's
# tune half (articles whose URL the table rates): full score at the median rating of the plain
# articles ("a typical report's outlet earns it", as provenance's graded cues), 0 at the 10th
# percentile of the hyperpartisan ones (the mirror of loaded language's voice points, 0 at the
# 90th percentile of the hyperpartisan articles: here less is worse). Among the 11,520 rated
# domains 0.692 is about the 74th percentile and 0.152 about the 1st.
RATING_FULL = 0.692
RATING_ZERO = 0.152


INFO = SignalInfo(
    NAME,
    # (book50) the direction, as every other score header says its own ("higher = worse"); no
    # longer "(yours, else built-in)": with the direction it wrapped to seven lines of its
    # 12-character column, past the header row's six (the Why column names the rater)
    header="Source rating 0-1 (higher = rated more reliable)",
    phrase=_why,
    costed_phrase=_costed_why,
    reading=(
        "A rating of the outlet or web site, matched by the row's URL domain or outlet name: "
        "your own from the Sources sheet first, else the built-in Lin et al. 2023 consensus "
        "ratings of 11,520 news domains (PNAS Nexus 2(9) pgad286). The Why column names the "
        "rater. Empty when neither rates it.",
        "0-1; higher = rated more reliable by the rater.",
        "An outlet your rater trusts.",
        "An outlet your rater distrusts.",
        "Rates the outlet, not the article; only as good as the rater.",
    ),
    # Not in the terminal table, and no XLP_ function of its own (XLP_EVIDENCE and XLP_SCORES
    # show it): a rating of the outlet, not of the text in the cell.
    aliases=("source", "rating"),
    number_format="0.00",
    colours=(RATING_ZERO, RATING_FULL),  # by what a rating does to the index (builtin_score)
    abbreviation="rating",
    # (book50) its direction, in the words the Outlets sheet's mean index says it in (five lines
    # of its 12-character columns, where the header's own took six of the header row's six)
    outlets_header="Source rating 0-1 (higher = more reliable)",
)

BUILTIN_FILE = "source_ratings_lin2023.csv"
BUILTIN_RATER = "Lin et al. 2023 (consensus of expert ratings)"



def builtin_score(rating: float) -> float:
    """A rating's normalised score (a built-in one's, and since version 7 one from your table): 1 at or above RATING_FULL, 0 at or below RATING_ZERO,
    linear between."""
    return min(1.0, max(0.0, (rating - RATING_ZERO) / (RATING_FULL - RATING_ZERO)))


def builtin_reading(rating: float) -> str:
    """What a rating did to the index, in words ("at or above 0.58: no cost")."""
    if rating >= RATING_FULL:
        return f"at or above {RATING_FULL:g}: no cost"
    if rating <= RATING_ZERO:
        return f"at or below {RATING_ZERO:g}: full cost"
    return f"counts {builtin_score(rating):.2f} of 1, between {RATING_ZERO:g} (full cost) and {RATING_FULL:g} (no cost)"


def domain_of(url: str) -> str:
    """The host of a URL without "www." ("" when there is none), one spelling for each site
    (`links.readable_host`: lower case, no trailing dot, an "xn--" name read as its letters), so
    that a ratings table's "münchen-zeitung.de" or "xn--mnchen-zeitung-gsb.de" rates either
    spelling of a document's URL."""
    url = url.strip()
    if not url:
        return ""
    if "//" not in url:
        url = "//" + url
    try:
        host = readable_host(urlsplit(url).hostname or "")
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


# (marks20) A Google AMP cache address carries the site's own address after "/c/" ("/c/s/" for
# https): "https://site-example.cdn.ampproject.org/c/s/site.example/news/a" is site.example's page.
_AMP_CACHE_RE = re.compile(r"^(?:https?:)?//[^/]*\.cdn\.ampproject\.org/(?:[a-z]/)*?(?:s/)?([^/?#\s]+\.[^/?#\s]+(?:[/?#]\S*)?)$",
                           re.IGNORECASE)
# (marks20) The mobile and AMP hosts of a site: its pages under another first label.
_MOBILE_LABELS = ("m.", "mobile.", "amp.")
_SUFFIX_LABELS = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or"})


def site_address(url: str) -> str:
    """The address of the page a URL shows: a Google AMP cache address read as the site's own
    ("https://site-example.cdn.ampproject.org/c/s/site.example/a" is "https://site.example/a");
    (hunt26a) an archive's copy or a redirect that holds the page's address read as that address
    ("web.archive.org/web/2020/https://site.example/a", "google.com/url?q=...":
    `wrapped_links.page_address`), and "" for a link that names no page (a Google News article
    link, t.co, bit.ly); any other URL as it is."""
    address = page_address(url)
    found = _AMP_CACHE_RE.match(address.strip())
    return "https://" + found.group(1) if found else address


def site_of(url: str) -> str:
    """The site a URL belongs to, one key for each site's spellings, for grouping documents by
    outlet (--by-outlet, the Outlets sheet): its host as `domain_of` reads it (no "www.", lower
    case, no trailing dot), an AMP cache address read as the site's (`site_address`), and a
    mobile or AMP host ("m.", "mobile.", "amp.", "www.m.") as the site's own host, where a site
    is left ("m.harwickcourier.example" is "harwickcourier.example"). A rating of the site
    already rates these hosts (a host's parent domains are looked up: `_candidates_of`)."""
    host = domain_of(site_address(url))
    host = host[4:] if host.startswith("www.") else host
    for label in _MOBILE_LABELS:
        rest = host[len(label):]
        # (a site is left: "m.co.uk" leaves a country's suffix, no site)
        if host.startswith(label) and "." in rest and rest.split(".")[0] not in _SUFFIX_LABELS:
            return rest
    return host


def _section(url: str) -> str:
    """The first path segment of a URL ("" when none): a few rated domains rate one section."""
    url = url.strip()
    if "//" not in url:
        url = "//" + url
    try:
        path = urlsplit(url).path
    except ValueError:
        return ""
    return path.strip("/").split("/", 1)[0].lower()


def _candidates(doc: Document) -> tuple[tuple[str, ...], UserSite | None]:
    return _candidates_of(doc.url, doc.outlet)


# (speed40) A refresh asks for each row's keys three times, in three passes over the rows (its
# rating for the Outlets sheet, then twice for the Sources sheet's notes): about 85 microseconds a
# time, most of a kept row's cost. Kept for as many rows as most workbooks have (about 550 bytes
# an entry: 9 MB when full, in a scoring worker too; a larger workbook's rows are worked out in each
# pass, as before). The keys are a tuple, so that no caller can change the ones kept.
@lru_cache(maxsize=16384)
def _candidates_of(url: str, outlet: str) -> tuple[tuple[str, ...], UserSite | None]:
    """Keys to look up, most specific first: host/section, host, parent domains, outlet; and the
    user's site on a hosting platform the URL (or outlet domain) is on, if any, whose platform's
    keys are left out (`_hosted_keys`)."""
    out: list[str] = []
    hosted: UserSite | None = None
    # a URL cell holding something else than a web address ("n/a", "-", 3) is no URL to rate
    # (marks20) a Google AMP cache address is looked up as the site's own
    # (hunt26a) an outlet cell holding a web address is read as the URL is (a Google News link there rates no site)
    for source in (site_address(url) if is_web_address(url) else "",
                   site_address(outlet.strip()) if "." in outlet and " " not in outlet.strip() else ""):
        host = domain_of(source)
        if not host:
            continue
        hosted = hosted or user_site(source)
        section = _section(source)
        if section:
            out.append(f"{host}/{section}")
        parts = host.split(".")
        out += [".".join(parts[i:]) for i in range(len(parts) - 1)]
    if outlet.strip():
        out.append(outlet_key(outlet))
    keys = tuple(dict.fromkeys(out))
    if hosted is not None:
        keys = tuple(key for key in keys if key not in _hosted_keys(hosted.platform))
    return keys, hosted


# (outlets20) The marks an outlet's name is typed with in more than one way. An apostrophe or a
# quotation mark, straight or curly (L'Écho, L’Écho, "Courier"), is left out; a hyphen, a dash or
# an underscore between words is a space (Harwick-Courier, Harwick_Courier).
_NAME_MARKS = str.maketrans({**{mark: None for mark in "'\u2018\u2019\u201a\u201b\u02bc\u02bb\u0060\u00b4\u2032\u2035"
                                '"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u2033'},
                             **{mark: " " for mark in "-_\u2010\u2011\u2012\u2013\u2014\u2015\u2212"}})
# (outlets21) Brackets are marks too: "Harwick Courier (Online)" is "Harwick Courier Online".
_NAME_MARKS.update({ord(mark): " " for mark in "()[]{}"})
# (guard22) Marks no one sees are no part of a name: a byte order mark (U+FEFF, left by joining two
# CSV files or pasted), zero-width spaces and joiners, a word joiner, a soft hyphen; a control
# character (a NUL) is read as a space.
INVISIBLE_MARKS = "\ufeff\u200b\u200c\u200d\u2060\u00ad"
_NAME_MARKS.update({ord(mark): None for mark in INVISIBLE_MARKS})
_NAME_MARKS.update({code: " " for code in (*range(0x20), 0x7f)})
# What a name may end (or start) with that is no part of it: a full stop, a comma, a colon.
_NAME_EDGES = " .,;:!?\u00b7\u2022|*~"
# (outlets21) The full stops of an abbreviation: an initial's ("U.S." and "U.S" are "US", "D.C."
# "DC": a letter standing alone before it and a letter after) and a word's last ("St. Aldric" is
# "St Aldric"). A full stop inside a word stays ("harwickcourier.example", "news.com.au"), as does
# one between digits ("Radio 1.5").
_NAME_DOTS_RE = re.compile(r"(?<=\b[^\W\d_])\.(?=[^\W\d_](?:\b|\.))|(?<=\w)\.(?=\s|$)")
# (outlets21) An accent on a Latin letter (after NFD: "É" is "E" and U+0301): "L'Écho" and
# "L'Echo" are one name. Only on Latin letters: in other scripts such a mark may make another
# letter (Cyrillic "й" is "и" and a breve).
_LATIN_ACCENTS_RE = re.compile(r"(?<=[A-Za-z])[\u0300-\u036f]+")


def outlet_text(text: str) -> str:
    """A text read the way an outlet's name is compared (`outlet_key`): its Unicode compatibility
    forms folded (NFKC: a full-width letter, a ligature), accents on Latin letters left out
    ("É" is "E"), case folded, apostrophes and quotation marks left out, a hyphen, dash,
    underscore or bracket read as a space, an abbreviation's full stops left out ("U.S." is
    "us", "St." is "st"), runs of white space one space."""
    text = unicodedata.normalize("NFKC", text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", _LATIN_ACCENTS_RE.sub("", unicodedata.normalize("NFD", text)))
    text = " ".join(text.translate(_NAME_MARKS).casefold().split())
    return _NAME_DOTS_RE.sub("", text) if "." in text else text


def outlet_name(outlet: str) -> str:
    """An outlet's name as `outlet_text` reads it, with what it starts or ends with that is no part
    of the name left off ("Harwick Courier." is "harwick courier"); a leading "The" is kept (a
    text that credits "the Courier" is looked up by it: copies)."""
    return outlet_text(outlet).strip(_NAME_EDGES)


def outlet_key(outlet: str) -> str:
    """An outlet name as one key for all its spellings, by which the ratings table, --by-outlet
    and the Outlets sheet join and group documents: `outlet_name` without a leading "The".
    "Harwick Courier", "HARWICK  COURIER", "The Harwick Courier", "Harwick Courier.",
    "Harwick-Courier" and "“Harwick Courier”" are all "harwick courier"; "L'Écho", "L’Écho"
    and "L'Echo" are one, as are "U.S. News" and "US News", "Harwick Courier (Online)" and
    "Harwick Courier Online" (outlets21). Words are never dropped or guessed: "The Times" and
    "The Sunday Times", "The Sun" and "Sun Journal", "News" and "US News" stay apart, as do a web
    site and a name ("harwickcourier.example" and "Harwick Courier": only your table joins them).
    (book50) A company's legal form at the end is no word of the name (`_without_legal_form`):
    "Harwick Media, Inc." and "Harwick Media" are one key, "News Corp" and "News" stay two."""
    name = outlet_name(outlet)
    rest = name[4:] if name.startswith("the ") else ""
    return _without_legal_form(rest.strip(_NAME_EDGES) or name)


def legal_form_left_off(outlet: str) -> bool:
    """(book51) Whether `outlet_key` leaves a company's legal form off the end of `outlet`'s name
    ("Harwick Media, Inc." is keyed "harwick media"): the name then is a company's, which may
    publish more than one outlet, and the Outlets sheet joins it to the bare name only on a shared
    web site (`outlets.rollup`)."""
    name = outlet_name(outlet)
    rest = name[4:] if name.startswith("the ") else ""
    key = rest.strip(_NAME_EDGES) or name
    return _without_legal_form(key) != key


@lru_cache(maxsize=1)
def _legal_forms() -> tuple[str, ...]:
    """The legal forms of data/outlet_names.txt [legal_forms], the longest first ("pty ltd"
    before "ltd")."""
    from ..lexicon import load_sections  # (read at first use, as the ratings are)
    return tuple(sorted(load_sections("outlet_names.txt")["legal_forms"], key=len, reverse=True))


def _without_legal_form(key: str) -> str:
    """(book50) `key` without the legal forms that end it ("harwick media, inc" is "harwick
    media"; "nordblick verlag gmbh" is "nordblick verlag"), by the rule at data/outlet_names.txt:
    only after a comma or after two words or more, so that "news corp" stays, and never down to
    nothing ("inc" stays)."""
    while True:
        form = next((form for form in _legal_forms() if key.endswith(" " + form)), None)
        before = key[: -len(form) - 1].rstrip() if form else ""
        if before.endswith(","):
            before = before.rstrip(" ,")
        elif len(before.split()) < 2:
            return key
        if not before.strip(_NAME_EDGES):
            return key
        key = before.strip(_NAME_EDGES)


def outlet_group(outlet: str) -> str:
    """The key documents are grouped by their outlet with (--by-outlet, the Outlets sheet, the
    repeated-paragraph groups): a web site typed as the outlet as its URL's site is
    ("www.harwickcourier.example" is "harwickcourier.example": `site_of`, by which a rating of the
    site rates it), any other name by `outlet_key`."""
    if _names_a_site(outlet) and "/" not in outlet:
        return site_of(outlet.strip()) or outlet_key(outlet)
    return outlet_key(outlet)


def _names_a_site(written: str) -> bool:
    """Whether a name is written as a web site: a dot inside it (a closing full stop does not
    count) before a last part of two letters or more, and no space ("harwickcourier.example",
    "news.com.au"; not "Harwick-Courier." or "U.S.", names with a full stop)."""
    text = written.strip().rstrip(".")
    return "." in text and " " not in text and len(text.rsplit(".", 1)[1]) >= 2


def rating_key(written: str) -> str:
    """What a user wrote in a ratings table's "domain or outlet" cell, as the key a document's
    URL or outlet is looked up by (`_candidates_of`): a web site the way a document's host is
    read (no scheme, no "www.", no port, lower case, no trailing dot; a first path segment is
    kept: "example.com/opinion" rates that section, as a document's URL is looked up), so that
    "https://www.BBC.co.uk/" is "bbc.co.uk"; anything else is an outlet name (`outlet_key`).
    (meta20) A mobile or AMP host is the site's (`site_of`, as --by-outlet groups it): a rating
    typed as "m.harwickcourier.example" (an address copied on a phone) rates the whole site."""
    text = written.strip()
    if _names_a_site(text):
        host = site_of(text).rstrip(".")
        if host:
            section = _section(site_address(text))  # (hunt26a: a Wayback copy's "web/..." is no section)
            return f"{host}/{section}" if section else host
    return outlet_key(text)


def rating_used(url: str, outlet: str, ratings: Mapping[str, tuple[float, str]]) -> str | None:
    """The key of `ratings` (a user's table) that rates a document with this URL and outlet, as
    `score` picks it (the most specific), or None."""
    return next((key for key in _candidates_of(url, outlet)[0] if key in ratings), None)


def ratings_matching(url: str, outlet: str, ratings: Mapping[str, tuple[float, str]]) -> list[str]:
    """Every key of `ratings` that matches a document with this URL and outlet, the one that rates
    it first (`rating_used`): the others are outranked by it (for the summary, `ratings_table`)."""
    return [key for key in _candidates_of(url, outlet)[0] if key in ratings]


def _hosted_keys(platform: Platform) -> frozenset[str]:
    """The keys that rate a hosting platform, not its users' sites: its domain and the domains
    above it ("sites.google.com", "google.com")."""
    parts = platform.domain.split(".")
    return frozenset(".".join(parts[i:]) for i in range(len(parts)))


@lru_cache(maxsize=1)
def builtin_ratings() -> dict[str, float]:
    """The built-in table, {domain: rating}, read on first use (about 10 ms)."""
    table: dict[str, float] = {}
    for number, line in enumerate(data_text(BUILTIN_FILE).splitlines(), start=1):
        if not line or line.startswith("#") or line == "domain,rating":
            continue
        domain, sep, rating = line.rpartition(",")
        if not sep or not domain:
            raise DataFileError(f"{BUILTIN_FILE}:{number}: expected 'domain,rating', got {line!r}")
        try:
            value = float(rating)
        except ValueError:
            raise DataFileError(f"{BUILTIN_FILE}:{number}: rating {rating!r} is no number") from None
        if not 0.0 <= value <= 1.0:
            raise DataFileError(f"{BUILTIN_FILE}:{number}: rating {value} outside 0..1")
        table[domain] = value
    return table


def score(doc: Document, settings: Settings) -> Score:
    found = _rating(doc, settings)
    wrapped, what = (unwrap(doc.url) if doc.url and is_web_address(doc.url) else None), "the URL"
    if wrapped is None and "." in doc.outlet and " " not in doc.outlet.strip():  # (an outlet cell holding one)
        wrapped, what = unwrap(doc.outlet.strip()), "the outlet given"
    return found if wrapped is None else replace(found, note=_wrapped_note(found, wrapped, what))


def _wrapped_note(found: Score, wrapped: Wrapped, what: str = "the URL") -> str:
    """(hunt26a) The note of a document whose URL is not the page's own address (an archive's
    copy, a redirect, a short link: `wrapped_links`): what it was read as, or that it names no
    web site, so that a rating is never taken for the wrapper's, nor a missing one unexplained."""
    if wrapped.address:
        said = f"{what} is {wrapped.via}: read as the page's own address on {site_of(wrapped.address)}"
    else:
        said = (f"{what} is {wrapped.via}, which does not say which page it leads to: it rates no web site "
                "(give the page's own address, or its outlet)")
    if found.note == _NOTHING_TO_RATE:
        return "no web site or outlet to rate: " + said
    return f"{found.note}; {said}"


_NOTHING_TO_RATE = "no URL or outlet to rate"


def _rating(doc: Document, settings: Settings) -> Score:
    candidates, hosted = _candidates(doc)
    if not candidates and hosted is None:
        return Score(NAME, None, None, UNIT, note=_NOTHING_TO_RATE)
    agg = _aggregator(doc, candidates)
    if agg is not None:  # (syndic30) a copy on an aggregator: rated as the outlet it credits
        return _copy_rating(doc, agg, candidates, hosted, settings)
    return _lookup(doc, candidates, hosted, settings)


def _lookup(doc: Document, candidates: tuple[str, ...], hosted: UserSite | None, settings: Settings) -> Score:
    builtin = bool(settings["sources.builtin"])
    ratings = settings.ratings
    for key in candidates:
        if key in ratings:
            rating, rater = ratings[key]
            return _with_conflict(_yours(_written(key, settings.rating_names), rating, rater), key, doc, builtin)
    if builtin:
        table = builtin_ratings()
        for key in candidates:
            if key in table:
                return _outlet_elsewhere(_builtin(key, table[key]), key, doc, table)
    if not ratings and not builtin:
        return Score(NAME, None, None, UNIT, note="no source ratings: the built-in table is off and you supplied none")
    where = "in your table or the built-in ratings" if builtin and ratings else ("in the built-in ratings" if builtin else "in your table")
    if hosted is not None:
        return _hosted_unrated(hosted, where, ratings, builtin)
    said, status = _by_address(doc, candidates, builtin)
    return Score(NAME, None, None, UNIT, note=f"no rating for this source {where}{said}",
                 details={"status": status} if status else {})


# (excel32) The built-in ratings are by web address: an outlet given by name alone ("Infowars",
# "Fox News") is never matched there, and "no rating for this source" read as if the outlet had
# none (fresh31: "Infowars" 93.8, "infowars.com" 56.3). The note says to give the address, and
# names the sites of that name the built-in table has (loose29's `_sites_named`: "Fox News" is
# foxnews.com's), never picking one: the rating is not taken from a name.
def _by_address(doc: Document, candidates: tuple[str, ...], builtin: bool) -> tuple[str, str]:
    """(excel32) For a document rated by its outlet's name alone (no web address given as its url
    or outlet): what the note adds (the built-in ratings are by web address, and the sites of that
    name they rate), and, where they rate a site of that name, what the row's Status says (the
    rating a name like "Infowars" would have is worth the reader's knowing; a name no rated site
    has says nothing there); ("", "") otherwise."""
    if not builtin or not doc.outlet.strip() or any("." in key for key in candidates):
        return "", ""
    sites = _sites_named(doc.outlet, builtin_ratings())
    said = ": the built-in ratings are by web address, not by name: give the outlet's web address (its url, or as the outlet) to use them"
    shown = " ".join(doc.outlet.split())
    if len(sites) == 1:
        return (f"{said} (they rate {sites[0]})",
                f"source not rated: the built-in ratings are by web address, and \u201c{shown}\u201d is a name: "
                f"give {sites[0]} as the outlet or the page's address as the url, if that is its site")
    if sites:
        named = ", ".join(sites[:4])
        return (f"{said} (they rate {len(sites)} sites of that name: {named}; the name alone does not say which)",
                f"source not rated: the built-in ratings are by web address, and \u201c{shown}\u201d is a name "
                f"that several rated sites have ({named}): give its own as the outlet or the page's address as the url")
    return said, ""


def _aggregator(doc: Document, candidates: tuple[str, ...]) -> Aggregator | None:
    """(syndic30) The aggregator a row is a copy on (`aggregator_copies`): its URL's site (or, with
    no URL, the site or aggregator's name given as its outlet, "msn.com", "MSN"), or None."""
    from ..aggregator_copies import aggregator_named, aggregator_of

    found = aggregator_of(candidates)  # (a look-up per key: the rows on no aggregator stop here)
    if found is not None and is_web_address(doc.url) and site_address(doc.url):
        return aggregator_of(_candidates_of(doc.url, "")[0])  # (the URL's site, not an outlet cell's)
    if found is None and doc.outlet.strip() and not (is_web_address(doc.url) and site_address(doc.url)):
        return aggregator_named(doc.outlet)
    return found


def _possessive(name: str) -> str:
    return f"{name}'s"


def _copy_rating(doc: Document, agg: Aggregator, candidates: tuple[str, ...], hosted: UserSite | None,
                 settings: Settings) -> Score:
    """(syndic30) A copy on an aggregator (msn.com, Yahoo, AOL ...: `aggregator_copies`) is rated
    as the outlet it credits: your table's rating of the aggregator itself first (you rated it),
    then your rating of the original (its name or its site), then the built-in rating of the site
    the original's name stands for; credited to an outlet neither table rates, no rating (the
    aggregator's would be taken for the writer's). A copy that names no original keeps the
    aggregator's rating, and the note and the Status say whose it is."""
    from ..aggregator_copies import aggregator_named, credit_of, sites_of

    ratings = settings.ratings
    table = builtin_ratings() if settings["sources.builtin"] else {}
    agg_keys = [k for k in candidates if k.split("/")[0] == agg.domain or k.split("/")[0].endswith("." + agg.domain)]
    given = doc.outlet if is_web_address(doc.url) or aggregator_named(doc.outlet) is None else ""
    everyone = builtin_ratings()

    def known(name: str) -> bool:
        return bool(sites_of(name, table)) or any(k in ratings for k in _original_keys(name, everyone))

    credit = credit_of(agg, given, doc.page_type, doc.text, doc.author, known)
    copy = f"a copy on {agg.domain} of {_possessive(credit.name)} article" if credit and not credit.own else ""
    yours = next((k for k in agg_keys if k in ratings), None)
    if yours is not None or credit is None or credit.own:
        found = _lookup(doc, candidates, hosted, settings)
        matched = found.details.get("matched", "")
        if credit is not None and not credit.own and found.value is not None:
            said = f"{copy} ({credit.where}), but your table rates {matched} itself: your rating is used"
            return replace(found, note=f"{found.note}; {said}")
        if credit is None and found.value is not None and found.details.get("rater") == BUILTIN_RATER and matched in agg_keys:
            status = (f"source rated as {matched}, an aggregator that republishes other outlets' articles: the copy names "
                      "no original outlet, so the rating is the aggregator's and does not judge the outlet that wrote it")
            return replace(found, note=f"{found.note}; {status}", details={**found.details, "copy": status,
                                                                            "aggregator": agg.domain})
        return found
    for key in _original_keys(credit.name, everyone):
        if key in ratings:
            rating, rater = ratings[key]
            found = _yours(_written(key, settings.rating_names), rating, rater)
            return _as_copy(found, copy, credit, agg, key)
    site = next(iter(sites_of(credit.name, table)), "")
    if site:
        return _as_copy(_builtin(site, table[site]), copy, credit, agg, site)
    where = "in your table or the built-in ratings" if table and ratings else ("in the built-in ratings" if table else "in your table")
    status = (f"source not rated: {copy}, which is not rated {where}; {agg.domain}'s own rating is not used, "
              "as it does not judge the outlet that wrote the article")
    return Score(NAME, None, None, UNIT, note=f"{copy} ({credit.where}): no rating for {credit.name} {where}; "
                 f"{agg.domain}'s own rating is not used, as it does not judge the outlet that wrote the article",
                 details={"status": status, "original": credit.name, "aggregator": agg.domain})


def _original_keys(name: str, table: Mapping[str, float]) -> list[str]:
    """The keys your table may rate a credited original by: its name (or its site and the domains
    above it, for a site written as the name), and the site the name stands for."""
    from ..aggregator_copies import sites_of

    name = name.strip()
    if _names_a_site(name) and " " not in name:
        parts = site_of(name).split(".")
        keys = [".".join(parts[i:]) for i in range(len(parts) - 1)]
    else:
        keys = [outlet_key(name)]
    return list(dict.fromkeys(keys + sites_of(name, table)))


def _as_copy(found: Score, copy: str, credit: Credit, agg: Aggregator, key: str) -> Score:
    shown = found.details.get("matched", key)
    status = f"source rated as {shown}: {copy}"
    return replace(found, note=f"{copy} ({credit.where}): rated as {shown}; {found.note}",
                   details={**found.details, "copy": status, "original": credit.name, "original_site": shown,
                            "aggregator": agg.domain})


def _with_conflict(found: Score, key: str, doc: Document, builtin: bool) -> Score:
    """(hunt26a) A rating by the outlet's name in your table of a row whose URL's site the built-in
    table rates, with the note saying so: your table wins, as always, but not unseen (an outlet
    column "Harwick Courier" rated 0.9 by you on an address the built-in table rates 0.05)."""
    outlet = doc.outlet.strip()
    if not builtin or not outlet or not doc.url or key != outlet_key(outlet):
        return found
    url_keys = _candidates_of(doc.url, "")[0]
    if key in url_keys:  # (rated by the URL's site itself: an outlet cell "dw.com" with a dw.com address)
        return found
    table = builtin_ratings()
    site = next((k for k in url_keys if k in table), None)
    if site is None:
        return found
    return replace(found, note=f"{found.note}; the URL's site {site} is rated {table[site]:g} by {BUILTIN_RATER} "
                               "(built in): your table's rating of the outlet given is used")


def _outlet_elsewhere(found: Score, key: str, doc: Document, table: Mapping[str, float]) -> Score:
    """(loose29) A row rated by its URL's site whose outlet given names another site the built-in
    table rates (an outlet column "Infowars" on a bbc.co.uk address): the URL's rating is kept (which
    of the two is right is not guessed), but the note, the Status column (`details["mismatch"]`)
    and the Outlets sheet (`details["outlet_site"]`: the row is grouped with the site that rated
    it) say that the two name different sites, and how the outlet's site is rated."""
    outlet = doc.outlet.strip()
    if not outlet or key == outlet_key(outlet):
        return found
    url_keys = _candidates_of(doc.url, "")[0]
    if key not in url_keys:  # (rated by the outlet given itself: a site typed as the outlet)
        return found
    named = _sites_named(outlet, table)
    if not named or any(site in url_keys for site in named) or _names_agree(outlet, key):
        return found
    said = ", ".join(f"{site} {table[site]:g}" for site in named[:3]) + (f" and {len(named) - 3} more" if len(named) > 3 else "")
    shown = " ".join(outlet.split())
    mismatch = (f"source rated by the URL's site {key}, not by the outlet given, \u201c{shown}\u201d, "
                f"which names another site ({said}): the two disagree; check which is right")
    note = (f"{found.note}; the outlet given, \u201c{shown}\u201d, names another site than the URL's "
            f"(rated by {BUILTIN_RATER}: {said}): the URL's site rated this row, and the two disagree")
    return replace(found, note=note, details={**found.details, "mismatch": mismatch, "outlet_site": named[0],
                                              "url_site": key})


# (loose29) Words that name no one site, however a domain is spelled with them ("news.com.au").
_GENERIC_NAMES = frozenset({"news", "the", "times", "post", "daily", "online", "herald", "web", "blog", "home",
                            "media", "press", "world", "local", "today", "info", "journal", "tribune", "review"})
_SUFFIX_TAIL = frozenset({"com", "org", "net", "co", "ac", "gov", "edu", "or", "ne", "go"})


@lru_cache(maxsize=1)
def _sites_by_name() -> dict[str, tuple[str, ...]]:
    """(loose29) The built-in table's sites by the name they are registered under, "infowars" for
    infowars.com, "bbc" for bbc.co.uk and bbc.com (a site's own part, before its suffix; a section
    or subdomain, "news.sky.com", names none)."""
    found: dict[str, list[str]] = {}
    for domain in builtin_ratings():
        if "/" in domain:
            continue
        parts = domain.split(".")
        if len(parts) == 2 or (len(parts) == 3 and parts[1] in _SUFFIX_TAIL and len(parts[2]) == 2):
            found.setdefault(parts[0], []).append(domain)
    return {name: tuple(sorted(domains)) for name, domains in found.items()}


def _squashed(text: str) -> str:
    return "".join(ch for ch in text if ch.isascii() and ch.isalnum())


def _sites_named(outlet: str, table: Mapping[str, float]) -> list[str]:
    """(loose29) The rated sites an outlet given names: the site typed as the outlet
    ("infowars.com") or the sites registered under the outlet's name, its letters and digits run
    together ("Infowars", "The Guardian" as "theguardian"); none for a name that is not one
    site's (a generic word, "News"), or names no rated site."""
    if _names_a_site(outlet) and "/" not in outlet:
        site = site_of(outlet.strip())
        parts = site.split(".")
        return [k for k in (".".join(parts[i:]) for i in range(len(parts) - 1)) if k in table][:1]
    names = _sites_by_name()
    for written in (outlet_key(outlet), outlet_name(outlet)):
        name = _squashed(written)
        if len(name) >= 3 and name not in _GENERIC_NAMES and name in names:
            return [site for site in names[name] if site in table]
    return []


def _names_agree(outlet: str, key: str) -> bool:
    """(loose29) Whether the URL's site `key` may be the outlet's own by its letters: its name is in
    the outlet's or the outlet's in it ("BBC News" and bbc.co.uk, "NYT" and nytimes.com), or it is
    made of the first letters of the outlet's words in order, a word's start or a whole word
    ("New York Times" and nytimes.com, "Wall Street Journal" and wsj.com, "Huffington Post" and
    huffpost.com)."""
    site = key.split("/")[0]
    parts = site.split(".")
    own = parts[0] if len(parts) <= 2 or parts[-2] in _SUFFIX_TAIL else parts[-2]
    words = [_squashed(w) for w in outlet_name(outlet).replace(".", " ").split()]
    words = [w for w in words if w]
    name = "".join(words)
    if not own or not name:
        return False
    if own in name or name in own:
        return True
    return _from_word_starts(own, tuple(words))


@lru_cache(maxsize=4096)
def _from_word_starts(text: str, words: tuple[str, ...]) -> bool:
    if not text:
        return True
    if not words:
        return False
    first, rest = words[0], words[1:]
    if _from_word_starts(text, rest):  # (a word left out)
        return True
    return any(_from_word_starts(text[n:], rest) for n in range(1, min(len(first), len(text)) + 1)
               if text[:n] == first[:n])


def _yours(shown: str, rating: float, rater: str) -> Score:
    """A match in the user's own table: the rating as the user gave it, read by the same points as
    a built-in rating, so that rating a source higher never costs the index more."""
    reading = builtin_reading(rating)
    note = f"{shown}: rated {rating:g}" + (f" by {rater}" if rater else "") + f" (your table; {reading})"
    return Score(NAME, rating, builtin_score(rating), UNIT, note=note,
                 details={"matched": shown, "rater": rater or "your table", "reading": reading})


def _builtin(key: str, rating: float) -> Score:
    """A match in the built-in table: the rating as Lin et al. gave it, scored by the points."""
    reading = builtin_reading(rating)
    note = f"{key}: rated {rating:g} by {BUILTIN_RATER} (built in; {reading})"
    return Score(NAME, rating, builtin_score(rating), UNIT, note=note,
                 details={"matched": key, "rater": BUILTIN_RATER, "reading": reading})


def _written(key: str, names: Mapping[str, str]) -> str:
    """How the user's table wrote the outlet `key` ("The Daily Ledger" for "the daily ledger"), so
    that what a user reads names it as typed; a web site stays its key ("example.com", however it
    was typed: "https://www.Example.com/" rates the same site), as does a key with no name kept."""
    written = names.get(key, "")
    site = "." in key and " " not in key  # (as `rating_key` tells a web site from an outlet name)
    return written if written and not site and outlet_key(written) == key else key


def _hosted_unrated(hosted: UserSite, where: str, ratings: Mapping[str, tuple[float, str]], builtin: bool) -> Score:
    """No rating for a user's site on a hosting platform: the note says so, and, where a table
    rates the platform, why that rating is not used (`details["status"]` puts it in the Status
    column)."""
    platform = hosted.platform
    note = f"no rating for {hosted.site or 'this page on ' + platform.domain} {where}"
    platform_rating = _platform_rating(platform, ratings, builtin)
    if not platform_rating:
        return Score(NAME, None, None, UNIT, note=note, details={"platform": platform.domain})
    note += f"; {platform_rating}, but {platform.note()}"
    return Score(NAME, None, None, UNIT, note=note,
                 details={"platform": platform.domain, "status": f"source not rated: {platform.note()}"})


def _platform_rating(platform: Platform, ratings: Mapping[str, tuple[float, str]], builtin: bool) -> str:
    """How a table rates the platform itself, in words ("the built-in ratings (Lin et al. 2023)
    rate blogspot.com 0.67"); "" if neither does."""
    keys = sorted(_hosted_keys(platform), key=len, reverse=True)
    for key in keys:
        if key in ratings:
            rating, rater = ratings[key]
            return f"your table rates {key} {rating:g}" + (f" ({rater})" if rater else "")
    table = builtin_ratings() if builtin else {}
    for key in keys:
        if key in table:
            return f"the built-in ratings (Lin et al. 2023) rate {key} {table[key]:g}"
    return ""
