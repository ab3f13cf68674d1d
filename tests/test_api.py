"""REST (/api), OpenAI-compatible (/v1) routes and the off-loopback rules, in-process with the fake engine.

Fast: FastAPI's TestClient over the same routes and middleware ``python app.py`` mounts (qa.web.integrations),
without Gradio or the embedding model. tests/test_integrations.py drives the real app with the real clients.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fakes import FakeEngine  # noqa: E402
from qa.config import MAX_K  # noqa: E402
from qa.web.auth import is_loopback, key_matches, parse_auth, startup_problem  # noqa: E402
from qa.web.integrations import MAX_BODY_BYTES, app_kwargs, limit_openapi  # noqa: E402
from qa.web.openai_compat import ChatMessage, reply_content, resolve_question  # noqa: E402

Q = "2014年全市技术合同成交总金额是多少?"


class SearchableFake(FakeEngine):
    """The fake plus ``search`` (passages from its ``ask``) and a collection name, like ReportQA."""

    settings = SimpleNamespace(collection="default")

    def search(self, question, k=4, mode="hybrid"):
        ans = self.ask(question, k=k, mode=mode)
        hits = []
        for c in ans.citations + ans.related:
            chunk = SimpleNamespace(chunk_id=c.chunk_id, source=c.source, title=c.title, section=c.section,
                                    text=c.text, start=c.start, end=c.end)
            hits.append(SimpleNamespace(chunk=chunk, score=c.score, dense_sim=None, bm25=1.0))
        return SimpleNamespace(hits=hits)


class BrokenEngine(SearchableFake):
    def ask(self, *a, **kw):
        raise RuntimeError("secret internal detail")


def make_client(engine=None, api_key=None) -> TestClient:
    app = FastAPI(**app_kwargs(engine or SearchableFake(), api_key=api_key, mcp=False))
    limit_openapi(app)
    return TestClient(app)


@pytest.fixture(scope="module")
def client() -> TestClient:
    return make_client()


# --------------------------------------------------------------------------- REST


def test_ask_returns_the_answer_json(client):
    r = client.post("/api/ask", json={"question": Q, "k": 3, "mode": "bm25"})
    assert r.status_code == 200
    d = r.json()
    assert d["question"] == Q and d["answer"] == "530.53亿元" and d["abstained"] is False
    c = d["citations"][0]
    assert c["quote"] == c["text"][c["quote_start"]:c["quote_end"]] and c["source"].endswith(".txt")
    assert set(c) >= {"n", "text", "quote", "section", "source", "title", "chunk_id", "start", "end", "score"}


@pytest.mark.parametrize("body, status, type_", [
    ({"question": ""}, 422, "invalid_question"),
    ({"question": "   "}, 422, "invalid_question"),
    ({"question": "x" * 3000}, 422, "invalid_question"),
    ({"question": Q, "k": 0}, 422, "invalid_request"),
    ({"question": Q, "k": 51}, 422, "invalid_request"),
    ({"question": Q, "mode": "magic"}, 422, "invalid_request"),
    ({"question": 12}, 422, "invalid_request"),
    ({"quesiton": Q}, 422, "invalid_request"),
    ({"question": Q, "collection": "other"}, 404, "not_found"),
])
def test_bad_requests_are_json_errors(client, body, status, type_):
    r = client.post("/api/ask", json=body)
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert err["type"] == type_ and err["message"] and "Traceback" not in r.text


def test_unknown_collection_message_names_the_loaded_one(client):
    msg = client.post("/api/ask", json={"question": Q, "collection": "other"}).json()["error"]["message"]
    assert "'other'" in msg and "'default'" in msg


def test_malformed_json_is_400(client):
    r = client.post("/api/ask", content=b'{"question": ', headers={"content-type": "application/json"})
    assert r.status_code == 400 and r.json()["error"]["type"] == "invalid_request"


def test_oversize_body_is_413_with_or_without_content_length(client):
    big = json.dumps({"question": "问" * MAX_BODY_BYTES}).encode()
    r = client.post("/api/ask", content=big, headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.json()["error"]["type"] == "payload_too_large"

    def chunks():  # chunked transfer: no Content-Length to check up front
        for _ in range(8):
            yield b"x" * (MAX_BODY_BYTES // 4)

    r = client.post("/v1/chat/completions", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_engine_bug_is_a_500_json_without_details():
    r = make_client(BrokenEngine()).post("/api/ask", json={"question": Q})
    assert r.status_code == 500 and r.json()["error"]["type"] == "internal_error"
    assert "secret" not in r.text and "Traceback" not in r.text


def test_search_documents_health(client):
    r = client.post("/api/search", json={"query": "专利申请量", "k": 2})
    assert r.status_code == 200
    ps = r.json()["passages"]
    assert len(ps) == 2 and [p["rank"] for p in ps] == [1, 2] and all("score" in p and p["text"] for p in ps)
    assert client.post("/api/search", json={"query": ""}).status_code == 422
    docs = client.get("/api/documents").json()
    assert docs["collection"] == "default" and docs["documents"][0]["source"].endswith(".txt")
    h = client.get("/api/health").json()
    assert h["status"] == "ok" and h["chunks"] > 0 and h["vectors_complete"] is True


def test_openapi_describes_only_our_api(client):
    assert client.get("/docs").status_code == 200
    spec = client.get("/openapi.json").json()
    assert {"/api/ask", "/api/search", "/api/documents", "/api/health", "/v1/chat/completions"} <= set(spec["paths"])
    assert not any(p.startswith(("/gradio_api", "/login")) for p in spec["paths"])
    ask = spec["components"]["schemas"]["AskRequest"]
    assert ask["required"] == ["question"] and ask["properties"]["k"]["maximum"] == MAX_K
    assert "422" in spec["paths"]["/api/ask"]["post"]["responses"]


# --------------------------------------------------------------------------- OpenAI-compatible


def test_models_and_chat_completion(client):
    assert [m["id"] for m in client.get("/v1/models").json()["data"]] == ["default"]
    r = client.post("/v1/chat/completions", json={"model": "default", "messages": [{"role": "user", "content": Q}]})
    d = r.json()
    content = d["choices"][0]["message"]["content"]
    assert content.startswith("530.53亿元 [1]") and "来源 / Sources:" in content and "[1] “" in content
    assert d["citations"][0]["chunk_id"] and d["abstained"] is False and d["object"] == "chat.completion"


def test_chat_completion_stream_ends_with_done(client):
    with client.stream("POST", "/v1/chat/completions",
                       json={"messages": [{"role": "user", "content": Q}], "stream": True}) as r:
        assert r.headers["content-type"].startswith("text/event-stream")
        lines = [line for line in r.iter_lines() if line]
    assert lines[-1] == "data: [DONE]"
    events = [json.loads(line[len("data: "):]) for line in lines[:-1]]
    text = "".join(e["choices"][0]["delta"].get("content") or "" for e in events)
    assert text.startswith("530.53亿元 [1]") and events[-1]["choices"][0]["finish_reason"] == "stop"
    assert events[-1]["citations"][0]["n"] == 1


def test_chat_errors_use_the_openai_shape(client):
    r = client.post("/v1/chat/completions", json={"model": "gpt-4", "messages": [{"role": "user", "content": Q}]})
    assert r.status_code == 404 and "/v1/models" in r.json()["error"]["message"]
    r = client.post("/v1/chat/completions", json={"messages": [{"role": "system", "content": "hi"}]})
    assert r.status_code == 400 and set(r.json()["error"]) >= {"type", "message", "param", "code"}
    r = client.post("/v1/chat/completions", json={"messages": []})
    assert r.status_code == 422


def test_earlier_turns_feed_followup_completion():
    msgs = [ChatMessage(role="system", content="be brief"), ChatMessage(role="user", content="2014年专利申请量是多少?"),
            ChatMessage(role="assistant", content="47000件"),
            ChatMessage(role="user", content=[{"type": "text", "text": "授权量呢?"}])]
    assert resolve_question(msgs) == "2014年专利授权量是多少?"
    assert resolve_question([ChatMessage(role="user", content="授权量呢?")]) == "授权量呢?"


def test_abstention_is_a_normal_reply_with_related_reading():
    ans = {"answer": "报告中没有找到。", "abstained": True, "citations": [],
           "related": [{"text": "某段落", "section": "一、", "source": "a.txt", "title": ""}]}
    text = reply_content(ans)
    assert text.startswith("报告中没有找到。") and "not sources" in text and "来源 / Sources" not in text


# --------------------------------------------------------------------------- auth


def test_api_key_is_required_when_set():
    c = make_client(api_key="s3cret")
    assert c.post("/api/ask", json={"question": Q}).status_code == 401
    r = c.post("/api/ask", json={"question": Q}, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer" and r.json()["error"]["type"] == "unauthorized"
    assert c.get("/v1/models").status_code == 401
    assert c.post("/mcp", json={}).status_code == 401
    assert c.post("/api/ask", json={"question": Q}, headers={"Authorization": "Bearer s3cret"}).status_code == 200
    assert c.get("/docs").status_code == 200  # documentation stays readable


def test_loopback_detection_and_startup_rules():
    assert all(map(is_loopback, ["127.0.0.1", "localhost", "::1", "[::1]", "127.0.0.2"]))
    assert not any(map(is_loopback, ["0.0.0.0", "::", "192.168.1.5", "example.org", ""]))
    assert startup_problem("127.0.0.1", False, None, None, False) is None
    assert "--api-key" in startup_problem("0.0.0.0", False, None, None, False)
    assert "--auth" in startup_problem("0.0.0.0", False, "k", None, False)
    assert startup_problem("0.0.0.0", False, "k", ("u", "p"), False) is None
    assert startup_problem("0.0.0.0", False, "k", None, True) is None
    assert "--share" in startup_problem("127.0.0.1", True, None, None, False)
    assert parse_auth("u:p:q") == ("u", "p:q")
    for bad in ("nopass", ":p", "u:"):
        with pytest.raises(ValueError):
            parse_auth(bad)
    assert key_matches("Bearer abc", "abc") and key_matches("bearer abc", "abc")
    assert not key_matches("Basic abc", "abc") and not key_matches(None, "abc") and not key_matches("Bearer ab", "abc")


# --------------------------------------------------------------------------- MCP mount


def test_mcp_is_mounted_by_default_and_off_with_no_mcp():
    init = {"jsonrpc": "2.0", "id": 1, "method": "initialize",
            "params": {"protocolVersion": "2025-06-18", "capabilities": {},
                       "clientInfo": {"name": "test", "version": "0"}}}
    headers = {"Accept": "application/json, text/event-stream"}
    app = FastAPI(**app_kwargs(SearchableFake(), mcp=True))
    with TestClient(app, base_url="http://127.0.0.1:7860") as c:  # the lifespan runs the MCP session manager
        r = c.post("/mcp", json=init, headers=headers)
        assert r.status_code == 200 and r.json()["result"]["serverInfo"]["name"] == "report-qa"
        tools = c.post("/mcp", json={"jsonrpc": "2.0", "id": 2, "method": "tools/list"}, headers=headers).json()
        assert {t["name"] for t in tools["result"]["tools"]} == {"ask_report", "search_report"}
        # Loopback keeps the SDK's DNS-rebinding protection: a foreign Host header is refused.
        assert c.post("/mcp", json=init, headers={**headers, "Host": "evil.example"}).status_code >= 400
    off = FastAPI(**app_kwargs(SearchableFake(), mcp=False))
    assert TestClient(off).post("/mcp", json=init, headers=headers).status_code == 404
