"""Numbers read as a person reads them in the cell: a number stored with a date format is a date
(45234 shown as 2023-11-04), and in the columns that say what a document is (id, title, URL,
outlet, date, author, file path) a number whose format changes how it reads is the text it shows
(12 formatted "0000" reads 0012; 0.12 formatted "0%" reads 12%).

openpyxl turns date-formatted numbers into dates when `score` reads a workbook; a refresh reads
the sheet's XML itself and turns them the same way here (`openpyxl.utils.datetime.from_excel`),
so that score and refresh see the same id, title and date. The formats: the workbook's styles
part (`numFmts`, `cellXfs`) and the built-in ones (ECMA-376 18.8.30)."""

from __future__ import annotations

import math
from functools import lru_cache
from decimal import ROUND_HALF_UP, Decimal
import re
from typing import Any, Sequence

from ..inputs import (AUTHOR_COLUMN_NAMES, DATE_COLUMN_NAMES, ID_COLUMN_NAMES, OUTLET_COLUMN_NAMES,
                      PATH_COLUMN_NAMES, TITLE_COLUMN_NAMES, URL_COLUMN_NAMES, find_column)
from .package import Package
from .xml_parse import local_name, parse_xml

__all__ = ["CellFormats", "shown", "label_columns", "is_date_code"]

# The built-in formats (ids below 164) whose look is not "General"; 14-22 and 45-47 are dates
# and times.
BUILTIN = {1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00",
           14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM",
           20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm", 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)",
           39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss",
           47: "mmss.0", 48: "##0.0E+0", 49: "@"}

# What a format code says outside its quoted text ("..."), escaped characters (\x, _x, *x) and
# bracketed parts ([Red], [$-409]; [h], [mm], [ss] are elapsed time and kept).
_LITERAL_RE = re.compile(r'"[^"]*"|\\.|_.|\*.|\[(?![hms]+\])[^\]]*\]', re.I)
_DATE_LETTERS_RE = re.compile(r"[dmyhs]", re.I)
_ZEROS_RE = re.compile(r"0+")
_FIXED_RE = re.compile(r"(#,##)?0(\.0+)?")
_PERCENT_RE = re.compile(r"0(\.0+)?%")


@lru_cache(maxsize=256)
def _section(code: str) -> str:
    """The part of a format code that applies to a positive number, without literals."""
    return _LITERAL_RE.sub("", code.split(";", 1)[0]).strip()


def is_date_code(code: str) -> bool:
    """A date or time format: d, m, y, h or s outside quotes (as Excel decides)."""
    return bool(_DATE_LETTERS_RE.search(_section(code))) if code and code != "General" else False


def shown(value: Any, code: str | None, epoch_1904: bool = False, labels: bool = True) -> Any:
    """`value` as the cell with format `code` shows it: a date-formatted number as a datetime
    (a date, a time; what openpyxl gives), and (with `labels`, for the columns that name a
    document) a zero-padded, percent or fixed-decimal number as its text. Anything else, and a
    number no date can be (negative, beyond 9999), as it is."""
    if not code or isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return value
    section = _section(code)
    if _DATE_LETTERS_RE.search(section):
        if not 0 <= value < 2958466:
            return value
        from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

        moment = from_excel(value, CALENDAR_MAC_1904 if epoch_1904 else CALENDAR_WINDOWS_1900)
        if hasattr(moment, "microsecond") and moment.microsecond:  # (a serial is exact to the second)
            from datetime import timedelta

            moment = moment + timedelta(microseconds=(1_000_000 - moment.microsecond) if moment.microsecond >= 500_000
                                        else -moment.microsecond)
        return moment
    if not labels:
        return value
    if _ZEROS_RE.fullmatch(section) and float(value).is_integer() and len(section) > 1:
        number = int(value)
        return ("-" if number < 0 else "") + str(abs(number)).zfill(len(section))
    percent = _PERCENT_RE.fullmatch(section)
    if percent:
        places = len(percent.group(1) or ".") - 1
        return _rounded(value, places, scale=2) + "%"
    fixed = _FIXED_RE.fullmatch(section)
    if fixed and (fixed.group(1) or fixed.group(2)):
        places = len(fixed.group(2) or ".") - 1
        return _rounded(value, places, thousands=bool(fixed.group(1)))
    return value


def _rounded(value: float, places: int, scale: int = 0, thousands: bool = False) -> str:
    """`value` (times 10**scale) with `places` decimals, halves rounded away from zero as a
    spreadsheet rounds them (0.125 as a percentage is 13%, not Python's 12%)."""
    number = Decimal(repr(value)).scaleb(scale).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{number:,}" if thousands else f"{number}"


def label_columns(headers: Sequence[str], text_column: str | None = None) -> set[str]:
    """The headers of the columns that say what a document is (id, title, URL, outlet, date,
    author, file path): those read as their cells show them. Never the text column (the text
    may be in a column named "title", with --text-column): a number there is not a text."""
    names = (ID_COLUMN_NAMES, TITLE_COLUMN_NAMES, URL_COLUMN_NAMES, OUTLET_COLUMN_NAMES, DATE_COLUMN_NAMES,
             AUTHOR_COLUMN_NAMES, PATH_COLUMN_NAMES)
    return {h for h in (find_column(list(headers), n) for n in names) if h is not None and h != text_column}


class CellFormats:
    """A workbook's cell styles: style index (a cell's s="N") -> its number format code."""

    def __init__(self, codes: list[str], epoch_1904: bool) -> None:
        self.codes, self.epoch_1904 = codes, epoch_1904

    @classmethod
    def of(cls, package: Package) -> "CellFormats":
        styles = [t for kind, t in package.rels(package.workbook_part).values() if kind == "styles"]
        workbook = package.read(package.workbook_part)
        epoch_1904 = re.search(rb'date1904\s*=\s*["\'](1|true)["\']', workbook) is not None
        if not styles or not package.has(styles[0]):
            return cls([], epoch_1904)
        custom: dict[int, str] = {}
        ids: list[int] = []
        where: list[str] = []

        def start(tag: str, attrs: dict[str, str]) -> None:
            local = local_name(tag)[1]
            if local in ("cellXfs", "numFmts", "cellStyleXfs", "dxfs"):
                where.append(local)
            elif local == "numFmt" and where and where[-1] == "numFmts":
                if attrs.get("numFmtId", "").isdigit():
                    custom[int(attrs["numFmtId"])] = attrs.get("formatCode", "")
            elif local == "xf" and where and where[-1] == "cellXfs":
                fmt = attrs.get("numFmtId", "0")
                ids.append(int(fmt) if fmt.isdigit() else 0)

        def end(tag: str) -> None:
            if where and local_name(tag)[1] == where[-1]:
                where.pop()

        parse_xml(package.read(styles[0]), styles[0], start, end)
        return cls([custom.get(i, BUILTIN.get(i, "")) for i in ids], epoch_1904)

    def code(self, style: int | None) -> str:
        return self.codes[style] if style is not None and 0 <= style < len(self.codes) else ""


_STYLE_RE = re.compile(rb'\ss\s*=\s*"(\d+)"')


def _style_of(scan: Any, span: Any, col: int) -> int | None:
    """The style index (s="N") of a row's cell in column `col`."""
    from .cell_xml import column_letter
    from .sheet_scan import parse_cells

    data, prefix = scan.data, scan.prefix.encode()
    at = data.find(b' r="' + column_letter(col).encode() + str(span.number).encode() + b'"', span.start, span.end)
    start = data.rfind(b"<", span.start, at) if at != -1 else -1
    tag_end = data.find(b">", at) if at != -1 else -1
    if start != -1 and data.startswith(b"<" + prefix + b"c", start) and data[start + len(prefix) + 2] in b" \t\r\n":
        found = _STYLE_RE.search(data, start, tag_end)
        return int(found.group(1)) if found else None
    for column, _xml, style, _formula in parse_cells(data[span.start:span.end], scan.prefix)[1]:  # (cells without references)
        if column == col:
            return style
    return None


def _cell_styles(scan: Any, cols: Sequence[int]) -> dict[tuple[bytes, bytes], bytes]:
    """(column letters, row number) -> style index (b"" for none) of every cell of those columns
    that carries its reference first (as Excel, LibreOffice, openpyxl and xlsxwriter write
    cells), in one pass over the part ("<" is never raw in text or attributes: a match is a cell)."""
    from .cell_xml import column_letter

    letters = b"|".join(column_letter(c).encode() for c in cols)
    cell_re = re.compile(rb"<" + re.escape(scan.prefix.encode()) + rb'c r="(' + letters + rb')(\d+)"(?:[^>]*?\ss="(\d+)")?')
    start, end = scan.sheet_data
    return {(col, row): style for col, row, style in cell_re.findall(scan.data, start, end)}


def styled_table(package: Package, scan: Any, spans: Sequence[Any], user: Sequence[tuple[int, str]],
                 table: list[list[Any]], text_column: str | None = None) -> list[list[Any]]:
    """A refresh's table of the user's columns (read from the sheet's XML, where numbers have no
    format) with each number read as `score` reads it (see `shown`): date-formatted numbers as
    dates in every column, and label columns (never the text column) as their cells show them."""
    from .cell_xml import column_letter

    numeric = [(i, col) for i, (col, _name) in enumerate(user)
               if any(isinstance(row[i], (int, float)) and not isinstance(row[i], bool) for row in table)]
    if not numeric:
        return table
    formats = CellFormats.of(package)
    if not any(formats.codes):  # (every cell General)
        return table
    labels = label_columns([name for _col, name in user], text_column)
    styles = _cell_styles(scan, [col for _i, col in numeric]) if b"<!" not in scan.data else {}
    for i, col in numeric:
        letters = column_letter(col).encode()
        column = [(k, value, styles.get((letters, b"%d" % span.number))) for k, (value, span) in
                  enumerate(zip((row[i] for row in table), spans))
                  if isinstance(value, (int, float)) and not isinstance(value, bool)]
        if all(style is not None and not formats.code(int(style or 0)) for _k, _v, style in column):
            continue  # (every number of the column is shown as General: nothing to do)
        as_label = user[i][1] in labels
        seen: dict[tuple[Any, str], Any] = {}  # (dates repeat: each is worked out once)
        for k, value, style in column:
            code = formats.code(int(style or 0) if style is not None else _style_of(scan, spans[k], col))
            if code:
                key = (value, code)
                if key not in seen:
                    seen[key] = shown(value, code, formats.epoch_1904, labels=as_label)
                table[k][i] = seen[key]
    return table
