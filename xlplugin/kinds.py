"""Document kinds: what sort of document a text is, and the cues that decided it.

    news report, opinion or analysis, press release, forum or social post,
    wire or syndicated copy (credited to another outlet), not an article

The rules are a table in `xlplugin/data/kinds.txt` (kind, where to look, pattern, weight, why),
applied to the text and what is known about it (title, URL, author, outlet, date, and a web
page's own type hint). Each kind adds up the weight of its cues that match; the kind with the
most weight wins when it reaches `THRESHOLD` and at least equals "news report", which starts with
`NEWS_BASE`: a text with no cue of another kind is taken as a report, and says so ("no cue of
another kind").
A text is "not an article" (a shop, menu, index, organisation, event or documentation page)
only when its cues reach `NOT_ARTICLE_THRESHOLD` and outweigh the winner's: the engine then gives
it no reliability index, and its Status says why.

Pure Python, part of the core (it runs in Pyodide): nothing here imports an adapter.
Blind spots: rules on words and addresses, not a trained classifier; an opinion piece without
an opinion label or first-person voice reads as a report; a shop's blog post reads as an
article; tuned on German and English pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from collections import Counter
from itertools import compress, repeat

_ZEROS = repeat(0)
from functools import lru_cache
from urllib.parse import urlsplit

from .lexicon import data_text
from .text import Document

__all__ = [
    "VERSION",
    "KINDS",
    "NEWS",
    "OPINION",
    "PRESS_RELEASE",
    "FORUM",
    "WIRE",
    "NOT_ARTICLE",
    "Kind",
    "Rule",
    "rules",
    "classify",
]

# Part of every row's version stamp (engine_version): bump when a rule change can change a kind.
VERSION = "1"

NEWS = "news report"
OPINION = "opinion or analysis"
PRESS_RELEASE = "press release"
FORUM = "forum or social post"
WIRE = "wire or syndicated copy"
NOT_ARTICLE = "not an article"
# In tie order: on equal weight the earlier kind wins ("not an article" never wins a tie).
KINDS = (NEWS, OPINION, PRESS_RELEASE, FORUM, WIRE, NOT_ARTICLE)
# A kind other than "news report" wins with this much weight and at least as much as news (a
# wire story or a column has the form of a report too: its specific cue decides).
THRESHOLD = 2.0
NOT_ARTICLE_THRESHOLD = 3.0  # "not an article" costs the index: it needs more
NEWS_BASE = 1.0
HEAD_CHARS = 600
WHERE = ("title", "url", "host", "head", "tail", "text", "author", "outlet", "page_type", "computed")

# News agencies whose credit on a text published by another outlet marks wire copy.
AGENCIES = {
    "reuters": "reuters.com", "associated press": "apnews.com", "ap": "apnews.com", "afp": "afp.com",
    "agence france-presse": "afp.com", "dpa": "dpa.com", "deutsche presse-agentur": "dpa.com",
    "epd": "epd.de", "kna": "kna.de", "apa": "apa.at", "sda": "sda.ch", "bloomberg": "bloomberg.com",
    "upi": "upi.com", "xinhua": "xinhuanet.com", "ansa": "ansa.it", "efe": "efe.com", "pa": "pa.media",
    "press association": "pa.media", "canadian press": "thecanadianpress.com", "aap": "aap.com.au",
}
_AGENCY_NAMES = "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True))
# "(Reuters) -", "(dpa)", "Berlin (AFP) -": an agency credit in the dateline.
_AGENCY_DATELINE_RE = re.compile(rf"\((?P<agency>{_AGENCY_NAMES})\)", re.IGNORECASE)
_AGENCY_AUTHOR_RE = re.compile(rf"^(?:{_AGENCY_NAMES})(?:\s+(?:staff|news|wire))?$", re.IGNORECASE)
# First-person singular words (English, German, French), as the tokeniser gives them (lower case).
FIRST_PERSON_WORDS = frozenset("""i i'm i've i'd i'll me my mine myself ich mich mir mein meine meinen
    meinem meiner meines je j'ai moi mon ma mes""".split())
# First-person singular words per 1,000 words above which a text is written in the first person.
# Wire and news reports on the development pages stay under 5 (quoted speakers); personal blog
# posts and columns run from 15 to 60.
FIRST_PERSON_RATE = 12.0
FIRST_PERSON_STRONG = 30.0
# Words of organisations: an author with one of them is not a person's name.
_ORG_WORDS_RE = re.compile(r"\b(?:foundation|stiftung|gmbh|inc|ltd|llc|ag|e\.\s?v|verein|partei|party|fraktion|media|news|desk|redaktion|team|staff|group|press|online|verlag|institut\w*|universit\w*|company|corp\w*|association|verband)\b", re.IGNORECASE)
FEW_WORDS = 150
SHORT_LINE_CHARS = 45
SHORT_LINES_SHARE = 0.55
SHORT_LINES_MIN = 12


@dataclass(frozen=True)
class Rule:
    kind: str
    where: str
    pattern: str
    weight: float
    why: str
    min_count: int = 1
    regex: re.Pattern[str] | None = None
    # Words one of which must be a word of the text for the pattern to match at all (None: no
    # such set could be read off the pattern). A set look-up skips the regular expression on
    # most texts: run on every text, the patterns took about as long as all the scorers'
    # word lists (tests/test_kinds.py checks that the shortcuts decide what the patterns do).
    first_words: frozenset[str] | None = None
    # For a \b(?:...)\b pattern on the text: its one-word alternatives, counted from the
    # document's words (no regular expression), and a pattern of the other alternatives only.
    single_words: frozenset[str] | None = None
    rest: re.Pattern[str] | None = None
    rest_words: frozenset[str] | None = None
    rest_needs: tuple[frozenset[str], ...] | None = None  # per phrase, the words it needs all of

    @property
    def literal_start(self) -> bool:
        return self.where != "computed" and self.pattern[:1].isprintable() and self.pattern[:1] not in "\\([.^$|?*+{"


@dataclass(frozen=True)
class Kind:
    """A document's kind and the cues (in words) that decided it; `scores` is each kind's weight."""

    kind: str
    cues: tuple[str, ...]
    scores: tuple[tuple[str, float], ...] = ()

    def reason(self) -> str:
        cues = "; ".join(self.cues[:3])
        return f"{self.kind}" + (f" ({cues})" if cues else "")


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """The rules of `xlplugin/data/kinds.txt`, checked: a bad line is an error naming it."""
    out = []
    for number, line in enumerate(data_text("kinds.txt").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split(" | ")]
        if len(parts) < 5:
            raise ValueError(f"kinds.txt:{number}: expected kind | where | pattern | weight | why")
        kind, where, pattern, weight, why = parts[0], parts[1], " | ".join(parts[2:-2]), parts[-2], parts[-1]
        where, _, count = where.partition("*")
        if kind not in KINDS or where not in WHERE:
            raise ValueError(f"kinds.txt:{number}: unknown kind {kind!r} or place {where!r}")
        # matched against lower-cased values (lower-casing once is cheaper than IGNORECASE)
        regex = None if where == "computed" else re.compile(pattern)
        if where == "computed" and pattern not in _COMPUTED:
            raise ValueError(f"kinds.txt:{number}: unknown measure {pattern!r}")
        first = _first_words(pattern) if where == "text" else None
        single = rest = rest_words = rest_needs = None
        alternatives = _alternatives(pattern) if where == "text" and pattern.startswith("\\b(?:") and pattern.endswith(")\\b") else None
        if alternatives is not None:
            single = frozenset(a for a in alternatives if _WORD_ONLY_RE.fullmatch(a))
            others = [a for a in alternatives if not _WORD_ONLY_RE.fullmatch(a)]
            if others:
                rest_pattern = "\\b(?:" + "|".join(others) + ")\\b"
                rest, rest_words = re.compile(rest_pattern), _first_words(rest_pattern)
                rest_needs = _needed_sets(rest_pattern)
        else:
            rest_needs = None
        out.append(Rule(kind, where, pattern, float(weight), why, int(count or 1), regex, first, single, rest, rest_words,
                        rest_needs))
    return tuple(out)


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
    parts = _alternatives(pattern)
    if parts is None:
        return None
    words = set()
    for part in parts:
        flat, before = part, None
        while flat != before:  # nested groups, innermost first, become an attached marker
            before, flat = flat, _GROUP_RE.sub("\x00", flat)
        candidates = []
        for token in flat.split(" "):
            token = _TRAILING_RE.sub("", token)
            if _WORD_ONLY_RE.fullmatch(token):
                candidates.append(token)
        if not candidates:
            return None
        words.add(max(candidates, key=len))
    return frozenset(words)


def _alternatives(pattern: str) -> list[str] | None:
    """The top-level alternatives of a pattern of the form \\b(?:alt|alt|...)\\b (or with a
    (?:^|\\n) anchor), else None."""
    m = _LEAD_RE.match(pattern)
    if m is None:
        return None
    body, depth, parts, start = m.group("body"), 0, [], 0
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


def _host(url: str) -> str:
    url = url.strip()
    if not url:
        return ""
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def _path(url: str) -> str:
    url = url.strip()
    if not url:
        return ""
    try:
        parts = urlsplit(url if "//" in url else "//" + url)
    except ValueError:
        return ""
    return parts.path + (("?" + parts.query) if parts.query else "")


# --- computed measures: each returns None (no cue) or a short note in words


def _first_person_rate(doc: Document) -> float | None:
    """First-person singular words per 1,000, outside quotations (a quoted speaker's "I" is
    not the writer's); None for texts too short to say."""
    if doc.word_count < 80:
        return None
    cached = doc.shared.get("kinds.first_person")
    if cached is None:
        flags = list(map(FIRST_PERSON_WORDS.__contains__, doc.lowers))  # one C-level pass
        count = sum(flags)
        if count and doc.quotes:
            starts = doc.token_starts
            count = sum(1 for i in compress(range(len(flags)), flags) if doc.quote_at(starts[i]) is None)
        cached = doc.shared["kinds.first_person"] = 1000.0 * count / doc.word_count
    return cached  # type: ignore[return-value]


def _first_person(doc: Document, fields: dict[str, str]) -> str | None:
    rate = _first_person_rate(doc)
    return f"{rate:.0f} first-person words per 1,000" if rate is not None and rate >= FIRST_PERSON_RATE else None


def _first_person_strong(doc: Document, fields: dict[str, str]) -> str | None:
    rate = _first_person_rate(doc)
    return f"{rate:.0f} per 1,000 words" if rate is not None and rate >= FIRST_PERSON_STRONG else None


def _person_name(author: str) -> bool:
    """Does this look like one person's name (not an organisation, not a site)?"""
    name = author.strip()
    return bool(name) and ";" not in name and not _ORG_WORDS_RE.search(name) and "." not in name and len(name) <= 40


def _squeeze(value: str) -> str:
    return re.sub(r"[^a-z0-9]", "", value.lower())


def _personal_site(doc: Document, fields: dict[str, str]) -> str | None:
    """The author's name (or surname) is the site's name or host: a person's own site."""
    author = doc.author.strip()
    if not _person_name(author) or len(author.split()) < 2:  # "Julia" alone could be anyone's
        return None
    site = _squeeze(fields["host"].rsplit(".", 1)[0]) + " " + _squeeze(doc.outlet)
    parts = [_squeeze(p) for p in author.split() if len(_squeeze(p)) > 3]
    if _squeeze(author) and _squeeze(author) in site or any(p in site for p in parts[1:] or parts):
        return f"author {author!r}, site {fields['host'] or doc.outlet}"
    return None


_PRICE_RE = re.compile(r"[$£€]\s?\d+(?:[.,]\d{2})?|\b\d+[.,]\d{2}\s?(?:€|eur\b|euro\b)")
PRICES_MIN = 3


def _prices(doc: Document, fields: dict[str, str]) -> str | None:
    text = fields["text"]
    if not any(mark in text for mark in ("$", "£", "€", " eur")):  # most texts: no regex at all
        return None
    found = len(_PRICE_RE.findall(text))
    return f"{found} prices" if found >= PRICES_MIN else None


_CLOCK_RE = re.compile(r"\d:\d\d")
_TIMESTAMP_LINE_RE = re.compile(r"(?:^|\n)[^\n]{0,40}\b\d{1,2}:\d{2}(?:\s?[ap]m)?\b[^\n]{0,40}(?:\n|$)")
TIMESTAMP_LINES_MIN = 3


def _timestamps(doc: Document, fields: dict[str, str]) -> str | None:
    """Several short lines holding a clock time ("24. März 2004, 19:49"): posts or comments."""
    text = fields["text"]
    if _CLOCK_RE.search(text) is None:
        return None
    found = len(_TIMESTAMP_LINE_RE.findall(text))
    return f"{found} lines" if found >= TIMESTAMP_LINES_MIN else None


def _few_words(doc: Document, fields: dict[str, str]) -> str | None:
    return f"{doc.word_count} words" if doc.word_count < FEW_WORDS else None


def _short_lines(doc: Document, fields: dict[str, str]) -> str | None:
    if doc.text.count("\n") < SHORT_LINES_MIN:
        return None
    lines = [ln for ln in doc.text.split("\n") if ln.strip()]
    if len(lines) < SHORT_LINES_MIN:
        return None
    # a short line: at most SHORT_LINE_CHARS characters (about six words) without a full stop
    short = sum(1 for ln in lines if len(ln) <= SHORT_LINE_CHARS and not ln.rstrip().endswith((".", "!", "?", ":")))
    share = short / len(lines)
    return f"{short} of {len(lines)} lines" if share >= SHORT_LINES_SHARE else None


def _no_byline_no_date(doc: Document, fields: dict[str, str]) -> str | None:
    # Only for a web page (it has a page type: xlplugin.pages sets one): a pasted text or a
    # table row without author and date says nothing about the page it came from.
    if not doc.page_type or doc.author.strip() or doc.date.strip():
        return None
    return "no author or date given"


def _self_published(doc: Document, fields: dict[str, str]) -> str | None:
    author, outlet, host = doc.author.strip().lower(), doc.outlet.strip().lower(), fields["host"]
    if not author or (_person_name(doc.author) and not _ORG_WORDS_RE.search(outlet)):
        return None  # a person's own site is not an organisation speaking
    squeezed = re.sub(r"[^a-z0-9]", "", author)
    if outlet and (author == outlet or (len(squeezed) > 3 and squeezed == re.sub(r"[^a-z0-9]", "", outlet))):
        return f"author {doc.author.strip()!r} is the publisher"
    if host and len(squeezed) > 3 and squeezed in host.replace(".", "").replace("-", ""):
        return f"author {doc.author.strip()!r} is the site"
    return None


def _agency_credit(doc: Document, fields: dict[str, str]) -> str | None:
    """A news agency named as the author or in the dateline, on a text whose own outlet or
    address is known and is not that agency's: another outlet published agency copy. (An
    agency's own story on its own site is its report; a text with no known publisher cannot be
    told apart from the agency's own.)"""
    host, outlet = fields["host"], doc.outlet.strip().lower()
    if not host and not outlet:
        return None
    agency = ""
    for name in doc.author.split(";"):
        if _AGENCY_AUTHOR_RE.match(name.strip()):
            agency = name.strip().lower()
            break
    if not agency:
        m = _AGENCY_DATELINE_RE.search(doc.text, 0, HEAD_CHARS)
        agency = m.group("agency").lower() if m else ""
    if not agency:
        return None
    home = AGENCIES.get(agency, "")
    if (home and host and (host == home or host.endswith("." + home))) or agency in outlet:
        return None
    return f"credited to {agency.upper() if len(agency) <= 4 else agency.title()}, published by {outlet or host}"


_COMPUTED = {
    "first_person": _first_person,
    "first_person_strong": _first_person_strong,
    "personal_site": _personal_site,
    "few_words": _few_words,
    "prices": _prices,
    "timestamps": _timestamps,
    "short_lines": _short_lines,
    "no_byline_no_date": _no_byline_no_date,
    "self_published": _self_published,
    "agency_credit": _agency_credit,
}


# Characters around a required word that one of its phrases can reach (the longest phrase in
# kinds.txt is under 60 characters).
WINDOW = 80
# Below this length one scan of the whole text is cheaper than indexing its words.
WINDOWS_FROM_CHARS = 30_000


def _rest_matches(rule: Rule, text: str, doc: Document, counts: Counter) -> list[str]:
    """The matches of a rule's phrase pattern: found in windows around the words the phrases
    need (every match holds one) instead of scanning the whole text, which gives the same
    matches in a fraction of the time on a long text."""
    if rule.rest_words is None or len(text) < WINDOWS_FROM_CHARS:
        return rule.rest.findall(text)  # type: ignore[union-attr]
    index = doc.shared.get("kinds.word_index")
    if index is None:
        index = {}
        for i, word in enumerate(doc.lowers):
            index.setdefault(word, []).append(i)
        doc.shared["kinds.word_index"] = index
    starts, ends, n = doc.token_starts, doc.token_ends, len(text)
    found: dict[int, str] = {}
    for word in rule.rest_words:
        for i in index.get(word, ()):
            lo = max(0, starts[i] - WINDOW)
            hi = ends[i] + WINDOW
            hi = n if hi >= n else (text.find(" ", hi) if text.find(" ", hi) != -1 else n)
            for m in rule.rest.finditer(text, lo, hi):  # type: ignore[union-attr]
                found.setdefault(m.start(), m.group())
    return [found[k] for k in sorted(found)]


def classify(doc: Document) -> Kind:
    """The kind of a prepared document, with the cues that decided it."""
    text = doc.text.lower()
    fields = {
        "title": doc.title.lower(),
        "url": _path(doc.url).lower(),
        "host": _host(doc.url).lower(),
        "head": text[:HEAD_CHARS],
        "tail": text[-HEAD_CHARS:],
        "text": text,
        "author": doc.author.lower(),
        "outlet": doc.outlet.lower(),
        "page_type": doc.page_type.lower(),
    }
    counts = Counter(doc.lowers)  # (counted in C)
    scores = {kind: 0.0 for kind in KINDS}
    scores[NEWS] = NEWS_BASE
    cues: dict[str, list[str]] = {kind: [] for kind in KINDS}
    for rule in rules():
        if rule.where == "computed":
            note = _COMPUTED[rule.pattern](doc, fields)
            if note is None:
                continue
            cue = f"{rule.why} ({note})"
        else:
            value = fields[rule.where]
            if not value:
                continue
            if rule.first_words is not None:
                # an upper bound on the matches, from the words alone: most rules stop here
                if sum(map(counts.get, rule.first_words, _ZEROS)) < rule.min_count:
                    continue
            elif rule.literal_start and value.count(rule.pattern[0]) < rule.min_count:
                continue  # a pattern that starts with a plain character ("!"): counted first
            if rule.single_words is not None:
                # one-word alternatives counted from the words; a pattern only for the rest
                hits = list(filter(counts.__contains__, rule.single_words))
                found_count = sum(counts[word] for word in hits)
                shown = hits[0] if hits else ""
                partial = rule.rest is not None  # the phrases not looked for (enough already)
                if found_count < rule.min_count and rule.rest is not None and (
                        rule.rest_needs is None or any(needs.issubset(counts) for needs in rule.rest_needs)):
                    more = _rest_matches(rule, value, doc, counts)
                    found_count += len(more)
                    shown = shown or (more[0] if more else "")
                    partial = False
                if found_count < rule.min_count:
                    continue
                if rule.min_count > 1:
                    cue = f"{rule.why} ({'at least ' if partial else ''}{found_count} times)"
                else:
                    cue = f"{rule.why} ({rule.where}: {' '.join(shown.split())[:40]!r})"
            elif rule.min_count > 1:
                found = rule.regex.findall(value)  # type: ignore[union-attr]
                if len(found) < rule.min_count:
                    continue
                cue = f"{rule.why} ({len(found)} times)"
            else:
                m = rule.regex.search(value)  # type: ignore[union-attr]
                if m is None:
                    continue
                shown = " ".join(m.group().split())[:40]
                cue = f"{rule.why} ({rule.where}: {shown!r})" if shown else rule.why
        scores[rule.kind] += rule.weight
        cues[rule.kind].append(cue)
    ranked = sorted(KINDS[1:-1], key=lambda k: (-scores[k], KINDS.index(k)))
    best = ranked[0] if scores[ranked[0]] >= THRESHOLD and scores[ranked[0]] >= scores[NEWS] else NEWS
    if scores[NOT_ARTICLE] >= NOT_ARTICLE_THRESHOLD and scores[NOT_ARTICLE] > scores[best]:
        best = NOT_ARTICLE
    chosen = cues[best] or ["no cue of another kind"]
    return Kind(best, tuple(chosen), tuple((k, round(scores[k], 1)) for k in KINDS))
