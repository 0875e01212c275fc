"""(kinds16) An opening credit naming where a text was taken from.

"Courtesy of Forests News" on a line of its own at the top says what "This article first appeared
on ..." says: the text is a copy, its original is elsewhere. The kinds rule already reads it (data/
kinds.txt, wire or syndicated copy, head: "courtesy of" opening a line in the first
kinds.HEAD_CHARS characters); the provenance cue "repost markers" reads the same lines here, so a
page labelled wire copy for its credit also pays the repost cost. "Republished courtesy of",
"article courtesy of" anywhere are phrases of [repost_contains] (data/provenance.txt).

A photo's credit does not open its line with the words ("Photo courtesy of NASA", "Image:
courtesy of ...": photo_credit_contains); a credit line is short (a name, not a sentence:
CREDIT_LINE characters at most).
"""

from __future__ import annotations

import re

HEAD_CHARS = 600  # as kinds.HEAD_CHARS: the head the kinds rule reads
CREDIT_LINE = 100
OPENING = "courtesy of"


def opening_credits(lower: str) -> list[tuple[int, int]]:
    """(start, end) of each line of `lower` (the lower-cased text) that opens with "courtesy of"
    and a name within the first HEAD_CHARS characters, CREDIT_LINE characters at most. One
    str.find per occurrence of the words in the head: nothing else is searched."""
    out = []
    i = lower.find(OPENING, 0, HEAD_CHARS)
    while i >= 0:
        s = lower.rfind("\n", 0, i) + 1
        e = lower.find("\n", i)
        e = len(lower) if e < 0 else e
        name = lower[i + len(OPENING) : e].strip()
        if lower[s:i].strip(" \t") == "" and name and e - s <= CREDIT_LINE:
            out.append((s, e))
        i = lower.find(OPENING, i + 1, HEAD_CHARS)
    return out


# (credit16) A repost line that names its original is a credit, not a mark against the copy:
# "Originally published by Harbour Wire Service. Republished with permission." tells a reader
# where to check the text, which an uncredited copy does not (copies.REPRINT_KIND is shown, not
# counted). The repost markers cue counts only a line that names no original: nothing after the
# marker ("Source:", "Originally published 3 March"), or only a platform or "the internet"
# ("Source: internet", "via: Facebook"), which says where the text was picked up, not who wrote it.
_WORD = r"[A-Z][\w&'@-]*(?:\.[\w&'@-]+)*"
_NAME_RE = re.compile(_WORD + r"(?:[ \t]+(?:(?:of|the|and|for|&|de|du)[ \t]+)?" + _WORD + ")*")
_WEB_RE = re.compile(r"https?://[^\s)\]>\"']+|www\.[^\s)\]>\"']+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", re.IGNORECASE)
# What may stand between the marker and the name: "Originally published by the ...", "Source: ".
_LEAD_RE = re.compile(r"[\s:,\u2013\u2014-]*(?:(?:by|from|on|in|at|of|via)\b[\s:]*)?(?:the\s+)?", re.IGNORECASE)
# Where a text was picked up, not who wrote it: a name made only of these words names no original.
PICKED_UP_FROM = frozenset({
    "internet", "the", "web", "online", "social", "media", "facebook", "twitter", "x", "whatsapp", "telegram",
    "reddit", "google", "youtube", "tiktok", "instagram", "unknown", "anonymous", "various", "sources", "source",
    "n/a", "net", "viral", "email", "forwarded",
})


# (byline18) A repost marker says where this text came from: it opens its line ("Originally
# published by ...") or has the text itself as its subject ("This article first appeared in ...").
# In a relative clause it says where some other thing came from: a fact check's "The post, which
# first appeared on 11 January, shows ...", "a video that was first published on TikTok" describe
# the claim being checked, not this text's origin (kinds.txt's wire-copy pattern reads it the same).
_RELATIVE_BEFORE_RE = re.compile(r"\b(?:which|that|who)(?:[ \t]+(?:was|were|is|had|has|have)(?:[ \t]+been)?)?[ \t]*$")


def in_relative_clause(lower: str, at: int) -> bool:
    """Does the marker phrase starting at `at` in `lower` (the lower-cased text) follow a relative
    pronoun on its line ("the post, which first appeared", "a clip that was originally published")?"""
    s = max(lower.rfind("\n", 0, at) + 1, at - 40)
    return _RELATIVE_BEFORE_RE.search(lower[s:at]) is not None


def _markers() -> tuple[str, ...]:
    from .furniture import sections  # the [repost_contains] phrases (furniture imports this module)
    return (*sections()["repost_contains"], OPENING)


def credited_original(line: str, markers: tuple[str, ...] | None = None) -> str:
    """The original a repost line names right after a marker phrase (and a "by", "from", "on" or
    "the"): a web address or a capitalised name that is not only a platform (PICKED_UP_FROM),
    or "" where it names none. `markers`: the phrases looked for (default: every repost marker;
    syndic30: `aggregator_copies` asks only for those that say the text is a copy)."""
    lower = line.lower()
    for marker in markers or _markers():
        i = lower.find(marker)
        if i < 0:
            continue
        at = _LEAD_RE.match(line, i + len(marker)).end()
        web = _WEB_RE.match(line, at)
        if web:
            return web.group().rstrip(".")
        name = _NAME_RE.match(line, at)
        if name and any(w.strip(".'") not in PICKED_UP_FROM for w in name.group().lower().replace("&", " ").split()):
            return name.group().rstrip(".")
    return ""
