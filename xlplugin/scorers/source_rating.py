"""Source rating: the user's own rating of the outlet or domain, joined by URL or outlet name.

Measures nothing in the text: it looks up the row's URL domain (and its parent domains) and then
its outlet name in the ratings table the user supplied (a Sources sheet or CSV: domain, rating,
rater). Nothing is built in: with no table, or no match, it is empty with a note.
Native value: the rating as supplied, 0..1 (higher = rated more reliable by the rater).
Normalised score: the same number.
Evidence: none in the text; the note names the matched domain or outlet and the rater.
Blind spots: rates outlets, not articles; inherits whatever the chosen rater believes.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from ..settings import Settings
from ..text import Document
from ..types import Score

NAME = "source_rating"
VERSION = "1"
UNIT = "rating 0..1 (your table)"


def domain_of(url: str) -> str:
    """The host of a URL without "www." ("" when there is none)."""
    url = url.strip()
    if not url:
        return ""
    if "//" not in url:
        url = "//" + url
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def score(doc: Document, settings: Settings) -> Score:
    ratings = settings.ratings
    if not ratings:
        return Score(NAME, None, None, UNIT, note="no source ratings supplied")
    candidates = []
    host = domain_of(doc.url)
    parts = host.split(".")
    candidates += [".".join(parts[i:]) for i in range(len(parts) - 1)] if host else []
    if doc.outlet.strip():
        candidates.append(doc.outlet.strip().lower())
    for key in candidates:
        if key in ratings:
            rating, rater = ratings[key]
            note = f"{key}: rated {rating:g}" + (f" by {rater}" if rater else "")
            return Score(NAME, rating, rating, UNIT, note=note, details={"matched": key, "rater": rater})
    return Score(NAME, None, None, UNIT, note="no rating for this source in your table")
