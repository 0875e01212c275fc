"""(sources15) A name, then an apposition between commas, then a verb of saying: "Marta
Lindqvist, a retired ferry pilot, said ...", "Tomas Berg, who runs a bakery on the quay, told
...". The source phrase `source_window.source_before` reads before such a verb is the apposition
(a comma right before the verb keeps it), and the name before it is the speaker: the source is
named, with a role. (claims40) The name may open with its article or a title ("The King's Fund,
a think tank, said", "Dr Ann Lee, a GP, said"), hold a possessive, and, opening the sentence
before an apposition that opens with an article, be one word ("Oxfam, the charity, said"). The reverse order ("said Marta Lindqvist, a retired ferry pilot") is read by
the source after the verb, which stops at the comma and holds the name already.

Called in one line from `xlplugin.cues` (`_offer_reporting_verb`).
"""

from __future__ import annotations

import re

from .source_window import Words
from .phrases import words

__all__ = ["appositive_name"]

# Words that open a relative clause in apposition ("Tomas Berg, who runs a bakery, said").
_RELATIVES = frozenset(("who", "whose"))
# The most words a name before an apposition may have ("Anna Maria de la Cruz" is five: the
# lower-case particles count).
NAME_MAX_WORDS = 5
_NAME_PARTICLES = frozenset(("de", "la", "van", "von", "der", "da", "di", "le", "du", "bin", "al"))
# (claims40) Words that may open a name without being its name: the article of a body's name
# ("The King's Fund", "The Resolution Foundation") and the titles of address ("Dr Ann Lee").
_NAME_OPENERS = frozenset(("the", "mr", "mrs", "ms", "dr"))
# (claims40) A possessive inside a body's name ("The King's Fund", "St John's Ambulance").
_POSSESSIVE_RE = re.compile(r"['\u2019]s$")


# (claims40) Words that open a sentence before a comma and are no one's name: times and sentence
# adverbs ("Yesterday, the council, ..." is no body called Yesterday): attribution.txt.
_NOT_ONE_WORD_NAMES = words("attribution.txt", "time_phrase_words") | words("attribution.txt", "appositive_non_name_words")


def _name_word(t: str) -> bool:
    """Is `t` a capitalised word a name may hold ("Lindqvist", "Smith-Jones", "St.", "King's")?"""
    return t[:1].isupper() and _POSSESSIVE_RE.sub("", t).replace("-", "").replace(".", "").isalpha()


def _one_word_name(text: str, w: Words, k: int, first: int, not_names: frozenset[str],
                   generic: frozenset[str]) -> bool:
    """(claims40) Is the one capitalised word `k`, opening the sentence, a body's or a person's
    name before the apposition at `first` ("Oxfam, the charity, said", "Unison, the health union,
    told")? The apposition opens with an article and says what the name is; the word is no
    listed non-name ("However", "Meanwhile"), no adverb in -ly ("Separately"), no time word and no
    source noun ("Officials")."""
    texts, lowers = w.texts, w.lowers
    lw = lowers[k]
    return k == 0 and lowers[first] in ("the", "a", "an") and lw not in not_names and lw not in generic \
        and lw not in _NOT_ONE_WORD_NAMES and not lw.endswith("ly") and texts[k].isalpha() and len(texts[k]) > 1


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
        if not (_name_word(t) or lowers[k] in _NAME_PARTICLES):
            if relative and name and t[:1].islower():
                break  # the name ends after a lower-case word ("is", "include", "among")
            return []
        name.append(k)
        if k == 0 or any(c in text[ends[k - 1]:starts[k]] for c in ",;:"):
            break
        k -= 1
    else:
        return []
    if len(name) > 1 and lowers[name[-1]] in _NAME_OPENERS:
        name_proper = name[:-1]  # (claims40) "The King's Fund", "Dr Ann Lee": the name after its article or title
    else:
        name_proper = name
    top = name_proper[-1]
    capitals = [j for j in name_proper if texts[j][:1].isupper()]
    if len(name) == 1 and _one_word_name(text, w, name[0], first, not_names, generic):
        return name  # (claims40) "Oxfam, the charity, said"
    if len(capitals) == 1 and top == capitals[0] and _given_in_full_before(text, w.starts[top], texts[top]) \
            and lowers[top] not in not_names and lowers[top] not in generic:
        return name  # (sources21) "Ferris, the only Republican to back the bill, told": "Senator Joan Ferris" before
    if len(capitals) < 2 or not texts[top][:1].isupper() or lowers[top] in not_names or lowers[top] in generic \
            or any(lowers[j] in not_names for j in capitals):
        return []
    return name
