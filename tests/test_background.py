"""Answer first, embed behind (issue 12): `qa index` makes a keyword-only generation live at once, embeds
behind it batch by batch, and a kill -9 at any moment leaves an index that answers and a build that resumes
embedding only what is missing."""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS, run_cli

pytestmark = pytest.mark.integration

QUESTION = "全市技术合同成交总金额是多少?"
BATCH = 4  # small batches so a 18-chunk corpus has several save points to be killed between


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "QA_EMBED_BATCH": str(BATCH)}


def _parts(index_dir: Path) -> int:
    return len(list((index_dir / "default" / "vectors").glob("*/part-*.npz")))


def _start_index(corpus: Path, index_dir: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "qa", "index", "--corpus", str(corpus), "--index-dir", str(index_dir)],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=_env(), cwd=str(ROOT))


def _wait_for(cond, timeout: float = 240.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return
        time.sleep(0.05)
    pytest.fail("condition not reached")


@pytest.fixture
def corpus(tmp_path) -> Path:
    c = tmp_path / "corpus"
    shutil.copytree(SEEDS, c)
    return c


def _ask(corpus: Path, index_dir: Path, *extra: str) -> dict:
    proc = run_cli("ask", "--json", *extra, QUESTION, "--corpus", str(corpus), "--index-dir", str(index_dir))
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    return json.loads(proc.stdout)


@pytest.mark.parametrize("moment", ["live", "first-batch", "last-batch"])
def test_kill_during_background_embedding_then_answer_and_resume(corpus, tmp_path, moment):
    index_dir = tmp_path / "index"
    proc = _start_index(corpus, index_dir)
    live = proc.stdout.readline()  # "keyword search is live after …": the generation answers from here on
    assert "keyword search is live" in live, live
    total = int(re.search(r"embedding (\d+) chunks", live).group(1))
    batches = -(-total // BATCH)
    if moment == "first-batch":
        _wait_for(lambda: _parts(index_dir) >= 1)
    elif moment == "last-batch":
        _wait_for(lambda: _parts(index_dir) >= batches - 1)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    saved = _parts(index_dir)

    # The next ask answers at once from what is live (keyword search while vectors are pending) …
    out = _ask(corpus, index_dir, "--no-wait")
    assert "530.53亿元" in out["answer"]
    assert out["retrieval"] in ("bm25-only", "hybrid")
    if out["retrieval"] == "bm25-only":
        assert out["vectors"]["total"] == total and out["vectors"]["done"] == min(saved * BATCH, total)

    # … and the next index run embeds only what is missing, saying so.
    again = run_cli("index", "--corpus", str(corpus), "--index-dir", str(index_dir))
    assert again.returncode == 0, again.stderr
    m = re.search(r"(\d+) chunks \((\d+) embedded, (\d+) reused\)", again.stdout)
    assert m, again.stdout
    chunks, embedded, reused = map(int, m.groups())
    assert chunks == total and reused == min(saved * BATCH, total) and embedded == total - reused
    assert _ask(corpus, index_dir)["retrieval"] == "hybrid"
    # The cache was compacted to the live generation's vectors.
    assert _parts(index_dir) == 1


def test_no_wait_returns_after_keyword_index_and_engine_embeds_behind(corpus, tmp_path):
    from qa import ReportQA

    index_dir = tmp_path / "index"
    proc = run_cli("index", "--no-wait", "--corpus", str(corpus), "--index-dir", str(index_dir))
    assert proc.returncode == 0, proc.stderr
    assert "still to embed" in proc.stdout
    engine = ReportQA.open(corpus=str(corpus), index_dir=str(index_dir), wait=False)
    first = engine.ask(QUESTION)
    assert "530.53亿元" in first.answer
    if first.retrieval == "bm25-only":  # the background thread may already have finished on a fast machine
        assert first.vectors and first.vectors["total"] == engine.vector_status()["total"]
    _wait_for(lambda: engine.vector_status()["retrieval"] == "hybrid")
    assert engine.ask(QUESTION).retrieval == "hybrid"
    # wait=True (scripts, eval) never returns a keyword-only engine
    again = ReportQA.open(corpus=str(corpus), index_dir=str(index_dir))
    assert again.data.dense_ready and again.load_info["built"] is False


def test_second_build_waits_for_the_first(corpus, tmp_path):
    index_dir = tmp_path / "index"
    first = _start_index(corpus, index_dir)
    assert "keyword search is live" in first.stdout.readline()
    second = run_cli("index", "--corpus", str(corpus), "--index-dir", str(index_dir))
    first.wait(timeout=240)
    assert second.returncode == 0, second.stderr
    assert "another build" in second.stderr and "waiting" in second.stderr
    assert "index is current" in second.stdout and "(0 embedded" in second.stdout
