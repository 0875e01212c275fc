"""(sources15) A name, then an apposition between commas, then a verb of saying: "Marta
Lindqvist, a retired ferry pilot, said ...", "Tomas Berg, who runs a bakery on the quay, told
...". The source phrase `source_window.source_before` reads before such a verb is the apposition
(a comma right before the verb keeps it), and the name before it is the speaker: the source is
named, with a role. The reverse order ("said Marta Lindqvist, a retired ferry pilot") is read by
the source after the verb, which stops at the comma and holds the name already.

Called in one line from `xlplugin.cues` (`_offer_reporting_verb`).
"""

from __future__ import annotations

import re

from .source_window import Words

__all__ = ["appositive_name"]

# Words that open a relative clause in apposition ("Tomas Berg, who runs a bakery, said").
_RELATIVES = frozenset(("who", "whose"))
# The most words a name before an apposition may have ("Anna Maria de la Cruz" is five: the
# lower-case particles count).
NAME_MAX_WORDS = 5
_NAME_PARTICLES = frozenset(("de", "la", "van", "von", "der", "da", "di", "le", "du", "bin", "al"))


def _comma_before(text: str, w: Words, k: int) -> bool:
    """Is there a comma between word `k - 1` and word `k`?"""
    return "," in text[w.ends[k - 1]:w.starts[k]]


def _given_in_full_before(text: str, at: int, surname: str) -> bool:
    """(sources21) Did the text name `surname` in full before offset `at` (a capitalised word right
    before it: "Senator Joan Ferris", "Dr Ellen Marsh")? Then the surname alone names that person,
    as news style writes it after the first mention."""
    return re.search(r"\b[A-Z][\w'\u2019.-]*[ \t]+" + re.escape(surname) + r"\b", text[:at]) is not None


def appositive_name(text: str, w: Words, idxs: list[int], verb: int, not_names: frozenset[str],
                    generic: frozenset[str]) -> list[int]:
    """The positions (descending) of the name before the apposition `idxs` (the source phrase of
    the verb at `verb`, descending), or [] when there is none: the apposition stands between
    commas, right before the verb, and opens with a lower-case word ("a retired ferry pilot",
    "the club's captain", "who runs a bakery"); before its comma stand two to NAME_MAX_WORDS
    words of a name (capitalised, no listed non-name or source noun first: not "On Monday, a
    spokesman said", "Meanwhile, officials said"; sources21: or one surname the text gave in full
    before, `_given_in_full_before`: "Ferris, the only Republican to back the bill, told"), opening the sentence or after a comma, a
    colon or a semicolon ("Sales fell, Tomas Berg, a baker, said"), or, when "who" stands before the
    verb, after a lower-case word ("Among them is Ana Ruiz, a planner, who said": attrib16)."""
    if not idxs:
        return []
    texts, lowers, starts, ends = w
    first = idxs[-1]
    if first > 0 and lowers[first - 1] in _RELATIVES:
        first -= 1  # (a relative may end the window's look back: "who" is a clause opener)
    # (attrib16) with a relative before the verb ("..., who said") the name may stand after a
    # verb or a preposition: "Among them is Ana Ruiz, a planner at the county, who said",
    # "Critics include Ana Ruiz, a planner, who said": the relative clause is the name's
    relative = lowers[idxs[0]] in _RELATIVES or any(lowers[k] in _RELATIVES for k in range(idxs[0] + 1, verb))
    if first < 1 or not texts[first][:1].islower() or not _comma_before(text, w, first) \
            or "," not in text[ends[idxs[0]]:starts[verb]]:
        return []
    name: list[int] = []
    k = first - 1
    while k >= 0 and len(name) < NAME_MAX_WORDS:
        t = texts[k]
        if not (t[:1].isupper() and t.replace("-", "").replace(".", "").isalpha() or lowers[k] in _NAME_PARTICLES):
            if relative and name and t[:1].islower():
                break  # the name ends after a lower-case word ("is", "include", "among")
            return []
        name.append(k)
        if k == 0 or any(c in text[ends[k - 1]:starts[k]] for c in ",;:"):
            break
        k -= 1
    else:
        return []
    top = name[-1]
    capitals = [j for j in name if texts[j][:1].isupper()]
    if len(capitals) == 1 and top == capitals[0] and _given_in_full_before(text, w.starts[top], texts[top]) \
            and lowers[top] not in not_names and lowers[top] not in generic:
        return name  # (sources21) "Ferris, the only Republican to back the bill, told": "Senator Joan Ferris" before
    if len(capitals) < 2 or not texts[top][:1].isupper() or lowers[top] in not_names or lowers[top] in generic \
            or any(lowers[j] in not_names for j in capitals):
        return []
    return name
