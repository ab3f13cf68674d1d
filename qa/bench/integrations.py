"""Latency each integration path adds over ``engine.ask`` (issue 10).

    python -m qa.bench.integrations [-n 50] [--questions tests/eval/report_eval.jsonl] [--update docs/benchmarks.md]

Starts ``python app.py`` on a free loopback port over a temporary copy of the corpus and index, opens a
``ReportQA`` on the same index in this process, then asks the same questions through every path:
``engine.ask`` (in process), REST ``/api/ask`` (httpx), ``/v1/chat/completions`` (openai SDK, plain and
streamed), MCP ``ask_report`` (mcp SDK, one session) and gradio_client ``/ask``. Everything is warm: each
question is asked once through ``engine.ask`` and once through the app before timing, so both sides hit the
query-vector cache and the difference is the cost of the path itself (HTTP, JSON, SDK, queue), not of the
embedding. The order of the paths rotates per question. Nothing is written outside a temporary folder
unless ``--update`` names the Markdown file whose "Integration paths" section is (re)written.
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as _dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from qa.bench.app_process import start_app, stop_process
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[2]
SECTION = "## Integration paths: latency added over `engine.ask`"
PATHS = ("engine.ask", "REST /api/ask", "OpenAI /v1 (plain)", "OpenAI /v1 (stream)", "MCP ask_report", "gradio_client /ask")




def _questions(path: Path, n: int) -> list[str]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r["question"] for r in rows[:n]]


def _p(xs: list[float], q: float) -> float:
    s = sorted(xs)
    pos = (len(s) - 1) * q
    lo = int(pos)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (pos - lo)




async def _measure(engine: Any, url: str, questions: list[str], warm: int) -> dict[str, list[float]]:
    import httpx
    from gradio_client import Client
    from mcp import ClientSession
    from mcp.client.streamable_http import streamable_http_client
    from openai import OpenAI

    rest = httpx.Client(base_url=url, timeout=60)
    oai = OpenAI(base_url=url + "/v1", api_key="none", max_retries=0, timeout=60)
    gc = Client(url + "/", verbose=False, download_files=False)
    samples: dict[str, list[float]] = {p: [] for p in PATHS}
    async with httpx.AsyncClient(timeout=60) as http, streamable_http_client(url + "/mcp", http_client=http) as (r, w, _):
        async with ClientSession(r, w) as mcp:
            await mcp.initialize()

            def stream(q: str) -> None:
                for _ in oai.chat.completions.create(model="default", messages=[{"role": "user", "content": q}],
                                                     stream=True):
                    pass

            sync_calls: dict[str, Callable[[str], Any]] = {
                "engine.ask": lambda q: engine.ask(q),
                "REST /api/ask": lambda q: rest.post("/api/ask", json={"question": q}).raise_for_status(),
                "OpenAI /v1 (plain)": lambda q: oai.chat.completions.create(
                    model="default", messages=[{"role": "user", "content": q}]),
                "OpenAI /v1 (stream)": stream,
                "gradio_client /ask": lambda q: gc.predict(q, 4, "hybrid", api_name="/ask"),
            }

            async def call(path: str, q: str) -> float:
                t0 = time.perf_counter()
                if path == "MCP ask_report":
                    res = await mcp.call_tool("ask_report", {"question": q})
                    if res.isError:
                        raise RuntimeError(res.content[0].text)
                else:
                    sync_calls[path](q)
                return (time.perf_counter() - t0) * 1000

            for q in questions:  # fill both query-vector caches (this process and the app's)
                engine.ask(q)
                rest.post("/api/ask", json={"question": q})
            for q in questions[:warm]:
                for path in PATHS:
                    await call(path, q)
            for i, q in enumerate(questions):
                order = PATHS[i % len(PATHS):] + PATHS[: i % len(PATHS)]
                for path in order:
                    samples[path].append(await call(path, q))
    rest.close()
    return samples


def run(n: int = 50, questions_file: Path | None = None, corpus: Path | None = None, warm: int = 3) -> dict[str, Any]:
    from qa import ReportQA

    qfile = questions_file or ROOT / "tests" / "eval" / "report_eval.jsonl"
    questions = _questions(qfile, n)
    tmp = Path(tempfile.mkdtemp(prefix="qa-bench-integrations-"))
    proc = None
    try:
        shutil.copytree(corpus or ROOT / "seeds", tmp / "corpus")
        engine = ReportQA.open(corpus=str(tmp / "corpus"), index_dir=str(tmp / "index"))  # builds once
        # The app gets its own copy (the manifest records names and hashes, so the copy is current): two
        # processes never share one embedded Chroma folder.
        shutil.copytree(tmp / "corpus", tmp / "app" / "corpus")
        shutil.copytree(tmp / "index", tmp / "app" / "index")
        proc, url = start_app(tmp / "app" / "corpus", tmp / "app" / "index", tmp / "app" / "app.log", timeout=600)
        load0 = os.getloadavg()
        t0 = time.perf_counter()
        samples = asyncio.run(_measure(engine, url, questions, warm))
        seconds = time.perf_counter() - t0
        load1 = os.getloadavg()
    finally:
        if proc is not None:
            stop_process(proc)
        shutil.rmtree(tmp, ignore_errors=True)
    base = statistics.median(samples["engine.ask"])
    rows = [{"path": p, "n": len(xs), "p50_ms": round(statistics.median(xs), 2), "p95_ms": round(_p(xs, 0.95), 2),
             "added_p50_ms": round(statistics.median(xs) - base, 2)} for p, xs in samples.items()]
    return {"questions": len(questions), "rows": rows, "seconds": round(seconds, 1),
            "load_before": [round(x, 2) for x in load0], "load_after": [round(x, 2) for x in load1],
            "date": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"), "commit": _commit(),
            "python": platform.python_version()}


def _commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              timeout=10).stdout.strip() or "-"
    except (OSError, subprocess.SubprocessError):
        return "-"


def markdown(result: dict[str, Any]) -> str:
    lines = [SECTION, "",
             f"`python -m qa.bench.integrations`: {result['questions']} questions of tests/eval/report_eval.jsonl, "
             "each timed once per path, warm (both the bench's engine and the app had answered every question "
             "before, so all sides hit the query-vector cache and the difference is the path's own cost: HTTP, "
             "JSON, SDK, Gradio queue). The app is `python app.py` on loopback, no API key, in its own process.", "",
             "| path | n | p50 ms | p95 ms | added over engine.ask (p50) ms |", "|---|---|---|---|---|"]
    for r in result["rows"]:
        added = "—" if r["path"] == "engine.ask" else f"{r['added_p50_ms']:+.2f}"
        lines.append(f"| {r['path']} | {r['n']} | {r['p50_ms']:.2f} | {r['p95_ms']:.2f} | {added} |")
    lines += ["", f"Commit {result['commit']}, {result['date']}, Python {result['python']}, timed pass "
                  f"{result['seconds']} s; load average {result['load_before']} → {result['load_after']} "
                  "(2 shared cores: other processes compete).", "",
              "What each path adds on top of the HTTP round trip: `/v1` serialises the reply text and the "
              "citations, streaming adds one SSE event per line; MCP is a JSON-RPC call whose result the SDKs "
              "validate against the tool's output schema and carry twice (text and structured content); "
              "gradio_client goes through Gradio's queue (join, then an event stream). A cache-cold `ask` costs "
              "more than any of these (see the quality and latency section above).", ""]
    return "\n".join(lines)


def update_markdown(path: Path, section: str) -> None:
    """Replace this section in ``path`` (up to the next ``## ``), or insert it before the hand-written notes."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n\n"
    if SECTION in text:
        start = text.index(SECTION)
        nxt = text.find("\n## ", start + len(SECTION))
        text = text[:start] + section + ("\n" + text[nxt + 1:] if nxt >= 0 else "")
    elif "\n## Notes" in text:
        i = text.index("\n## Notes") + 1
        text = text[:i] + section + "\n" + text[i:]
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m qa.bench.integrations", description=__doc__.splitlines()[0])
    p.add_argument("-n", type=int, default=50, help="questions (the first n of the file; default 50)")
    p.add_argument("--questions", type=Path, default=None, help="JSONL with a 'question' field per line")
    p.add_argument("--corpus", type=Path, default=None, help="corpus folder copied for the run (default: seeds)")
    p.add_argument("--update", type=Path, default=None, help="write the section into this Markdown file")
    p.add_argument("--json", action="store_true", help="print the raw result as JSON")
    args = p.parse_args(argv)
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        result = run(args.n, args.questions, args.corpus)
    except ImportError as e:
        print(f"error: {e.name or e} is missing: pip install -e '.[test]' (openai, httpx, mcp)", file=sys.stderr)
        return 1
    except (OSError, RuntimeError) as e:
        print(f"error: {str(e).splitlines()[0] if str(e) else e}", file=sys.stderr)
        return 1
    section = markdown(result)
    print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else section)
    if args.update:
        update_markdown(args.update, section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
