"""Provenance: a checklist of cues that show where a text comes from, or hide it.

Measures: positive cues (byline, publication date, dateline, named outlet, original URL, named
sources with roles, attributed direct quotes, references to primary documents, photo credits,
correction or update notes, an opinion or analysis label) and negative cues (no author,
redaction or garbling marks like "**", forum or social-media furniture, repost and aggregator
markers, disclaimers that disown the content, clickbait headline shapes). The document's title,
URL, outlet, author and date, when given with the text, count as cues too.
Native value: 0-100, higher = better provenance: BASE plus the weight of every positive cue
present, minus the weight of every negative cue present, clipped to 0..100. Two cues of the
prose (sources named by name or role, attributed direct quotes) are graded (version 3): they earn
their weight in proportion to the share of prose sentences that show them, full weight at
DENSITY_CUES.
Normalised score: value / 100.
Evidence: every cue checked, present or absent: kind = the cue name, detail starts with
"present, positive cue" / "absent, positive cue" / "present, negative cue" / "absent, negative
cue" (for a person), and the typed fields say the same for the adapters: `present`, `polarity`
(MORE_RELIABLE or LESS_RELIABLE) and `weight` (what it adds or takes away, or would); text = the text that
showed it (the line or match) with its offsets; an absent cue (or one shown by metadata) has
text "" and start = end = 0.
Version 3 (`xlplugin.prose`): "**" in a text that holds code is an operator (`**kwargs`), not a
redaction mark; a headline word in capitals that the body also writes in capitals, or a short one
that is not an English word, is an acronym ("JSON", "NASA"), not shouting; sources and documents
named in text that is not prose ("READ FULL ARTICLE", a list of headlines, a line of code) are not
the text's; a document word that starts a person's name ("Bill Gates") is not a document.
Blind spots: page furniture that was stripped before the text reached us (a byline in the HTML
but not in the pasted text); a fake byline or date counts like a real one; forum posts quoting a
real news article get both the article's cues and the forum's; English-language layouts only.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from urllib.parse import urlsplit

from .. import cues, prose
from ..lexicon import Sections, load_sections
from ..settings import Settings
from ..text import Document
from ..types import LESS_RELIABLE, MORE_RELIABLE, Evidence, Score, SignalInfo

__all__ = ["NAME", "VERSION", "UNIT", "POSITIVE", "NEGATIVE", "BASE", "score", "warm_up", "line_cues",
           "furniture_spans"]

NAME = "provenance"
VERSION = "4"  # 3: graded source shares (index fit) and the acronym, code and not-prose rules (cues), merged
UNIT = "provenance cues, 0-100 (higher = better)"



def _why(sig: Score) -> str:
    # the cues present that point the way the score does (good signs for a good score)
    good = MORE_RELIABLE if sig.score >= 0.5 else LESS_RELIABLE
    cues = [e.kind for e in sig.evidence if e.present and e.polarity == good]
    return f"provenance {sig.value:.0f}/100" + (f" ({', '.join(cues[:3])})" if cues else "")


def _mark(item: Evidence) -> str:
    return "cue" if item.present else ""


INFO = SignalInfo(
    NAME,
    header="Provenance 0-100 (higher = better sourced)",
    phrase=_why,
    reading=(
        "A checklist of signs of where the text comes from: byline, date, dateline, outlet, "
        "named sources, quotes, documents, corrections (add); no author, redactions, forum "
        "furniture, 'Original article:' reposts, disclaimers, clickbait (subtract).",
        "0-100; higher = better sourced (green).",
        "A dated, signed news report with named sources.",
        "An anonymous repost on a forum.",
        "Cues can be faked; a press release scores well on form whatever its content.",
    ),
    table=("provenance", 0),
    excel=("XLP_PROVENANCE", "Provenance cues 0-100 (higher = better sourced)."),
    number_format="0",
    colours=(0, 100),
    mark=_mark,
    outlets_header="Provenance 0-100",
    abbreviation="prov.",
)

DATA_FILE = "provenance.txt"

# Weights. A text with no cue at all sits at BASE = 40: below the middle, because a text that
# does not say where it comes from is the reader's problem, but above the floor, which is kept
# for texts that show negative cues. The positive weights sum to 60, so a text with every
# positive cue and no negative one scores 100.
BASE = 40
POSITIVE = {
    # Who wrote it: the single most useful cue for checking a text (can be looked up, held to
    # account); equal top weight with named sources.
    "byline": 10,
    # When: lets a reader place the claims in time and find other coverage.
    "publication date": 6,
    # Where the reporting was done ("SEOUL, South Korea —"): a wire and newspaper convention
    # that is rare in content farms.
    "dateline": 5,
    # Which outlet published it (given as metadata, a wire credit or a copyright line).
    "named outlet": 6,
    # A URL to the original: weak on its own (any page has one), so low.
    "original URL": 3,
    # Sources with a name and a role ("Foreign Minister Park Jin said"): the reader can check
    # who said what; top weight with the byline.
    "named sources with roles": 10,
    # Direct quotes attributed to someone: strong sign of first-hand reporting.
    "attributed direct quotes": 8,
    # A named report, filing, data set or a link to one.
    "references to primary documents": 5,
    # Photo credits: a newsroom habit; weak because captions are often stripped.
    "photo credits": 2,
    # Correction or update notes: the outlet corrects itself; rare, so low.
    "correction or update notes": 2,
    # An opinion or analysis label: honest about what the text is.
    "opinion or analysis label": 3,
}
NEGATIVE = {
    # No byline: the text does not say who wrote it. Modest, because many real news pages lose
    # their byline when copied as text; the positive byline weight already rewards having one.
    "no author": 6,
    # Redaction or garbling marks ("Kishida**"): typical of machine-rewritten or censored
    # reposts; a strong sign the text is not the original.
    "redaction marks": 15,
    # Forum or social-media furniture: the text is a post, whatever it quotes.
    "forum furniture": 15,
    # "Original article:", "Reposted from": the text is a copy; the original is elsewhere.
    "repost markers": 10,
    # The publisher disowns the content ("does not represent the views", "for reference only").
    "disclaimer": 10,
    # Clickbait headline shapes ("You won't believe", "!"): slant, not provenance, so lower.
    "clickbait headline": 8,
}

# Graded cues (version 3): a source cue of the prose earns its full weight only when at least this
# share of the prose sentences shows it, and a proportional part below. As a present/absent cue it
# fired on nearly every article longer than a few paragraphs, careful report and polemic alike (on
# the SemEval-2019 by-article tune half: a named source with a role in 42% of hyperpartisan and
# 39% of other articles, attributed quotes in 64% and 61%), so it could not tell them apart; the
# share of sentences that carry it can (tune AUC 0.62 for sources named by name or role, 0.55 for
# attributed quotes). References to documents stay present/absent: most plain articles have none
# (the 75th percentile of their share is 0), so no share can be set from data. Since version 3 the sources cue counts a source identified by name or by
# role ("a White House official said"), as a reader can look either up. Full weight at the median share of the non-hyperpartisan
# tune-half articles (printed by scripts/fit_index.py): a typical news report earns it.
DENSITY_CUES = {"named sources with roles": 0.27, "attributed direct quotes": 0.07}
# A sentence of fewer words is a heading, caption or fragment: not counted as prose.
MIN_PROSE_WORDS = 4

# Header cues (byline, date, label, copyright, URL line) are looked for in the first HEAD_LINES
# non-empty lines and the last TAIL_LINES: page furniture sits there; looking only there keeps a
# 1 MB text cheap and avoids taking a date in the body for the publication date. 15 lines hold
# a news page's headline, standfirst, byline, date and dateline with room to spare; 10 hold a
# footer's correction note, credits and copyright line.
HEAD_LINES = 15
TAIL_LINES = 10
# A byline, date or label line is short; longer lines are body text that happens to start "By".
SHORT_LINE = 100
# A photo caption with its credit; a longer line is body text that mentions a photo.
CAPTION_LINE = 400
# Forum furniture: one strong marker is enough, or this many weaker ones.
FORUM_MIN_WEAK = 3
_FORUM_STRONG = frozenset({"joined", "reaction score", "last edited", "likes received", "thread starter",
                           "click to expand", "member since", "trophy points"})
# A quotation of fewer characters is a phrase or scare quote, not a direct quote of a source.
MIN_QUOTE_CHARS = 20
SHARED_KEY = "provenance.lines"
VOCAB_KEY = "provenance.vocabulary"  # the set of the document's lower-cased words

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_DATE_RE = re.compile(
    rf"\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?,?\s+(?:19|20)\d\d\b"
    r"|\b(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])\b"
    r"|\b(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2])[/.](?:19|20)\d\d\b"
)
# Wire and newspaper datelines, at the start of a line ("\n" is put before the text so that every
# line start is a literal newline, which the regex engine scans for quickly):
#   SEOUL, South Korea —   OSLO (Reuters) -   LISBON, March 4, 2026 (Harbour Wire Service) —
#   LONDON, March 4 (Reuters) -   NORTHFIELD, 2 June 2026 —
_DATELINE_RE = re.compile(
    r"\n[ \t]*(?P<line>[A-Z][A-Z.'\-]+(?:[ \t]+[A-Z][A-Z.'\-]+){0,3}"        # SEOUL / NEW YORK
    rf"(?:,[ \t]+(?!{_MONTH}\b)[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){{0,2}})?"     # , South Korea
    rf"(?P<date>,?[ \t]+(?:{_MONTH}\.?[ \t]+\d{{1,2}}(?:,?[ \t]+(?:19|20)\d\d)?"  # , March 4, 2026
    rf"|\d{{1,2}}[ \t]+{_MONTH}\.?,?(?:[ \t]+(?:19|20)\d\d)?))?"               # , 2 June 2026
    r"[ \t]*(?:\((?P<wire>[A-Za-z][A-Za-z .&'-]{1,40})\))?"                  # (Reuters)
    r"[ \t]*[\u2014\u2013-]{1,2})[ \t]"
)
# A photo credit in wire style names the agency before the photographer: "(Reuters/Anna Holm)",
# "(AP Photo/John Smith)".
_PHOTO_OUTLET_RE = re.compile(r"\((?P<outlet>[A-Z][A-Za-z .&'-]{1,40}?)(?: Photo)?/[A-Z][^()\n]{1,60}\)")
_NAME_LINE_RE = re.compile(r"^(?:[A-Z][a-z'\u2019-]+|[A-Z]\.(?:[A-Z]\.)*)(?:\s+(?:[A-Z][a-z'\u2019-]+|[A-Z]\.(?:[A-Z]\.)*|van|de|von|da|bin)){1,4}$")
_BYLINE_NAME_RE = re.compile(r"[ \t:]*(?:[A-Z][\w'\u2019.-]+)(?:\s+[A-Z][\w'\u2019.-]+)")
_COPYRIGHT_RE = re.compile(r"(?:\u00a9|\(c\)|copyright)\s*(?:(?:19|20)\d\d(?:\s*[-\u2013]\s*(?:19|20)\d\d)?)?\s*,?\s*(?P<name>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,4})", re.IGNORECASE)
_COPYRIGHT_KEY_RE = re.compile(r"\u00a9|\(c\)|copyright")
_URL_RE = re.compile(r"https?://[^\s)\]>\"']+|www\.[^\s)\]>\"']+", re.IGNORECASE)
_URL_LINE_RE = re.compile(r"\n[ \t]*(?:url|link|canonical|permalink|source url)[ \t]*:[ \t]*(?P<url>https?://\S+)")
_DATE_LINE_RE = re.compile(r"\n[ \t]*(?:published|posted|updated|date:)")
_REDACTION_RE = re.compile(r"\*\*|\ufffd|\[redacted\]|\u2588+", re.IGNORECASE)
_BOLD_RE = re.compile(r"\*\*[^\s*][^*\n]{0,80}?[^\s*]\*\*|\*\*[^\s*]\*\*")
_HAS_DIGIT = re.compile(r"\d").search
_LISTICLE_RE = re.compile(r"^\d+\s+(?:reasons|things|ways|facts|signs|secrets|tricks|photos|times|shocking)\b", re.IGNORECASE)


def warm_up() -> None:
    cues.warm_up()
    prose.warm_up()
    _english_words()
    _social_re()
    for section in ("byline_starts", "opinion_label_starts", "forum_starts", "contact_starts"):
        _starts_re(section)
    for section in ("photo_credit_contains", "correction_contains", "repost_contains", "disclaimer_contains",
                    "clickbait_contains"):
        _phrase_re(section)


@lru_cache(maxsize=None)
def _sections() -> Sections:
    return load_sections(DATA_FILE)


# Entries that count only at the start of a line: "Source:" and "Update:" in the middle of a
# sentence are ordinary words.
_LINE_START_ONLY = {"correction_contains": ("update:",), "repost_contains": ("source:", "via:")}


@lru_cache(maxsize=None)
def _phrase_re(section: str) -> re.Pattern[str]:
    """One regular expression for a section's phrases, longest first, searched over the whole
    lower-cased text in C (rather than a Python loop over phrases and lines); the phrases of
    _LINE_START_ONLY match only at a line start."""
    skip = set(_LINE_START_ONLY.get(section, ()))
    entries = sorted((p for p in _sections()[section] if p not in skip), key=len, reverse=True)
    parts = [re.escape(p) for p in entries]
    if skip:
        parts.append(r"\n[ \t]*(?:" + "|".join(re.escape(p) for p in sorted(skip, key=len, reverse=True)) + ")")
    return re.compile("|".join(parts) or "(?!)")


@lru_cache(maxsize=1)
def _social_re() -> re.Pattern[str]:
    """Counts under a post, at a line start: "12 likes", "3.4K shares" (the nouns of
    [social_count_words], each also with -s), "12 people like this"."""
    nouns = "|".join(re.escape(w) + "s?" for w in _sections()["social_count_words"])
    return re.compile(r"\n[ \t]*\d[\d.,]*[ \t]*[km]?[ \t]+(?:" + nouns
                      + r"|(?:people|others|users|members)[ \t]+(?:like|liked|love|loved)[ \t]+this)\b")


@lru_cache(maxsize=None)
def _starts_re(section: str) -> re.Pattern[str]:
    """A section of line-start phrases as one regex over "\\n" + the lower-cased text: the
    phrase at a line start, as whole words (group "p" is the phrase)."""
    entries = sorted(_sections()[section], key=len, reverse=True)
    alt = "|".join(re.escape(p) + (r"(?![^\W_])" if p[-1:].isalnum() else "") for p in entries)
    return re.compile(r"\n[ \t]*(?P<p>" + (alt or "(?!)") + ")")


@lru_cache(maxsize=None)
def _phrase_keys(section: str) -> frozenset[str]:
    """The longest word of each phrase of a section: a text none of whose words is a key cannot
    hold a phrase, and its regex pass is skipped (most texts hold no photo credit, correction,
    repost line or disclaimer, and a pass over the text costs more than a set lookup)."""
    return frozenset(max(re.findall(r"[^\W_]+(?:['\u2019-][^\W_]+)*", p) or [p], key=len)
                     for p in _sections()[section])


@lru_cache(maxsize=None)
def _phrases_by_key(section: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for p in _sections()[section]:
        key = max(re.findall(r"[^\W_]+(?:['\u2019-][^\W_]+)*", p) or [p], key=len)
        out.setdefault(key, []).append(p)
    return {k: tuple(v) for k, v in out.items()}


def _find_phrases(section: str, lower: str, vocab: set[str]) -> list[tuple[int, int]]:
    """(start, end) in `lower` of every phrase of `section` whose key word the text holds, found
    with str.find (C substring search) phrase by phrase; line-start-only phrases must follow a
    newline and blanks. Sorted by position."""
    keys = vocab.intersection(_phrases_by_key(section))
    if not keys:
        return []
    line_start = _LINE_START_ONLY.get(section, ())
    out = []
    for key in keys:
        for p in _phrases_by_key(section)[key]:
            i = lower.find(p)
            while i >= 0:
                if p not in line_start or lower[lower.rfind("\n", 0, i) + 1 : i].strip(" \t") == "":
                    out.append((i, i + len(p)))
                i = lower.find(p, i + 1)
    out.sort()
    return out


def _vocabulary(doc: Document) -> set[str]:
    vocab = doc.shared.get(VOCAB_KEY)
    if vocab is None:
        vocab = doc.shared[VOCAB_KEY] = set(doc.lowers)
    return vocab  # type: ignore[return-value]


def _domain(url: str) -> str:
    try:
        host = urlsplit(url if "//" in url else "http://" + url).hostname or ""
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


class _Found:
    """The first match of each cue: (start, end, note)."""

    def __init__(self) -> None:
        self.hits: dict[str, tuple[int, int, str]] = {}

    def add(self, cue: str, start: int, end: int, note: str = "") -> None:
        hit = self.hits.get(cue)
        if hit is None or start < hit[0] and hit[0] != hit[1]:
            self.hits[cue] = (start, end, note)  # the first in the text, whichever pass found it


class _Lines:
    """The text twice with a "\\n" in front (as written and lower-cased), and line lookups.

    Offsets in the padded texts are one more than in `doc.text`."""

    def __init__(self, doc: Document) -> None:
        text = doc.text
        self.text = text
        self.padded = "\n" + text
        lower = text.lower()
        if len(lower) != len(text):  # a letter whose lower case is longer ("\u0130"): keep offsets
            lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        self.lower = "\n" + lower
        self.spans: list[tuple[int, int]] = []  # furniture lines, for unsourced_claims
        self.lines = lines = doc.lines
        # head: up to the end of the HEAD_LINES-th non-empty line; tail: from the start of the
        # TAIL_LINES-th non-empty line from the end (both in padded offsets)
        self.head_end = len(text) + 1
        count = 0
        for s, e in lines:
            if e > s and not text[s:e].isspace():
                count += 1
                if count == HEAD_LINES:
                    self.head_end = e + 1
                    break
        self.tail_start = 0
        count = 0
        for k in range(len(lines) - 1, -1, -1):
            s, e = lines[k]
            if e > s and not text[s:e].isspace():
                count += 1
                if count == TAIL_LINES:
                    self.tail_start = s + 1
                    break
        if self.tail_start <= self.head_end:
            self.ranges = [(0, len(text) + 1)]
        else:
            self.ranges = [(0, self.head_end), (self.tail_start, len(text) + 1)]

    def dates(self, lo: int, hi: int):
        """Date matches (in padded offsets) on the short lines with a digit between padded
        offsets lo and hi: a regex run per short line, not a scan of every character."""
        text, padded = self.text, self.padded
        for s, e in self.lines:
            if s + 1 < lo or e + 1 > hi or e - s > SHORT_LINE + 20 or e - s < 6:
                continue
            line = text[s:e]
            if not _HAS_DIGIT(line):
                continue
            m = _DATE_RE.search(padded, s + 1, e + 1)
            if m:
                ls, le = self.line(s if s < e else s)
                if le - ls <= SHORT_LINE:
                    yield m

    def line(self, pos: int) -> tuple[int, int]:
        """The stripped line of `doc.text` that holds text offset `pos`."""
        text = self.text
        s = text.rfind("\n", 0, pos) + 1
        e = text.find("\n", pos)
        if e < 0:
            e = len(text)
        while s < e and text[s] in " \t":
            s += 1
        while e > s and text[e - 1] in " \t":
            e -= 1
        return s, e

    def previous(self, s: int) -> tuple[int, int] | None:
        """The non-empty line before the line that starts at `s`."""
        text = self.text
        e = s
        while e > 0:
            e = text.rfind("\n", 0, e)
            if e < 0:
                return None
            ls, le = self.line(e - 1) if e > 0 else (0, 0)
            if le > ls:
                return ls, le
            e = ls
        return None

    def next(self, e: int) -> tuple[int, int] | None:
        """The non-empty line after the line that ends at `e`."""
        text = self.text
        while True:
            nl = text.find("\n", e)
            if nl < 0:
                return None
            s, e = self.line(nl + 1)
            if e > s:
                return s, e
            e = nl + 1

    def furniture(self, s: int, e: int) -> None:
        self.spans.append((s, e))


def _forum_lines(L: _Lines, found: _Found) -> set[int]:
    """Forum and social-media furniture anywhere in the text; returns the starts of its lines."""
    starts: set[int] = set()
    weak: list[tuple[int, int]] = []
    for m in _starts_re("forum_starts").finditer(L.lower):
        s, e = L.line(m.start("p") - 1)
        phrase = m.group("p")
        if e - s > SHORT_LINE or e - s > len(phrase) + 25:
            continue
        starts.add(s)
        L.furniture(s, e)
        if phrase in _FORUM_STRONG:
            found.add("forum furniture", s, e)
        else:
            weak.append((s, e))
    for m in _social_re().finditer(L.lower):
        s, e = L.line(m.end() - 2)
        if e - s <= SHORT_LINE:
            starts.add(s)
            L.furniture(s, e)
            weak.append((s, e))
    if "forum furniture" not in found.hits and len(weak) >= FORUM_MIN_WEAK:
        weak.sort()
        s, e = weak[0]
        found.add("forum furniture", s, e, f"{len(weak)} lines of forum or social-media furniture")
    return starts


def _header_cues(doc: Document, L: _Lines, found: _Found, forum: set[int]) -> None:
    """Byline, publication date, opinion label, copyright line and URL line: in the head and
    the tail of the text, one regex pass over each."""
    text, padded, lower = L.text, L.padded, L.lower
    date_lines: list[tuple[int, int]] = []
    has_copyright = "\u00a9" in lower or "(c)" in lower or "copyright" in lower
    for lo, hi in L.ranges:
        for m in _starts_re("byline_starts").finditer(lower, lo, hi):
            s, e = L.line(m.start("p") - 1)
            if e - s <= SHORT_LINE and _BYLINE_NAME_RE.match(padded, m.end("p"), e + 1):
                found.add("byline", s, e)
                L.furniture(s, e)
        for m in _starts_re("opinion_label_starts").finditer(lower, lo, hi):
            s, e = L.line(m.start("p") - 1)
            rest = text[m.end("p") - 1 : e].strip()[:1]
            if e - s <= SHORT_LINE and (e - s <= len(m.group("p")) + 2 or rest in (":", "|", "-", "\u2014", "\u2013")):
                found.add("opinion or analysis label", s, e)
                L.furniture(s, e)
        for m in L.dates(lo, hi):
            s, e = L.line(m.start() - 1)
            if s in forum:
                continue
            prev = L.previous(s)
            if prev is not None and prev[0] in forum:
                continue  # "Joined" / "Dec 18, 2010": a member's join date, not the page's
            ds, de = m.start() - 1, m.end() - 1
            if e - s <= 2 * (de - ds):
                date_lines.append((s, e))  # a line that is mostly a date: the page's date line
                L.furniture(s, e)
            found.add("publication date", ds, de)
        for m in _DATE_LINE_RE.finditer(lower, lo, hi):
            s, e = L.line(m.end() - 2)
            d = _DATE_RE.search(text, s, e)
            if d:
                found.add("publication date", d.start(), d.end())
                L.furniture(s, e)
        # (the three substring tests spare the text a regex scan without a literal first character)
        for m in _COPYRIGHT_KEY_RE.finditer(lower, lo, hi) if has_copyright else ():
            s, e = L.line(m.start() - 1)
            cm = _COPYRIGHT_RE.search(text, s, e)
            if cm and e - s <= SHORT_LINE:
                found.add("named outlet", cm.start(), cm.end(), "copyright line")
                L.furniture(s, e)
        for m in _URL_LINE_RE.finditer(lower, lo, hi):
            found.add("original URL", m.start("url") - 1, m.end("url") - 1)
            L.furniture(*L.line(m.start("url") - 1))
        for m in _starts_re("contact_starts").finditer(lower, lo, hi):
            s, e = L.line(m.start("p") - 1)
            if e - s <= SHORT_LINE:
                L.furniture(s, e)
    # A line that is only a name, next to a date line, is a byline ("James Brown" / "July 9, 2018").
    if "byline" not in found.hits:
        for ds, de in date_lines:
            for near in (L.previous(ds), L.next(de)):
                if near is None:
                    continue
                s, e = near
                line = text[s:e]
                # a writer is rarely the subject of the text; a name the body keeps mentioning is
                # a tag or a related-article teaser ("Xi Jinping" / "23 Nov 2023"), not a byline
                if len(line) <= 40 and _NAME_LINE_RE.match(line) and text.count(line) <= 2:
                    found.add("byline", s, e, "a name next to the date")
                    L.furniture(s, e)
                    break


def _body_cues(doc: Document, L: _Lines, found: _Found) -> None:
    """Cues that may sit on any line: datelines (in the head), photo credits, corrections,
    reposts, disclaimers. One regex pass over the whole lower-cased text for each."""
    text, lower = L.text, L.lower
    m = _DATELINE_RE.search(L.padded, 0, L.head_end)
    if m:
        s, e = m.start("line") - 1, m.end("line") - 1
        found.add("dateline", s, e)
        if m.group("wire"):
            found.add("named outlet", m.start("wire") - 1, m.end("wire") - 1, "wire credit in the dateline")
        if m.group("date"):
            ds = m.start("date") - 1
            while text[ds] in ", \t":
                ds += 1
            found.add("publication date", ds, m.end("date") - 1, "date in the dateline")
    vocab = _vocabulary(doc)
    for ms, me in _find_phrases("photo_credit_contains", lower, vocab):
        s, e = L.line(ms - 1 if ms else 0)
        if e - s <= CAPTION_LINE:
            found.add("photo credits", s, e)
            L.furniture(s, e)
            w = _PHOTO_OUTLET_RE.search(text, s, e)
            if w:
                found.add("named outlet", w.start("outlet"), w.end("outlet"), "agency in a photo credit")
    for section, cue in (("correction_contains", "correction or update notes"), ("repost_contains", "repost markers"),
                         ("disclaimer_contains", "disclaimer")):
        for ms, me in _find_phrases(section, lower, vocab):
            s, e = L.line(max(0, me - 2))
            found.add(cue, s, e)
            L.furniture(s, e)


def _redaction(doc: Document, found: _Found, lower: str) -> None:
    """`lower`: the lower-cased text (`_Lines.lower`), for the "[redacted]" test.

    In a text that holds code (`xlplugin.prose.code_spans`: inline or fenced code, lines of
    code, `**kwargs`), "**" is an operator (Python's keyword unpacking, exponentiation), not a
    redaction: only the other marks count there."""
    text = doc.text
    if "**" not in text and "\ufffd" not in text and "\u2588" not in text and "[redacted]" not in lower:
        return  # the common case, without the regex (case-insensitive scans are slow)
    bold = {m.start() for m in _BOLD_RE.finditer(text)} if "**" in text else set()
    bold_ends = {m.end() - 2 for m in _BOLD_RE.finditer(text)} if bold else set()
    code = bool(prose.code_spans(doc)) if "**" in text else False
    count = 0
    first: tuple[int, int] | None = None
    for m in _REDACTION_RE.finditer(text):
        if m.start() in bold or m.start() in bold_ends or code and m.group() == "**":
            continue
        count += 1
        if first is None:
            start = m.start()
            while start > 0 and start > m.start() - 30 and (text[start - 1].isalnum() or text[start - 1] in "'\u2019"):
                start -= 1
            first = (start, m.end())
    if first is not None:
        found.add("redaction marks", first[0], first[1], f"{count} redaction or garbling mark(s)")


def _title(doc: Document) -> tuple[str, int, int]:
    """The headline: the given title, else the first non-empty line when it looks like one."""
    if doc.title.strip():
        return doc.title, 0, 0
    for s, e in doc.lines[:10]:
        line = doc.text[s:e].strip()
        if line:
            start = doc.text.index(line, s)
            if len(line) <= 150 and not line.endswith("."):
                return line, start, start + len(line)
            return "", 0, 0
    return "", 0, 0


def _shouted(doc: Document, title: str, start: int, end: int) -> set[str]:
    """The distinct words of 4+ letters the headline writes in capitals that are not the way
    these words are spelled: an acronym or a name spelled in capitals ("JSON", "NASA", "UNESCO")
    is written in capitals in the body too (outside the headline line), or, with 5 letters or
    fewer, is not an English function word; "SHOCKING", "MUST", "THIS" are shouting."""
    words = set(re.findall(r"[A-Za-z]{4,}", title))
    caps = {w for w in words if w.isupper()}
    if not caps:
        return caps
    body = doc.text[:start] + " " + doc.text[end:] if end > start else doc.text
    # the title given as metadata is usually the first line of the text too
    if end == start and body.lstrip().startswith(title.strip()):
        body = body.lstrip()[len(title.strip()):]
    spelled = {w for w in caps if re.search(r"(?<![A-Za-z])" + w + r"(?![A-Za-z])", body)}
    return {w for w in caps - spelled if len(w) > 5 or w.lower() in _english_words()}


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """Common English words of 4-5 letters that headlines shout ("THIS", "MUST", "NEVER"): the
    function words of the language list and the clickbait vocabulary of this file."""
    from ..lexicon import load_sections as sections

    out = {w for line in sections("stopwords.txt")["en"] for w in line.split()}
    out |= {w for p in _sections()["clickbait_contains"] for w in re.findall(r"[a-z]+", p)}
    out |= set(_sections()["shouted_words"])
    return frozenset(w for w in out if 4 <= len(w) <= 5)


def _clickbait(doc: Document, found: _Found) -> None:
    title, start, end = _title(doc)
    if not title:
        return
    shape = ""
    m = _phrase_re("clickbait_contains").search(title.lower())
    if m:
        shape = f"\u201c{m.group()}\u201d"
    if not shape and title.rstrip().endswith(("!", "?!", "!!")):
        shape = "headline ends with an exclamation mark"
    if not shape and _LISTICLE_RE.match(title):
        shape = "numbered listicle headline"
    if not shape:
        caps = _shouted(doc, title, start, end)
        long_words = re.findall(r"[A-Za-z]{4,}", title)
        if len(caps) >= 2 and len(caps) < len(set(long_words)):
            shape = "words in capitals"
    if shape:
        found.add("clickbait headline", start, end, shape + (" (in the given title)" if start == end else ""))


def line_cues(doc: Document) -> tuple[dict[str, tuple[int, int, str]], list[tuple[int, int]]]:
    """The line cues of `doc` (cue -> first (start, end, note)) and the sorted spans of its
    furniture lines (bylines, date lines, credits, notes, forum fields, contact lines), which
    are not prose. Cached in `doc.shared`, so unsourced_claims and provenance share one pass."""
    cached = doc.shared.get(SHARED_KEY)
    if cached is not None:
        return cached  # type: ignore[return-value]
    found = _Found()
    L = _Lines(doc)
    forum = _forum_lines(L, found)
    _header_cues(doc, L, found, forum)
    _body_cues(doc, L, found)
    _redaction(doc, found, L.lower)
    _clickbait(doc, found)
    result = (found.hits, sorted(set(L.spans)))
    doc.shared[SHARED_KEY] = result
    return result


def furniture_spans(doc: Document) -> list[tuple[int, int]]:
    """Sorted (start, end) spans of the lines of `doc` that are page furniture, not prose."""
    return line_cues(doc)[1]


def _source_cues(doc: Document, found: _Found) -> tuple[dict[str, int], int]:
    """Adds the source cues found in the prose to `found` (each at its first sentence) and returns
    how many prose sentences show each graded cue (DENSITY_CUES), and how many prose sentences
    (of at least MIN_PROSE_WORDS words, not furniture) there are."""
    furniture = furniture_spans(doc)
    furniture_starts = [s for s, _ in furniture]
    not_prose = prose.not_prose_spans(doc)
    sentences = doc.sentences
    counts = dict.fromkeys(DENSITY_CUES, 0)
    n_prose = 0
    for k, attr in enumerate(cues.attributions(doc)):
        sentence = sentences[k]
        if not_prose and prose.share_covered(doc, sentence.start, sentence.end) >= prose.NOT_PROSE_SHARE:
            continue  # "READ FULL ARTICLE", a headline list, a code line: not this text's sources
        f = bisect.bisect_right(furniture_starts, sentence.start) - 1
        if f >= 0 and furniture[f][1] >= sentence.end:
            continue  # "Like Reply Report", "FOR IMMEDIATE RELEASE": page furniture, not a source
        if sentence.word_count >= MIN_PROSE_WORDS:
            n_prose += 1
        if attr is None:
            continue
        if attr.kind in ("named", "role") and attr.verb:
            # a source identified by name or by role ("Smith said", "a White House official
            # said"); the first one is the evidence, every one counts towards the graded weight
            counts["named sources with roles"] += 1
            found.add("named sources with roles", attr.start, attr.end)
        if attr.kind in ("named", "role", "pronoun") and cues.sentence_has_quote(doc, sentence):
            # the quotations that start inside the sentence, found by bisection (not a scan of
            # every quotation of the document for every sentence)
            q = bisect.bisect_left(doc._quote_starts, sentence.start)
            while q < len(doc.quotes) and doc.quotes[q][0] < sentence.end:
                q_start, q_end = doc.quotes[q]
                if q_end - q_start >= MIN_QUOTE_CHARS:
                    counts["attributed direct quotes"] += 1
                    found.add("attributed direct quotes", sentence.start, sentence.end)
                    break
                q += 1
        # a document with a name ("an Audit Office report"), not "the article" or "the report"
        skip = 1 if attr.start == sentence.start else 0
        named_document = attr.kind == "document" and any(c.isupper() for c in doc.text[attr.start + skip : attr.end])
        if named_document or attr.kind == "link":
            found.add("references to primary documents", attr.start, attr.end)
    return counts, n_prose


def score(doc: Document, settings: Settings) -> Score:
    found = _Found()
    found.hits.update(line_cues(doc)[0])
    density, n_prose = _source_cues(doc, found)
    meta: dict[str, str] = {}
    # A web page's metadata (or a table's author/date columns) counts like the same cue found
    # in the text: the page says who wrote it and when, even where the extractor left that
    # line out of the article text.
    if doc.author.strip():
        meta["byline"] = f"author given: {doc.author.strip()[:80]}"
    if doc.date.strip():
        meta["publication date"] = f"date given: {doc.date.strip()[:40]}"
    if doc.outlet.strip():
        meta["named outlet"] = f"outlet given: {doc.outlet.strip()[:80]}"
    if doc.url.strip():
        meta["original URL"] = f"URL given: {doc.url.strip()[:120]}"
        # A repost line naming a different site: the text is not from the URL it was filed under.
        given = _domain(doc.url.strip())
        if "repost markers" in found.hits and given:
            s, e, _ = found.hits["repost markers"]
            m = _URL_RE.search(doc.text, s, e)
            if m and _domain(m.group()) and _domain(m.group()) != given:
                found.hits["repost markers"] = (s, e, f"source URL {_domain(m.group())} does not match {given}")
    if "byline" not in found.hits and "byline" not in meta:
        found.add("no author", 0, 0, "no byline found")

    evidence: list[Evidence] = []
    value = BASE
    present_pos: list[str] = []
    present_neg: list[str] = []
    for cue, weight in POSITIVE.items():
        hit = found.hits.get(cue)
        if cue in DENSITY_CUES and hit is not None:
            # graded: full weight when at least DENSITY_CUES[cue] of the prose sentences show it
            share = density[cue] / max(n_prose, 1)
            credit = round(weight * min(1.0, share / DENSITY_CUES[cue]), 1)
            value += credit
            present_pos.append(cue)
            start, end, note = hit
            detail = (f"present, positive cue (+{credit:g} of {weight}): in {density[cue]} of {n_prose} sentences; "
                      f"full weight from {DENSITY_CUES[cue]:.0%} of sentences")
            evidence.append(Evidence(doc.text[start:end], cue, start, end, detail, True, MORE_RELIABLE, credit))
        elif cue in meta and hit is None:
            value += weight
            present_pos.append(cue)
            evidence.append(Evidence("", cue, 0, 0, f"present, positive cue (+{weight}): {meta[cue]}", True, MORE_RELIABLE, weight))
        elif hit is not None:
            value += weight
            present_pos.append(cue)
            start, end, note = hit
            detail = f"present, positive cue (+{weight})" + (f": {note}" if note else "")
            evidence.append(Evidence(doc.text[start:end], cue, start, end, detail, True, MORE_RELIABLE, weight))
        else:
            evidence.append(Evidence("", cue, 0, 0, f"absent, positive cue (would add {weight})", False, MORE_RELIABLE, weight))
    for cue, weight in NEGATIVE.items():
        hit = found.hits.get(cue)
        if hit is not None:
            value -= weight
            present_neg.append(cue)
            start, end, note = hit
            detail = f"present, negative cue (-{weight})" + (f": {note}" if note else "")
            evidence.append(Evidence(doc.text[start:end], cue, start, end, detail, True, LESS_RELIABLE, weight))
        else:
            evidence.append(Evidence("", cue, 0, 0, f"absent, negative cue (would subtract {weight})", False, LESS_RELIABLE, weight))
    value = round(max(0.0, min(100.0, value)), 1)
    note = f"{len(present_pos)} positive and {len(present_neg)} negative cues present"
    return Score(
        NAME,
        float(value),
        round(value / 100.0, 4),
        UNIT,
        note=note,
        evidence=tuple(evidence),
        details={"positive_cues": len(present_pos), "negative_cues": len(present_neg), "prose_sentences": n_prose,
                 "named_sources_share": round(density["named sources with roles"] / max(n_prose, 1), 4),
                 "attributed_quotes_share": round(density["attributed direct quotes"] / max(n_prose, 1), 4)},
    )
