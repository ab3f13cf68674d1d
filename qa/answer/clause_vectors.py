"""Vectors of passage clauses for the reader's question–clause similarity, the slow part of a new answer.

A new question embeds the clauses of its most promising spans (~6 clauses, ~60 ms on two cores). Two layers
keep that off the question's path: an LRU of what questions embedded, and the whole corpus's clauses, embedded
once in the background by :meth:`ClauseVectors.warm` and kept in the collection's index folder
(``clause_vectors.npz``), so a restarted app is warm at once and a rebuild re-embeds only the clauses that
changed. Vectors are keyed by a digest of the clause text:
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


_DIGEST = 16


def _key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=_DIGEST).digest()


class ClauseVectors:
    """Clause text → vector: the corpus's clauses (pinned, saved to ``path``) plus an LRU of the rest."""

    def __init__(self, path: Path | None = None, identity: str = "", size: int = 20000) -> None:
        self.path = path
        self.identity = identity  # the embedder that made the vectors: another one's are never used
        self._size = size
        # pinned = the saved matrix (row by key: loading 25k vectors takes ~30 ms) + what warm-up added since
        self._rows: dict[bytes, int] = {}
        self._mat = np.zeros((0, 0), np.float32)
        self._added: dict[bytes, np.ndarray] = {}
        self._live: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        self._save_lock = threading.Lock()
        if path is not None:
            self._load(path)

    def __len__(self) -> int:
        with self._lock:
            return len(self._rows) + len(self._added) + len(self._live)

    def _load(self, path: Path) -> None:
        if not path.exists():
            return
        try:
            with np.load(path, allow_pickle=False) as z:
                if str(z["identity"]) != self.identity:
                    logger.info("clause vectors at %s are from another embedder: not used", path)
                    return
                raw, vecs = np.asarray(z["keys"], dtype=np.uint8), np.asarray(z["vecs"], dtype=np.float32)
        except Exception as exc:  # a torn or foreign file costs a re-embedding, never an answer
            logger.warning("clause vectors at %s unreadable (%s): they will be embedded again", path, exc)
            return
        if vecs.ndim != 2 or raw.ndim != 2 or raw.shape[1] != _DIGEST or len(vecs) != len(raw):
            logger.warning("clause vectors at %s are inconsistent: they will be embedded again", path)
            return
        flat = raw.tobytes()
        self._rows = {flat[i:i + _DIGEST]: n for n, i in enumerate(range(0, len(flat), _DIGEST))}
        self._mat = vecs
        logger.info("clause vectors: %d loaded from %s", len(self._rows), path)

    def _pinned_items(self) -> tuple[list[bytes], np.ndarray]:
        keys = list(self._rows) + list(self._added)
        parts = [self._mat[list(self._rows.values())]] if self._rows else []
        if self._added:
            parts.append(np.stack(list(self._added.values())))
        return keys, (np.vstack(parts).astype(np.float32) if parts else np.zeros((0, 0), np.float32))

    def save(self) -> None:
        """Write the pinned vectors atomically (a reader sees the old file or the new one, never half)."""
        if self.path is None:
            return
        with self._lock:
            keys, vecs = self._pinned_items()
        if not keys:
            return
        with self._save_lock:
            tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
            try:
                with open(tmp, "wb") as f:
                    # digests as raw bytes: a fixed-width bytes dtype ("S16") would drop a digest's trailing NULs
                    digests = np.frombuffer(b"".join(keys), dtype=np.uint8).reshape(-1, _DIGEST)
                    np.savez(f, keys=digests, vecs=vecs, identity=np.array(self.identity))
                os.replace(tmp, self.path)
            except OSError as exc:  # a read-only index folder: the vectors stay in memory for this process
                logger.warning("cannot save clause vectors to %s: %s", self.path, exc)
                tmp.unlink(missing_ok=True)

    def clear(self) -> None:
        """Forget every vector in memory (benchmarks: measure answers that embed their clauses)."""
        with self._lock:
            self._rows, self._mat = {}, np.zeros((0, 0), np.float32)
            self._added.clear()
            self._live.clear()

    def _get(self, k: bytes) -> np.ndarray | None:
        i = self._rows.get(k)
        if i is not None:
            return self._mat[i]
        v = self._added.get(k)
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
        got: dict[bytes, np.ndarray] = {}
        if missing:
            got = {k: np.asarray(v, dtype=np.float32) for k, v in zip(missing, emb.embed_documents(list(missing.values())))}
            with self._lock:
                self._live.update(got)
                while len(self._live) > self._size:
                    self._live.popitem(last=False)
        with self._lock:
            return np.stack([got[k] if k in got else self._get(k) for k in keys])

    def warm(self, emb: Embeddings, texts: Iterable[str], batch: int = 8, cancel: threading.Event | None = None,
             pause: Callable[[], None] | None = None, save_every_s: float = 30.0,
             progress: Callable[[int, int], None] | None = None) -> int:
        """Embed every clause of the corpus not embedded yet, in small batches (``pause`` is called before each,
        so questions go first), saving every ``save_every_s`` and at the end. Vectors of clauses no longer in
        the corpus are dropped. Returns how many were embedded; stops early when ``cancel`` is set."""
        wanted = {_key(t): t for t in texts}
        with self._lock:
            changed = False
            if any(k not in wanted for k in self._rows):
                keep = [(k, i) for k, i in self._rows.items() if k in wanted]
                self._mat = self._mat[[i for _, i in keep]] if keep else np.zeros((0, 0), np.float32)
                self._rows = {k: j for j, (k, _) in enumerate(keep)}
                changed = True
            stale = [k for k in self._added if k not in wanted]
            for k in stale:
                del self._added[k]
            changed |= bool(stale)
            for k in list(self._live):
                if k in wanted and k not in self._rows and k not in self._added:
                    self._added[k] = self._live.pop(k)
                    changed = True
            todo = [(k, t) for k, t in wanted.items() if k not in self._rows and k not in self._added]
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
                    self._added[k] = np.asarray(v, dtype=np.float32)
            done += len(part)
            if progress is not None:
                progress(done, len(todo))
            if time.monotonic() - last_save > save_every_s:
                self.save()
                last_save = time.monotonic()
        if done or changed or (self.path is not None and not self.path.exists()):
            self.save()
        return done
