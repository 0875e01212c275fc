"""A trade named only as a group: "nutritionists say", "doctors say", "scientists believe", "their
doctors told them" (sources7).

Such a source is as vague as "experts say": a reader cannot ask anyone. Both the attribution
pass's sourced kinds (provenance's "named sources with roles") and its weasel kind (unsourced
claims) come from this one rule in `xlplugin.cues._classify`, so the two signals read the group
alike. The group is a source when something tells the reader which of them spoke: a name in the
phrase ("two doctors at St Mary's"), an institution ("the hospital's doctors", "Harvard
researchers": `xlplugin.institutions`) or a number before the noun ("two doctors told the BBC").
A possessive pronoun ("their doctors") does not.

(sources19) Kinds of institution named only in the plural ("This has been confirmed by the banks",
"according to the authorities", "the regulators said": attribution.txt [body_plural_words]) are
read by the same rule: many bodies, no one a reader could ask, unless a name, an institution or a
number says which ("two banks", "UK regulators"). One body stays a source ("the bank said").

The trades: attribution.txt [profession_words], and any plural noun ending in -ists or -ians
("physiotherapists", "paediatricians"): an unlisted one at the start of a sentence was read as a
name ("Nutritionists say": the first-word rule takes an unknown capitalised word for one).
"""

from __future__ import annotations

from functools import lru_cache

from .institutions import institution_member, is_acronym
from .phrases import words
from .source_window import Words

__all__ = ["is_trade_group", "names_which", "post_source"]

DATA_FILE = "attribution.txt"
# Endings of a plural trade noun not listed ("physiotherapists", "paediatricians"); a word this
# long with one is no surname or first name in English news.
TRADE_SUFFIXES = ("ists", "ians")
TRADE_MIN_LENGTH = 7
_NUMBERS = frozenset("two three four five six seven eight nine ten eleven twelve dozen dozens several".split())


@lru_cache(maxsize=1)
def _sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """([profession_words], the role and organisation words, [platform_words]), looked up once
    (together: the rules for a group named by its trade and for a post read them)."""
    return (words(DATA_FILE, "profession_words") | words(DATA_FILE, "body_plural_words"),
            words(DATA_FILE, "role_words") | words(DATA_FILE, "organisation_words"), words(DATA_FILE, "platform_words"))


def is_trade_group(lw: str) -> bool:
    """Is the lower-case word `lw` a trade named as a group ([profession_words], or a plural noun
    ending in TRADE_SUFFIXES), or (sources19) a kind of institution named only in the plural
    ([body_plural_words]: "the banks", "the authorities")?"""
    return lw in _sets()[0] or len(lw) >= TRADE_MIN_LENGTH and lw.endswith(TRADE_SUFFIXES)


def names_which(w: Words, idxs: list[int], head: int, not_names: frozenset[str], pronouns: frozenset[str]) -> str | None:
    """What tells which members of the trade group at `head` spoke, among the source phrase's
    words `idxs`: "named" (a capitalised word after the sentence's first, no listed non-name:
    "two doctors at St Mary's"), "role" (an institution: "Harvard researchers"; a possessive noun
    before the trade, no pronoun: "the hospital's doctors"; a number before it: "two doctors"), or
    None ("their doctors", "nutritionists"). `pronouns`: the words a possessive "'s" may end that
    are no noun ("one's", "it's")."""
    texts, lowers = w.texts, w.lowers
    if institution_member(w, head, not_names):
        return "role"
    found = None
    for k in idxs:
        if k == head:
            continue
        lw = lowers[k]
        if texts[k][:1].isupper() and lw not in not_names and (k > 0 or is_acronym(texts[k])):
            return "named"  # ("NHS doctors said": an acronym opening the sentence is a name)
        if k < head and (lw in _NUMBERS or lw[:1].isdigit() or lw.endswith(("'s", "\u2019s")) and lw[:-2] not in pronouns):
            found = "role"  # "two doctors", "the hospital's doctors" (not "its", "one's")
    return found



_POSSESSIVE_ENDS = ("'s", "\u2019s")




# The words that open a post's noun phrase when it names no one ("a viral post", "one tweet",
# "some videos"); "the video shows" refers to a post the text has shown or named, and is left to
# the other rules (no source, as "the footage shows").
_POST_OPENERS = frozenset("a an one another some many several numerous multiple countless".split())


def post_source(w: Words, idxs: list[int], head: int, not_names: frozenset[str]) -> str | None:
    """The kind of source of a phrase `idxs` (descending) whose head, at `head`, is a post
    (attribution.txt [post_words]: "a viral post says", "a Facebook post claims"; sources9):
    "named" when a capitalised word, no platform's name ([platform_words]), says whose post it
    is ("Trump's post", "a Trump tweet", "the White House's tweet"), "role" when a role's or an
    institution's possessive does ("the ministry's post"), "weasel" for a post that names no one
    (an indefinite one, "a viral post", or a bare plural, "Viral posts say": the platform's name
    is no source), None for any other phrase ("the video shows", "She sent a tweet saying"),
    which the other rules read."""
    texts, lowers = w.texts, w.lowers
    _, owners, platforms = _sets()
    for k in idxs:  # whose post: "Trump's post", "the ministry's post"
        if k != head and lowers[k].endswith(_POSSESSIVE_ENDS):
            owner = lowers[k][:-2]
            if texts[k][:1].isupper() and owner not in not_names and owner not in platforms:
                return "named"
            if owner in owners:
                return "role"
    first = idxs[-1]
    if first == head and head > 0 and not lowers[head].endswith("s"):
        return None  # (a bare singular inside a sentence: "his “punch” tweet calling it": whose, said before)
    if first != head and lowers[first] not in _POST_OPENERS and lowers[first] not in platforms:
        return None
    for k in idxs:  # "a Trump tweet"; not "Viral posts say" (a capitalised first word alone)
        if k != head and k > 0 and texts[k][:1].isupper() and lowers[k] not in not_names and lowers[k] not in platforms:
            return "named"
    return "weasel"
