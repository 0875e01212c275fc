"""The reliability index: 0-100, a weighted mean of the normalised signals that could be scored.

    index = 100 * sum(w_i * s_i) / sum(w_i)   over signals i with a score s_i and weight w_i > 0

Renormalising over the scored signals means a document whose provenance could not be judged is
not pulled towards 0 or 100 by the gap; `contributors` records which signals took part. With no
signal scored (empty text, another language) the index is None.

A signal left out of the index (weight 0) can still read so badly that a row's index alone would
mislead: `outside_notes` names those (OUTSIDE_NOTES), and the Why text shows them
(`xlplugin.cells.why_text`).
"""

from __future__ import annotations

from typing import Callable, Mapping, NamedTuple

from .types import Score

__all__ = ["reliability_index", "OutsideNote", "OUTSIDE_NOTES", "UNSOURCED_NOTE_SHARE", "UNSOURCED_NOTE_MIN_CLAIMS",
           "outside_notes"]


class OutsideNote(NamedTuple):
    """A reading of a signal that the Why text names when the signal has no weight in the index."""

    signal: str
    shows: Callable[[Score], bool]  # given the signal's (scored) Score: is it worth naming?
    why: str


# Unsourced claims have weight 0: on SemEval's tune half the share of unsourced claims does not
# tell hyperpartisan articles from others (README, "Where each default weight comes from"). A text
# whose every claim is unsourced ("Coffee drinkers live longer, study finds" with no study named)
# then reads as reliable as its loaded language and provenance allow, and a reader of 89 is misled.
# The Why text says so when the share is at least UNSOURCED_NOTE_SHARE over at least
# UNSOURCED_NOTE_MIN_CLAIMS check-worthy claims. 0.9 is where the signal's own normalised score
# reaches 0 (unsourced_claims.UNSOURCED_ZERO), and lies above the 95th percentile of plain news
# articles (PolNeAR's tune half, at least 3 claims: 90th percentile 0.75, 95th 0.80; 1.7% of its
# articles reach 0.9) and about at the 90th percentile of SemEval's tune-half articles that are
# not hyperpartisan (0.886); 1 or 2 claims are too few to say "every claim".
UNSOURCED_NOTE_SHARE = 0.9
UNSOURCED_NOTE_MIN_CLAIMS = 3

OUTSIDE_NOTES = (
    OutsideNote("unsourced_claims",
                lambda s: s.value >= UNSOURCED_NOTE_SHARE and (s.details.get("check_worthy") or 0) >= UNSOURCED_NOTE_MIN_CLAIMS,
                "nearly every check-worthy claim unsourced, and unsourced claims are not in the index"),
)


def outside_notes(signals: Mapping[str, Score], weights: Mapping[str, float]) -> tuple[str, ...]:
    """The signals of OUTSIDE_NOTES that were scored, have no weight in the index and read badly
    enough to be named beside it, in table order."""
    return tuple(note.signal for note in OUTSIDE_NOTES
                 if weights.get(note.signal, 0.0) <= 0 and (sig := signals.get(note.signal)) is not None
                 and sig.value is not None and note.shows(sig))


def reliability_index(signals: Mapping[str, Score], weights: Mapping[str, float]) -> tuple[float | None, tuple[str, ...]]:
    total = 0.0
    weight_sum = 0.0
    contributors = []
    for name, signal in signals.items():
        weight = weights.get(name, 0.0)
        if signal.score is None or weight <= 0:
            continue
        total += weight * signal.score
        weight_sum += weight
        contributors.append(name)
    if weight_sum == 0:
        return None, ()
    return round(100.0 * total / weight_sum, 1), tuple(contributors)
