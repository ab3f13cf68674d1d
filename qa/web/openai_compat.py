"""OpenAI-compatible chat endpoint: ``POST /v1/chat/completions`` and ``GET /v1/models``.

Chat front ends (Open WebUI, LibreChat, any OpenAI SDK) can use the report as a "model". The last user
message is the question; earlier user turns feed the same follow-up completion the Gradio chat uses
(``"授权量呢?"`` after ``"2014年专利申请量是多少?"``). The reply is the extractive answer with ``[n]``
markers followed by a ``来源 / Sources`` list; the structured citations are also in a top-level
``citations`` field (on the last chunk when streaming). An abstention is a normal reply. Errors use the
OpenAI error shape ``{"error": {"message", "type", "param", "code"}}`` so SDKs raise their usual exceptions.
"""
from __future__ import annotations

import json
import re
import time
import uuid
from typing import Any, Iterator, Literal

from fastapi import APIRouter, HTTPException
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from qa.answer.followup import complete_followup
from qa.web.api import (
    DEFAULT_K, ERROR_RESPONSES, MAX_K, CitationOut, JSONErrorRoute, Mode, ask_json, collection_name,
)

SOURCES_HEADING = "来源 / Sources:"
RELATED_HEADING = "相关段落（仅供参考，并非出处）/ Related passages (not sources):"
_MARKER_RE = re.compile(r"\[\d+\]")
MAX_QUOTE = 200


class ContentPart(BaseModel):
    model_config = ConfigDict(extra="allow")

    type: str
    text: str | None = None


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")

    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[ContentPart] | None = None


class ChatCompletionRequest(BaseModel):
    """The OpenAI request; sampling options (temperature, max_tokens, …) are accepted and ignored: answers are
    extracts. ``k`` and ``mode`` are report-qa extensions (``extra_body`` in the OpenAI SDK)."""

    model_config = ConfigDict(extra="allow")

    model: str | None = Field(None, description="a collection id from /v1/models (default: the loaded one)")
    messages: list[ChatMessage] = Field(min_length=1)
    stream: bool = False
    k: int = Field(DEFAULT_K, ge=1, le=MAX_K)
    mode: Mode = "hybrid"


class AssistantMessage(BaseModel):
    role: Literal["assistant"] = "assistant"
    content: str


class Choice(BaseModel):
    index: int = 0
    message: AssistantMessage
    finish_reason: Literal["stop"] = "stop"


class ChatCompletion(BaseModel):
    id: str
    object: Literal["chat.completion"] = "chat.completion"
    created: int
    model: str
    choices: list[Choice]
    citations: list[CitationOut] = Field(description="the passages behind the [n] markers")
    abstained: bool
    resolved_question: str


class ModelCard(BaseModel):
    id: str
    object: Literal["model"] = "model"
    created: int = 0
    owned_by: str = "report-qa"


class ModelList(BaseModel):
    object: Literal["list"] = "list"
    data: list[ModelCard]


def _text(content: str | list[ContentPart] | None) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    return "\n".join(p.text or "" for p in content if p.type in ("text", "input_text"))


def resolve_question(messages: list[ChatMessage]) -> str:
    """The last user message, completed from earlier user turns exactly as the Gradio chat does."""
    users = [_text(m.content) for m in messages if m.role == "user"]
    if not users:
        raise HTTPException(400, "messages must contain a user message (the question)")
    last: str | None = None
    for text in users[:-1]:
        if text.strip():
            last = complete_followup(last, text)
    question = users[-1]
    return complete_followup(last, question) if question.strip() else question


def _one_line(text: str, limit: int = MAX_QUOTE) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _where(c: dict[str, Any]) -> str:
    doc = c.get("source", "")
    if c.get("title") and c["title"] != doc:
        doc = f"{c['title']} ({doc})"
    return " · ".join(p for p in (c.get("section", ""), doc) if p)


def reply_content(ans: dict[str, Any]) -> str:
    """Answer with [n] markers, then the sources (quote, section, document); related reading on abstention."""
    text = ans["answer"]
    cites = ans["citations"]
    if cites and not _MARKER_RE.search(text):
        text += " " + "".join(f"[{c['n']}]" for c in cites)
    lines = [text]
    if cites:
        lines += ["", SOURCES_HEADING]
        lines += [f"[{c['n']}] “{_one_line(c['quote'] or c['text'])}” — {_where(c)}" for c in cites]
    elif ans.get("related"):
        lines += ["", RELATED_HEADING]
        lines += [f"- {_where(c)}: {_one_line(c['text'], 120)}" for c in ans["related"][:3]]
    return "\n".join(lines)


def _chunks(content: str) -> list[str]:
    """Stream pieces: the answer line, then each source line (keeps markers and quotes whole)."""
    parts = content.split("\n")
    return [p + ("\n" if i < len(parts) - 1 else "") for i, p in enumerate(parts)]


def _sse(obj: Any) -> str:
    return f"data: {json.dumps(obj, ensure_ascii=False)}\n\n"


def build_openai_router(engine: Any) -> APIRouter:
    """``/v1/models`` and ``/v1/chat/completions`` around ``engine``."""

    class OpenAIErrorRoute(JSONErrorRoute):
        error_extra = {"param": None, "code": None}

    router = APIRouter(prefix="/v1", tags=["openai-compatible"], route_class=OpenAIErrorRoute,
                       responses=ERROR_RESPONSES)

    def model_id(requested: str | None) -> str:
        loaded = collection_name(engine)
        if requested not in (None, "", loaded):
            raise HTTPException(404, f"model {requested!r} does not exist: this server serves {loaded!r} "
                                     "(see GET /v1/models)")
        return loaded

    @router.get("/models", response_model=ModelList, summary="Collections, as models")
    def list_models() -> dict[str, Any]:
        return {"object": "list", "data": [{"id": collection_name(engine), "object": "model", "created": 0,
                                            "owned_by": "report-qa"}]}

    @router.post("/chat/completions", response_model=ChatCompletion, summary="Cited answer as a chat reply",
                 responses={200: {"content": {"text/event-stream": {}},
                                  "description": "JSON, or SSE chunks ending in `data: [DONE]` with stream=true"}})
    def chat_completions(req: ChatCompletionRequest) -> Any:
        model = model_id(req.model)
        question = resolve_question(req.messages)
        ans = ask_json(engine, question, k=req.k, mode=req.mode)  # errors surface before any streaming
        content = reply_content(ans)
        cid, created = f"chatcmpl-{uuid.uuid4().hex}", int(time.time())
        extra = {"citations": ans["citations"], "abstained": ans["abstained"],
                 "resolved_question": ans["resolved_question"]}
        if not req.stream:
            return {"id": cid, "object": "chat.completion", "created": created, "model": model,
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                                 "finish_reason": "stop"}], **extra}

        def events() -> Iterator[str]:
            base = {"id": cid, "object": "chat.completion.chunk", "created": created, "model": model}
            yield _sse({**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""},
                                             "finish_reason": None}]})
            for piece in _chunks(content):
                yield _sse({**base, "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]})
            yield _sse({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}], **extra})
            yield "data: [DONE]\n\n"

        return StreamingResponse(events(), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    return router
