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
