"""MCP tools for agents, served by the app's own process at ``/mcp`` (streamable HTTP, the ``mcp`` SDK).

Two tools: ``ask_report(question)`` returns the cited answer (same JSON as ``/api/ask``) and
``search_report(query, k)`` the retrieved passages with scores, so an agent can quote and cite them.
The server is stateless (no MCP sessions to keep) and answers in JSON; engine calls run in a worker
thread so the event loop that also serves the chat never blocks.
"""
from __future__ import annotations

import contextlib
import logging
from typing import Annotated, Any, AsyncIterator, Callable

import anyio
from pydantic import Field

from qa.errors import QAError
from qa.web.api import DEFAULT_K, MAX_K, AskResponse, SearchResponse, ask_json, search_passages
from qa.web.auth import is_loopback

log = logging.getLogger("report_qa.mcp")

MCP_PATH = "/mcp"
INSTRUCTIONS = (
    "Answers questions about the indexed report(s) by extracting the answer from the text, with citations. "
    "Use ask_report for a direct answer with its supporting quotes; use search_report to read passages. "
    "When abstained is true the report does not contain the answer: say so instead of guessing."
)
ASK_DESCRIPTION = (
    "Answer a question about the indexed report(s) (Chinese or English) with a short extract from the text and "
    "numbered citations. Returns JSON: answer, abstained (true = the report does not say; do not guess), "
    "citations [{n, quote, text, section, source, title, chunk_id, start, end, score}] supporting the answer, "
    "and related passages (further reading, not citations). Cite an answer as [n] with the quote and section."
)
SEARCH_DESCRIPTION = (
    "Retrieve the passages of the indexed report(s) most relevant to a query (hybrid dense + BM25 retrieval), "
    "without extracting an answer. Returns JSON passages [{rank, text, section, source, title, chunk_id, start, "
    "end, score, dense_similarity, bm25}], best first. Use it to read context or gather evidence to cite."
)


def build_mcp(engine: Any, host: str) -> tuple[list[Any], Callable[[Any], contextlib.AbstractAsyncContextManager]]:
    """The MCP routes to add to the app and the lifespan that runs the MCP session manager.

    On loopback the SDK's DNS-rebinding protection stays on (only 127.0.0.1/localhost Host headers); off
    loopback the API key guards ``/mcp`` instead (see qa.web.auth)."""
    from mcp.server.fastmcp import FastMCP
    from mcp.server.fastmcp.exceptions import ToolError
    from mcp.server.transport_security import TransportSecuritySettings

    security = None if is_loopback(host) else TransportSecuritySettings(enable_dns_rebinding_protection=False)
    server = FastMCP(
        "report-qa", instructions=INSTRUCTIONS, host="127.0.0.1" if is_loopback(host) else host,
        streamable_http_path=MCP_PATH, stateless_http=True, json_response=True, transport_security=security,
        log_level="WARNING",
    )

    async def run(fn: Callable[..., Any], *args: Any) -> Any:
        try:
            return await anyio.to_thread.run_sync(fn, *args)
        except QAError as exc:
            raise ToolError(str(exc).splitlines()[0]) from None
        except Exception:
            log.exception("MCP tool failed")
            raise ToolError("internal error (see the server log)") from None

    @server.tool(name="ask_report", description=ASK_DESCRIPTION, structured_output=True)
    async def ask_report(
        question: Annotated[str, Field(description="the question, e.g. 2014年全市技术合同成交总金额是多少?")],
    ) -> AskResponse:
        return AskResponse.model_validate(await run(ask_json, engine, question))

    @server.tool(name="search_report", description=SEARCH_DESCRIPTION, structured_output=True)
    async def search_report(
        query: Annotated[str, Field(description="what to look for (a question or keywords)")],
        k: Annotated[int, Field(ge=1, le=MAX_K, description="number of passages to return")] = DEFAULT_K,
    ) -> SearchResponse:
        passages = await run(search_passages, engine, query, k)
        return SearchResponse.model_validate({"query": query, "mode": "hybrid", "k": k, "passages": passages})

    routes = list(server.streamable_http_app().routes)

    @contextlib.asynccontextmanager
    async def lifespan(_app: Any) -> AsyncIterator[None]:
        async with server.session_manager.run():
            yield

    return routes, lifespan
