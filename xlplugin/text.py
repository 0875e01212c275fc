"""Text preparation, done once per document and shared by every scorer.

`prepare(raw)` returns a `Document`: the scored text (Unicode NFC, one newline convention,
control characters blanked), its lines, paragraphs, sentences, word tokens and quotations, each
with character offsets into the scored text. Normalisation keeps one output character per input
character wherever it can, and `Document.original_offset` maps back when it could not (a CRLF
pair, or a letter with combining marks that NFC composes).

The sentence splitter is rule based and written for news text: it keeps abbreviations ("U.S.",
"Dr."), initials ("J. D. Brown"), decimals and times together, breaks where a full stop lacks its
space ("said.The"), ends a sentence at a heading or bullet line without a full stop, and does not
break inside a short quotation ("We will act. We must," she said.). No sentence is longer than
`MAX_SENTENCE_CHARS`: a run-on text without punctuation is cut at spaces, which keeps VADER's
per-sentence cost (quadratic in sentence length) linear in the document's length.
"""

from __future__ import annotations

import bisect
import re
from itertools import accumulate, repeat
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Collection, NamedTuple

if TYPE_CHECKING:
    from .analysis import Analysis

__all__ = [
    "VERSION",
    "MAX_SENTENCE_CHARS",
    "Sentence",
    "Token",
    "Document",
    "normalise",
    "prepare",
    "split_sentences",
]

# Bump when a change to normalisation, splitting or tokens changes what scorers see: it is part
# of every row's version stamp, so a refresh re-scores.
VERSION = "1"
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
_TERMINAL_RE = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*")
# Dotted acronyms ("U.S.", "e.g."), numbers with separators ("3.5", "1,200", "10:30"), then words
# with inner hyphens or apostrophes ("well-known", "don't"): the same matches as
#   (?:[^\W\d_]\.){2,} | \d+(?:[.,:]\d+)+ | [^\W_]+(?:[-'\u2019][^\W_]+)*
# written with the first character (a letter or digit in every branch) taken out in front and the
# branch told apart by a look-behind: a pattern that starts with a character class lets the regex
# engine skip spaces and punctuation without trying each branch there (a fifth faster). The first
# two branches are tried only before a full stop, comma, colon or digit (the only characters
# they can go on with), and the repeats are possessive (nothing after them could take back a
# character): the same matches, found about a third faster on news text.
_WORD_RE = re.compile(r"[^\W_](?:(?=[.,:\d])(?:(?<=[^\W\d_])\.(?:[^\W\d_]\.)+|(?<=\d)\d*+(?:[.,:]\d++)++)|[^\W_]*+(?:[-'\u2019][^\W_]++)*+)")
# The same pattern for a sentence of ASCII text (where [^\W_] is [A-Za-z0-9], [^\W\d_] is
# [A-Za-z] and \u2019 cannot occur), with the word captured so that `split` gives gaps and words
# in turn: no match object per word, and a plain character class instead of a Unicode category
# test per character (together a fifth less time for the tokens of a news article).
_WORD_SPLIT_ASCII = re.compile(r"([A-Za-z0-9](?:(?=[.,:0-9])(?:(?<=[A-Za-z])\.(?:[A-Za-z]\.)+|(?<=[0-9])[0-9]*+(?:[.,:][0-9]++)++)|[A-Za-z0-9]*+(?:[-'][A-Za-z0-9]++)*+))")
_WORD_SPLIT = re.compile("(" + _WORD_RE.pattern + ")")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")
_PARAGRAPH_RE = re.compile(r"\n[ \t]*\n\s*")


class Token(NamedTuple):
    """A word: its text, lower-cased form, offsets and the index of its sentence."""

    text: str
    lower: str
    start: int
    end: int
    sentence: int


class Sentence(NamedTuple):
    """A sentence of the scored text; `tokens` indexes `Document.tokens` (a half-open range).

    (A named tuple like `Token`: made once per sentence of every document, in a third of the
    time of a frozen dataclass.)"""

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    first_token: int = 0
    last_token: int = 0

    @property
    def word_count(self) -> int:
        return self.last_token - self.first_token


@dataclass
class Document:
    """A prepared document. Build it with `prepare`; scorers only read it."""

    raw: str
    text: str
    title: str = ""
    url: str = ""
    outlet: str = ""
    # What the source says about itself beyond title, URL and outlet (a web page's metadata, a
    # CSV's author/date columns): the author's name, the publication date (as given), and the
    # page's own type hint ("article", "product"...); "" where unknown.
    author: str = ""
    date: str = ""
    page_type: str = ""
    lines: list[tuple[int, int]] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    quotes: list[tuple[int, int]] = field(default_factory=list)
    # Paragraphs (start, end) that the batch they came in marked as their outlet's furniture (see
    # `xlplugin.prose.repeated_paragraphs`); empty for a document scored on its own.
    furniture: list[tuple[int, int]] = field(default_factory=list)
    language: str = "unknown"
    language_note: str = ""
    # Deprecated: work that scorers shared by writing into the document. What several scorers
    # need is now `analysis` (read-only, computed once); no scorer of this package's core writes
    # here. Kept until every scorer has moved off it.
    shared: dict[str, object] = field(default_factory=dict)
    _offsets: list[int] | None = None
    _quote_starts: list[int] = field(default_factory=list)
    # The words, as columns (one list per field of `Token`, in text order): the scorers read
    # these, and a tuple per word is made only when `tokens` is asked for.
    token_texts: list[str] = field(default_factory=list)
    lowers: list[str] = field(default_factory=list)
    token_starts: list[int] = field(default_factory=list)
    token_ends: list[int] = field(default_factory=list)
    token_sentences: list[int] = field(default_factory=list)
    # caches, not state: not __init__ arguments (dataclasses.replace must not copy them)
    _tokens: list[Token] | None = field(default=None, init=False, repr=False, compare=False)
    _analysis: Analysis | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def analysis(self) -> Analysis:
        """What the scorers read beyond the words (attribution, quotations, furniture lines,
        text that is not prose, links), each part computed once: see `xlplugin.analysis`."""
        if self._analysis is None:
            from .analysis import Analysis  # local: analysis reads this module

            self._analysis = Analysis(self)
        return self._analysis

    @property
    def tokens(self) -> list[Token]:
        """Every word as a `Token` (made on first use from the columns)."""
        if self._tokens is None:
            # tuple.__new__ is Token(...) without the NamedTuple keyword handling: a third faster
            self._tokens = list(map(tuple.__new__, repeat(Token), zip(
                self.token_texts, self.lowers, self.token_starts, self.token_ends, self.token_sentences)))
        return self._tokens

    @property
    def word_count(self) -> int:
        return len(self.lowers)

    def words(self, sentence: Sentence | None = None) -> list[Token]:
        if sentence is None:
            return self.tokens
        return self.tokens[sentence.first_token : sentence.last_token]

    def line_text(self, index: int) -> str:
        start, end = self.lines[index]
        return self.text[start:end]

    def quote_at(self, pos: int) -> tuple[int, int] | None:
        """The quotation (with its marks) that holds character `pos`, or None."""
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        if i >= 0:
            start, end = self.quotes[i]
            if start <= pos < end:
                return self.quotes[i]
        return None

    def original_offset(self, pos: int) -> int:
        """Map an offset in the scored text back to the raw text given to `prepare`."""
        if self._offsets is None:
            return pos
        if pos >= len(self._offsets):
            return len(self.raw)
        return self._offsets[pos]


def normalise(raw: str) -> tuple[str, list[int] | None]:
    """NFC, newlines as "\\n", control and zero-width characters as spaces.

    Returns the text and, when its length differs from `raw`, the offset map (one raw offset per
    output character); None means offsets are the same in both.
    """
    needs_nfc = not unicodedata.is_normalized("NFC", raw)
    if not needs_nfc and "\r" not in raw:
        return _CONTROL_RE.sub(" ", raw), None
    out: list[str] = []
    offsets: list[int] = []
    i, n = 0, len(raw)
    while i < n:
        ch = raw[i]
        if ch == "\r":
            out.append("\n")
            offsets.append(i)
            i += 2 if i + 1 < n and raw[i + 1] == "\n" else 1
            continue
        j = i + 1
        while j < n and unicodedata.combining(raw[j]):
            j += 1
        cluster = unicodedata.normalize("NFC", raw[i:j]) if needs_nfc else raw[i:j]
        for k, c in enumerate(cluster):
            out.append(c)
            offsets.append(min(i + k, j - 1))
        i = j
    text = _CONTROL_RE.sub(" ", "".join(out))
    if len(text) == n:
        return text, None
    return text, offsets


def _find_lines(text: str) -> list[tuple[int, int]]:
    lines = []
    start = 0
    for m in re.finditer("\n", text):
        lines.append((start, m.start()))
        start = m.end()
    lines.append((start, len(text)))
    return lines


_QUOTE_CHARS_RE = re.compile('["\u201c\u201d\u00ab\u00bb\u201e]')


def _find_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quotations in one paragraph: curly pairs, guillemets, and straight double quotes."""
    found: list[tuple[int, int]] = []
    open_at = -1
    open_char = ""
    straight_at = -1
    for m in _QUOTE_CHARS_RE.finditer(text, start, end):
        i = m.start()
        c = text[i]
        if c == '"':
            if straight_at < 0:
                straight_at = i
            else:
                found.append((straight_at, i + 1))
                straight_at = -1
        elif open_at >= 0 and (c in _QUOTE_CLOSE and not (open_char == "\u201c" and c == "\u201c")):
            # \u201c closes a German \u201e quotation; after an English \u201c it opens a new one.
            found.append((open_at, i + 1))
            open_at = -1
        elif open_at < 0 and c in _QUOTE_OPEN:
            open_at, open_char = i, c
    # A quotation opened and never closed in the paragraph runs to its end (news style for
    # a quotation that continues in the next paragraph).
    if open_at >= 0:
        found.append((open_at, end))
    if straight_at >= 0 and end - straight_at < MAX_UNSPLIT_QUOTE_CHARS:
        found.append((straight_at, end))
    found.sort()
    return found


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the full stop at `dot` part of an abbreviation or an initial, not a sentence end?"""
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower()
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


# "[...][...]*", not "[...]+": a pattern whose first item is a character class lets the regex
# engine skip to the next candidate character fast (half the time on news text; same matches).
_BOUNDARY_RE = re.compile(
    r"(?P<term>[.!?\u2026][.!?\u2026]*)(?P<close>[\"'\u201d\u2019\u00bb)\]]*)(?P<space>\s+|(?=[A-Z\u201c\"]))"
)


def _split_segment(text: str, start: int, end: int, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split text[start:end] (one line-chunk of a paragraph) into sentence spans."""
    spans = []
    cur = start
    segment = text[start:end]
    for m in _BOUNDARY_RE.finditer(segment):
        term_end = start + m.end("close")
        nxt = start + m.end()
        if nxt >= end:
            break
        follow = text[nxt]
        dot = start + m.start("term")
        if not m.group("space"):
            # No space after the full stop: only a boundary when a lower-case word of two or more
            # letters ends the sentence and a capital starts the next ("said.The").
            before = text[dot - 2 : dot] if dot - 2 >= start else ""
            if not (m.group("term") == "." and len(before) == 2 and before[1].islower() and before[0].isalpha()
                    or m.group("term") == "." and before.isdigit()):
                continue
            if _is_abbreviation(text, dot):
                continue
        else:
            if not (follow.isupper() or follow.isdigit() or follow in "\"'\u201c\u2018\u00ab([*-\u2022"):
                continue
            if m.group("term") == "." and not m.group("close") and _is_abbreviation(text, dot):
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


def _line_chunks(text: str, p_start: int, p_end: int) -> list[tuple[int, int]]:
    """Group the lines of a paragraph: a line break ends a sentence unless the text runs on.

    A line that ends without terminal punctuation and is followed by a line starting in lower
    case (or ends with a comma, hyphen or conjunction-like character) is a soft wrap; any other
    line break (a heading, a bullet, a byline, a forum field) is a boundary.
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
        ) and not _BULLET_RE.match(text, nl + 1)
        if not soft:
            chunks.append((cur, line_end))
            cur = nl + 1
        pos = nl + 1
    chunks.append((cur, p_end))
    return chunks


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
    for p_start, p_end in paragraphs:
        while p_start < p_end and text[p_start].isspace():
            p_start += 1
        while p_end > p_start and text[p_end - 1].isspace():
            p_end -= 1
        if p_start >= p_end:
            continue
        p_index = len(kept_paragraphs)
        kept_paragraphs.append((p_start, p_end))
        p_quotes = _find_quotes(text, p_start, p_end)
        quotes.extend(p_quotes)
        # (a paragraph of one line is one chunk: no call to _line_chunks)
        chunks = _line_chunks(text, p_start, p_end) if text.find("\n", p_start, p_end) >= 0 else ((p_start, p_end),)
        for c_start, c_end in chunks:
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


_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")


def _ascii_words(text: str) -> bool:
    """Does `_WORD_SPLIT_ASCII` find in `text` the words `_WORD_SPLIT` finds? Yes when every
    character outside ASCII is one neither pattern puts in a word (a dash, a pound sign, a curly
    double quote): not a letter or digit, and not the right single quote that joins "don\u2019t"."""
    if text.isascii():
        return True
    return not any(c.isalnum() or c == "\u2019" for c in set(_NON_ASCII_RE.findall(text)))


def _tokenise_sentences(text: str, spans: list[tuple[int, int, int]]):
    """Word columns (words, starts, ends, sentence of each word) and the `Sentence`s, one split
    per sentence."""
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    sentence_of: list[int] = []
    sentences: list[Sentence] = []
    split_ascii, split_any = _WORD_SPLIT_ASCII.split, _WORD_SPLIT.split
    for index, (start, end, paragraph) in enumerate(spans):
        first = len(words)
        sentence_text = text[start:end]
        # [gap, word, gap, word, ..., gap]: the running sum of their lengths gives the offsets
        parts = (split_ascii if _ascii_words(sentence_text) else split_any)(sentence_text)
        bounds = list(accumulate(map(len, parts), initial=start))
        words += parts[1::2]
        starts += bounds[1:-1:2]
        ends += bounds[2::2]
        sentence_of += [index] * (len(parts) // 2)
        sentences.append(Sentence(index, start, end, sentence_text, paragraph, first, len(words)))
    return words, starts, ends, sentence_of, sentences


def _tokenise_whole(text: str, spans: list[tuple[int, int, int]]):
    """`_tokenise_sentences` with one split of the whole text (a loop per sentence costs more
    than the split itself on a news article), or None where the two could differ.

    Sentences are separated by white space only, so a word of the whole text lies inside one
    sentence, and each sentence's words are those starting inside it; a word that would cross a
    sentence end (a run-on text cut at MAX_SENTENCE_CHARS) or start between sentences sends the
    document to the split per sentence.
    """
    # (the two patterns find the same words where _ascii_words says so; the ASCII one is faster)
    parts = (_WORD_SPLIT_ASCII if _ascii_words(text) else _WORD_SPLIT).split(text)
    bounds = list(accumulate(map(len, parts)))
    words = parts[1::2]
    starts = bounds[:-1:2]
    ends = bounds[1::2]
    sentence_of: list[int] = []
    sentences: list[Sentence] = []
    first = 0
    new = tuple.__new__  # Sentence(...) without the NamedTuple keyword handling: half the time
    for index, (start, end, paragraph) in enumerate(spans):
        last = bisect.bisect_left(starts, end, first)
        if first < last and (starts[first] < start or ends[last - 1] > end):
            return None
        sentences.append(new(Sentence, (index, start, end, text[start:end], paragraph, first, last)))
        sentence_of += [index] * (last - first)
        first = last
    if first != len(words):
        return None
    return words, starts, ends, sentence_of, sentences


def prepare(raw: str, *, title: str = "", url: str = "", outlet: str = "", author: str = "", date: str = "",
            page_type: str = "", furniture: Collection[str] = ()) -> Document:
    """Normalise, split and tokenise `raw` once; detect its language.

    `raw` must be a `str`; adapters convert cells, bytes and files before calling this.
    `furniture`: keys (`xlplugin.prose.paragraph_key`) of paragraphs that the batch this
    document came in found repeated across its outlet's documents; they become
    `Document.furniture`.
    """
    from .language import detect_language  # local: language needs the word list loaded lazily

    text, offsets = normalise(raw)
    paragraphs, spans, quotes = split_sentences(text)
    # The words are kept as parallel columns made by C-level calls (Token tuples are made only if
    # `Document.tokens` is read). The whole text is split into words at once when that gives the
    # words a split per sentence would (`_tokenise_whole`); otherwise sentence by sentence.
    columns = _tokenise_whole(text, spans)
    if columns is None:
        columns = _tokenise_sentences(text, spans)
    words, starts, ends, sentence_of, sentences = columns
    doc = Document(
        raw=raw,
        text=text,
        title=title or "",
        url=url or "",
        outlet=outlet or "",
        author=author or "",
        date=date or "",
        page_type=page_type or "",
        lines=_find_lines(text),
        paragraphs=paragraphs,
        sentences=sentences,
        quotes=quotes,
        _offsets=offsets,
        _quote_starts=[q[0] for q in quotes],
        token_texts=words,
        lowers=list(map(str.lower, words)),
        token_starts=starts,
        token_ends=ends,
        token_sentences=sentence_of,
    )
    if furniture:
        from .prose import paragraph_key  # local: prose reads this module

        doc.furniture = [(s, e) for s, e in paragraphs if paragraph_key(text[s:e]) in furniture]
    doc.language, doc.language_note = detect_language(doc)
    return doc
