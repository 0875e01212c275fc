"""Provenance: a checklist of cues that show where a text comes from, or hide it.

Measures: positive cues (byline, publication date, dateline, named outlet, original URL, named
sources with roles, attributed direct quotes, references to primary documents, photo credits,
correction or update notes, an opinion or analysis label) and negative cues (no author,
redaction or garbling marks like "**", forum or social-media furniture, repost and aggregator
markers, disclaimers that disown the content, clickbait headline shapes). The document's title,
URL and outlet, when given with the text, count as cues too.
Native value: 0-100, higher = better provenance: BASE plus the weight of every positive cue
present, minus the weight of every negative cue present, clipped to 0..100.
Normalised score: value / 100.
Evidence: every cue checked, present or absent: kind = the cue name, detail starts with
"present, positive cue" / "absent, positive cue" / "present, negative cue" / "absent, negative
cue" (xlplugin.cells reads these prefixes), text = the text that showed it (the line or match)
with its offsets; an absent cue (or one shown by metadata) has text "" and start = end = 0.
Blind spots: page furniture that was stripped before the text reached us (a byline in the HTML
but not in the pasted text); a fake byline or date counts like a real one; forum posts quoting a
real news article get both the article's cues and the forum's; English-language layouts only.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from urllib.parse import urlsplit

from .. import cues
from ..lexicon import load_sections
from ..settings import Settings
from ..text import Document
from ..types import Evidence, Score

__all__ = ["NAME", "VERSION", "UNIT", "POSITIVE", "NEGATIVE", "BASE", "score", "warm_up"]

NAME = "provenance"
VERSION = "1"
UNIT = "provenance cues, 0-100 (higher = better)"

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

# Header cues (byline, date, label) are looked for in the first HEAD_LINES non-empty lines and
# the last TAIL_LINES: page furniture sits there; looking only there keeps a 1 MB text cheap and
# avoids taking a date in the body for the publication date.
HEAD_LINES = 30
TAIL_LINES = 15
# A byline, date or label line is short; longer lines are body text that happens to start "By".
SHORT_LINE = 100
# Forum furniture: one strong marker is enough, or this many weaker ones.
FORUM_MIN_WEAK = 3
_FORUM_STRONG = frozenset({"joined", "reaction score", "last edited", "likes received", "thread starter",
                           "click to expand", "member since", "trophy points"})
# A quotation of fewer characters is a phrase or scare quote, not a direct quote of a source.
MIN_QUOTE_CHARS = 20

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_DATE_RE = re.compile(
    rf"\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?,?\s+(?:19|20)\d\d\b"
    r"|\b(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])\b"
    r"|\b(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2])[/.](?:19|20)\d\d\b"
)
_DATELINE_RE = re.compile(
    r"^[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,3}"          # SEOUL / NEW YORK
    r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?"            # , South Korea
    rf"(?:,?\s+{_MONTH}\.?\s+\d{{1,2}})?"                     # , Jan 5
    r"\s*(?:\((?P<wire>[A-Za-z][A-Za-z .&-]{1,30})\))?"      # (Reuters)
    r"\s*[\u2014\u2013-]{1,2}\s"
)
_NAME_LINE_RE = re.compile(r"^(?:[A-Z][a-z'\u2019-]+|[A-Z]\.(?:[A-Z]\.)*)(?:\s+(?:[A-Z][a-z'\u2019-]+|[A-Z]\.(?:[A-Z]\.)*|van|de|von|da|bin)){1,4}$")
_BYLINE_NAME_RE = re.compile(r"^\s*(?:[A-Z][\w'\u2019.-]+)(?:\s+[A-Z][\w'\u2019.-]+)")
_COPYRIGHT_RE = re.compile(r"(?:\u00a9|\(c\)|copyright)\s*(?:(?:19|20)\d\d(?:\s*[-\u2013]\s*(?:19|20)\d\d)?)?\s*,?\s*(?P<name>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,4})", re.IGNORECASE)
_URL_RE = re.compile(r"https?://[^\s)\]>\"']+|www\.[^\s)\]>\"']+", re.IGNORECASE)
_URL_LINE_RE = re.compile(r"^(?:url|link|canonical|permalink|source url)\s*:\s*(?P<url>https?://\S+)", re.IGNORECASE)
_REDACTION_RE = re.compile(r"\*\*|\ufffd|\[redacted\]|\u2588+", re.IGNORECASE)
_BOLD_RE = re.compile(r"\*\*[^\s*][^*\n]{0,80}?[^\s*]\*\*|\*\*[^\s*]\*\*")
_SOCIAL_RE = re.compile(r"^\s*\d[\d.,]*\s*[kKmM]?\s+(?:retweets?|likes?|shares?|comments?|views?|reactions?|upvotes?|followers?)\b", re.IGNORECASE)
_LISTICLE_RE = re.compile(r"^\d+\s+(?:reasons|things|ways|facts|signs|secrets|tricks|photos|times|shocking)\b", re.IGNORECASE)


def warm_up() -> None:
    cues.warm_up()
    for section in _sections():
        _phrase_re(section)


@lru_cache(maxsize=None)
def _sections() -> dict[str, tuple[str, ...]]:
    return load_sections(DATA_FILE)


# Entries that count only at the start of a line: "Source:" and "Update:" in the middle of a
# sentence are ordinary words.
_LINE_START_ONLY = {"correction_contains": ("update:",), "repost_contains": ("source:", "via:")}


@lru_cache(maxsize=None)
def _phrase_re(section: str) -> re.Pattern[str]:
    """One regular expression for a section's phrases, longest first (searched in C, once per
    line, rather than a Python loop over the phrases)."""
    skip = set(_LINE_START_ONLY.get(section, ()))
    entries = sorted((p for p in _sections().get(section, ()) if p not in skip), key=len, reverse=True)
    return re.compile("|".join(re.escape(p) for p in entries) or "(?!)")


def _line_index(doc: Document) -> list[int]:
    """Indexes of non-empty lines to look at: the head and the tail of the text."""
    non_empty = [i for i, (s, e) in enumerate(doc.lines[: HEAD_LINES * 4]) if doc.text[s:e].strip()]
    head = non_empty[:HEAD_LINES]
    tail: list[int] = []
    i = len(doc.lines) - 1
    while i >= 0 and len(tail) < TAIL_LINES:
        s, e = doc.lines[i]
        if doc.text[s:e].strip():
            tail.append(i)
        i -= 1
    return sorted(set(head) | set(tail))


def _stripped(doc: Document, i: int) -> tuple[int, int]:
    s, e = doc.lines[i]
    while s < e and doc.text[s].isspace():
        s += 1
    while e > s and doc.text[e - 1].isspace():
        e -= 1
    return s, e


def _starts(lower: str, phrase: str) -> bool:
    """`lower` starts with `phrase` as whole words."""
    if not lower.startswith(phrase):
        return False
    rest = lower[len(phrase) : len(phrase) + 1]
    return not rest or not rest.isalnum() or not phrase[-1:].isalnum()


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
        self.hits.setdefault(cue, (start, end, note))


def _header_cues(doc: Document, found: _Found) -> None:
    sections = _sections()
    lines = _line_index(doc)
    prev_forum = False
    date_lines: list[int] = []
    name_lines: list[int] = []
    for i in lines:
        s, e = _stripped(doc, i)
        line = doc.text[s:e]
        lower = line.lower()
        short = len(line) <= SHORT_LINE
        forum = any(_starts(lower, p) for p in sections.get("forum_starts", ()))
        if short:
            for p in sections.get("byline_starts", ()):
                if _starts(lower, p):
                    rest = line[len(p):].lstrip(" :")
                    if _BYLINE_NAME_RE.match(rest):
                        found.add("byline", s, e)
            for p in sections.get("opinion_label_starts", ()):
                if _starts(lower, p) and (len(line) <= len(p) + 2 or line[len(p):len(p) + 2].strip()[:1] in (":", "|", "-", "\u2014", "\u2013")):
                    found.add("opinion or analysis label", s, e)
            m = _DATE_RE.search(line)
            if m and not prev_forum:
                if len(line) <= 2 * (m.end() - m.start()):
                    date_lines.append(i)  # a line that is mostly a date: a dateline of the page
                found.add("publication date", s + m.start(), s + m.end())
            if _NAME_LINE_RE.match(line) and len(line) <= 40:
                name_lines.append(i)
        if lower.startswith(("published", "posted", "updated", "date:")):
            m = _DATE_RE.search(line)
            if m:
                found.add("publication date", s + m.start(), s + m.end())
        cm = _COPYRIGHT_RE.search(line) if ("\u00a9" in line or "copyright" in lower or "(c)" in lower) else None
        if cm and short:
            found.add("named outlet", s + cm.start(), s + cm.end(), "copyright line")
        um = _URL_LINE_RE.match(line)
        if um:
            found.add("original URL", s + um.start("url"), s + um.end("url"))
        prev_forum = forum
    # A line that is only a name, next to a date line, is a byline ("James Brown" / "July 9, 2018").
    position = {line: k for k, line in enumerate(lines)}
    for n in name_lines:
        if any(abs(position[n] - position[d]) == 1 for d in date_lines) and "byline" not in found.hits:
            s, e = _stripped(doc, n)
            # a writer is rarely the subject of the text; a name the body keeps mentioning is a
            # tag or a related-article teaser ("Xi Jinping" / "23 Nov 2023"), not a byline
            if doc.text.count(doc.text[s:e]) <= 2:
                found.add("byline", s, e, "a name next to the date")


def _body_cues(doc: Document, found: _Found) -> None:
    """Cues that may sit on any line: datelines, photo credits, corrections, furniture, reposts,
    disclaimers. One pass over the lines, with cheap checks first."""
    sections = _sections()
    forum_weak: list[tuple[int, int]] = []
    for number, (ls, le) in enumerate(doc.lines):
        if le - ls == 0:
            continue
        s, e = ls, le
        while s < e and doc.text[s].isspace():
            s += 1
        if s >= e:
            continue
        while e > s and doc.text[e - 1].isspace():
            e -= 1
        line = doc.text[s:e]
        head = line[:200]
        lower = head.lower()
        short = len(line) <= SHORT_LINE
        if number < HEAD_LINES * 4 and "dateline" not in found.hits:
            m = _DATELINE_RE.match(head)
            if m:
                found.add("dateline", s, s + m.end())
                if m.group("wire"):
                    found.add("named outlet", s + m.start("wire"), s + m.end("wire"), "wire credit in the dateline")
        if short:
            m = _phrase_re("forum_starts").match(lower)
            if m and _starts(lower, m.group()) and len(lower) <= len(m.group()) + 25:
                if m.group() in _FORUM_STRONG:
                    found.add("forum furniture", s, e)
                else:
                    forum_weak.append((s, e))
            if _SOCIAL_RE.match(line):
                forum_weak.append((s, e))
        if len(line) <= 400 and _phrase_re("photo_credit_contains").search(lower):
            found.add("photo credits", s, e)
        if _phrase_re("correction_contains").search(lower) or lower.startswith(_LINE_START_ONLY["correction_contains"]):
            found.add("correction or update notes", s, e)
        if _phrase_re("repost_contains").search(lower) or lower.startswith(_LINE_START_ONLY["repost_contains"]):
            found.add("repost markers", s, e)
        rx = _phrase_re("disclaimer_contains")
        if rx.search(lower) or (len(line) > 200 and rx.search(line[-400:].lower())):
            found.add("disclaimer", s, e)
    if "forum furniture" not in found.hits and len(forum_weak) >= FORUM_MIN_WEAK:
        s, e = forum_weak[0]
        found.add("forum furniture", s, e, f"{len(forum_weak)} lines of forum or social-media furniture")


def _redaction(doc: Document, found: _Found) -> None:
    text = doc.text
    bold = {m.start() for m in _BOLD_RE.finditer(text)} if "**" in text else set()
    bold_ends = {m.end() - 2 for m in _BOLD_RE.finditer(text)} if bold else set()
    count = 0
    first: tuple[int, int] | None = None
    for m in _REDACTION_RE.finditer(text):
        if m.start() in bold or m.start() in bold_ends:
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


def _clickbait(doc: Document, found: _Found) -> None:
    title, start, end = _title(doc)
    if not title:
        return
    lower = title.lower()
    shape = ""
    for p in _sections().get("clickbait_contains", ()):
        if p in lower:
            shape = f"\u201c{p}\u201d"
            break
    if not shape and title.rstrip().endswith(("!", "?!", "!!")):
        shape = "headline ends with an exclamation mark"
    if not shape and _LISTICLE_RE.match(title):
        shape = "numbered listicle headline"
    if not shape:
        caps = [w for w in re.findall(r"[A-Za-z]{4,}", title) if w.isupper()]
        if len(caps) >= 2 and len(caps) < len(re.findall(r"[A-Za-z]{4,}", title)):
            shape = "words in capitals"
    if shape:
        found.add("clickbait headline", start, end, shape + (" (in the given title)" if start == end else ""))


def _source_cues(doc: Document, found: _Found) -> None:
    attributions = cues.attributions(doc)
    for sentence, attr in zip(doc.sentences, attributions):
        if attr is None:
            continue
        if attr.kind == "named" and attr.role and "named sources with roles" not in found.hits:
            found.add("named sources with roles", attr.start, attr.end)
        if attr.kind in ("named", "role", "pronoun") and "attributed direct quotes" not in found.hits \
                and cues.sentence_has_quote(doc, sentence):
            # the quotations that start inside the sentence, found by bisection (not a scan of
            # every quotation of the document for every sentence)
            k = bisect.bisect_left(doc._quote_starts, sentence.start)
            while k < len(doc.quotes) and doc.quotes[k][0] < sentence.end:
                q_start, q_end = doc.quotes[k]
                if q_end - q_start >= MIN_QUOTE_CHARS:
                    found.add("attributed direct quotes", sentence.start, sentence.end)
                    break
                k += 1
        # a document with a name ("an Audit Office report"), not "the article" or "the report"
        skip = 1 if attr.start == sentence.start else 0
        named_document = attr.kind == "document" and any(c.isupper() for c in doc.text[attr.start + skip : attr.end])
        if (named_document or attr.kind == "link") and "references to primary documents" not in found.hits:
            found.add("references to primary documents", attr.start, attr.end)
        if len(found.hits) > 64:  # all three found long ago; nothing more to learn
            break


def score(doc: Document, settings: Settings) -> Score:
    found = _Found()
    _header_cues(doc, found)
    _body_cues(doc, found)
    _redaction(doc, found)
    _clickbait(doc, found)
    _source_cues(doc, found)
    meta: dict[str, str] = {}
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
    if "byline" not in found.hits:
        found.add("no author", 0, 0, "no byline found")

    evidence: list[Evidence] = []
    value = BASE
    present_pos: list[str] = []
    present_neg: list[str] = []
    for cue, weight in POSITIVE.items():
        hit = found.hits.get(cue)
        if cue in meta and hit is None:
            value += weight
            present_pos.append(cue)
            evidence.append(Evidence("", cue, 0, 0, f"present, positive cue (+{weight}): {meta[cue]}"))
        elif hit is not None:
            value += weight
            present_pos.append(cue)
            start, end, note = hit
            detail = f"present, positive cue (+{weight})" + (f": {note}" if note else "")
            evidence.append(Evidence(doc.text[start:end], cue, start, end, detail))
        else:
            evidence.append(Evidence("", cue, 0, 0, f"absent, positive cue (would add {weight})"))
    for cue, weight in NEGATIVE.items():
        hit = found.hits.get(cue)
        if hit is not None:
            value -= weight
            present_neg.append(cue)
            start, end, note = hit
            detail = f"present, negative cue (-{weight})" + (f": {note}" if note else "")
            evidence.append(Evidence(doc.text[start:end], cue, start, end, detail))
        else:
            evidence.append(Evidence("", cue, 0, 0, f"absent, negative cue (would subtract {weight})"))
    value = max(0, min(100, value))
    note = f"{len(present_pos)} positive and {len(present_neg)} negative cues present"
    return Score(
        NAME,
        float(value),
        round(value / 100.0, 4),
        UNIT,
        note=note,
        evidence=tuple(evidence),
        details={"positive_cues": len(present_pos), "negative_cues": len(present_neg)},
    )
