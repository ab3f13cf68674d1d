"""Cold start: a fresh interpreter to its first answer, with a current index already on disk.

Each run is its own ``python -c`` process (wall clock from interpreter start to exit), so import time,
model loading and the first query's costs are all counted; the median of a few runs is reported.
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from qa.bench.common import REPO, ColdStart, child_env

_COLD_CODE = r"""
import json, resource, sys, time
t0 = time.perf_counter()
from qa import ReportQA
t1 = time.perf_counter()
engine = ReportQA.open(corpus=sys.argv[1], index_dir=sys.argv[2], embedder=sys.argv[3], build="auto")
t2 = time.perf_counter()
ans = engine.ask(sys.argv[4])
t3 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "open_s": t2 - t1, "ask_s": t3 - t2, "built": engine.load_info["built"],
                  "answer": ans.answer, "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss},
                 ensure_ascii=False))
"""


def cold_start(corpus: Path, index_dir: Path, embedder: str, question: str, runs: int = 3) -> ColdStart:
    """Time fresh interpreters (wall clock, start to exit) that open a current index and answer once."""
    rows: list[dict[str, Any]] = []
    for _ in range(max(1, runs)):
        t = time.perf_counter()
        proc = subprocess.run([sys.executable, "-c", _COLD_CODE, str(corpus), str(index_dir), embedder, question],
                              capture_output=True, text=True, env=child_env(), cwd=str(REPO), timeout=600)
        wall = time.perf_counter() - t
        if proc.returncode != 0:
            raise RuntimeError(f"cold-start child failed: {proc.stderr.strip().splitlines()[-1:]}")
        row = json.loads(proc.stdout.strip().splitlines()[-1])
        row["wall_s"] = wall
        rows.append(row)
    rows.sort(key=lambda r: r["wall_s"])
    mid = rows[len(rows) // 2]
    return ColdStart(
        runs=len(rows), wall_s=round(mid["wall_s"], 2), wall_s_max=round(rows[-1]["wall_s"], 2),
        import_s=round(mid["import_s"], 2), open_s=round(mid["open_s"], 2), first_ask_s=round(mid["ask_s"], 2),
        peak_rss_mb=round(max(r["maxrss_kb"] for r in rows) / 1024, 1), rebuilt=any(r["built"] for r in rows),
        answer=mid["answer"],
    )

