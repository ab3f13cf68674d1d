"""Latency of ``ReportQA.ask`` on a built index: cold start to first answer, then warm per-question p50/p95.

    python -m qa.bench.ask_latency --corpus DIR --index-dir DIR --questions FILE [--split heldout] [--json]

"Warm" = model and index loaded; the first pass asks every question once with the engine's caches
emptied (query vectors, clause vectors; with ``--warm-reader`` the corpus's clause vectors are prepared first,
as the app does after it starts), the second pass asks them again (caches full). Cold start is
measured in a fresh subprocess: import, open the index, answer one question.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

from qa.bench.common import percentile

_COLD = r"""
import sys, time
t0 = time.perf_counter()
from qa import ReportQA
e = ReportQA.open(corpus=sys.argv[1], index_dir=sys.argv[2], build="never")
e.ask(sys.argv[3])
print(time.perf_counter() - t0)
"""


def cold_start(corpus: str, index_dir: str, question: str, runs: int = 3) -> list[float]:
    out = []
    for _ in range(runs):
        res = subprocess.run([sys.executable, "-c", _COLD, corpus, index_dir, question], capture_output=True, text=True,
                             env={**os.environ}, check=True)
        out.append(float(res.stdout.strip().splitlines()[-1]))
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m qa.bench.ask_latency", description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", required=True)
    p.add_argument("--index-dir", required=True)
    p.add_argument("--questions", required=True)
    p.add_argument("--split", default=None)
    p.add_argument("--cold-runs", type=int, default=3)
    p.add_argument("--json", action="store_true")
    p.add_argument("--warm-reader", action="store_true",
                   help="tag and embed the corpus's clauses first, as the app does in the background after it "
                        "starts (embedded vectors are saved beside the index: a second run loads them)")
    args = p.parse_args(argv)
    from qa import ReportQA
    from qa.evaluation.evaluate import load_questions, select

    qs = [q["question"] for q in select(load_questions(args.questions), args.split)]
    cold = cold_start(args.corpus, args.index_dir, qs[0], args.cold_runs) if args.cold_runs else []
    engine = ReportQA.open(corpus=args.corpus, index_dir=args.index_dir, build="never")
    engine.ask("热身")  # first-call costs (tokeniser dictionaries, kernels) are part of cold start, not warm latency
    if hasattr(engine.embeddings, "_cache"):  # empty the query-vector cache: the first pass embeds every question
        engine.embeddings._cache = type(engine.embeddings._cache)()
    loaded = len(engine.extractor.vectors)  # clause vectors a previous warm-up saved beside the index
    if not args.warm_reader:
        engine.extractor.vectors.clear()
    warm_s = engine.warm_reader(block=True) if args.warm_reader else None
    passes = []
    for _ in range(2):
        times = []
        for q in qs:
            t = time.perf_counter()
            engine.ask(q)
            times.append((time.perf_counter() - t) * 1000)
        passes.append(times)
    result = {
        "questions": len(qs), "chunks": engine.load_info.get("chunks"),
        "cold_start_s": sorted(cold), "cold_start_median_s": round(percentile(cold, 50), 3) if cold else None,
        "reader_warm_s": round(warm_s, 2) if warm_s is not None else None,
        "clause_vectors_loaded": loaded, "clause_vectors": len(engine.extractor.vectors),
        "first_pass_ms": {"p50": round(percentile(passes[0], 50), 1), "p95": round(percentile(passes[0], 95), 1)},
        "repeat_pass_ms": {"p50": round(percentile(passes[1], 50), 1), "p95": round(percentile(passes[1], 95), 1)},
    }
    print(json.dumps(result, ensure_ascii=False, indent=None if args.json else 2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
