"""Chroma access for both modes: embedded (a PersistentClient per index generation) and client-server
(``chromadb.HttpClient``; one server collection per generation so swaps stay atomic).

We always hand Chroma our own vectors and never let it pick an embedding function: its default one
downloads a model, which this product must never do.
"""
from __future__ import annotations

import atexit
import logging
import os
import re
import shutil
import tempfile
import threading
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np
from langchain_core.embeddings import Embeddings

from qa.ingest.chunking import Chunk
from qa.errors import CorruptIndexError, StoreUnavailableError

logger = logging.getLogger(__name__)

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
COSINE = {"hnsw:space": "cosine"}
# HNSW search is approximate. At Chroma's default breadth (ef_search 100) the 80 nearest of the 13 reports' 1,525
# passages differed from the exact 80 for 391 of 578 questions (mean overlap 0.979; the first 20: 44 of 578), and
# differently for two builds of the same corpus, so a rebuild changed answers. A breadth far above the deepest
# fetch makes the search exact at report scale (the same 80 for all 578) at a millisecond or so per query.
HNSW = {"space": "cosine", "ef_search": 1000}
_SERVER_TIMEOUT_S = 3.0
# Per request once connected: a server that dies mid-session costs a question this long, not chromadb's 60 s.
_REQUEST_TIMEOUT_S = float(os.environ.get("QA_CHROMA_TIMEOUT", "5"))
_CONNECT_TIMEOUT_S = 2.0


def _settings():
    from chromadb.config import Settings

    return Settings(anonymized_telemetry=False, allow_reset=False)


def _short_timeouts(client: Any) -> None:
    """chromadb's HTTP session has no timeout (a dead server hangs a question ~60 s): give it short ones."""
    try:
        import httpx

        session = client._server._session  # chromadb.api.fastapi.FastAPI keeps one httpx.Client
        session.timeout = httpx.Timeout(_REQUEST_TIMEOUT_S, connect=_CONNECT_TIMEOUT_S)
    except Exception as exc:  # a chromadb internals change only costs us the short timeout
        logger.debug("cannot shorten Chroma client timeouts: %s", exc)


def _readable_copy(folder: Path) -> str:
    """Chroma writes to its sqlite file even to read; a read-only index is read from a private temporary copy."""
    if not folder.exists() or os.access(folder, os.W_OK):
        return str(folder)
    tmp = Path(tempfile.mkdtemp(prefix="qa-chroma-ro-"))
    atexit.register(shutil.rmtree, tmp, True)
    shutil.copytree(folder, tmp / "chroma")
    logger.info("index folder %s is read-only: reading a temporary copy of its vectors", folder)
    return str(tmp / "chroma")


class ChromaBackend:
    """Creates clients and collections for one mode. ``url=None`` → embedded, else a Chroma server URL."""

    def __init__(self, url: str | None = None) -> None:
        self.url = url.rstrip("/") if url else None
        self._clients: dict[str, Any] = {}
        self._lock = threading.Lock()
        if self.url:
            parsed = urlparse(self.url if "://" in self.url else f"http://{self.url}")
            if not parsed.hostname:
                raise StoreUnavailableError(f"bad Chroma server URL {url!r}: expected http://HOST:PORT")
            self._host, self._port, self._ssl = parsed.hostname, parsed.port or 8000, parsed.scheme == "https"
            self.url = f"{parsed.scheme or 'http'}://{self._host}:{self._port}"

    @property
    def mode(self) -> str:
        return "server" if self.url else "embedded"

    def check_server(self) -> None:
        """Fail fast (a few seconds, not a hang) when the server is down: one heartbeat with a timeout."""
        if not self.url:
            return
        try:
            with urllib.request.urlopen(f"{self.url}/api/v2/heartbeat", timeout=_SERVER_TIMEOUT_S) as resp:
                resp.read()
        except (urllib.error.URLError, OSError, TimeoutError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreUnavailableError(f"Chroma server at {self.url} is unreachable ({reason})") from exc

    def client(self, gen: Path):
        import chromadb

        key = self.url or str(gen / "chroma")
        with self._lock:
            if key not in self._clients:
                if self.url:
                    self.check_server()
                    client = chromadb.HttpClient(host=self._host, port=self._port, ssl=self._ssl, settings=_settings())
                    _short_timeouts(client)
                    self._clients[key] = client
                else:
                    self._clients[key] = chromadb.PersistentClient(path=_readable_copy(Path(key)), settings=_settings())
            return self._clients[key]

    def collection_name(self, collection: str, gen_name: str) -> str:
        """Embedded: the collection's own name (one Chroma folder per generation). Server: one per generation."""
        name = collection if not self.url else f"{collection}-{gen_name}"
        name = re.sub(r"[^A-Za-z0-9._-]", "_", name).strip("._-") or "report_qa"
        return (name + "_qa")[:3] if len(name) < 3 else name[:500]

    def write_collection(
        self, gen: Path, name: str, chunks: list[Chunk], hashes: list[str], vectors: list[list[float]]
    ) -> None:
        client = self.client(gen)
        col = client.create_collection(name=name, embedding_function=None, configuration={"hnsw": HNSW})
        batch = max(1, min(int(client.get_max_batch_size()), 2000))
        for i in range(0, len(chunks), batch):
            part = chunks[i : i + batch]
            col.add(
                ids=[c.chunk_id for c in part],
                embeddings=np.asarray(vectors[i : i + batch], dtype=np.float32),
                documents=[c.text for c in part],
                metadatas=[{**c.metadata(), "hash": h} for c, h in zip(part, hashes[i : i + batch])],
            )

    def read_vectors(self, gen: Path, name: str) -> dict[str, list[float]]:
        """hash → vector for every chunk of a collection (reused by the next build)."""
        col = self.client(gen).get_collection(name=name, embedding_function=None)
        out: dict[str, list[float]] = {}
        total = col.count()
        page = 2000
        for offset in range(0, total, page):
            got = col.get(include=["embeddings", "metadatas"], limit=page, offset=offset)
            for meta, vec in zip(got["metadatas"] or [], got["embeddings"] if got["embeddings"] is not None else []):
                if meta and meta.get("hash"):
                    out[str(meta["hash"])] = [float(x) for x in vec]
        return out

    def open_vectorstore(self, gen: Path, name: str, embeddings: Embeddings, expected: int):
        """The generation's collection wrapped as a langchain-chroma vector store, after checking it is whole."""
        from langchain_chroma import Chroma

        try:
            client = self.client(gen)
            col = client.get_collection(name=name, embedding_function=None)
            count = col.count()
        except StoreUnavailableError:
            raise
        except Exception as exc:  # chromadb raises NotFoundError/ValueError/sqlite errors for a damaged store
            if self.url:
                self.check_server()
            raise CorruptIndexError(
                f"index at {gen.parent} is damaged (Chroma: {str(exc).splitlines()[0][:120]}): run `python -m qa index --rebuild`"
            ) from exc
        if count != expected:
            raise CorruptIndexError(
                f"index at {gen.parent} is damaged (Chroma holds {count} vectors, expected {expected}): "
                "run `python -m qa index --rebuild`"
            )
        return Chroma(client=client, collection_name=name, embedding_function=embeddings, collection_metadata=COSINE)

    def drop_collection(self, gen: Path, name: str) -> None:
        """Best effort: embedded collections vanish with their folder; server ones are deleted."""
        if not self.url:
            with self._lock:
                self._clients.pop(str(gen / "chroma"), None)
            return
        try:
            self.client(gen).delete_collection(name=name)
        except Exception as exc:  # already gone, or the server went away: nothing to undo
            logger.debug("could not delete collection %s: %s", name, exc)
