"""Load test of the chat app: N concurrent gradio_client users × M questions through ``/ask``.

    python -m qa.bench.load [--clients 32] [--questions 25] [--corpus seeds] [--json]

Starts ``python app.py`` on a free loopback port over a temporary copy of the index (built once in a tmp
folder), waits until its vectors are in (the app answers by keywords while it embeds), asks every question once
sequentially (the reference answers), then lets the clients ask the same
questions concurrently, each in its own shuffled order. Reports errors, p50/p95/max latency, throughput and
whether every concurrent answer is identical to the sequential one (answer text and cited chunk ids).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from qa.bench.app_process import start_app, stop_process
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
EVAL_FILE = ROOT / "tests" / "eval" / "report_eval.jsonl"




def _questions(n: int) -> list[str]:
    rows = [json.loads(line) for line in EVAL_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r["question"] for r in rows][:n]


def _signature(result: dict[str, Any]) -> tuple:
    """What must not change under load: the answer, abstention and which passages are cited."""
    return (result.get("answer"), result.get("abstained"), tuple(c.get("chunk_id") for c in result.get("citations", [])))




def wait_for_vectors(url: str, timeout: float = 900) -> float:
    """Seconds until the app's index is hybrid (``/api/health`` says ``vectors_complete``). The app answers from
    keyword search while it embeds a new index: a reference taken then is not the hybrid answer the load gets."""
    import urllib.request

    t0 = time.perf_counter()
    while time.perf_counter() - t0 < timeout:
        with urllib.request.urlopen(url.rstrip("/") + "/api/health", timeout=5) as r:
            if json.loads(r.read().decode("utf-8")).get("vectors_complete"):
                return time.perf_counter() - t0
        time.sleep(0.5)
    raise RuntimeError(f"the app's vectors were not complete within {timeout:.0f} s")


def run_load(url: str, questions: list[str], clients: int, k: int = 4, mode: str = "hybrid") -> dict[str, Any]:
    from gradio_client import Client

    ref_client = Client(url, verbose=False)
    reference = {q: _signature(ref_client.predict(q, k, mode, api_name="/ask")) for q in questions}
    seq_lat = []
    for q in questions:  # warm sequential latency (the reference pass warmed caches)
        t = time.perf_counter()
        ref_client.predict(q, k, mode, api_name="/ask")
        seq_lat.append(time.perf_counter() - t)

    latencies: list[float] = []
    errors: list[str] = []
    mismatches: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(clients)

    def user(i: int) -> None:
        order = list(questions)
        random.Random(i).shuffle(order)
        client = Client(url, verbose=False)
        barrier.wait()
        for q in order:
            t = time.perf_counter()
            try:
                sig = _signature(client.predict(q, k, mode, api_name="/ask"))
            except Exception as exc:  # counted, not raised: the figure is the error count
                with lock:
                    errors.append(f"{type(exc).__name__}: {exc}"[:200])
                continue
            dt = time.perf_counter() - t
            with lock:
                latencies.append(dt)
                if sig != reference[q]:
                    mismatches.append(q)

    t0 = time.perf_counter()
    threads = [threading.Thread(target=user, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    latencies.sort()

    def pct(p: float) -> float:
        return round(latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000, 1) if latencies else 0.0

    return {
        "clients": clients, "questions_per_client": len(questions), "requests": clients * len(questions),
        "errors": len(errors), "error_samples": errors[:3], "answers_identical_to_sequential": not mismatches,
        "mismatches": len(mismatches), "p50_ms": pct(0.50), "p95_ms": pct(0.95), "max_ms": pct(1.0),
        "mean_ms": round(statistics.fmean(latencies) * 1000, 1) if latencies else 0.0,
        "sequential_p50_ms": round(statistics.median(seq_lat) * 1000, 1),
        "wall_s": round(wall, 1), "throughput_qps": round(len(latencies) / wall, 1) if wall else 0.0,
        "cpus": os.cpu_count(),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m qa.bench.load", description=__doc__.splitlines()[0])
    p.add_argument("--clients", type=int, default=32)
    p.add_argument("--questions", type=int, default=25)
    p.add_argument("--corpus", default=str(ROOT / "seeds"))
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="qa-load-") as tmp:
        proc, url = start_app(args.corpus, str(Path(tmp) / "index"), Path(tmp) / "app.log")
        url += "/"
        try:
            vectors_s = wait_for_vectors(url)
            result = run_load(url, _questions(args.questions), args.clients)
            result["vectors_wait_s"] = round(vectors_s, 1)
        finally:
            stop_process(proc)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(f"{result['clients']} clients × {result['questions_per_client']} questions = {result['requests']} "
              f"requests in {result['wall_s']} s ({result['throughput_qps']} q/s on {result['cpus']} CPUs): "
              f"{result['errors']} errors, p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms, max {result['max_ms']} ms "
              f"(sequential p50 {result['sequential_p50_ms']} ms); answers identical to sequential: "
              f"{result['answers_identical_to_sequential']} ({result['mismatches']} mismatches)")
    return 0 if not result["errors"] and result["answers_identical_to_sequential"] else 1


if __name__ == "__main__":
    sys.exit(main())
