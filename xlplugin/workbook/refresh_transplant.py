"""Sheets of the workbook `score` writes, added to the workbook a refresh rewrites
(refresh_rebuild: a Read, Overview, Outlets or Evidence sheet the user deleted).

Each sheet comes with the parts it links to (the Overview's and the Outlets sheet's drawing and
chart), under names the workbook does not use yet, its cell formats added to the workbook's
styles (refresh_styles), and its defined names (print titles, filter), and goes where `score`
puts it: before the first sheet of ours that `score` writes after it. The sheets after it move
one place on, so every index the workbook keeps by position (a defined name's sheet, the active
tab, the first tab shown) is moved with them. Every other part, and every other byte of the
parts edited here (the workbook, its relationships, the content types, the styles), stays as it
was.
"""

from __future__ import annotations

import posixpath
import re
from typing import Callable, Iterable, Iterator
from xml.sax.saxutils import escape, unescape

from . import layout, outlets, read_sheet
from .app_titles import app_part, with_sheet_titles
from .package import Package
from .refresh_styles import SheetNotAdded, merged_styles, restyled, tag_pieces, used_styles

__all__ = ["SHEET_ORDER", "SheetNotAdded", "styles_part", "transplanted_parts"]

# The sheets in the order `score` writes them (writer.build_workbook).
SHEET_ORDER = (layout.DOCUMENTS, read_sheet.READ, layout.OVERVIEW, outlets.OUTLETS, layout.EVIDENCE,
               layout.HOW_TO_READ, layout.SETTINGS_SHEET, layout.SOURCES)

_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_WORKSHEET_TYPE = _REL_NS + "/worksheet"
_SHEET_RE = re.compile(rb"<(?:[\w.-]+:)?sheet\b[^>]*>")
_SHEETS_END_RE = re.compile(rb"</(?:([\w.-]+):)?sheets\s*>")
_RELATIONSHIP_RE = re.compile(rb"<(?:[\w.-]+:)?Relationship\b[^>]*>")
_DEFINED_RE = re.compile(rb"<(?:[\w.-]+:)?definedName\b[^>]*>.*?</(?:[\w.-]+:)?definedName>", re.S)


def _attribute(tag: bytes, name: str) -> str | None:
    found = re.search(rb'\s%s\s*=\s*"([^"]*)"' % name.encode(), tag)
    return unescape(found.group(1).decode(), {"&quot;": '"', "&apos;": "'"}) if found else None


def styles_part(package: Package) -> str:
    found = [target for kind, target in package.rels(package.workbook_part).values() if kind == "styles"]
    if not found or not package.has(found[0]):
        raise SheetNotAdded("the workbook has no styles part: a sheet cannot be added to it")
    return found[0]


class _Transplant:
    """The parts of `target` that change, as sheets of `fresh` are added one by one."""

    def __init__(self, target: Package, fresh: Package) -> None:
        self.target, self.fresh = target, fresh
        self.parts: dict[str, bytes | Callable[[], Iterator[bytes]]] = {}
        self.taken = set(target.archive.namelist())
        folder, name = posixpath.split(target.workbook_part)
        self.workbook_rels = posixpath.join(folder, "_rels", name + ".rels")

    def read(self, part: str) -> bytes:
        return self.parts[part] if part in self.parts else self.target.read(part)

    def free_name(self, part: str) -> str:
        folder, name = posixpath.split(part)
        found = re.match(r"(.*?)\d*(\.[^.]+)$", name)
        stem, ext = (found.group(1), found.group(2)) if found else (name, "")
        number = 1
        while posixpath.join(folder, f"{stem}{number}{ext}") in self.taken:
            number += 1
        self.taken.add(posixpath.join(folder, f"{stem}{number}{ext}"))
        return posixpath.join(folder, f"{stem}{number}{ext}")

    def linked(self, part: str) -> list[str]:
        """The part and every part it links to (its drawing, the drawing's chart...)."""
        found, queue = [part], [part]
        while queue:
            for _kind, target in self.fresh.rels(queue.pop()).values():
                if target not in found and self.fresh.has(target):
                    found.append(target)
                    queue.append(target)
        return found

    def copy_parts(self, parts: list[str], mapping: dict[int, int]) -> str:
        """Copy the parts under new names (the first, a sheet, restyled); its new name."""
        names = {part: self.free_name(part) for part in parts}
        types = self.read("[Content_Types].xml")
        fresh_types = self.fresh.read("[Content_Types].xml")
        for old, new in names.items():
            # the sheet renumbered piece by piece as it is written (write_package), never held
            # whole: a rebuilt Evidence sheet may be the workbook's largest part
            self.parts[new] = self._restyled(old, mapping) if old == parts[0] else self.fresh.read(old)
            kind = re.search(rb'<Override\b[^>]*PartName="/%s"[^>]*ContentType="([^"]*)"' % re.escape(old.encode()), fresh_types)
            if kind is not None:
                override = b'<Override PartName="/%s" ContentType="%s"/>' % (new.encode(), kind.group(1))
                at = types.rindex(b"</")
                types = types[:at] + override + types[at:]
            folder, name = posixpath.split(old)
            rels = posixpath.join(folder, "_rels", name + ".rels")
            if self.fresh.has(rels):
                new_folder, new_name = posixpath.split(new)
                self.parts[posixpath.join(new_folder, "_rels", new_name + ".rels")] = self._retargeted(rels, folder, names)
        self.parts["[Content_Types].xml"] = types
        return names[parts[0]]

    def _restyled(self, part: str, mapping: dict[int, int]) -> Callable[[], Iterator[bytes]]:
        return lambda: (restyled(piece, mapping) for piece in tag_pieces(self.fresh.pieces(part)))

    def _retargeted(self, rels: str, folder: str, names: dict[str, str]) -> bytes:
        def tag(found: re.Match) -> bytes:
            target = _attribute(found.group(0), "Target") or ""
            if _attribute(found.group(0), "TargetMode") == "External":
                return found.group(0)
            part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
            new = "/" + names.get(part, part)
            return re.sub(rb'(\sTarget\s*=\s*")[^"]*(")', lambda m: m.group(1) + escape(new).encode() + m.group(2), found.group(0))
        return _RELATIONSHIP_RE.sub(tag, self.fresh.read(rels))

    def insert_sheet(self, name: str, part: str) -> None:
        """The sheet's entry in the workbook, at its place, with its defined names and relationship."""
        book = self.read(self.target.workbook_part)
        entries = list(_SHEET_RE.finditer(book))
        names = [_attribute(entry.group(0), "name") for entry in entries]
        position = _position(name, names)
        rels = self.read(self.workbook_rels)
        rid = next(f"rIdXlp{n}" for n in range(1, len(rels) + 2) if f'"rIdXlp{n}"'.encode() not in rels)
        end = _SHEETS_END_RE.search(book)
        if end is None:
            raise SheetNotAdded("the workbook part lists no sheets: a sheet cannot be added to it")
        prefix = (end.group(1).decode() + ":") if end.group(1) else ""
        sheet_id = max((int(n) for n in re.findall(rb'\ssheetId\s*=\s*"(\d+)"', book)), default=0) + 1
        entry = f'<{prefix}sheet xmlns:r="{_REL_NS}" name="{escape(name)}" sheetId="{sheet_id}" r:id="{rid}"/>'.encode()
        at = entries[position].start() if position < len(entries) else end.start()
        book = _shifted(book[:at], position) + entry + _shifted(book[at:], position)
        self.parts[self.target.workbook_part] = _with_defined_names(book, self._defined_names(name, position, prefix), prefix)
        relationship = f'<Relationship Id="{rid}" Type="{_WORKSHEET_TYPE}" Target="/{escape(part)}"/>'.encode()
        at = rels.rindex(b"</")
        self.parts[self.workbook_rels] = rels[:at] + relationship + rels[at:]

    def _defined_names(self, name: str, position: int, prefix: str) -> bytes:
        """The fresh workbook's defined names of the sheet (print titles, filter), moved to `position`."""
        book = self.fresh.read(self.fresh.workbook_part)
        index = [_attribute(entry.group(0), "name") for entry in _SHEET_RE.finditer(book)].index(name)
        found = [m.group(0) for m in _DEFINED_RE.finditer(book) if _attribute(m.group(0), "localSheetId") == str(index)]
        moved = [re.sub(rb'(\slocalSheetId=")\d+(")', b"\\g<1>%d\\2" % position, xml) for xml in found]
        return b"".join(re.sub(rb"<(/?)(?=[A-Za-z])", b"<\\1" + prefix.encode(), xml) if prefix else xml for xml in moved)


def _position(name: str, names: list[str | None]) -> int:
    """Where `score` puts the sheet: before the first sheet of ours written after it that the
    workbook has, else after the last one written before it, else at the end."""
    later = SHEET_ORDER[SHEET_ORDER.index(name) + 1:]
    for index, other in enumerate(names):
        if other in later:
            return index
    earlier = [index for index, other in enumerate(names) if other in SHEET_ORDER[:SHEET_ORDER.index(name)]]
    return earlier[-1] + 1 if earlier else len(names)


def _shifted(book: bytes, position: int) -> bytes:
    """Every sheet index at `position` or after moved one on: defined names' sheets, the active
    tab and the first tab shown."""
    def move(found: re.Match) -> bytes:
        value = int(found.group(2))
        return found.group(1) + str(value + 1 if value >= position else value).encode() + found.group(3)
    return re.sub(rb'(\s(?:localSheetId|activeTab|firstSheet)\s*=\s*")(\d+)(")', move, book)


def _with_defined_names(book: bytes, names: bytes, prefix: str) -> bytes:
    if not names:
        return book
    end = re.search(rb"</(?:[\w.-]+:)?definedNames\s*>", book)
    if end is not None:
        return book[:end.start()] + names + book[end.start():]
    after = max(found.end() for found in re.finditer(rb"</(?:[\w.-]+:)?(?:sheets|functionGroups|externalReferences)\s*>", book))
    return book[:after] + f"<{prefix}definedNames>".encode() + names + f"</{prefix}definedNames>".encode() + book[after:]


def transplanted_parts(target: Package, fresh: Package, names: Iterable[str]) -> dict[str, bytes | Callable[[], Iterator[bytes]]]:
    """The parts of `target` to replace or add so that it has the sheets `names` of `fresh`, as
    `fresh` has them (every part they link to, their formats, their place and defined names); a
    sheet as a function giving its bytes piece by piece, read from `fresh` (open it until the
    parts are written)."""
    names = [name for name in SHEET_ORDER if name in set(names)]
    transplant = _Transplant(target, fresh)
    closures = {name: transplant.linked(fresh.sheets[name]) for name in names}
    used = set().union(*(used_styles(piece) for parts in closures.values() for piece in tag_pieces(fresh.pieces(parts[0]))))
    styles = styles_part(target)
    merged, mapping = merged_styles(target.read(styles), fresh.read(styles_part(fresh)), used)
    transplant.parts[styles] = merged
    for name in names:
        transplant.insert_sheet(name, transplant.copy_parts(closures[name], mapping))
    app = app_part(target)
    if app is not None:  # (the sheet titles of the file's properties, where Excel listed them)
        book = transplant.read(target.workbook_part)
        sheets = [_attribute(entry.group(0), "name") or "" for entry in _SHEET_RE.finditer(book)]
        titled = with_sheet_titles(target.read(app), sheets, names)
        if titled is not None:
            transplant.parts[app] = titled
    return transplant.parts
