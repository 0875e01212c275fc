"""A named institution's unnamed members as a source: "Harvard researchers said", "Pentagon
officials said", "White House officials said".

The members are not named, but the institution is: a reader can ask it, as for "the Pentagon
said" or "a Google spokesperson said" (a source by role, `xlplugin.cues`). The same noun with no
institution before it ("officials said", "researchers said") stays vague, and a nationality, a
party or a place before it names no institution ("Chinese officials", "Republican strategists",
"Texas officials": prose.txt [capitalised_adjectives], attribution.txt [place_words]).

Used by `xlplugin.cues`, `_classify`; the member nouns are attribution.txt [member_words].
At the start of a sentence a capitalised word may be any adjective ("Senior officials said",
"Local officials said"), so there the institution counts only when its name is two capitalised
words ("White House officials said"), an acronym ("NATO officials said", "FBI agents") or a
one-word institution name of attribution.txt [institution_name_words] ("Pentagon officials
said", "Kremlin officials said": a name, never an adjective), or (sources9) any other one-word
name that cannot be a common word qualifying the group (`may_qualify`: "Harvard researchers
said", "Stanford scientists said" name their institution; "Senior officials", "Independent
researchers", "Health officials", "Company officials" stay vague). Blind spot: an institution
whose one-word name is spelled like a common modifier or ends like an adjective ("Boeing
engineers said", "Imperial researchers said") stays vague opening a sentence.
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon import load_sections
from .phrases import words
from .publications import is_place
from .source_window import Words

__all__ = ["institution_member", "institution_before", "is_acronym", "may_qualify"]

DATA_FILE = "attribution.txt"


# Endings of English adjectives and participles ("Senior", "Federal", "Independent", "Leading",
# "Concerned", "Congressional"): a capitalised word opening a sentence with one of them may
# qualify the group ("Independent researchers said"), and is not read as an institution's name.
ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ior", "ent", "ant", "ary", "ory", "ern", "ed", "ing", "ese",
                     "ish", "ful", "less", "ble", "est", "ian", "ean", "i")
# ("-i": nationalities, "Saudi officials", "Qatari officials", "Yemeni officials")


@lru_cache(maxsize=1)
def _sets() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """([member_words], the capitalised adjectives of prose.txt, [institution_name_words], the
    common words that may qualify a group of members: [group_modifier_words] and the source
    nouns of attribution.txt, "Company officials", "Police officials", the kind of an
    institution, not its name), looked up once."""
    adjectives = frozenset(w for entry in load_sections("prose.txt")["capitalised_adjectives"] for w in entry.split())
    modifiers = words(DATA_FILE, "group_modifier_words") | words(DATA_FILE, "organisation_words") \
        | words(DATA_FILE, "role_words") | words(DATA_FILE, "weasel_source_words")
    return words(DATA_FILE, "member_words"), adjectives, words(DATA_FILE, "institution_name_words"), modifiers


def may_qualify(name: str) -> bool:
    """Can the lower-cased word `name`, capitalised as a sentence's first word before a member
    noun, be a common word that qualifies the group ("Senior officials", "Health officials",
    "Independent researchers", "Company officials") rather than an institution's name
    ("Harvard researchers", "Stanford scientists")? A word of [group_modifier_words] or a
    source noun (`_sets`), a word with an adjective's ending (ADJECTIVE_ENDINGS), a
    number or a word with no letters."""
    return name in _sets()[3] or name.endswith(ADJECTIVE_ENDINGS) or not name.isalpha()


def institution_member(w: Words, head: int, not_names: frozenset[str]) -> bool:
    """Is the word at `head` a member noun ([member_words]: "officials", "researchers") right
    after the name of an institution ("Harvard researchers", "Pentagon officials", "Google's
    engineers"), a space between? The name: a capitalised word that is no listed non-name, no nationality,
    party or region ([capitalised_adjectives]) and no place (`is_place`); as the sentence's
    first word only with a capitalised word before the member noun after it ("White House"), or
    when it is an acronym, a word of [institution_name_words] ("NATO", "Pentagon") or a word that
    cannot qualify the group (`may_qualify`: "Harvard", not "Senior")."""
    return w.lowers[head] in _sets()[0] and institution_before(w, head, not_names)


def institution_before(w: Words, head: int, not_names: frozenset[str]) -> bool:
    """(claims56) Does the name of an institution end right before the word at `head`, a space
    between, by the tests of `institution_member` (whatever the word at `head` is)?"""
    _, adjectives, names, _ = _sets()
    texts, lowers = w.texts, w.lowers
    k = head - 1
    if head < 1 or not texts[k][:1].isupper() or w.ends[k] + 1 != w.starts[head]:
        return False  # (a space between: "Mr. Obama, officials said" names no institution)
    name = lowers[k]
    for end in ("'s", "\u2019s"):
        name = name.removesuffix(end)
    if name in not_names or name in adjectives or name.rstrip(".") in adjectives or _place_ends_at(w, k):
        return False
    first = k
    while first > 0 and texts[first - 1][:1].isupper() and lowers[first - 1] not in not_names:
        first -= 1
    return first > 0 or k > 0 or name in names or is_acronym(texts[k][:len(name)]) or not may_qualify(name)


def is_acronym(text: str) -> bool:
    """Is `text` an acronym (two to five capitals: "NATO", "FBI"), which no adjective is?"""
    return 2 <= len(text) <= 5 and text.isupper() and text.isalpha()


def _place_ends_at(w: Words, k: int) -> bool:
    """Does a place (`is_place`) end at the word `k` ("Texas", "New York")?"""
    return any(is_place(Words(w.texts[j:k + 1], w.lowers[j:k + 1], [], []), 0) == k + 1 - j
               for j in range(max(0, k - 2), k + 1))
