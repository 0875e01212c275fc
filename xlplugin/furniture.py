"""Page furniture: the lines of a text that are the page's, not the author's prose.

A news page wraps its story in lines that say who wrote it and when (a byline, a date line, a
dateline), credit a photo, note a correction, say the text is a repost or disown it, or belong to
a forum's software ("Joined", "12 likes", "Reply"). `find_page_lines(doc)` finds them in one pass
over the text and returns both what they show (the provenance cues, first match of each) and
where they are (the furniture spans). Provenance scores the cues; every scorer that reads prose
(unsourced claims, provenance's source counts) passes over the furniture spans: their dates and
counts are not claims, their names are not sources. The scorers read the result through
`doc.analysis.page_lines` (`xlplugin.analysis`), which computes it once per document.

The phrases come from `data/provenance.txt`. Header cues (byline, date, label, copyright, URL
line) are looked for only in the first HEAD_LINES and last TAIL_LINES non-empty lines; body cues
(photo credits, corrections, reposts, disclaimers, forum lines) anywhere.
Blind spots: English-language layouts only; a fake byline or date counts like a real one.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .lexicon import Sections, load_sections
from .names import NAME_PARTICLES, NICKNAME, credits_a_person, publication_name
from . import forum_posts, mastheads, repost_credits
from .file_titles import others_date, update_date
from .pdf_pages import page_line_spans
from .draft_notes import comment_spans, draft_line
from .text import Document

__all__ = ["PageLines", "Found", "PHRASE_LINE_CUES", "find_page_lines", "find_phrases", "sections", "warm_up", "SHORT_LINE"]

DATA_FILE = "provenance.txt"

# Header cues (byline, date, label, copyright, URL line) are looked for in the first HEAD_LINES
# non-empty lines and the last TAIL_LINES: page furniture sits there; looking only there keeps a
# 1 MB text cheap and avoids taking a date in the body for the publication date. 15 lines hold
# a news page's headline, standfirst, byline, date and dateline with room to spare; 10 hold a
# footer's correction note, credits and copyright line.
HEAD_LINES = 15
TAIL_LINES = 10
# A byline, date or label line is short; longer lines are body text that happens to start "By".
SHORT_LINE = 100
# A credit list ("Reporting by ...; Additional reporting by ...; Editing by ..."), each clause short.
CREDIT_LIST_LINE = 3 * SHORT_LINE
# A photo caption with its credit; a longer line is body text that mentions a photo.
CAPTION_LINE = 400
# Forum furniture: one strong marker is enough, or this many weaker ones.
FORUM_MIN_WEAK = 3
_FORUM_STRONG = frozenset({"joined", "reaction score", "last edited", "likes received", "thread starter",
                           "click to expand", "member since", "trophy points"})

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
# (prov24) The date may stand in brackets after the place: "FAIRHAVEN, Ore. (Oct. 14, 2026) \u2014".
_DATELINE_DATE = (rf"(?:{_MONTH}\.?[ \t]+\d{{1,2}}(?:,?[ \t]+(?:19|20)\d\d)?"
                  rf"|\d{{1,2}}[ \t]+{_MONTH}\.?,?(?:[ \t]+(?:19|20)\d\d)?)")
_DATELINE_END = (rf"(?:,?[ \t]+(?P<date>{_DATELINE_DATE})|[ \t]*\((?P<bdate>{_DATELINE_DATE})\))?"  # , March 4, 2026 / (Oct. 14, 2026)
                 r"[ \t]*(?:\((?P<wire>[A-Za-z][A-Za-z .&'-]{1,40})\))?"                     # (Reuters)
                 r"[ \t]*[\u2014\u2013-]{1,2})[ \t]")
_DATELINE_RE = re.compile(
    r"\n[ \t]*(?P<line>[A-Z][A-Z.'\-]+(?:[ \t]+[A-Z][A-Z.'\-]+){0,3}"        # SEOUL / NEW YORK
    rf"(?:,[ \t]+(?!{_MONTH}\b)[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){{0,2}})?"     # , South Korea
    + _DATELINE_END
)
# (prov24) An American paper's or a press release's dateline writes its place in title case, then
# the state as the AP abbreviates it (or names it, for the eight states it never abbreviates) or a
# Canadian province: "Fairhaven, Ore. (Oct. 14, 2026) \u2014", "St. Cloud, Minn. (AP) \u2014",
# "Boise, Idaho \u2014". The state is what tells it from a sentence's opening words before a dash.
_US_STATE = (r"(?:(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|"
             r"Mont|Neb|Nebr|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Vt|Va|Wash|"
             r"W\.Va|Wis|Wyo|D\.C|Ont|Que|Alta|Sask|B\.C|N\.S)\."
             r"|Alaska|Hawaii|Idaho|Iowa|Maine|Ohio|Texas|Utah)")
_TITLE_DATELINE_RE = re.compile(
    r"\n[ \t]*(?P<line>[A-Z][a-z][\w'\-]*\.?(?:[ \t]+(?:[A-Z][\w'\-]*\.?|de|la|du|of)){0,3}"  # Fairhaven / St. Cloud
    rf",[ \t]+{_US_STATE}"                                                            # , Ore.
    + _DATELINE_END
)
# (prov2) A press wire's dateline names the wire between slashes or in brackets, after the date
# or right after the place, with dashes around it:
#   LONDON, 3 June 2025 /PRNewswire/ --   AUSTIN, TEXAS, UNITED STATES, June 3, 2025 /EINPresswire.com/ --
#   SAN FRANCISCO--(BUSINESS WIRE)--   TORONTO, June 03, 2025 -- (GLOBE NEWSWIRE) --
_PRESS_WIRE_DATELINE_RE = re.compile(
    r"\n[ \t]*(?P<line>[A-Z][A-Z.'\-]+(?:[ \t]+[A-Z][A-Z.'\-]+){0,3}"         # LONDON / SAN FRANCISCO
    rf"(?:,[ \t]+(?!{_MONTH}\b)[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){{0,2}}){{0,2}}"  # , TEXAS, UNITED STATES
    rf"(?P<date>,?[ \t]+(?:{_MONTH}\.?[ \t]+\d{{1,2}}(?:,?[ \t]+(?:19|20)\d\d)?"  # , June 3, 2025
    rf"|\d{{1,2}}[ \t]+{_MONTH}\.?,?(?:[ \t]+(?:19|20)\d\d)?))?"                # , 3 June 2025
    r"[ \t]*(?:[\u2014\u2013-]{1,2}[ \t]*)?"                                    # -- before the wire
    r"(?:/(?P<slash>[A-Za-z][\w .&'-]{1,40})/|\((?P<wire>[A-Za-z][A-Za-z .&'-]{1,40})\))"  # /PRNewswire/
    r"[ \t]*[\u2014\u2013-]{1,2})"
)


# (puff27) the end of a wire's name between slashes, before the dateline's dash: "/Business Newsline/ --"
_SLASH_WIRE_END_RE = re.compile(r"/[ \t]*[\u2014\u2013-]")
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def _dateline_date(m: re.Match[str]) -> str:
    """The name of the group of a dateline match that holds its date ("" where it has none)."""
    if m.group("date"):
        return "date"
    return "bdate" if "bdate" in m.re.groupindex and m.group("bdate") else ""


def _title_dateline(L: _Lines) -> re.Match[str] | None:
    """(prov24) A dateline with its place in title case and a state after it
    (`_TITLE_DATELINE_RE`), looked for only where the head holds a comma before a dash: most
    texts skip the scan."""
    head = L.padded[: L.head_end]
    if "," not in head or not any(d in head for d in "\u2014\u2013-"):
        return None
    return _TITLE_DATELINE_RE.search(L.padded, 0, L.head_end)


def _press_wire_dateline(L: _Lines) -> re.Match[str] | None:
    """A press wire's dateline in the head (_PRESS_WIRE_DATELINE_RE), looked for only where the
    head holds "wire" (the bracketed names do: Business Wire, GlobeNewswire) or a slash right
    before a dash (puff27: the slash shape read whatever the wire's name, "/PRNewswire/ --",
    "/Business Newsline/ --"): other texts skip the scan."""
    head = L.lower[: L.head_end]
    if "wire" not in head and _SLASH_WIRE_END_RE.search(head) is None:
        return None
    return _PRESS_WIRE_DATELINE_RE.search(L.padded, 0, L.head_end)


def dateline_date(text: str) -> tuple[str, str]:
    """(hunt30) The date a text's dateline gives, as written ("Nov. 14, 2026"), and the dateline
    up to its dash; ("", "") where the text has none, or its dateline no date. The dateline is
    the one provenance's "date in the dateline" reads (`_body_cues`: a press wire's, then a wire's
    or a paper's, then one with a state, in the first HEAD_LINES non-empty lines), read here on
    the text alone, for a file's date cell (`inputs.read_file`)."""
    padded, count, head_end = "\n" + text, 0, len(text) + 1
    for line in re.finditer(r"[^\n]*", text):
        if line.group().strip():
            count += 1
            if count == HEAD_LINES:
                head_end = line.end() + 1
                break
    head, lower = padded[:head_end], padded[:head_end].lower()
    m = None
    if "wire" in lower or _SLASH_WIRE_END_RE.search(lower) is not None:
        m = _PRESS_WIRE_DATELINE_RE.search(padded, 0, head_end)
    m = m or _DATELINE_RE.search(padded, 0, head_end)
    while m and not _dateline_date(m) and mastheads.masthead_name(mastheads.line_at(text, m.start("line") - 1)):
        m = _DATELINE_RE.search(padded, m.end("line"), head_end)
    if m is None and "," in head and any(d in head for d in "\u2014\u2013-"):
        m = _TITLE_DATELINE_RE.search(padded, 0, head_end)
    group = _dateline_date(m) if m else ""
    if not group:
        return "", ""
    return m.group(group).strip(", \t"), " ".join(padded[m.start("line"):m.end()].split())


# A photo credit in wire style names the agency before the photographer: "(Reuters/Anna Holm)",
# "(AP Photo/John Smith)".
_PHOTO_OUTLET_RE = re.compile(r"\((?P<outlet>[A-Z][A-Za-z .&'-]{1,40}?)(?: Photo)?/[A-Z][^()\n]{1,60}\)")
_NAME_LINE_RE = re.compile(r"^(?:[A-Z][a-z'\u2019-]+|[A-Z]\.(?:[A-Z]\.)*)(?:\s+(?:[A-Z][a-z'\u2019-]+|[A-Z]\.(?:[A-Z]\.)*|van|de|von|da|bin)){1,4}$")
# The start of a byline's name: two capitalised words, the second after up to two particles ("Jonas de
# Vries", "Ana van der Berg", "Omar bin Said") and in any Latin capital ("Mary-Kate Ó Súilleabháin": a lone
# accented capital is the Irish "Ó"). (names29) Before, the second word had to follow the first
# directly in A-Z, and such a byline read as no byline at all. "By then", "By Friday", "By the numbers"
# hold no second capitalised word.
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_NAME_PARTICLES_RE = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))
_BYLINE_NAME_RE = re.compile(rf"[ \t:]*(?:[{_UPPER}][\w'\u2019.-]+)(?:\s+{NICKNAME})?"  # (web41) 'Robert "Bob" Smith'
                             rf"(?:\s+(?:(?:{_NAME_PARTICLES_RE})\s+){{0,2}}(?:[{_UPPER}][\w'\u2019.-]+|[\u00c0-\u00d6\u00d8-\u00de](?=\s)))")


def byline_name(name: str) -> bool:
    """(names29) Does `name` (a byline line's credit, after "By") open with a name the byline cue
    reads? The file reader's author line (file_titles.author_line) asks this, so that the author
    field is filled only where provenance credits the byline."""
    return _BYLINE_NAME_RE.match(" " + name.strip() + "\n") is not None
_COPYRIGHT_RE = re.compile(r"(?:\u00a9|\(c\)|copyright)\s*(?:(?:19|20)\d\d(?:\s*[-\u2013]\s*(?:19|20)\d\d)?)?\s*,?\s*(?P<name>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,4})", re.IGNORECASE)
_COPYRIGHT_KEY_RE = re.compile(r"\u00a9|\(c\)|copyright")
# (pasted30) What follows a copyright holder's name on its line, no part of it: "All rights reserved",
# "Some rights reserved", a registered number ("Registered in England No. 0412")
_HOLDER_END_RE = re.compile(r"[\s,.;:|-]*\b(?:all|some)\s+rights\b.*|[\s,.;:|-]*\bregistered\b.*", re.IGNORECASE | re.DOTALL)


def copyright_holder(name: str) -> str:
    """(pasted30) The name a copyright line credits (its `_COPYRIGHT_RE` name group), without what
    may follow it on the line ("All rights reserved") or a closing mark: the outlet's name as its
    other documents give it, so that one outlet is one ("\u00a9 2026 The Tuesday Brief Ltd", "Copyright
    \u00a9 2025 The Tuesday Brief Ltd. All rights reserved." and "\u00a9 The Tuesday Brief Ltd 2026" all
    read "The Tuesday Brief Ltd"). "" where no name is left ("\u00a9 2026. All rights reserved.")."""
    name = _HOLDER_END_RE.sub("", name.split("\n", 1)[0])
    return name.rstrip(" \t.,;:|-")

_URL_LINE_RE = re.compile(r"\n[ \t]*(?:url|link|canonical|permalink|source url)[ \t]*:[ \t]*(?P<url>https?://\S+)")
_DATE_LINE_RE = re.compile(r"\n[ \t]*(?:published|posted|updated|date:)")

# Every branch of _DATE_RE holds a year written so: a line without one holds no date.
_HAS_YEAR = re.compile(r"(?:19|20)\d\d").search


@lru_cache(maxsize=None)
def sections() -> Sections:
    """The sections of the provenance data file."""
    return load_sections(DATA_FILE)


# (data section, provenance cue): a line holding one of the section's phrases shows the cue and is
# furniture. A new phrase cue of this kind is one line here, its section in data/provenance.txt
# (and lexicon.SECTIONS), and its row in the provenance scorer's CUES table.
PHRASE_LINE_CUES = (
    ("correction_contains", "correction or update notes"),
    ("repost_contains", "repost markers"),
    ("disclaimer_contains", "disclaimer"),
)

# Entries that count only at the start of a line: "Source:" and "Update:" in the middle of a
# sentence are ordinary words.
_LINE_START_ONLY = {"correction_contains": ("update:",), "repost_contains": ("source:", "via:")}


@lru_cache(maxsize=1)
def _social_re() -> re.Pattern[str]:
    """Counts under a post, at a line start: "12 likes", "3.4K shares" (the nouns of
    [social_count_words], each also with -s), "12 people like this"."""
    nouns = "|".join(re.escape(w) + "s?" for w in sections()["social_count_words"])
    return re.compile(r"\n[ \t]*\d[\d.,]*[ \t]*[km]?[ \t]+(?:" + nouns
                      + r"|(?:people|others|users|members)[ \t]+(?:like|liked|love|loved)[ \t]+this)\b")


@lru_cache(maxsize=None)
def _starts_re(section: str) -> re.Pattern[str]:
    """A section of line-start phrases as one regex over "\\n" + the lower-cased text: the
    phrase at a line start, as whole words (group "p" is the phrase)."""
    entries = sorted(sections()[section], key=len, reverse=True)
    alt = "|".join(re.escape(p) + (r"(?![^\W_])" if p[-1:].isalnum() else "") for p in entries)
    return re.compile(r"\n[ \t]*(?P<p>" + (alt or "(?!)") + ")")


# (loose21) A credit line between emphasis marks written out ("*By Ann Lee*", "**By Ann Lee**",
# "_By Ann Lee_"): a plain text's emphasis, or a .md file's escaped marks ("\*By Ann Lee\*" shows
# "*By Ann Lee*"). The line's opening mark, then the byline's phrase (group "p").
@lru_cache(maxsize=1)
def _marked_byline_re() -> re.Pattern[str]:
    return re.compile(_starts_re("byline_starts").pattern.replace(r"\n[ \t]*", r"\n[ \t]*(?:\*{1,2}|_{1,2})", 1))


def _credit_end(text: str, s: int, e: int) -> int:
    """The end of a credit line's credit: before any closing emphasis marks ("*By Ann Lee*")."""
    while e > s and text[e - 1] in "*_":
        e -= 1
    return e


@lru_cache(maxsize=None)
def _phrases_by_key(section: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for p in sections()[section]:
        key = max(re.findall(r"[^\W_]+(?:['\u2019-][^\W_]+)*", p) or [p], key=len)
        out.setdefault(key, []).append(p)
    return {k: tuple(v) for k, v in out.items()}


def _find_phrases(section: str, lower: str, vocab: frozenset[str]) -> list[tuple[int, int]]:
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


# (the same search for a section read elsewhere: provenance's [primary_document_phrases])
find_phrases = _find_phrases


class Found:
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
        text = self.text = doc.text
        self.site = (doc.url, doc.outlet)  # for names.credits_a_person (a byline naming the site)
        self.padded = "\n" + text
        lower = doc.analysis.lower_text
        if len(lower) != len(text):  # a letter whose lower case is longer ("\u0130"): keep offsets
            lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        self.lower = "\n" + lower
        self.lower_text = lower  # (`PageLines.lower`: the lower-cased text without the "\n", not a copy)
        self.spans: list[tuple[int, int]] = []  # the furniture lines found
        self.lines = lines = doc.lines
        # head: up to the end of the HEAD_LINES-th non-empty line; tail: from the start of the
        # TAIL_LINES-th non-empty line from the end (both in padded offsets). Each with the
        # lines it holds, for `dates`.
        self.head_end = len(text) + 1
        head_lines = lines
        count = 0
        for k, (s, e) in enumerate(lines):
            if e > s and not text[s:e].isspace():
                count += 1
                if count == HEAD_LINES:
                    self.head_end = e + 1
                    head_lines = lines[: k + 1]
                    break
        self.tail_start = 0
        tail_lines = lines
        count = 0
        for k in range(len(lines) - 1, -1, -1):
            s, e = lines[k]
            if e > s and not text[s:e].isspace():
                count += 1
                if count == TAIL_LINES:
                    self.tail_start = s + 1
                    tail_lines = lines[k:]
                    break
        if self.tail_start <= self.head_end:
            self.ranges = [(0, len(text) + 1)]
            self._range_lines = {(0, len(text) + 1): lines}
        else:
            self.ranges = [(0, self.head_end), (self.tail_start, len(text) + 1)]
            self._range_lines = {self.ranges[0]: head_lines, self.ranges[1]: tail_lines}

    def dates(self, lo: int, hi: int):
        """Date matches (in padded offsets) on the short lines with a year between padded
        offsets lo and hi (one of `ranges`): a regex run per short line, not a scan of every
        character. (Every branch of _DATE_RE holds a year, `_HAS_YEAR`: a line without one,
        most short lines with a number, is passed over on that fast search.)"""
        padded = self.padded
        for s, e in self._range_lines[lo, hi]:
            if e - s > SHORT_LINE + 20 or e - s < 6 or _HAS_YEAR(padded, s + 1, e + 1) is None:
                continue
            m = _DATE_RE.search(padded, s + 1, e + 1)
            if m:
                ls, le = self.line(s)
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


def _forum_lines(doc: Document, L: _Lines, found: Found, others: list[tuple[int, int]]) -> set[int]:
    """Forum and social-media furniture anywhere in the text; returns the starts of its lines.
    (forum26) A line inside another member's post of a thread (`others`: `forum_posts.other_posts`,
    a reply's "Reply \u00b7 Like \u00b7 3 \u00b7 2h") is furniture but no cue of the author's: the
    cue counts the author's own post's lines, as the post alone would show them.
    (threads27) A thread's poster lines (`forum_posts.thread`: "u/pine_pete \u00b7 41 points", a bare
    "u/pine_pete", "pine_pete wrote:", "Posted by pine_pete") and a forum's breadcrumb ("Posted in
    Greenfingers Forum > Vegetables": `forum_posts.breadcrumb_line`) are furniture as strong as
    "Joined"."""
    starts: set[int] = set()
    weak: list[tuple[int, int]] = []

    def own(s: int) -> bool:
        return not others or not any(a <= s < b for a, b in others)

    thread = forum_posts.headed_thread(doc)  # (a Q&A page's or a social site's thread: forum26's rule above)
    if thread is not None:
        lines = thread[0]
        found.add("forum furniture", lines[0][0], lines[0][1], f"{len(lines)} poster lines of a thread")
        for s, e, _ in forum_posts.chat_lines(doc) if L.text[lines[0][1] - 1:lines[0][1]] in (":", " ") else ():
            # (pasted30) a chat's message prefixes ("[12/03/2026, 09:14] Dave Hollins:"): the message's
            # date, not the text's publication date
            starts.add(s)
            L.furniture(s, e)
    else:
        crumb = forum_posts.breadcrumb_line(doc)
        if crumb is not None:
            found.add("forum furniture", crumb[0], crumb[1], "a forum's breadcrumb")
    for m in _starts_re("forum_starts").finditer(L.lower):
        s, e = L.line(m.start("p") - 1)
        phrase = m.group("p")
        if e - s > SHORT_LINE or e - s > len(phrase) + 25:
            continue
        starts.add(s)
        L.furniture(s, e)
        if not own(s):
            continue
        if phrase in _FORUM_STRONG:
            found.add("forum furniture", s, e)
        else:
            weak.append((s, e))
    for m in _social_re().finditer(L.lower):
        s, e = L.line(m.end() - 2)
        if e - s <= SHORT_LINE:
            starts.add(s)
            L.furniture(s, e)
            if own(s):
                weak.append((s, e))
    if "forum furniture" not in found.hits and len(weak) >= FORUM_MIN_WEAK:
        weak.sort()
        s, e = weak[0]
        found.add("forum furniture", s, e, f"{len(weak)} forum or social-media page lines")
    return starts


def _header_cues(L: _Lines, found: Found, forum: set[int]) -> None:
    """Byline, publication date, opinion label, copyright line and URL line: in the head and
    the tail of the text, one regex pass over each."""
    date_lines: list[tuple[int, int]] = []
    lower = L.lower
    has_copyright = "\u00a9" in lower or "(c)" in lower or "copyright" in lower
    for lo, hi in L.ranges:
        _who_lines(L, found, lo, hi)
        _when_lines(L, found, forum, lo, hi, date_lines)
        _outlet_lines(L, found, lo, hi, has_copyright)
    if "byline" not in found.hits:
        _agency_credit_lines(L, found)
    if "byline" not in found.hits:
        _name_next_to_date(L, found, date_lines)
    if "byline" not in found.hits and "Our " in L.text:
        _own_reporter(L, found)
    if "publication date" not in found.hits and len(L.ranges) == 2:
        _date_by_a_name_in_the_body(L, found, forum)


# What follows a label on its line ("Analysis: ...", "Review | ...", "Comment \u2014 ...").
_LABEL_MARKS = (":", "|", "-", "\u2014", "\u2013")


def _credit_length(text: str, s: int, e: int) -> bool:
    """Is the line s..e short enough for a byline? (kinds15) A credit list may run longer than
    SHORT_LINE when each of its clauses, up to ";", is short ("Reporting by Owen Pritchard for the
    Press Association; this version edited by the Westbrook Gazette newsdesk."): a credit in either
    form is a byline. Body text that starts "By" is one long clause."""
    if e - s <= SHORT_LINE:
        return True
    return e - s <= CREDIT_LIST_LINE and all(len(c) <= SHORT_LINE for c in text[s:e].split(";"))


# (sources19) A credit to a group, not a person: "By the Editorial Board", "By Staff Reporters",
# "By Courier staff", "Posted by the Loomly team · 4 February 2026", "By our reporter". The text
# says who stands behind it, an outlet's or a company's own people, but names no one a reader could
# hold to account: no byline (design rule 7), and no text without an author either. Up to four
# capitalised words before the group's word ([group_credit_phrases] in data/provenance.txt), with
# "the" or "our" before them; then the line ends or a date or a mark follows.
GROUP_CREDIT = "group credit"
# (bylines21) A credit line naming a publication ("By The Blue Wave Dispatch"): the outlet is the
# author, as an organisation given as the author is; no person.
OUTLET_CREDIT = "outlet credit"
# (prov24) A news agency credited in the dateline ("LISBON (Reuters) -") or in a photo credit
# ("(AP Photo/Jane Roe)"): who wrote the story or took the picture, not always who published the
# text. A paper reprinting a wire story names itself too (a copyright line): that is the outlet,
# and the agency the credit (`find_page_lines`). Not a provenance cue of its own: a key of the hits.
AGENCY_CREDIT = "agency credit"
# (credit27) A credit line naming a news agency alone ("By Associated Press", "By Reuters", "By AFP",
# "By The Associated Press Staff"): the agency stands behind the text, as an editorial board or an
# outlet does; no person. No byline credit, and no text without an author either.
AGENCY_ALONE_CREDIT = "agency alone credit"
# What may follow the agency's name in such a credit ("Reuters Staff", "AFP Wire").
_AGENCY_STAFF_WORDS = ("staff", "staff reporters", "staff reporter", "staff writers", "news", "wire", "reporters")
# The marks that end the credit before a date or a place ("By Reuters | 3 May 2026", "By AFP, Paris").
_AGENCY_CREDIT_END_RE = re.compile(r"[|\u00b7,(\u2014\u2013]| - ")


def agency_alone(credit: str) -> str:
    """(credit27) The news agency a credit names alone, as written ("Associated Press" in " Associated
    Press", "The Associated Press Staff", "AFP | 3 May 2026"), or "": any person's or other words
    make it no agency's credit alone. A short agency name with no space ("AP", "AFP", "PA") counts
    only written in capitals, as `page_meta.agency_byline` reads it ("By Ap" is no agency's)."""
    from .kinds import AGENCIES  # (kinds imports the scorers' modules; read at call time)

    credit = _AGENCY_CREDIT_END_RE.split(credit, 1)[0].strip(" \t:*_.")
    name = credit[4:] if credit[:4].lower() == "the " else credit
    key = " ".join(name.split()).lower()
    for staff in _AGENCY_STAFF_WORDS:
        if key.endswith(" " + staff) and key[: -len(staff) - 1] in AGENCIES:
            key = key[: -len(staff) - 1]
            name = " ".join(name.split()[: len(key.split())])
            break
    if key not in AGENCIES:
        return ""
    if len(key) <= 5 and " " not in key and not name.isupper():
        return ""
    return " ".join(name.split())


def publication_credit(credit: str) -> str:
    """(bylines21) The publication a credit names in its first words ("The Blue Wave Dispatch"
    in " The Blue Wave Dispatch | 3 May"), or ""."""
    words = credit.split()[:8]
    for end in range(len(words), 1, -1):
        name = [w.strip(",.|:;\u00b7") for w in words[:end]]
        if publication_name(name):
            return " ".join(name)
    return ""


@lru_cache(maxsize=1)
def _group_credit_re() -> re.Pattern[str]:
    group = "|".join(sorted((re.escape(w) for w in load_sections(DATA_FILE)["group_credit_phrases"]), key=len, reverse=True))
    return re.compile(r"[ \t:]*(?P<who>(?:(?:[Tt]he|[Oo]ur)[ \t]+)?(?:[A-Z][\w'\u2019&.-]*[ \t]+){0,4}(?i:%s))"
                      r"[ \t]*(?:$|[\u00b7|,\u2014\u2013(-])" % group, re.MULTILINE)


def _agency_byline(credit: str) -> bool:
    """(web27) Is `credit` a person's name and then a news agency's, in one credit ("DANIEL ORTEGA
    Associated Press", "Maria Lopez, AFP": `page_meta.agency_byline`, the web page rule)? The
    person is the byline; "Associated Press", "Reuters Staff", "Jane Roe Ap" are not."""
    from .page_meta import agency_byline  # (page_meta reads the kinds' agencies at call time)

    return ";" in agency_byline(" ".join(credit.split()))


# (web27) A credit line with no "By": a person's name, then a mark, then a news agency's name
# ("Daniel Ortega, Reuters", "Daniel Ortega - Reuters"), or a name in capitals and then the
# agency ("DANIEL ORTEGA Associated Press"), alone on a line under the headline. The last word
# says whether to look further: an agency's last word.
_AGENCY_LAST_WORDS = frozenset(("press", "reuters", "afp", "ap", "dpa", "bloomberg", "upi", "xinhua", "agency",
                                "efe", "ansa", "media", "association", "international", "kyodo", "news", "jiji",
                                "yonhap", "tass", "novosti", "anadolu", "aap", "pa", "pti", "india", "epd", "kna",
                                "apa", "sda", "keystone-sda", "belga", "anp", "pap", "antara", "bernama", "ritzau",
                                "agence", "presse", "france-presse"))
_AGENCY_CREDIT_MAX = 60
_AGENCY_PROSE_BEFORE = 1  # a standfirst may stand over the byline; a second long line is the body


def _agency_credit_lines(L: _Lines, found: Found) -> None:
    """(web27) A byline with no "By" that names a person and a news agency (see above), on a line of
    the text's head other than its first (a headline's place), before its body (one long line, a
    standfirst, may come first): a byline, as "By Daniel Ortega, Reuters" is. A line ending in a full
    stop or with a slash ("Jim Urquhart / Reuters.") is a photo's credit. A title-case line with no
    mark before the agency ("Jane Roe Reuters", "Trump Hits
    Associated Press") is left as it is: a headline may end so."""
    text = L.text
    prose = 0
    start = text.find("\n")  # (the first line is the headline's)
    while 0 <= start < L.head_end - 1:
        s = start + 1
        e = text.find("\n", s)
        e = len(text) if e < 0 else e
        start = e if e < len(text) else -1
        line = text[s:e].strip()
        if len(line) > _AGENCY_CREDIT_MAX:
            prose += 1
            if prose > _AGENCY_PROSE_BEFORE:
                return  # (the body has begun: "Jim Urquhart / Reuters." under a paragraph is a photo's credit)
            continue
        if not line or line.endswith(".") or line.rsplit(None, 1)[-1].lower() not in _AGENCY_LAST_WORDS:
            continue
        if not _agency_credit_line(line):
            continue
        s += len(text[s:e]) - len(text[s:e].lstrip())
        L.furniture(s, s + len(line))
        found.add("byline", s, s + len(line))
        return


def _agency_credit_line(line: str) -> bool:
    """(web27) Is `line` (white space folded) a person's name and a news agency's, with a mark
    between them or the name in capitals (see `_agency_credit_lines`)?"""
    from .page_meta import agency_byline

    line = " ".join(line.split())
    person = agency_byline(line).partition(";")[0]
    if person == line or person.split()[0].lower() in _NOT_NAME_OPENERS:
        return False  # ("The Mayor, Reuters": a role, no name)
    written = line[:len(person)]
    return written.isupper() or line[len(person):].lstrip()[:1] in _AGENCY_MARKS


# (a photo's credit is written "NAME/Reuters", "NAME / AP": no byline's mark here)


_NOT_NAME_OPENERS = frozenset(("the", "a", "an", "our", "this", "from", "via", "with"))
_AGENCY_MARKS = frozenset(",|\u2013\u2014-")


def _who_lines(L: _Lines, found: Found, lo: int, hi: int) -> None:
    """Byline lines ("By Jane Smith") and opinion or analysis labels, between padded offsets lo
    and hi."""
    text, padded, lower = L.text, L.padded, L.lower
    marked = _marked_byline_re().finditer(lower, lo, hi) if "*" in lower or "_" in lower else ()
    for m in (*_starts_re("byline_starts").finditer(lower, lo, hi), *marked):
        s, e = L.line(m.start("p") - 1)
        end = _credit_end(text, s, e)  # (loose21) "*By Ann Lee*": the name before the closing mark
        if _credit_length(text, s, e) and _BYLINE_NAME_RE.match(padded, m.end("p"), end + 1):
            L.furniture(s, e)  # a credit line is the page's, whoever it credits
            if credits_a_person(text[m.end("p") - 1 : end], *L.site) or _agency_byline(text[m.end("p") - 1 : end]):
                found.add("byline", s, e)  # not "By Reuters Staff"; (web27) "By DANIEL ORTEGA Associated Press"
                continue
            if (outlet := publication_credit(text[m.end("p") - 1 : end])):
                found.add(OUTLET_CREDIT, s, e, outlet)  # (bylines21) "By The Blue Wave Dispatch"
                continue
        if _credit_length(text, s, e) and (agency := agency_alone(text[m.end("p") - 1 : end])):
            L.furniture(s, e)  # (credit27) "By Associated Press", "By The Associated Press Staff"
            found.add(AGENCY_ALONE_CREDIT, s, e, agency)
            continue
        if _credit_length(text, s, e) and (g := _group_credit_re().match(text, m.end("p") - 1, end)) is not None:
            L.furniture(s, e)  # (sources19) "By the Editorial Board", "Posted by the Loomly team · 4 February 2026"
            found.add(GROUP_CREDIT, s, e, g.group("who"))
    for section in ("opinion_label_starts", "opinion_label_colon_starts"):
        alone = section == "opinion_label_starts"  # (the other section's labels need a ":" after them)
        for m in _starts_re(section).finditer(lower, lo, hi):
            s, e = L.line(m.start("p") - 1)
            rest = text[m.end("p") - 1 : e].strip()[:1]
            if e - s <= SHORT_LINE and (alone and e - s <= len(m.group("p")) + 2 or rest in _LABEL_MARKS):
                found.add("opinion or analysis label", s, e)
                L.furniture(s, e)


def _when_lines(L: _Lines, found: Found, forum: set[int], lo: int, hi: int, date_lines: list[tuple[int, int]]) -> None:
    """Dates on short lines and "Published:" lines, between padded offsets lo and hi; the lines
    that are mostly a date are added to `date_lines`."""
    text, lower = L.text, L.lower
    deadlines = _deadline_labels()  # (read once a call: prov14's deadline rule)
    for m in L.dates(lo, hi):
        s, e = L.line(m.start() - 1)
        if s in forum:
            continue
        prev = L.previous(s)
        if prev is not None and prev[0] in forum:
            continue  # "Joined" / "Dec 18, 2010": a member's join date, not the page's
        ds, de = m.start() - 1, m.end() - 1
        if _after_deadline(lower, s, ds, deadlines):
            continue  # (prov14) "Closing date: 12 January 2027": when applications close
        if e - s <= 2 * (de - ds):
            date_lines.append((s, e))  # a line that is mostly a date: the page's date line
            L.furniture(s, e)
        # (loose21) "Updated 3 March 2026": when it last changed; (loose22) "Event | 3 March 2026": the event's
        if not _update_date(L, s, ds) and not others_date(L.text[s:ds]):
            found.add("publication date", ds, de)
    for m in _DATE_LINE_RE.finditer(lower, lo, hi):
        s, e = L.line(m.end() - 2)
        # (loose21) the first date on the line that is not an update's ("Updated 3 March 2026 |
        # Published 1 March 2026": the second)
        d = next((d for d in _DATE_RE.finditer(text, s, e)
                  if not _update_date(L, s, d.start()) and not others_date(text[s:d.start()])), None)
        if d:
            found.add("publication date", d.start(), d.end())
        if d is not None or _DATE_RE.search(text, s, e):  # (an update line is the page's too)
            L.furniture(s, e)


def _update_date(L: _Lines, s: int, ds: int) -> bool:
    """Is the date at text offset `ds`, on the line starting at `s`, an update's
    (`file_titles.update_date`, the date cell's rule)? Not a publication date then."""
    previous = L.previous(s)
    return update_date(L.text[s:ds], L.text[previous[0]:previous[1]] if previous is not None else "")


def _after_deadline(lower: str, s: int, ds: int, labels: tuple[str, ...]) -> bool:
    """(prov14) Does a [deadline_labels] label ("closing date", "apply by", "offer ends") stand
    on the line before the date at `ds` (the line starts at `s`)? Then the date is a deadline,
    not the text's publication date. `lower`: `_Lines.lower` (a newline + the text, lower-cased: one
    ahead of the text's offsets). (A few substring tests on the line's head, once a date.)"""
    head = lower[s + 1 : ds + 1]
    return any(label in head for label in labels)


@lru_cache(maxsize=1)
def _deadline_labels() -> tuple[str, ...]:
    return tuple(sections()["deadline_labels"])


def _outlet_lines(L: _Lines, found: Found, lo: int, hi: int, has_copyright: bool) -> None:
    """Copyright lines, URL lines and contact lines, between padded offsets lo and hi."""
    text, lower = L.text, L.lower
    # (the three substring tests spare the text a regex scan without a literal first character)
    for m in _COPYRIGHT_KEY_RE.finditer(lower, lo, hi) if has_copyright else ():
        s, e = L.line(m.start() - 1)
        cm = _COPYRIGHT_RE.search(text, s, e)
        if cm and e - s <= SHORT_LINE:
            name = copyright_holder(cm.group("name"))
            if name:  # (pasted30) the holder's name alone: no "©", year or "All rights reserved"
                found.add("named outlet", cm.start("name"), cm.start("name") + len(name), "copyright line")
            L.furniture(s, e)
    for m in _URL_LINE_RE.finditer(lower, lo, hi):
        found.add("original URL", m.start("url") - 1, m.end("url") - 1)
        L.furniture(*L.line(m.start("url") - 1))
    for m in _starts_re("contact_starts").finditer(lower, lo, hi):
        s, e = L.line(m.start("p") - 1)
        if e - s <= SHORT_LINE:
            L.furniture(s, e)


# (web28) the outlet's own reporter named at a sentence's start, in the outlet's voice: "Our reporter Jenna Sloan
# is at the bridge.", "Our correspondent Leah Grant says ...", "Our political editor Sam Reed reports": the text
# names who reported it, a person a reader can hold to account, as a byline line does (a live page often has no
# other). "Our reporter" with no name, and "our reporters' work", are none
_OWN_REPORTER_RE = re.compile(
    r"Our[ \t]+(?:own[ \t]+)?(?:[a-z]+[ \t]+)?(?:reporter|correspondent|editor)[ \t]+"
    r"(?P<name>[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){1,2}),?[ \t]+"
    r"(?=(?:is|was|has|had|reports|reported|says|said|writes|wrote|tells|told|joins|joined|sends|sent|spoke|asked|at|in)\b)")


def _own_reporter(L: _Lines, found: Found) -> None:
    """(web28) A byline from the outlet's own reporter named in the text (`_OWN_REPORTER_RE`)."""
    text = L.text
    for m in _OWN_REPORTER_RE.finditer(text):  # ("Our" first: the scan looks for it)
        before = text[max(0, m.start() - 3):m.start()].rstrip(" \t")
        if before and before[-1] not in "\n.!?\"\u201d":
            continue  # not at a sentence's start
        if credits_a_person(m["name"], *L.site):
            found.add("byline", m.start("name"), m.end("name"), "the outlet's own reporter, named in its text")
            return


def _name_next_to_date(L: _Lines, found: Found, date_lines: list[tuple[int, int]]) -> None:
    """A line that is only a name, next to a date line, is a byline ("James Brown" / "July 9,
    2018")."""
    text = L.text
    for ds, de in date_lines:
        for near in (L.previous(ds), L.next(de)):
            if near is None:
                continue
            s, e = near
            line = text[s:e]
            # a writer is rarely the subject of the text; a name the body keeps mentioning is
            # a tag or a related-article teaser ("Xi Jinping" / "23 Nov 2023"), not a byline
            if len(line) <= 40 and _NAME_LINE_RE.match(line) and text.count(line) <= 2:
                L.furniture(s, e)
                if credits_a_person(line, *L.site):  # not "Deutsche Welle" on dw.com
                    found.add("byline", s, e, "a name next to the date")
                    break


def _date_by_a_name_in_the_body(L: _Lines, found: Found, forum: set[int]) -> None:
    """A line that is mostly a date, right next to a line that is only a person's name, is the
    page's date (and byline) wherever the pair sits: an article's header copied under a forum
    post's furniture ("James Brown" / "July 9, 2018") lies below the head the header cues look
    in. Only when the head and tail gave no date; a date inside a sentence is not a date line."""
    text = L.text
    for s, e in L.lines:
        if not (L.head_end <= s + 1 < L.tail_start) or not 6 <= e - s <= SHORT_LINE or _HAS_YEAR(text, s, e) is None:
            continue
        s, e = L.line(s)
        m = _DATE_RE.search(text, s, e)
        if m is None or e - s > 2 * (m.end() - m.start()) or s in forum:
            continue
        before = L.previous(s)
        if before is not None and before[0] in forum:
            continue  # "Joined" / "Dec 18, 2010": a member's join date
        if _update_date(L, s, m.start()):
            continue  # (loose21) an update's date line
        if any(near is not None and _person_name_line(L, *near) for near in (before, L.next(e))):
            found.add("publication date", m.start(), m.end(), "a date line next to a name")
            L.furniture(s, e)
            if "byline" not in found.hits:
                _name_next_to_date(L, found, [(s, e)])
            return


def _person_name_line(L: _Lines, s: int, e: int) -> bool:
    """Is the line s..e only a person's name, as `_name_next_to_date` asks of a byline?"""
    line = L.text[s:e]
    return len(line) <= 40 and _NAME_LINE_RE.match(line) is not None and L.text.count(line) <= 2 \
        and credits_a_person(line, *L.site)


def _body_cues(doc: Document, L: _Lines, found: Found) -> None:
    """Cues that may sit on any line: datelines (in the head), photo credits, corrections,
    reposts, disclaimers. One regex pass over the whole lower-cased text for each."""
    text, lower = L.text, L.lower
    m = _press_wire_dateline(L) or _DATELINE_RE.search(L.padded, 0, L.head_end) or _title_dateline(L)
    while m and not _dateline_date(m) and mastheads.masthead_name(mastheads.line_at(text, m.start("line") - 1)):
        # (byline18) "THE PEOPLE'S DISPATCH \u2014 Weekly Action Newsletter": a masthead names no place
        m = _DATELINE_RE.search(L.padded, m.end("line"), L.head_end)
    if m and draft_line(mastheads.line_at(text, m.start("line") - 1)):
        m = None  # (pasted30) "DRAFT \u2013 for legal review": a draft's note, no place
    if m:
        s, e = m.start("line") - 1, m.end("line") - 1
        found.add("dateline", s, e)
        wire = "wire" if m.group("wire") else "slash" if "slash" in m.re.groupindex and m.group("slash") else ""
        if wire:
            found.add(AGENCY_CREDIT, m.start(wire) - 1, m.end(wire) - 1, "wire credit in the dateline")
        date = _dateline_date(m)
        # (hunt31) a date with no year ("LONDON, March 4 (Reuters) -") says no day a reader can
        # place, and no date cell can show it (a file's date cell is the dateline's date only
        # with a year: `dateline_date`, cells.given_date): no publication date, where the Why said
        # "publication date" beside an empty date cell. The dateline cue stays.
        if date and not _YEAR_RE.search(m.group(date)):
            date = ""
        if date:
            ds = m.start(date) - 1
            while text[ds] in ", \t":
                ds += 1
            found.add("publication date", ds, m.end(date) - 1, "date in the dateline")
    vocab = doc.analysis.vocabulary
    for ms, me in _find_phrases("photo_credit_contains", lower, vocab):
        s, e = L.line(ms - 1 if ms else 0)
        if e - s <= CAPTION_LINE:
            found.add("photo credits", s, e)
            L.furniture(s, e)
            w = _PHOTO_OUTLET_RE.search(text, s, e)
            if w:
                found.add(AGENCY_CREDIT, w.start("outlet"), w.end("outlet"), "agency in a photo credit")
    m = _correction(lower)
    if m is not None:
        s, e = L.line(m.start() - 1)  # (prov24) "The correct figure is ...", "We apologise for the error."
        found.add("correction or update notes", s, e)
    for section, cue in PHRASE_LINE_CUES:
        for ms, me in _find_phrases(section, lower, vocab):
            if cue == "repost markers" and repost_credits.in_relative_clause(lower, ms):
                continue  # (byline18) "the post, which first appeared on ...": another thing's origin
            if cue == "repost markers" and _in_correction(L, ms):
                continue  # (prov24) "The original article said ... The correct figure is ...": a correction
            s, e = L.line(max(0, me - 2))
            found.add(cue, s, e)
            L.furniture(s, e)
    for s, e in repost_credits.opening_credits(L.lower_text):  # (kinds16) "Courtesy of X" at the top
        found.add("repost markers", s, e, "an opening credit: the text is another outlet's")
        L.furniture(s, e)


# (prov24) A correction notice in its own words, whatever its heading: the correct value given
# ("The correct figure is 6 million", "the correct name was"), the text owning its error ("An
# earlier version of this article wrongly said", "This story incorrectly stated"), an apology for
# it ("We apologise for the error", "We regret the mistake"). Read on the lower-cased text. A fact
# check's "the minister wrongly said" is none: the one in error must be the text itself.
_CORRECTION_RE = re.compile(
    r"\bthe correct (?:figure|figures|number|amount|total|name|spelling|date|year|age|time|title|location|"
    r"address|price|cost|sum|percentage|rate|quote|wording) (?:is|was|are|were|should have been)\b"
    r"|\b(?:this|the|our|an earlier version of this|a previous version of this) (?:article|story|report|piece|post)"
    r"(?: originally)? (?:incorrectly|wrongly|mistakenly|erroneously) (?:said|stated|reported|gave|described|named|"
    r"identified|referred|attributed|quoted|claimed|suggested)\b"
    r"|\bwe (?:apologi[sz]e|regret) (?:for )?(?:the|this|that|any) (?:error|mistake|errors|mistakes)\b")


# Words one of which every `_CORRECTION_RE` match holds: a text without them is not scanned (most).
_CORRECTION_KEYS = ("the correct ", "incorrectly ", "wrongly ", "mistakenly ", "erroneously ", "apologi", "regret")


def _correction(lower: str) -> re.Match[str] | None:
    """(prov24) The first correction notice in its own words (`_CORRECTION_RE`) in `lower`, or None.
    Speed only: the scan runs where a key word stands (`_CORRECTION_KEYS`), from the first of them."""
    at = min((i for i in map(lower.find, _CORRECTION_KEYS) if i >= 0), default=-1)
    if at < 0:
        return None
    return _CORRECTION_RE.search(lower, max(0, at - 60))  # (the longest subject: "a previous version of this article originally ")


def _in_correction(L: _Lines, at: int) -> bool:
    """(prov24) Does the line holding the repost phrase at `at` of the lower-cased text (or the line
    after it) hold a correction notice ([correction_contains], `_CORRECTION_RE`)? "Correction: The
    original article said the pool would cost ... The correct figure is ...": the phrase names the
    text's own earlier version in a correction, a correction note, not a repost."""
    lower = L.lower_text
    s, e = L.line(at - 1)  # (`at` is an offset of the padded text)
    nxt = lower.find("\n", e + 1)  # the next line, to its end
    stop = len(lower) if nxt < 0 else nxt
    return _correction(lower[s:stop]) is not None or _correction_phrases_re().search(lower, s, stop) is not None


@lru_cache(maxsize=1)
def _correction_phrases_re() -> re.Pattern[str]:
    """The [correction_contains] phrases that count anywhere on a line, as one pattern."""
    phrases = [p for p in sections()["correction_contains"] if p not in _LINE_START_ONLY["correction_contains"]]
    return re.compile("|".join(map(re.escape, sorted(phrases, key=len, reverse=True))))


class PageLines(NamedTuple):
    """What the line pass found in one document.

    cues: provenance cue -> (start, end, note) of its first match in the text; furniture: the
    sorted (start, end) spans of the furniture lines; lower: the lower-cased text (same offsets as
    `doc.text`), which the provenance scorer searches for "[redacted]"."""

    cues: dict[str, tuple[int, int, str]]
    furniture: tuple[tuple[int, int], ...]
    lower: str


def find_page_lines(doc: Document) -> PageLines:
    """The furniture lines of `doc` and the cues they show (one pass; `doc.analysis.page_lines`
    keeps the result, so call that instead)."""
    found = Found()
    L = _Lines(doc)
    from .forum_posts import other_posts

    forum = _forum_lines(doc, L, found, other_posts(doc))
    _header_cues(L, found, forum)
    _body_cues(doc, L, found)
    for s, e in page_line_spans(doc.text, L.lower_text):  # (pasted30) a PDF's running headers and footers, page numbers
        L.furniture(s, e)
    for s, e in comment_spans(doc.text):  # (pasted30) a word processor's comments block ("[a]Jo: cut this?")
        L.furniture(s, e)
    draft = _first_line(doc.text)
    if draft is not None and draft_line(doc.text[draft[0]:draft[1]]):  # (pasted30) "DRAFT v3 - for subs"
        L.furniture(*draft)
    agency = found.hits.get(AGENCY_CREDIT)
    if agency is not None:
        own = found.hits.get("named outlet")
        if own is None:
            found.hits["named outlet"] = agency  # the agency is the only outlet the text names
        else:
            # (prov24) "LISBON (Reuters) - ..." under "\u00a9 2026 Harbour Ledger": the paper published it
            name = " ".join(doc.text[agency[0] : agency[1]].split())
            found.hits["named outlet"] = (own[0], own[1], f"{own[2]}; the text credits the agency {name} "
                                          f"({agency[2]}): the agency wrote it, the outlet published it")
    return PageLines(found.hits, tuple(sorted(set(L.spans))), L.lower_text)


def _first_line(text: str) -> tuple[int, int] | None:
    """The (start, end) of the text's first non-empty line, or None."""
    start = len(text) - len(text.lstrip())
    if start == len(text):
        return None
    start = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    return start, end if end != -1 else len(text)


def warm_up() -> None:
    _social_re()
    for section in ("byline_starts", "opinion_label_starts", "opinion_label_colon_starts", "forum_starts", "contact_starts"):
        _starts_re(section)
    _phrases_by_key("photo_credit_contains")
    for section, _ in PHRASE_LINE_CUES:
        _phrases_by_key(section)
