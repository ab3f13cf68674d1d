"""How far the vectors of the live generation are: counts, rate and ETA for the CLI, ``ask --json`` and the app.

One ``VectorProgress`` per engine. It owns the background embedding thread (start/stop) and the numbers the
badge shows ("关键词检索 · 向量索引 37%"); when another process embeds, the counts come from the vector cache.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from langchain_core.embeddings import Embeddings

from qa.store.embeddings import embedder_identity
from qa.store.generations import IndexData, IndexStore, chunk_hash

_POLL_S = 1.0


class VectorProgress:
    """Thread-safe progress of embedding behind a keyword-only generation."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._cancel: threading.Event | None = None
        self.done = 0
        self.total = 0
        self.error = ""
        self._t0: float | None = None
        self._done0 = 0
        self._rate = 0.0
        self._last_poll = 0.0
        self._base = 0

    # -- the background thread ---------------------------------------------------------------------
    def start(self, target: Callable[[threading.Event], None]) -> None:
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return
            self._cancel = threading.Event()
            self.error = ""
            self._t0 = None
            self._thread = threading.Thread(target=target, args=(self._cancel,), name="qa-embed-behind", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Pause background embedding after the batch in flight (its vectors are kept) and wait for it."""
        with self._lock:
            thread, cancel = self._thread, self._cancel
        if thread is not None and cancel is not None:
            cancel.set()
            thread.join()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def failed(self, message: str) -> None:
        self.error = message

    # -- numbers -----------------------------------------------------------------------------------
    def progress(self, done: int, total: int) -> None:
        """Callback of the embedding loop. ``done`` counts this run's chunks; earlier runs' are in the cache."""
        now = time.perf_counter()
        with self._lock:
            if self._t0 is None or done == 0:
                self._t0, self._done0 = now, done
                self._base = max(0, self.total - total)
            elapsed = now - self._t0
            if elapsed > 0 and done > self._done0:
                self._rate = (done - self._done0) / elapsed
            self.done = self._base + done
            self.total = max(self.total, self._base + total)

    def loaded(self, data: IndexData, store: IndexStore, embeddings: Embeddings) -> None:
        n = len(data.chunks)
        if data.dense_ready:
            with self._lock:
                self.done = self.total = n
            return
        self.refresh_done(data, store, embeddings, force=True)

    def refresh_done(self, data: IndexData, store: IndexStore, embeddings: Embeddings, force: bool = False) -> None:
        """Counts of a keyword-only generation from the vector cache (when this process is not the embedder)."""
        if self.running and not force:
            return
        stored = store.cache(embedder_identity(embeddings)).hashes()
        hashes = {chunk_hash(c) for c in data.chunks}
        with self._lock:
            self.total = len(hashes)
            self.done = len(hashes & stored)

    def due(self, force: bool = False) -> bool:
        now = time.monotonic()
        if not force and now - self._last_poll < _POLL_S:
            return False
        self._last_poll = now
        return True

    def counts(self) -> dict[str, int]:
        with self._lock:
            return {"done": self.done, "total": self.total}

    def status(self, dense_ready: bool) -> dict[str, Any]:
        with self._lock:
            out: dict[str, Any] = {"retrieval": "hybrid" if dense_ready else "bm25-only", "done": self.done,
                                   "total": self.total, "embedding": self.running and not dense_ready}
            if not dense_ready and self.running and self._rate > 0:
                out["rate"] = round(self._rate, 2)
                out["eta_s"] = round(max(0, self.total - self.done) / self._rate, 1)
            if self.error and not dense_ready:
                out["error"] = self.error
            return out
