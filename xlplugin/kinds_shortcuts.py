"""Shortcuts that `xlplugin.kinds` reads off each pattern of `data/kinds.txt` when it loads the
table: speed only, never a rule. A rule is changed in `data/kinds.txt` alone; these are worked
out from it, and `tests/test_kinds.py` checks that they decide what the patterns alone decide.

- first_words: for a `\b(?:alt|alt|...)\b` pattern on the text, one word each alternative needs
  as a whole word of the text: a text none of whose words is in the set cannot match, and a
  set look-up skips the regular expression on most texts (run on every text, the patterns took
  about as long as all the scorers' word lists).
- single_words, rest, rest_needs: its one-word alternatives, counted from the document's words;
  a pattern of the other alternatives only; per phrase, the words it needs all of.
- starts, rest_starts: where matches of the pattern (and of `rest`) can start
  (`xlplugin.fastmatch.Starts`), for patterns on the text, its head or its tail.
"""

from __future__ import annotations

import re

from .fastmatch import Starts

__all__ = ["shortcuts"]


def shortcuts(where: str, pattern: str) -> dict[str, object]:
    """The shortcut fields of a `kinds.Rule` with this place and pattern."""
    if where not in ("text", "head", "tail"):
        return {}
    out: dict[str, object] = {"starts": Starts.of(re.compile(pattern))}
    if where != "text":
        return out
    out["first_words"] = _first_words(pattern)
    alternatives = _alternatives(pattern) if pattern.startswith("\\b(?:") and pattern.endswith(")\\b") else None
    if alternatives is None:
        return out
    out["single_words"] = frozenset(a for a in alternatives if _WORD_ONLY_RE.fullmatch(a))
    others = [a for a in alternatives if not _WORD_ONLY_RE.fullmatch(a)]
    if others:
        rest = re.compile("\\b(?:" + "|".join(others) + ")\\b")
        out.update(rest=rest, rest_needs=_needed_sets(rest.pattern), rest_starts=Starts.of(rest))
    return out


_LEAD_RE = re.compile(r"^(?:\\b|\(\?:\^\|\\n\))*\(\?:(?P<body>.*)\)(?:\\b)?$")
_GROUP_RE = re.compile(r"\((?:\?:)?[^()]*\)[?*+]?")
_TRAILING_RE = re.compile(r"(?:\\\.|\\b|[,:])\??$")
_WORD_ONLY_RE = re.compile(r"[a-zäöüßàâçéèêëîïôûù']+")


def _literal_words(part: str) -> list[str]:
    """The literal whole words of one alternative, outside any group ("add to (?:cart|bag)":
    add, to)."""
    flat, before = part, None
    while flat != before:  # nested groups, innermost first, become an attached marker
        before, flat = flat, _GROUP_RE.sub("\x00", flat)
    words = []
    for token in flat.split(" "):
        token = _TRAILING_RE.sub("", token)
        if _WORD_ONLY_RE.fullmatch(token):
            words.append(token)
    return words


def _needed_sets(pattern: str) -> tuple[frozenset[str], ...] | None:
    """Per alternative, the words it needs all of; None where one needs none."""
    parts = _alternatives(pattern)
    if parts is None:
        return None
    out = []
    for part in parts:
        words = _literal_words(part)
        if not words:
            return None
        out.append(frozenset(words))
    return tuple(out)


def _first_words(pattern: str) -> frozenset[str] | None:
    """For a pattern of the form \b(?:alt|alt|...)\b: one word each alternative needs as a
    whole word of the text (its longest literal word outside any group: "add to (?:cart|bag)"
    needs "add", "in den warenkorb" needs "warenkorb"), as a set; None where an alternative has
    no such word. A text none of whose words is in the set cannot match the pattern."""
    needs = _needed_sets(pattern)
    if needs is None:
        return None
    return frozenset(max(_literal_words(part), key=len) for part in _alternatives(pattern) or ())


def _split_top(body: str) -> list[str] | None:
    """`body` split at its top-level "|" (None where a ")" closes more than was opened)."""
    depth, parts, start = 0, [], 0
    for i, ch in enumerate(body):
        escaped = i > 0 and body[i - 1] == "\\"
        if ch == "(" and not escaped:
            depth += 1
        elif ch == ")" and not escaped:
            depth -= 1
        elif ch == "|" and depth == 0 and not escaped:
            parts.append(body[start:i])
            start = i + 1
        if depth < 0:
            return None
    parts.append(body[start:])
    return parts


def _alternatives(pattern: str) -> list[str] | None:
    """The top-level alternatives of a pattern of the form \\b(?:alt|alt|...)\\b (or with a
    (?:^|\\n) anchor), else None."""
    m = _LEAD_RE.match(pattern)
    return None if m is None else _split_top(m.group("body"))


