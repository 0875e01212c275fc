"""First-person words that are also other words: "mine" the noun, "I" the numeral, "me" in a search phrase.

A first-person count (the loaded-language scorer's voice, the document kinds' "written in the
first person") is a count of pronouns. Two of its words have another use that a report uses
every day: "mine" is a noun ("workers at the gold mine", "the mine closed", "a mine strike")
and "I" is a Roman numeral after a word that numbers ("World War I", "Phase I trials", "Type I
diabetes"). `not_pronoun(doc, i)` says when word i is one of those. ("US" in capitals, the
country, is read by `xlplugin.scorers.loaded_language` itself.)

(advert30) "Near me" is a search engine's phrase where a page written for search repeats it after the same words
("Best Roof Repair Near Me", "a roof repair company near me", "roof repair near me"): the searcher's "me", typed into a
search box, not the writer speaking of themselves. It is that where the same word stands before "near me" twice or
more (SEARCH_PHRASE_MIN), where the text has "near me" three times or more (SEARCH_PHRASE_TEXT), or where "Near Me"
is written with capitals after a capitalised word (a headline or a heading in Title Case); then every "near me" of the
text is the search phrase. "She lives near me", "the school near me" once or twice stay the writer's.

The possessive pronoun "mine" stands where a noun phrase ends a clause or follows a verb of
being or a preposition: "is mine", "a friend of mine", "than mine", "yours and mine", or opens
its sentence ("Mine is the red one"). Anywhere else (after an article, an adjective or a noun,
or before a word that is not a function word: "the mine", "the Cerro Alto mine", "mine
workers") "mine" is the noun.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import load_sections
from .text import Document

__all__ = ["not_pronoun"]

# Words after which "mine" is the pronoun: verbs of being and having, prepositions and
# conjunctions that take a noun phrase, "yours and mine".
_BEFORE_PRONOUN_MINE = frozenset(
    """is was are were be been being isn't wasn't aren't weren't 's ’s become became becomes remain
    remains remained stay stays stayed seem seems seemed feel feels felt of than like from with
    to and or nor but as unlike about for against at by on into yours his hers ours theirs not
    too also all both""".split())
# Of those, the words the noun never follows ("of mine", "than mine", "is mine"), whatever comes next.
_ONLY_PRONOUN_MINE = frozenset(
    """is was are were be been being isn't wasn't aren't weren't 's ’s of than yours hers ours theirs""".split())
# "it's mine", "that's mine", "they're mine" (a pronoun with a verb of being joined to it; "the
# company's mine" is a possessive and the noun)
_JOINED_BEING = frozenset(
    f"{pronoun}{mark}{verb}" for pronoun in "it that he she who what this which there here".split()
    for mark in "'’" for verb in ("s",)) | frozenset(
    f"{pronoun}{mark}re" for pronoun in "you we they".split() for mark in "'’")
# Adverbs that follow the pronoun ("mine too", "mine alone") and are not function words.
_AFTER_PRONOUN_MINE = frozenset("too also alone again anyway instead though either now here there included".split())
# Words after which "I" is a Roman numeral (capitalised in the text): words that number the
# thing they name.
_NUMBERING_WORDS = frozenset(
    """war phase type part title class stage grade level book volume chapter act article section
    tier division category schedule appendix annex round series step period league group
    vatican""".split())


SEARCH_PHRASE_MIN = 2  # (advert30) "<word> near me" this many times with the same word: a search phrase
SEARCH_PHRASE_TEXT = 3  # (advert30) "near me" this many times in a text, after any words: a search phrase


def not_pronoun(doc: Document, i: int) -> bool:
    """Is the first-person word at i ("mine", "I", "me") here a noun, a numeral or a search phrase, not the pronoun?"""
    lower = doc.lowers[i]
    if lower == "mine":
        return _mine_is_noun(doc, i)
    if lower == "me":
        return i > 1 and doc.lowers[i - 1] == "near" and _search_phrase(doc, i)
    if lower == "i" and i > 0 and doc.token_sentences[i - 1] == doc.token_sentences[i]:
        before = doc.token_texts[i - 1]
        return before[:1].isupper() and before.lower() in _NUMBERING_WORDS
    return False


def _mine_is_noun(doc: Document, i: int) -> bool:
    sentence = doc.sentences[doc.token_sentences[i]]
    if i == sentence.first_token:
        return False  # "Mine is the red one": a sentence opens with the pronoun, a noun takes "the"
    gap = doc.text[doc.token_ends[i - 1] : doc.token_starts[i]]
    if gap.strip(" \t"):
        return False  # after a mark ("...: mine", "(mine)", "— mine"): a clause of its own
    before = doc.lowers[i - 1]
    if before in _JOINED_BEING or before in _ONLY_PRONOUN_MINE:
        return False  # "it's mine", "a friend of mine sold it"
    if _noun_follows(doc, i):
        return True  # "as mine strike drags on", "and mine workers": the noun before a noun
    return before not in _BEFORE_PRONOUN_MINE


def _noun_follows(doc: Document, i: int) -> bool:
    """Is word i followed, in its sentence and after a space, by a lower-case word that is not an
    English function word ("mine strike", not "mine is", "mine too", "mine and")?"""
    j = i + 1
    if j >= len(doc.lowers) or doc.token_sentences[j] != doc.token_sentences[i]:
        return False
    after = doc.token_texts[j]
    return doc.text[doc.token_ends[i] : doc.token_starts[j]] == " " and after.isalpha() and after.islower() \
        and after not in _function_words() and after not in _AFTER_PRONOUN_MINE


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset(w for line in load_sections("stopwords.txt")["en"] for w in line.split())


def _search_phrase(doc: Document, i: int) -> bool:
    """(advert30) Is "near me" at word i (its "me") a search phrase: the text writes "Near Me" in capitals after a
    capitalised word (a Title Case headline or heading: "Best Roof Repair Near Me"), or has "near me" SEARCH_PHRASE_TEXT
    times or more, or the word before this "near" stands before "near me" SEARCH_PHRASE_MIN times or more? Then every
    "near me" of the text is the search phrase ("1. Check reviews of roof repair companies near me.")."""
    if _TITLE_NEAR_ME_RE.search(doc.text) or len(_NEAR_ME_RE.findall(doc.analysis.lower_text)) >= SEARCH_PHRASE_TEXT:
        return True
    before, lowers = doc.lowers[i - 2], doc.lowers
    return sum(1 for j in range(2, len(lowers))
               if lowers[j] == "me" and lowers[j - 1] == "near" and lowers[j - 2] == before) >= SEARCH_PHRASE_MIN


_TITLE_NEAR_ME_RE = re.compile(r"\b[A-Z][\w'-]* Near Me\b")
_NEAR_ME_RE = re.compile(r"\bnear me\b")
