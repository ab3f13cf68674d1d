"""Smoke test of the benchmark (issue 4): every code path of ``qa.bench`` on a tiny corpus, in a tmp dir.

The real benchmark takes the better part of an hour; this runs the same functions (project modes, naive
LangChain + BM25 baselines, cold-start child, profile, embedder floor, a (hash-vector) scale worker,
markdown, JSON and the plot) on the first paragraphs of the seed report and a handful of questions.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from qa.bench.common import HashEmbeddings, Latency, has_evidence, percentile
from qa.bench.runner import build_parser, main as bench_main
from qa.evaluation.evaluate import load_questions

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_e198b29a7063dd32.txt"
EVAL = REPO / "tests" / "eval" / "report_eval.jsonl"
QUESTION_IDS = ("q008", "q009", "q100")


def test_percentile_and_latency() -> None:
    assert percentile([], 50) == 0.0
    assert percentile([5.0], 95) == 5.0
    assert percentile([1, 2, 3, 4], 50) == 2.5
    assert percentile(list(range(101)), 95) == pytest.approx(95.0)
    lat = Latency.of([10.0, 20.0, 30.0])
    assert (lat.n, lat.p50_ms, lat.max_ms) == (3, 20.0, 30.0)


def test_has_evidence_normalises_width_and_space() -> None:
    assert has_evidence("投入财政科研资金3.8亿元", ["甲", "投入财政科研资金 ３.８亿元。"], 3)
    assert not has_evidence("投入财政科研资金3.8亿元", ["甲", "投入财政科研资金３.８亿元"], 1)


def test_hash_embeddings_are_deterministic_unit_vectors() -> None:
    emb = HashEmbeddings(dim=16)
    a, b = emb.embed_documents(["专利", "专利"]), emb.embed_query("技术")
    assert a[0] == a[1] and a[0] != b
    assert sum(x * x for x in a[0]) == pytest.approx(1.0, rel=1e-5)


def test_sizes_argument() -> None:
    assert build_parser().parse_args(["--sizes", "1000, 50"]).sizes == [1000, 50]
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--sizes", "ten"])


@pytest.mark.integration
def test_bench_end_to_end_on_a_tiny_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = SEED.read_text(encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "tiny.txt").write_text(text[:700] + "\n", encoding="utf-8")
    qs = {q["id"]: q for q in load_questions(EVAL)}
    eval_path = tmp_path / "eval.jsonl"
    eval_path.write_text("".join(json.dumps(qs[i], ensure_ascii=False) + "\n" for i in QUESTION_IDS), encoding="utf-8")
    out = tmp_path / "out"

    t0 = time.perf_counter()
    rc = bench_main([
        "--json", "--scale", "--sizes", "60", "--hash-above", "0", "--out", str(out), "--corpus", str(corpus),
        "--eval", str(eval_path), "--cold-runs", "1", "--profile-questions", "2", "--scale-questions", "3",
        "--floor-chunks", "4", "--warmup", "1", "--no-progress",
    ])
    elapsed = time.perf_counter() - t0
    assert rc == 0
    data = json.loads(capsys.readouterr().out)

    systems = {r["system"]: r for r in data["quality"]}
    assert set(systems) == {"report-qa hybrid", "report-qa dense", "report-qa bm25", "naive LangChain dense",
                            "naive chunks + BM25 (jieba)"}
    for r in systems.values():
        assert r["n_evidence"] == 2 and 0.0 <= r["evidence_at_1"] <= r["evidence_at_3"] <= 1.0
        assert r["retrieve"]["n"] == 2 and r["retrieve"]["p50_ms"] > 0 and r["chunks"] > 0
    hybrid = systems["report-qa hybrid"]
    assert hybrid["ask"]["n"] == 3 and hybrid["answer_accuracy"] is not None
    assert systems["naive LangChain dense"]["answer_accuracy"] is None

    cold = data["cold_start"]
    assert cold["rebuilt"] is False and cold["wall_s"] > 0 and cold["peak_rss_mb"] > 50

    prof = data["profile"]
    assert {"embed", "dense", "bm25", "fuse", "extract"} <= set(prof["stages_ms"])
    assert prof["dominant"] in prof["stages_ms"] and prof["ask_cold"]["n"] == 2

    assert data["floor"]["chunks"] == 4 and data["floor"]["chunks_per_s"] > 0
    # One size, built with hash vectors to stay fast (the real build path is the quality section's).
    (point,) = data["scale"]
    assert not point["error"] and point["vectors"] == "hash" and point["chunks"] > 0 and point["peak_rss_mb"] > 50
    assert point["evidence_at_3"] is None and point["bm25_evidence_at_3"] is not None
    assert point["search"]["n"] == point["ask"]["n"] > 0 and point["index_mb"] > 0
    assert {t["name"].split(" (")[0] for t in data["targets"]}  # every target row rendered

    md = (out / "benchmarks.md").read_text(encoding="utf-8")
    assert "python -m qa.bench --json --scale" in md
    for heading in ("## Targets", "## Quality", "## Cold start", "## Profile", "## Scaling", "## Machine"):
        assert heading in md
    try:
        import matplotlib  # noqa: F401  (a bench extra: without it the page is written without the plot)
    except ImportError:
        assert not (out / "bench_scaling.png").exists()
    else:
        assert "bench_scaling.png" in md
        assert (out / "bench_scaling.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    print(f"smoke benchmark took {elapsed:.0f}s")  # latency belongs in the benchmark, not in an assertion
