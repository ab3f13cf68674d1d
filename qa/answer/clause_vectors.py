"""Vectors of passage clauses for the reader's question–clause similarity, the slow part of a new answer.

A new question embeds the clauses of its most promising spans (~6 clauses, ~60 ms on two cores). Two layers
keep that off the question's path: an LRU of what questions embedded, and the whole corpus's clauses, embedded
once in the background by :meth:`ClauseVectors.warm` and kept beside the index generation
(``clause_vectors.npz``), so a restarted app is warm at once. Vectors are keyed by a digest of the clause text:
a clause that moved or a file that changed never returns a wrong vector, it is simply embedded again.
"""
from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import Callable, Iterable

import numpy as np
from langchain_core.embeddings import Embeddings

logger = logging.getLogger(__name__)

FILE_NAME = "clause_vectors.npz"


def _key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


class ClauseVectors:
    """Clause text → vector: the corpus's clauses (pinned, saved to ``path``) plus an LRU of the rest."""

    def __init__(self, path: Path | None = None, identity: str = "", size: int = 20000) -> None:
        self.path = path
        self.identity = identity  # the embedder that made the vectors: another one's are never used
        self._size = size
        self._pinned: dict[bytes, np.ndarray] = {}
        self._live: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        self._save_lock = threading.Lock()
        if path is not None:
            self._load(path)

    def __len__(self) -> int:
        with self._lock:
            return len(self._pinned) + len(self._live)

    def _load(self, path: Path) -> None:
        if not path.exists():
            return
        try:
            with np.load(path, allow_pickle=False) as z:
                if str(z["identity"]) != self.identity:
                    logger.info("clause vectors at %s are from another embedder: not used", path)
                    return
                keys, vecs = z["keys"], z["vecs"].astype(np.float32)
        except Exception as exc:  # a torn or foreign file costs a re-embedding, never an answer
            logger.warning("clause vectors at %s unreadable (%s): they will be embedded again", path, exc)
            return
        self._pinned = {bytes(k): vecs[i] for i, k in enumerate(keys)}
        logger.info("clause vectors: %d loaded from %s", len(self._pinned), path)

    def save(self) -> None:
        """Write the pinned vectors atomically (a reader sees the old file or the new one, never half)."""
        if self.path is None:
            return
        with self._lock:
            items = list(self._pinned.items())
        if not items:
            return
        keys = np.array([k for k, _ in items], dtype="S16")
        vecs = np.stack([v for _, v in items]).astype(np.float32)
        with self._save_lock:
            tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
            try:
                with open(tmp, "wb") as f:
                    np.savez(f, keys=keys, vecs=vecs, identity=np.array(self.identity))
                os.replace(tmp, self.path)
            except OSError as exc:  # a read-only index folder: the vectors stay in memory for this process
                logger.warning("cannot save clause vectors to %s: %s", self.path, exc)
                tmp.unlink(missing_ok=True)

    def clear(self) -> None:
        """Forget every vector in memory (benchmarks: measure answers that embed their clauses)."""
        with self._lock:
            self._pinned.clear()
            self._live.clear()

    def _get(self, k: bytes) -> np.ndarray | None:
        v = self._pinned.get(k)
        if v is None:
            v = self._live.get(k)
            if v is not None:
                self._live.move_to_end(k)
        return v

    def get_many(self, emb: Embeddings, texts: list[str]) -> np.ndarray:
        """Vectors of ``texts`` (rows in order), embedding only the ones not known yet."""
        if not texts:
            return np.zeros((0, 1), np.float32)
        keys = [_key(t) for t in texts]
        with self._lock:
            missing = {k: t for k, t in zip(keys, texts) if self._get(k) is None}
        if missing:
            vecs = emb.embed_documents(list(missing.values()))
            with self._lock:
                for k, v in zip(missing, vecs):
                    self._live[k] = np.asarray(v, dtype=np.float32)
                while len(self._live) > self._size:
                    self._live.popitem(last=False)
        with self._lock:
            got = [self._get(k) for k in keys]
        return np.stack([g if g is not None else np.asarray(emb.embed_documents([t])[0], np.float32)
                         for g, t in zip(got, texts)])

    def warm(self, emb: Embeddings, texts: Iterable[str], batch: int = 8, cancel: threading.Event | None = None,
             pause: Callable[[], None] | None = None, save_every_s: float = 30.0,
             progress: Callable[[int, int], None] | None = None) -> int:
        """Embed every clause of the corpus not embedded yet, in small batches (``pause`` is called before each,
        so questions go first), saving every ``save_every_s`` and at the end. Vectors of clauses no longer in
        the corpus are dropped. Returns how many were embedded; stops early when ``cancel`` is set."""
        wanted = {_key(t): t for t in texts}
        with self._lock:
            before = len(self._pinned)
            self._pinned = {k: v for k, v in self._pinned.items() if k in wanted}
            changed = len(self._pinned) != before
            for k in list(self._live):
                if k in wanted and k not in self._pinned:
                    self._pinned[k] = self._live.pop(k)
                    changed = True
            todo = [(k, t) for k, t in wanted.items() if k not in self._pinned]
        done, last_save = 0, time.monotonic()
        for i in range(0, len(todo), batch):
            if cancel is not None and cancel.is_set():
                break
            if pause is not None:
                pause()
            part = todo[i:i + batch]
            vecs = emb.embed_documents([t for _, t in part])
            with self._lock:
                for (k, _), v in zip(part, vecs):
                    self._pinned[k] = np.asarray(v, dtype=np.float32)
            done += len(part)
            if progress is not None:
                progress(done, len(todo))
            if time.monotonic() - last_save > save_every_s:
                self.save()
                last_save = time.monotonic()
        if done or changed or (self.path is not None and not self.path.exists()):
            self.save()
        return done
