"""Unsourced claims: how many of a text's checkable factual claims say where they come from.

Measures: the check-worthy sentences (numbers and statistics, comparatives and superlatives,
causal claims, what a named actor did or intends) and, for each, whether it or the sentence next
to it in the same paragraph carries an attribution: a named person or organisation with a
reporting verb, an attributed quotation, a link or a named document (see `xlplugin.cues`).
Weasel attributions ("experts say", "it is believed", "according to the data") and redacted
sources ("**") count as unsourced.
Native value: the share of check-worthy sentences that are unsourced, 0..1, higher = worse.
Details: check-worthy and unsourced counts, unsourced claims per 1,000 words.
Normalised score: 1 when every claim is sourced, falling linearly to 0 at UNSOURCED_ZERO.
Evidence: every check-worthy sentence, kind "unsourced" or "sourced", with why it is
check-worthy and which source (or weasel phrase) was found.
Blind spots: a source named two sentences away or once per article ("she said" trusts the
pronoun); background facts everyone accepts ("Paris is the capital of France" is a claim here);
rules tuned on English news and debate transcripts; no understanding of whether the source is
any good.
"""

from __future__ import annotations

import re

from .. import cues
from ..settings import Settings
from ..text import Document, Sentence
from ..types import Evidence, Score

__all__ = ["NAME", "VERSION", "UNIT", "score", "check_worthy_reasons", "is_check_worthy", "warm_up"]

NAME = "unsourced_claims"
VERSION = "1"
UNIT = "share of check-worthy sentences unsourced, 0..1 (higher = worse)"

DATA_FILE = "claims.txt"
# Normalisation: a share of 0 unsourced is 1.0; UNSOURCED_ZERO or more is 0.0, linear between.
# Edited wire reports attribute nearly every figure and claim (a share of about 0.2-0.4 stays
# unsourced under these rules: background facts, the reporter's own scene-setting); opinion and
# content-farm pieces leave most claims bare (0.7-1.0). Putting zero at 0.9 rather than 1.0 keeps
# some room between "nearly everything bare" and "everything bare" from costing the whole score.
UNSOURCED_ZERO = 0.9
# A sentence this short is a heading, a caption or a fragment, not a claim.
MIN_WORDS = 5
EVIDENCE_DETAIL_MAX = 160

_DIGIT_RE = re.compile(r"\d")
_COMPARATIVE_THAN_RE = re.compile(r"\b\w+er\s+than\b|\b(?:more|less|fewer)\b", re.IGNORECASE)


def warm_up() -> None:
    cues.warm_up()
    for section in ("quantity_words", "number_words", "comparison_words", "not_superlative_words",
                    "causal_words", "action_words"):
        cues.words(DATA_FILE, section)
    for section in ("causal_phrases", "question_or_opinion_phrases"):
        cues.phrases(DATA_FILE, section)


def check_worthy_reasons(doc: Document, sentence: Sentence) -> list[str]:
    """Why `sentence` states a checkable fact: e.g. ["number \u201c3.9\u201d", "comparison
    \u201chighest\u201d"]; an empty list when it does not (too short, a question, a wish)."""
    toks = doc.tokens[sentence.first_token : sentence.last_token]
    if len(toks) < MIN_WORDS:
        return []
    text = sentence.text.rstrip()
    if text.endswith("?"):
        return []
    lowers = [t.lower for t in toks]
    if cues.match_phrases(lowers[:3], cues.phrases(DATA_FILE, "question_or_opinion_phrases")):
        return []
    reasons: list[str] = []
    quantity = cues.words(DATA_FILE, "quantity_words")
    numbers = cues.words(DATA_FILE, "number_words")
    comparison = cues.words(DATA_FILE, "comparison_words")
    not_sup = cues.words(DATA_FILE, "not_superlative_words")
    causal = cues.words(DATA_FILE, "causal_words")
    actions = cues.words(DATA_FILE, "action_words")
    not_names = cues.words(cues.DATA_FILE, "not_name_words")
    for t in toks:
        if _DIGIT_RE.search(t.text) or "%" in doc.text[t.end : t.end + 1]:
            reasons.append(f"number \u201c{t.text}\u201d")
            break
    else:
        for t in toks:
            if t.lower in numbers or t.lower in quantity:
                reasons.append(f"quantity \u201c{t.text}\u201d")
                break
    for t in toks:
        lw = t.lower
        if lw in comparison or (lw.endswith("est") and len(lw) > 5 and lw not in not_sup):
            reasons.append(f"comparison \u201c{t.text}\u201d")
            break
    for t in toks:
        if t.lower in causal:
            reasons.append(f"cause \u201c{t.text}\u201d")
            break
    else:
        if cues.match_phrases(lowers, cues.phrases(DATA_FILE, "causal_phrases")):
            reasons.append("cause")
    if not reasons:
        names = [i for i, t in enumerate(toks) if cues.is_name_token(t, i, toks, not_names)]
        if names:
            for i, t in enumerate(toks):
                if t.lower in actions and doc.quote_at(t.start) is None:
                    reasons.append(f"named actor \u201c{toks[names[0]].text}\u201d did or intends \u201c{t.text}\u201d")
                    break
    return reasons


def is_check_worthy(doc: Document, sentence: Sentence | None = None) -> bool:
    """Is `sentence` (by default: any sentence of `doc`) a check-worthy factual claim?"""
    if sentence is not None:
        return bool(check_worthy_reasons(doc, sentence))
    return any(check_worthy_reasons(doc, s) for s in doc.sentences)


def _short(text: str) -> str:
    return text if len(text) <= EVIDENCE_DETAIL_MAX else text[: EVIDENCE_DETAIL_MAX - 1] + "\u2026"


def score(doc: Document, settings: Settings) -> Score:
    found = cues.attributions(doc)
    sentences = doc.sentences
    evidence: list[Evidence] = []
    worthy = unsourced = 0
    for k, sentence in enumerate(sentences):
        reasons = check_worthy_reasons(doc, sentence)
        if not reasons:
            continue
        worthy += 1
        own = found[k]
        source = own if own is not None and own.sourced else None
        where = "in the sentence"
        if source is None:
            for n in (k - 1, k + 1):
                if 0 <= n < len(sentences) and sentences[n].paragraph == sentence.paragraph:
                    other = found[n]
                    if other is not None and other.sourced:
                        source, where = other, "in the next sentence" if n > k else "in the previous sentence"
                        break
        why = "check-worthy: " + "; ".join(reasons)
        if source is not None:
            cue = doc.text[source.start : source.end]
            detail = f"{why}; sourced ({source.kind}) {where}: \u201c{_short(cue)}\u201d"
            kind = "sourced"
        else:
            unsourced += 1
            kind = "unsourced"
            if own is not None:
                detail = f"{why}; unsourced: {own.detail}"
            else:
                detail = f"{why}; no attribution in or next to the sentence"
        evidence.append(Evidence(sentence.text, kind, sentence.start, sentence.end, detail))
    words = doc.word_count
    if worthy == 0:
        return Score(NAME, None, None, UNIT, note="no check-worthy claims found",
                     details={"check_worthy": 0, "unsourced": 0, "unsourced_per_1000_words": 0.0})
    share = unsourced / worthy
    normalised = 1.0 - min(1.0, share / UNSOURCED_ZERO)
    per_1000 = 1000.0 * unsourced / words if words else 0.0
    return Score(
        NAME,
        round(share, 4),
        round(normalised, 4),
        UNIT,
        note=f"{unsourced} of {worthy} check-worthy sentences unsourced",
        evidence=tuple(evidence),
        details={
            "check_worthy": worthy,
            "unsourced": unsourced,
            "unsourced_per_1000_words": round(per_1000, 3),
        },
    )
