"""What the conditional formats of a sheet paint behind a cell, worked out from the rules as
openpyxl reads them: the fill of every rule that is true there, each rule on its own. That is how
LibreOffice and Gnumeric draw them: they ignore Excel's "Stop If True", and LibreOffice draws a
colour scale behind every number in its range whatever rule comes first.

A formula is read by a small evaluator of the few functions conditional formats use here (AND,
OR, NOT, LEN, ISNUMBER, ISBLANK, comparisons, cells of the same row); anything else raises, so a
rule this cannot read fails the test rather than being skipped."""

from __future__ import annotations

import re
from typing import Any, Callable, Mapping

from openpyxl.utils import column_index_from_string, get_column_letter

__all__ = ["column_rules", "fills", "blend"]

_TOKEN = re.compile(r'\s*(?:(?P<num>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)|(?P<str>"[^"]*")|(?P<ref>\$?[A-Z]{1,3}\$?\d+)'
                    r'|(?P<name>[A-Z]+)\(|(?P<op><=|>=|<>|[=<>(),-]))')


def _tokens(formula: str) -> list[tuple[str, str]]:
    found, at = [], 0
    while at < len(formula):
        match = _TOKEN.match(formula, at)
        if not match:
            raise ValueError(f"cannot read {formula[at:]!r} in {formula!r}")
        kind = match.lastgroup
        found.append((kind, match.group(kind)))
        at = match.end()
    return found


def _rank(value: Any) -> tuple[int, Any]:
    """Excel's order across types: numbers (a blank cell is 0), then text, then TRUE/FALSE."""
    if value is None:
        return (0, 0)
    if isinstance(value, bool):
        return (2, value)
    if isinstance(value, (int, float)):
        return (0, value)
    return (1, str(value).lower())


_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "=": lambda a, b: a == b, "<>": lambda a, b: a != b, "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b, ">": lambda a, b: a > b, ">=": lambda a, b: a >= b,
}
_FUNCTIONS: dict[str, Callable[..., Any]] = {
    "AND": lambda *args: all(args), "OR": lambda *args: any(args), "NOT": lambda arg: not arg,
    "LEN": lambda v: 0 if v is None else len(str(v)),
    "ISNUMBER": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "ISBLANK": lambda v: v is None,
}


def evaluate(formula: str, cell: Callable[[str], Any]) -> Any:
    """The value of `formula` where `cell(ref)` gives the value of a cell ("K2", "$I2")."""
    tokens = _tokens(formula)
    at = 0

    def take() -> tuple[str, str]:
        nonlocal at
        at += 1
        return tokens[at - 1]

    def peek() -> tuple[str, str] | None:
        return tokens[at] if at < len(tokens) else None

    def primary() -> Any:
        kind, text = take()
        if kind == "num":
            return float(text)
        if kind == "str":
            return text[1:-1]
        if kind == "ref":
            return cell(text)
        if (kind, text) == ("op", "-"):
            return -primary()
        if (kind, text) == ("op", "("):
            value = comparison()
            assert take() == ("op", ")"), formula
            return value
        if kind == "name":
            if text not in _FUNCTIONS:
                raise ValueError(f"{text}() is not read here: {formula!r}")
            args = []
            while peek() != ("op", ")"):
                args.append(comparison())
                if peek() == ("op", ","):
                    take()
            take()
            return _FUNCTIONS[text](*args)
        raise ValueError(f"unexpected {text!r} in {formula!r}")

    def comparison() -> Any:
        left = primary()
        if peek() is not None and peek()[0] == "op" and peek()[1] in _COMPARE:
            op = take()[1]
            right = primary()
            return _COMPARE[op](_rank(left), _rank(right))
        return left

    value = comparison()
    if at != len(tokens):
        raise ValueError(f"not read to its end: {formula!r}")
    return value


def column_rules(ws, letter: str) -> list[tuple[str, Any]]:
    """The conditional format rules whose range starts at `letter` in row 2 (the score columns'
    ranges), with the range's first cell, in priority order."""
    found = []
    for cf in ws.conditional_formatting:
        first = str(cf.sqref).split(":")[0].split()[0]
        if first.rstrip("0123456789") == letter:
            found.extend((first, rule) for rule in cf.rules)
    return sorted(found, key=lambda item: item[1].priority)


def blend(low: str, high: str, at: float, middle: str | None = None) -> str:
    """The colour `at` (0 to 1) of the way from `low` to `high` (through `middle` at 0.5), RRGGBB."""
    if middle is not None:
        low, high, at = (low, middle, at * 2) if at <= 0.5 else (middle, high, at * 2 - 1)
    return "".join(f"{round(int(low[i:i + 2], 16) * (1 - at) + int(high[i:i + 2], 16) * at):02X}" for i in (0, 2, 4))


def _scale_colour(rule, value: Any) -> str | None:
    """The colour a colour scale draws behind `value` (None: no number, no colour)."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return None
    points = [float(v.val) for v in rule.colorScale.cfvo]
    colours = [c.rgb[-6:] for c in rule.colorScale.color]
    if value <= points[0]:
        return colours[0]
    for (p0, c0), (p1, c1) in zip(zip(points, colours), zip(points[1:], colours[1:])):
        if value <= p1:
            return blend(c0, c1, (value - p0) / (p1 - p0))
    return colours[-1]


def _fill_colour(rule) -> str | None:
    fill = rule.dxf.fill if rule.dxf is not None else None
    if fill is None or fill.bgColor is None or fill.bgColor.rgb is None:
        return None
    return fill.bgColor.rgb[-6:]


def fills(ws, letter: str, row: Mapping[str, Any]) -> list[str]:
    """The fill colours (RRGGBB) the rules of column `letter` paint behind its cell in a row
    holding `row` (values by column letter; a letter not given is an empty cell), one for each
    rule that is true there, as LibreOffice and Gnumeric draw them (no Stop If True)."""
    colours = []
    for first, rule in column_rules(ws, letter):
        first_row = int(first.lstrip("$ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        first_col = column_index_from_string(first.rstrip("0123456789"))

        def cell(ref: str) -> Any:
            match = re.fullmatch(r"(\$?)([A-Z]+)(\$?)(\d+)", ref)
            fixed_col, col, fixed_row, number = match.groups()
            if fixed_row or int(number) != first_row:
                raise ValueError(f"{ref}: only cells of the rule's own row are read here")
            if not fixed_col:  # (relative to the range's first cell, which is in `letter`'s column)
                col = get_column_letter(column_index_from_string(letter) + column_index_from_string(col) - first_col)
            return row.get(col)

        if rule.type == "colorScale":
            colour = _scale_colour(rule, row.get(letter))
        elif rule.type == "expression":
            colour = _fill_colour(rule) if evaluate(rule.formula[0], cell) else None
        else:
            raise ValueError(f"a {rule.type} rule is not read here")
        if colour is not None:
            colours.append(colour)
    return colours
