"""Plain senses of loaded-language cue words that name an event (loaded_language version 41,
slant16), from the tables of xlplugin/data/event_senses.txt:

- `sports_result(doc, i)`: a verb of winning by a margin beside a score ("Harbor City crushed
  Lakeport 5-1", "Lakeport were thrashed 42-10 by", "a 6-0 demolition") reports a result in the
  sports page's idiom: it is not the writer's emotion. Without a score ("police crushed the
  protest", "destroyed the evidence") the cue stands. A pair of numbers that is a range or an
  amount ("annihilated 50-100 million") is no score.
- `event_noun(doc, i)`: a word listed as a loaded verb whose noun names a natural event
  ("flood/v") right after an adjective ("Devastating floods swept through the valley", "the
  worst flooding") is the noun: the adjective keeps its own cue; the event is no loaded term.

- `physical_act(doc, i)` (short17): a verb of physical harm ([physical_verb_words]: "flood",
  "destroy", "crush") whose subject is a force of nature, a structure, a pest or a machine
  ([force_words], loaded_language.txt [machine_words]: "The dam will flood twelve villages",
  "Locusts destroyed the crop"), or, in a text about a game or a sport ([play_context_words]),
  play's agent ([play_agent_words]: "the boss destroys you in two hits"); or a thing as the
  subject of its passive ([physical_patient_words]: "the bridge was destroyed") reports an act,
  not the writer's emotion. Said of people ("migrants flood our towns") the cue stands.
  (hype18) A verb of a thing falling by itself ([physical_fall_words]: "collapse") is plain with
  a thing of [physical_patient_words] as its subject too ("The harbour wall partly collapsed in
  the storm", "The old pier collapsed in 1987"); "talks collapsed", "the government collapsed"
  keep their cue.

- `sports_play(doc, i)` (senses28): in a match report (`match_report`: three words of
  [match_words], or one and a score such as "4-0"), an adjective of force ([play_intensity_words]:
  "brutal", "savage", "ruthless", "devastating") said of a move or a spell of play
  ([play_noun_words]: "a brutal tackle", "a savage volley", "ruthless finishing", "a devastating
  counter-attack") or of a side in a sentence that gives a score ("United were ruthless in a 4-0
  win"), and a verb of striking ([play_shot_verbs]: "blasted", "slammed") with a shot's object or
  direction after it ("blasted a third into the top corner", "slammed home the winner") describe
  play, not the writer's emotion. "A brutal attack on the senator", "the minister blasted the
  plan", and the same words in a text that is no match report, keep their cue.

The first two read a few words around one cue; `physical_act` also asks whether the text is one
about play (a set intersection over the text's words).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from . import phrases
from .text import Document

__all__ = ["DATA", "sports_result", "event_noun", "physical_act", "by_force", "sports_play", "match_report", "result_verbs"]

DATA = "event_senses.txt"
# A score written as one word ("5-1", "42-10"); each side of at most three digits, so that a span
# of years ("1989-1991", "2019-20") is none.
_SCORE_RE = re.compile(r"\d{1,3}[-\u2013\u2014]\d{1,3}")
# Between the verb and the score: the loser's name (capitalised words, "the"), or a pronoun.
RESULT_WINDOW = 5
_OBJECT_PRONOUNS = frozenset("them him her us it".split())
_BE = frozenset("is are was were be been being got get gets".split())


class _Tables(NamedTuple):
    result_verbs: frozenset[str]
    followers: frozenset[str]
    agents: frozenset[str]
    event_nouns: frozenset[str]
    event_adjectives: frozenset[str]
    adjective_endings: tuple[str, ...]
    not_adjectives: frozenset[str]
    physical_verbs: frozenset[str]
    fall_verbs: frozenset[str]
    forces: frozenset[str]
    patients: frozenset[str]
    play_agents: frozenset[str]
    play_context: frozenset[str]


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    def words(section: str) -> frozenset[str]:
        return phrases.words(DATA, section)

    machines = phrases.words("loaded_language.txt", "machine_words")
    return _Tables(words("result_verb_words"), words("score_follower_words"), words("result_agent_words"),
                   words("event_nouns"), words("event_adjectives"), tuple(sorted(words("adjective_endings"))),
                   words("not_adjectives"), words("physical_verb_words") | words("physical_fall_words"),
                   words("physical_fall_words"), words("force_words") | machines,
                   words("physical_patient_words"), words("play_agent_words"), words("play_context_words"))


def warm_up() -> None:
    _tables()


def result_verbs() -> frozenset[str]:
    """The verbs of winning by a margin ([result_verb_words]: "crush", "thrash", "rout"), for a
    headline over a match report ("Harriers crush Lakeport": loaded_language._headline_terms)."""
    return _tables().result_verbs


def _score_at(doc: Document, j: int) -> int:
    """The word after a score starting at word j ("5-1", or "5", "1" with a dash between), or -1."""
    lowers, n = doc.lowers, len(doc.lowers)
    if j >= n:
        return -1
    if _SCORE_RE.fullmatch(lowers[j]):
        end = j + 1
    elif j + 1 < n and lowers[j].isdigit() and lowers[j + 1].isdigit() and len(lowers[j]) <= 3 \
            and len(lowers[j + 1]) <= 3 \
            and doc.text[doc.token_ends[j] : doc.token_starts[j + 1]].strip() in ("-", "\u2013", "\u2014"):
        end = j + 2
    else:
        return -1
    if end < n and doc.token_sentences[end] == doc.token_sentences[j] and lowers[end] in _tables().followers:
        return -1  # "50-100 million", "10-15 percent": a range, not a score
    return end


def sports_result(doc: Document, i: int) -> bool:
    """Is the cue at word i a verb of winning by a margin ([result_verb_words]) beside a score:
    right before it ("a 6-0 rout", "their 5-1 demolition"), or after it past the loser's name
    ("crushed Lakeport 5-1", "destroyed the Tigers 42-10", "thrashed them 4-0"), or right after
    it in the passive or before who won ("were crushed 5-1", "crushed 5-1 by Harbor City")?"""
    t = _tables()
    lowers, sentence_of, texts = doc.lowers, doc.token_sentences, doc.token_texts
    if lowers[i] not in t.result_verbs:
        return False
    k = sentence_of[i]
    if i >= 1 and sentence_of[i - 1] == k and _score_at(doc, i - 1) == i:
        return True  # "a 6-0 rout"
    if i >= 2 and sentence_of[i - 2] == k and _score_at(doc, i - 2) == i:
        return True  # "a 6–0 rout" (the score in two words)
    j = i + 1
    while j < len(lowers) and j - i <= RESULT_WINDOW and sentence_of[j] == k:
        end = _score_at(doc, j)
        if end >= 0:
            if j > i + 1:
                return True  # the loser named between: "crushed Lakeport 5-1"
            passive = i > 0 and lowers[i - 1] in _BE
            return passive or (end < len(lowers) and sentence_of[end] == k and lowers[end] in t.agents)
        if not (texts[j][:1].isupper() or lowers[j] == "the" or lowers[j] in _OBJECT_PRONOUNS):
            return False  # "crushed the protest in 1989-91": no team's name before the numbers
        j += 1
    return False


def event_noun(doc: Document, i: int) -> bool:
    """Is the cue at word i a natural event's noun ([event_nouns]: "floods") right after an
    adjective ([event_adjectives], or a word with an ending of [adjective_endings] that is not
    one of [not_adjectives]: "Devastating floods", "horrific flooding", "heavy floods", "the
    deadliest floods") in its sentence, with a space between?"""
    t = _tables()
    lowers = doc.lowers
    if i == 0 or lowers[i] not in t.event_nouns or doc.token_sentences[i - 1] != doc.token_sentences[i]:
        return False
    if doc.text[doc.token_ends[i - 1] : doc.token_starts[i]] != " ":
        return False
    before = lowers[i - 1]
    if before in t.event_adjectives:
        return True
    return before.endswith(t.adjective_endings) and before not in t.not_adjectives \
        and before.replace("-", "").isalpha()


# What may stand between a verb of physical harm and its subject: auxiliaries, modals and adverbs
# ("The dam will soon flood", "Heavy rain has again flooded"); a form of "be" makes it a passive.
_SUBJECT_GAP = frozenset("will would can could may might shall should must has have had does did do also then "
                         "again soon still already just often regularly repeatedly eventually finally first "
                         "'ll ’ll".split())
_PASSIVE_BE = frozenset("is are was were be been being get gets got".split())


def by_force(doc: Document, i: int) -> bool:
    """(insults19) Is the subject of the verb at word i a force of nature, fire, a structure or a
    machine ([force_words]: "The storm gutted the school", "the tornado slashed through the
    town")? The subject is the word before the verb, past auxiliaries and adverbs, in its sentence."""
    lowers, sentence_of = doc.lowers, doc.token_sentences
    k = sentence_of[i]
    j = i - 1
    while j >= 0 and sentence_of[j] == k and (lowers[j] in _SUBJECT_GAP or lowers[j].endswith("ly")):
        j -= 1
    return j >= 0 and sentence_of[j] == k and lowers[j] in _tables().forces


def physical_act(doc: Document, i: int) -> bool:
    """Is the cue at word i a verb of physical harm ([physical_verb_words]) said of a thing: its
    subject a force of nature, a structure, a pest or a machine ("The dam will flood twelve
    villages", "Locusts destroyed the crop"), or play's agent in a text about a game or a sport
    ("the boss destroys you"); or, as a passive participle, said of a thing ("Twelve villages
    will be flooded", "the bridge was destroyed")? The subject is the word before the verb, past
    auxiliaries and adverbs, in its sentence."""
    t = _tables()
    lowers, sentence_of = doc.lowers, doc.token_sentences
    if lowers[i] not in t.physical_verbs:
        return False
    k = sentence_of[i]
    j = i - 1
    while j >= 0 and sentence_of[j] == k and (lowers[j] in _SUBJECT_GAP or lowers[j].endswith("ly")):
        j -= 1
    if j < 0 or sentence_of[j] != k:
        return False
    if lowers[j] in _PASSIVE_BE:
        if not lowers[i].endswith("ed"):
            return False  # "the fire was devastating": an adjective of the author's, not a passive
        j -= 1
        while j >= 0 and sentence_of[j] == k and (lowers[j] in _SUBJECT_GAP or lowers[j].endswith("ly")):
            j -= 1
        return j >= 0 and sentence_of[j] == k and lowers[j] in t.patients
    subject = lowers[j]
    if subject in t.forces:
        return True
    if lowers[i] in t.fall_verbs and subject in t.patients:
        return True  # (hype18) "The harbour wall partly collapsed": a structure falls by itself
    return subject in t.play_agents and not doc.analysis.vocabulary.isdisjoint(t.play_context)


# --- (senses28) the sports page's words for play: a brutal tackle, a savage volley, blasted home

class _PlayTables(NamedTuple):
    intensity: frozenset[str]
    nouns: frozenset[str]
    match: frozenset[str]
    shot_verbs: frozenset[str]
    directions: frozenset[str]
    targets: frozenset[str]
    goal_nouns: frozenset[str]


@lru_cache(maxsize=1)
def _play_tables() -> _PlayTables:
    def words(section: str) -> frozenset[str]:
        return phrases.words(DATA, section)

    return _PlayTables(words("play_intensity_words"), words("play_noun_words"), words("match_words"),
                       words("play_shot_verbs"), words("play_direction_words"), words("play_target_words"),
                       words("play_goal_nouns"))


# How many words of [match_words] make a text a match report without a score; with a score one.
MATCH_WORDS_NEEDED = 3
# The words after a cue searched for the noun of play it describes ("a brutal first half"), and
# after a verb of striking for its shot ("blasted a third"); its direction's target a little further.
PLAY_NOUN_WINDOW = 3
SHOT_WINDOW = 6
_CLAUSE_STOPS = frozenset("and but that which who when while after before because as , ; :".split())


def _holds_score(doc: Document, first: int, last: int) -> bool:
    """Does a score ("4-0", "2 – 1") start at a word from first to last-1?"""
    return any(_score_at(doc, j) >= 0 for j in range(first, last))


def match_report(doc: Document) -> bool:
    """Is the text a match report: three words of [match_words], or one of them and a score
    ("4-0") anywhere in it?"""
    found = doc.analysis.vocabulary.intersection(_play_tables().match)
    if len(found) >= MATCH_WORDS_NEEDED:
        return True
    return bool(found) and _holds_score(doc, 0, len(doc.lowers))


def sports_play(doc: Document, i: int) -> bool:
    """(senses28) Is the cue at word i the sports page's word for play, in a match report: an
    adjective of [play_intensity_words] before a noun of [play_noun_words] within PLAY_NOUN_WINDOW
    words ("a savage volley", "a brutal first half", "ruthless finishing"), or after a form of
    "be" in a sentence that gives a score ("United were ruthless in a 4-0 win"); or a verb of
    [play_shot_verbs] whose object is a shot ([play_goal_nouns]: "blasted a third", "slammed home
    the winner") or whose direction is a goal's ([play_direction_words] then [play_target_words]:
    "blasted it into the top corner")?"""
    t = _play_tables()
    lowers, sentence_of = doc.lowers, doc.token_sentences
    word = lowers[i]
    if word not in t.intensity and word not in t.shot_verbs:
        return False
    if not match_report(doc):
        return False
    k, n = sentence_of[i], len(lowers)
    if word in t.intensity:
        for j in range(i + 1, min(i + 1 + PLAY_NOUN_WINDOW, n)):
            if sentence_of[j] != k or lowers[j] in _CLAUSE_STOPS:
                break
            if lowers[j] in t.nouns:
                return True
        if i > 0 and sentence_of[i - 1] == k and lowers[i - 1] in _BE:
            sentence = doc.sentences[k]
            return _holds_score(doc, sentence.first_token, sentence.last_token + 1)
        return False
    direction = False
    for j in range(i + 1, min(i + 1 + SHOT_WINDOW, n)):
        if sentence_of[j] != k or lowers[j] in _CLAUSE_STOPS or "," in doc.text[doc.token_ends[j - 1] : doc.token_starts[j]]:
            return False
        if j - i <= PLAY_NOUN_WINDOW and not direction and lowers[j] in t.goal_nouns:
            return True  # "blasted a third", "slammed home the winner", "hammered in the opener"
        if lowers[j] in t.directions:
            direction = True
        elif direction and lowers[j] in t.targets:
            return True  # "blasted the ball into the top corner", "past the keeper"
    return False
