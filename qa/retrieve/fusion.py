"""Reciprocal-rank fusion: combine rankings without calibrating their scores against each other.

RRF(d) = Σ_i w_i / (k + rank_i(d)), rank starting at 1 (Cormack et al., 2009; k = 60 by convention).
"""
from __future__ import annotations

from collections.abc import Hashable, Sequence


def rrf(
    rankings: Sequence[Sequence[Hashable]], weights: Sequence[float] | None = None, k: int = 60
) -> list[tuple[Hashable, float]]:
    """Fuse ranked lists of ids into one list of (id, score), best first; ties keep first-seen order."""
    if weights is None:
        weights = [1.0] * len(rankings)
    if len(weights) != len(rankings):
        raise ValueError("one weight per ranking is required")
    if k <= 0:
        raise ValueError("k must be positive")
    scores: dict[Hashable, float] = {}
    for ranking, w in zip(rankings, weights):
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + w / (k + rank)
    return sorted(scores.items(), key=lambda kv: -kv[1])
