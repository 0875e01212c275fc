"""(cues23) A source named before a relative clause that sits between it and its verb of saying:
"Councillor Dean Morris, who voted against the plan, said ...", "Lloyds, which closed the most
branches in the county, said in a statement ...". The clause opens after a comma with "who",
"which" or "whose" and ends with a comma right before the verb; the source is read before the
clause as it would be right before the verb."""

from __future__ import annotations

from .source_window import Words

__all__ = ["RELATIVE_REACH", "relative_clause_start"]

RELATIVE_REACH = 16  # words back from the verb searched for the relative word
_RELATIVES = frozenset(("who", "which", "whose"))
_CLAUSE_STOPS = frozenset(";:\"\u201c\u201d()")


def relative_clause_start(text: str, w: Words, i: int) -> int | None:
    """The word index of "who", "which" or "whose" opening a relative clause between commas that
    ends right before the verb of saying at `i`, or None."""
    if i < 3 or "," not in text[w.ends[i - 1]:w.starts[i]]:
        return None
    lowers = w.lowers
    for k in range(i - 2, max(0, i - RELATIVE_REACH) - 1, -1):
        gap = text[w.ends[k]:w.starts[k + 1]]
        if any(c in _CLAUSE_STOPS for c in gap):
            return None
        if lowers[k] in _RELATIVES:
            return k if k > 0 and "," in text[w.ends[k - 1]:w.starts[k]] else None
    return None
