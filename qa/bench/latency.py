"""Where a warm hybrid ``ask`` spends its time, and what the query/clause vector caches buy.

Stage means come from ``Answer.timings_ms`` of the quality section's hybrid pass; a pyinstrument tree of
cache-cold asks shows the call path; the same questions are then timed with the caches empty and filled.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from qa.bench.common import REPO, Latency, Profile, clear_caches, stage_means, timed_ms

def profile_queries(engine: Any, embeddings: Any, questions: list[dict[str, Any]],
                    timings: list[dict[str, float]] | None, n: int = 30) -> Profile:
    """Stage means from ``timings_ms`` of the hybrid pass, a pyinstrument tree, and caches cold vs warm."""
    qs = [q["question"] for q in questions[:n]]
    stages: dict[str, float] = {}
    if timings:
        stages = stage_means(timings, ("embed", "dense", "bm25", "fuse", "retrieve", "extract"))
        stages["retrieve: question analysis + tokenise + other"] = round(
            stages["retrieve"] - sum(stages[s] for s in ("embed", "dense", "bm25", "fuse")), 2)
    leaf = {s: v for s, v in stages.items() if s not in ("retrieve",)}
    dominant = max(leaf, key=leaf.get) if leaf else "?"

    def timed(fn: Callable[[str], Any]) -> Latency:
        return Latency.of(timed_ms(fn, qs)[0])

    clear_caches(embeddings, engine)
    search_cold = timed(lambda q: engine.search(q, k=4))
    search_warm = timed(lambda q: engine.search(q, k=4))  # query vectors now in the LRU
    clear_caches(embeddings, engine)
    tree = ""
    try:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0005)
        profiler.start()
        ask_cold = timed(lambda q: engine.ask(q, k=4))
        profiler.stop()
        text = profiler.output_text(unicode=False, color=False, show_all=False)
        text = text.replace(f"{REPO}{os.sep}", "")  # paths relative to the checkout, not this machine's
        tree = "\n".join(line for line in text.splitlines() if line.strip())[:6000]
    except ImportError:  # pragma: no cover - pyinstrument is a bench dependency
        ask_cold = timed(lambda q: engine.ask(q, k=4))
    ask_warm = timed(lambda q: engine.ask(q, k=4))  # query + clause vectors cached
    return Profile(len(qs), stages, dominant, ask_cold, ask_warm, search_cold, search_warm, tree)

