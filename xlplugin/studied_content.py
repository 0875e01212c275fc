"""The subject a report names (loaded_language, senses28): a label of content that a study
codes, a platform removes or a court tries, from the tables of xlplugin/data/studied_content.txt.

- `named_subject(doc, i)`: a label of [content_label_words] said of posts, messages or speech
  ([content_nouns] within two words after it, "threatening or racist messages"), or put after
  "as" by a verb of coding ([coding_verbs]: "coded 2,310 of them as abusive", "flagged as
  hateful"), or a noun of [content_category_nouns] ("insults", "harassment", "threats"), in a
  sentence that, with the one before it, speaks of a study, a count, a removal or a prosecution
  ([study_words]: "according to a study", "removed 4,000 abusive comments", "charged with
  sending racist messages"), names what is reported on: it is not the writer's judgement. "The
  mayor's abusive posts shamed the town", "his racist rant" with no such words keep their cue.
- (topics43) `named_topic(doc, first, last)`: a loaded noun that names a phenomenon
  ([topic_noun_phrases]: "propaganda", "xenophobia", "fake news") named as the story's topic: the
  object of study, measurement or law (a phrase of [topic_frame_phrases] before it, up to
  TOPIC_GAP modifiers between: "a study of online propaganda", "the spread of fake information",
  "laws against hate speech", "reports of xenophobia", "tackling propaganda"), the first part of
  a compound naming a field or a law ([topic_compound_words]: "propaganda research", "fake news
  laws"), or opening a sentence that reports a study's finding, after "rising" or an article at most ("Rising
  xenophobia, researchers found", "Fake news spreads faster, a study finds"). A possessive or a
  demonstrative between frame and noun ("the spread of his propaganda", "a study of this
  propaganda") and a noun said of someone's words with no such frame ("his claims are
  propaganda") keep the cue.
- (loaded45) In a report about the topic (a word of [study_words] in its sentence or the one before
  it, or the same noun named as the topic elsewhere in the text), two more uses name it: the
  object of an ordinary verb of holding or passing on content ([topic_carrying_verbs]) whose
  subject is a thing that carries content ([topic_carrier_words]: "the post might contain fake
  information", "sites that spread propaganda are flagged"), and the first part of a compound
  naming an instrument ([topic_instrument_words]: "used radio as a propaganda tool", "propaganda
  techniques"). An actor as the subject ("the regime is spreading propaganda"), "be" before the
  compound ("the app is a propaganda tool") or a possessive ("the regime's propaganda tool") keep
  the cue, as does any of these in a text that does not report on the topic.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from . import phrases
from .text import Document

__all__ = ["DATA", "named_subject", "named_topic"]

DATA = "studied_content.txt"
# The words after a label searched for its noun: "abusive posts", "hateful online content".
NOUN_WINDOW = 2
# The words before "as" searched for a verb of coding: "coded 2,310 of them as abusive".
CODING_WINDOW = 5
# Words that join two labels before their noun ("threatening or racist messages").
_JOINERS = frozenset("or and , /".split())


# (topics43) The words that may stand between a frame and its topic noun ("a study of online
# propaganda", "laws against hate speech and xenophobia").
TOPIC_GAP = 3
# Words that end the gap: a possessive or a demonstrative makes the noun a verdict on someone's
# words ("the spread of his propaganda"), a verb, a clause word or a preposition starts another
# phrase ("campaigned against the mayor with propaganda").
_TOPIC_STOPS = frozenset("""his her their its our your my this that these those is are was were be been
    being which who whom whose when because if as to not no with by for from in on at into over about
    of""".split())
_TOPIC_ARTICLES = frozenset("the a an".split())
# (loaded45) The words searched back from a verb of carrying for its subject ("the post might
# contain", "sites that routinely spread").
CARRIER_WINDOW = 3
# (loaded45) "be" right before an instrument compound's article makes it a predicate: "the app is
# a propaganda tool" is the writer's verdict.
_BE = frozenset("is are was were be been being 's \u2019s".split())


class _Tables(NamedTuple):
    labels: frozenset[str]
    nouns: frozenset[str]
    categories: frozenset[str]
    coding: frozenset[str]
    study: frozenset[str]
    topics: dict[str, tuple[tuple[str, ...], ...]]  # (topics43) {first word: phrases}
    frames: frozenset[tuple[str, ...]]
    frame_longest: int
    topic_compounds: frozenset[str]
    rises: frozenset[str]
    findings: frozenset[str]
    carrying: frozenset[str]  # (loaded45)
    carriers: frozenset[str]
    subject_skips: frozenset[str]
    instruments: frozenset[str]


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    def words(section: str) -> frozenset[str]:
        return phrases.words(DATA, section)

    frames = frozenset(p for group in phrases.phrases(DATA, "topic_frame_phrases").values() for p in group)
    return _Tables(words("content_label_words"), words("content_nouns"), words("content_category_nouns"),
                   words("coding_verbs"), words("study_words"), phrases.phrases(DATA, "topic_noun_phrases"),
                   frames, max(len(p) for p in frames), words("topic_compound_words"), words("topic_rise_words"),
                   words("topic_finding_words"), words("topic_carrying_verbs"), words("topic_carrier_words"),
                   words("topic_subject_skip_words"), words("topic_instrument_words"))


def warm_up() -> None:
    _tables()


def _labels_content(doc: Document, i: int, t: _Tables) -> bool:
    """Is the label at word i said of content: a noun of [content_nouns] within NOUN_WINDOW words
    after it, past other labels and their joiners ("threatening or racist messages"), or put after
    "as" by a verb of coding within CODING_WINDOW words before it?"""
    lowers, sentence_of = doc.lowers, doc.token_sentences
    k, n = sentence_of[i], len(lowers)
    j, seen = i + 1, 0
    while j < n and sentence_of[j] == k and seen < NOUN_WINDOW:
        word = lowers[j]
        if word in t.nouns:
            return True
        if word not in t.labels and word not in _JOINERS:
            seen += 1
        j += 1
    first = doc.sentences[k].first_token
    a = i - 1
    while a > first and (lowers[a] in t.labels or lowers[a] in _JOINERS):
        a -= 1  # "coded 900 posts as threatening or racist"
    if a >= first and lowers[a] == "as":
        return any(lowers[m] in t.coding for m in range(max(first, a - CODING_WINDOW), a))
    return False


def _about_a_study(doc: Document, k: int, t: _Tables) -> bool:
    """Does sentence k, or the sentence before it, hold a word of [study_words]?"""
    sentences, lowers = doc.sentences, doc.lowers
    for m in (k, k - 1):
        if m >= 0 and not t.study.isdisjoint(lowers[sentences[m].first_token : sentences[m].last_token]):
            return True
    return False


def named_subject(doc: Document, i: int) -> bool:
    """Is the one-word cue at word i the name of what a report studies, counts, removes or tries
    (see the module's text)?"""
    t = _tables()
    word = doc.lowers[i]
    if word in t.categories:
        pass
    elif word not in t.labels or not _labels_content(doc, i, t):
        return False
    return _about_a_study(doc, doc.token_sentences[i], t)


def _joined(doc: Document, j: int) -> bool:
    """Is word j in the sentence of word j - 1 with only spaces or a hyphen between them?"""
    return j > 0 and doc.token_sentences[j] == doc.token_sentences[j - 1] \
        and not doc.text[doc.token_ends[j - 1] : doc.token_starts[j]].strip(" -")


def _topic_end(doc: Document, first: int, t: _Tables) -> int | None:
    """The word after the [topic_noun_phrases] phrase that starts at `first` (None when none)."""
    lowers = doc.lowers
    for phrase in t.topics.get(lowers[first], ()):
        end = first + len(phrase)
        if tuple(lowers[first:end]) == phrase and all(_joined(doc, j) for j in range(first + 1, end)):
            return end
    return None


def _framed(doc: Document, first: int, t: _Tables) -> bool:
    """Does a phrase of [topic_frame_phrases] end right before `first`, or TOPIC_GAP words or fewer
    before it ("a study of online propaganda"), with no word of _TOPIC_STOPS or possessive between?"""
    lowers = doc.lowers
    end = first  # the frame ends right before word `end`
    for _ in range(TOPIC_GAP + 1):
        if not _joined(doc, end):
            return False
        for n in range(1, t.frame_longest + 1):
            start = end - n
            if start >= 0 and tuple(lowers[start:end]) in t.frames and all(_joined(doc, j) for j in range(start + 1, end)):
                return True
        gap = lowers[end - 1]
        if gap in _TOPIC_STOPS or gap.endswith(("'s", "\u2019s", "'", "\u2019")) or not gap[:1].isalpha():
            return False
        end -= 1
    return False


def _opens_study_sentence(doc: Document, first: int, t: _Tables) -> bool:
    """Does the topic at `first` open its sentence, after an article or a word of [topic_rise_words]
    at most, in a sentence that reports a finding: a word of [study_words] and one of
    [topic_finding_words] ("Rising xenophobia, researchers found")?"""
    sentence = doc.sentences[doc.token_sentences[first]]
    start = sentence.first_token
    while start < first and (doc.lowers[start] in _TOPIC_ARTICLES or doc.lowers[start] in t.rises):
        start += 1
    if start != first:
        return False
    said = doc.lowers[sentence.first_token : sentence.last_token]
    return not t.study.isdisjoint(said) and not t.findings.isdisjoint(said)


def _places_before(doc: Document, first: int) -> list[int]:
    """The words before `first` that a verb or an article of its phrase may be, nearest first: the
    word right before it and the words before each of up to TOPIC_GAP plain modifiers."""
    lowers, places = doc.lowers, []
    end = first
    for _ in range(TOPIC_GAP + 1):
        if not _joined(doc, end):
            break
        places.append(end - 1)
        gap = lowers[end - 1]
        if gap in _TOPIC_STOPS or gap.endswith(("'s", "\u2019s", "'", "\u2019")) or not gap[:1].isalpha():
            break
        end -= 1
    return places


def _carried_object(doc: Document, first: int, t: _Tables) -> bool:
    """(loaded45) Is the topic at `first` the object of a verb of [topic_carrying_verbs] (plain
    modifiers between) whose subject is a thing of [topic_carrier_words], up to CARRIER_WINDOW
    words of [topic_subject_skip_words] between ("the post might contain fake information",
    "sites that spread propaganda")?"""
    lowers = doc.lowers
    for verb in _places_before(doc, first):
        if lowers[verb] not in t.carrying:
            continue
        k = verb - 1
        while k >= 0 and verb - k <= CARRIER_WINDOW + 1 and _joined(doc, k + 1):
            if lowers[k] in t.carriers:
                return True
            if lowers[k] not in t.subject_skips:
                return False
            k -= 1
        return False
    return False


def _instrument_compound(doc: Document, first: int, end: int, t: _Tables) -> bool:
    """(loaded45) Is the topic at first..end-1 the first part of a compound naming an instrument
    ([topic_instrument_words]: "as a propaganda tool"), not said of something with "be" ("is a
    propaganda tool") nor after a possessive ("the regime's propaganda tool")?"""
    lowers = doc.lowers
    if end >= len(lowers) or lowers[end] not in t.instruments or not _joined(doc, end):
        return False
    k = doc.sentences[doc.token_sentences[first]].first_token
    before = first - 1
    while before >= k and lowers[before] in _TOPIC_ARTICLES:
        before -= 1
    if before < k:
        return True
    word = lowers[before]
    return word not in _BE and not word.endswith(("'s", "\u2019s", "'", "\u2019"))


def _reports_on(doc: Document, first: int, t: _Tables) -> bool:
    """(loaded45) Does the text report on the topic at `first`: a word of [study_words] in its
    sentence or the one before it, or the same noun named as the topic elsewhere in the text (by a
    frame, a compound of a field or a law, or opening a sentence about a study)?"""
    if _about_a_study(doc, doc.token_sentences[first], t):
        return True
    lowers, word = doc.lowers, doc.lowers[first]
    for other in range(len(lowers)):
        if other != first and lowers[other] == word and _named_plainly(doc, other, t):
            return True
    return False


def _named_plainly(doc: Document, first: int, t: _Tables) -> bool:
    """The topics43 reading: is the [topic_noun_phrases] phrase at `first` the object of a frame,
    the first part of a compound of a field or a law, or opening a sentence about a study?"""
    end = _topic_end(doc, first, t)
    if end is None:
        return False
    if end < len(doc.lowers) and doc.lowers[end] in t.topic_compounds and _joined(doc, end):
        return True  # "propaganda research", "fake news laws"
    return _framed(doc, first, t) or _opens_study_sentence(doc, first, t)


def named_topic(doc: Document, first: int, last: int) -> bool:
    """(topics43) Is the cue at words first..last-1 a loaded noun named as the story's topic: the
    object of study, measurement or law, the first part of a compound naming a field or a law, or
    opening a sentence about a study (see the module's text)?"""
    t = _tables()
    end = _topic_end(doc, first, t)
    if end is None or end < last:
        return False
    if _named_plainly(doc, first, t):
        return True
    if _carried_object(doc, first, t) or _instrument_compound(doc, first, end, t):
        return _reports_on(doc, first, t)  # (loaded45) "the post might contain fake information"
    return False
