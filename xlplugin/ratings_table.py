"""A user's source-ratings table (a workbook's Sources sheet, a `--ratings` CSV) read as one
table, so that nothing in it is silently misread or silently unused:

- one scale for the whole table (`inputs.rating_scale`: 0-1, or 0-100 when its largest rating is
  over 10; a 1-5 or 1-10 table is refused), never decided per value; a 0-100 table that also
  holds fractions of 1 (0.9 beside 85) mixes the two scales and is refused, naming the rows on
  each, rather than read with 0.9 as 0.009;
- each "domain or outlet" cell read the way a document's host or outlet is
  (`source_rating.rating_key`: "https://www.BBC.co.uk/" is "bbc.co.uk");
- two rows that read as the same key with different ratings are refused, naming both rows;
- (outlets21) a row that gives a web site and an outlet's name (a domain and an outlet column)
  rates both: the table says they are one outlet (`_named_too`); two rows with different
  ratings that match the same documents (a site's and a name's) are said, naming the rating
  used and why (`describe_disagreeing`);
- after scoring, `unused_rows` names the rows that rated no document, for the summary, and
  `outranked` those among them whose documents a more specific row rated instead, and
  `near_misses` a documents' outlet whose name is near one of them ("did you mean", never applied;
  outlets21: also a web site and a name that is the site's in letters, "harwickcourier.example"
  and "Harwick Courier");
  `describe_unrated_near` the documents left unrated whose outlet's name is near a row's;
- a web address typed with more than a site and a section (one article's address) rates that
  section, and the summary says so (`describe_sections`).

The readers (`rating_rows_from_csv` for a `--ratings` file, `workbook.reader` for a Sources
sheet) turn each row into a `RatingRow`; `cli.read_ratings` and `workbook.reader` turn the
`RatingsTableError` raised here into their own error, naming the file or sheet.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping
from urllib.parse import urlsplit

from .errors import InputError
from .inputs import RATING_SCALES, find_column, rating_scale, read_csv_table, unit_rating
from .links import is_web_address
from .scorers.source_rating import outlet_group, outlet_key, rating_key, rating_used, ratings_matching, site_of
from .wording import counted
from .wrapped_links import wrapper_named

__all__ = ["RatingRow", "RatingsTableError", "ratings_table", "rating_rows_from_csv", "unused_rows", "describe_unused",
           "outranked", "describe_disagreeing", "near_misses", "describe_unrated_near", "describe_sections", "written_names", "describe_keyless",
           "joined_outlets", "alike_apart", "named_too", "sites_named"]


@dataclass(frozen=True)
class RatingRow:
    """One row of a ratings table as the user wrote it."""

    place: str  # where it is, for messages ("row 3", "line 3")
    written: str  # the domain or outlet cell as written
    rating: float  # the rating as written (on the table's scale)
    rater: str = ""

    @property
    def key(self) -> str:
        return rating_key(self.written)


class RatingsTableError(ValueError):
    """A ratings table that cannot be read as the user meant it; the message says why."""


# The columns of a ratings CSV (headers compared as `inputs.find_column` does: case and spaces
# ignored): the site or outlet (the first of these a row fills), the rating, the rater (optional).
KEY_COLUMNS = ("domain", "outlet", "source")
RATING_COLUMN = "rating"
RATER_COLUMN = "rater"
_COLUMNS_NEEDED = "a column domain (or outlet), a column rating and, if you like, a column rater"
# A rating written with a decimal comma ("0,9"), as Excel saves it in a locale whose CSV
# separator is the semicolon: read as 0.9 only in such a file (in a comma file it is refused).
_DECIMAL_COMMA_RE = re.compile(r"[+-]?\d*,\d+")


def _names_columns(headers: list[str]) -> bool:
    return find_column(headers, KEY_COLUMNS) is not None and find_column(headers, (RATING_COLUMN,)) is not None


def rating_rows_from_csv(path: Path, keyless: list[str] | None = None) -> list[RatingRow]:
    """The rows of a ratings CSV as written, read with the project's CSV reader
    (`inputs.read_csv_table`: a byte order mark, Windows-1252, a ";" separator). RatingsTableError
    for a file with no domain/outlet or no rating column (naming the columns found), with no rows,
    with a row of more fields than the header, or with a rating that is not a number. A row with
    no domain or outlet is left out (a blank line in the table); where it holds a rating, its
    place is added to `keyless` (for the summary, `describe_keyless`).
    (guard22) A workbook (.xlsx, .xlsm) is read from its first sheet (`_workbook_table`), each
    row named "row N" where a CSV's is "line N"."""
    if path.suffix.lower() in WORKBOOK_SUFFIXES:
        headers, body, separator = _workbook_table(path)
        places = [(f"row {row}", fields) for row, fields in body]
    else:
        try:
            headers, body, separator = read_csv_table(path, _names_columns)
        except InputError as exc:
            raise RatingsTableError(str(exc).removeprefix(f"{path}: ")) from None
        places = [(f"line {line}", fields) for line, fields in body]
    if not headers:
        raise RatingsTableError(f"the file is empty; it needs {_COLUMNS_NEEDED}, then one row per source")
    if not _names_columns(headers):
        found = ", ".join(repr(h) for h in headers)
        raise RatingsTableError(f"it needs {_COLUMNS_NEEDED}; its header has {found} (read with a "
                                f"{'semicolon' if separator == ';' else repr(separator)} between columns)")
    if not places:
        raise RatingsTableError("it has a header but no rows: write one row per source under it")
    at = {name: headers.index(col) for name in KEY_COLUMNS + (RATING_COLUMN, RATER_COLUMN)
          if (col := find_column(headers, (name,))) is not None}
    found_rows = []
    for place, fields in places:
        row = _csv_row(place, fields, headers, at, separator)
        if row is not None:
            found_rows.append(row)
            found_rows += _named_too(row, fields, at)
        elif keyless is not None and RATING_COLUMN in at and at[RATING_COLUMN] < len(fields) \
                and fields[at[RATING_COLUMN]].strip():
            keyless.append(place)
    return found_rows


# (guard22) A ratings table kept as a workbook: its first sheet is read, its header row the first
# of its first WORKBOOK_HEADER_ROWS rows that names the columns (a title above it is skipped).
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
WORKBOOK_HEADER_ROWS = 10


def _workbook_table(path: Path) -> tuple[list[str], list[tuple[int, list[str]]], str]:
    """(headers, [(row number, fields)], ",") of a ratings workbook's first sheet, each cell as a
    person reads it (`cells.cell_display`: 0.9, 85, not "85.0"); cells right of the header's last
    column are not read, nor are blank rows. RatingsTableError where it cannot be opened, or where
    none of its first rows names the columns (naming the first sheet and its first row)."""
    import warnings
    import zipfile

    import openpyxl

    from .cells import cell_display

    try:
        with warnings.catch_warnings():  # (loose26) a workbook with no cell styles: harmless, not printed raw
            warnings.filterwarnings("ignore", message="Workbook contains no", category=UserWarning)
            wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise RatingsTableError(f"it could not be read as a workbook ({exc}); save the sheet again as .xlsx, "
                                "or as CSV (File > Save As > CSV)") from None
    try:
        sheet = wb.worksheets[0]
        rows = [(number, [cell_display(value).strip() for value in values])
                for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)]
    finally:
        wb.close()
    rows = [(number, fields) for number, fields in rows if any(fields)]
    if not rows:
        return [], [], ","
    for at, (_number, fields) in enumerate(rows[:WORKBOOK_HEADER_ROWS]):
        if _names_columns(fields):
            width = max(i for i, field in enumerate(fields) if field) + 1
            return fields[:width], [(number, row[:width]) for number, row in rows[at + 1:]], ","
    found = ", ".join(repr(field) for field in rows[0][1] if field)
    raise RatingsTableError(f"its first sheet ({sheet.title}) needs a header row with {_COLUMNS_NEEDED} in its "
                            f"first {WORKBOOK_HEADER_ROWS} rows; its first row has {found}")


def _csv_row(place: str, fields: list[str], headers: list[str], at: dict[str, int], separator: str) -> RatingRow | None:
    """One line of a ratings CSV as a RatingRow (None for a line that names no site or outlet)."""
    if any(field.strip() for field in fields[len(headers):]):
        raise RatingsTableError(f"{place}: more fields than the header ({len(fields)} fields, the header has "
                                f"{len(headers)}: is a field holding a {'semicolon' if separator == ';' else 'comma'} "
                                "not in double quotes?)")

    def cell(name: str) -> str:
        return fields[at[name]].strip() if name in at and at[name] < len(fields) else ""

    key = next((cell(name) for name in KEY_COLUMNS if cell(name)), "")
    if not key:
        return None
    written = cell(RATING_COLUMN)
    number = written.replace(",", ".") if separator == ";" and _DECIMAL_COMMA_RE.fullmatch(written) else written
    try:
        rating = float(number)
    except ValueError:
        hint = " (a decimal comma: write 0.9, or save the file with ';' between columns)" \
            if _DECIMAL_COMMA_RE.fullmatch(written) else ""
        raise RatingsTableError(f"{place}: the rating of {key} must be a number {RATING_SCALES}, "
                                f"not {written!r}{hint}") from None
    return RatingRow(place, key, rating, cell(RATER_COLUMN))


def _named_too(row: RatingRow, fields: list[str], at: dict[str, int]) -> list[RatingRow]:
    """(outlets21) The row again for its outlet's name, where the row gives a web site in its
    domain column and a name in its outlet (or source) column ("harwickcourier.example", "Harwick
    Courier"): the table says they are one outlet, so the rating rates a document known by either
    (until outlets21 the name was passed over, and a document with the name and no address went
    unrated). A name that is the site again, or a second web site, adds nothing."""
    names = [fields[at[name]].strip() for name in KEY_COLUMNS[1:] if name in at and at[name] < len(fields)]
    return named_too(row, next((text for text in names if text), ""))


def named_too(row: RatingRow, name: str) -> list[RatingRow]:
    """The row again for `name`, the outlet's name written beside a web site in the row (a ratings
    file's outlet column, or, outlets23, the Sources sheet's column of the outlet's name): [] where
    the row gives no web site, or `name` is empty, a web site, or the row's site again."""
    if not name or not _names_site(row.key) or _names_site(rating_key(name)):
        return []
    return [RatingRow(row.place, name, row.rating, row.rater)]


def sites_named(rows: list[RatingRow]) -> dict[str, str]:
    """(outlets23) {a web site's key: the outlet's name as written} for each row that gives both
    (`named_too`), so that the Sources sheet writes them in one row, as the table did, and a
    refresh reads them back as one outlet (`joined_outlets`)."""
    sites: dict[str, str] = {}
    named: dict[str, str] = {}
    for row in rows:
        if _names_site(row.key):
            sites.setdefault(row.place, row.key)
        elif row.place in sites:
            named.setdefault(sites[row.place], row.written)
    return named


# Public suffixes: endings under which anyone may register a site ("co.uk", "com"), so that a row
# naming one would rate every site under it (or, a bare "com", none). The common open ones; a row
# of one is refused. Not the whole Public Suffix List (no download; a rare one is harmless), and
# not the endings only one kind of body may have ("gov.uk", "ac.uk", "nhs.uk"): a row of one of
# those rates all of them, which may be meant, and some are sites too (www.gov.uk, www.nhs.uk).
PUBLIC_SUFFIXES = frozenset(
    # (single words only where no outlet is so named: "news", "it" or "in" may be a name)
    {"com", "org", "net", "edu", "gov", "mil", "uk", "us", "eu"}
    | {f"{second}.{country}" for second in ("co", "com", "org", "net")
       for country in ("uk", "au", "nz", "za", "in", "jp", "kr", "br", "ar", "mx", "ng", "ke", "cn", "il", "tr", "sg", "my",
                       "es", "ua", "ru", "pl", "id", "th", "at")}
    | {"ltd.uk", "plc.uk", "me.uk", "or.at", "or.id", "or.jp", "ne.jp", "in.th"})


def _refuse_public_suffixes(rows: list[RatingRow]) -> None:
    """RatingsTableError for a row that names a public suffix, not a web site (PUBLIC_SUFFIXES)."""
    bare = [row for row in rows if row.key.lstrip(".") in PUBLIC_SUFFIXES]
    if bare:
        row = bare[0]
        suffix = row.key.lstrip(".")
        raise RatingsTableError(f"{row.place}: {row.written} is an ending that any site may have (every site under "
                                f".{suffix}), not a web site; write the site itself, such as example.{suffix}")


def ratings_table(rows: list[RatingRow]) -> dict[str, tuple[float, str]]:
    """{key: (rating 0-1, rater)} for the rows of one table; RatingsTableError for a rating on
    neither scale, a table on neither scale, one key rated twice with different ratings, or a
    row naming a public suffix ("co.uk", "com": `_refuse_public_suffixes`)."""
    _refuse_public_suffixes(rows)
    for row in rows:
        try:
            unit_rating(row.rating, 100.0)
        except ValueError:
            raise RatingsTableError(f"{row.place}: the rating of {row.written} must be {RATING_SCALES}, "
                                    f"not {row.rating:g}") from None
    try:
        scale = rating_scale([row.rating for row in rows])
    except ValueError as exc:
        raise RatingsTableError(str(exc)) from None
    _refuse_mixed_scales(rows, scale)
    table: dict[str, tuple[float, str]] = {}
    first: dict[str, RatingRow] = {}
    for row in rows:
        key, rating = row.key, unit_rating(row.rating, scale)
        if key in first:
            if table[key][0] != rating:
                raise RatingsTableError(_duplicate(first[key], row, key))
            continue  # (the same rating twice: read once, the first row's rater)
        first[key], table[key] = row, (rating, row.rater)
    return table


def joined_outlets(rows: list[RatingRow]) -> dict[str, str]:
    """(loose22) {an outlet's group: the web site's group} for each row of the table that gives a
    web site and an outlet's name (`_named_too`: "harwickcourier.example", "Harwick Courier"): the
    table says they are one outlet, so --by-outlet and the Outlets sheet show their documents as
    one group (`outlets.rollup`), as one rating rates them. Keys as `source_rating.outlet_group`."""
    sites: dict[str, str] = {}
    joined: dict[str, str] = {}
    for row in rows:
        if _names_site(row.key):
            sites.setdefault(row.place, outlet_group(row.written))
        elif row.place in sites:
            joined[outlet_group(row.written)] = sites[row.place]
    return joined


def alike_apart(groups: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(loose22) The pairs (a name, a web site) among the groups shown (each as (its key, as
    shown)) that look like one outlet by their letters alone ("Harwick Courier" and
    "harwickcourier.example": `_site_name_is`) and were kept apart, since nothing says they are
    one; said under the table, never joined on a guess."""
    shown = list(groups)
    sites = [(key, name) for key, name in shown if _names_site(key)]
    return [(name, site_name) for key, name in shown if not _names_site(key)
            for site_key, site_name in sites if _site_name_is(site_key, key)]


def written_names(rows: list[RatingRow]) -> dict[str, str]:
    """{key: the domain or outlet as the first row with that key wrote it}: a table shown back to
    the user (the Sources sheet) names each source as typed ("The Daily Post", not its key "the
    daily post"); it is read back to the same key, so matching stays case-insensitive."""
    names: dict[str, str] = {}
    for row in rows:
        names.setdefault(row.key, row.written)
    return names


def describe_keyless(places: list[str], where: str) -> str:
    """One line for the summary ("" when there is none): rows that hold a rating but no domain
    or outlet, which rate nothing and are left out."""
    if not places:
        return ""
    named = ", ".join(places[:_SHOWN_ROWS]) + (f" and {len(places) - _SHOWN_ROWS} more" if len(places) > _SHOWN_ROWS else "")
    return (f"{where}: {counted(len(places), 'row holds', 'rows hold')} a rating but no domain or outlet, so they rate nothing and were "
            f"left out: {named}; write the web site (example.com) or the outlet's name beside the rating")


# rows named in a message about a table's scale; the rest are counted
_SHOWN_ROWS = 5


def _refuse_mixed_scales(rows: list[RatingRow], scale: float) -> None:
    """Refuse a table read as 0-100 (a rating over 10 in it) that also holds ratings strictly
    between 0 and 1: those are written on the 0-1 scale (0.9 meant 0.9, not 0.009), and no one
    scale reads every row as the user meant it. (0, and 1 as 0.01, stay: the README says a 1 in a
    0-100 table is 0.01.)"""
    if scale != 100.0:
        return
    fractions = [row for row in rows if 0.0 < row.rating < 1.0]
    if not fractions:
        return
    hundreds = [row for row in rows if row.rating > 1.0]
    raise RatingsTableError(
        f"it mixes two scales: 0-1 in {_named(fractions)}, and 0-100 in {_named(hundreds)}; one scale is "
        f"read for the whole table, so write every rating {RATING_SCALES} (0.9 as 90, or 85 as 0.85)")


def _named(rows: list[RatingRow]) -> str:
    named = ", ".join(f"{row.place} ({row.written}, {row.rating:g})" for row in rows[:_SHOWN_ROWS])
    return named + (f" and {len(rows) - _SHOWN_ROWS} more" if len(rows) > _SHOWN_ROWS else "")


def _duplicate(one: RatingRow, other: RatingRow, key: str) -> str:
    return (f"{one.place} ({one.written}, {one.rating:g}) and {other.place} ({other.written}, {other.rating:g}) "
            f"both rate {key} with different ratings; keep one of them")


def unused_rows(rows: list[RatingRow], ratings: Mapping[str, tuple[float, str]],
                documents: Iterable[tuple[str, str]]) -> list[RatingRow]:
    """The rows of a table whose rating no document (url, outlet) got: a site none of them is
    on, an outlet name none of them has, or a key a more specific row always wins over."""
    used = {rating_used(url, outlet, ratings) for url, outlet in documents}
    seen: set[str] = set()
    unused = []
    for row in rows:
        if row.key not in used and row.key not in seen:
            unused.append(row)
        seen.add(row.key)
    return unused


# rows named in the summary; the rest are counted
_SHOWN_UNUSED = 10


def describe_ones_on_hundred(rows: list[RatingRow], where: str) -> str:
    """One line for the summary ("" when there is none to say): a table read on the 0-100 scale
    (its largest rating over 10) that holds a rating of exactly 1 reads it as 0.01, the lowest
    rating but one, which a user who typed 1 for "the best" on the 0-1 scale did not mean. (Other
    fractions beside a rating over 10 are refused, `_refuse_mixed_scales`; a 1 is no fraction.)"""
    if not rows or rating_scale_or_none(rows) != 100.0:
        return ""
    ones = [row for row in rows if row.rating == 1.0]
    if not ones:
        return ""
    top = max(row.rating for row in rows)
    return (f"{where}: read on the 0-100 scale (its largest rating is {top:g}), so a rating of 1 reads as "
            f"0.01 in {_named(ones)}; write 100 there if the best rating was meant")


def rating_scale_or_none(rows: list[RatingRow]) -> float | None:
    """`inputs.rating_scale` of the rows, or None for a table on neither scale."""
    try:
        return rating_scale([row.rating for row in rows])
    except ValueError:
        return None


def outranked(rows: list[RatingRow], ratings: Mapping[str, tuple[float, str]],
              documents: Iterable[tuple[str, str]]) -> dict[str, str]:
    """{key: the row that rates its documents instead, in words}, for each key of the table
    that matches some document (url, outlet) only where a more specific rating also does
    (`rating_used`: a site's section over the site, a site over an outlet's name). (outlets21) A
    name given on a site's own row (`_named_too`) is not outranked by that row: it is the same."""
    named, place = {}, {}
    for row in reversed(rows):
        named[row.key], place[row.key] = f"{row.place} ({row.written})", row.place
    found: dict[str, str] = {}
    for url, outlet in documents:
        winner, *others = ratings_matching(url, outlet, ratings) or [""]
        for key in others:
            if place.get(key) != place.get(winner):
                found.setdefault(key, named.get(winner, winner))
    return found


def describe_disagreeing(rows: list[RatingRow], ratings: Mapping[str, tuple[float, str]],
                         documents: Iterable[tuple[str, str]], where: str) -> list[str]:
    """(outlets21) The summary's lines on two rows of `where` with different ratings that both
    match the same documents (a web site's row and the row of the name its pages give, "Harwick
    Courier"), where the one not used rates other documents (a row that rates none is said by
    `describe_unused` as outranked): which rating was used for those documents and why, so that
    one outlet rated two ways is never settled in silence. (A site's section or sub-domain rated
    apart from the site is a choice, not said.)"""
    named = {}
    for row in reversed(rows):
        named[row.key] = row
    documents = list(documents)
    used = {rating_used(url, outlet, ratings) for url, outlet in documents}
    pairs: Counter[tuple[str, str]] = Counter()
    for url, outlet in documents:
        winner, *others = ratings_matching(url, outlet, ratings) or [""]
        for key in others:
            # (a site's section or sub-domain rated apart from the site is meant: only a name is said)
            if key in used and not _names_site(key) and ratings[key][0] != ratings[winner][0]:
                pairs[(winner, key)] += 1
    lines = []
    for (winner, other), count in list(pairs.items())[:_SHOWN_UNUSED]:
        one, two = named[winner], named[other]
        why = "a web site before an outlet's name"
        lines.append(f"{where}: {one.place} ({one.written}, {one.rating:g}) and {two.place} ({two.written}, {two.rating:g}) "
                     f"both match {counted(count, 'document')} with different ratings; {one.place}'s rating is used for "
                     f"{'it' if count == 1 else 'them'} ({why}), and {two.place}'s only where {one.place} does not match. "
                     "If they are one outlet, give them one rating")
    return lines


def near_misses(unused: list[RatingRow], documents: Iterable[tuple[str, str]]) -> dict[str, tuple[str, int]]:
    """{key of an outlet name in `unused` (rows that rated no document): (a documents' outlet name
    near it, as most of those documents spell it; how many documents have it)}, for the summary's
    "did you mean" (`describe_unused`). Near: one name's words are a run of the other's ("Harwick
    Courier" and "Harwick Courier (Online)", "The Sun" and "Sun Journal"), or a few letters differ
    (`_few_letters_apart`: "Harwick Courant" and "Harwick Courier"). Only said, never applied: a
    near name may well be another outlet."""
    documents = list(documents)
    spellings: dict[str, Counter[str]] = {}
    sites: Counter[str] = Counter()
    for url, outlet in documents:
        key = outlet_key(outlet)
        if key and not _names_site(key):
            spellings.setdefault(key, Counter())[" ".join(outlet.split())] += 1
        site = site_of(url) if is_web_address(url) else ""
        if site:
            sites[site] += 1
    found: dict[str, tuple[str, int]] = {}
    for row in unused:
        if _names_site(row.key):
            # (outlets21) a web site rated and a name the documents give that is the site's name
            # in letters ("harwickcourier.example", "Harwick Courier"): said, never joined
            near = [(-sum(spelt.values()), key) for key, spelt in spellings.items() if _site_name_is(row.key, key)]
            if near:
                key = min(near)[1]
                found[row.key] = (spellings[key].most_common(1)[0][0], sum(spellings[key].values()))
            continue
        near = [(_edit_distance(row.key, key), -sum(spelt.values()), key) for key, spelt in spellings.items()
                if key != row.key and _near(row.key, key)]
        if near:
            key = min(near)[2]
            found[row.key] = (spellings[key].most_common(1)[0][0], sum(spellings[key].values()))
            continue
        # (outlets21) a name rated and the documents' web site whose name it is in letters
        near_sites = [(-count, site) for site, count in sites.items() if _site_name_is(site, row.key)]
        if near_sites:
            count, site = min(near_sites)
            found[row.key] = (site, -count)
    return found


# A site's name read as an outlet's only where it is this long or longer (as `page_sites` reads a
# page's site name: "ft" or "ap" is a part of too many names).
_SITE_NAME_MIN_CHARS = 4


def _site_name_is(site: str, name: str) -> bool:
    """(outlets21) Is the outlet name `name` (a key) the web site `site`'s name in letters: its
    host's first label, letters and digits only, equal to the name's ("harwickcourier.example" and
    "Harwick Courier", "the-sun-herald.example" and "Sun Herald")? Only for a "did you mean"."""
    label = _squashed(site.split("/")[0].split(".")[0])
    return len(label) >= _SITE_NAME_MIN_CHARS and not _names_site(name) and label in {_squashed(name), "the" + _squashed(name)}


def _squashed(text: str) -> str:
    return "".join(c for c in text if c.isalnum())


def describe_unrated_near(rows: list[RatingRow], ratings: Mapping[str, tuple[float, str]],
                          documents: Iterable[tuple[str, str]], where: str) -> str:
    """One line for the summary ("" when there is none to say): documents that `where` gave no
    rating although it rates an outlet whose name is near theirs ("Harwick Courier (Online)"
    beside a row for "Harwick Courier"; "Harwick Courant" beside "Harwick Courier"): a rating that
    matched some documents says nothing of those it missed. Near as `near_misses` reads it, but
    a name of one word is not looked for inside longer ones ("The Times" says nothing of "The
    New York Times"). Only said, never applied."""
    if all(_names_site(row.key) for row in rows):
        return ""
    missed: dict[str, Counter[str]] = {}
    used = set()
    for url, outlet in documents:
        key, rater = outlet_key(outlet), rating_used(url, outlet, ratings)
        used.add(rater)
        if rater is None and key and not _names_site(key):
            missed.setdefault(key, Counter())[" ".join(outlet.split())] += 1
    # (a row that rated no document is said by `describe_unused`, with its own "did you mean")
    rated = {row.key: row for row in reversed(rows) if row.key in used and not _names_site(row.key)}
    found = []
    for key, spelt in missed.items():
        near = [(_edit_distance(key, name), name) for name in rated if _near(key, name, whole_words=False)]
        if near:
            row = rated[min(near)[1]]
            found.append(f"{counted(sum(spelt.values()), 'document')} from {spelt.most_common(1)[0][0]!r} (near "
                         f"{row.place}, {row.written})")
    if not found:
        return ""
    named = "; ".join(found[:_SHOWN_UNUSED]) + (f"; and {len(found) - _SHOWN_UNUSED} more" if len(found) > _SHOWN_UNUSED else "")
    return (f"{where}: no rating for {named}. A near name is not rated: if it is the same outlet, add a row "
            "for the name as the documents spell it")


def _names_site(key: str) -> bool:
    """Is a ratings key a web site ("example.com", "example.com/opinion"), not an outlet's name? (As
    `source_rating.rating_key` tells them apart.)"""
    return "." in key and " " not in key


def _near(one: str, other: str, whole_words: bool = True) -> bool:
    """Are two outlet keys near spellings of one name (see `near_misses`)? `whole_words` False:
    a name of one word is not looked for as a run of the other's words."""
    words = sorted((one.split(), other.split()), key=len)
    return ((whole_words or len(words[0]) > 1) and _word_run_of(*words)) or _few_letters_apart(one, other)


def _word_run_of(short: list[str], long: list[str]) -> bool:
    """Are the words of the shorter name a run of the longer's?"""
    return any(long[at:at + len(short)] == short for at in range(len(long) - len(short) + 1))


def _few_letters_apart(one: str, other: str) -> bool:
    """Do two names differ by at most one letter in five of the shorter (at least one): "Harwick
    Courant" and "Harwick Courier" (3 of 15), "Daily Mial" and "Daily Mail"?"""
    limit = max(1, min(len(one), len(other)) // 5)
    return abs(len(one) - len(other)) <= limit and _edit_distance(one, other) <= limit


def _edit_distance(one: str, other: str) -> int:
    """Levenshtein distance: the fewest letters added, left out or changed to turn one into the other."""
    previous = list(range(len(other) + 1))
    for i, letter in enumerate(one, start=1):
        current = [i]
        for j, theirs in enumerate(other, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (letter != theirs)))
        previous = current
    return previous[-1]


def describe_unused(unused: list[RatingRow], where: str, outranked: Mapping[str, str] | None = None,
                    near: Mapping[str, tuple[str, int]] | None = None) -> list[str]:
    """The summary's lines on the rows of `where` that rated no document (none when there are
    none): those that match no document, each whose outlet name is near a documents' outlet
    (`near_misses`) on its own line with a "did you mean", then those outranked by another row
    (`outranked`)."""
    outranked, near = outranked or {}, near or {}
    lines = []
    guessed = [row for row in unused if row.key not in outranked and row.key in near]
    for row in guessed[:_SHOWN_UNUSED]:
        name, count = near[row.key]
        if _names_site(row.key) != _names_site(name):
            # (outlets21) a web site and a name: their letters alone do not make them one outlet
            lines.append(f"{where}: {row.place} ({row.written}) rated no document; did you mean {name!r} "
                         f"({counted(count, 'document')})? A web site and an outlet's name are not joined by their "
                         "letters: if they are one outlet, add a row for it as the documents give it, or give the "
                         "site and the name on one row (a domain column and an outlet column)")
            continue
        lines.append(f"{where}: {row.place} ({row.written}) rated no document; did you mean {name!r} "
                     f"({counted(count, 'document')})? A near spelling is not rated: if it is the same outlet, "
                     "write the name as the documents spell it")
    none = [row for row in unused if row.key not in outranked and row not in guessed[:_SHOWN_UNUSED]]
    # (hunt26a) a row for an archive or a redirector (web.archive.org, news.google.com, t.co) rates
    # its own pages only: the pages read through it are rated as the pages they hold, or not at all
    wrappers = [row for row in none if "/" not in row.key and wrapper_named(row.written)]
    if wrappers:
        named = ", ".join(f"{row.place} ({row.written})" for row in wrappers[:_SHOWN_UNUSED])
        more = f" and {len(wrappers) - _SHOWN_UNUSED} more" if len(wrappers) > _SHOWN_UNUSED else ""
        lines.append(f"{where}: {counted(len(wrappers), 'rating')} of an archive or a link wrapper rated no document: "
                     f"{named}{more}. A page read through one is rated as the page it holds (a copy of a page of "
                     "example.com as example.com), or not at all where its address does not say which page it is")
        none = [row for row in none if row not in wrappers]
    if none:
        named = ", ".join(f"{row.place} ({row.written})" for row in none[:_SHOWN_UNUSED])
        more = f" and {len(none) - _SHOWN_UNUSED} more" if len(none) > _SHOWN_UNUSED else ""
        lines.append(f"{where}: {counted(len(none), 'rating')} rated no document: {named}{more} "
                     "(write the site as a domain such as example.com, or the outlet exactly as the documents name it)")
    beaten = [row for row in unused if row.key in outranked]
    if beaten:
        named = "; ".join(f"{row.place} ({row.written}) by {outranked[row.key]}" for row in beaten[:_SHOWN_UNUSED])
        more = f"; and {len(beaten) - _SHOWN_UNUSED} more" if len(beaten) > _SHOWN_UNUSED else ""
        lines.append(f"{where}: {counted(len(beaten), 'rating was', 'ratings were')} outranked, each document it matches "
                     f"being rated by a more specific row (a site's section before the site, a site before an "
                     f"outlet's name): {named}{more}")
    return lines


def _beyond_section(written: str) -> bool:
    """Does a web address written in a ratings table go on past its site and section (one
    article's address: "example.com/news/wind", "example.com/news?id=3")?"""
    text = written.strip()
    if "//" not in text:
        text = "//" + text
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    return "/" in parts.path.strip("/") or bool(parts.query)


def describe_sections(rows: list[RatingRow], where: str) -> str:
    """One line for the summary ("" when there is none to say): rows that hold a longer address
    than a site and its first path segment rate that section (`rating_key`), not the one page."""
    cut = [row for row in rows if "/" in row.key and _beyond_section(row.written)]
    if not cut:
        return ""
    named = "; ".join(f"{row.place} ({row.written}) as {row.key}" for row in cut[:_SHOWN_ROWS])
    more = f"; and {len(cut) - _SHOWN_ROWS} more" if len(cut) > _SHOWN_ROWS else ""
    return (f"{where}: {counted(len(cut), 'address was', 'addresses were')} read as a section of a site, the rest "
            f"of the address left out: {named}{more}. A rating applies to a whole site or a section (its first "
            f"path segment), not to one article")
