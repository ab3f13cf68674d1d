"""BM25 over jieba tokens (bm25s: precomputed sparse scores, so a query is a few array lookups).

Chinese has no spaces; BM25 over unsegmented text matches nothing useful. Chunks are tokenised with
``qa.text.tokenize`` (jieba search mode) at build time, queries the same way at query time.
"""
from __future__ import annotations

import logging
from pathlib import Path

import numpy as np

from qa.text import tokenize

logger = logging.getLogger(__name__)

_EMPTY = "∅"  # placeholder token so an all-punctuation chunk still has a row


def _bm25s():
    """Import bm25s lazily; it sets its own logger to DEBUG on import, which we turn back down."""
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)
    return bm25s


class BM25Index:
    """Okapi BM25 (Lucene variant, k1=1.2, b=0.75) over pre-tokenised chunks.

    Usage::

        idx = BM25Index.build([["专利", "授权"], ["技术", "合同"]])
        idx.top(["专利"], k=1)   # [(0, 0.98)]
    """

    def __init__(self, model, n_docs: int) -> None:
        self._model = model
        self.n_docs = n_docs

    @classmethod
    def build(cls, token_lists: list[list[str]], k1: float = 1.2, b: float = 0.75) -> "BM25Index":
        model = _bm25s().BM25(k1=k1, b=b, method="lucene")
        model.index([toks or [_EMPTY] for toks in token_lists], show_progress=False)
        return cls(model, len(token_lists))

    @classmethod
    def from_texts(cls, texts: list[str]) -> "BM25Index":
        return cls.build([tokenize(t) for t in texts])

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        """BM25 score of every chunk for the query (zeros when no query term is in the vocabulary)."""
        vocab = self._model.vocab_dict
        known = [t for t in query_tokens if t in vocab]
        if not known or self.n_docs == 0:
            return np.zeros(self.n_docs, dtype=np.float32)
        return np.asarray(self._model.get_scores(known), dtype=np.float32)

    def top(self, query_tokens: list[str], k: int) -> list[tuple[int, float]]:
        """The k best chunks with a positive score, best first."""
        s = self.scores(query_tokens)
        if not s.size:
            return []
        k = min(k, s.size)
        idx = np.argpartition(-s, k - 1)[:k]
        idx = idx[np.argsort(-s[idx], kind="stable")]
        return [(int(i), float(s[i])) for i in idx if s[i] > 0]

    def save(self, folder: Path) -> None:
        self._model.save(str(folder))
        (folder / "n_docs").write_text(str(self.n_docs))

    @classmethod
    def load(cls, folder: Path) -> "BM25Index":
        model = _bm25s().BM25.load(str(folder))
        return cls(model, int((folder / "n_docs").read_text()))
