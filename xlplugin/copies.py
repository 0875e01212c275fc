"""Copies across rows: which documents of one run tell the same story, or share a passage.

Aggregators and content farms copy, wire stories are reprinted; a reader judging one row should
know that another row holds the same words. This looks at the documents of one run together
(it is not a signal of one document: adding or removing a row can change it).

How (pure Python, no dependency, linear in the number of documents):

1. Each text is split into words (lower case) and every run of `SHINGLE` words (a "shingle")
   is hashed.
2. Fingerprints are chosen by winnowing (Schleimer, Wilkerson & Aiken 2003, the method behind
   MOSS): the smallest hash in every window of `WINDOW` shingles. Its guarantee is what a
   shared-passage detector needs and MinHash lacks: any passage of `WINDOW + SHINGLE - 1` words
   or more that two texts share gives them a common fingerprint. MinHash estimates the overlap of
   whole texts (Jaccard), so a paragraph copied into a long article barely moves it.
3. Documents that share at least `MIN_SHARED` fingerprints are candidates. A fingerprint found in
   more than `MAX_POSTING` documents is boilerplate (a disclaimer, a licence line) and is
   ignored, which keeps the work linear even when every row carries the same footer.
4. Each candidate pair is then measured exactly on its full shingle sets: the share of each text
   found in the other, and the longest passage the two share word for word. Only these exact
   figures are reported, so the sampling can miss a very short overlap but never inflates one.

Why not a library: datasketch (the usual choice) needs NumPy and estimates Jaccard similarity;
the Excel adapters run this package in Pyodide, and containment (how much of this text is in
that one) is the figure a reader needs.

Blind spots: rewritten or translated copies share few word runs and are not found; a passage
quoted with credit counts as shared (the credit is looked for only for "same story" pairs);
which of two copies came first is known only from their dates.
"""

from __future__ import annotations

import base64
import datetime as _dt
import gc
import hashlib
import heapq
import re
import sys
from array import array
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence
from zlib import crc32

from .scorers.source_rating import outlet_key, outlet_name, outlet_text

__all__ = [
    "CopyDoc",
    "Match",
    "CopyReport",
    "find_copies",
    "copies_text",
    "same_texts",
    "same_words",
    "copy_rows_named",
    "evidence_items",
    "SHINGLE",
    "WINDOW",
    "SAME_STORY",
    "PASSAGE_WORDS",
    "SHARED_PASSAGE_KIND",
    "MAX_DOCUMENTS",
    "FINGERPRINT_SCHEME",
    "pack_fingerprints",
    "unpack_fingerprints",
    "REPRINT_KIND",
]

# Five words: long enough that common phrases ("one of the most") rarely make a shingle two
# unrelated texts share, short enough to survive small edits (a shingle breaks at each change).
SHINGLE = 5
# Winnowing window: any shared run of WINDOW + SHINGLE - 1 = 12 words is guaranteed a common
# fingerprint; about 2 / (WINDOW + 1) = 22% of shingles are kept as fingerprints.
WINDOW = 8
MIN_SHARED = 2
# A fingerprint in more documents than this is boilerplate, not a copied story.
MAX_POSTING = 50
# "Same story": at least this share of this text's shingles is in the other text.
SAME_STORY = 0.6
# A shared passage is reported from this many words in a row (about two sentences), or when it
# covers at least PASSAGE_SHARE of this text.
PASSAGE_WORDS = 25
PASSAGE_SHARE = 0.2
# At most this many other rows are named in one row's Copies cell.
NAMED = 3
# Candidates measured exactly per document: those sharing the most fingerprints with it. Bounds
# the work when a collection is built from a small pool of paragraphs (every document then
# shares passages with dozens of others): measuring is the costly step, and the cell names 3.
CANDIDATES = 8
# Documents whose word-run hashes are kept at once while measuring (bounds memory).
CACHED = 256
# More documents than this are not compared (the Copies column says so): the fingerprints of
# 20,000 news-length documents take about 300 MB (measured: 163 MB for 10,000, 311 MB for
# 20,000 of 550 words); the time itself is linear.
MAX_DOCUMENTS = 20_000

SHARED_PASSAGE_KIND = "shared passage"
REPRINT_KIND = "reprint without credit"

_WORD_RE = re.compile(r"\w+")
# Words that credit another source for the text (checked in the copy, case-insensitively).
_CREDIT_RE = re.compile(
    r"\b(?:original(?:ly)?\s+(?:article|story|report|published|appeared)|first\s+(?:published|appeared)|"
    r"republished|reprinted|re-?posted\s+from|syndicated|courtesy\s+of|source\s*:|via\s+\w|"
    r"(?:copyright|©)\s+\w)", re.I)


@dataclass(frozen=True)
class CopyDoc:
    """One document as the copy finder sees it: its scored text and what is known about it."""

    text: str
    outlet: str = ""
    url: str = ""
    date: object = ""  # a date, a datetime or a written date in any form a date cell is read in (cells.day_readings)


@dataclass(frozen=True)
class Match:
    """Another document that shares words with this one.

    share: the share of this text's word runs found in the other (0..1).
    other_share: the share of the other text found in this one.
    words: length of the longest passage the two share word for word; start, end: its character
    offsets in this text.
    """

    other: int
    share: float
    other_share: float
    words: int
    start: int
    end: int
    same_text: bool = False  # (hunt52) the two texts hold the same words in the same order (`same_words`)

    @property
    def same_story(self) -> bool:
        return self.share >= SAME_STORY


@dataclass(frozen=True)
class CopyReport:
    """What one document shares with the others of its run, largest share first, and the rows
    it reprints without credit (a same-story match, no credit in its text, and either later by
    date or of unknown order)."""

    matches: tuple[Match, ...] = ()
    uncredited: tuple[tuple[int, str], ...] = field(default=())  # (other, why) pairs
    fingerprints: str = ""  # this document's fingerprints, packed (see find_copies' `known`)


def _words(text: str) -> list[re.Match]:
    return list(_WORD_RE.finditer(text))


# Word -> hash, kept between calls (a language has some 100,000 words in use; each is hashed once).
_WORD_HASHES: dict[str, int] = {}
_WORD_HASHES_MAX = 500_000


def _word_hash(word: str) -> int:
    value = crc32(word.lower().encode("utf-8", "surrogatepass"))
    if len(_WORD_HASHES) < _WORD_HASHES_MAX:
        _WORD_HASHES[word] = value
    return value


def _shingle_hashes(text: str) -> list[int]:
    # Word hashes by CRC-32 (deterministic, unlike str hash), combined by tuple hash (of ints:
    # deterministic too, and computed in C). Words are found in the text as written (not in a
    # lower-cased copy, which can split differently), so their positions match `_words`.
    table = _WORD_HASHES
    ids = [table[w] if w in table else _word_hash(w) for w in _WORD_RE.findall(text)]
    if len(ids) < SHINGLE:
        return []
    return list(map(hash, zip(*(ids[i:] for i in range(SHINGLE)))))


def _winnow(hashes: list[int]) -> set[int]:
    """The smallest hash of every window of WINDOW (8) shingles: minima of pairs, of fours, of
    eights, each a C-level map over the list."""
    if len(hashes) <= WINDOW:
        return {min(hashes)} if hashes else set()
    twos = list(map(min, hashes, hashes[1:]))
    fours = list(map(min, twos, twos[2:]))
    return set(map(min, fours, fours[4:]))


_MONTHS = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                         "september", "october", "november", "december"), start=1)}
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
# A date written in the first lines of a text (a dateline, "Posted ... 5 March 2026"): used when
# the row has no date column.
_TEXT_DATE_RE = re.compile(rf"\b(?:{_MONTH}\s+(\d{{1,2}}),?\s+(\d{{4}})|(\d{{1,2}})\s+{_MONTH},?\s+(\d{{4}})|(\d{{4}})-(\d\d)-(\d\d))\b")
TEXT_DATE_CHARS = 400


def _text_date(text: str) -> _dt.date | None:
    match = _TEXT_DATE_RE.search(text[:TEXT_DATE_CHARS])
    if match is None:
        return None
    g = match.groups()
    try:
        if g[0]:
            return _dt.date(int(g[2]), _MONTHS[g[0].lower()], int(g[1]))
        if g[4]:
            return _dt.date(int(g[5]), _MONTHS[g[4].lower()], int(g[3]))
        return _dt.date(int(g[6]), int(g[7]), int(g[8]))
    except ValueError:  # "February 30"
        return None


def _doc_days(doc: CopyDoc, order: str = "") -> tuple[_dt.date, ...]:
    """The days the row's date column may name (two for "03/02/2026" unless `order` says which
    is written first: cells.day_readings), else a date in the text's first lines."""
    from .cells import day_readings

    days = day_readings(doc.date, order)
    if days:
        return days
    found = _text_date(doc.text)
    return (found,) if found is not None else ()


def _run_order(docs: Sequence[CopyDoc]) -> tuple[str, str]:
    """(sheets30) How the run's dates in numbers alone are written, as (order, an example):
    ("day", "20/03/2026") where some can only be read day first and none only month first,
    ("month", "3/20/2026") the other way round, ("", "") where no date tells or they disagree.
    A table's date column is written one way, so "03/02/2026" beside "20/03/2026" is 3 February."""
    from .cells import day_order

    seen: dict[str, str] = {}
    for doc in docs:
        order = day_order(doc.date)
        if order:
            seen.setdefault(order, str(doc.date).strip())
    return next(iter(seen.items())) if len(seen) == 1 else ("", "")


# Fingerprints are kept to 32 bits (about 120 for a news article; two unrelated texts share a
# 32-bit value by chance about once in 300,000 pairs, and a candidate needs two shared, then is
# measured exactly on full hashes). Stored as base64 of little-endian 32-bit numbers.
_MASK = 0xFFFFFFFF
# Changes whenever fingerprints would come out differently (the shingle and window sizes, or
# Python's hash of a tuple of integers): fingerprints kept under another scheme are not used.
FINGERPRINT_SCHEME = f"fp1.{SHINGLE}.{WINDOW}.{hash((1, 2, 3, 4, 5)) & _MASK:08x}"


def pack_fingerprints(prints: Sequence[int]) -> str:
    data = array("I", prints)
    if sys.byteorder != "little":
        data.byteswap()
    return base64.b64encode(data.tobytes()).decode("ascii")


def unpack_fingerprints(text: str) -> list[int] | None:
    """The fingerprints packed by `pack_fingerprints`; None when `text` is not such a value."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        return None
    if len(raw) % 4:
        return None
    data = array("I")
    if data.itemsize != 4:
        return None
    data.frombytes(raw)
    if sys.byteorder != "little":
        data.byteswap()
    return data.tolist()


def _domain(url: str) -> str:
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip().lower()).split("/")[0].split(":")[0]
    return host.removeprefix("www.")


def _credits(copy: CopyDoc, original: CopyDoc) -> bool:
    """Does the copy name where its text came from: the original's outlet or web site, or a
    credit line ("Originally published", "Source:", "via")?"""
    text = copy.text.lower()
    # (values18, outlets20) the outlet's name as every grouping reads it, on both sides: case, white
    # space, apostrophes and hyphens folded (`source_rating.outlet_text`), the name's closing full
    # stop left off: "Daily\u00a0Post." is credited by "the Daily-Post reported"; a leading "The" is
    # not needed before a name of two words or more ("The Harwick Courier": "Harwick Courier said"),
    # but kept before one word ("The Sun": not any "sun")
    key = outlet_key(original.outlet)
    name = key if " " in key else outlet_name(original.outlet)
    if name and name in outlet_text(copy.text):
        return True
    domain = _domain(original.url)
    if domain and domain in text:
        return True
    return _CREDIT_RE.search(copy.text) is not None


def _longest_run(hashes: list[int], other: set[int]) -> tuple[int, int]:
    """(first shingle, shingles) of the longest run of consecutive shingles found in `other`."""
    # Membership of every shingle at C speed, as a string of 1s and 0s; the runs of 1s are then
    # found by splitting (str.split and max, also in C).
    flags = bytes(map(other.__contains__, hashes)).replace(b"\x01", b"1").replace(b"\x00", b"0").decode()
    longest = max(flags.split("0"), key=len)
    if not longest:
        return 0, 0
    return flags.index(longest), len(longest)


def find_copies(docs: Sequence[CopyDoc], known: Sequence[str | None] | None = None) -> list[CopyReport]:
    """For each document, the others it shares a story or a passage with (see the module
    docstring for how, and for what it cannot see).

    `known`: each document's fingerprints as `CopyReport.fingerprints` gave them in an earlier
    run (or None to compute them), so that a refresh hashes only the texts that changed. Each
    report carries its document's fingerprints, packed, to keep for that purpose."""
    # Millions of small tuples and sets, and no reference cycles: the cyclic collector would only
    # re-walk the heap (measured on 10,000 documents: 7.0 s of CPU with it, 6.0 s without).
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _find_copies(docs, known)
    finally:
        if was_enabled:
            gc.enable()


def _find_copies(docs: Sequence[CopyDoc], known: Sequence[str | None] | None) -> list[CopyReport]:
    postings, packed = _postings(docs, known)
    pairs = _candidate_pairs(postings)
    found = _measure(docs, pairs)
    reports = []
    order = _run_order(docs) if found else ("", "")
    for index, doc in enumerate(docs):
        matches = tuple(sorted(found.get(index, ()), key=lambda m: (-m.share, -m.words, m.other)))
        reports.append(CopyReport(matches, tuple(_uncredited(index, doc, matches, docs, order)), packed[index]))
    return reports


def _postings(docs: Sequence[CopyDoc], known: Sequence[str | None] | None) -> tuple[dict[int, int | list[int]], list[str]]:
    """Each fingerprint's documents, and each document's fingerprints packed. Only the
    fingerprints are kept for every document (a word run's hash is recomputed for the few
    documents measured): a fingerprint seen once is stored as the document's number, a list
    only from the second document on."""
    postings: dict[int, int | list[int]] = {}
    packed: list[str] = []
    for index, doc in enumerate(docs):
        cached = unpack_fingerprints(known[index]) if known is not None and known[index] is not None else None
        prints = cached if cached is not None else sorted({h & _MASK for h in _winnow(_shingle_hashes(doc.text))})
        packed.append(known[index] if cached is not None else pack_fingerprints(prints))  # type: ignore[index]
        for fingerprint in prints:
            seen = postings.get(fingerprint)
            if seen is None:
                postings[fingerprint] = index
            elif isinstance(seen, int):
                postings[fingerprint] = [seen, index]
            else:
                seen.append(index)
    return postings, packed


def _candidate_pairs(postings: dict[int, int | list[int]]) -> set[tuple[int, int]]:
    """Pairs of documents (a < b) sharing at least MIN_SHARED fingerprints, at most each
    document's CANDIDATES best. `postings` is emptied on the way (it is the largest thing held)."""
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for members in postings.values():
        if isinstance(members, list) and len(members) <= MAX_POSTING:
            for i, a in enumerate(members):
                for b in members[i + 1:]:
                    shared[(a, b)] += 1
    postings.clear()
    best: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for (a, b), count in shared.items():
        if count >= MIN_SHARED:
            best[a].append((count, b))
            best[b].append((count, a))
    del shared
    pairs = set()
    for a, candidates in best.items():
        for _count, b in heapq.nlargest(CANDIDATES, candidates):
            pairs.add((a, b) if a < b else (b, a))
    return pairs


class _Texts:
    """Word-run hashes, their sets and word spans of documents, computed when first asked for
    (the hashes of at most CACHED documents kept at a time)."""

    def __init__(self, docs: Sequence[CopyDoc]) -> None:
        self.docs = docs
        self.hashes: dict[int, list[int]] = {}
        self.sets: dict[int, set[int]] = {}
        self.spans: dict[int, list[re.Match]] = {}

    def hashes_of(self, index: int) -> list[int]:
        if index not in self.hashes:
            if len(self.hashes) >= CACHED:
                self.hashes.clear()
                self.sets.clear()
            self.hashes[index] = _shingle_hashes(self.docs[index].text)
        return self.hashes[index]

    def set_of(self, index: int) -> set[int]:
        if index not in self.sets or index not in self.hashes:
            self.sets[index] = set(self.hashes_of(index))
        return self.sets[index]

    def spans_of(self, index: int) -> list[re.Match]:
        if index not in self.spans:
            self.spans[index] = _words(self.docs[index].text)
        return self.spans[index]


def _measure(docs: Sequence[CopyDoc], pairs: set[tuple[int, int]]) -> dict[int, list[Match]]:
    """The matches of each candidate pair, measured exactly on full hashes, both ways."""
    texts = _Texts(docs)
    found: dict[int, list[Match]] = defaultdict(list)
    for a, b in sorted(pairs):  # (in order: the pairs of one document follow each other)
        set_a, set_b = texts.set_of(a), texts.set_of(b)
        common = len(set_a & set_b)
        share_a, share_b = common / len(set_a), common / len(set_b)
        for this, other, share, other_share in ((a, b, share_a, share_b), (b, a, share_b, share_a)):
            first, run = _longest_run(texts.hashes_of(this), texts.set_of(other))
            words = run + SHINGLE - 1 if run else 0
            if share < SAME_STORY and words < PASSAGE_WORDS and share < PASSAGE_SHARE:
                continue
            words_at = texts.spans_of(this)
            start, end = words_at[first].start(), words_at[first + words - 1].end()
            same = share == other_share == 1.0 and same_words(docs[this].text, docs[other].text)
            found[this].append(Match(other, round(share, 4), round(other_share, 4), words, start, end, same))
    return found


def same_words(text: str, other: str) -> bool:
    """(hunt52) Whether two texts are word for word the same: the same words in the same order,
    whatever their case, spaces, line ends and punctuation between the words (the same file saved
    twice, a row pasted twice, a copy re-wrapped)."""
    return _word_key(text) == _word_key(other)


def _word_key(text: str) -> tuple[str, ...]:
    return tuple(word.lower() for word in _WORD_RE.findall(text))


def same_texts(texts: Sequence[str]) -> list[tuple[int, int]]:
    """(hunt52) (this, first) for each text that is word for word (`same_words`) an earlier one of
    `texts`, `first` the earliest; texts of fewer than SHINGLE words (empty cells, "N/A") are left
    out: they are no document's text. Each is still scored: only said."""
    return same_keys([text_key(text) for text in texts])


def text_key(text: str | None) -> str | None:
    """(hunt53) A short key of `text`'s words (`same_words`: the same key for word-for-word the same
    texts), or None for a text of fewer than SHINGLE words (no document's text): what a run keeps of
    each text to find the same text twice where the texts are not all at hand (Dask's parts)."""
    key = _word_key(text or "")
    if len(key) < SHINGLE:
        return None
    return hashlib.blake2b("\x00".join(key).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def same_keys(keys: Sequence[str | None]) -> list[tuple[int, int]]:
    """(hunt53) `same_texts` of the texts' keys (`text_key`): (this, first) for each key an earlier one has."""
    first_of: dict[str, int] = {}
    out = []
    for index, key in enumerate(keys):
        if key is None:
            continue
        first = first_of.setdefault(key, index)
        if first != index:
            out.append((index, first))
    return out


def _days_text(days: tuple[_dt.date, ...]) -> str:
    return " or ".join(day.isoformat() for day in days)


def _either(value: object, days: tuple[_dt.date, ...]) -> str:
    """(sheets30) "03/02/2026 may be 3 February or 2 March 2026": a date in numbers alone and
    the two days it may name."""
    first, second = days[0], days[-1]
    return f"{str(value).strip()} may be {first.day} {first:%B} or {second.day} {second:%B %Y}"


def _uncredited(index: int, doc: CopyDoc, matches: Sequence[Match], docs: Sequence[CopyDoc],
                run_order: tuple[str, str] = ("", "")) -> list[tuple[int, str]]:
    """The same-story rows this one reprints without credit: the earliest of those dated before
    it, if any (the original, as far as the dates tell); otherwise each whose order is not known
    (no dates, the same day, or (sheets30) dates in numbers alone that put them in either order
    as the day or the month is read first). A row dated before all its copies reprints nobody.
    A date such as "03/02/2026" is read as both days it may be, unless the run's other dates
    show which is written first (`_run_order`), which is then said."""
    # A partner that credits a source (and this row does not) is the copy, not the original.
    same = [m.other for m in matches if m.same_story
            and not (_CREDIT_RE.search(docs[m.other].text) and not _CREDIT_RE.search(doc.text))]
    if not same:
        return []  # (most rows: no date is looked for in their text)
    order, example = run_order
    read_as = f"; dates read {order} first, as {example} in this table is" if order else ""
    mine = _doc_days(doc, order)
    dated = [(days, other) for other in same if (days := _doc_days(docs[other], order))]
    earlier = sorted((max(days), other, days) for days, other in dated if mine and max(days) < min(mine))
    if earlier:
        _, other, days = earlier[0]
        if _credits(doc, docs[other]):
            return []
        either = read_as if len(_doc_days(doc)) > 1 or len(_doc_days(docs[other])) > 1 else ""
        return [(other, f"published after it ({_days_text(mine)}, and {_days_text(days)}{either})")]
    out = []
    for other in same:
        theirs = _doc_days(docs[other], order)
        if mine and theirs and min(theirs) > max(mine):
            continue  # this one came first
        if _credits(doc, docs[other]):
            continue
        if not (mine and theirs):
            undated = [d for d, days in ((doc, mine), (docs[other], theirs)) if not days]
            why = ("which came first is not known (the two are not both dated to a day)"
                   if all(str(d.date or "").strip() for d in undated)
                   else "which came first is not known (the two are not both dated)")
        elif mine == theirs:  # (the same day, or "03/02/2026" twice: the same day read either way)
            why = "published the same day; which came first is not known"
        else:
            either = [_either(d.date, days) for d, days in ((doc, mine), (docs[other], theirs)) if len(days) > 1]
            why = (f"which came first is not known: {', and '.join(either)}, as the day or the month is written "
                   "first (a date written 2026-03-02 or 2 March 2026 tells)")
        out.append((other, why))
    return out


def _percent(share: float) -> str:
    return f"{round(share * 100)}%"


def copies_text(report: CopyReport, row_name: Callable[[int], str], fits: Callable[[str], bool] | None = None) -> str:
    """The Copies cell, e.g. "same story as row 12 (id wire.txt): 91% of this text is in it"; ""
    when it shares nothing. `row_name` names another document by its position. At most NAMED
    rows are named in each list, the rest counted ("and 2 more"). (loose28) `fits`, when given,
    says whether a cell shows whole in the Read sheet's row (whose Copies cell may make it only
    so tall): fewer rows are then named, the others counted, so that a cell never ends out of
    sight with nothing to say that more was there; where even one named row does not fit (very
    long ids), the cell counts them all and points to the Evidence sheet, which names each."""
    if not report.matches:
        return ""
    credit = [row_name(other) for other, _ in report.uncredited]
    shown = min(NAMED, len(report.matches))
    for named in range(shown, 0, -1):
        for credited in range(min(NAMED, len(credit)), -1, -1):
            cell = _copies_cell(report, row_name, credit, named, credited)
            if fits is None or fits(cell):
                return cell
            if not credit:
                break
    rows = len(report.matches)
    cell = f"{rows} other {'row shares' if rows == 1 else 'rows share'} words with this one{COUNTED_ONLY}"
    if credit:
        cell += f"; no credit to {len(credit)} of them"
    return cell


# (loose28) The end of a Copies cell too long for its row, which names no row (copy_rows_named).
COUNTED_ONLY = ": each is named on the Evidence sheet (signal Copies)"


def _copies_cell(report: CopyReport, row_name: Callable[[int], str], credit: list[str], named: int, credited: int) -> str:
    """The Copies cell naming `named` of the matches and `credited` of the rows not credited."""
    parts = []
    for match in report.matches[:named]:
        where = row_name(match.other)
        if match.same_text:  # (hunt52) said as what it is: the same document twice, not a reprint of a story
            parts.append(f"same text as {where}, word for word")
        elif match.same_story:
            parts.append(f"same story as {where}: {_percent(match.share)} of this text is in it")
        else:
            parts.append(f"shares a passage with {where}: {match.words} words in a row, {_percent(match.share)} of this text")
    more = len(report.matches) - named
    if more > 0:
        parts.append(f"and {more} more")
    if credit:
        if credited:
            left = len(credit) - credited
            parts.append("no credit to " + ", ".join(credit[:credited]) + (f" and {left} more" if left else ""))
        else:
            parts.append(f"no credit to {len(credit)} of them")
    return "; ".join(parts)


# (loose28) The parts of a Copies cell (copies_text) that each stand for copy evidence rows.
_MATCH_PART_RE = re.compile(r"(?:^|; )(?:same text as|same story as|shares a passage with) row \d+ \(id ")
_MORE_PART_RE = re.compile(r"; and (\d+) more(?=; |$)")
_CREDIT_PART_RE = re.compile(r"; no credit to (row \d+ \(id .*)$", re.S)
_CREDIT_MORE_RE = re.compile(r"\) and (\d+) more$")
_CREDIT_COUNT_RE = re.compile(r"; no credit to (\d+) of them$")
_COUNTED_RE = re.compile(r"^(\d+) other rows? shares? words with this one" + re.escape(COUNTED_ONLY) + r"(?:; |$)")
_NAMED_ROW_RE = re.compile(r"row \d+ \(id ")


def copy_rows_named(cell: str) -> int:
    """(loose28) How many copy evidence rows (evidence_items) a Copies cell as copies_text
    writes it stands for, at least: a shared passage row per match named or counted ("and 2
    more", "3 other rows share words ..."), a reprint row per row named or counted after "no
    credit to". 0 for a cell in no such form (empty, "not looked for ...", typed over)."""
    if not cell:
        return 0
    counted = _COUNTED_RE.match(cell)
    if counted is not None:
        matches = int(counted.group(1))
    else:
        matches = len(_MATCH_PART_RE.findall(cell))
        if not matches:
            return 0
        more = _MORE_PART_RE.search(cell)
        matches += int(more.group(1)) if more is not None else 0
    uncredited = 0
    credit = _CREDIT_PART_RE.search(cell)
    if credit is not None:
        left = _CREDIT_MORE_RE.search(credit.group(1))
        uncredited = min(len(_NAMED_ROW_RE.findall(credit.group(1))), NAMED) + (int(left.group(1)) if left is not None else 0)
    else:
        count = _CREDIT_COUNT_RE.search(cell)
        uncredited = int(count.group(1)) if count is not None else 0
    return matches + uncredited


def evidence_items(report: CopyReport, text: str, row_name: Callable[[int], str]) -> Iterable[tuple[str, str, str, int | None, int | None, str]]:
    """(signal, kind, text, start, end, detail) for each shared passage (signal "copies") and
    each reprint without credit (a provenance cue shown, not counted in the score: it depends on
    the other documents of the run, and a score must not)."""
    for match in report.matches:
        detail = (f"also in {row_name(match.other)}: {match.words} words in a row; {_percent(match.share)} of this text "
                  f"is in it, {_percent(match.other_share)} of it is in this text")
        yield "copies", SHARED_PASSAGE_KIND, text[match.start:match.end], match.start, match.end, detail
    for other, why in report.uncredited:
        yield ("provenance", REPRINT_KIND, "", None, None,
               f"the same story as {row_name(other)}, with no credit to it in the text; {why}. "
               "Shown, not counted in the score (it depends on the other rows)")
