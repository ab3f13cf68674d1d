"""Everything the app serves besides the chat: REST (``/api``), OpenAI-compatible (``/v1``) and MCP (``/mcp``).

They are handed to Gradio's ``launch(app_kwargs=...)``, so Gradio builds its FastAPI app *with* these routes,
middleware and lifespan: one process, one port, and ``--share``, the queue and ``/ask`` keep working as
before. Our routes come first, so Gradio's catch-all page routes never shadow them.
"""
from __future__ import annotations

from typing import Any

from starlette.middleware import Middleware

from qa.web.api import BodyLimitMiddleware, build_api_router
from qa.web.auth import PROTECTED_PREFIXES, APIKeyMiddleware
from qa.web.openai_compat import build_openai_router

MAX_BODY_BYTES = 64 * 1024  # questions are ≤ 2,000 characters; a chat history fits easily
API_DESCRIPTION = (
    "Cited, extractive answers over the indexed report(s). REST under `/api`, an OpenAI-compatible chat "
    "endpoint under `/v1`, MCP tools at `/mcp`. Off loopback every path needs `Authorization: Bearer <key>`."
)


def app_kwargs(engine: Any, host: str = "127.0.0.1", api_key: str | None = None, mcp: bool = True,
               max_body_bytes: int = MAX_BODY_BYTES) -> dict[str, Any]:
    """FastAPI constructor arguments: routes, middleware (API key outermost, then the body limit), lifespan."""
    routes = list(build_api_router(engine).routes) + list(build_openai_router(engine).routes)
    kwargs: dict[str, Any] = {
        "title": "report-qa", "description": API_DESCRIPTION, "version": "0.1.0",
        "docs_url": "/docs", "redoc_url": None, "openapi_url": "/openapi.json",
    }
    if mcp:
        from qa.web.mcp_tools import build_mcp

        mcp_routes, lifespan = build_mcp(engine, host)
        routes += mcp_routes
        kwargs["lifespan"] = lifespan
    middleware = [Middleware(BodyLimitMiddleware, max_bytes=max_body_bytes, prefixes=PROTECTED_PREFIXES)]
    if api_key:
        middleware.insert(0, Middleware(APIKeyMiddleware, api_key=api_key))
    kwargs["routes"] = routes
    kwargs["middleware"] = middleware
    return kwargs


def limit_openapi(app: Any, prefixes: tuple[str, ...] = ("/api/", "/v1/")) -> None:
    """Make ``/docs`` and ``/openapi.json`` describe our API only, not Gradio's internal routes."""
    from fastapi.openapi.utils import get_openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = get_openapi(
                title=app.title, version=app.version, description=app.description,
                routes=[r for r in app.routes if getattr(r, "path", "").startswith(prefixes)],
            )
        return app.openapi_schema

    app.openapi_schema = None
    app.openapi = openapi
