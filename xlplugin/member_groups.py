"""(claims56) Who said it, when the source is a group of people named by a body and a role noun, or
a document or a message named by its owner's possessive.

- A body's members (`body_members`): a group named by an institution's name and a noun of its
  people ("Ford workers said", "Toyota employees said", "Pfizer lawyers said"), or by the kind of
  one body a report is about and the people who speak for it ("City officials said", "school
  officials said": attribution.txt [body_kind_words], [body_official_words]), is a source by
  role, as "workers at Ford said" (misread_sources.employer_after_group) and "a Glasgow nurse
  said" (placed_role) are: the body is named, its people are not. Before, the reading hung on
  the place in the sentence: opening it, "Ford workers said" was no source and "Apple executives
  said" one by role; after a comma or a number both were named ("Two Ford workers said"). People
  who speak for the body itself ([body_voice_words]: "Apple spokesmen said") are the body
  speaking, named, as "an Apple spokesman said" and "Spokesmen at Apple said" are.
- A document or a message owned by a possessive and followed by a phrase of its own ("Smith's
  letter to parents says", "Amnesty's report on the camps says": `owned_thing_head`) has that
  document for its head, not the last word before the verb ("parents", "camps"); and one owned
  by a name (`owned_by_name`: "Ford's filing says", "Smith's statement says") is its owner's
  word, a named source, as "Ford said" is (before: a document source, or none). "The company's
  filing", "the mayor's statement" keep their reading (a document: no name owns it).

Blind spot: an institution whose one-word name ends like an adjective or a participle and opens
the sentence ("Boeing engineers said") still reads as a group a common word qualifies (vague):
see xlplugin/institutions.py.
"""

from __future__ import annotations

from functools import lru_cache

from .institutions import institution_before
from .phrases import words
from .source_window import Words

__all__ = ["body_members", "owned_thing_head", "owner_at", "owned_by_name", "owned_by_office"]

DATA_FILE = "attribution.txt"
_POSSESSIVE_ENDS = ("'s", "\u2019s", "s'", "s\u2019")


@lru_cache(maxsize=1)
def _sets() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(the nouns of a body's people: [member_words] and the plurals of [role_words]; the body's
    voices, [body_voice_words]; [body_kind_words]; [body_official_words]; [nationality_words]),
    read once."""
    plural_roles = frozenset(r for r in words(DATA_FILE, "role_words") if r.endswith(("s", "men")) and not r.endswith("ss"))
    voices = words(DATA_FILE, "body_voice_words")
    return (words(DATA_FILE, "member_words") | plural_roles | voices, voices,
            words(DATA_FILE, "body_kind_words"), words(DATA_FILE, "body_official_words"), words(DATA_FILE, "nationality_words"))


def body_members(w: Words, head: int, not_names: frozenset[str]) -> tuple[str, bool] | None:
    """The kind of source of a group whose lower-case plural noun at `head` names a body's people
    after the body ("Ford workers", "Pfizer lawyers", "City officials"; see the module's doc):
    ("named", True) for people who speak for a body named before them ("Apple spokesmen"),
    ("role", True) otherwise; None where no body is named right before the noun."""
    lh = w.lowers[head]
    members, voices, kinds, officials, nations = _sets()
    if head < 1 or not w.texts[head][:1].islower():
        return None
    if lh in members and w.lowers[head - 1] not in nations and institution_before(w, head, not_names):
        # (a nation's or a compass word is no body: "South diplomats", "the top diplomats from South Korea")
        return ("named" if lh in voices else "role"), True
    if lh in officials and w.lowers[head - 1] in kinds and w.ends[head - 1] + 1 == w.starts[head]:
        return "role", True  # "City officials said", "company spokesmen said": the kind names no body
    return None


def owned_thing_head(lowers: list[str], idxs: list[int], head: int | None, things: frozenset[str],
                     prepositions: frozenset[str]) -> int | None:
    """The head of a source phrase read before its verb (`idxs` descending, `head` its first): a
    word of `things` (documents, messages, adverts, posts) right after a possessive and right
    before a preposition ("Smith's letter to parents says", "Amnesty's report on the camps
    says"), the first such in the phrase; else `head`. The words after the preposition say to
    whom or about what, not who speaks."""
    if head is None or len(idxs) < 3 or idxs[0] < idxs[-1]:
        return head
    for k in range(idxs[-1] + 1, head - 1):
        if lowers[k] in things and lowers[k + 1] in prepositions and owner_at(lowers, k, idxs[-1]) is not None:
            return k
    return head


def owner_at(lowers: list[str], head: int, first: int) -> int | None:
    """The position of the possessive that owns the word at `head`, right before it or one
    lower-case word before it ("Smith's letter", "Smith's open letter"), not before the phrase's
    first word `first`; else None."""
    for k in (head - 1, head - 2):
        if k < first or k < 0:
            return None
        if lowers[k].endswith(_POSSESSIVE_ENDS):
            return k
        if not lowers[k].isalpha():
            return None
    return None


def _stem(owner: str) -> str:
    """"smith" for "smith's" and "smiths'"."""
    return owner[:-2] if owner[-1] == "s" and owner[-2] in "'\u2019" else owner[:-1]


def owned_by_name(texts: list[str], lowers: list[str], head: int, first: int, not_names: frozenset[str],
                  common: frozenset[str]) -> bool:
    """Is the thing at `head` owned by a capitalised possessive name (`owner_at`: "Ford's
    filing", "Ford's annual report", "NASA's report"), not before the phrase's first word
    `first`? The owner: letters only before the possessive, no word of `not_names` or `common`
    (listed non-names, source nouns, time words: "Today's report", "The Company's filing" at the
    sentence's start). A sentence's first word counts too ("Smith's statement says"), as
    cues.possessive_name_first reads it."""
    k = owner_at(lowers, head, first)
    if k is None or not texts[k][:1].isupper():
        return False
    owner = lowers[k]
    stem = _stem(owner)
    return stem.isalpha() and stem not in not_names and owner not in not_names and stem not in common and owner not in common


def owned_by_office(lowers: list[str], head: int, first: int, offices: frozenset[str]) -> bool:
    """Is the thing at `head` owned by the possessive of a noun of `offices` (roles and
    organisations: "the mayor's letter", "the council's letter to residents")? Then it is that
    office's paper, a document source as "the mayor's statement" is."""
    k = owner_at(lowers, head, first)
    return k is not None and _stem(lowers[k]) in offices
