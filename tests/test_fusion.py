"""Reciprocal-rank fusion: RRF(d) = Σ w_i / (k + rank_i(d)), ranks from 1."""
from __future__ import annotations

import pytest

from qa.ingest.chunking import Chunk
from qa.retrieve.fusion import rrf
from qa.retrieve.search import Hit, keep_agreed


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


# -- a passage both searches agree on is read whatever the year order says --------------------------------------


def _hit(n: int, source: str, dense: int | None, bm25: int | None) -> Hit:
    return Hit(Chunk(f"c{n}", source, "南湖区新增就业岗位", 0, 9, (), "paragraph", n), 0.0, None, 0.0, dense, bm25)


def _year_ordered() -> list[Hit]:
    # 40 passages of the 2021 report (the year order's choice) before the 2020 report's, ranks from both searches
    hits = [_hit(i, "南湖2021.txt", 10 + i, 20 + i) for i in range(40)]
    return hits + [_hit(40, "南湖2020.txt", 2, 1), _hit(41, "南湖2020.txt", 1, 9), _hit(42, "南湖2020.txt", 3, 3)]


def test_a_passage_both_searches_rank_first_moves_into_the_passages_read():
    hits = _year_ordered()
    out = keep_agreed(hits, lambda h: True)
    ids = [h.chunk.chunk_id for h in out]
    assert ids[:5] == ["c0", "c1", "c40", "c42", "c2"]  # in their order, after the first two: among the cited
    assert "c41" not in ids[:40]  # only one search ranks it first: left where the year order put it
    assert sorted(ids) == sorted(h.chunk.chunk_id for h in hits)  # nothing lost or repeated


def test_agreed_passages_of_a_report_that_does_not_fit_stay_down():
    hits = _year_ordered()
    assert keep_agreed(hits, lambda h: h.chunk.source == "南湖2021.txt") == hits


def test_agreed_passages_already_read_are_not_moved():
    hits = [_hit(0, "a", 5, 5), _hit(1, "a", 1, 1), _hit(2, "a", 4, 4)]
    assert keep_agreed(hits, lambda h: True, at=5) == hits
