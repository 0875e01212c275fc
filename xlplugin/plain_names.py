"""(quotes29) Plain words and quoted names that read as loaded language (fresh28's findings).

Read by `loaded_senses.naming_quote` (1) and `loaded_senses.other_sense` (2-4):

1. A quoted name of a thing (`names_a_thing`): a short quotation right before a noun of a thing
   that is given a name ([name_quote_nouns]) is the thing's name, not the writer's doubt: 'a "do
   not drink" or "boil water" notice', 'the "priority one" list', 'the "cold weather" payments'.
   A quotation of one word is a name only as a colour ([name_quote_single_words]: 'the "amber"
   list'); 'a "temporary" scheme', 'the "experts"' and 'his "plan"' keep their scare quotes.
2. Literal senses of "blast" and "crushed": the explosion that breaks rock, beside a word of
   quarrying or building works in its sentence or the next ones ([works_words]: "controlled
   blasting to remove rock", "Blasting will take place only between 1pm and 3pm"), when no
   other object than rock follows ("blasted a tunnel", not "the senator blasting the plan"):
   `works_blast`; "crushed" before a material ([crushed_material_words]: "crushed stone",
   "crushed garlic"): `crushed_material`.
3. A thing that claims, its participle phrase between ("A post shared on Facebook claims that
   ...", "a video circulating online claims"): a fact check naming the claim it tests
   (`thing_claims_after_participle`; "a post that claims" was read before, loaded_senses._thing_claims).
4. A denied belief (`denied_belief`): "I do not think employers are villains", "I don't believe
   the drivers who left are villains", "she did not think the staff were villains": the cue is
   the predicate of a clause after "do not" and a verb of belief ([believing_verb_words]), as
   "Nobody here is a villain" is rejected (xlplugin.rejections). Kept: "I can't believe they are
   such villains", a question, a comparison ("I don't think anyone is a bigger liar than him").
(A complaint about a shortage or a wait is a nuisance of [object_senses], as praise19 read
"complained about noise"; "complained that ..." and a politician's "complained about the inquiry"
keep their cue: BABE's annotators mark them.)
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .phrases import words
from .text import Document

__all__ = ["names_a_thing", "works_blast", "crushed_material", "thing_claims_after_participle", "denied_belief"]

_LOADED = "loaded_language.txt"


class _Sets(NamedTuple):
    name_nouns: frozenset[str]
    single: frozenset[str]
    works: frozenset[str]
    works_objects: frozenset[str]
    materials: frozenset[str]
    believing: frozenset[str]
    things: frozenset[str]


@lru_cache(maxsize=1)
def _sets() -> _Sets:
    return _Sets(*(words(_LOADED, name) for name in (
        "name_quote_nouns", "name_quote_single_words", "works_words", "works_objects",
        "crushed_material_words", "believing_verb_words", "claiming_thing_words")))


# --- 1. a quoted name before the noun it names

_QUOTE_OPEN = "\"\u201c'\u2018"
# more quoted names joined to the first ('"do not drink" or "boil water" notice'), then the noun
# right after (not a word between: 'an "iron clad" gag order' qualifies the order, names nothing)
_AFTER_NAME_RE = re.compile(
    r"(?:\s*,?\s*(?:or|and|,)\s*[\"\u201c'\u2018][^\"\u201d\u2019\n]{1,40}[\"\u201d'\u2019])*"
    r"\s+([a-z]+)\b")


def names_a_thing(doc: Document, span: tuple[int, int]) -> bool:
    """Is the short quotation at `span` a thing's name right before the noun it names ('a "do not
    drink" notice', 'the "priority one" list'), not a scare quote?"""
    start, end = span
    text = doc.text
    inner = text[start + 1 : end - 1].strip().lower()
    sets = _sets()
    if " " not in inner and "-" not in inner and inner not in sets.single:
        return False  # 'a "temporary" scheme': one word's doubt
    match = _AFTER_NAME_RE.match(text, end)
    if match is None:
        return False
    return match.group(1) in sets.name_nouns


# --- 2. "blast" of rock, "crushed" stone

_BLAST_FORMS = frozenset("blast blasts blasted blasting".split())
_DETERMINERS = frozenset("the a an this that these those his her their its our my your some".split())
_PERSON_OBJECTS = frozenset("him her them me us you it".split())
# words after "blast" that leave it no object of criticism ("blasted at", "blasted as", "blasted
# for" take a target; these do not)
_PLAIN_AFTER = frozenset(
    """to will would is was are were has had have can could may might should must shall began
    begin begins begun starts started start continues continued through into on in between during
    from until operations operation work works times hours schedule noise activity took takes
    takes place""".split())
# the verbs after "blasting" as a subject, first in its sentence or after a word of how it is done
_SUBJECT_VERBS = frozenset(
    """will would is was has had can could may might should must shall began begins started starts took
    takes continues continued resumed resumes""".split())
_WORKS_MODIFIERS = frozenset("controlled scheduled planned further overnight daytime".split())
WORKS_SENTENCES = 1  # sentences before and after the cue's read for a word of works
OBJECT_WORDS = 3  # words after a determiner read for an object of rock


def works_blast(doc: Document, first: int, last: int) -> bool:
    """Is "blast" at `first` the explosion that breaks rock: a word of works in its sentence or
    the next ones, and no object after it but rock ("blasted a tunnel", "blasting will take
    place", "controlled blasting to remove rock")?"""
    lowers = doc.lowers
    if last != first + 1 or lowers[first] not in _BLAST_FORMS:
        return False
    sets = _sets()
    k = doc.token_sentences[first]
    sentences = doc.sentences
    lo = sentences[max(0, k - WORKS_SENTENCES)].first_token
    hi = sentences[min(len(sentences) - 1, k + WORKS_SENTENCES)].last_token
    n = first + 1
    if lowers[first] == "blasting" and n < len(lowers) and doc.token_sentences[n] == k and lowers[n] in _SUBJECT_VERBS \
            and (first == doc.sentences[k].first_token or lowers[first - 1] in _WORKS_MODIFIERS):
        return True  # "Blasting will take place between 1pm and 3pm", "Controlled blasting began": the work as a subject
    if sets.works.isdisjoint(w[:-2] if w.endswith(("'s", "\u2019s")) else w for w in lowers[lo:hi]):
        return False  # (a possessive too: "the mine's owners")
    if n >= len(lowers) or doc.token_sentences[n] != k:
        return True  # "... before the blasting."
    nxt = lowers[n]
    if nxt in sets.works_objects:
        return True
    if nxt in _DETERMINERS:
        return not sets.works_objects.isdisjoint(lowers[n + 1 : min(n + 1 + OBJECT_WORDS, len(lowers))])
    if nxt in _PERSON_OBJECTS or doc.token_texts[n][:1].isupper():
        return False  # "blasted them", "blasting Hale"
    return nxt in _PLAIN_AFTER


def crushed_material(doc: Document, first: int, last: int) -> bool:
    """Is "crushed" at `first` said of a material before it ("surfaced with crushed stone",
    "two cloves of crushed garlic")?"""
    lowers = doc.lowers
    return last == first + 1 and lowers[first] == "crushed" and first + 1 < len(lowers) \
        and doc.token_sentences[first + 1] == doc.token_sentences[first] and lowers[first + 1] in _sets().materials


# --- 3. a thing that claims, a participle phrase between

_IRREGULAR_PARTICIPLES = frozenset("seen shown written sent spread made taken shot".split())
_PREPOSITIONS = frozenset("in of on from about by with at into inside".split())
# words that end the thing's phrase: a new subject, a relative clause, a conjunction
_NOT_IN_PHRASE = frozenset(
    """who whom whose which that and but or he she they we i you it his her their said says
    told claims claimed claim""".split())
_TIME_NOUNS = frozenset("week weekend month year morning afternoon evening night spring summer autumn winter".split())
PARTICIPLE_WINDOW = 12  # words from the thing to the verb ("A post shared more than 4,000 times on Facebook since 6 March claims")


def _participle(word: str) -> bool:
    return word.endswith(("ed", "ing")) or word in _IRREGULAR_PARTICIPLES


def thing_claims_after_participle(doc: Document, i: int) -> bool:
    """Is the claim verb at i said of a thing with a participle phrase between, the thing first
    in its clause ("A post shared on Facebook claims that", "a video circulating online claims",
    "a message forwarded on WhatsApp last week claims")? Not "The woman in a video posted online
    claims" (the thing after a preposition), nor after a comma or a new subject."""
    lowers, starts, ends, text = doc.lowers, doc.token_starts, doc.token_ends, doc.text
    sentence = doc.token_sentences[i]
    things = _sets().things
    for k in range(i - 1, max(-1, i - 1 - PARTICIPLE_WINDOW), -1):
        if doc.token_sentences[k] != sentence or lowers[k] in _NOT_IN_PHRASE:
            return False
        if lowers[k] in _DETERMINERS and k > 0 and lowers[k - 1] not in _PREPOSITIONS and lowers[k - 1] not in things \
                and lowers[k + 1] not in _TIME_NOUNS:  # (fresh40) "... on social media this week claim": a time
            return False  # "the event page listed items the group claimed": a new subject, "the group"
        if any(ch in text[ends[k] : starts[k + 1]] for ch in ",;:()\u2014\u2013"):
            return False
        if lowers[k] in things and _participle(lowers[k + 1]) and k + 1 < i:
            before = [lowers[m] for m in (k - 1, k - 2) if m >= 0 and doc.token_sentences[m] == sentence]
            return _PREPOSITIONS.isdisjoint(before)
    return False


# --- 4. a denied belief

_GAP = frozenset("a an the so such very that too particularly especially quite really truly just all".split())
_NOT_IN_CLAUSE = frozenset(
    """not never no deny denies denied doubt doubts doubted but although though because if unless
    except say says said would could might""".split())
_ABILITY = frozenset("can could ca cannot".split())
CLAUSE_WINDOW = 9  # words from the verb of belief to the cue's "be"


def _negated(word: str) -> bool:
    return word == "not" or word.endswith(("n't", "n\u2019t"))


def _contracted_be(word: str) -> bool:
    return word.endswith(("'re", "\u2019re", "'s", "\u2019s", "'m", "\u2019m"))


def denied_belief(doc: Document, first: int) -> bool:
    """Is the cue at `first` the predicate of a clause after a denied verb of belief ("I do not
    think employers are villains", "she did not think the staff were villains")?"""
    from . import loaded_senses as senses  # (loaded_senses reads this module)

    lowers, sentences = doc.lowers, doc.token_sentences
    k = first
    while k > 0 and first - k < 2 and sentences[k - 1] == sentences[first] and lowers[k - 1] in _GAP:
        k -= 1
    be = k - 1
    if be <= 0 or sentences[be] != sentences[first]:
        return False
    if not (lowers[be] in senses._denial_sets().copulas or _contracted_be(lowers[be])):
        return False
    if doc.sentences[sentences[first]].text.rstrip(" \t\n\"'\u201d\u2019)").endswith("?"):
        return False
    after = [lowers[m] for _, m in zip(range(6), senses._clause_words(doc, first, 1))]
    if not {"than", "like", "except"}.isdisjoint(after):
        return False  # "a bigger liar than him": asserted
    clause = list(senses._clause_words(doc, be, -1))[:CLAUSE_WINDOW]
    believing = _sets().believing
    for m in clause:
        word = lowers[m]
        if word in believing:
            neg = [lowers[j] for j in (m - 1, m - 2) if j >= 0 and sentences[j] == sentences[m]]
            if not neg or not (_negated(neg[0]) and (neg[0] != "not" or len(neg) > 1 and neg[1] in ("do", "does", "did"))):
                return False
            return not (neg[0].startswith(("can", "couldn")) or neg[0] == "cannot")
        if word in _NOT_IN_CLAUSE or _negated(word):
            return False
    return False

