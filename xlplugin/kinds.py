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
_FIRST_PERSON_RE = re.compile(r"\b(?:i|i'm|i've|i'd|me|my|mine|myself|ich|mich|mir|mein|meine|meinen|meinem|meiner|je|j'|moi|mon|ma|mes)\b", re.IGNORECASE)
# First-person singular words per 1,000 words above which a text is written in the first person.
# Wire and news reports on the development pages stay under 5 (quoted speakers); personal blog
# posts and columns run from 15 to 60.
FIRST_PERSON_RATE = 12.0
FIRST_PERSON_STRONG = 30.0
# Words of organisations: an author with one of them is not a person's name.
_ORG_WORDS_RE = re.compile(r"\b(?:foundation|stiftung|gmbh|inc|ltd|llc|ag|e\.\s?v|verein|partei|party|fraktion|media|news|desk|redaktion|team|staff|group|press|online|verlag|institut\w*|universit\w*|company|corp\w*|association|verband)\b", re.IGNORECASE)
FEW_WORDS = 150
SHORT_LINE_WORDS = 6
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
        regex = None if where == "computed" else re.compile(pattern, re.IGNORECASE)
        if where == "computed" and pattern not in _COMPUTED:
            raise ValueError(f"kinds.txt:{number}: unknown measure {pattern!r}")
        out.append(Rule(kind, where, pattern, float(weight), why, int(count or 1), regex))
    return tuple(out)


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
        count = sum(1 for m in _FIRST_PERSON_RE.finditer(doc.text) if doc.quote_at(m.start()) is None)
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


def _few_words(doc: Document, fields: dict[str, str]) -> str | None:
    return f"{doc.word_count} words" if doc.word_count < FEW_WORDS else None


def _short_lines(doc: Document, fields: dict[str, str]) -> str | None:
    lines = [ln for ln in doc.text.split("\n") if ln.strip()]
    if len(lines) < SHORT_LINES_MIN:
        return None
    short = sum(1 for ln in lines if len(ln.split()) <= SHORT_LINE_WORDS and not ln.rstrip().endswith((".", "!", "?", ":")))
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
    "short_lines": _short_lines,
    "no_byline_no_date": _no_byline_no_date,
    "self_published": _self_published,
    "agency_credit": _agency_credit,
}


def classify(doc: Document) -> Kind:
    """The kind of a prepared document, with the cues that decided it."""
    text = doc.text
    fields = {
        "title": doc.title,
        "url": _path(doc.url),
        "host": _host(doc.url),
        "head": text[:HEAD_CHARS],
        "tail": text[-HEAD_CHARS:],
        "text": text,
        "author": doc.author,
        "outlet": doc.outlet,
        "page_type": doc.page_type,
    }
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
            if rule.min_count > 1:
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
