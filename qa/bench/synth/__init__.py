"""Deterministic synthetic corpora of Chinese government work reports, with known answers.

Why this exists: retrieval and QA scaling benchmarks (1k / 10k / 50k chunks) need corpora far
larger than the few real reports we hold, *and* a question set whose answers are known and
unambiguous in the whole corpus. Real reports cannot give both, so this package writes look-alike
reports (same header lines, section/item layout, boilerplate and number style as the seed
reports) and, alongside them, questions that each name a city, a bureau, a year and a measure
whose answer sentence occurs exactly once in the corpus.

Properties worth knowing:

* Deterministic: output depends only on ``seed`` (seeded ``random.Random`` instances, no global
  state, no hash-order dependence). Report ``i`` has its own generator and the (city, bureau,
  year) triples are a seeded permutation, so the corpus for ``n`` reports is a prefix of the corpus
  for ``m > n`` reports with the same seed -- handy for nested scaling runs. ``n_questions`` never
  changes the reports.
* Every (city, bureau, year) triple is used at most once while the corpus is smaller than the
  number of triples (80 cities x 12 bureaus x 15 years); questions are only drawn from reports
  whose triple is unique, and only from evidence strings that occur exactly once in the corpus
  (checked against the text actually written).
* About 20% of files repeat one section verbatim, like scraped web pages do.
* Standard library only; ~2,000 reports take a couple of seconds.

Usage::

    python -m qa.bench.synth OUT_DIR --reports 2000 --seed 0 --questions 50

Layout: :mod:`.vocab` and :mod:`.bureaus` (the words), :mod:`.model` (records), :mod:`.writer` (sentences and
facts), :mod:`.render` (one whole report), :mod:`.questions` (picking unambiguous questions); here the
corpus writer and the command line. Questions are written in the format of docs/eval-format.md.
"""
from __future__ import annotations

import argparse
import json
import logging
import random
import time
from pathlib import Path

from qa.bench.synth.bureaus import BUREAUS
from qa.bench.synth.model import Report, SynthQuestion
from qa.bench.synth.questions import select_questions
from qa.bench.synth.render import render_report, report_triples
from qa.bench.synth.vocab import CITIES, YEARS

__all__ = ["BUREAUS", "CITIES", "YEARS", "SynthQuestion", "generate_corpus", "main"]

log = logging.getLogger(__name__)


def generate_corpus(out_dir: Path, n_reports: int, seed: int = 0, n_questions: int = 50) -> list[SynthQuestion]:
    """Write ``n_reports`` synthetic reports and ``questions.jsonl`` into ``out_dir``.

    Returns the question set; every question's ``evidence`` occurs in exactly one file (its
    ``source``) exactly once, and its answer string lies inside the evidence. Fewer than
    ``n_questions`` come back (with a warning) only when the corpus is too small to supply them.
    """
    if n_reports < 0 or n_questions < 0:
        raise ValueError("n_reports and n_questions must be non-negative")
    t0 = time.perf_counter()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    registry: dict[str, int] = {}
    reports: list[Report] = []
    for idx, (city, bi, year) in enumerate(report_triples(seed, n_reports)):
        rng = random.Random(f"synth-report:{seed}:{idx}")
        reports.append(render_report(rng, idx, city, BUREAUS[bi], year, registry))

    names = {rep.name for rep in reports}
    stale = [p.name for p in out_dir.glob("r*_*.txt") if p.name not in names]
    if stale:
        log.warning("%s holds %d report files not from this run (e.g. %s); they will skew a benchmark",
                    out_dir, len(stale), sorted(stale)[0])
    for rep in reports:
        with open(out_dir / rep.name, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(rep.text)

    questions = select_questions(random.Random(f"synth-questions:{seed}"), reports, n_questions, registry)
    with open(out_dir / "questions.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for q in questions:
            fh.write(json.dumps(q.to_eval_dict(), ensure_ascii=False) + "\n")

    chars = sum(len(rep.text) for rep in reports)
    log.info("wrote %d reports (%d chars, %.0f per report, %d with a repeated section) and %d questions "
             "to %s in %.2fs", len(reports), chars, chars / max(1, len(reports)),
             sum(rep.repeated for rep in reports), len(questions), out_dir, time.perf_counter() - t0)
    return questions


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m qa.bench.synth",
                                     description="Write a synthetic report corpus with known-answer questions.")
    parser.add_argument("out_dir", type=Path, help="folder for the .txt reports and questions.jsonl")
    parser.add_argument("--reports", type=int, required=True, help="number of reports to write")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--questions", type=int, default=50, help="number of questions (default 50)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if args.reports < 0 or args.questions < 0:
        parser.error("--reports and --questions must be non-negative")
    generate_corpus(args.out_dir, args.reports, seed=args.seed, n_questions=args.questions)
    return 0

