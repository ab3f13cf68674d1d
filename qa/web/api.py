"""REST API on the app's own server: ``/api/ask``, ``/api/search``, ``/api/documents``, ``/api/health``.

The routes are plain FastAPI with pydantic models, so ``/docs`` shows a correct OpenAPI schema. Every
failure is JSON ``{"error": {"type", "message"}}`` with a 4xx status for bad input (5xx only when the
index or its Chroma server is unavailable), never a traceback. The answer JSON is exactly what the Gradio
``/ask`` endpoint returns (:func:`qa.web.render.answer_to_json`), so every path answers alike.
"""
from __future__ import annotations

import json
import logging
from typing import Any, Callable, Literal

from fastapi import APIRouter, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.routing import APIRoute
from pydantic import BaseModel, ConfigDict, Field

from qa.config import MAX_K  # one limit for the API, the CLI and the app
from qa.errors import CorruptIndexError, InvalidQuestionError, QAError, StoreUnavailableError
from qa.web.render import answer_to_json

log = logging.getLogger("report_qa.api")

DEFAULT_K = 4
Mode = Literal["hybrid", "dense", "bm25"]


# --------------------------------------------------------------------------- models


class CitationOut(BaseModel):
    """A cited passage: the whole chunk ``text`` and the ``quote`` inside it (``text[quote_start:quote_end]``)."""

    n: int = Field(description="citation number, as in the [n] markers")
    text: str = Field(description="the whole passage (chunk)")
    quote: str = Field(description="the span of the passage that supports the answer")
    section: str = Field(description="heading path of the passage in its document")
    source: str = Field(description="document file name (relative to the corpus folder)")
    title: str = Field("", description="document title")
    chunk_id: str
    start: int = Field(description="offset of text in the cleaned document")
    end: int
    score: float
    quote_start: int = Field(0, description="offset of quote inside text")
    quote_end: int = 0


class AskRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str = Field(description="a question about the report(s), Chinese or English",
                          examples=["2014年全市技术合同成交总金额是多少?"])
    k: int = Field(DEFAULT_K, ge=1, le=MAX_K, description="passages retrieved")
    mode: Mode = Field("hybrid", description="retrieval mode")
    collection: str | None = Field(None, description="collection to ask (default: the one this server loaded)")


class AskResponse(BaseModel):
    """Same JSON as ``python -m qa ask --json`` and the Gradio ``/ask`` endpoint."""

    question: str
    answer: str = Field(description="short extract from the report, or the abstention message")
    abstained: bool = Field(description="true when the report does not answer the question")
    citations: list[CitationOut] = Field(description="passages supporting the answer (empty when abstained)")
    related: list[CitationOut] = Field(description="closest other passages (reading, not citations)")
    qtype: str
    confidence: float
    resolved_question: str


class SearchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    query: str = Field(description="search text (a question or keywords)", examples=["专利授权量"])
    k: int = Field(DEFAULT_K, ge=1, le=MAX_K, description="passages returned")
    mode: Mode = "hybrid"
    collection: str | None = None


class Passage(BaseModel):
    rank: int
    chunk_id: str
    source: str
    title: str
    section: str
    text: str
    start: int
    end: int
    score: float = Field(description="fused retrieval score (higher is better)")
    dense_similarity: float | None = Field(None, description="cosine similarity of the passage to the query")
    bm25: float = Field(0.0, description="BM25 score of the passage")


class SearchResponse(BaseModel):
    query: str
    mode: Mode
    k: int
    passages: list[Passage]


class DocumentOut(BaseModel):
    source: str
    title: str
    date: str
    origin: str
    chunks: int = 0
    format: str = "txt"


class DocumentsResponse(BaseModel):
    collection: str
    documents: list[DocumentOut]


class HealthResponse(BaseModel):
    status: Literal["ok", "degraded"] = Field(description="degraded when the vectors are incomplete or unreadable")
    collection: str
    generation: str = Field(description="live index generation")
    chunks: int
    vectors: int | None = Field(description="vectors in Chroma (null when Chroma cannot be reached)")
    vectors_complete: bool
    documents: int
    embedder: str
    chroma: str = Field(description="embedded or server")
    error: str = ""


class ErrorBody(BaseModel):
    type: str
    message: str


class ErrorResponse(BaseModel):
    error: ErrorBody


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorResponse, "description": desc}
    for code, desc in ((400, "Malformed request"), (401, "Missing or wrong API key"),
                       (404, "Unknown collection"), (413, "Request body too large"),
                       (422, "Invalid question or parameters"), (503, "Index unavailable"))
}


# --------------------------------------------------------------------------- errors


def error_response(status: int, type_: str, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": {"type": type_, "message": message, **extra}}, status_code=status)


def _validation_message(exc: RequestValidationError) -> tuple[int, str]:
    errors = exc.errors()
    if any(e.get("type") == "json_invalid" for e in errors):
        return 400, "request body is not valid JSON"
    parts = []
    for e in errors[:5]:
        loc = ".".join(str(x) for x in e.get("loc", ()) if x != "body") or "body"
        parts.append(f"{loc}: {e.get('msg', 'invalid')}")
    return 422, "; ".join(parts)


def exception_to_response(exc: Exception, **extra: Any) -> JSONResponse:
    """The JSON error for anything a route raised; unexpected errors are logged, never shown."""
    if isinstance(exc, RequestValidationError):
        status, msg = _validation_message(exc)
        return error_response(status, "invalid_request", msg, **extra)
    if isinstance(exc, HTTPException):
        detail = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail, ensure_ascii=False)
        type_ = {404: "not_found", 401: "unauthorized"}.get(exc.status_code, "http_error")
        return error_response(exc.status_code, type_, detail, **extra)
    if isinstance(exc, InvalidQuestionError):
        return error_response(422, "invalid_question", str(exc), **extra)
    if isinstance(exc, (StoreUnavailableError, CorruptIndexError)):
        return error_response(503, "index_unavailable", str(exc).splitlines()[0], **extra)
    if isinstance(exc, QAError):
        return error_response(400, "bad_request", str(exc).splitlines()[0], **extra)
    log.exception("API request failed")
    return error_response(500, "internal_error", "internal error (see the server log)", **extra)


class JSONErrorRoute(APIRoute):
    """A route whose every failure (validation, HTTPException, QAError, bug) becomes the JSON error, without
    touching how Gradio's own routes report errors."""

    error_extra: dict[str, Any] = {}

    def get_route_handler(self) -> Callable[[Request], Any]:
        handler = super().get_route_handler()
        extra = self.error_extra

        async def route_handler(request: Request) -> Response:
            try:
                return await handler(request)
            except Exception as exc:  # noqa: BLE001 - every failure becomes JSON
                return exception_to_response(exc, **extra)

        return route_handler


# --------------------------------------------------------------------------- engine access


def collection_name(engine: Any) -> str:
    settings = getattr(engine, "settings", None)
    return str(getattr(settings, "collection", None) or "default")


def check_collection(engine: Any, requested: str | None) -> None:
    """Only the loaded collection is served: another name is a clear 404."""
    loaded = collection_name(engine)
    if requested not in (None, "", loaded):
        raise HTTPException(404, f"collection {requested!r} is not served here (this server answers from "
                                 f"{loaded!r}; start another app with --collection {requested})")


def ask_json(engine: Any, question: str, k: int = DEFAULT_K, mode: str = "hybrid") -> dict[str, Any]:
    """The answer JSON every path returns (REST, MCP, OpenAI-compatible citations, Gradio ``/ask``)."""
    return answer_to_json(engine.ask(question, k=k, mode=mode), asked=question)


def search_passages(engine: Any, query: str, k: int = DEFAULT_K, mode: str = "hybrid") -> list[dict[str, Any]]:
    """The retriever's top ``k`` passages with their scores (no answer extraction)."""
    if not callable(getattr(engine, "search", None)):
        raise HTTPException(501, "this engine does not support search")
    if not isinstance(k, int) or not 1 <= k <= MAX_K:
        raise InvalidQuestionError(f"k must be an integer between 1 and {MAX_K}")
    result = engine.search(query, k=k, mode=mode)
    out = []
    for rank, h in enumerate(result.hits[:k], start=1):
        c = h.chunk
        out.append({"rank": rank, "chunk_id": c.chunk_id, "source": c.source, "title": c.title, "section": c.section,
                    "text": c.text, "start": c.start, "end": c.end, "score": round(float(h.score), 6),
                    "dense_similarity": None if h.dense_sim is None else round(float(h.dense_sim), 6),
                    "bm25": round(float(h.bm25), 6)})
    return out


def health_json(engine: Any) -> dict[str, Any]:
    if callable(getattr(engine, "health", None)):
        h = dict(engine.health())
    else:  # engines without the accessor (test fakes): what load_info tells
        info = dict(getattr(engine, "load_info", {}) or {})
        chunks = int(info.get("chunks", 0) or 0)
        h = {"collection": collection_name(engine), "generation": str(info.get("generation", "")), "chunks": chunks,
             "vectors": chunks, "vectors_complete": True, "embedder": str(info.get("embedder", "")),
             "documents": len(list(getattr(engine, "documents", []) or [])), "chroma": "embedded", "error": ""}
    h["status"] = "ok" if h.get("vectors_complete") else "degraded"
    return h


# --------------------------------------------------------------------------- routes


def build_api_router(engine: Any) -> APIRouter:
    """``/api/*`` routes around ``engine`` (anything with ``ask``, ``documents``; ``search``/``health`` optional)."""
    router = APIRouter(prefix="/api", tags=["report-qa"], route_class=JSONErrorRoute, responses=ERROR_RESPONSES)

    @router.post("/ask", response_model=AskResponse, summary="Answer a question with citations")
    def api_ask(req: AskRequest) -> dict[str, Any]:
        """A short extractive answer and the passages that support it; ``abstained`` when the report does not
        say. Same JSON as ``python -m qa ask --json``."""
        check_collection(engine, req.collection)
        return ask_json(engine, req.question, k=req.k, mode=req.mode)

    @router.post("/search", response_model=SearchResponse, summary="Retrieve passages (no answer)")
    def api_search(req: SearchRequest) -> dict[str, Any]:
        """The hybrid retriever's top ``k`` passages with their fused, dense and BM25 scores."""
        check_collection(engine, req.collection)
        return {"query": req.query, "mode": req.mode, "k": req.k,
                "passages": search_passages(engine, req.query, k=req.k, mode=req.mode)}

    @router.get("/documents", response_model=DocumentsResponse, summary="Documents in the index")
    def api_documents() -> dict[str, Any]:
        docs = [{"source": str(getattr(d, "source", "")), "title": str(getattr(d, "title", "")),
                 "date": str(getattr(d, "date", "")), "origin": str(getattr(d, "origin", "")),
                 "chunks": int(getattr(d, "chunks", 0) or 0), "format": str(getattr(d, "format", "txt"))}
                for d in list(getattr(engine, "documents", []) or [])]
        return {"collection": collection_name(engine), "documents": docs}

    @router.get("/health", response_model=HealthResponse, summary="Index status")
    def api_health() -> dict[str, Any]:
        """Live index generation, chunk and vector counts, embedder. ``status`` is ``degraded`` (still HTTP 200)
        when the vectors are incomplete or Chroma cannot be reached."""
        return health_json(engine)

    return router


# --------------------------------------------------------------------------- body size limit


class BodyLimitMiddleware:
    """Refuse request bodies over ``max_bytes`` on the integration paths with 413 (JSON), before any route
    reads them. Gradio's own upload routes keep their own limit (``max_file_size``)."""

    def __init__(self, app: Any, max_bytes: int, prefixes: tuple[str, ...]) -> None:
        self.app, self.max_bytes, self.prefixes = app, max_bytes, prefixes

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(self.prefixes):
            return await self.app(scope, receive, send)
        too_big = error_response(413, "payload_too_large", f"request body is larger than {self.max_bytes} bytes")
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    if int(value) > self.max_bytes:
                        return await too_big(scope, receive, send)
                except ValueError:
                    return await error_response(400, "invalid_request", "bad Content-Length")(scope, receive, send)
        # No (or a small) declared length: read the body up to the limit, then replay it to the route.
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return  # client went away
            body = message.get("body", b"")
            size += len(body)
            if size > self.max_bytes:
                return await too_big(scope, receive, send)
            chunks.append(body)
            more = message.get("more_body", False)
        replay = [{"type": "http.request", "body": b"".join(chunks), "more_body": False}]

        async def replay_receive() -> dict:
            return replay.pop() if replay else await receive()

        await self.app(scope, replay_receive, send)
