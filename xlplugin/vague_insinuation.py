"""Insinuation through unnamed sources (loaded_language version 89, jaq30), from the tables of
xlplugin/data/argued_voice.txt: the "just asking questions" piece that holds no loaded word but
hands its doubts to people nobody can check. Each match is one doubt term for loaded language.

- vague speakers stacked: two or more sentences of the writer's whose claim is a vague speaker's
  (a weasel attribution of the attribution pass whose words, or the three before them, hold one
  of [vague_speaker_words]: "Some election experts say", "Others say", "Critics argue") and that
  outnumber the sources a reader can check (a named person or body, a role, a document, a link): each
  vague speaker past the number of checkable sources counts (two vague and one named: one term);
- a verdict of suspicion ([vague_verdict_phrases]: "raises questions", "deserves scrutiny", "it
  remains unclear why") given to a vague speaker ("Some observers say this raises questions") or
  in a text whose vague speakers are stacked;
- suspicion said as a phrase ([suspicion_phrases]: "some are asking whether", "questions nobody
  seems to be asking", "we may never know the truth", "no coincidence");
- a coincidence offered as the innocent reading by a sentence that opens with a concession ("It
  may be that ... the timing is a coincidence": [concession_openers], [coincidence_words]).

- (calm31) anonymous insiders only: where the text names no source a reader can check and three
  or more of the writer's sentences rest on anonymous insiders ([anonymous_speaker_words] or the
  attribution pass's "anonymous source": "a source close to the singer revealed", "Another
  insider claimed", "A friend of Leo's told us"), each of them (`anonymous_only`, ANONYMOUS_MIN).

A report's anonymous sourcing beside a named source is none of these: "a person familiar with the matter said" and
"said an official who asked not to be named" are anonymous sources, not vague speakers, and one
"critics say" among named sources costs nothing. A phrase a named source says ("The ruling
deserves scrutiny, the mayor said") is the source's (`insinuation_formulas.reported`); one inside
a quotation is the speaker's (loaded language's tally decides that).
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple

from .insinuation_formulas import reported
from .phrases import longest_spans, match_phrases, phrases, words
from .text import Document

__all__ = ["DATA", "STACK_MIN", "STACK_DETAIL", "VERDICT_DETAIL", "PHRASE_DETAIL", "ANONYMOUS_MIN",
           "ANONYMOUS_DETAIL", "insinuations", "vague_speakers", "anonymous_only"]

DATA = "argued_voice.txt"
STACK_MIN = 2  # vague speakers that make a stack (with more of them than checkable sources)
SPEAKER_REACH = 3  # words before a weasel attribution read for its speaker ("Some election experts say")
CHECKABLE_KINDS = frozenset(("named", "role", "document", "link"))
STACK_DETAIL = "insinuation: unnamed sources stacked (some say ..., others say ...; few sources named): a loaded term"
VERDICT_DETAIL = "insinuation: a verdict of suspicion given to unnamed sources (raises questions ...): a loaded term"
PHRASE_DETAIL = "insinuation: suspicion said without a source (some are asking ..., no coincidence): a loaded term"
# (calm31) anonymous insiders that make a story told only on their word, where no source is named.
# Three, not two: on the SemEval-2019 tune half two anonymous sources and no checkable one stand in
# one article, a plain report; three stand in none (and in no PTC tune article).
ANONYMOUS_MIN = 3
ANONYMOUS_DETAIL = ("insinuation: every source an anonymous insider (a source close to ..., an insider ...; "
                    "no source named): a loaded term")
_WORD_RE = re.compile(r"[a-z]+")


_Keyed = dict[str, tuple[tuple[tuple[str, ...], int], ...]]  # key word: (phrase, where the key stands in it)


class _Tables(NamedTuple):
    speakers: frozenset[str]
    not_speakers: frozenset[str]
    verdicts: _Keyed
    suspicions: _Keyed
    openers: dict[str, tuple[tuple[str, ...], ...]]
    coincidence: frozenset[str]
    keys: frozenset[str]  # a word of one of these the text must hold for any rule but the stack
    anonymous: frozenset[str]  # (calm31) [anonymous_speaker_words]


def _keyed(section: str) -> _Keyed:
    """A phrase section by key word (the phrase's longest, the last of equals): a text is searched
    only at the places of the keys its vocabulary holds."""
    out: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for group in phrases(DATA, section).values():
        for p in group:
            at = max(range(len(p)), key=lambda i: (len(p[i]), i))
            out.setdefault(p[at], []).append((p, at))
    return {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in out.items()}


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    verdicts, suspicions = _keyed("vague_verdict_phrases"), _keyed("suspicion_phrases")
    coincidence = words(DATA, "coincidence_words")
    return _Tables(words(DATA, "vague_speaker_words"), words(DATA, "vague_speaker_exceptions"), verdicts,
                   suspicions, phrases(DATA, "concession_openers"), coincidence,
                   frozenset(verdicts) | frozenset(suspicions) | coincidence, words(DATA, "anonymous_speaker_words"))


def _positions(lowers: list[str], word: str) -> list[int]:
    out, i = [], -1
    while True:
        try:
            i = lowers.index(word, i + 1)
        except ValueError:
            return out
        out.append(i)


def _keyed_matches(doc: Document, keyed: _Keyed) -> list[tuple[int, int]]:
    lowers = doc.lowers
    found: list[tuple[int, int]] = []
    for key in doc.analysis.vocabulary.intersection(keyed):
        for i in _positions(lowers, key):
            for p, at in keyed[key]:
                first = i - at
                if first >= 0 and tuple(lowers[first : first + len(p)]) == p:
                    found.append((first, first + len(p)))
                    break
    return found


def warm_up() -> None:
    _tables()


def vague_speakers(doc: Document) -> tuple[list[int], int]:
    """The sentences (indexes) whose claim is a vague speaker's, outside quotations, and the number
    of sentences sourced to someone a reader can check (named, a role, a document, a link)."""
    attributions = doc.analysis.attributions
    t = _tables()
    vague: list[int] = []
    checkable = 0
    if not any(a is not None and a.kind == "weasel" for a in attributions):
        return vague, sum(1 for a in attributions if a is not None and a.kind in CHECKABLE_KINDS)
    for k, a in enumerate(attributions):
        if a is None:
            continue
        if a.kind in CHECKABLE_KINDS:
            checkable += 1
            continue
        if a.kind != "weasel" or "anonymous source" in a.detail or doc.quote_at(a.start) is not None:
            continue
        sentence = doc.sentences[k]
        before = doc.text[max(sentence.start, _reach_start(doc, a.start)) : a.end].lower()
        said_by = _WORD_RE.findall(before)
        if not t.speakers.isdisjoint(said_by) and t.not_speakers.isdisjoint(said_by):
            vague.append(k)
    return vague, checkable


def anonymous_only(doc: Document) -> list[int]:
    """(calm31) The sentences (indexes) of the writer's that rest on an anonymous insider ("a source
    close to the singer revealed", "Another insider claimed", "those close to the pair say"), where
    there are ANONYMOUS_MIN or more of them and the text has no source a reader can check (named,
    a role, a document, a link); else none."""
    attributions = doc.analysis.attributions
    words_of = _tables().anonymous
    found: list[int] = []
    for k, a in enumerate(attributions):
        if a is None:
            continue
        if a.kind in CHECKABLE_KINDS:
            return []
        if a.kind != "weasel" or doc.quote_at(a.start) is not None:
            continue
        if "anonymous source" in a.detail or not words_of.isdisjoint(_WORD_RE.findall(doc.text[a.start : a.end].lower())):
            found.append(k)
    return found if len(found) >= ANONYMOUS_MIN else []


def _reach_start(doc: Document, pos: int) -> int:
    """Where the SPEAKER_REACH words before `pos` start."""
    starts = doc.token_starts
    i = _first_token_at(starts, pos)
    return starts[max(0, i - SPEAKER_REACH)] if starts else pos


def _first_token_at(starts: list[int], pos: int) -> int:
    return bisect.bisect_left(starts, pos)


def insinuations(doc: Document) -> list[tuple[int, int, str]]:
    """The text's insinuations through unnamed sources as (first word, last word + 1, detail),
    in order, not overlapping."""
    t = _tables()
    vocabulary = doc.analysis.vocabulary
    has_keys = not vocabulary.isdisjoint(t.keys)
    anonymous = anonymous_only(doc) if not vocabulary.isdisjoint(t.anonymous) else []
    if vocabulary.isdisjoint(t.speakers) and not has_keys and not anonymous:
        return []  # most texts: set intersections
    vague, checkable = vague_speakers(doc)
    stacked = len(vague) >= STACK_MIN and len(vague) > checkable
    found: list[tuple[int, int, str]] = []
    attributions = doc.analysis.attributions
    starts = doc.token_starts
    if stacked:
        for k in vague[checkable:]:  # the vague speakers past the checkable sources' count
            a = attributions[k]
            first, last = _first_token_at(starts, a.start), _first_token_at(starts, a.end)
            if first < last:
                found.append((first, last, STACK_DETAIL))
    for k in anonymous[ANONYMOUS_MIN - 1 :: ANONYMOUS_MIN]:  # (calm31) one term for every ANONYMOUS_MIN insiders
        a = attributions[k]
        first, last = _first_token_at(starts, a.start), _first_token_at(starts, a.end)
        # the insider's words only, up to the last anonymity word ("Another insider" of "Another
        # insider claimed"): a verb of saying loaded language counts itself stays its own term
        keep = [i for i in range(first, last) if doc.lowers[i] in t.anonymous]
        if keep:
            last = keep[-1] + 1 + (keep[-1] + 1 < last and doc.lowers[keep[-1] + 1] in ("to", "with"))  # "close to"
        if first < last:
            found.append((first, last, ANONYMOUS_DETAIL))
    if has_keys:
        found += _phrases(doc, t, set(vague), stacked)
    spans = longest_spans([(a, b) for a, b, _ in found])
    detail = {(a, b): d for a, b, d in found}
    return [(a, b, detail[(a, b)]) for a, b in spans]


def _phrases(doc: Document, t: _Tables, vague: set[int], stacked: bool) -> list[tuple[int, int, str]]:
    sentence_of = doc.token_sentences
    found: list[tuple[int, int, str]] = []
    for first, last in _keyed_matches(doc, t.verdicts):
        k = sentence_of[first]
        if sentence_of[last - 1] == k and (k in vague or stacked) and not reported(doc, (first, last)):
            found.append((first, last, VERDICT_DETAIL))
    for first, last in _keyed_matches(doc, t.suspicions):
        if sentence_of[first] == sentence_of[last - 1] and not reported(doc, (first, last)):
            found.append((first, last, PHRASE_DETAIL))
    if not doc.analysis.vocabulary.isdisjoint(t.coincidence):
        found += _coincidences(doc, t)
    return found


def _coincidences(doc: Document, t: _Tables) -> list[tuple[int, int, str]]:
    """A word of coincidence in a sentence that opens with a concession ("It may be that ...")."""
    lowers = doc.lowers
    found: list[tuple[int, int, str]] = []
    for i in sorted(i for w in doc.analysis.vocabulary.intersection(t.coincidence) for i in _positions(lowers, w)):
        s = doc.sentences[doc.token_sentences[i]]
        head = lowers[s.first_token : s.first_token + 5]
        if match_phrases(head, t.openers) and any(a == 0 for a, _ in match_phrases(head, t.openers)) \
                and not reported(doc, (i, i + 1)):
            found.append((i, i + 1, PHRASE_DETAIL))
    return found
