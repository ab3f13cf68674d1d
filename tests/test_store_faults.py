"""Store faults (issue 11, items 4–6): a Chroma server lost mid-session, switching an index to a server,
a read-only index folder."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS, copy_index, run_cli, free_port

pytestmark = pytest.mark.integration

QUESTION = "全市技术合同成交总金额是多少?"




def _start_chroma(port: int, path: Path) -> subprocess.Popen:
    exe = Path(sys.executable).with_name("chroma")
    if not exe.exists():
        pytest.skip("chroma CLI not installed")
    proc = subprocess.Popen([str(exe), "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(path)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1).read()
            return proc
        except OSError:
            time.sleep(0.3)
    proc.kill()
    pytest.fail("chroma server did not start within 60 s")


def _stop(proc: subprocess.Popen) -> None:
    proc.kill()
    proc.wait(timeout=10)


@pytest.fixture
def chroma(tmp_path):
    port, path = free_port(), tmp_path / "chroma-data"
    state = {"proc": _start_chroma(port, path), "port": port, "path": path, "url": f"http://127.0.0.1:{port}"}
    yield state
    if state["proc"].poll() is None:
        _stop(state["proc"])


def test_server_lost_mid_batch_falls_back_to_keywords_and_recovers(chroma, seed_corpus, tmp_path):
    index_dir = tmp_path / "index"
    built = run_cli("index", "--corpus", str(seed_corpus), "--index-dir", str(index_dir), "--chroma-url", chroma["url"])
    assert built.returncode == 0, built.stderr
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    batch = subprocess.Popen(
        [sys.executable, "-m", "qa", "ask", "--json", "-", "--corpus", str(seed_corpus), "--index-dir", str(index_dir),
         "--chroma-url", chroma["url"]],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=str(ROOT))

    def ask() -> tuple[dict, float]:
        t0 = time.perf_counter()
        batch.stdin.write(QUESTION + "\n")
        batch.stdin.flush()
        return json.loads(batch.stdout.readline()), time.perf_counter() - t0

    try:
        first, _ = ask()
        assert first["retrieval"] == "hybrid" and "530.53亿元" in first["answer"]
        _stop(chroma["proc"])
        down, seconds = ask()
        assert down["retrieval"] == "bm25-only" and "unavailable" in down["warning"]
        assert "530.53亿元" in down["answer"]  # keywords still answer
        assert seconds < 30, seconds  # generous on a loaded machine: a hang would be chromadb's 60 s
        chroma["proc"] = _start_chroma(chroma["port"], chroma["path"])
        back, _ = ask()
        assert back["retrieval"] == "hybrid" and "warning" not in back
        batch.stdin.close()
        assert batch.wait(timeout=60) == 0
        err = batch.stderr.read()
        assert "Traceback" not in err and err.count("warning:") == 1, err
    finally:
        if batch.poll() is None:
            batch.kill()


def test_switching_an_embedded_index_to_a_server_uploads_stored_vectors(chroma, seed_corpus, seed_index_dir, tmp_path):
    corpus, index_dir = copy_index(seed_corpus, seed_index_dir, tmp_path / "c")
    shutil.rmtree(index_dir / "default" / "vectors", ignore_errors=True)  # an index from before the vector cache
    moved = run_cli("index", "--corpus", str(corpus), "--index-dir", str(index_dir), "--chroma-url", chroma["url"])
    assert moved.returncode == 0, moved.stderr
    assert "vector store changed" not in moved.stderr
    assert "(0 embedded" in moved.stdout, moved.stdout
    gen = (index_dir / "default" / "CURRENT").read_text().strip()
    manifest = json.loads((index_dir / "default" / gen / "manifest.json").read_text())
    assert manifest["vector_store"]["mode"] == "server" and manifest["vector_store"]["url"] == chroma["url"]
    ans = run_cli("ask", "--json", QUESTION, "--corpus", str(corpus), "--index-dir", str(index_dir),
                  "--chroma-url", chroma["url"])
    out = json.loads(ans.stdout)
    assert out["retrieval"] == "hybrid" and "530.53亿元" in out["answer"], ans.stderr
    # and back to embedded, again without embedding
    back = run_cli("index", "--corpus", str(corpus), "--index-dir", str(index_dir))
    assert back.returncode == 0 and "(0 embedded" in back.stdout, back.stdout + back.stderr


def test_read_only_index_answers_and_refuses_builds_in_one_line(seed_corpus, seed_index_dir, tmp_path, monkeypatch, capsys):
    """Tests run as root, for whom chmod does not bite: the index folder is made to look read-only to os.access."""
    from qa import ReportQA
    from qa.cli import main
    from qa.errors import IndexPermissionError

    corpus, index_dir = copy_index(seed_corpus, seed_index_dir, tmp_path / "ro")
    real_access = os.access

    def access(path, mode, *a, **kw):
        if mode & os.W_OK and str(Path(path).resolve()).startswith(str(index_dir.resolve())):
            return False
        return real_access(path, mode, *a, **kw)

    monkeypatch.setattr(os, "access", access)
    engine = ReportQA.open(corpus=str(corpus), index_dir=str(index_dir))
    ans = engine.ask(QUESTION)
    assert ans.retrieval == "hybrid" and "530.53亿元" in ans.answer
    (corpus / "more.md").write_text("# 新报告\n一、概况\n一是新建公园12个。\n", encoding="utf-8")
    with pytest.raises(IndexPermissionError, match="read-only"):
        ReportQA.open(corpus=str(corpus), index_dir=str(index_dir))
    assert main(["index", "--rebuild", "--corpus", str(corpus), "--index-dir", str(index_dir)]) == 1
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert len(err) == 1 and err[0].startswith("error:") and "read-only" in err[0] and "damaged" not in err[0]
