"""The reliability index: 0-100, a weighted mean of the normalised signals that could be scored.

    index = 100 * sum(w_i * s_i) / sum(w_i)   over signals i with a score s_i and weight w_i > 0

Renormalising over the scored signals means a document whose provenance could not be judged is
not pulled towards 0 or 100 by the gap; `contributors` records which signals took part. With no
signal scored (empty text, another language) the index is None.
"""

from __future__ import annotations

from typing import Mapping

from .types import Score

__all__ = ["reliability_index"]


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
