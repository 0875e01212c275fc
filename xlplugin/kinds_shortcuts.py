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
  (`xlplugin.fastmatch.Starts`; `EachStarts` for a pattern with top-level alternatives, each
  with its own beginnings or a line start), for patterns on the text, its head or its tail (and
  `starts` and `first_words` for the writer's own words, "own": a part of the text).
- tail: the plain atoms every match ends with (`required_tail`: the dateline's "[—–-]\\s"),
  looked for before the pattern.
- rest_choices: per alternative of `rest`, the words it needs all of and its literal beginning:
  `rest` is looked for only at the beginnings of the alternatives whose words the text holds
  ("first published" is looked for only in a text with both words), not at those of all
  of them (a str.find per beginning: most rules have ten or more).

- words_any (kinds21): words one of which every match of a `\b(?:alt|alt|...)\b` pattern holds as a
  whole run of letters (`word_sets`: per alternative, its literal words outside groups, or one word
  of each phrase of a group of plain phrases, "is (?:an advertisement|an ad|a paid promotion)"; the
  last such set of each alternative, where the words that tell the phrase usually stand). A text
  without any of them (as a word or a piece of one) cannot match, and the pattern is not tried
  ("this article is an advertisement": most texts hold "this" and "is", few "advertisement", "advert",
  "ad" or "promotion"). English function words are left out: nearly every text holds them.
- marks (kinds21): rare marks ("@", "#", "|", ...) that the pattern holds outside groups and classes, not
  optional: every match holds them, so a value without one is not tried ("Contact: press@...").
- line_keys (speed21): for a pattern on the text or its head that opens with a line start and a heading's
  or list item's marks ("(?:^|\\n)[ \\t]*(?:#{1,3}[ \\t]*)?(?:who we are|what we do|...)"), the first
  `LINE_KEY` characters of each of its beginnings (`line_keys`): every match starts a line that opens with
  one of them once its marks are stripped (`line_heads`, made once per document). A text with no such line
  is not scanned (most texts: each such rule otherwise looks at every line break).

And exact counts for two computed measures of `kinds.py` (prices, time-stamp lines): the same
number as the measure's pattern gives, with less work (`tests/test_fastmatch.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .fastmatch import EachStarts, Starts, beginnings, findall_at, finditer_at, literal_prefix, search_at  # (search_at: kinds' import)
from .fastmatch import _closing, _top_level  # (the pattern readers of `line_keys`)

__all__ = ["shortcuts", "required_tail", "word_sets", "required_marks", "count_prices", "clock_colons", "count_timestamp_lines", "whole_word_at",
           "line_keys", "line_heads", "LineStarts", "search_at", "unjoined"]


def shortcuts(where: str, pattern: str) -> dict[str, object]:
    """The shortcut fields of a `kinds.Rule` with this place and pattern."""
    if where not in ("text", "head", "tail", "own"):
        return {}
    regex = re.compile(pattern)
    # (EachStarts: a pattern with top-level alternatives, each with its own beginnings or a line
    # start, as "a press office's contact": tried where one of them can start)
    starts = Starts.of(regex) or LineStarts.of(regex) or EachStarts.of(regex)
    # (not on "own": blanking a quotation could cut a run of letters short)
    sets = word_sets(pattern) if where != "own" else None
    out: dict[str, object] = {"starts": starts, "tail": required_tail(pattern), "marks": required_marks(pattern),
                              "words_any": None if sets is None else frozenset().union(*(last for *_, last in sets))}
    if where in ("text", "head"):  # (not the tail: its first line is cut, not a line of the text)
        out["line_keys"] = line_keys(regex)
    if where == "own":
        # the writer's own words (the text less its quotations) hold no word the text lacks: the
        # text's word counts still rule a match out (first_words), but cannot count the matches
        # (no single_words or rest: a quoted word is in the text's counts); per alternative, the
        # words it needs (`own_choices`: read where `unjoined` holds, see kinds._own_prefixes)
        out["first_words"] = _first_words(pattern)
        out["own_choices"] = _choices(starts) if isinstance(starts, Starts) else None
        return out
    if where != "text":
        return out
    out["first_words"] = _first_words(pattern)
    alternatives = _alternatives(pattern) if pattern.startswith("\\b(?:") and pattern.endswith(")\\b") else None
    if alternatives is None:
        # (speed31) per alternative, the words it needs all of and its beginning, as for "own"
        # (`kinds._chosen_prefixes`; not where the alternatives are counted from the words)
        out["text_choices"] = _choices(starts) if isinstance(starts, Starts) else None
        return out
    out["single_words"] = frozenset(a for a in alternatives if _WORD_ONLY_RE.fullmatch(a))
    others = [a for a in alternatives if not _WORD_ONLY_RE.fullmatch(a)]
    if others:
        rest = re.compile("\\b(?:" + "|".join(others) + ")\\b")
        rest_starts = Starts.of(rest)
        out.update(rest=rest, rest_needs=_needed_sets(rest.pattern), rest_starts=rest_starts,
                   rest_choices=_choices(rest_starts))
    return out


def _choices(starts: Starts | None) -> tuple[tuple[frozenset[str], str], ...] | None:
    """Per alternative of the pattern of `starts`: the runs of letters it needs all of, each
    bounded by `\\b`, a space or a point in the pattern (none: an empty set), and the literal
    beginning of its every match (`fastmatch.literal_prefix`). None where the alternatives cannot
    be read this way (then the whole pattern is looked for)."""
    if starts is None or starts.line_start:
        return None
    parts = _alternatives(starts.regex.pattern)
    read = beginnings(starts.regex.pattern)
    prefixes = [literal_prefix(part) for part in parts or ()]
    if parts is None or read is None or read[1] != prefixes or "" in prefixes:
        return None  # the two readings of the alternatives differ: do not rely on either
    # a word with an apostrophe ("d'annoncer") is needed as its runs of letters ("d", "annoncer"),
    # and so is a file name ("readme\\.md": "readme", "md"; `_dotted`)
    bounds = _bounds(starts.regex.pattern)
    return tuple((frozenset(run for word in _literal_words(_dotted(part), *bounds) for run in word.split("'") if run),
                  prefix)
                 for part, prefix in zip(parts, prefixes))


def _dotted(part: str) -> str:
    """`part` with each literal point ("\\.") read as a space: for `_choices`, where a word is a
    run of letters (a point bounds one, as a space does), so that "readme\\.md" needs "readme" and
    "md" (as words or pieces of words: `kinds._Facts.word_pieces`) rather than nothing: the rule
    on a project's file names then tries none of its ~20 beginnings on a text without them (a
    `str.find` each). Not for `_first_words`, which needs whole words of the text. An optional
    point ("nr\\.?") is left as it is: the letters on its two sides may be one run."""
    return _REQUIRED_POINT_RE.sub(" ", part)


# A literal point that every match holds ("\\." not escaped itself, not optional or repeated
# from none: "\\.?" and "\\.*" are not read).
_REQUIRED_POINT_RE = re.compile(r"(?<!\\)\\\.(?![?*{])")


# A character class ("[—–-]") or an escape ("\\s") at the end of a pattern.
_LAST_ATOM_RE = re.compile(r"(?:\[(?:\\.|[^\]\\])+\]|\\.)$")


def required_tail(pattern: str) -> re.Pattern[str] | None:
    """The atoms the pattern ends with, at least two (each a character class or an escape,
    outside any group and not repeated: "[—–-]\\s"), as a pattern of their own: every match
    of the pattern ends with a match of it, so a value without one cannot match (a search for
    it is one quick scan; the pattern itself may be tried at every line). None where the
    pattern does not end so, or has alternatives at the top."""
    if _split_top(pattern) != [pattern]:
        return None
    atoms, rest = [], pattern
    while (m := _LAST_ATOM_RE.search(rest)) is not None and not _escaped(rest, m.start()):
        atoms.insert(0, m.group())
        rest = rest[: m.start()]
    try:
        return re.compile("".join(atoms)) if len(atoms) >= 2 else None
    except re.error:  # an atom that means something only in the whole pattern (a back-reference)
        return None


def _escaped(pattern: str, at: int) -> bool:
    """Is the character at `at` escaped (an odd number of backslashes before it)?"""
    before = pattern[:at]
    return (len(before) - len(before.rstrip("\\"))) % 2 == 1


_LEAD_RE = re.compile(r"^(?:\\b|\(\?:\^\|\\n\))*\(\?:(?P<body>.*)\)(?:\\b)?$")
_GROUP_RE = re.compile(r"\((?:\?:)?[^()]*\)[?*+]?")
_TRAILING_RE = re.compile(r"(?:\\\.|\\b|[,:])\??$")
_WORD_ONLY_RE = re.compile(r"[a-zäöüßàâçéèêëîïôûù']+")


def _literal_words(part: str, left: bool = True, right: bool = True) -> list[str]:
    """The literal whole words of one alternative, outside any group ("add to (?:cart|bag)":
    add, to), that every match holds as whole words: bounded on both sides by a space of the
    pattern (not an optional one: "kidding ?me" matches "kiddingme"), a mark every match has
    right after the word ("\\.", "\\b", ",", ":") or, for the alternative's first and last word,
    the pattern's own leading or closing boundary (`left`, `right`: `_bounds`). Without its
    closing "\\b", "make no mistake" matches inside "make no mistakes", whose words lack
    "mistake": a shortcut that needed that word would rule out a match the pattern finds."""
    flat, before = part, None
    while flat != before:  # nested groups, innermost first, become an attached marker
        before, flat = flat, _GROUP_RE.sub("\x00", flat)
    tokens = flat.split(" ")
    words = []
    for i, token in enumerate(tokens):
        word = _TRAILING_RE.sub("", token)
        if not _WORD_ONLY_RE.fullmatch(word):
            continue
        following = tokens[i + 1][:1] if i + 1 < len(tokens) else None
        closed = _CLOSING_MARK_RE.search(token) is not None or (
            right if following is None else following not in ("?", "*", "{"))
        if (i > 0 or left) and closed:
            words.append(word)
    return words


def _bounds(pattern: str) -> tuple[bool, bool]:
    """Does the pattern (\\b(?:alt|alt|...)\\b) bound its alternatives' first words on the left (a
    leading "\\b" or line start) and their last words on the right (a closing "\\b")?"""
    return _LEFT_BOUND_RE.match(pattern) is not None, pattern.endswith(")\\b")


# A pattern that opens with a word boundary or a line start.
_LEFT_BOUND_RE = re.compile(r"(?:\\b|\(\?:\^\|\\n\))")
# A mark every match holds right after a word ("\\.", "\\b", ",", ":"; not an optional one).
_CLOSING_MARK_RE = re.compile(r"(?:\\\.|\\b|[,:])$")


def _needed_sets(pattern: str) -> tuple[frozenset[str], ...] | None:
    """Per alternative, the words it needs all of (whole words of every match); None where one
    needs none."""
    parts = _alternatives(pattern)
    if parts is None:
        return None
    out, bounds = [], _bounds(pattern)
    for part in parts:
        words = _literal_words(part, *bounds)
        if not words:
            return None
        out.append(frozenset(words))
    return tuple(out)


def _first_words(pattern: str) -> frozenset[str] | None:
    """For a pattern of the form \b(?:alt|alt|...)\b: one word each alternative needs as a
    whole word of the text (its longest literal word outside any group that every match holds
    whole: "add to (?:cart|bag)" needs "add", "in den warenkorb" needs "warenkorb"), as a set;
    None where an alternative has no such word. A text none of whose words is in the set cannot
    match the pattern."""
    needs = _needed_sets(pattern)
    if needs is None:
        return None
    bounds = _bounds(pattern)
    return frozenset(max(_literal_words(part, *bounds), key=len) for part in _alternatives(pattern) or ())


# A group of plain phrases, no group inside it, standing in an alternative between spaces (or at its
# start or end): "(?:an advertisement|an ad|a paid promotion)". Not one made optional or repeated.
_PLAIN_GROUP_RE = re.compile(r"(?:^|(?<= ))\(\?:([^()\\]*)\)(?= |$)")
_PHRASE_RE = re.compile(r"[a-zäöüßàâçéèêëîïôûù]+(?: [a-zäöüßàâçéèêëîïôûù]+)*")


def word_sets(pattern: str) -> tuple[tuple[frozenset[str], ...], ...] | None:
    """Per alternative of a pattern of the form \b(?:alt|alt|...)\b, the sets of words each of which
    every match of the alternative holds one of, as a whole run of letters: each literal word outside
    groups (`_literal_words`) as a set of one, and for each group of plain phrases between spaces
    (`_PLAIN_GROUP_RE`) the longest word of each phrase that is no function word. English function words ("this", "is") are
    left out, and so is a set holding one. None where an alternative keeps no set."""
    parts = _alternatives(pattern)
    if parts is None:
        return None
    common = _english_function_words()
    left, right = _bounds(pattern)
    out = []
    for part in parts:
        sets = [frozenset((word,)) for word in _literal_words(part, left, right) if "'" not in word]
        for m in _PLAIN_GROUP_RE.finditer(part):
            if (m.start() == 0 and not left) or (m.end() == len(part) and not right):
                continue  # (the alternative's first or last words need the pattern's own bound)
            phrases = m.group(1).split("|")
            if all(_PHRASE_RE.fullmatch(phrase) for phrase in phrases):
                # (each phrase's longest word that is no function word: "an ad" needs "ad")
                rare = [[word for word in phrase.split(" ") if word not in common] for phrase in phrases]
                if all(rare):
                    sets.append(frozenset(max(words, key=len) for words in rare))
        sets = [words for words in sets if common.isdisjoint(words)]
        if not sets:
            return None
        out.append(tuple(dict.fromkeys(sets)))
    return tuple(out)


def _english_function_words() -> frozenset[str]:
    from .lexicon import load_sections  # (the language check's table of function words)

    return frozenset(w for line in load_sections("stopwords.txt")["en"] for w in line.split())


# Marks rare in running text. A mark of these outside any group or class, neither escaped nor made
# optional or repeated from none, is in every match.
_RARE_MARKS = "@#|\u00a9\u00a7"


def required_marks(pattern: str) -> str:
    """The rare marks (`_RARE_MARKS`) that every match of the pattern holds: those at its top level,
    outside groups and character classes, not escaped, not followed by "?", "*" or "{". "" where
    none."""
    marks, depth, in_class, i = [], 0, False, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return ""  # (alternatives at the top: no one mark is in every match)
        elif depth == 0 and ch in _RARE_MARKS and pattern[i + 1:i + 2] not in ("?", "*", "{"):
            marks.append(ch)
        i += 1
    return "".join(dict.fromkeys(marks))


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




# --- patterns opening with "(?:^|\\n)" and a heading's or a list item's marks: the lines they can start

_LINE_START = "(?:^|\\n)"
# The marks a line may open with before its first word (spaces and tabs, a heading's "#", a list
# item's "-", "*" or "•", bold "**"), and how many characters of a line's beginning are compared.
LINE_LEAD = " \t#*-•"
# (speed31) 8, not 4: "the good" and "reports to" are then told from a report's "the mayor" and "report
# number" lines, and their rules are not tried there (same cues; a few more strings per line)
LINE_KEY = 8
# A lead of such marks as written in a pattern: classes of them ("[ \\t]", "[-*•]"; a "-" only first
# or last, where it is no range), single marks ("#", "\\*", "•"), each repeated or not, and groups of
# these made optional or repeated ("(?:#{1,3}[ \\t]*)?").
_LEAD_PIECE = r"(?:\[-?(?:\\t|[ #*•])+-?\]|#|\\\*|•)(?:[*+?]|\{\d+(?:,\d*)?\})?"
_MARKS_LEAD_RE = re.compile(rf"(?:{_LEAD_PIECE}|\(\?:(?:{_LEAD_PIECE})+\)[?*])*")


def line_keys(regex: re.Pattern[str]) -> frozenset[str] | None:
    """The first `LINE_KEY` characters of the literal beginnings of a pattern opening with a line
    start and a lead of `LINE_LEAD` marks (each top-level alternative so): "(?:^|\\n)[ \\t]*(?:#{1,3}[ \\t]*)?
    (?:who we are|what we do|our (?:team|story))" gives "who we a", "what we ", "our ". The lead takes only
    `LINE_LEAD` characters and each beginning starts with another, so a match's line with those marks
    stripped from its start starts with one of its beginnings (`line_heads` holds the line's first one to
    `LINE_KEY` characters). None where the pattern is not so (other flags, a lead of other characters, a
    beginning that may be empty or open with a mark)."""
    if regex.flags & ~re.UNICODE:
        return None
    alternatives = _top_level(regex.pattern)
    keys: set[str] = set()
    for alternative in alternatives or [""]:
        if not alternative.startswith(_LINE_START):
            return None
        rest = alternative[len(_LINE_START):]
        body = rest[_MARKS_LEAD_RE.match(rest).end():]
        found = _beginnings_through_options(body)
        if not found or any(not prefix or prefix[0] in LINE_LEAD + "\n" for prefix in found):
            return None
        keys.update(prefix[:LINE_KEY] for prefix in found)
    return frozenset(keys)


def _beginnings_through_options(part: str) -> list[str] | None:
    """The literal beginnings of every match of `part`: its `literal_prefix`; for a part opening
    with a group, those of the group's alternatives, and where the group is optional ("(?:this
    )?page"), those of what follows it too. None where one cannot be read."""
    if prefix := literal_prefix(part):
        return [prefix]
    if not part.startswith("(?:") or (close := _closing(part)) is None:
        return None
    out: list[str] = []
    for choice in _top_level(part[3:close]) or [""]:
        found = _beginnings_through_options(choice)
        if found is None:
            return None
        out += found
    after = part[close + 1:]
    if after[:1] in ("?", "*", "{"):  # optional (a "{m,n}" read as optional: more beginnings, never fewer)
        after = after[after.index("}") + 1:] if after[0] == "{" else after[1:]
        after = after[1:] if after[:1] == "?" else after  # (a lazy quantifier)
        found = _beginnings_through_options(after)
        if found is None:
            return None
        out += found
    return out


def line_heads(text: str) -> frozenset[str]:
    """The first one to `LINE_KEY` characters of each line of `text`, its leading `LINE_LEAD` marks
    stripped: a pattern whose `line_keys` are none of these has no match in the text."""
    stripped = [line.lstrip(LINE_LEAD) for line in text.split("\n")]
    return frozenset(line[:size] for line in stripped for size in range(1, LINE_KEY + 1))


# --- patterns opening with "(?m)^" (a line start), and the writer's own words

_MULTILINE_START = "(?m)^"


@dataclass(frozen=True)
class LineStarts:
    """`Starts` for a pattern opening with `(?m)^` (which `Starts.of` does not read: a flag):
    every match starts at the text's start or just after a line break, so the pattern is tried at
    0 and after the breaks that `breaks` finds (`(?m)\\n(?=REST)`, REST the pattern after its
    `^`: one scan for "\\n" in `re`, where `(?m)^` is tried at every character: 23 against 4
    microseconds on a news article). `Pattern.match(text, pos)` reads the real text before `pos`,
    so `^` holds there exactly where it held in the scan: the same matches, left to right."""

    regex: re.Pattern[str]
    breaks: re.Pattern[str]

    @classmethod
    def of(cls, regex: re.Pattern[str]) -> LineStarts | None:
        pattern = regex.pattern
        rest = pattern[len(_MULTILINE_START):]
        if not pattern.startswith(_MULTILINE_START) or regex.flags & ~(re.UNICODE | re.MULTILINE) \
                or regex.groups or _split_top(rest) != [rest]:
            return None  # other flags, groups (findall's result) or top-level alternatives
        try:
            return cls(regex, re.compile("(?m)\n(?=" + rest + ")"))
        except re.error:
            return None

    def positions(self, text: str) -> list[int]:
        """Where a match can start, in order."""
        return [0] + [m.end() for m in self.breaks.finditer(text)]

    def findall(self, text: str) -> list[str]:
        """`self.regex.findall(text)`."""
        return findall_at(self.regex, text, self.positions(text))

    def finditer(self, text: str) -> list[re.Match[str]]:
        """`list(self.regex.finditer(text))`: tried at the line starts only, each past the last
        match's end (`fastmatch.finditer_at`)."""
        return finditer_at(self.regex, text, self.positions(text))

    def search(self, text: str) -> str | None:
        """The text of `self.regex.search(text)`, or None."""
        m = self.regex.match(text)
        if m is None and (b := self.breaks.search(text)) is not None:
            m = self.regex.match(text, b.end())  # (the break's look-ahead is a match there)
        return None if m is None else m.group()


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # a pattern's \w


def unjoined(text: str, blanks: list[tuple[int, int]]) -> bool:
    """Does blanking the spans `blanks` of `text` (each replaced by as many spaces) leave every
    run of word characters of the result a run of `text`? Yes when no run of `text` crosses a
    span's edge (a word character on both sides of it): quotations start and end with their
    marks, lines with a line break. Then a word the blanked text needs is a word (or a piece of
    one) of the text."""
    n = len(text)
    for start, end in blanks:
        for edge in (start, end):
            if 0 < edge < n and _is_word_char(text[edge - 1]) and _is_word_char(text[edge]):
                return False
    return True


# --- exact counts for two computed measures of kinds.py

# A price with a $ or £ sign, as far as telling it apart from other text needs: the sign, a
# space or none, a digit (`count_prices`, which tries it at each sign).
_SIGN_PRICE_RE = re.compile(r"[$£]\s?\d")
_CLOCK_RE = re.compile(r"\d:\d\d")


def count_prices(text: str, price_re: re.Pattern[str]) -> int:
    """len(price_re.findall(text)) for kinds' price pattern (a $, £ or € sign before a number,
    or a number with two decimals before € or "eur"), with less work on the usual text: one
    without a € sign and without "eur" just after a number ("europe" is common) holds only $ and
    £ prices, each of which `_SIGN_PRICE_RE` matches at its sign (the full pattern tries its
    number branch at every digit)."""
    if "€" in text or _number_before(text, "eur"):
        return len(price_re.findall(text))
    found = 0
    for sign in "$£":  # a match per sign followed by a number (they cannot overlap)
        at = text.find(sign)
        while at != -1:
            found += _SIGN_PRICE_RE.match(text, at) is not None
            at = text.find(sign, at + 1)
    return found


def _number_before(text: str, word: str) -> bool:
    """Does a digit stand one or two characters before an occurrence of `word`?"""
    at = text.find(word)
    while at != -1:
        if any(map(str.isdigit, text[max(0, at - 2) : at])):
            return True
        at = text.find(word, at + 1)
    return False


def clock_colons(text: str) -> list[int]:
    """Where the ":" of each clock time ("19:49") stands: found from the colons, which are few
    (a search for the digit pattern itself tries every character)."""
    out, at = [], text.find(":")
    while at != -1:
        if at and _CLOCK_RE.match(text, at - 1) is not None:
            out.append(at)
        at = text.find(":", at + 1)
    return out


def count_timestamp_lines(text: str, clocks: list[int], line_re: re.Pattern[str]) -> int:
    """len(line_re.findall(text)) for kinds' time-stamp line pattern, tried only where a match
    can start: a match is one line holding a clock time, with the line break before it (or the
    text's start), so at the line break before one of `clocks` (`clock_colons(text)`)."""
    count, end = 0, 0
    for pos in sorted({max(0, text.rfind("\n", 0, colon)) for colon in clocks}):
        if pos < end:
            continue
        m = line_re.match(text, pos)
        if m is not None:
            count, end = count + 1, m.end()
    return count


# Lower-case characters that `re.IGNORECASE` matches to an ASCII letter other than themselves
# (dotless i to "i", long s to "s": `re._casefix`). The other characters it matches to a
# lower-case ASCII letter are the capitals, the Kelvin sign and the dotted capital I, which
# `str.lower` turns into ASCII letters (the last with a combining dot): a lower-cased text
# holding neither of these two holds no character that matches an ASCII letter but itself.
_ASCII_CASE_EXTRAS = ("\u0131", "\u017f")


def whole_word_at(word: str, lowered: str) -> int:
    """Where `(?<!\\w)word(?!\\w)` first matches `lowered` (a text lower-cased by `str.lower`)
    with `re.IGNORECASE`, or len(lowered): the pattern `kinds._first_in_text` reads. For an ASCII
    word without capitals, in a text without the two characters above, the matches are the word
    as written, found by `str.find` (C speed, where the pattern tries each character in turn),
    bounded by characters outside \\w (a letter, a digit or "_": str.isalnum); elsewhere the
    pattern itself. `tests/test_fastmatch.py` holds the two equal."""
    if not word.isascii() or any(map(str.isupper, word)) \
            or _ASCII_CASE_EXTRAS[0] in lowered or _ASCII_CASE_EXTRAS[1] in lowered:
        m = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", lowered, re.IGNORECASE)
        return m.start() if m else len(lowered)
    size = len(word)
    at = lowered.find(word)
    while at >= 0:
        before = lowered[at - 1] if at else " "
        after = lowered[at + size : at + size + 1] or " "
        if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
            return at
        at = lowered.find(word, at + 1)
    return len(lowered)
