"""(sources19) Who spoke, found by shapes the attribution pass (`xlplugin.cues`) leaves to later
passes: one finder that both unsourced claims and provenance's "named sources with roles" and
"attributed direct quotes" cues read, so that the two signals see the same speakers.

- `with_quote_speakers`: the speaker named right after a quotation, whatever the verb ("“...,”
  Ada Crane fired back", "“...?” he asked"; claims9);
- `with_missed_speakers`: the shapes of `xlplugin.missed_speakers` (claims18: a court that heard
  it, a named speaker and a colon before a quotation, a name with an age, a role before a
  who-clause).

Each fills only a sentence that names no source, or only a vague one (a missed speaker), so what
the attribution pass found stays as it was. `speakers(doc)` is the attribution pass's finding with
both, as provenance reads it; unsourced claims puts the same two passes in its own chain of
sources (between them, its weasel and document passes).
"""

from __future__ import annotations

import bisect
from functools import lru_cache

from . import missed_speakers
from .cues import DATA_FILE, Attribution
from .phrases import words
from .text import Document

__all__ = ["speakers", "with_quote_speakers", "with_missed_speakers", "missed_speaker", "quote_speaker"]


def speakers(doc: Document) -> tuple[Attribution | None, ...]:
    """Per sentence of `doc`: its attribution (`doc.analysis.attributions`), with the speakers of
    `with_quote_speakers` and `with_missed_speakers` where it names none."""
    return with_missed_speakers(doc, with_quote_speakers(doc, doc.analysis.attributions))


# A quotation's speaker after it (claims9): the marks that end a quotation's text right before its
# closing mark in the news form "“...,” Clinton fired back", "“...?” he asked".
_QUOTE_END_MARKS = frozenset(",?!")
_SPEAKER_PRONOUNS = frozenset({"he", "she", "they"})
_SPEAKER_MAX_WORDS = 4  # a name: "Clinton", "Senator Ann Lee", "Mary Ann de Roe" (up to four words)


def quote_speaker(doc: Document, q_end: int, i: int) -> Attribution | None:
    """The speaker named right after a quotation ending at offset `q_end` with ",", "?" or "!"
    before its closing mark, on the same line: "he", "she", "they" or up to four capitalised
    words (the first not of attribution.txt [not_name_words]: "Because", "The"), then a
    lower-case verb in the past ("fired back", "snapped", "vented") or a verb of saying
    (attribution.txt [reporting_words]). News writes a quotation's speaker and verb this way
    whatever the verb; the speaker is the quotation's source. (`i`: the first word after the
    quotation; the caller has read the mark before the closing one.)"""
    text, starts, lowers, texts = doc.text, doc.token_starts, doc.lowers, doc.token_texts
    gap = text[q_end:starts[i]]
    if not gap.isspace() or "\n" in gap:
        return None  # (the speaker stands on the quotation's line)
    if lowers[i] in _SPEAKER_PRONOUNS:
        kind, j = "pronoun", i + 1
    elif lowers[i] in words(DATA_FILE, "not_name_words"):
        return None  # ("Because", "The": no name)
    else:
        j = i
        while j < len(texts) and j - i < _SPEAKER_MAX_WORDS and texts[j][:1].isupper() and texts[j][1:2].islower():
            j += 1
        kind = "named"
    if j == i or j >= len(texts) or doc.token_sentences[j] != doc.token_sentences[i]:
        return None
    verb = texts[j]
    if not verb.islower() or not ((verb.endswith("ed") and len(verb) > 4) or verb in words(DATA_FILE, "reporting_words")):
        return None
    return Attribution(kind, starts[i], doc.token_ends[j], "the speaker after the quotation", True, False, True)


def with_quote_speakers(doc: Document, found: tuple[Attribution | None, ...]) -> tuple[Attribution | None, ...]:
    """The attributions, with the speaker named right after a quotation (`quote_speaker`:
    "“...,” Clinton fired back.") as the source of its sentence when the sentence names
    none otherwise (claims9). (One look at the character before each quotation's closing mark;
    the words after it are read only when its sentence has no attribution yet.)"""
    out, text, starts = None, doc.text, doc.token_starts
    for _, q_end in doc.quotes:
        if q_end < 2 or text[q_end - 2] not in _QUOTE_END_MARKS:
            continue
        i = bisect.bisect_left(starts, q_end)
        if i >= len(starts):
            continue
        k = doc.token_sentences[i]
        if found[k] is None and (out is None or out[k] is None):
            speaker = quote_speaker(doc, q_end, i)
            if speaker is not None:
                out = out or list(found)
                out[k] = speaker
    return found if out is None else tuple(out)


def with_missed_speakers(doc: Document, found: tuple[Attribution | None, ...]) -> tuple[Attribution | None, ...]:
    """(claims18) The attributions, with a speaker the attribution pass missed
    (`missed_speakers.missed_speaker`: "..., Kesterford Magistrates' Court heard on Wednesday.",
    "Ratepayers' Union boss Ada Crane fumed: “...”", "Priya Shah, 38, said") as the source of
    a sentence that names none or only a vague one, or (sources19) only a pronoun: "The head
    teacher, who joined the school in 2019, said" is the head teacher's word, not a "who"'s."""
    if not missed_speakers.may_hold(doc):
        return found
    out = list(found)
    for k in range(len(doc.sentences)):
        if out[k] is None or not out[k].sourced or out[k].kind == "pronoun":
            # (read once a sentence, `doc.analysis.missed_speaker`: both signals ask)
            speaker = doc.analysis.missed_speaker(k)
            if speaker is not None:
                out[k] = speaker
    return tuple(out)


def missed_speaker(doc: Document, k: int) -> Attribution | None:
    """The speaker of sentence k by a shape of `xlplugin.missed_speakers` (its verbs of saying:
    attribution.txt [reporting_words]), or None. Read it as `doc.analysis.missed_speaker(k)`."""
    return missed_speakers.missed_speaker(doc, doc.sentences[k], _reporting_words())


@lru_cache(maxsize=1)
def _reporting_words() -> frozenset[str]:
    return words(DATA_FILE, "reporting_words")  # (`words` hashes its section's lines at each call)
