"""The on-disk index: generations of (chunks, BM25, Chroma vectors, manifest), swapped in atomically.

Layout under ``index_dir/<collection>/``::

    CURRENT          name of the live generation (written last, with an atomic rename)
    gen-<stamp>/     manifest.json, chunks.jsonl, bm25/, chroma/ (embedded mode)

A build writes a new generation beside the live one and only then points CURRENT at it, so a failed or
interrupted build never leaves a half index: the previous generation keeps serving. A new corpus first goes
live as a keyword-only ("pending") generation — chunks, BM25 and manifest — and :meth:`IndexStore.finalize`
swaps in the hybrid one when its vectors are in. Vectors live in a per-collection cache (``vectors.py``) keyed
by the chunk's embedded text, so an update, a resumed build or a move to a Chroma server embeds only what is
missing.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from qa.store.bm25 import BM25Index
from qa.store.chroma import ChromaBackend
from qa.ingest.chunking import Chunk
from qa.config import validate_collection
from qa.errors import CorruptIndexError, IndexPermissionError, InvalidCollectionError
from qa.store.vectors import BuildLock, VectorCache
from qa.text import tokenize

logger = logging.getLogger(__name__)

SCHEMA = 1
_KEEP_GENERATIONS = 2  # the live one and its predecessor (a process may still be reading it)


@dataclass
class IndexData:
    """A loaded generation: everything retrieval needs, in memory except the vectors.

    ``vectorstore`` is None while the generation's vectors are still being embedded (keyword search only).
    """

    manifest: dict[str, Any]
    chunks: list[Chunk]
    bm25: BM25Index
    vectorstore: Any  # langchain_chroma.Chroma, or None for a keyword-only generation
    gen_dir: Path
    df: dict[str, int] = field(default_factory=dict)  # token → number of chunks holding it (for IDF)

    @property
    def dense_ready(self) -> bool:
        return self.vectorstore is not None


def chunk_hash(chunk: Chunk) -> str:
    return hashlib.sha1(chunk.embed_text.encode("utf-8")).hexdigest()


def vectors_state(manifest: dict[str, Any] | None) -> str:
    """"complete" (hybrid) or "pending" (keyword-only while embedding). Older manifests are complete."""
    return str(((manifest or {}).get("vectors") or {}).get("state", "complete"))


def _chunk_to_json(c: Chunk) -> str:
    d = {k: getattr(c, k) for k in ("chunk_id", "source", "text", "start", "end", "kind", "ordinal", "title", "item", "parent")}
    d["path"] = list(c.path)
    return json.dumps(d, ensure_ascii=False)


def _chunk_from_json(line: str) -> Chunk:
    d = json.loads(line)
    d["path"] = tuple(d["path"])
    return Chunk(**d)


def _damaged(root: Path, why: str) -> CorruptIndexError:
    return CorruptIndexError(f"index at {root} is damaged ({why}): run `python -m qa index --rebuild`")


def _unreadable(root: Path, exc: OSError) -> IndexPermissionError:
    return IndexPermissionError(f"cannot read the index at {root}: {exc.strerror or exc} ({exc.filename or root})")


class IndexStore:
    """One collection's generations on disk (and, in server mode, its collections on a Chroma server)."""

    def __init__(self, index_dir: str | Path, collection: str, chroma: ChromaBackend) -> None:
        self.root = Path(index_dir) / validate_collection(collection)
        if self.root.resolve().parent != Path(index_dir).resolve():  # e.g. a symlink out of the index dir
            raise InvalidCollectionError(f"collection {collection!r} resolves outside {index_dir}")
        self.collection = collection
        self.chroma = chroma
        self.lock = BuildLock(self.root)

    def cache(self, identity: str) -> VectorCache:
        return VectorCache(self.root, identity)

    def writable(self) -> bool:
        probe = self.root
        while not probe.exists() and probe != probe.parent:
            probe = probe.parent
        return os.access(probe, os.W_OK)

    # -- reading ---------------------------------------------------------------------------------
    def current_gen(self) -> Path | None:
        """The live generation folder, or None if there is no index yet. Raises if the pointer is broken."""
        pointer = self.root / "CURRENT"
        if not pointer.exists():
            return None
        try:
            name = pointer.read_text(encoding="utf-8").strip()
        except PermissionError as exc:
            raise _unreadable(self.root, exc) from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise _damaged(self.root, "unreadable CURRENT") from exc
        gen = self.root / name
        if not name.startswith("gen-") or not gen.is_dir():
            raise _damaged(self.root, f"missing generation {name!r}")
        return gen

    def read_manifest(self, gen: Path | None = None) -> dict[str, Any] | None:
        gen = gen or self.current_gen()
        if gen is None:
            return None
        try:
            manifest = json.loads((gen / "manifest.json").read_text(encoding="utf-8"))
            if not isinstance(manifest, dict) or "documents" not in manifest:
                raise ValueError("not a manifest")
            return manifest
        except PermissionError as exc:
            raise _unreadable(self.root, exc) from exc
        except (OSError, ValueError) as exc:
            raise _damaged(self.root, f"bad manifest.json: {exc}") from exc

    def read_chunks(self, gen: Path) -> list[Chunk]:
        try:
            with (gen / "chunks.jsonl").open(encoding="utf-8") as fh:
                return [_chunk_from_json(line) for line in fh if line.strip()]
        except PermissionError as exc:
            raise _unreadable(self.root, exc) from exc
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise _damaged(self.root, f"chunks.jsonl: {type(exc).__name__}") from exc

    def load(self, embeddings: Embeddings) -> IndexData:
        gen = self.current_gen()
        if gen is None:
            raise CorruptIndexError(f"no index at {self.root}: run `python -m qa index`")
        manifest = self.read_manifest(gen) or {}
        chunks = self.read_chunks(gen)
        try:
            bm25 = BM25Index.load(gen / "bm25")
            df = json.loads((gen / "df.json").read_text(encoding="utf-8"))
        except PermissionError as exc:
            raise _unreadable(self.root, exc) from exc
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise _damaged(self.root, type(exc).__name__) from exc
        if len(chunks) != manifest.get("chunks") or bm25.n_docs != len(chunks):
            raise _damaged(self.root, "chunk counts disagree")
        vectorstore = None
        if vectors_state(manifest) == "complete":
            name = manifest.get("chroma_collection", self.collection)
            vectorstore = self.chroma.open_vectorstore(gen, name, embeddings, expected=len(chunks))
        return IndexData(manifest, chunks, bm25, vectorstore, gen, df)

    # -- building --------------------------------------------------------------------------------
    def write_generation(
        self, chunks: list[Chunk], manifest: dict[str, Any], hashes: list[str], vectors: list[Any] | None
    ) -> Path:
        """Write a new generation and make it live: with ``vectors`` a hybrid one, without a keyword-only
        ("pending") one whose vectors :meth:`finalize` adds later."""
        self.root.mkdir(parents=True, exist_ok=True)
        gen = self._new_gen()
        coll_name = self.chroma.collection_name(self.collection, gen.name)
        try:
            with (gen / "chunks.jsonl").open("w", encoding="utf-8") as fh:
                for c in chunks:
                    fh.write(_chunk_to_json(c) + "\n")
            token_lists = [tokenize(c.embed_text) for c in chunks]
            bm25 = BM25Index.build(token_lists)
            (gen / "bm25").mkdir()
            bm25.save(gen / "bm25")
            df: dict[str, int] = {}
            for toks in token_lists:
                for t in set(toks):
                    df[t] = df.get(t, 0) + 1
            (gen / "df.json").write_text(json.dumps(df, ensure_ascii=False), encoding="utf-8")
            if vectors is not None:
                self.chroma.write_collection(gen, coll_name, chunks, hashes, vectors)
            self._write_manifest(gen, manifest, coll_name, len(chunks), complete=vectors is not None)
            self._point_to(gen.name)
        except BaseException:
            logger.warning("index build failed; the previous index (if any) is untouched")
            if vectors is not None:
                self.chroma.drop_collection(gen, coll_name)
            shutil.rmtree(gen, ignore_errors=True)
            raise
        self._prune(keep=gen.name)
        return gen

    def finalize(self, pending: Path, chunks: list[Chunk], hashes: list[str], vectors: list[Any]) -> Path:
        """Turn a keyword-only generation into a hybrid one: a new generation (chunk table and BM25 hard-linked,
        vectors written to Chroma) swapped in atomically; the pending one keeps answering until then."""
        manifest = self.read_manifest(pending) or {}
        gen = self._new_gen()
        coll_name = self.chroma.collection_name(self.collection, gen.name)
        try:
            for item in ("chunks.jsonl", "df.json", "bm25"):
                _link_tree(pending / item, gen / item)
            self.chroma.write_collection(gen, coll_name, chunks, hashes, vectors)
            self._write_manifest(gen, manifest, coll_name, len(chunks), complete=True)
            self._point_to(gen.name)
        except BaseException:
            self.chroma.drop_collection(gen, coll_name)
            shutil.rmtree(gen, ignore_errors=True)
            raise
        shutil.rmtree(pending, ignore_errors=True)  # superseded; readers hold its contents in memory
        self._prune(keep=gen.name)
        return gen

    def stored_vectors(self, manifest: dict[str, Any] | None, gen: Path | None) -> dict[str, list[float]]:
        """hash → vector from a hybrid generation's Chroma collection, wherever the manifest says it lives
        (indexes built before the vector cache existed, or moving vectors between embedded and a server)."""
        if not manifest or gen is None or vectors_state(manifest) != "complete":
            return {}
        where = manifest.get("vector_store") or {"mode": manifest.get("chroma_mode", "embedded")}
        backend = self.chroma
        if where.get("mode") == "embedded" and self.chroma.url:
            backend = ChromaBackend(None)
        elif where.get("mode") == "server" and where.get("url") and where.get("url") != self.chroma.url:
            backend = ChromaBackend(where["url"])
        try:
            return backend.read_vectors(gen, manifest.get("chroma_collection", self.collection))
        except Exception as exc:  # a damaged or unreachable old store only costs us re-embedding
            logger.info("cannot read stored vectors of %s (%s)", gen.name, exc)
            return {}

    def _new_gen(self) -> Path:
        gen = self.root / f"gen-{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:6]}"
        gen.mkdir()
        return gen

    def _write_manifest(self, gen: Path, manifest: dict[str, Any], coll_name: str, n: int, complete: bool) -> None:
        where: dict[str, Any] = {"mode": self.chroma.mode, "collection": coll_name}
        if self.chroma.url:
            where["url"] = self.chroma.url
        else:
            where["path"] = "chroma"
        manifest = {**manifest, "schema": SCHEMA, "generation": gen.name, "chroma_collection": coll_name,
                    "chroma_mode": self.chroma.mode, "vector_store": where, "chunks": n,
                    "vectors": {"state": "complete" if complete else "pending", "total": n}}
        tmp = gen / ".manifest.json.tmp"
        tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, gen / "manifest.json")

    def _point_to(self, gen_name: str) -> None:
        tmp = self.root / f".CURRENT.{os.getpid()}.tmp"
        tmp.write_text(gen_name, encoding="utf-8")
        os.replace(tmp, self.root / "CURRENT")

    def _prune(self, keep: str) -> None:
        gens = sorted((p for p in self.root.glob("gen-*") if p.is_dir()), key=lambda p: p.stat().st_mtime)
        old = [p for p in gens if p.name != keep][: max(0, len(gens) - _KEEP_GENERATIONS)]
        for p in old:
            try:
                manifest = json.loads((p / "manifest.json").read_text(encoding="utf-8"))
                self.chroma.drop_collection(p, manifest.get("chroma_collection", self.collection))
            except (OSError, ValueError):
                pass
            shutil.rmtree(p, ignore_errors=True)

    def delete(self) -> None:
        """Remove every generation of this collection (and its server collections)."""
        for p in sorted(self.root.glob("gen-*")):
            try:
                manifest = json.loads((p / "manifest.json").read_text(encoding="utf-8"))
                self.chroma.drop_collection(p, manifest.get("chroma_collection", self.collection))
            except (OSError, ValueError):
                pass
        shutil.rmtree(self.root, ignore_errors=True)


def _link_tree(src: Path, dst: Path) -> None:
    """Hard-link a file or folder (copy where links are not possible): generations never change once written."""
    if src.is_dir():
        dst.mkdir()
        for p in src.iterdir():
            _link_tree(p, dst / p.name)
        return
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)
