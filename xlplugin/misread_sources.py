"""Source phrases the attribution pass misread (sources10), as classes; each rule has its words in
data/attribution.txt and is called in one line from `xlplugin.cues`.

- A capitalised word right before a verb of saying is not always the source's name
  (`misread_head`): the place of a population ("the people of Eastbank, who told us": a vague
  group, [population_words]); the platform a post was shared on ("a post shared 40,000 times on
  Facebook claims": the post is the source, vague unless a name says whose, `groups.post_source`);
  the topic after "about" ("an article on 3 June about the closure of Hillside Leisure Centre
  said": the article is the source, a document without a name).
- A verb of saying before "nothing" reports no words (`says_nothing`: "the tins say nothing about
  lead"), as a negated one does.
- A reporting word that is also a noun, after a determiner and one modifier that cannot be a
  plural subject, is the noun (`noun_after_article`: "headed in a corner at the near post").
"""

from __future__ import annotations

from functools import lru_cache

from .groups import _sets as group_sets
from .groups import post_source
from .misread_sayings import crowd_on_platform
from .phrases import words
from .source_window import DETERMINERS, Words

__all__ = ["misread_head", "says_nothing", "noun_after_article", "plural_of_people", "NOTHING_WORDS"]

DATA_FILE = "attribution.txt"

# Prepositions before a platform's name: "on Facebook", "across TikTok", "via WhatsApp".
_PLATFORM_PREPOSITIONS = frozenset("on in across via".split())
# A month or a day before "about" is a date ("an article on 3 June about ..."), no source.
_DATE_WORDS = frozenset("january february march april may june july august september october november december "
                        "monday tuesday wednesday thursday friday saturday sunday".split())


@lru_cache(maxsize=1)
def _population() -> frozenset[str]:
    return words(DATA_FILE, "population_words")


# [nothing_object_words], read once: `cues` asks `NOTHING_WORDS` about the word after a verb of
# saying before it calls `says_nothing` (one set test instead of a call for most verbs).
NOTHING_WORDS = words(DATA_FILE, "nothing_object_words")


def misread_head(w: Words, idxs: list[int], head: int, not_names: frozenset[str]) -> tuple[str, bool] | None:
    """The kind of source of the phrase `idxs` (descending) whose capitalised head at `head` (>0)
    is no source's name (see the module's doc), or None: the head reads as a name, as before."""
    lowers, texts, first = w.lowers, w.texts, idxs[-1]
    k = head
    while k - 1 >= first and texts[k - 1][:1].isupper():
        k -= 1  # the first word of a name of several ("Upper Stow")
    before = lowers[k - 1] if k - 1 >= first else ""
    if before == "of" and k - 2 >= first and lowers[k - 2] in _population():
        return "weasel", False  # "the people of Eastbank": which of them?
    if before in _PLATFORM_PREPOSITIONS and lowers[head] in group_sets()[2]:
        return _post_on_platform(w, idxs, head, not_names)
    if "about" in lowers[idxs[-1]:head]:
        return _topic_after_about(w, idxs, not_names)
    return None


def _post_on_platform(w: Words, idxs: list[int], head: int, not_names: frozenset[str]) -> tuple[str, bool] | None:
    """"A post shared 40,000 times on Facebook claims": the post (attribution.txt [post_words])
    before the platform's name is the source, read by `groups.post_source`; a post naming no one
    is vague. None where no post word stands before the platform (the name reads as before)."""
    posts = words(DATA_FILE, "post_words")
    post = next((k for k in idxs if k < head and w.lowers[k] in posts), None)
    if post is None:
        return crowd_on_platform(w, idxs, head, not_names)  # "Users on Facebook claim" (sources11)
    kind = post_source(w, [k for k in idxs if k <= post], post, not_names)
    return (kind, False) if kind in ("named", "role") else ("weasel", False)


def _topic_after_about(w: Words, idxs: list[int], not_names: frozenset[str]) -> tuple[str, bool] | None:
    """The words after "about" in a source phrase are its topic, not who spoke ("an article about
    the closure of Hillside Leisure Centre said"): the source is the words before it. A name there
    ("a report by Amnesty about Iran said") reads as before (None); else no one is named ("an
    article", a date: "on 3 June"): a vague source, as "a report said" (an unnamed document)."""
    texts, lowers = w.texts, w.lowers
    about = max(k for k in idxs if lowers[k] == "about")
    if not _WH_WORDS.isdisjoint(lowers[about + 1:max(idxs) + 1]):
        return None  # "the years about which Sutton writes", "about double what Bradley said": a clause, its subject speaks
    before = [k for k in idxs if k < about and lowers[k] not in _DATE_WORDS and not lowers[k][:1].isdigit()]
    if any(texts[k][:1].isupper() and k > 0 and lowers[k] not in not_names for k in before):
        return None
    return "weasel", False


_PEOPLE_PLURALS = words(DATA_FILE, "people_plural_words")
# Endings of plural nouns of people left out of [people_plural_words] ("Tenants", "Parents",
# "Attendees"); few names end so, and only a word of PEOPLE_SUFFIX_MIN letters or more counts.
_PEOPLE_SUFFIXES = ("ants", "ents", "ees")
PEOPLE_SUFFIX_MIN = 7


def plural_of_people(lowers: list[str], idxs: list[int], head: int) -> bool:
    """(sources13) Is the source phrase `idxs` the sentence's first word alone (`head` 0), a plural
    common noun of people ([people_plural_words], or a word in _PEOPLE_SUFFIXES): "Neighbours
    said", "Participants said"? The first-word rule would read its capital as a name; it is an
    unnamed group, vague as "residents say". ("Davies said", "Kellaway Partners said" still name.)"""
    if head != 0 or len(idxs) != 1:
        return False
    lw = lowers[0]
    return lw in _PEOPLE_PLURALS or len(lw) >= PEOPLE_SUFFIX_MIN and lw.endswith(_PEOPLE_SUFFIXES)


# Noun forms that name a post or a report: "in a viral tweet", "in a special report" say where a named
# person said something (read as before: the person is the source); "at the near post" is a goal's.
_POSTED = frozenset("post tweet report".split())


# Words that open a clause after "about": the name after them is that clause's subject, a source.
_WH_WORDS = frozenset("which whom what who whose how where when why".split())


# What follows "nothing" when it is the whole of what was said: a topic ("say nothing about lead",
# "said nothing on the matter") or the sentence's end ("he said nothing."). ("said nothing for a
# while, the neighbours recall" is left to the other rules.)
_SILENT_ON = frozenset("about of on regarding concerning . ; !".split())


def says_nothing(lowers: list[str], i: int) -> bool:
    """Is the verb of saying at `i` followed by a word of [nothing_object_words] and a topic or
    the sentence's end ("the tins say nothing about lead", "he said nothing.")? No words were
    said: no source, as for "did not say"."""
    n = len(lowers)
    return i + 1 < n and lowers[i + 1] in NOTHING_WORDS and (i + 2 == n or lowers[i + 2] in _SILENT_ON)


def noun_after_article(lowers: list[str], i: int, noun_forms: frozenset[str], sources: frozenset[str]) -> bool:
    """Is the reporting word at `i` a noun ([noun_reporting_words], their bare form) after a
    determiner and one modifier that is no source word nor a plural ("at the near post", "that
    the new note contains", "in a recent report")? Its verb reading would need the modifier as a
    plural subject ("the new note" cannot be one); "the people say", "the farmers claim", "the
    government say" keep their verb ("people", "government" are source words, `sources`); a post
    after "in" ("in a viral tweet": someone's post, `_POSTED`) is read as before."""
    if i < 2 or lowers[i] not in noun_forms or lowers[i - 2] not in DETERMINERS:
        return False
    if i > 2 and lowers[i - 3] == "in" and lowers[i] in _POSTED:
        return False  # "trolled her in a viral tweet", "covered it in a long post": someone's post, left to the rules before

    modifier = lowers[i - 1]
    return modifier.isalpha() and modifier not in sources and not modifier.endswith("s")
