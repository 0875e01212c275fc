"""The sentence splitter: paragraphs, sentences and quotations of a normalised text.

Rule based and written for news text: it keeps abbreviations ("U.S.", "Dr."), initials ("J. D.
Brown"), decimals and times together, breaks where a full stop lacks its space ("said.The"),
ends a sentence at a heading or bullet line without a full stop, and does not break inside a
short quotation ("We will act. We must," she said.). No sentence is longer than
`MAX_SENTENCE_CHARS`: a run-on text without punctuation is cut at spaces, which keeps VADER's
per-sentence cost (quadratic in sentence length) linear in the document's length.
`xlplugin.text.prepare` calls `split_sentences` once per document.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["MAX_SENTENCE_CHARS", "MAX_UNSPLIT_QUOTE_CHARS", "ABBREVIATIONS", "split_sentences"]

# About 100 words: longer than 99% of sentences in edited news prose (mean 20-25 words), short
# enough that VADER's per-sentence work (it rescans the sentence for each word) stays cheap.
MAX_SENTENCE_CHARS = 600
# A quotation longer than this is split into sentences like any text; shorter ones are kept whole
# so that "A. B," she said. stays one sentence with its attribution.
MAX_UNSPLIT_QUOTE_CHARS = 320

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st jr sr gen gov sen rep lt col capt sgt maj cmdr adm pres supt insp
    rev fr hon messrs mme mlle vs v etc al approx est dept univ assn bros inc ltd co corp plc llc
    no nos vol vols pp fig figs ed eds jan feb mar apr jun jul aug sep sept oct nov dec mon tue
    tues wed thu thur thurs fri sat sun ave blvd rd mt ft ca cf ibid viz op cit e.g i.e a.m p.m
    u.s u.k u.n e.u u.s.a d.c n.y l.a ph.d b.a m.a""".split()
)

_QUOTE_OPEN = "\u201c\u00ab\u201e"  # “ « „
_QUOTE_CLOSE = "\u201d\u00bb\u201c"  # ” » “ (German closes with “)
_BULLET_RE = re.compile(r"[ \t]*(?:[-*\u2022\u2023\u25cf\u25aa\u2013\u2014>]|\d{1,3}[.)]|[a-z][.)])[ \t]+")
_PARAGRAPH_RE = re.compile(r"\n[ \t]*\n\s*")
# (web27) A rule line: a separator drawn with marks, three or more and nothing else on its line
# ("* * *", "***", "___", "———", "- - -", "===", "~~~", "\u2042"). It parts a text's sections
# and says nothing: no sentence (so no claim, no sentence counted), and no paragraph of its own.
# The line stays in the text. "###", a press release's end mark, is read as before.
_RULE_FIRST = frozenset("-_*=~\u2010\u2011\u2012\u2013\u2014\u2015\u2500\u2501\u00b7\u2022\u2042")
_RULE_LINE_RE = re.compile(r"(?:[-_*=~\u2010-\u2015\u2500\u2501\u00b7\u2022][ \t]*){3,}|\u2042[ \t]*")


# The quotation marks: a double quotation mark, or two apostrophes or backticks (`_doubled_mark`).
_QUOTE_MARKS_PLAIN = '["\u201c\u201d\u00ab\u00bb\u201e]|\'\'|``'
# The same matches, written to start with one character class (its first character, then what
# must follow it: a second ' after ', a second ` after `, nothing after the others): the regex
# engine then skips from candidate to candidate instead of trying three branches at every
# character (a third of the time on news text). `tests/test_prep_exact.py` holds the two equal.
_QUOTE_CHARS_RE = re.compile('["\u201c\u201d\u00ab\u00bb\u201e\'`](?:(?<=\')\'|(?<=`)`|(?<=["\u201c\u201d\u00ab\u00bb\u201e]))')
_PAIR_NEIGHBOURS = ".,!?;:"


def _doubled_mark(text: str, i: int, pair: str, start: int, end: int, open_char: str) -> str:
    """What two apostrophes or two backticks at `i` stand for: a double quotation mark in some
    archives and typesetting conventions (''...'' in newspaper archives, e.g. the New York Times
    texts of PolNeAR; ``...'' in LaTeX and the Penn Treebank). Only where they sit like one: next
    to a letter or digit (or after .,!?;:), and not in a run of three, so that an empty string in
    code (x = '', f('')) is no quotation. Returns the mark read ('"', an opening or a closing
    curly mark), or "" for none."""
    before = text[i - 1] if i > start else " "
    after = text[i + 2] if i + 2 < end else " "
    if "'" in (before, after) or "`" in (before, after):
        return ""
    if pair == "``":
        return "\u201c" if after.isalnum() else ""
    if not (before.isalnum() or before in _PAIR_NEIGHBOURS or after.isalnum()):
        return ""
    return "\u201d" if open_char == "\u201c" else '"'


def _find_quotes(text: str, start: int, end: int, line_ends: tuple[int, ...] = ()) -> list[tuple[int, int]]:
    """Quotations in one paragraph: curly pairs, guillemets, straight double quotes, and double
    quotation marks written as two apostrophes or backticks (`_doubled_mark`).

    Mixed marks pair (`_closes_mixed`): a straight mark opened and a curly one closing ("...\u201d),
    or the reverse, as text edited by hand or by two programs writes them. A straight mark is
    paired within its line chunk (`line_ends`: the ends of the paragraph's chunks, `_line_chunks`,
    the last one `end`): a line that ends a sentence (a heading, a bullet, a forum field) ends a
    straight quotation left open, and the next line's marks pair among themselves."""
    found: list[tuple[int, int]] = []
    open_at = -1
    open_char = ""
    straight_at = -1
    chunk = 0  # the chunk of `line_ends` holding the open straight mark
    for m in _QUOTE_CHARS_RE.finditer(text, start, end):
        i = m.start()
        c = m.group()
        if len(c) == 2:
            c = _doubled_mark(text, i, c, start, end, open_char if open_at >= 0 else "")
            if not c:
                continue
        if straight_at >= 0 and line_ends and i > line_ends[chunk]:
            _close_at_line_end(found, straight_at, line_ends[chunk])
            straight_at = -1
        if c == '"' and open_at >= 0 and straight_at < 0 and _closes_mixed(text, m.end(), end, open_char):
            found.append((open_at, m.end()))  # \u201c...": a curly quotation closed by a straight mark
            open_at = -1
        elif c == '"':
            if straight_at < 0:
                straight_at = i
                while line_ends and i > line_ends[chunk]:
                    chunk += 1
            else:
                found.append((straight_at, m.end()))
                straight_at = -1
        elif c == "\u201d" and straight_at >= 0 and open_at < 0:
            found.append((straight_at, m.end()))  # "...\u201d: a straight quotation closed by a curly mark
            straight_at = -1
        elif open_at >= 0 and (c in _QUOTE_CLOSE and not (open_char == "\u201c" and c == "\u201c")):
            # \u201c closes a German \u201e quotation; after an English \u201c it opens a new one.
            found.append((open_at, m.end()))
            open_at = -1
        elif open_at < 0 and c in _QUOTE_OPEN:
            open_at, open_char = i, c
    # A quotation opened and never closed in the paragraph runs to its end (news style for
    # a quotation that continues in the next paragraph).
    if open_at >= 0:
        found.append((open_at, end))
    if straight_at >= 0:
        _close_at_line_end(found, straight_at, line_ends[chunk] if line_ends else end)
    found.sort()
    return found


# (fresh40) Quotations in typographic single marks, as British and Irish newspapers, the BBC and
# word processors set a speaker's words: 'she said the protesters were \u2018a disgrace\u2019', '\u2018We
# are peaceful people,\u2019 she said'. Read as quotations only where unmistakable: the opening mark
# U+2018 (never an apostrophe; a straight ' is left alone) at a word's start, closed by the first
# U+2019 after it that no letter or digit follows (not the apostrophe of "minister\u2019s" or
# "don\u2019t"), in the same paragraph; one opening a paragraph and never closed runs to its end
# (a quotation going on in the next paragraph). Double marks inside such a quotation are its own
# (nested); a single-marked span that crosses a double-marked one is not read.
_SINGLE_OPEN = "\u2018"
_SINGLE_CLOSE = "\u2019"


def _with_single_quotes(text: str, start: int, end: int, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`found` (a paragraph's double-marked quotations) with its single-marked ones (see above)."""
    singles: list[tuple[int, int]] = []
    i = text.find(_SINGLE_OPEN, start, end)
    while i >= 0:
        before = text[i - 1] if i > start else " "
        if before.isalnum() or any(a <= i < b for a, b in found) or (singles and i < singles[-1][1]):
            i = text.find(_SINGLE_OPEN, i + 1, end)
            continue
        close = text.find(_SINGLE_CLOSE, i + 1, end)
        while close >= 0 and close + 1 < end and text[close + 1].isalnum():
            close = text.find(_SINGLE_CLOSE, close + 1, end)
        if close < 0:
            if i == start and text[i + 1 : i + 2].isupper():
                singles.append((i, end))
            break
        span = (i, close + 1)
        # a double-marked quotation crossing this one's edge: the marks do not nest, read neither
        if not any(a < span[0] < b < span[1] or span[0] < a < span[1] < b for a, b in found):
            singles.append(span)
        i = text.find(_SINGLE_OPEN, close + 1, end)
    if not singles:
        return found
    kept = [q for q in found if not any(a <= q[0] and q[1] <= b for a, b in singles)]
    return sorted(kept + singles)


# (claims40) Quotations in straight single marks used for speech ('We are ordinary workers,' she
# said; the offer was 'a disgrace'), read as the typographic ones are, only where unmistakable:
# the opening ' at a word's start (after a space, a bracket or a dash, or opening the paragraph)
# before a letter (not '90s) and not a clipped word ('em, 'til, 'n'); closed by the first ' after
# it that no letter or digit follows (not don't, the minister's) and that a letter, a digit or a
# mark of a sentence's end or a clause's stands before, on the same line; a plural's
# apostrophe before a word in lower case ("the drivers' pay") closes unless the next mark after it
# stands after a stop or a comma ('We back the drivers' pay claim,' he said). Never inside a double-marked quotation, never across one; a mark
# left without its pair reads nothing.
_STRAIGHT_OPEN_RE = re.compile(r"(?:(?<=^)|(?<=[\s(\[\u2014\u2013-]))'(?=[A-Za-z])")
_STRAIGHT_CLOSE_RE = re.compile(r"(?<=[\w,.!?;:\u2026])'(?![\w])")
_CLIPPED = frozenset("em til tis twas n bout cause cos round ave".split())
_CLIPPED_RE = re.compile(r"'([A-Za-z]+)")


def _with_straight_single_quotes(text: str, start: int, end: int, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`found` (a paragraph's quotations) with its straight single-marked ones (see above)."""
    singles: list[tuple[int, int]] = []
    pos = start
    while True:
        o = _STRAIGHT_OPEN_RE.search(text, pos, end)
        if o is None:
            break
        i = o.start()
        word = _CLIPPED_RE.match(text, i, end)
        if any(a <= i < b for a, b in found) or word is not None and word.group(1).lower() in _CLIPPED:
            pos = i + 1
            continue
        close = -1
        nl = text.find("\n", i, end)
        line_end = end if nl < 0 else nl  # (a straight quotation closes on its line: one left open reads nothing)
        for c in _STRAIGHT_CLOSE_RE.finditer(text, i + 2, line_end):
            k = c.start()
            if text[k - 1] in "sS" and text[k + 1 : k + 2] == " " and text[k + 2 : k + 3].islower() \
                    and (after := _STRAIGHT_CLOSE_RE.search(text, k + 1, line_end)) is not None \
                    and text[after.start() - 1] in ",.!?;:\u2026":
                continue  # "the drivers' pay claim,'": a plural's apostrophe before a closing mark after a stop
            close = k
            break
        if close < 0:
            pos = line_end
            continue
        span = (i, close + 1)
        if not any(a < span[0] < b or a < span[1] - 1 < b for a, b in found):
            singles.append(span)
        pos = close + 1
    if not singles:
        return found
    kept = [q for q in found if not any(a <= q[0] and q[1] <= b for a, b in singles)]
    return sorted(kept + singles)


def _close_at_line_end(found: list[tuple[int, int]], straight_at: int, line_end: int) -> None:
    """A straight quotation opened at `straight_at` and never closed on its line chunk runs to the
    chunk's end, when that is short (a longer run is more likely a stray mark: an inch sign)."""
    if line_end - straight_at < MAX_UNSPLIT_QUOTE_CHARS:
        found.append((straight_at, line_end))


def _closes_mixed(text: str, after: int, end: int, open_char: str) -> bool:
    """Does a straight mark (ending at `after`) close the curly quotation opened with
    `open_char`? When that was an English opening mark (\u201c) and no curly closing mark follows
    in the paragraph before the next opening one: the quotation's own closing mark is missing,
    and the straight one stands in for it."""
    if open_char != "\u201c":
        return False
    close = text.find("\u201d", after, end)
    if close < 0:
        return True
    reopen = text.find("\u201c", after, close)
    return reopen >= 0


_WORD_REACH = 40


def _word_start(text: str, dot: int) -> int:
    """Where the run of letters and full stops ending at `dot` starts (a loop back over its
    characters). Speed only: where everything from the last space before `dot` is letters and
    full stops (most words), that run starts just after the space (or at the text's start), as
    the loop would find, at the cost of two C-level calls (the space looked for among the
    WORD_REACH characters before `dot` only); anything else is walked back as before."""
    reach = max(0, dot - _WORD_REACH)
    space = text.rfind(" ", reach, dot)
    if (space >= 0 or reach == 0) and text[space + 1:dot].replace(".", "").isalpha():
        return space + 1  # (`isalpha`: all letters; not true of "")
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    return j


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the full stop at `dot` part of an abbreviation or an initial, not a sentence end?"""
    word = text[_word_start(text, dot):dot].lower()
    if not word:
        return False
    if word in ABBREVIATIONS:
        return True
    # A single capital letter is an initial ("J. Smith", "D.J. Brown").
    if len(word) == 1 and text[dot - 1].isupper():
        return True
    # Dotted acronyms we do not list (e.g. "N.A.T.O.").
    if "." in word and all(len(part) <= 2 for part in word.split(".")):
        return True
    return False


@lru_cache(maxsize=1)
def _state_abbreviations() -> frozenset[str]:
    """prose.txt [dateline_state_abbreviations] ("minn", "calif", "ore"), read on first use."""
    from .lexicon import load_sections  # (local: the splitter reads its one table only when a dot asks)
    return frozenset(w for entry in load_sections("prose.txt")["dateline_state_abbreviations"] for w in entry.split())


# A ZIP code after a state's abbreviation ("Portland, Ore. 97201"): an address goes on.
_ZIP_RE = re.compile(r"\d{5}(?:-\d{4})?\b")


def _dateline_state(text: str, dot: int, nxt: int, start: int) -> bool:
    """(claims52) Is the full stop at `dot` the end of a state's abbreviation after a town, inside a
    dateline or an address (prose.txt [dateline_state_abbreviations]), so no sentence end? The
    abbreviation is capitalised and follows ", " and a capitalised word, and either the town opens
    its line in capitals ("ST. CLOUD, Minn. A school board ..."), a bracket follows (a wire's
    credit: "PORTLAND, Ore. (Reuters) -") or a ZIP code does ("Austin, Tex. 78701"). "He lives in
    Springfield, Ill. His brother ..." ends its sentence as before."""
    ws = _word_start(text, dot)
    if ws - 2 < start or text[ws - 2:ws] != ", " or not text[ws].isupper() \
            or text[ws:dot].lower() not in _state_abbreviations():
        return False
    town_end = ws - 2
    town_start = max(text.rfind("\n", start, town_end) + 1, start)
    town = text[town_start:town_end]
    if not town[:1].isupper():
        return False
    if text[nxt] == "(" or _ZIP_RE.match(text, nxt):
        return True
    letters = [c for c in town if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters) and len(town) <= 40


def _in_joined_name(text: str, dot: int, start: int) -> bool:
    """Is the full stop at `dot` (with no space after it) inside a name joined by slashes or
    dots ("Android/Filecoder.C", "com.example.util.Main")? Its word, back to a space, holds a "/" or
    two more dots: no sentence ends inside it. (One dot more is more often a missing space than
    a name: "it ended.said.The".)"""
    j = text.rfind(" ", start, dot) + 1
    return "/" in text[j:dot] or text.count(".", j, dot) >= 2


# "[...][...]*", not "[...]+": a pattern whose first item is a character class lets the regex
# engine skip to the next candidate character fast (half the time on news text; same matches).
_BOUNDARY_RE = re.compile(
    r"(?P<term>[.!?\u2026][.!?\u2026]*)(?P<close>[\"'\u201d\u2019\u00bb)\]]*)(?P<space>\s+|(?=[A-Z\u201c\"]))"
)


# Emoji after a sentence's mark ("Coincidence? \U0001f914 The deal ..."): pictographs, symbols and
# dingbats, with the joiner and the variation selector that build them.
_EMOJI_RE = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u200d\ufe0f]+\\s+")


def _after_emoji(text: str, i: int, end: int) -> int:
    """Where the next sentence's first word is, past a run of emoji and its space at `i`: an emoji
    after "?" or "!" does not hide the boundary; the emoji opens the next sentence."""
    if text[i] < "\u200d":
        return i  # a letter, a digit or a mark: no emoji (most boundaries; the match spared)
    m = _EMOJI_RE.match(text, i, end)
    return m.end() if m and m.end() < end else i


def _split_segment(text: str, start: int, end: int, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split text[start:end] (one line-chunk of a paragraph) into sentence spans.

    (The pattern is run over text[start:end] in place, with `finditer`'s pos and endpos: the same
    matches as on a copy of the chunk, since it has no "^" and no look-behind, and the end is
    the end of the text to its look-ahead, without the copy or the offset arithmetic.)"""
    spans = []
    cur = start
    for m in _BOUNDARY_RE.finditer(text, start, end):
        nxt = m.end()
        if nxt >= end:
            break
        term_end, dot, term = m.end("close"), m.start("term"), m.group("term")
        if not m.group("space"):
            # No space after the full stop: only a boundary when a lower-case word of two or more
            # letters ends the sentence and a capital starts the next ("said.The").
            before = text[dot - 2 : dot] if dot - 2 >= start else ""
            if not (term == "." and len(before) == 2 and before[1].islower() and before[0].isalpha()
                    or term == "." and before.isdigit()):
                continue
            if _is_abbreviation(text, dot) or _in_joined_name(text, dot, start):
                continue
        else:
            follow = text[_after_emoji(text, nxt, end)]
            if not (follow.isupper() or follow.isdigit() or follow in "\"'\u201c\u2018\u00ab([*-\u2022"):
                continue
            if term == "." and term_end == m.end("term") and (_is_abbreviation(text, dot)
                                                               or _dateline_state(text, dot, nxt, start)):
                continue
        inside = False
        for q_start, q_end in quotes:
            # Inside a short quotation that goes on after this full stop: not a boundary.
            if q_start < dot and term_end < q_end and q_end - q_start <= MAX_UNSPLIT_QUOTE_CHARS:
                inside = True
                break
        if inside:
            continue
        spans.append((cur, term_end))
        cur = nxt
    spans.append((cur, end))
    return spans


def _cap(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a span longer than MAX_SENTENCE_CHARS at spaces (or hard, where there are none)."""
    out = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        if cut <= start:
            cut = start + MAX_SENTENCE_CHARS
        out.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        out.append((start, end))
    return out


# A line ending in one of these words runs on into the next line, whatever the next line starts with.
_CONTINUING = frozenset("a an the of to in on at by for from with and or but as that than into of".split())


def _last_word(text: str, start: int, end: int) -> str:
    i = end
    while i > start and text[i - 1].isalpha():
        i -= 1
    return text[i:end]


# (fresh40) A text hard-wrapped at a width (pasted from an e-mail, a PDF or a terminal, a line
# break every 60 or 72 characters) breaks its sentences wherever the next word did not fit, often
# before a capital: "according to NHS" / "England figures", "said Dr Ann" / "Lee of ...". Such a
# break is no sentence's end. The text is taken as wrapped where at least `_WRAP_FULL_LINES` lines
# followed by another line of their paragraph end within `_WRAP_SLACK` characters of the longest
# such line (its width, `_WRAP_MAX_WIDTH` at most), a third of them and two at least followed by a
# line that starts in lower case (lines typed one a line, a list or an address, start with
# capitals); a line of it is then run on into the next where
# it is full (the next line's first word would not have fitted), holds `_WRAP_MIN_WORDS` words or
# more, is no table row (a tab or a run of three spaces) and ends in no stop, question, exclamation
# or colon (closing quotation marks and brackets after one looked through). A heading, a byline or
# a date line over the text is shorter than the width by more than a word, and stays a boundary.
_WRAP_FULL_LINES = 3
_WRAP_SLACK = 12
_WRAP_MAX_WIDTH = 120
_WRAP_MIN_WORDS = 5
_WRAP_ENDS = ".!?:\u2026"
_WRAP_CLOSERS = "\"'\u201d\u2019\u00bb)]"
_TABLE_GAP_RE = re.compile(r"\t| {3}")
_FIRST_WORD_RE = re.compile(r"\S+")


def _wrap_width(text: str) -> int | None:
    """(fresh40) The width a hard-wrapped text was wrapped at, or None where it was not."""
    lines = text.split("\n")
    inner = [(len(line.rstrip()), after.lstrip()[:1].islower())
             for line, after in zip(lines, lines[1:]) if line.strip() and after.strip()]
    if len(inner) < _WRAP_FULL_LINES:
        return None
    width = max(n for n, _ in inner)
    full = [lower for n, lower in inner if n >= width - _WRAP_SLACK]
    # a wrap shows itself by full lines run on in lower case ("fell" / "for the third month"):
    # lines typed one a line (a list, an address, a heading block) each start with a capital
    runs_on = sum(full)
    if width > _WRAP_MAX_WIDTH or len(full) < _WRAP_FULL_LINES or runs_on < max(2, len(full) / 3):
        return None
    return width


def _wrapped_break(text: str, line_start: int, line_end: int, nxt: int, p_end: int, width: int) -> bool:
    """(fresh40) Is the break after text[line_start:line_end] a wrap at `width` (`_wrap_width`)?"""
    line = text[line_start:line_end].rstrip()
    first = _FIRST_WORD_RE.match(text, nxt, p_end)
    if not line or first is None or len(line) + 1 + len(first.group()) <= width:
        return False
    if len(line.split()) < _WRAP_MIN_WORDS or _TABLE_GAP_RE.search(line.strip()):
        return False
    return line.rstrip(_WRAP_CLOSERS)[-1:] not in _WRAP_ENDS


def _line_chunks(text: str, p_start: int, p_end: int, width: int | None = None) -> list[tuple[int, int]]:
    """Group the lines of a paragraph: a line break ends a sentence unless the text runs on.

    A line that ends without terminal punctuation and is followed by a line starting in lower
    case (or ends with a comma, hyphen or conjunction-like character) is a soft wrap, and so is a
    full line of a text hard-wrapped at `width` (`_wrapped_break`); any other line break (a
    heading, a bullet, a byline, a forum field) is a boundary.
    """
    chunks = []
    cur = p_start
    pos = p_start
    while True:
        nl = text.find("\n", pos, p_end)
        if nl < 0:
            break
        line_end = nl
        nxt = nl + 1
        while nxt < p_end and text[nxt] in " \t":
            nxt += 1
        prev = text[line_end - 1] if line_end > p_start else ""
        follow = text[nxt] if nxt < p_end else ""
        soft = bool(follow) and (
            follow.islower() or prev in ",-\u2013;(" or _last_word(text, p_start, line_end) in _CONTINUING
            or (width is not None and _wrapped_break(text, pos, line_end, nxt, p_end, width))
        ) and not _BULLET_RE.match(text, nl + 1)
        if not soft:
            chunks.append((cur, line_end))
            cur = nl + 1
        pos = nl + 1
    chunks.append((cur, p_end))
    return chunks


def _rule_line(text: str, start: int, end: int) -> bool:
    """(web27) Is text[start:end] a rule line (`_RULE_LINE_RE`), white space around it allowed?"""
    while start < end and text[start] in " \t":
        start += 1
    if start >= end or text[start] not in _RULE_FIRST:
        return False
    while text[end - 1] in " \t\n":
        end -= 1
    return _RULE_LINE_RE.fullmatch(text, start, end) is not None


def _without_rules(text: str, start: int, end: int) -> tuple[int, int]:
    """(web27) The chunk start..end less the rule lines at its start and its end ("- - -" soft-wrapped
    onto the line under it); (end, end) where it is all rule lines."""
    while start < end:
        nl = text.find("\n", start, end)
        line_end = end if nl < 0 else nl
        if not _rule_line(text, start, line_end):
            break
        start = end if nl < 0 else nl + 1
    while start < end:
        nl = text.rfind("\n", start, end)
        if nl < 0 or not _rule_line(text, nl + 1, end):
            break
        end = nl
    return start, end


def split_sentences(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int, int]], list[tuple[int, int]]]:
    """Paragraphs, sentence spans (start, end, paragraph) and quotations of a normalised text."""
    paragraphs = []
    start = 0
    for m in _PARAGRAPH_RE.finditer(text):
        paragraphs.append((start, m.start()))
        start = m.end()
    paragraphs.append((start, len(text)))
    sentences: list[tuple[int, int, int]] = []
    quotes: list[tuple[int, int]] = []
    kept_paragraphs = []
    width = _wrap_width(text) if "\n" in text else None
    for p_start, p_end in paragraphs:
        while p_start < p_end and text[p_start].isspace():
            p_start += 1
        while p_end > p_start and text[p_end - 1].isspace():
            p_end -= 1
        if p_start >= p_end or _rule_line(text, p_start, p_end):
            continue
        p_index = len(kept_paragraphs)
        kept_paragraphs.append((p_start, p_end))
        # (a paragraph of one line is one chunk: no call to _line_chunks)
        multi_line = text.find("\n", p_start, p_end) >= 0
        chunks = _line_chunks(text, p_start, p_end, width) if multi_line else ((p_start, p_end),)
        p_quotes = _find_quotes(text, p_start, p_end, tuple(e for _, e in chunks) if multi_line else ())
        if text.find("\u2018", p_start, p_end) >= 0:
            p_quotes = _with_single_quotes(text, p_start, p_end, p_quotes)
        if text.find("'", p_start, p_end) >= 0:
            p_quotes = _with_straight_single_quotes(text, p_start, p_end, p_quotes)  # (claims40)
        quotes.extend(p_quotes)
        for c_start, c_end in chunks:
            if multi_line:  # (web27) "* * *" between two lines of a paragraph, alone or run on with one
                c_start, c_end = _without_rules(text, c_start, c_end)
                if c_start >= c_end:
                    continue
            for s_start, s_end in _split_segment(text, c_start, c_end, p_quotes):
                while s_start < s_end and text[s_start].isspace():
                    s_start += 1
                while s_end > s_start and text[s_end - 1].isspace():
                    s_end -= 1
                if s_end - s_start > MAX_SENTENCE_CHARS:
                    sentences.extend((a, b, p_index) for a, b in _cap(text, s_start, s_end))
                elif s_start < s_end:
                    sentences.append((s_start, s_end, p_index))
    return kept_paragraphs, sentences, quotes
