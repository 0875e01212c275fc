"""The reliability index: 0-100, a weighted mean of the normalised signals that could be scored.

    index = 100 * sum(w_i * s_i) / sum(w_i)   over signals i with a score s_i and weight w_i > 0

Renormalising over the scored signals means a document whose provenance could not be judged is
not pulled towards 0 or 100 by the gap; `contributors` records which signals took part. With no
signal scored (empty text, another language) the index is None.

Each scored signal costs the index `100 * w_i * (1 - s_i) / sum(w)` points, and the costs add up
to `100 - index` (`point_costs`); the Why text gives them in whole points (`whole_points`), so
that a reader of "index 74" sees where the other 26 went.

A signal left out of the index (weight 0) can still read so badly that a row's index alone would
mislead: `outside_notes` names those (OUTSIDE_NOTES), and the Why text shows them
(`xlplugin.cells.why_text`).
"""

from __future__ import annotations

import math
from typing import Callable, Mapping, NamedTuple

from .types import Score

__all__ = ["reliability_index", "OutsideNote", "OUTSIDE_NOTES", "UNSOURCED_NOTE_SHARE", "UNSOURCED_NOTE_MIN_CLAIMS",
           "outside_notes", "point_costs", "whole_points"]


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


def point_costs(signals: Mapping[str, Score], weights: Mapping[str, float]) -> dict[str, float]:
    """The index points each contributing signal cost: `100 * w_i * (1 - s_i) / sum(w)`, over the
    signals `reliability_index` weighs. They add up to 100 minus the unrounded index (a perfect
    score costs 0); empty where there is no index."""
    used = {name: (weights[name], sig.score) for name, sig in signals.items()
            if sig.score is not None and weights.get(name, 0.0) > 0}
    weight_sum = sum(w for w, _ in used.values())
    return {name: 100.0 * w * (1.0 - s) / weight_sum for name, (w, s) in used.items()} if weight_sum else {}


def whole_points(costs: Mapping[str, float], index: float) -> dict[str, int]:
    """`costs` in whole points that add up to 100 minus the index as a reader rounds it (74.5 -> 75):
    each cost rounded down, and the points still missing given to the largest remainders (the
    largest remainder method). Rounding each cost on its own could show 26 points lost beside
    "index 75". (The missing points number from 0 to one per signal: the costs add up to 100 minus
    the unrounded index, which is within 0.05 of `index`.)"""
    wanted = 100 - math.floor(index + 0.5)
    points = {name: math.floor(cost) for name, cost in costs.items()}
    missing = wanted - sum(points.values())
    by_remainder = sorted(costs, key=lambda name: (points[name] - costs[name], name))
    for name in by_remainder[:max(missing, 0)]:
        points[name] += 1
    return points
