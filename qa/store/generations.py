"""The on-disk index: generations of (chunks, BM25, Chroma vectors, manifest), swapped in atomically.

Layout under ``index_dir/<collection>/``::

    CURRENT          name of the live generation (written last, with an atomic rename)
    gen-<stamp>/     manifest.json, chunks.jsonl, bm25/, chroma/ (embedded mode)

A build writes a new generation beside the live one and only then points CURRENT at it, so a failed or
interrupted build never leaves a half index: the previous generation keeps serving. Vectors of chunks whose
embedded text is unchanged are copied from the live generation, so an update embeds only what changed.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from qa.store.bm25 import BM25Index
from qa.store.chroma import ChromaBackend
from qa.ingest.chunking import Chunk
from qa.config import validate_collection
from qa.errors import CorruptIndexError, InvalidCollectionError, QAError
from qa.text import tokenize

logger = logging.getLogger(__name__)

SCHEMA = 1
_KEEP_GENERATIONS = 2  # the live one and its predecessor (a process may still be reading it)


@dataclass
class IndexData:
    """A loaded generation: everything retrieval needs, in memory except the vectors."""

    manifest: dict[str, Any]
    chunks: list[Chunk]
    bm25: BM25Index
    vectorstore: Any  # langchain_chroma.Chroma
    gen_dir: Path
    df: dict[str, int] = field(default_factory=dict)  # token → number of chunks holding it (for IDF)


def chunk_hash(chunk: Chunk) -> str:
    return hashlib.sha1(chunk.embed_text.encode("utf-8")).hexdigest()


def _chunk_to_json(c: Chunk) -> str:
    d = {k: getattr(c, k) for k in ("chunk_id", "source", "text", "start", "end", "kind", "ordinal", "title", "item", "parent")}
    d["path"] = list(c.path)
    return json.dumps(d, ensure_ascii=False)


def _chunk_from_json(line: str) -> Chunk:
    d = json.loads(line)
    d["path"] = tuple(d["path"])
    return Chunk(**d)


class IndexStore:
    """One collection's generations on disk (and, in server mode, its collections on a Chroma server)."""

    def __init__(self, index_dir: str | Path, collection: str, chroma: ChromaBackend) -> None:
        self.root = Path(index_dir) / validate_collection(collection)
        if self.root.resolve().parent != Path(index_dir).resolve():  # e.g. a symlink out of the index dir
            raise InvalidCollectionError(f"collection {collection!r} resolves outside {index_dir}")
        self.collection = collection
        self.chroma = chroma

    # -- reading ---------------------------------------------------------------------------------
    def current_gen(self) -> Path | None:
        """The live generation folder, or None if there is no index yet. Raises if the pointer is broken."""
        pointer = self.root / "CURRENT"
        if not pointer.exists():
            return None
        try:
            name = pointer.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise CorruptIndexError(f"index at {self.root} is damaged (unreadable CURRENT): run `python -m qa index --rebuild`") from exc
        gen = self.root / name
        if not name.startswith("gen-") or not gen.is_dir():
            raise CorruptIndexError(f"index at {self.root} is damaged (missing generation {name!r}): run `python -m qa index --rebuild`")
        return gen

    def read_manifest(self) -> dict[str, Any] | None:
        gen = self.current_gen()
        if gen is None:
            return None
        try:
            manifest = json.loads((gen / "manifest.json").read_text(encoding="utf-8"))
            if not isinstance(manifest, dict) or "documents" not in manifest:
                raise ValueError("not a manifest")
            return manifest
        except (OSError, ValueError) as exc:
            raise CorruptIndexError(f"index at {self.root} is damaged (bad manifest.json: {exc}): run `python -m qa index --rebuild`") from exc

    def load(self, embeddings: Embeddings) -> IndexData:
        gen = self.current_gen()
        if gen is None:
            raise CorruptIndexError(f"no index at {self.root}: run `python -m qa index`")
        manifest = self.read_manifest() or {}
        try:
            with (gen / "chunks.jsonl").open(encoding="utf-8") as fh:
                chunks = [_chunk_from_json(line) for line in fh if line.strip()]
            bm25 = BM25Index.load(gen / "bm25")
            df = json.loads((gen / "df.json").read_text(encoding="utf-8"))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise CorruptIndexError(f"index at {self.root} is damaged ({type(exc).__name__}): run `python -m qa index --rebuild`") from exc
        name = manifest.get("chroma_collection", self.collection)
        vectorstore = self.chroma.open_vectorstore(gen, name, embeddings, expected=len(chunks))
        if len(chunks) != manifest.get("chunks") or bm25.n_docs != len(chunks):
            raise CorruptIndexError(f"index at {self.root} is damaged (chunk counts disagree): run `python -m qa index --rebuild`")
        return IndexData(manifest, chunks, bm25, vectorstore, gen, df)

    # -- building --------------------------------------------------------------------------------
    def build(
        self,
        chunks: list[Chunk],
        manifest: dict[str, Any],
        embeddings: Embeddings,
        progress: Callable[[Iterable, int], Iterable] | None = None,
    ) -> dict[str, int]:
        """Write a new generation and make it live. Returns counts: chunks, embedded, reused.

        ``progress`` wraps the batch iterator (e.g. tqdm) so callers choose how to show progress.
        """
        self.root.mkdir(parents=True, exist_ok=True)
        gen_name = f"gen-{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:6]}"
        gen = self.root / gen_name
        gen.mkdir()
        coll_name = self.chroma.collection_name(self.collection, gen_name)
        try:
            reuse = self._reusable_vectors(manifest.get("embedder", ""))
            hashes = [chunk_hash(c) for c in chunks]
            todo = [i for i, h in enumerate(hashes) if h not in reuse]
            vectors: list[list[float] | None] = [reuse.get(h) for h in hashes]
            batches = [todo[i : i + 64] for i in range(0, len(todo), 64)]
            it: Iterable = progress(batches, len(todo)) if progress else batches
            for batch in it:
                embedded = embeddings.embed_documents([chunks[i].embed_text for i in batch])
                for i, vec in zip(batch, embedded):
                    vectors[i] = vec
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
            self.chroma.write_collection(gen, coll_name, chunks, hashes, vectors)  # type: ignore[arg-type]
            manifest = {**manifest, "schema": SCHEMA, "generation": gen_name, "chroma_collection": coll_name,
                        "chunks": len(chunks)}
            (gen / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
            self._point_to(gen_name)
        except BaseException:
            logger.warning("index build failed; the previous index (if any) is untouched")
            self.chroma.drop_collection(gen, coll_name)
            shutil.rmtree(gen, ignore_errors=True)
            raise
        self._prune(keep=gen_name)
        return {"chunks": len(chunks), "embedded": len(todo), "reused": len(chunks) - len(todo)}

    def _reusable_vectors(self, embedder: str) -> dict[str, list[float]]:
        """Vectors of the live generation keyed by chunk hash, if it was built by the same embedder."""
        try:
            manifest = self.read_manifest()
            gen = self.current_gen()
        except QAError:
            return {}
        if not manifest or gen is None or manifest.get("embedder") != embedder:
            return {}
        try:
            return self.chroma.read_vectors(gen, manifest.get("chroma_collection", self.collection))
        except Exception as exc:  # a damaged old generation only costs us re-embedding
            logger.info("cannot reuse vectors of %s (%s); embedding everything", gen.name, exc)
            return {}

    def _point_to(self, gen_name: str) -> None:
        tmp = self.root / f".CURRENT.{os.getpid()}.tmp"
        tmp.write_text(gen_name, encoding="utf-8")
        os.replace(tmp, self.root / "CURRENT")

    def _prune(self, keep: str) -> None:
        gens = sorted(p for p in self.root.glob("gen-*") if p.is_dir())
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
