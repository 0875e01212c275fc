"""(hunt25b) A URL cell that shows words, whose address is its link, under another row's link.

A URL cell may show words ("council story") and link to the page: the link is the row's address
(`cell_links`). A script that sorts the Documents sheet by writing its values back in another
order (openpyxl has no sort) moves the words but not the links: each words cell then sits under
the link of the row that stood there before, and the refresh read that link as the row's address,
scoring the row again as a page of another site (another source rating, another index) with
nothing said but "1 row scored again".

The row's stamp (its Text hash: the text and metadata it was scored with) tells which address it
had. For a row that would be scored again only because of its address, read from a link of a words
cell: where one of the other links of the column is an address with which the row's text and
metadata give its stamp again, that link was the row's and was left behind. The row is read with
that address (unchanged, where nothing else changed: its scores stay) and its cell's link is set
back to it (`cell_links.followed_links`); the summary says so. A link edited to an address no
other cell of the column links to is the user's: the row is scored again with it, as before.
"""

from __future__ import annotations

from dataclasses import replace
from typing import AbstractSet, Sequence

from ..engine import text_digests
from ..inputs import Record
from ..outlets import FROM_URL
from ..scorers.source_rating import site_of
from .cell_links import column_link_targets
from .package import Package
from .refresh_plan import NOT_REFRESHED, RowPlan

__all__ = ["restore_displaced_urls", "displaced_note", "not_told_note", "lost_link_note", "stamped_address", "left_behind"]

_WEB = ("http://", "https://")


def _shows_words(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip()) and not value.strip().lower().startswith(_WEB)


def restore_displaced_urls(rows: Sequence[RowPlan], items: list, package: Package, part: str, url_column: int | None,
                           stamp_columns: Sequence[int], still_current: tuple[str, str],
                           status_column: int, old_read: object = None,
                           not_told: dict[int, str] | None = None, edited: set[int] | None = None) -> dict[int, str]:
    """For each row planned to be scored again whose URL cell shows words and whose stamp another
    link of the column gives back (module docstring): its item read with that address (in `rows`
    and in `items`, the sheet's items in the same order), not scored again where nothing else
    changed. The stamps tried are the row's Text hash and the one the last Read sheet has for its
    id (`old_read`: a sort of the user's columns alone leaves the stamps where they were, and the
    row is scored again, with its own address). Returns {sheet row: the address its link is set back to}.
    (loose28) A row moved and edited too (its stamp no link gives back) under a link another row's
    stamp gives back is read with its own address where one link alone can be it (`_edited_and_moved`),
    else with none: `not_told` gets {sheet row: the site of the link it sat under}, and its Status says so;
    `edited` gets the rows read with their own address so."""
    if url_column is None:
        return {}
    hash_column = stamp_columns[2]
    read_hashes: dict[str, set[str]] = {}
    for row_id, text_hash, _number in getattr(old_read, "order", None) or []:
        read_hashes.setdefault(str(row_id), set()).add(str(text_hash))
    suspects = [i for i, row in enumerate(rows) if row.rescore and not row.new and isinstance(row.item, Record)
                and isinstance(row.item.text, str) and _shows_words(row.span.values.get(url_column))
                and (row.span.values.get(hash_column) or read_hashes.get(str(row.item.id)))]
    if not suspects:
        return {}
    numbers = {row.span.number for row in rows}
    links = {number: target.strip() for number, target in
             column_link_targets(package, part, url_column, range(2, max(numbers) + 1)).items()}
    found: dict[int, str] = {}  # suspect -> the address its stamp was made with, on another row's link
    own: set[int] = set()  # the suspects whose own Text hash cell gave it back
    for i in suspects:
        row, item = rows[i], rows[i].item
        stamp = str(row.span.values.get(hash_column) or "")
        stamps = {stamp} | read_hashes.get(str(item.id), set())
        made = stamped_address(item, row.span.number, stamps, links, row.furniture)
        if made is not None:
            found[i] = made[0]
            if made[1] == stamp:
                own.add(i)
    # Left behind, not edited: the link the row sits under now is another row's (an address
    # another row shows or links to, or the one another such row was scored with); a row with no
    # link lost it to a row left empty (a row cut and pasted elsewhere). A link the user edited to
    # a new address, or removed, is the user's.
    claimed = {value.strip() for row in rows if isinstance(value := row.span.values.get(url_column), str)}
    addresses = {row.span.number: value.strip() for row in rows if isinstance(value := row.span.values.get(url_column), str)
                 and value.strip().lower().startswith(_WEB)}
    restored: dict[int, str] = {}
    # (loose28) rows moved and edited: their own address found by elimination, else none
    recovered = _edited_and_moved(rows, suspects, found, links, addresses, hash_column, old_read)
    claimed |= {address for address in recovered.values() if address}
    under = {links.get(rows[i].span.number) for i in recovered}  # (links other rows' stamps give back, under them)
    for i, address in recovered.items():
        row, item = rows[i], rows[i].item
        here = links.get(row.span.number, "")
        if address:
            row.item = items[i] = replace(item, url=address, note="; ".join(n for n in (item.note, EDITED_NOTE.format(
                site=site_of(here), address=address)) if n))
            restored[row.span.number] = address
            if edited is not None:
                edited.add(row.span.number)
        else:
            # (read as the words it shows, as a words cell with no link is: its link is removed)
            row.item = items[i] = replace(item, url=str(row.span.values.get(url_column)).strip(), note="; ".join(n for n in (item.note, NOT_TOLD_NOTE.format(
                site=site_of(here))) if n))
            if not_told is not None:
                not_told[row.span.number] = site_of(here)
    for i, address in found.items():
        row, item = rows[i], rows[i].item
        if not left_behind(row.span.number, address, links, claimed | {other for j, other in found.items() if j != i}, numbers,
                           addresses) and address not in under:
            continue
        row.item = items[i] = replace(item, url=address)
        restored[row.span.number] = address
        version, digest = still_current
        old = (row.span.values.get(stamp_columns[0]), row.span.values.get(stamp_columns[1]))
        if i in own and old == (version, digest) and row.normalised_cell is None \
                and not str(row.span.values.get(status_column) or "").startswith(NOT_REFRESHED):
            row.rescore = False
    return restored


# (loose28) What the Status of a row moved and edited says of its address
EDITED_NOTE = ("URL cell shows words and links to another row's address (a page of {site}), most likely after the sheet's "
               "values were sorted without their links; the row was edited too, so its stamp could not be checked: read "
               "with {address}, the one link left of the site it was scored as a page of")
NOT_TOLD_NOTE = ("URL cell shows words and links to another row's address (a page of {site}), most likely after the "
                 "sheet's values were sorted without their links; the row was edited too, and which link was its own "
                 "cannot be told: scored with no web address (the link was removed); put its address in the cell")


def _edited_and_moved(rows: Sequence[RowPlan], suspects: list[int], found: dict[int, str], links: dict[int, str],
                      addresses: dict[int, str], hash_column: int, old_read: object) -> dict[int, str]:
    """(loose28) The suspects whose stamp no link gives back (their text or metadata edited) that
    a sort moved too: under a link another row's stamp gives back (or another row shows), or
    under a link of another site than the last Read sheet shows the row scored as a page of (its
    Text hash's row there) where another such row sits under a link of this row's site, itself out
    of place (two rows swapped), or a link of this row's site is left under a row a sort surely
    moved (a link edited to another site is the user's, and stays). For each,
    {suspect: its own address, or "" where it cannot be told}: of the links under the other rows
    whose address was read from a link and not kept (found elsewhere, or edited) and under rows that
    are no document now, less those other rows' stamps give back or show, the one of the site the
    row was scored as a page of, where it is the only one and no other such row was of that site."""
    unchecked = [i for i in suspects if i not in found]
    if not unchecked:
        return {}
    old_rows = getattr(old_read, "rows", None) or {}
    here = {i: links.get(rows[i].span.number, "") for i in unchecked}
    sites: dict[int, str] = {}
    for i in unchecked:
        row = rows[i]
        old = old_rows.get((str(row.item.id), str(row.span.values.get(hash_column) or "")))
        sites[i] = site_of(old.outlet) if old is not None and old.source == FROM_URL and old.outlet else ""

    def out_of_place(i: int) -> bool:
        return bool(here[i] and sites[i] and site_of(here[i]) != sites[i])

    taken = set(found.values()) | set(addresses.values())
    documents = {row.span.number for row in rows}
    left = {rows[i].span.number for i in suspects}  # (an edited row not seen to move may sit under another's link too)
    found_rows = {rows[i].span.number for i in found}  # (rows a sort surely moved: the links under them are others')
    mine: dict[int, str] = {}
    while True:  # (a row given its own address may show that the row under its link moved too)
        free = {number: target for number, target in links.items() if target not in taken
                and (number in left or number not in documents)}
        moved = [i for i in unchecked if i not in mine and (here[i] in taken or (out_of_place(i) and (any(
            j != i and out_of_place(j) and site_of(here[j]) == sites[i] for j in unchecked) or any(
            number in found_rows and site_of(target) == sites[i] for number, target in free.items()))))]
        if not moved:
            return mine
        for i in moved:
            fits = sorted({target for number, target in free.items() if number != rows[i].span.number and sites[i]
                           and site_of(target) == sites[i]})
            alone = sum(1 for j in unchecked if j not in mine and sites[j] == sites[i] and (j in moved or not here[j]
                        or site_of(here[j]) != sites[j])) == 1
            mine[i] = fits[0] if len(fits) == 1 and alone else ""
        taken |= {address for address in mine.values() if address}


def stamped_address(item: Record, number: int, stamps: set[str], links: dict[int, str],
                    furniture: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """(address, the stamp it gives) of the first link of the column but row `number`'s (`links`:
    sheet row -> the web address its URL cell links to), other than the item's address, with which
    the item's text and metadata give one of `stamps` (its Text hash) again; None where none does."""
    others = sorted({target for row, target in links.items() if row != number and target != item.url})
    for address, made in text_digests(others, item.text, item.title, item.outlet, item.author, item.date, item.page_type,
                                      furniture):
        if made in stamps:
            return address, made
    return None


def left_behind(number: int, address: str, links: dict[int, str], claimed: set[str], numbers: set[int],
                shown: dict[int, str] | None = None) -> bool:
    """Is the link row `number` sits under another row's, its own (`address`) left elsewhere, not
    one the user edited? Its link is an address another row links to or shows (`claimed`: the
    URL cells' values, and the addresses other such rows were scored with); or it has no link and
    its address is the link of a row that is no document now (`numbers` are the documents' rows:
    a row cut and pasted elsewhere leaves its link on its emptied row), or (links26) of a row
    whose cell shows another web address (`shown`: sheet row -> the address its URL cell shows),
    where a sort put it. A link edited to a new address, or removed, is the user's."""
    here = links.get(number, "")
    if here:
        return here in claimed or any(target == here for row, target in links.items() if row != number)
    shown = shown or {}
    return any(target == address and (row not in numbers or shown.get(row, address) != address)
               for row, target in links.items() if row != number)


def displaced_note(restored: dict[int, str], edited: AbstractSet[int] = frozenset()) -> list[str]:
    """The summary's line on the links set back ([] where none); (loose28) a line of their own for
    the rows of them that were edited too (`edited`)."""
    lines = []
    if edited:
        many = len(edited) > 1
        lines.append(f"{len(edited)} URL cell{'s' if many else ''} showing words (row{'s' if many else ''} "
                     f"{', '.join(str(n) for n in sorted(edited))}) linked to another row's address after the sheet's values "
                     f"were sorted without their links, and {'the rows were' if many else 'the row was'} edited too: "
                     f"{'each was' if many else 'it was'} read with the one link left of the site "
                     f"{'it was' if not many else 'each was'} scored as a page of (the Status names it)")
    restored = {number: address for number, address in restored.items() if number not in edited}
    if not restored:
        return lines
    rows = ", ".join(str(number) for number in sorted(restored))
    many = len(restored) > 1
    return [f"{len(restored)} URL cell{'s' if many else ''} showing words (row{'s' if many else ''} {rows}) "
            f"linked to another row's address, most likely after the sheet's values were sorted without their links: "
            f"{'each' if many else 'it'} kept the address {'its row was' if many else 'the row was'} scored with, "
            f"and {'their links were' if many else 'its link was'} set back to it where {'they have' if many else 'it has'} one"] + lines


def not_told_note(not_told: dict[int, str]) -> list[str]:
    """(loose28) The summary's line on words URL cells moved and edited whose own address cannot be
    told ([] where none)."""
    if not not_told:
        return []
    many = len(not_told) > 1
    rows = ", ".join(str(number) for number in sorted(not_told))
    return [f"{len(not_told)} URL cell{'s' if many else ''} showing words (row{'s' if many else ''} {rows}) linked to "
            f"another row's address after the sheet's values were sorted without their links, and {'the rows were' if many else 'the row was'} "
            f"edited too: which link was {'each' if many else 'its'} own cannot be told, so {'they were' if many else 'it was'} "
            f"scored with no web address and the link{'s' if many else ''} removed (the Status says so); put "
            f"{'their addresses' if many else 'its address'} in the URL cell{'s' if many else ''}"]


def lost_link_note(rows: Sequence[RowPlan], url_column: int | None, hash_column: int, old_read: object) -> list[str]:
    """The summary's line on rows scored again without a web address because their URL cell
    shows words and links to nothing now, where the last Read sheet shows the row's outlet taken
    from its web address: the link was removed, or the workbook was saved by a program that does
    not keep links (Gnumeric's ssconvert drops them all). Said, since nothing else says why such a
    row's source rating went ([] where none)."""
    if url_column is None or old_read is None:
        return []
    lost: list[tuple[int, str, str]] = []
    for row in rows:
        if not row.rescore or row.new or not isinstance(row.item, Record) or row.item.url.strip().lower().startswith(_WEB):
            continue
        shown = row.span.values.get(url_column)
        old = old_read.rows.get((str(row.item.id), str(row.span.values.get(hash_column) or "")))  # type: ignore[attr-defined]
        if _shows_words(shown) and old is not None and old.source == FROM_URL and old.outlet:
            lost.append((row.span.number, str(shown).strip(), old.outlet))
    if not lost:
        return []
    number, shown, site = lost[0]
    many = len(lost) > 1
    rows_named = ", ".join(str(n) for n, _, _ in lost)
    return [f"{len(lost)} row{'s' if many else ''} (row{'s' if many else ''} {rows_named}) scored again without a web "
            f"address: {'their URL cells show' if many else 'its URL cell shows'} words ({shown[:40]!r}) and "
            f"link{'' if many else 's'} to no page now (row {number} was scored as a page of {site}). A link removed, or the "
            f"workbook saved by a program that drops links (Gnumeric does); put the address in the cell, or its link back, "
            f"to score {'them' if many else 'it'} with it"]
