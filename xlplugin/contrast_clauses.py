"""(sources15) The writer's own contrast after a reported claim: "They claim 30 percent less
fuel, but real users see 12 percent." The source before the verb of saying ("They claim") speaks
for its own clause; the clause after ", but" (or ", yet", "; but") that gives a figure of its own
and names no source is the writer's answer to it, put forward on no one's word. The sentence is
then unsourced (`xlplugin.scorers.unsourced_claims`), with the reason.

Left as they were: a source after the contrast ("..., but the council says 12 percent"), a source
inverted after both clauses ("Fuel use fell, but costs rose 12 percent, she said": the speaker
covers the sentence), "but that ..." (still the reported speech), a contrast with no figure (a date or a year is none),
and a phrase after "but" that opens no clause ("a high sum, but still below $5 million").

(claims15) A "but" inside what was said stays the speaker's: in "He said sales rose 5 percent, but
profits fell 2 percent" no one new is set against the source, and the speaker's sentence keeps its
source. The clause after "but" is the writer's answer only when its subject, in its first words,
is someone set against the source (people: "real drivers", "most riders", "users", "I", "we") or
a word that corrects ("the actual figure", "the real cost", "in fact", "independent tests").
"""

from __future__ import annotations

import re

from .cues import Attribution
from .phrases import words
from .text import Document, Sentence

__all__ = ["writers_contrast"]

DATA_FILE = "attribution.txt"
# Nouns of people and groups: a subject of one of these after "but" answers the source.
_PEOPLE = (words(DATA_FILE, "people_plural_words") | words(DATA_FILE, "weasel_source_words")
           | words(DATA_FILE, "role_words") | words(DATA_FILE, "profession_words"))
# Plural endings of nouns of people ("drivers", "riders", "motorists", "tenants", "residents", "trainees")
_PEOPLE_ENDINGS = ("ers", "ists", "ants", "ents", "ees", "ians")
# The writer's own voice and words that correct what was said ("the actual figure", "in fact")
_ANSWERING = frozenset("i we you my our actual actually real really true truth fact reality independent "
                       "official officially tests test measured".split())
# Reporting words that are also nouns ("figure", "estimate", "claim"), the words before them that
# make them one, and the forms of "be" after them ("the actual figure is"): `_noun_there`
_NOUN_FORMS = words(DATA_FILE, "noun_reporting_words")
_DETERMINERS = frozenset("the a an this that these those its their his her our your".split())
_BE = frozenset("is was are were".split())
# How many words open the clause after "but" where its subject is looked for
_SUBJECT_REACH = 4

# ", but" / ", yet" / "; but" / "; yet" / "; however," opening the writer's own clause.
_CONTRAST_RE = re.compile(r"[,;]\s+(?:but|yet)\s+(?!that\b)|;\s+however,\s+", re.IGNORECASE)
_FIGURE_RE = re.compile(r"\d")
# Dates and years are no figure of the writer's ("but it was in the January 31, 1918 edition",
# "but when he visited in March 2010"): taken out before the figure is looked for.
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE_RE = re.compile(rf"\b(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b"
                      r"|(?:1[5-9]|20)\d\d\b)")
# Words that open no clause of its own after "but": a phrase qualifying what came before ("a high
# sum, but still below the $5 million", "but not 30 percent").
_NOT_A_CLAUSE = frozenset("still not also only even rather less more far well just never then".split())


def writers_contrast(doc: Document, sentence: Sentence, own: Attribution, reporting: frozenset[str]) -> str | None:
    """The writer's clause after a contrast in `sentence`, when `own` (its source, found through a
    verb of saying) ends before the contrast and the clause gives a figure and holds no verb of
    saying of its own (a word of `reporting`); else None."""
    if not own.verb or own.quote:
        return None
    text = doc.text
    m = _CONTRAST_RE.search(text, own.end, sentence.end)
    if m is None:
        return None
    clause = text[m.end():sentence.end]
    if not _FIGURE_RE.search(_DATE_RE.sub(" ", clause)):
        return None
    words_ = re.findall(r"[a-z]+", clause.lower())
    if not words_ or words_[0] in _NOT_A_CLAUSE or "according" in words_ or any(
            word in reporting and not _noun_there(words_, j) for j, word in enumerate(words_)):
        return None
    if not any(_answers(word) for word in words_[:_SUBJECT_REACH]):
        return None  # "He said sales rose 5 percent, but profits fell 2 percent": still his (claims15)
    return clause.strip()


def _noun_there(words_: list[str], j: int) -> bool:
    """(attrib16) Is the reporting word `words_[j]` a noun of the clause, no verb of saying: a word
    of [noun_reporting_words] (or its plural) after a determiner, after a determiner and a word
    that corrects ("the actual figure", "the real estimate"), or before a form of "be" ("the
    figure is 12 percent")? "..., but the actual figure is 12 percent" names no source of its own."""
    word = words_[j]
    if word not in _NOUN_FORMS and not (word[-1:] == "s" and word[:-1] in _NOUN_FORMS):
        return False
    before = words_[j - 1] if j > 0 else ""
    return before in _DETERMINERS or before in _ANSWERING and j > 1 and words_[j - 2] in _DETERMINERS \
        or j + 1 < len(words_) and words_[j + 1] in _BE


def _answers(word: str) -> bool:
    """Is `word`, among the first words after "but", someone or something set against the source?"""
    return word in _ANSWERING or word in _PEOPLE or word.endswith(_PEOPLE_ENDINGS)
