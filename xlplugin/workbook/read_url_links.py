"""(links26) `score BOOK.xlsx`: a URL cell that shows words under a link that is not its row's.

A URL cell may show words ("council story") and link to the page: the link is the row's address
(`cell_links`). A script that sorts the Documents sheet by writing its values back in another
order (openpyxl has no sort) moves the words but not the links, and each words cell then sits
under the link of the row that stood there before. `refresh` finds such a row by its stamp
(`refresh_url_links`); `score BOOK.xlsx -o NEW.xlsx`, which reads a workbook as a table of
documents, read the link as the row's address and scored the row as a page of another site
(another source rating, outlet and index), with nothing said.

Here, for each row whose URL cell shows words:
- in a scored workbook, where its stamp (its Text hash) is given back by another link of the
  column and not by its own, and its own is another row's (`refresh_url_links.left_behind`): it
  is read with the address its stamp was made with, and its Status says so;
- else (a workbook of the user's own, with no stamps, or a row whose stamp no link gives back),
  where the words name a web site ("the story on bbc.co.uk") and the link is a page of another
  site, nothing tells which is the row's: the link is not guessed at. A cell whose words are an
  address ("www.bbc.co.uk/news/ferry") is read as the address it shows, as a cell showing an
  "https://" address is; one whose words only name the site is read with no address. The
  Status says which, and why. A `=HYPERLINK` formula is left as it is: its words and its address
  move together.
Words that name no site ("council story") cannot be checked without a stamp: read with the link,
as before.
"""

from __future__ import annotations

import re
from typing import Any, Sequence

from ..engine import text_digest
from ..inputs import Problem, Record
from ..links import is_web_address
from ..scorers.source_rating import domain_of, site_of
from .cell_links import column_formula_targets, column_link_targets
from .package import Package
from .refresh_url_links import left_behind, stamped_address

__all__ = ["check_words_links", "shows_words", "KEPT_NOTE", "READ_SHOWN_NOTE", "NOT_USED_NOTE", "link_lines"]

_WEB = ("http://", "https://")
# What a row's Status says (the start of each is what `link_lines` counts)
KEPT_NOTE = ("URL cell shows words and {linked}, most likely after the sheet's values were sorted (or the row moved) "
             "without their links: read with the address the row was scored with ({address})")
_LINKED_ELSEWHERE = "links to another row's address ({site})"
_LINK_LEFT = "has no link (its own was left on another row)"
READ_SHOWN_NOTE = ("URL cell shows the address {shown!r} but links to a page of {linked}, most likely another row's "
                   "(values sorted without their links): read as the address it shows")
NOT_USED_NOTE = ("URL cell shows {shown!r}, which names {named}, but links to a page of {linked}, most likely another "
                 "row's (values sorted without their links): the link was not used, and the row has no web address; "
                 "put the address in the cell to score it with one")
_KEPT_MARK = "read with the address the row was scored with"
_OTHER_MARK = "but links to a page of"
# A site named in a cell's words: a host name whose last label is a common top-level domain (a
# dotted abbreviation, "e.g." or "U.S.", is none).
_TLDS = ("com", "org", "net", "edu", "gov", "int", "info", "news", "uk", "us", "ca", "au", "nz", "ie", "de", "fr",
         "it", "es", "pt", "nl", "be", "ch", "at", "se", "no", "dk", "fi", "pl", "cz", "ru", "ua", "eu", "in", "jp",
         "cn", "kr", "br", "mx", "ar", "za", "ng", "io", "co", "tv", "me")
_SITE_RE = re.compile(r"(?<![\w@.-])((?:www\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:" + "|".join(_TLDS) + r"))(?![\w-])",
                      re.IGNORECASE)


def shows_words(value: Any) -> bool:
    """Does a URL cell show words (not empty, not an "http(s)://" address)?"""
    return isinstance(value, str) and bool(value.strip()) and not value.strip().lower().startswith(_WEB)


def _named_sites(words: str) -> list[str]:
    return [site_of(found) for found in _SITE_RE.findall(words)]


def _site(url: str) -> str:
    """The site a link's address is on, as the source rating reads it (`site_of`), or its host
    where that names none (hunt26a: a short link, "t.co", a Google News link, names no page)."""
    return site_of(url) or domain_of(url)


def _same_site(one: str, other: str) -> bool:
    """One site, or one's host under the other's ("news.bbc.co.uk" and "bbc.co.uk")?"""
    return one == other or one.endswith("." + other) or other.endswith("." + one)


def check_words_links(package: Package, part: str | None, column: int, header: str, shown: dict[int, Any],
                      items: Sequence[Record | Problem], numbers: Sequence[int], stamps: Sequence[tuple[Any, ...] | None]) -> None:
    """Set the address of each of `items` (sheet rows `numbers`; `stamps[i]`: its stamps, where the
    sheet has them) whose URL cell (sheet column `column`, its column `header` among the items'
    columns) showed words (`shown`: sheet row -> what its URL cell shows) and was read as the link
    under it, where that link is not the row's (the module's note), and say so in its note (its
    Status). Its URL column is set to what was read, so that `score -o` writes the cell (and its
    link) as the row was scored: the address, or the words where no address was read."""
    suspects = [i for i, item in enumerate(items) if isinstance(item, Record) and shows_words(shown.get(numbers[i]))]
    if not suspects or part is None:
        return
    from .refresh_plan import repeated_marks

    links = {number: target.strip() for number, target in
             column_link_targets(package, part, column, range(2, max(numbers) + 1)).items()}
    furniture: list[frozenset[str]] | None = None
    found: dict[int, str] = {}
    checked: set[int] = set()  # rows whose stamp their own link gives back
    for i in suspects:
        item = items[i]
        stamp = stamps[i]
        if stamp is None or stamp[0] in (None, "") or stamp[2] in (None, "") or not isinstance(item.text, str):
            continue
        furniture = repeated_marks(list(items)) if furniture is None else furniture
        made = text_digest(item.text, item.title, item.url, item.outlet, item.author, item.date, item.page_type, furniture[i])
        if made == str(stamp[2]):
            checked.add(i)
            continue
        other = stamped_address(item, numbers[i], {str(stamp[2])}, links, furniture[i])
        if other is not None:
            found[i] = other[0]
    claimed = {value.strip() for value in shown.values() if isinstance(value, str)}
    addresses = {number: value.strip() for number, value in shown.items() if isinstance(value, str) and not shows_words(value)
                 and value.strip()}
    for i, address in found.items():
        item = items[i]
        if left_behind(numbers[i], address, links, claimed | {other for j, other in found.items() if j != i}, set(numbers),
                       addresses):
            here = links.get(numbers[i], "")
            linked = _LINKED_ELSEWHERE.format(site=_site(here)) if here else _LINK_LEFT
            _read_as(item, header, address)
            _noted(item, KEPT_NOTE.format(linked=linked, address=address))
            checked.add(i)
    unchecked = [i for i in suspects if i not in checked and items[i].url.strip().lower().startswith(_WEB)]
    # (a =HYPERLINK formula's words and address move together: whatever they say, it is the user's)
    formulas = column_formula_targets(package, part, column, {numbers[i] for i in unchecked}) if unchecked else {}
    for i in unchecked:
        item = items[i]
        if numbers[i] in formulas:
            continue
        words = str(shown[numbers[i]]).strip()
        linked = _site(item.url)
        named = _named_sites(words)
        if not named or any(_same_site(site, linked) for site in named):
            continue
        if is_web_address(words):
            _read_as(item, header, words)
            _noted(item, READ_SHOWN_NOTE.format(shown=words, linked=linked))
        else:
            _read_as(item, header, "", words)
            _noted(item, NOT_USED_NOTE.format(shown=words[:60], named=" and ".join(dict.fromkeys(named)), linked=linked))


def link_lines(records: Sequence[Any]) -> list[str]:
    """The summary's lines naming the rows `check_words_links` read with another address than
    their URL cell's link, or with none ([] where none)."""
    kept = [r.source for r in records if _KEPT_MARK in r.note]
    other = [r.source for r in records if _OTHER_MARK in r.note]
    lines = []
    if kept:
        many = len(kept) > 1
        lines.append(f"{len(kept)} URL cell{'s' if many else ''} showing words ({_places(kept)}) linked to another row's "
                     f"address, most likely after the sheet's values were sorted without their links: "
                     f"{'each row was' if many else 'the row was'} read with the address it was scored with, and the "
                     f"Status says so")
    if other:
        many = len(other) > 1
        lines.append(f"{len(other)} URL cell{'s' if many else ''} ({_places(other)}) {'name' if many else 'names'} one web "
                     f"site and {'link' if many else 'links'} to a page of another: the link was not used (the Status "
                     f"says what was read instead); put the row's address in its URL cell")
    return lines


def _places(places: list[str]) -> str:
    return ", ".join(places[:5]) + (", ..." if len(places) > 5 else "")


def _read_as(item: Record, header: str, address: str, shown: str = "") -> None:
    item.url = address
    if header in item.columns:
        item.columns[header] = address or shown


def _noted(item: Record, note: str) -> None:
    item.note = "; ".join(n for n in (item.note, note) if n)
