"""Quality and warm latency on the eval set: the project's modes against what a user would assemble in an
afternoon.

The project pipeline is measured in its three modes (hybrid, dense, bm25): retrieval evidence@1/@3 and
search latency, then ``ask`` for answer accuracy, cited evidence and abstention. The baselines are a naive
LangChain pipeline (RecursiveCharacterTextSplitter 500/50 over the raw file, the same embedder, Chroma,
``similarity_search``) and BM25 over jieba tokens on the same naive chunks; they retrieve only.
"""
from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from qa.bench.common import (WARMUP_QUERIES, Latency, SystemResult, clear_caches, evidence_pass, ratio, timed_ms,
                             with_evidence)

logger = logging.getLogger(__name__)

MODES = ("hybrid", "dense", "bm25")


def project_results(engine: Any, embeddings: Any, questions: list[dict[str, Any]], build: dict[str, float],
                    k: int) -> tuple[list[SystemResult], dict[str, list[dict[str, float]]]]:
    """Each project mode on the eval set; also the per-question ``timings_ms`` of its asks (for the profile)."""
    from qa.evaluation.evaluate import Score

    with_ev = with_evidence(questions)
    results: list[SystemResult] = []
    timings: dict[str, list[dict[str, float]]] = {}
    for mode in MODES:
        clear_caches(embeddings, engine)
        retrieve, ev1, ev3 = evidence_pass(
            with_ev, lambda q, m=mode: [h.chunk.text for h in engine.search(q, k=k, mode=m).hits[:k]], k)
        clear_caches(embeddings, engine)
        ask_lat, answers = timed_ms(lambda q, m=mode: engine.ask(q, k=4, mode=m), [q["question"] for q in questions])
        score = Score()
        for q, ans in zip(questions, answers):
            score.add(q, ans)
        timings[mode] = [dict(ans.timings_ms) for ans in answers]
        d = score.as_dict()
        results.append(SystemResult(
            system=f"report-qa {mode}", chunks=int(build["chunks"]), build_s=round(build["build_s"], 2),
            n_evidence=len(with_ev), evidence_at_1=ratio(ev1, len(with_ev)), evidence_at_3=ratio(ev3, len(with_ev)),
            retrieve=retrieve, n_questions=len(questions), answer_accuracy=d["answer_accuracy"],
            cited_evidence_at_1=d["evidence@1"], cited_evidence_at_3=d["evidence@3"],
            abstention_unanswerable=d["abstention_unanswerable"], false_abstention=d["false_abstention"],
            ask=Latency.of(ask_lat),
        ))
        logger.info("%s: ev@1 %.3f ev@3 %.3f answer %.3f search p50 %.1f ms ask p50 %.1f ms", mode,
                    results[-1].evidence_at_1, results[-1].evidence_at_3, d["answer_accuracy"] or 0,
                    results[-1].retrieve.p50_ms, results[-1].ask.p50_ms if results[-1].ask else 0)
    return results, timings


def _raw_texts(corpus: Path) -> list[tuple[str, str]]:
    """(name, raw text) of each plain-text file: what a user's afternoon script would read."""
    files = [corpus] if corpus.is_file() else sorted(p for p in corpus.rglob("*") if p.suffix.lower() in (".txt", ".md"))
    return [(p.name, p.read_text(encoding="utf-8", errors="replace")) for p in files]


def naive_baselines(corpus: Path, work: Path, embedder: str, questions: list[dict[str, Any]],
                    k: int, warmup: int = len(WARMUP_QUERIES)) -> list[SystemResult]:
    """LangChain in an afternoon: split the raw file 500/50, embed, Chroma, similarity_search; and BM25 on it."""
    import chromadb
    from langchain_chroma import Chroma
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    from qa.store.bm25 import BM25Index
    from qa.store.embeddings import make_embeddings
    from qa.text import tokenize

    emb = make_embeddings(embedder)
    with_ev = with_evidence(questions)
    texts = _raw_texts(corpus)

    t = time.perf_counter()
    splitter = RecursiveCharacterTextSplitter(chunk_size=500, chunk_overlap=50)
    docs = splitter.create_documents([txt for _, txt in texts], metadatas=[{"source": n} for n, _ in texts])
    split_s = time.perf_counter() - t
    t = time.perf_counter()
    vs = Chroma.from_documents(
        docs, embedding=emb, collection_name="naive", persist_directory=str(work / "naive_chroma"),
        client_settings=chromadb.config.Settings(anonymized_telemetry=False),
        collection_metadata={"hnsw:space": "cosine"},
    )
    dense_build = split_s + time.perf_counter() - t

    for w in WARMUP_QUERIES[:warmup]:
        vs.similarity_search(w, k=k)
    clear_caches(emb)
    lat, ev1, ev3 = evidence_pass(with_ev, lambda q: [d.page_content for d in vs.similarity_search(q, k=k)], k)
    dense = SystemResult("naive LangChain dense", len(docs), round(dense_build, 2), len(with_ev),
                         ratio(ev1, len(with_ev)), ratio(ev3, len(with_ev)), lat)

    t = time.perf_counter()
    bm25 = BM25Index.build([tokenize(d.page_content) for d in docs])
    bm25_build = split_s + time.perf_counter() - t
    lat, ev1, ev3 = evidence_pass(with_ev, lambda q: [docs[i].page_content for i, _ in bm25.top(tokenize(q), k)], k)
    sparse = SystemResult("naive chunks + BM25 (jieba)", len(docs), round(bm25_build, 2), len(with_ev),
                          ratio(ev1, len(with_ev)), ratio(ev3, len(with_ev)), lat)
    for r in (dense, sparse):
        logger.info("%s: ev@1 %.3f ev@3 %.3f p50 %.1f ms", r.system, r.evidence_at_1, r.evidence_at_3, r.retrieve.p50_ms)
    return [dense, sparse]
