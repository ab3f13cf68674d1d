"""A small thread-safe LRU of query vectors, shared by every embedder (chat users repeat and refine questions)."""
from __future__ import annotations

import threading
from collections import OrderedDict


class QueryCache:
    """A small thread-safe LRU for query vectors: chat users repeat and refine questions."""

    def __init__(self, size: int = 1024) -> None:
        self._data: OrderedDict[str, list[float]] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get(self, key: str) -> list[float] | None:
        with self._lock:
            vec = self._data.get(key)
            if vec is not None:
                self._data.move_to_end(key)
            return vec

    def put(self, key: str, vec: list[float]) -> None:
        with self._lock:
            self._data[key] = vec
            if len(self._data) > self._size:
                self._data.popitem(last=False)
