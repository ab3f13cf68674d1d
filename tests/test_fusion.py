"""Reciprocal-rank fusion: RRF(d) = Σ w_i / (k + rank_i(d)), ranks from 1."""
from __future__ import annotations

import pytest

from qa.retrieve.fusion import rrf


def test_single_ranking_scores_and_order():
    out = rrf([["a", "b", "c"]], k=60)
    assert [d for d, _ in out] == ["a", "b", "c"]
    assert [s for _, s in out] == pytest.approx([1 / 61, 1 / 62, 1 / 63])


def test_two_rankings_sum_reciprocal_ranks():
    out = dict(rrf([["a", "b", "c"], ["c", "a", "d"]], k=60))
    assert out["a"] == pytest.approx(1 / 61 + 1 / 62)
    assert out["c"] == pytest.approx(1 / 63 + 1 / 61)
    assert out["b"] == pytest.approx(1 / 62)
    assert out["d"] == pytest.approx(1 / 63)
    assert set(out) == {"a", "b", "c", "d"}


def test_agreement_beats_a_single_top_rank():
    # "b" is second in both lists; "a" is first in one list only.
    ranked = [d for d, _ in rrf([["a", "b"], ["c", "b"]])]
    assert ranked[0] == "b"


def test_small_k_rewards_top_ranks_more():
    lists = [["a", "x", "y", "z", "b"], ["b", "q", "r", "s", "a"]]
    # symmetric lists: equal scores whatever k is
    for k in (1, 60):
        out = dict(rrf(lists, k=k))
        assert out["a"] == pytest.approx(out["b"])
    out1 = dict(rrf([["a", "b"]], k=1))
    out60 = dict(rrf([["a", "b"]], k=60))
    assert out1["a"] / out1["b"] > out60["a"] / out60["b"]


def test_weights_scale_each_ranking():
    out = dict(rrf([["a", "b"], ["b", "a"]], weights=[1.0, 0.3], k=60))
    assert out["a"] == pytest.approx(1 / 61 + 0.3 / 62)
    assert out["b"] == pytest.approx(1 / 62 + 0.3 / 61)
    assert [d for d, _ in rrf([["a", "b"], ["b", "a"]], weights=[1.0, 0.3])][0] == "a"
    assert [d for d, _ in rrf([["a", "b"], ["b", "a"]], weights=[0.3, 1.0])][0] == "b"


def test_zero_weight_ignores_a_ranking_but_keeps_its_items():
    out = rrf([["a", "b"], ["c"]], weights=[1.0, 0.0])
    assert [d for d, _ in out] == ["a", "b", "c"]
    assert dict(out)["c"] == 0.0


def test_ties_keep_first_seen_order():
    out = rrf([["a", "b"], ["b", "a"]])
    assert out[0][1] == pytest.approx(out[1][1])
    assert [d for d, _ in out] == ["a", "b"]
    out = rrf([["x"], ["y"], ["z"]])
    assert [d for d, _ in out] == ["x", "y", "z"]


def test_empty_inputs():
    assert rrf([]) == []
    assert rrf([[], []]) == []
    assert [d for d, _ in rrf([[], ["a"]])] == ["a"]


def test_scores_are_descending_and_ids_any_hashable():
    out = rrf([[3, 1, 2], [(0, 1), 3]])
    scores = [s for _, s in out]
    assert scores == sorted(scores, reverse=True)
    assert out[0][0] == 3


def test_validation():
    with pytest.raises(ValueError):
        rrf([["a"], ["b"]], weights=[1.0])
    with pytest.raises(ValueError):
        rrf([["a"]], weights=[1.0, 2.0])
    with pytest.raises(ValueError):
        rrf([["a"]], k=0)
    with pytest.raises(ValueError):
        rrf([["a"]], k=-5)
