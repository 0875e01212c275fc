"""Outlets: the documents of one run grouped by outlet or web site, with the mean and spread of
the index and of each signal. Rating services judge outlets; this shows what the documents of
each outlet in your own list look like by these indicators (a handful of documents says little
about an outlet: the count is shown beside every mean).

Where the outlet comes from, first found wins: the row's outlet column, the site of its URL,
the site name in a web page's metadata (when the reader supplies one), the outlet the text
itself names (the provenance signal's "named outlet" cue: a wire credit, "Published by ...").
An outlet given as a hosting platform's own name ("Facebook", "Medium": a saved page's
og:site_name) for an address that is a user's page on it is passed over for the address: the
platform names where the page is hosted, not whose it is (`hosting.names_platform`).

The site of a URL: a URL cell that is not a web address ("n/a", "unknown", "see below") names
none, by the rule the source rating uses (`links.is_web_address`). On a hosting platform
(`xlplugin.hosting`) each user's site is its own outlet ("someone.blogspot.com",
"medium.com/@someone"), never the platform: its users are not one outlet. Where the address
does not name the user (a Facebook group, a YouTube video, medium.com/some-publication), the
documents are shown as the platform's users, apart from the ranking like those with no outlet.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

from . import registry
from .hosting import names_platform, platform_named, user_site
from .links import is_web_address
from .scorers.source_rating import legal_form_left_off, outlet_group, site_address, site_of
from .types import DocumentResult

__all__ = ["NO_OUTLET", "FROM_PLATFORM", "Entry", "OutletRow", "outlet_of", "entry_of", "own_site", "rollup", "format_rollup", "as_cells", "kinds_cell", "group_key", "outlet_rows_as_dicts"]

NO_OUTLET = "(no outlet or web site known)"
# What the "taken from" cell says for that group: the documents where no outlet was found are not
# one outlet, so they are shown last, apart from the ranking (and out of the chart).
NOT_RANKED = "none found: these documents are not an outlet (not ranked)"
FROM_COLUMN, FROM_URL, FROM_METADATA, FROM_TEXT = "outlet column", "web address", "page metadata", "named in the text"
# (syndic30) a copy on an aggregator grouped with the original it credits: "credited as the original of a copy on msn.com"
FROM_CREDIT = "credited as the original of a copy on"
# Where the web address is a hosting platform's page that does not name its user: the platform's
# users are many outlets, so they are a group apart, not ranked, and this says why.
FROM_PLATFORM = "web address on a platform that hosts its users' pages; it names no user (not ranked)"


def site_of_url(url: str) -> tuple[str, str]:
    """(outlet, where it came from) for a URL cell: its host ("www." left out), or the user's
    site on a hosting platform ("someone.blogspot.com", "medium.com/@someone"), or, where such an
    address does not name its user, the platform's users (FROM_PLATFORM); ("", "") for a cell
    that is not a web address ("n/a", "unknown", "see below": `links.is_web_address`, as the
    source rating reads the same cell)."""
    if not is_web_address(url):
        return "", ""
    # (hunt26a) an archive's copy or a redirect is the page it holds ("web.archive.org/web/.../
    # https://site.example/a" is site.example's); a link that names no page (a Google News
    # article link, t.co) names no outlet: the documents behind one are not one outlet
    address = site_address(url)
    if not address:
        return "", ""
    hosted = user_site(address)
    if hosted is None:  # (marks20: a site's mobile and AMP hosts, an AMP cache address, are the site)
        return site_of(url), FROM_URL
    if hosted.site:
        return hosted.site, FROM_URL
    return f"{hosted.platform.domain} (its users, not named)", FROM_PLATFORM


def outlet_of(result: DocumentResult | None, outlet: str = "", url: str = "",
              given_from: str = FROM_COLUMN) -> tuple[str, str]:
    """(outlet, where it came from) for one document. `given_from`: where the `outlet` given came
    from (a web page's site name, read from its metadata, is given as the outlet too)."""
    # (rows17) white space folded, as case is in grouping: "Daily\u00a0Post" and "Daily  Post"
    # are "Daily Post", as the ratings table reads them (`source_rating.outlet_key`)
    outlet = " ".join((outlet or (result.outlet if result is not None else "") or "").split())
    url = (url or (result.url if result is not None else "") or "").strip()
    rating = result.signals.get("source_rating") if result is not None else None
    if rating is not None and rating.details.get("original"):
        # (syndic30) a copy on an aggregator that credits its original: grouped with the original (the site
        # that rated it, else its name as credited), not with the aggregator
        original = str(rating.details.get("original_site") or rating.details["original"])
        return original, f"{FROM_CREDIT} {rating.details.get('aggregator', 'an aggregator')}"
    if outlet and rating is not None and rating.details.get("url_site") and rating.details.get("outlet_site"):
        # (loose29) the outlet given names another site than the URL's, which rated the row: it is
        # grouped with the site that rated it, and where it came from says the two disagree
        url_site = site_of_url(url)[0] or str(rating.details["url_site"])
        return url_site, (f"{FROM_URL} (the {given_from} gave \u201c{outlet}\u201d, which names another site, "
                          f"{rating.details['outlet_site']}: the two disagree)")
    if outlet and not names_platform(outlet, url) and not _platform_without_account(outlet, url):
        return outlet, given_from
    # (a user's page on a hosting platform whose outlet is given as the platform, "Facebook":
    # its address says whose page it is, as for a page that gives no site name)
    url_site, url_source = site_of_url(url)
    if url_site and url_source == FROM_URL:
        return url_site, url_source
    # Hook: a reader that keeps a web page's metadata may put its site name on the result.
    site = str(getattr(result, "site_name", "") or "").strip()
    if site:
        return site, FROM_METADATA
    provenance = result.signals.get("provenance") if result is not None else None
    for item in provenance.evidence if provenance is not None else ():
        named = " ".join(item.text.split()) if item.kind == "named outlet" and item.present else ""
        if named and not _platform_without_account(named, url):
            return named, FROM_TEXT
    # (a platform's users whose address does not name them: a group apart, after the others)
    return (url_site, url_source) if url_site else (NO_OUTLET, "")


def _platform_without_account(name: str, url: str) -> bool:
    """Is `name` only a hosting platform's own name ("Facebook", "Medium") on a document with no
    web address (none at all, or "n/a")? Then the name says where the page was hosted, not whose
    it is: the outlet is not known, and the page is not pooled with every other page saved from
    that platform. (kinds8) An address decides as before: a user's page on the platform is its
    address (`names_platform`), the platform's own page ("facebook.com/about") the platform's."""
    return not is_web_address(url) and platform_named(name) is not None


@dataclass(frozen=True)
class Entry:
    """One document as the roll-up sees it: its outlet (and where that came from), id, index,
    each signal's native value (None where not scored) and its kind, if known."""

    outlet: str
    source: str
    id: str
    index: float | None
    signals: dict[str, float | None]
    kind: str | None = None
    # (book50) the web site of its address, where that is a site of its own (not an aggregator's
    # copy nor a page on a hosting platform that names no user): the evidence by which two
    # spellings of one outlet's name are one row (`rollup`)
    site: str = ""

    @property
    def scored(self) -> bool:
        """(loose22) Whether its text was scored: a row not scored (its text cell holds a
        placeholder, its file is missing, its text is empty or not English) has no signal value.
        (book50) Of the signals that read the text: a page not in English whose site is rated has
        a rating and no text scored, and was counted among the documents ("1", "with an index 0",
        its kinds cell empty), where it is a row not scored under its outlet, as the others are."""
        outside = set(registry.names()) - set(registry.text_signals())  # (the source rating)
        return self.index is not None or any(value is not None for name, value in self.signals.items() if name not in outside)


def entry_of(result: DocumentResult | None, outlet: str = "", url: str = "", doc_id: str = "",
             given_from: str = FROM_COLUMN) -> Entry:
    name, source = outlet_of(result, outlet, url, given_from)
    site = own_site(url or (result.url if result is not None else "") or "")
    if result is None:
        return Entry(name, source, doc_id, None, {}, site=site)
    values = {s: (float(result.signals[s].value) if s in result.signals and result.signals[s].value is not None else None)
              for s in registry.names()}
    # Hook: a document kind (news report, opinion, press release...) when the engine gives one.
    kind = getattr(result, "kind", None)
    return Entry(name, source, doc_id, result.reliability, values, str(kind) if kind else None, site)


def own_site(url: str) -> str:
    """(book50) The site of a document's address where it is the outlet's own: "" for none, for
    a hosting platform's page that names no user, and for an aggregator (msn.com, Yahoo: its
    copies are many outlets' articles)."""
    from .aggregator_copies import aggregators  # (it reads source_rating's names at call time)
    site, source = site_of_url(url.strip())
    if source != FROM_URL:
        return ""
    table = aggregators()
    parts = site.split("/")[0].split(".")
    return "" if any(".".join(parts[i:]) in table for i in range(len(parts) - 1)) else site


def _mean_sd(values: Sequence[float]) -> tuple[float | None, float | None]:
    if not values:
        return None, None
    mean = sum(values) / len(values)
    if len(values) < 2:
        return mean, None  # one document has no spread (never a 0 that looks like agreement)
    sd = math.sqrt(sum((v - mean) ** 2 for v in values) / (len(values) - 1))
    return mean, sd


@dataclass
class OutletRow:
    """One outlet: its documents, how many were scored, the mean and standard deviation (sample,
    n - 1) of the index and of each signal's native value over the documents where it was
    scored, the document kinds it contributed, and where the outlet name came from. `documents`
    counts the documents whose text was scored; the outlet's rows that were not scored (a
    placeholder in the text cell, a missing file, an empty text) are `not_scored`, apart (loose22:
    counted among the documents, "1 of 2" read as a mean over one of two documents scored)."""

    outlet: str
    source: set[str] = field(default_factory=set)
    documents: int = 0
    not_scored: int = 0
    index: list[float] = field(default_factory=list)
    signals: dict[str, list[float]] = field(default_factory=lambda: {name: [] for name in registry.names()})
    kinds: dict[str, int] = field(default_factory=dict)
    ids: list[str] = field(default_factory=list)

    @property
    def scored(self) -> int:
        return len(self.index)

    @property
    def ranked(self) -> bool:
        """False for the documents with no outlet known, and for a hosting platform's users
        whose addresses do not name them: groups, not outlets to rank."""
        return self.outlet != NO_OUTLET and FROM_PLATFORM not in self.source

    def index_stats(self) -> tuple[float | None, float | None]:
        return _mean_sd(self.index)

    def signal_stats(self, name: str) -> tuple[float | None, float | None]:
        return _mean_sd(self.signals[name])

    def kinds_text(self) -> str:
        return ", ".join(f"{kind} ({n})" for kind, n in sorted(self.kinds.items(), key=lambda kv: (-kv[1], kv[0])))


def rollup(entries: Iterable[Entry], joined: Mapping[str, str] | None = None) -> list[OutletRow]:
    """Outlet rows, sorted by mean index (highest first; outlets with no scored document last);
    the groups that are not outlets after them all, apart from the ranking (`_order`). The
    spellings of one outlet are one row (`source_rating.outlet_key`), named as most of its
    documents spell it (the first met where two spellings are as many). `joined`: {a group: the
    group it is one outlet with} (`ratings_table.joined_outlets`: a ratings row that gives a web
    site and an outlet's name), so that "Harwick Courier" and "harwickcourier.example" are one row.
    (book50) Two names of one outlet on one web site, the one's words the first of the other's,
    are one row too (`_same_site_names`: "CHIP" and "CHIP Online" on chip.example). (book51) A
    name with a company's legal form ("Wikimedia Foundation, Inc.") is one row with the same name
    without it only where their documents share a web site, or one of them has none known
    (`_legal_form_joins`): a company may publish more than one outlet, and the publisher named in
    an encyclopedia's pages is not the news site of the foundation of that name."""
    rows: dict[str, OutletRow] = {}
    spellings: dict[str, Counter[str]] = {}
    sites: dict[str, set[str]] = {}
    met: dict[str, int] = {}  # (each spelling's first document: the name where two are as many)
    for entry in entries:
        # (outlets20) the ratings table's key (`group_key`): "The Harwick Courier", "Harwick
        # Courier." and "Harwick-Courier" are one outlet
        key = group_key(entry.outlet)
        key = (joined or {}).get(key, key)
        if legal_form_left_off(entry.outlet):
            key += _WITH_LEGAL_FORM  # (book51: joined to the bare name below, on evidence)
        row = rows.setdefault(key, OutletRow(entry.outlet))
        spellings.setdefault(key, Counter())[entry.outlet] += 1
        met.setdefault(entry.outlet, len(met))
        if entry.site:
            sites.setdefault(key, set()).add(entry.site)
        if entry.scored:
            row.documents += 1
        else:
            row.not_scored += 1
        row.ids.append(entry.id)
        if entry.source:
            row.source.add(entry.source)
        if entry.index is not None:
            row.index.append(float(entry.index))
        for signal, value in entry.signals.items():
            if value is not None and signal in row.signals:
                row.signals[signal].append(float(value))
        # (newuser43) the kinds of the documents counted: a row not scored (a page in German, its
        # kind found all the same) is said once, as not scored, never also as "not an article (1)"
        if entry.kind and entry.scored:
            row.kinds[entry.kind] = row.kinds.get(entry.kind, 0) + 1
    for key, into in _legal_form_joins(rows, sites).items():
        if into in rows:
            _merge(rows[into], rows.pop(key))
            spellings[into].update(spellings.pop(key))
        else:
            rows[into], spellings[into] = rows.pop(key), spellings.pop(key)
            if key in sites:
                sites[into] = sites.pop(key)
    for key, into in _same_site_names(rows, sites).items():
        _merge(rows[into], rows.pop(key))
        spellings[into].update(spellings.pop(key))
    for key, row in rows.items():
        # named as most of its documents spell it; where as many spell it two ways, the first met
        row.outlet = min(spellings[key].items(), key=lambda spelling: (-spelling[1], met[spelling[0]]))[0]
    return sorted(rows.values(), key=_order)


# (book51) What a group's key carries while its outlet's name had a legal form left off: kept apart
# from the bare name's group until `_legal_form_joins` finds them one outlet (a space first, so
# that the words of the name stay words for `_same_site_names`)
_WITH_LEGAL_FORM = " \x00"


def _legal_form_joins(rows: Mapping[str, OutletRow], sites: Mapping[str, set[str]]) -> dict[str, str]:
    """(book51) {a group named with a legal form: the group it is one outlet with}: the group of
    the name without it (the name's key), where the two share a web site or one of them has none
    known ("Harwick Media, Inc." and "Harwick Media", both on harwickmedia.example, or given with
    no address); where the name without it is no group, the name's key alone. Apart where their
    sites differ: "Wikimedia Foundation, Inc." on an encyclopedia's pages (the publisher in their
    markup) and "Wikimedia Foundation" on the foundation's own site are two outlets."""
    into: dict[str, str] = {}
    for key in rows:
        if not key.endswith(_WITH_LEGAL_FORM):
            continue
        bare = key[: -len(_WITH_LEGAL_FORM)]
        if bare not in rows or not sites.get(key) or not sites.get(bare) or sites[key] & sites[bare]:
            into[key] = bare
    return into


def _same_site_names(rows: Mapping[str, OutletRow], sites: Mapping[str, set[str]]) -> dict[str, str]:
    """(book50) {a group: the group it is one outlet with}, for two names of one outlet that its
    documents' own web site shows: two groups named with words, whose documents are on one site,
    and the shorter name's words the first words of the longer's ("CHIP" and "CHIP Online" on
    chip.example). The site is the stronger evidence; the words keep two outlets of one site
    apart ("The Guardian" and "The Observer" on one site; "The Times" and "The Sunday Times").
    Words alone join nothing ("Sun" and "Sun Journal" on two sites, or with no address), and a
    group that is a web site or not an outlet is never joined here."""
    named = sorted((key for key in rows if key in sites and rows[key].ranked and not _names_site(key)),
                   key=lambda key: (len(key.split()), key))
    into: dict[str, str] = {}
    for i, short in enumerate(named):
        for long in named[i + 1:]:
            if long in into or not sites[short] & sites[long]:
                continue
            words = short.split()
            if long.split()[: len(words)] == words and len(long.split()) > len(words):
                into[long] = into.get(short, short)
    return into


def _names_site(key: str) -> bool:
    """A group keyed by a web site ("chip.example", "medium.com/@someone"), not by a name."""
    return "." in key and " " not in key


def _merge(row: OutletRow, other: OutletRow) -> None:
    """Adds `other`'s documents and values to `row` (two spellings of one outlet)."""
    row.source |= other.source
    row.documents += other.documents
    row.not_scored += other.not_scored
    row.index.extend(other.index)
    for signal, values in other.signals.items():
        row.signals.setdefault(signal, []).extend(values)
    for kind, n in other.kinds.items():
        row.kinds[kind] = row.kinds.get(kind, 0) + n
    row.ids.extend(other.ids)


def group_key(outlet: str) -> str:
    """The outlet's group (`source_rating.outlet_group`: a web site typed in the outlet column as
    its URL's site, any other name by `source_rating.outlet_key`)."""
    return outlet_group(outlet)


def _order(row: OutletRow) -> tuple[Any, ...]:
    """Ranked outlets by mean index (those with none scored last); then the groups that are not
    ranked, by name (never by mean); the documents with no outlet known at the very end."""
    if not row.ranked:
        return (True, row.outlet == NO_OUTLET, 0.0, row.outlet.lower())
    mean = row.index_stats()[0]
    return (False, mean is None, -(mean or 0.0), row.outlet.lower())


def _rounded(value: float | None, digits: int) -> float | None:
    """A mean or spread rounded as the sheet shows it (no 91.30000000000003 stored)."""
    return None if value is None else round(value, digits)


def _not_ranked_why(row: OutletRow) -> str:
    """What the "taken from" cell says for a group that is not ranked."""
    return NOT_RANKED if row.outlet == NO_OUTLET else FROM_PLATFORM


def _num(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def format_rollup(rows: Sequence[OutletRow]) -> str:
    """The roll-up as a text table (for the command line), with what each column means under it."""
    infos = registry.infos()
    width = max([len("outlet")] + [min(len(r.outlet), 40) for r in rows])
    counts = [_documents_text(row) for row in rows]
    docs_width = max([len("docs")] + [len(text) for text in counts])
    head = f"{'outlet':{width}}  {'docs':>{docs_width}}  {'index':>5} {'(sd)':>6}  " + "  ".join(
        f"{_abbreviation(info):>7}" for info in infos)
    lines = [head, "-" * len(head)]
    said = ""
    for row, count in zip(rows, counts):
        why = "" if row.ranked else ("the documents where none was found" if row.outlet == NO_OUTLET
                                     else "a hosting platform's users, their addresses name none")
        if why and why != said:
            lines.append(f"{'-' * width}  not an outlet, not ranked: {why}")
            said = why
        mean, sd = row.index_stats()
        sd_text = "" if sd is None else f"({sd:.1f})"
        cells = "  ".join(f"{_num(row.signal_stats(info.name)[0], info.mean_digits):>7}" for info in infos)
        name = row.outlet if len(row.outlet) <= 40 else row.outlet[:39] + "\u2026"
        lines.append(f"{name:{width}}  {count:>{docs_width}}  {_num(mean):>5} {sd_text:>6}  {cells}")
    lines.append("means over each outlet's scored documents; (sd) = standard deviation of the index, shown from 2 documents")
    if any(" of " in text for text in counts):
        lines.append("docs '2 of 3': 3 documents, 2 of them with an index (the index's mean is over those 2)")
    if any(row.not_scored for row in rows):
        lines.append("docs '+1 not scored': a row of that outlet whose text was not scored (its Status says why); "
                     "it is not among the documents, and no mean covers it")
    lines.append(f"columns: {'index':8}Reliability index 0-100 (higher = more reliable)")
    lines += [f"{'':9}{_abbreviation(info):8}{info.header}" for info in infos]
    return "\n".join(lines)


def _abbreviation(info: Any) -> str:
    return info.abbreviation or info.name[:7]


def _documents_text(row: OutletRow) -> str:
    """How many documents an outlet has, and how many of them have an index where not all do
    ("2 of 3"), as the Outlets sheet says it."""
    shown = str(row.documents) if row.scored >= row.documents else f"{row.scored} of {row.documents}"
    return shown + (f" +{row.not_scored} not scored" if row.not_scored else "")


def as_cells(row: OutletRow) -> list[Any]:
    """One row of the Outlets sheet (see `HEADERS`)."""
    source = ", ".join(sorted(row.source)) if row.ranked else _not_ranked_why(row)
    values: list[Any] = [row.outlet, source, row.documents, row.scored, *_stats(row)]
    for info in registry.infos():
        values += _stats(row, info.name, info.mean_digits)
    values.append(kinds_cell(row))
    values.append(", ".join(row.ids[:10]) + (f" and {len(row.ids) - 10} more" if len(row.ids) > 10 else ""))
    return values


def kinds_cell(row: OutletRow) -> str | None:
    """The Outlets sheet's "Document kinds" cell: the kinds, then the outlet's rows that were not
    scored, said apart ("news report (2); and 1 row not scored (Status says why)"), since the
    Documents cell does not count them. (book49) "Status says why", not "its Status says why": the
    shorter words fit one line of the kinds column (`workbook.outlets._widths`), where the longer
    took two and each outlet with only rows not scored (a page not in English) printed at double
    height."""
    unscored = ("" if not row.not_scored else
                f"{'and ' if row.kinds else ''}{row.not_scored} row{'s' if row.not_scored > 1 else ''} not scored "
                "(Status says why)")
    return "; ".join(text for text in (row.kinds_text(), unscored) if text) or None


def _stats(row: OutletRow, signal: str = "", digits: int = 1) -> list[float | None]:
    """[mean, spread] of the index (no `signal`) or of one signal, rounded as shown."""
    stats = row.signal_stats(signal) if signal else row.index_stats()
    return [_rounded(value, digits) for value in stats]


def outlet_rows_as_dicts(rows: Sequence[OutletRow]) -> list[dict[str, Any]]:
    """The roll-up as plain data (for JSON): per outlet, its counts, the index's mean and sd, and
    each signal's mean and sd (None where nothing was scored, or for one document's sd), and
    whether it is ranked (not the documents with no outlet known)."""
    out = []
    digits = {info.name: info.mean_digits for info in registry.infos()}
    for row in rows:
        mean, sd = _stats(row)
        out.append({
            "outlet": row.outlet,
            "outlet_from": sorted(row.source),
            "ranked": row.ranked,  # false for the documents with no outlet known (last, not an outlet)
            "documents": row.documents,  # (the documents whose text was scored)
            "scored": row.scored,  # (of those, the documents with an index)
            "not_scored": row.not_scored,  # (the outlet's rows whose text was not scored: not among the documents)
            "reliability_mean": mean,
            "reliability_sd": sd,
            "signals": {s: dict(zip(("mean", "sd"), _stats(row, s, digits[s]))) for s in registry.names()},
            "kinds": dict(row.kinds),
            "ids": list(row.ids),
        })
    return out
