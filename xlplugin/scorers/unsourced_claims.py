"""Unsourced claims: how many of a text's checkable factual claims say where they come from.

Measures: the check-worthy sentences (numbers and statistics, comparatives and superlatives,
causal claims, what a named actor did or intends) and, for each, whether it or the sentence next
to it in the same paragraph carries an attribution: a named person or organisation with a
reporting verb, an attributed quotation, a link or a named document (see `xlplugin.cues`).
Weasel attributions ("experts say", "it is believed", "according to the data") and redacted
sources ("**") count as unsourced. Page furniture is not prose and holds no claims: the byline,
date and credit lines provenance finds, and (version 4, `xlplugin.prose`) time stamps ("Mon 20
Jan 2020 06.05 GMT"), navigation labels, lists of other articles' headlines, code, and
paragraphs repeated across the outlet's documents in a batch.
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

import bisect
import re
from functools import lru_cache
from itertools import compress

from .. import cues, prose
from . import provenance
from ..lexicon import memo_map
from ..settings import Settings
from ..text import Document, Sentence
from ..types import Evidence, Score, SignalInfo

__all__ = ["NAME", "VERSION", "UNIT", "score", "check_worthy_reasons", "is_check_worthy", "warm_up"]

NAME = "unsourced_claims"
VERSION = "4"
UNIT = "share of check-worthy sentences unsourced, 0..1 (higher = worse)"


def _why(sig: Score) -> str:
    unsourced = sum(1 for e in sig.evidence if e.kind == "unsourced")
    total = sum(1 for e in sig.evidence if e.kind in ("unsourced", "sourced"))
    if unsourced == 0:
        return f"all {total} check-worthy claims sourced"
    return f"{unsourced} of {total} check-worthy claims unsourced"


def _mark(item: Evidence) -> str:
    return item.kind if item.kind in ("sourced", "unsourced") else ""


INFO = SignalInfo(
    NAME,
    header="Unsourced share of check-worthy claims (higher = worse)",
    phrase=_why,
    reading=(
        "Of the sentences that make a checkable claim (numbers, superlatives, causes, what someone "
        "did), the share with no named source, quotation or document next to them. 'Experts say' "
        "counts as unsourced.",
        "0-100 %; higher = more claims with no source (red).",
        "Rumours, reposts, opinion presented as fact.",
        "Reports that say who said what and where the numbers come from.",
        "Cannot check whether a named source is real or quoted fairly.",
    ),
    table=("unsourced", 2),
    excel=("XLP_UNSOURCED", "Unsourced claims: share of check-worthy claims with no source, 0-1 (higher = worse)."),
    aliases=("unsourced",),
    number_format="0%",  # stored as a 0..1 fraction
    colours=(1, 0),
    mark=_mark,
    outlets_header="Unsourced share of claims",
    abbreviation="unsrc.",
)

DATA_FILE = "claims.txt"
SHARED_KEY = "unsourced_claims.flags"  # the per-token cue flags, in Document.shared
# Normalisation: a share of 0 unsourced is 1.0; UNSOURCED_ZERO or more is 0.0, linear between.
# Edited wire reports attribute nearly every figure and claim (a share of about 0.2-0.4 stays
# unsourced under these rules: background facts, the reporter's own scene-setting); opinion and
# content-farm pieces leave most claims bare (0.7-1.0). Putting zero at 0.9 rather than 1.0 keeps
# some room between "nearly everything bare" and "everything bare" from costing the whole score.
UNSOURCED_ZERO = 0.9
# A sentence shorter than this is a heading, a caption or a fragment, not a claim; four words
# is the shortest full claim with a source ("Experts say crime doubled.").
MIN_WORDS = 4
EVIDENCE_DETAIL_MAX = 160

# Check-worthiness points. The cue types follow fact-checkers' claim types (quantities,
# comparisons, causes, what a named actor did); the points say how much each makes a sentence
# checkable. A number or an amount is a claim by itself (2 points = the threshold); the others
# need a second cue ("Smith voted" = actor + past event; "crime rose since 2010" = change + time).
# Modals and first-person opinion make a sentence a plan, a prediction or a view, not a fact.
# The points were set by hand from that reasoning, then checked on the ClaimBuster "tune" split
# (F1 0.66 there; small integer changes moved it by at most 0.01, see scripts/evaluation).
POINTS = {
    "number": 2,        # a digit, "%" or "$"
    "quantity": 2,      # "million", "percent", "doubled"
    "number word": 1,   # "three", "fifty": often a count, also often "one of those two things"
    "change": 1,        # "rose", "cut", "declined"
    "comparison": 1,    # "more", "largest", "-er than"
    "cause": 1,         # "because", "led to"
    "time": 1,          # "since", "ago", "in 2019"
    "past event": 1,    # a past-tense verb other than a verb of saying
    "named actor": 1,   # a capitalised name after the first word
    "prediction": 1,    # an amount with a verb of effect: "will cost thousands of jobs"
    "modal": -1,        # "will", "would", "should", "want"
    "opinion": -2,      # "I think", "we believe" in the first words
}
THRESHOLD = 2
# A sentence that leans on a weasel attribution ("experts say", "it is believed") presents what
# follows as established fact; one factual cue is then enough to make it a claim to check.
WEASEL_THRESHOLD = 1
# "I think", "we believe": the opinion verb must come within this many words of the start.
OPINION_WINDOW = 4

_DIGIT_RE = re.compile(r"\d")
_YEAR_RE = re.compile(r"^(?:1[89]|20)\d\d$")


def warm_up() -> None:
    cues.warm_up()
    prose.warm_up()
    provenance.warm_up()
    for section in ("quantity_words", "number_words", "change_words", "comparison_words",
                    "not_superlative_words", "causal_words", "time_words", "past_tense_words",
                    "modal_words", "opinion_words", "first_person_words", "impact_words"):
        cues.words(DATA_FILE, section)
    cues.phrases(DATA_FILE, "causal_phrases")


# Bits of the per-word flags (one cached lookup per distinct word, see _flags).
_NUMBER, _YEAR, _QUANTITY, _NUMBER_WORD, _CHANGE, _COMPARISON, _CAUSE, _TIME, _PAST, _MODAL, \
    _OPINION, _FIRST_PERSON, _CAPITAL, _ER, _THAN, _CAUSE_KEY, _IMPACT = (1 << k for k in range(17))
_KIND_BITS = (
    ("number", _NUMBER), ("quantity", _QUANTITY), ("number word", _NUMBER_WORD), ("change", _CHANGE),
    ("comparison", _COMPARISON), ("cause", _CAUSE), ("time", _TIME | _YEAR), ("past event", _PAST),
    ("modal", _MODAL), ("named actor", _CAPITAL),
)


@lru_cache(maxsize=1 << 17)
def _flags(word: str) -> int:
    """What one word (as written) can show: a bit set of the cue types above."""
    w = lambda section: cues.words(DATA_FILE, section)  # noqa: E731 - a short local alias
    lw = word.lower()
    f = 0
    if _DIGIT_RE.search(lw):
        f |= _YEAR if _YEAR_RE.match(lw) else _NUMBER
    if lw in w("quantity_words"):
        f |= _QUANTITY
    elif lw in w("number_words"):
        f |= _NUMBER_WORD
    if lw in w("change_words"):
        f |= _CHANGE
    if lw in w("comparison_words") or (lw.endswith("est") and len(lw) > 5 and lw not in w("not_superlative_words")):
        f |= _COMPARISON
    if lw.endswith("er"):
        f |= _ER
    if lw == "than":
        f |= _THAN
    if lw in w("causal_words"):
        f |= _CAUSE
    if lw in _causal_keys():
        f |= _CAUSE_KEY
    if lw in w("time_words"):
        f |= _TIME
    if (lw in w("past_tense_words") or (lw.endswith("ed") and len(lw) > 4)) and lw not in cues.words(cues.DATA_FILE, "reporting_words"):
        f |= _PAST
    if lw in w("modal_words"):
        f |= _MODAL
    if lw in w("impact_words"):
        f |= _IMPACT
    if lw in w("opinion_words"):
        f |= _OPINION
    if lw in w("first_person_words"):
        f |= _FIRST_PERSON
    if word[:1].isupper() and lw not in cues.words(cues.DATA_FILE, "not_name_words"):
        f |= _CAPITAL
    return f


@lru_cache(maxsize=None)
def _causal_keys() -> frozenset[str]:
    return frozenset(max(p, key=len) for group in cues.phrases(DATA_FILE, "causal_phrases").values() for p in group)


def _doc_flags(doc: Document) -> list[int]:
    """Every word's cue flags, with the flags of words inside a quotation cut to numbers and
    years (a quotation's words are the source's, but its numbers are claims anyway)."""
    cached = doc.shared.get(SHARED_KEY)
    if cached is None:
        cached = memo_map(_flags, _FLAGS, doc.token_texts)
        if doc.quotes:
            starts = doc.token_starts
            for q_start, q_end in doc.quotes:
                # only the words that start inside this quotation's span can be in a quotation
                # (`quote_at` decides, so that overlapping quotation marks count as before)
                for i in range(bisect.bisect_left(starts, q_start), bisect.bisect_left(starts, q_end)):
                    if cached[i] and doc.quote_at(starts[i]) is not None:
                        cached[i] &= _NUMBER | _YEAR
        doc.shared[SHARED_KEY] = cached
    return cached  # type: ignore[return-value]


_STATES_KEY = "unsourced_claims.states"
_FLAGS: dict[str, int] = {}  # _flags per word as written, for memo_map


@lru_cache(maxsize=4096)
def _plan(combined: int, named_actor: int) -> tuple[tuple[str, int], ...]:
    """(cue type, key into the first-word map) for each cue type of _KIND_BITS that the flags
    `combined` show, in order: the lowest bit of the type that is set (a "time" shown by a year
    alone is keyed by _YEAR), and -1 for the named actor (the first capital after word one)."""
    out = []
    for kind, bit in _KIND_BITS:
        if kind == "named actor":
            if named_actor:
                out.append((kind, -1))
        elif combined & bit:
            b = bit & combined
            out.append((kind, b & -b))
    return tuple(out)


def _sentence_states(doc: Document) -> list[tuple[int, int, dict[int, str]] | None]:
    """Per sentence: the OR of its words' flags, the named-actor bit, and the first word that
    showed each bit (for a capital, the first after word one: there it is a name, not the
    sentence start); None for a sentence without flags. One pass over the flagged words of the
    whole document (about 30% of words in news text; compress() skips the rest in C)."""
    cached = doc.shared.get(_STATES_KEY)
    if cached is not None:
        return cached  # type: ignore[return-value]
    flags = _doc_flags(doc)
    texts, sentence_of = doc.token_texts, doc.token_sentences
    sentences = doc.sentences
    states: list[tuple[int, int, dict[int, str]] | None] = [None] * len(sentences)
    current = -1
    combined = rest = sentence_start = 0
    first: dict[int, str] = {}
    for i in compress(range(len(flags)), flags):
        if sentence_of[i] != current:
            if current >= 0:
                states[current] = (combined, rest, first)
            current = sentence_of[i]
            sentence_start = sentences[current].first_token
            combined = rest = 0
            first = {}
        f = flags[i]
        new = f & ~combined
        if new:
            combined |= f
            text = texts[i]
            while new:
                low = new & -new
                first[low] = text
                new ^= low
        if i != sentence_start and f & _CAPITAL and not rest & _CAPITAL:
            rest |= _CAPITAL
            first[-1] = texts[i]
    if current >= 0:
        states[current] = (combined, rest, first)
    doc.shared[_STATES_KEY] = states
    return states


@lru_cache(maxsize=8192)
def _possible_extras(combined: int, percent: bool) -> tuple[str, ...]:
    """The cue types `_cues` may add to a sentence's _plan, from its flags (and whether it holds
    a "%"), in the order they are added; each but the "%" is then looked for in its words."""
    out = []
    if percent and not combined & _NUMBER:
        out.append("number")
    if not combined & _COMPARISON and combined & _ER and combined & _THAN:
        out.append("comparison")  # "-er than"
    if not combined & _CAUSE and combined & _CAUSE_KEY:
        out.append("cause")  # a causal phrase
    if combined & _MODAL and combined & _IMPACT and combined & (_NUMBER | _QUANTITY):
        out.append("prediction")
    if combined & _OPINION:
        out.append("opinion")  # "I think" in the first words
    return tuple(out)


@lru_cache(maxsize=8192)
def _most_points(combined: int, named_actor: int, percent: bool) -> int:
    """The most points a sentence with these flags can reach: its cue types (_plan) and every
    extra cue that adds points (an opinion only takes them away)."""
    return sum(POINTS[kind] for kind, _ in _plan(combined, named_actor)) + \
        sum(max(0, POINTS[kind]) for kind in _possible_extras(combined, percent))


def _cues(doc: Document, sentence: Sentence) -> list[tuple[str, str]]:
    """(cue type, the word that showed it) for each cue type found in the sentence."""
    state = _sentence_states(doc)[sentence.index]
    if state is None:
        return [("number", "%")] if "%" in sentence.text else []
    combined, rest, first = state
    # the cue types in _KIND_BITS order and the bit whose first word shows each: the same for
    # every sentence with these flags, so worked out once per combination (_plan)
    found = [(kind, first[bit]) for kind, bit in _plan(combined, rest & _CAPITAL)]
    a, b = sentence.first_token, sentence.last_token
    for kind in _possible_extras(combined, "%" in sentence.text):
        if kind == "number":
            found.append(("number", "%"))
        elif kind == "comparison":
            sf, texts = _doc_flags(doc)[a:b], doc.token_texts[a:b]
            for i in range(len(sf) - 1):
                if sf[i] & _ER and sf[i + 1] & _THAN:
                    found.append(("comparison", f"{texts[i]} than"))
                    break
        elif kind == "cause":
            hit = cues.match_phrases(doc.lowers[a:b], cues.phrases(DATA_FILE, "causal_phrases"))
            if hit:
                found.append(("cause", doc.text[doc.token_starts[a + hit[0][0]] : doc.token_ends[a + hit[0][1] - 1]]))
        elif kind == "prediction":
            found.append(("prediction", first[_IMPACT]))
        else:  # opinion
            sf, texts = _doc_flags(doc)[a:b], doc.token_texts[a:b]
            for i in range(1, min(OPINION_WINDOW, len(sf))):
                if sf[i] & _OPINION and sf[i - 1] & _FIRST_PERSON:
                    found.append(("opinion", f"{texts[i - 1]} {texts[i]}"))
                    break
    return found


def check_worthy_reasons(doc: Document, sentence: Sentence, threshold: int = THRESHOLD) -> list[str]:
    """Why `sentence` states a checkable fact, e.g. ["number \u201c3.9\u201d", "past event
    \u201cfell\u201d"]; an empty list when it does not (too short, a question, a wish, an opinion,
    or too few cues: see POINTS and THRESHOLD)."""
    if sentence.word_count < MIN_WORDS or sentence.text.rstrip().endswith("?"):
        return []
    # most sentences are passed over on their flags alone, before their cues are listed
    state = _sentence_states(doc)[sentence.index]
    if state is None:
        if threshold > POINTS["number"] or "%" not in sentence.text:
            return []
    elif _most_points(state[0], state[1] & _CAPITAL, "%" in sentence.text) < threshold:
        return []
    found = _cues(doc, sentence)
    if sum(POINTS[kind] for kind, _ in found) < threshold:
        return []
    return [f"{kind} \u201c{word}\u201d" for kind, word in found if POINTS[kind] > 0]


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
    # Page furniture (bylines, date lines, photo credits, correction notes, forum fields, contact
    # lines) is not prose: its dates and counts are not claims. The lines come from provenance's
    # line pass, shared through doc.shared, so the two scorers classify lines the same way.
    furniture = provenance.furniture_spans(doc)
    furniture_starts = [a for a, _ in furniture]
    # Nor is text that `xlplugin.prose` finds is not prose: code, time stamps ("Mon 20 Jan 2020
    # 06.05 GMT"), navigation labels, lists of other articles' headlines, paragraphs repeated
    # across the outlet's documents. A sentence mostly in such text is passed over.
    not_prose = prose.not_prose_spans(doc)
    for k, sentence in enumerate(sentences):
        if furniture:
            f = bisect.bisect_right(furniture_starts, sentence.start) - 1
            if f >= 0 and furniture[f][1] >= sentence.end:
                continue
        if not_prose and prose.share_covered(doc, sentence.start, sentence.end) >= prose.NOT_PROSE_SHARE:
            continue
        own = found[k]
        weasel = own is not None and own.kind in cues.UNSOURCED_KINDS
        reasons = check_worthy_reasons(doc, sentence, WEASEL_THRESHOLD if weasel else THRESHOLD)
        if not reasons:
            continue
        worthy += 1
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
