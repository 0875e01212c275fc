"""The matches of a regular expression, found with less work: exactly what `findall` and `search`
give, for patterns whose every match starts with one of a few plain strings.

Python's `re` scans a pattern such as `\\b(?:pleased to announce|we welcome|...)\\b` by trying it
at every character of the text (a leading `\\b` or alternation keeps it from looking for a
literal first); on a 3.5 KB article that takes 50-100 microseconds per pattern. Every match of
such a pattern starts where one of its alternatives' literal beginnings ("pleased to announce",
"we welcome") stands in the text, and `str.find` finds those in a few microseconds. Trying the
pattern only there (`Pattern.match(text, pos)` looks at the real text before `pos`, so `\\b` and
`^` behave as in a scan), left to right and each search starting where the last match ended,
gives the same matches as the scan: no other position can start one.

A pattern opening with `(?:^|\\n)` (a line start) is tried at the text's start and at its line
breaks that are followed by the rest of the pattern (found by `re` in one scan for "\\n", even
where the rest has no literal beginning). `Starts.of` returns None for any pattern whose matches
it cannot pin down this way; callers then use the pattern itself.
`tests/test_fastmatch.py` holds the shortcut to `findall` and `search` on generated texts.

Pure Python, part of the core.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property

__all__ = ["Starts", "EachStarts", "beginnings", "literal_prefix", "lead_prefixes", "alternatives_prefixes", "findall_at",
           "finditer_at", "search_at", "first_at", "first_between"]

_LINE_START = "(?:^|\\n)"
_SPECIAL = frozenset("\\()[].^$|?*+{")


def literal_prefix(part: str) -> str:
    """The plain characters every match of the pattern `part` starts with ("ticket (?:is|ist)":
    "ticket "; "letters?": "letter")."""
    end = 0
    while end < len(part) and part[end] not in _SPECIAL:
        end += 1
    if end < len(part) and part[end] in "?*{":
        end -= 1  # the last plain character is optional
    return part[:max(end, 0)]


def _structure(body: str):
    """The positions and characters of `body`'s unescaped "(", ")" and "|" outside character
    classes ("[...]")."""
    i, n = 0, len(body)
    while i < n:
        ch = body[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i += 2 if body[i + 1 : i + 2] == "]" else 1  # "[]...]": the first "]" is a member
            while i < n and body[i] != "]":
                i += 2 if body[i] == "\\" else 1
        elif ch in "()|":
            yield i, ch
        i += 1


def _top_level(body: str) -> list[str] | None:
    """`body` split at its top-level "|"; None where its parentheses do not balance."""
    depth, parts, start = 0, [], 0
    for i, ch in _structure(body):
        depth += (ch == "(") - (ch == ")")
        if depth < 0:
            return None
        if ch == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
    parts.append(body[start:])
    return parts if depth == 0 else None


def _closing(text: str) -> int | None:
    """The index of the ")" that closes the "(" at text[0]."""
    depth = 0
    for i, ch in _structure(text):
        depth += (ch == "(") - (ch == ")")
        if depth == 0:
            return i
    return None


def beginnings(pattern: str) -> tuple[bool, list[str]] | None:
    """(opens with a line start, the literal beginnings of its alternatives), or None."""
    rest, line_start = pattern, False
    while rest.startswith(("\\b", _LINE_START, "(?<!")):
        if rest.startswith("(?<!"):  # a negative look-behind takes no characters: the match still
            close = _closing(rest)   # starts where the rest does (and `match(text, pos)` sees the
            if close is None:        # real text before pos, so it is checked as in a scan)
                return None
            rest = rest[close + 1:]
            continue
        line_start = line_start or rest.startswith(_LINE_START)
        rest = rest[len(_LINE_START):] if rest.startswith(_LINE_START) else rest[2:]
    if _top_level(pattern) != [pattern] or "(?" in rest.replace("(?:", ""):
        return None  # top-level alternatives, look-arounds, flags or named groups: not read here
    if rest.startswith("(?:"):
        close = _closing(rest)
        if close is None or rest[close + 1 : close + 2] in ("?", "*", "{"):
            return None  # an optional group
        parts = _top_level(rest[3:close])
    else:
        parts = [rest]
    return None if parts is None else (line_start, [literal_prefix(p) for p in parts])


def _breaks(pattern: str, prefixes: list[str]) -> re.Pattern[str]:
    """The line breaks where a match of a pattern opening with a line start can start. For
    "(?:^|\\n)R" exactly the breaks followed by a match of R ("\\n(?=R)": after a line break only
    the "\\n" branch can match, and R then starts just after it; the scan stays in `re` even where
    R has no literal beginning, as a dateline's "[a-z]..."); otherwise the breaks followed by one
    of the beginnings."""
    if pattern.startswith(_LINE_START):
        return re.compile("\n(?=" + pattern[len(_LINE_START):] + ")")
    return re.compile("\n(?=" + "|".join(map(re.escape, prefixes)) + ")")


@dataclass(frozen=True)
class Starts:
    """Where the matches of `regex` can start: at an occurrence of one of `prefixes` (or, with
    `line_start`, at the text's start or a line break followed by one)."""

    regex: re.Pattern[str]
    prefixes: tuple[str, ...]
    line_start: bool

    @cached_property
    def breaks(self) -> re.Pattern[str] | None:
        """With `line_start`: the line breaks where a match can start (`_breaks`: a pattern that
        starts with a plain "\n", which `re` looks for quickly). (speed57) Compiled when first
        asked for: most of kinds.txt's rules on line starts are ruled out by their `line_keys`
        on every text of a batch, and compiling it costs what compiling the pattern did."""
        return _breaks(self.regex.pattern, list(self.prefixes)) if self.line_start else None

    @classmethod
    def of(cls, regex: re.Pattern[str]) -> Starts | None:
        """The starts of `regex`'s matches, or None where they cannot be read off the pattern
        (then use the pattern itself)."""
        if regex.flags & ~re.UNICODE or regex.groups:
            return None  # flags change what a literal matches; groups change what findall returns
        read = beginnings(regex.pattern)
        if read is None:
            return None
        line_start, prefixes = read
        if "" in prefixes and not line_start:
            return None  # an alternative with no literal beginning: any position could start it
        return cls(regex, tuple(_fewest(prefixes)), line_start)

    def positions(self, text: str, prefixes: tuple[str, ...] | None = None) -> list[int]:
        """The positions, in order, where a match can start. `prefixes`: where the caller knows
        that only the alternatives with these beginnings can match (each a beginning of one of the
        pattern's alternatives; not for a pattern that opens with a line start)."""
        if prefixes is not None:
            assert self.breaks is None, "a line-start pattern: give no prefixes"
            return _occurrences(text, prefixes)
        if self.breaks is not None:
            found = [m.start() for m in self.breaks.finditer(text)]
            if text.startswith(self.prefixes) and found[:1] != [0]:
                found.insert(0, 0)
            return found
        return _occurrences(text, self.prefixes)

    def findall(self, text: str, prefixes: tuple[str, ...] | None = None) -> list[str]:
        """`self.regex.findall(text)` (with `prefixes`, see `positions`: where no alternative
        with another beginning can match)."""
        return findall_at(self.regex, text, self.positions(text, prefixes))

    def search(self, text: str) -> str | None:
        """The text of `self.regex.search(text)`, or None."""
        return search_at(self.regex, text, self.positions(text))

    def first(self, text: str) -> re.Match[str] | None:
        """`self.regex.search(text)`: the first match itself, for its offsets."""
        return first_at(self.regex, text, self.positions(text))


def _fewest(prefixes: list[str] | set[str]) -> list[str]:
    """`prefixes` less each one that starts with another (it adds no position: a `str.find` less), shortest first."""
    kept = sorted(set(prefixes), key=len)
    return [p for i, p in enumerate(kept) if not any(p.startswith(q) for q in kept[:i])]


def _occurrences(text: str, prefixes: tuple[str, ...]) -> list[int]:
    """Where any of `prefixes` stands in `text`, in order (each position once)."""
    seen = set()
    for prefix in prefixes:
        at = text.find(prefix)
        while at != -1:
            seen.add(at)
            at = text.find(prefix, at + 1)
    return sorted(seen)


def findall_at(regex: re.Pattern[str], text: str, positions: list[int]) -> list[str]:
    """`regex.findall(text)` for a pattern without groups, trying a match only at `positions`
    (in order; every place a match can start among them): the matches do not overlap, as
    findall's do not, and an empty match hands the text to findall itself, whose rules for empty
    matches this does not copy."""
    out, end, match = [], 0, regex.match
    for pos in positions:
        if pos < end:
            continue
        m = match(text, pos)
        if m is not None:
            if m.end() == pos:
                return regex.findall(text)  # an empty match: findall's own rules apply
            out.append(m.group())
            end = m.end()
    return out


def finditer_at(regex: re.Pattern[str], text: str, positions: list[int]) -> list[re.Match[str]]:
    """`list(regex.finditer(text))`, trying a match only at `positions`, as `findall_at` does
    (the matches themselves, for their offsets)."""
    out: list[re.Match[str]] = []
    end, match = 0, regex.match
    for pos in positions:
        if pos < end:
            continue
        m = match(text, pos)
        if m is not None:
            if m.end() == pos:
                return list(regex.finditer(text))  # an empty match: finditer's own rules apply
            out.append(m)
            end = m.end()
    return out


def first_at(regex: re.Pattern[str], text: str, positions: list[int]) -> re.Match[str] | None:
    """The first match of `regex` starting at one of `positions` (in order), or None:
    `regex.search(text)` where no match can start elsewhere."""
    match = regex.match
    for pos in positions:
        m = match(text, pos)
        if m is not None:
            return m
    return None


def first_between(regex: re.Pattern[str], text: str, positions: list[int], start: int, end: int) -> re.Match[str] | None:
    """`regex.search(text, start, end)` where no match can start outside `positions` (sorted, found
    once for the whole text): the first match starting at one of them in [start, end), tried with
    `end` as the text's end, as `search` tries it (one scan of a document's prefixes serves each of
    its sentences)."""
    match = regex.match
    for pos in positions[bisect_left(positions, start):bisect_left(positions, end)]:
        m = match(text, pos, end)
        if m is not None:
            return m
    return None


def search_at(regex: re.Pattern[str], text: str, positions: list[int]) -> str | None:
    """The text of the first match of `regex` starting at one of `positions` (in order), or None:
    `regex.search(text)` where no match can start elsewhere (`Starts.search`, or chosen
    beginnings)."""
    m = first_at(regex, text, positions)
    return None if m is None else m.group()


# --- patterns with top-level alternatives ("A|B"), each with its own beginnings


def lead_prefixes(part: str) -> list[str] | None:
    """The literal beginnings of every match of the pattern `part` (no line start): its
    `literal_prefix`, or for a part opening with a group of alternatives ("(?:press|media)
    office", after any `\\b`) the beginnings of each of them, read the same way; None where one
    has none (it could start anywhere)."""
    while part.startswith("\\b"):
        part = part[2:]  # (zero-width: it moves no start)
    if prefix := literal_prefix(part):
        return [prefix]
    if not part.startswith("(?:") or "(?" in part.replace("(?:", ""):
        return None
    close = _closing(part)
    if close is None or part[close + 1 : close + 2] in ("?", "*", "{"):
        return None  # an optional group
    inner = _top_level(part[3:close])
    out: list[str] = []
    for choice in inner or [""]:
        found = lead_prefixes(choice)
        if found is None:
            return None
        out += found
    return out


def alternatives_prefixes(patterns: list[str]) -> tuple[str, ...] | None:
    """The literal beginnings of every match of any of `patterns` (each may hold top-level
    alternatives, "it is time|the time has come"): for a pattern built as "(?:P1|P2|...)" after a
    look-behind, from patterns with named groups or look-aheads that `Starts.of` does not read.
    None where an alternative has none (it could start anywhere). (speed57) A beginning that starts with another
    ("sollten" after "sollte") is left out: it adds no position."""
    out: set[str] = set()
    for pattern in patterns:
        for alternative in _top_level(pattern) or [""]:
            found = lead_prefixes(alternative)
            if not found or "" in found:
                return None
            out.update(found)
    return tuple(sorted(_fewest(out)))


@dataclass(frozen=True)
class EachStarts:
    """Where the matches of a pattern with top-level alternatives ("(?:^|\\n)A|\\b(?:B|C)") can
    start, which `Starts.of` does not read: at a position where one of its alternatives' matches
    can start (each alternative's own `Starts`, or its `lead_prefixes`). The pattern itself is
    matched at each such position in order, so at one position its alternatives are tried in
    its own order: the first match is `search`'s (the leftmost start, the earlier alternative
    there), and the matches from one to the next `findall`'s, as with `Starts`. Used for a rule
    of kinds.txt with a line-start alternative and a phrase one ("a press office's contact":
    `re` tries it at every character, ~150 microseconds on a news article; the line breaks and
    the phrases' beginnings are a few `str.find`)."""

    regex: re.Pattern[str]
    parts: tuple[Starts, ...]

    @classmethod
    def of(cls, regex: re.Pattern[str]) -> EachStarts | None:
        """The starts of `regex`'s matches from its alternatives', or None (a single alternative,
        flags, groups, or an alternative whose starts cannot be read)."""
        if regex.flags & ~re.UNICODE or regex.groups:
            return None
        alternatives = _top_level(regex.pattern)
        if alternatives is None or len(alternatives) < 2:
            return None
        parts = []
        for alternative in alternatives:
            try:
                compiled = re.compile(alternative)
            except re.error:
                return None
            starts = Starts.of(compiled)
            prefixes = lead_prefixes(alternative) if starts is None else None
            if starts is None and (prefixes is None or "" in prefixes):
                return None
            parts.append(starts or Starts(compiled, tuple(sorted(set(prefixes or ()))), False))
        return cls(regex, tuple(parts))

    def positions(self, text: str) -> list[int]:
        """Where a match can start, in order (each position once)."""
        if len(self.parts) == 1:
            return self.parts[0].positions(text)
        return sorted(set().union(*(part.positions(text) for part in self.parts)))

    def findall(self, text: str) -> list[str]:
        """`self.regex.findall(text)`."""
        return findall_at(self.regex, text, self.positions(text))

    def search(self, text: str) -> str | None:
        """The text of `self.regex.search(text)`, or None."""
        return search_at(self.regex, text, self.positions(text))
