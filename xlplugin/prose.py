"""What in a document is the author's own prose, and what is not.

Word lists cannot tell a loaded word from a name that happens to be spelled the same ("David
Lynch", the film "Parasite", the Dallas Cowboys), nor a claim from a page's furniture (a time
stamp, a "READ FULL ARTICLE" link, a list of other articles' headlines, a code listing). This
module holds the rules that say which words and lines are not the author's prose, as classes,
each with its reason (see NAME_RULES and FURNITURE_RULES), for the scorers to read:

- `name_reason(doc, first, last)`: why the words first..last-1 are a proper name or the title of
  a work rather than the author's choice of word, or "".
- `not_prose_spans(doc)`: sorted (start, end, rule) spans of the text that are not prose: code
  (fenced blocks, inline code, lines of code), time stamps, navigation labels, lists of
  headlines, and paragraphs that recur across one outlet's documents (found by the engine over a
  batch, `repeated_paragraphs`, and handed to `xlplugin.text.prepare` as `furniture`).
- `repeated_paragraphs(items)`: the batch step (`xlplugin.repeats`): for each document of a
  batch, the keys of its paragraphs that recur verbatim (or with only numbers, case, spacing or
  punctuation changed) in several documents of the same outlet.

Everything here reads the prepared document only; `doc.analysis` (`xlplugin.analysis`) keeps
the results per document.
Blind spots: a name with nothing around it that says it is one looks like any capitalised word
("Lynch was ...", "I already know Fury"); in a sentence written in Title Case capitals say
nothing, so a name there is read as the word; code that reached us as prose without any code syntax reads as
prose; a disclaimer is recognised across documents only when the batch holds several documents
of its outlet.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Callable, Sequence

from .lexicon import load_sections
# the batch step (paragraphs that recur across one outlet's documents), kept under these names too
from .repeats import (
    REPEAT_EDGE_PARAGRAPHS,
    REPEAT_MAX_SHARE,
    REPEAT_MIN_CHARS,
    REPEAT_MIN_DOCUMENTS,
    paragraph_key,
    repeated_paragraphs,
    split_paragraphs,
)
from .text import Document

__all__ = [
    "NAME_RULES",
    "FURNITURE_RULES",
    "name_reason",
    "is_title_case",
    "not_prose_spans",
    "in_spans",
    "share_covered",
    "NOT_PROSE_SHARE",
    "code_spans",
    "paragraph_key",
    "split_paragraphs",
    "repeated_paragraphs",
    "REPEAT_MIN_DOCUMENTS",
    "REPEAT_MIN_CHARS",
    "REPEAT_MAX_SHARE",
    "REPEAT_EDGE_PARAGRAPHS",
]

DATA_FILE = "prose.txt"

# ---------------------------------------------------------------------------------------------
# Names and titles of works
# ---------------------------------------------------------------------------------------------

# (rule, why): the classes of capitalised words that are names, not the author's choice of word.
# Chosen on the "tune" halves of PTC and BABE (their annotators mark name-calling, so a rule that
# takes real labels for names costs recall there): "any capitalised cue inside a sentence is a
# name" also removed the capitalised labels of propaganda ("Islamists", "Marxist", "this Rigged
# Witch Hunt"; on PTC tune 19 of its 60 removals had been marked) and lowered BABE's tune
# sentence F1 from 0.6566 to 0.6515 (PTC tune 0.5256 to 0.5252). A cue written after another
# capitalised word keeps those and the epithets put before a name ("Crooked Hillary"), which are
# name-calling, and removes the surnames and team names that continue a name (BABE tune 0.6558,
# PTC tune 0.5253 with every rule below).
NAME_RULES = (
    ("part of a name",
     "a cue word written with a capital right after another capitalised word (not a cue, not a "
     "function word, not a possessive) continues a name: \u201cthe Dallas Cowboys\u201d, "
     "\u201cdirector David Lynch\u201d, \u201cAttorney General Lynch\u201d; an epithet put "
     "before a name (\u201cCrooked Hillary\u201d) is still name-calling"),
    ("named by its kind",
     "a capitalised cue right after a word that says what kind of thing is named (\u201cthe "
     "thriller Parasite\u201d, \u201cthe band Savage Garden\u201d, \u201cthe spell Fury\u201d) is "
     "that thing's name"),
    ("speaker",
     "a capitalised cue right before a verb of saying (\u201cLynch said\u201d, \u201cSavage "
     "told reporters\u201d) names the person who spoke"),
    ("title in single quotes or italics",
     "a headline or a caption names a film, book or song in single quotes (up to "
     "TITLE_QUOTE_MAX_WORDS words) or italics (\u2018Parasite\u2019 wins, *Parasite* wins): the "
     "title is not the writer's word"),
)
_CLAUSE_OPENERS = frozenset(":;.!?\u201c\"\u2018'(\u2014\u2013\n\u2022*[")
_POSSESSIVE = ("'s", "\u2019s", "s'", "s\u2019")
# A sentence in which at least this share of the words of 4 or more letters start with a
# capital is written in Title Case (a headline, a menu): its capitals say nothing about names.
# News headlines in Title Case capitalise every such word (share 1.0); ordinary prose with many
# names stays under a third.
TITLE_CASE_SHARE = 0.6
_TITLE_OPENERS = {"'": "'\u2019", "\u2018": "\u2019", "*": "*", "_": "_"}
# How far (characters, on the same line) a title in quotes or italics may run, and how many words
# a title in single quotes may have: longer single-quoted spans in headlines are quotations
# (\u2018Dirty Work Are A Disgrace\u2019), which headlines also put in single quotes.
TITLE_MAX_CHARS = 80
TITLE_QUOTE_MAX_WORDS = 4


def _capitalised(word: str) -> bool:
    """A word written with a capital first letter and at least one lower-case letter (so
    "Parasite", not "EVIL": a word in capitals is emphasis or an acronym, not a name's spelling)."""
    return word[:1].isupper() and any(c.islower() for c in word)


def is_title_case(doc: Document, sentence: int) -> bool:
    """Is the sentence written in Title Case (a headline), so that its capitals say nothing?
    (Kept per document by `doc.analysis.is_title_case`.)"""
    return doc.analysis.is_title_case(sentence)


def sentence_in_title_case(doc: Document, sentence: int) -> bool:
    """`is_title_case`, worked out (`doc.analysis` calls this once per sentence)."""
    s = doc.sentences[sentence]
    # (not the first word: every sentence starts with a capital)
    long_words = [w for w in doc.token_texts[s.first_token + 1 : s.last_token] if len(w) >= 4 and w[:1].isalpha()]
    caps = sum(1 for w in long_words if w[:1].isupper())
    return bool(long_words) and len(long_words) >= 2 and caps >= TITLE_CASE_SHARE * len(long_words)


def _gap_before(doc: Document, i: int) -> str:
    start = doc.token_ends[i - 1] if i > 0 else 0
    return doc.text[start : doc.token_starts[i]]


def _title_in_marks(doc: Document, first: int, last: int) -> bool:
    """Do the words first..last-1 open a title in single quotes or italics (\u2018Parasite\u2019,
    'Parasite', *Parasite*, _Parasite_)?"""
    text = doc.text
    start = doc.token_starts[first]
    if start == 0:
        return False
    opener = text[start - 1]
    closers = _TITLE_OPENERS.get(opener)
    if closers is None:
        return False
    if start >= 2 and text[start - 2].isalnum():
        return False  # "rock'n'roll", "snake_case": inside a word, not an opening mark
    end = doc.token_ends[last - 1]
    line_end = text.find("\n", end)
    limit = min(end + TITLE_MAX_CHARS, len(text) if line_end < 0 else line_end)
    for k in range(end, limit):
        if text[k] in closers and not (k + 1 < len(text) and text[k + 1].isalnum()):
            return opener in "*_" or len(text[start:k].split()) <= TITLE_QUOTE_MAX_WORDS
    return False


def name_reason(doc: Document, first: int, last: int, is_cue: Callable[[str], bool] = lambda w: False) -> str:
    """Why the words first..last-1 (positions in the document's word columns, one sentence) are
    part of a proper name or a title rather than the author's word (a rule of NAME_RULES), or "".

    `is_cue(lower)`: is a word itself a cue (a neighbour that is a cue does not make a name:
    "this Rigged Witch Hunt"). Only words written with a capital and a lower-case letter can be
    names; a hyphenated word ("Trump-bashing") is a compound, judged by its parts elsewhere; in a
    sentence written in Title Case (a headline) capitals say nothing."""
    texts = doc.token_texts
    if not all(_capitalised(texts[k]) for k in range(first, last)) or any("-" in texts[k] for k in range(first, last)):
        return ""
    if _title_in_marks(doc, first, last):
        return NAME_RULES[3][0]
    k = doc.token_sentences[first]
    sentence = doc.sentences[k]
    n = first - 1
    if n >= sentence.first_token and doc.lowers[n] in _kind_words() and _gap_before(doc, first) == " ":
        return NAME_RULES[1][0]
    if last < sentence.last_token and doc.lowers[last] in _speech_words() and _gap_before(doc, last) == " ":
        return NAME_RULES[2][0]
    if is_title_case(doc, k):
        return ""
    # the word before must be capitalised as part of a name: not at the start of the sentence or
    # a quotation (where every word has a capital), not a word English always capitalises
    if n > sentence.first_token and _gap_before(doc, first) == " " and not _opens_clause(_gap_before(doc, n)):
        word = texts[n]
        lower = word.lower()
        if _capitalised(word) and "-" not in word and not word.endswith(_POSSESSIVE) \
                and lower not in _not_names() and lower not in _capitalised_adjectives() and not is_cue(lower):
            return NAME_RULES[0][0]
    return ""


def _opens_clause(gap: str) -> bool:
    """Does the text between two words start a new clause or quotation (a capital after it is
    one any first word has)?"""
    return any(c in _CLAUSE_OPENERS for c in gap)


@lru_cache(maxsize=1)
def _kind_words() -> frozenset[str]:
    return frozenset(w for entry in _sections()["kind_words"] for w in entry.split())


@lru_cache(maxsize=1)
def _speech_words() -> frozenset[str]:
    return frozenset(w for entry in _sections()["speech_words"] for w in entry.split())


@lru_cache(maxsize=1)
def _capitalised_adjectives() -> frozenset[str]:
    return frozenset(w for entry in _sections()["capitalised_adjectives"] for w in entry.split())


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    from .cues import DATA_FILE as ATTRIBUTION, words

    return words(ATTRIBUTION, "not_name_words")


# ---------------------------------------------------------------------------------------------
# Furniture and code: lines and spans that are not prose
# ---------------------------------------------------------------------------------------------

# (rule, why): the classes of text that are not the author's prose. Loaded words and claims in
# them are not counted; sources and documents named in them are not the text's sources.
FURNITURE_RULES = (
    ("code", "a code block, inline code or a line of program code is instructions for a machine: "
             "`**kwargs` is Python's keyword unpacking, not a redaction mark; `kill -9` is not emotive"),
    ("time stamp", "a line that is only a date and a time (\u201cMon 20 Jan 2020 06.05 GMT\u201d, "
                   "\u201cJun 20th at 2:41 am\u201d) dates the page or a comment; it claims nothing"),
    ("navigation", "a link or button label (\u201cREAD FULL ARTICLE\u201d, \u201cShare on "
                   "Facebook\u201d) is page furniture, not a sentence and not a reference"),
    ("headline list", "a run of short headline-shaped lines (no full stop, Title Case) is a list "
                      "of other articles; their claims are not this text's"),
    ("repeated paragraph", "a paragraph that recurs in several documents of the same outlet in one "
                           "batch (an editor's note, a disclaimer, a newsletter plug) is the "
                           "outlet's furniture, not the author's voice"),
)

# (``` only: "~~~" also separates sections of prose)
_FENCE_RE = re.compile(r"^[ \t]*```", re.MULTILINE)
_INLINE_CODE_RE = re.compile(r"`[^`\n]{1,200}`")
# `**name` / `*name` right before an identifier, not closed as bold/italics on the line: the
# keyword and positional unpacking of Python and Ruby (`**kwargs`, `*args`).
_SPLAT_RE = re.compile(r"(?<![\w*])\*{1,2}[A-Za-z_]\w*(?![\w*]*\*)")
# A line of program code: the shapes of statements in the common languages, a shell or REPL
# prompt, an assignment, a call, or brackets closing a block. Each shape needs the syntax around
# its keyword ("def name(", "from x import y" as the whole line), so that a line of prose wrapped
# by the page ("using Mercurial with Python 3. Even our own") is not taken for code.
_CODE_LINE_RE = re.compile(
    r"^(?:"
    r"(?:async\s+)?(?:def|class|fn|func|function)\s+\w+\s*[(:<{]"             # def name(  class Name:
    r"|import\s+[\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+)*;?$"                  # import os
    r"|from\s+[\w.]+\s+import\s+[\w., ()*]+$"                                 # from a.b import c
    r"|#include\s*[<\"]|#define\s+\w"
    r"|(?:public|private|protected|static)\s+[\w<>\[\]]+\s+\w+\s*[({=;]"
    r"|(?:var|let|const)\s+\w+\s*="
    r"|(?:>>>|\$)\s+\S|In\s\[\d+\]:|Out\[\d+\]:"                             # prompts
    r"|(?:if|elif|while|for|return)\b[^\n]*?(?:==|!=|<=|>=|&&|\|\|)"              # if x != 0:
    r"|@\w+(?:\.\w+)*\("                                                       # @decorator(
    r"|[\w.\[\]'\"]+\s*(?:[-+*/%|&^]?=|==|!=|=>|->)\s*\S"                         # x = f(y), a += 1
    r"|[\w.]+\([^()\n]*\)[;{]?$"                                              # call(args)
    r"|[}{)\]][;,)\]}]*$"                                                      # } or ); alone
    r")"
)
# The characters that fill a line of code and are rare in prose (not "_": an identifier named
# in prose, "__future__", has several).
_CODE_CHARS = frozenset("(){}[]=<>;/\\|&$#@`")
_CODE_CHAR_RE = re.compile("[" + re.escape("".join(sorted(_CODE_CHARS))) + "]")
# A line with at least this share of them (and at least CODE_MIN_CHARS of them) is code.
# Prose holds about 1% (a parenthesis, a slash); code 8-20%.
CODE_CHAR_SHARE = 0.08
CODE_MIN_CHARS = 4
# A line that ends with a full stop and has more than this many words is prose, whatever
# symbols it holds (a sentence that names `print()`).
PROSE_MIN_WORDS = 6
_LINK_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_PROSE_END_RE = re.compile(r"[.!?][\"'\u201d\u2019)]*\s*$")

# Time stamps: a line whose words are all date, time, weekday, time-zone or linking words.
_TIME_RE = re.compile(r"\b(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[:.][0-5]\d)?\s*(?:[ap]\.?m\.?)?", re.IGNORECASE)
_FIRST_WORD_RE = re.compile(r"[^\W\d_]+")
_STAMP_TOKEN_RE = re.compile(r"[A-Za-z]+|\d+(?:st|nd|rd|th)?")
# Time stamps, navigation labels and headlines are short: longer lines are not looked at.
LINE_RULE_MAX_CHARS = 200
# A time stamp line, with "Published:" and "Updated:" parts, is shorter than this.
TIME_STAMP_MAX_CHARS = 120
# Closing quotation marks and brackets that may follow the full stop of a sentence.
_CLOSERS = "\"'\u201d\u2019)"
# Every code shape of _CODE_LINE_RE and the symbol count need one of these characters, or start
# with "import" or "from": a line without any is not code (one C-level search instead of the
# tests).
_CODE_HINT_RE = re.compile(r"[(){}\[\]=<>;:$#@|&\\/`]|^(?:import|from)\s")
# The longest navigation label of the data file is shorter than this.
NAVIGATION_MAX_CHARS = 60
_HAS_DIGIT = re.compile(r"\d").search
# A headline-shaped line: short, no sentence punctuation at its end.
HEADLINE_MIN_WORDS = 3
HEADLINE_MAX_WORDS = 20
# This many headline-shaped lines in a row (blank lines between them allowed) make a list.
HEADLINE_RUN = 3


@lru_cache(maxsize=None)
def _sections() -> dict[str, tuple[str, ...]]:
    return load_sections(DATA_FILE)


@lru_cache(maxsize=1)
def _stamp_words() -> frozenset[str]:
    return frozenset(w for entry in _sections()["time_stamp_words"] for w in entry.split())


@lru_cache(maxsize=1)
def _navigation() -> frozenset[str]:
    return frozenset(_nav_key(entry) for entry in _sections()["navigation_labels"])


def _nav_key(line: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", line.lower()))


def warm_up() -> None:
    _capitalised_adjectives()
    _kind_words()
    _speech_words()
    _stamp_words()
    _navigation()
    _not_names()


def _is_time_stamp(line: str) -> bool:
    """Is the line only a date and/or a time ("Mon 20 Jan 2020 06.05 GMT", "Jun 20th at 2:41
    am", "Updated: 14:05 BST")? It must hold a clock time or a month name and a number."""
    first = _FIRST_WORD_RE.match(line)
    if first is not None and first.group().lower() not in _stamp_words():
        return False  # most lines: their first word says no
    rest = _TIME_RE.sub(" ", line)
    had_time = rest != line
    tokens = _STAMP_TOKEN_RE.findall(rest)
    if not tokens and not had_time:
        return False
    words = _stamp_words()
    month = number = False
    for t in tokens:
        low = t.lower()
        if low[:1].isdigit():
            digits = low.rstrip("stndrh")
            if not digits.isdigit() or len(digits) > 4:
                return False
            number = True
        elif low in words:
            month = month or low in _MONTHS
        else:
            return False
    return had_time or (month and number)


_MONTHS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)


def _is_code_line(line: str) -> bool:
    stripped = line.strip()
    if not stripped or _PROSE_END_RE.search(stripped) and len(stripped.split()) > PROSE_MIN_WORDS:
        return False
    # (a web address is full of slashes, and is not code)
    bare = _LINK_RE.sub("", stripped) if "/" in stripped else stripped
    n_code = len(_CODE_CHAR_RE.findall(bare))
    if n_code >= CODE_MIN_CHARS and n_code >= CODE_CHAR_SHARE * len(bare):
        return True
    return bool(_CODE_LINE_RE.match(stripped))


def _is_headline(line: str) -> bool:
    """A line shaped like a headline: 3-20 words, no full stop at its end, in Title Case."""
    stripped = line.strip()
    if not stripped or stripped[-1] in ".;,:":
        return False
    words = stripped.split()
    if not HEADLINE_MIN_WORDS <= len(words) <= HEADLINE_MAX_WORDS:
        return False
    long_words = [w for w in words if len(w) >= 4 and w[:1].isalpha()]
    return len(long_words) >= 2 and sum(1 for w in long_words if w[:1].isupper()) >= TITLE_CASE_SHARE * len(long_words)


def code_spans(doc: Document) -> list[tuple[int, int]]:
    """Sorted (start, end) spans of code: fenced blocks, inline code, `**name` tokens and lines
    of program code."""
    return [(s, e) for s, e, rule in not_prose_spans(doc) if rule == "code"]


def not_prose_spans(doc: Document) -> tuple[tuple[int, int, str], ...]:
    """Sorted (start, end, rule) spans of `doc` that are not the author's prose (FURNITURE_RULES).
    Line rules give whole lines; inline code and `**name` tokens give their own span. (Kept per
    document by `doc.analysis.not_prose`.)"""
    return doc.analysis.not_prose


def _marked_code(text: str) -> list[tuple[int, int, str]]:
    """The code that marks itself: fenced blocks (an unclosed fence runs to the end), inline
    code and `**name` / `*name` tokens."""
    spans: list[tuple[int, int, str]] = []
    fence_open: int | None = None
    if "```" in text:
        for m in _FENCE_RE.finditer(text):
            if fence_open is None:
                fence_open = m.start()
            else:
                end = text.find("\n", m.end())
                spans.append((fence_open, len(text) if end < 0 else end, "code"))
                fence_open = None
        if fence_open is not None:
            spans.append((fence_open, len(text), "code"))
    if "`" in text:
        spans.extend((m.start(), m.end(), "code") for m in _INLINE_CODE_RE.finditer(text))
    if "*" in text:
        spans.extend((m.start(), m.end(), "code") for m in _SPLAT_RE.finditer(text))
    return spans


def find_not_prose_spans(doc: Document) -> list[tuple[int, int, str]]:
    """`not_prose_spans`, worked out (`doc.analysis` calls this once): the marked code, then one
    pass over the lines for the line rules. (Longer than most functions here: one loop over the
    lines, in which a line of plain prose is passed over on two character tests; split into
    functions, that would become a call per line.)"""
    text = doc.text
    spans = _marked_code(text)
    lines = doc.lines
    navigation = _navigation()
    run: list[tuple[int, int]] = []
    sentence_starts = [x.start for x in doc.sentences]

    n_sentences = len(sentence_starts)
    sentences = doc.sentences

    def standalone(start: int, e: int) -> bool:
        """Is the line (its first character at `start`) a sentence of its own, not a piece of a
        paragraph the page wrapped?"""
        i = bisect.bisect_left(sentence_starts, start)
        return i < n_sentences and sentence_starts[i] == start and sentences[i].end <= e

    def close_run() -> None:
        if len(run) >= HEADLINE_RUN:
            spans.extend((s, e, "headline list") for s, e in run)
        run.clear()

    hint = _CODE_HINT_RE.search
    for s, e in lines:
        raw = text[s:e]
        left = raw.lstrip()
        if not left:
            continue  # a blank line does not break a run of headlines
        line = left.rstrip()
        n = len(line)
        last = line[-1]
        spaces = line.count(" ")
        # A line of prose (a full stop at its end, several words) is none of these: most lines of
        # an article are passed over here, on two character tests.
        sentence_end = spaces >= PROSE_MIN_WORDS and (
            last in ".!?" or last in _CLOSERS and line.rstrip(_CLOSERS)[-1:] in (".", "!", "?"))
        if not sentence_end and hint(line) and _is_code_line(line):
            spans.append((s, e, "code"))
            if run:
                close_run()
            continue
        # The other rules need the line to stand alone: "June 2015" or "April 2016, the" in a
        # paragraph wrapped at 70 characters is a piece of a sentence. (Asked only of a line that
        # one of them could take.)
        headline = last not in ".;,:" and spaces >= HEADLINE_MIN_WORDS - 1 and n <= LINE_RULE_MAX_CHARS
        label = n <= NAVIGATION_MAX_CHARS
        stamp = n <= TIME_STAMP_MAX_CHARS and _HAS_DIGIT(line) is not None
        alone = (headline or label or stamp) and standalone(s + len(raw) - len(left), e)
        if alone and headline and _is_headline(line):
            run.append((s, e))
        elif run:
            close_run()
        if not alone:
            continue
        if label and _nav_key(line) in navigation:
            spans.append((s, e, "navigation"))
        elif stamp and _is_time_stamp(line):
            spans.append((s, e, "time stamp"))
    close_run()
    for s, e in doc.furniture:
        spans.append((s, e, "repeated paragraph"))
    spans.sort()
    return spans


def in_spans(spans: Sequence[tuple[int, int, str]], starts: Sequence[int], pos: int) -> str:
    """The rule of the span of `spans` (sorted, with `starts` their starts) holding `pos`, or ""."""
    i = bisect.bisect_right(starts, pos) - 1
    # spans may nest (an inline code span inside a code line): look back over a few
    while i >= 0:
        s, e, rule = spans[i]
        if s <= pos < e:
            return rule
        if i > 0 and spans[i - 1][1] > pos:
            i -= 1
            continue
        return ""
    return ""


# A sentence at least this much of which (by characters) lies in text that is not prose is not a
# sentence of the author's (a code line joined to the next by the sentence splitter, a time
# stamp with a word of prose after it).
NOT_PROSE_SHARE = 0.5


def share_covered(doc: Document, start: int, end: int) -> float:
    """The share of the characters start..end of `doc` that lie in text that is not prose
    (`not_prose_spans`, merged where they overlap; found by bisection)."""
    return doc.analysis.not_prose_share(start, end)
