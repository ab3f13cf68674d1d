"""Re-choose the abstainer's threshold on the answers the whole engine gives to tune question sets.

    python -m qa eval SET.jsonl --corpus DIR --split tune --threshold 0 --json > RUN.json   # one per set
    python -m qa.evaluation.validate_threshold RUN.json [RUN.json ...] [--write qa/answer/models/reader.json]

``train_reader`` chooses the threshold on out-of-fold probabilities of the questions it fits on, before the
rules that act on its answers; sets it never saw (and the engine's final answers, rules included) tell how
the probabilities behave on new questions. Keep held-out questions out (``--split tune``). With the threshold at 0 every question is answered
unless a hard rule abstains, and each row keeps its probability (``confidence``): any threshold's outcome follows
without asking again. The rule: the highest threshold (0.01 steps) with the best accuracy over all the rows —
among equally accurate thresholds, the one that abstains most (an answer is worth giving only when it gains).
Runs need unanswerable questions (CMRC has none: there, every abstention is a false one).
"""
from __future__ import annotations

import argparse
import json
import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from qa.evaluation.abstain_threshold import source_table

logger = logging.getLogger(__name__)
STEP, TOP = 0.01, 0.30


@dataclass
class Point:
    threshold: float
    accuracy: float
    false_abstention: float
    unanswerable_abstained: float


def curve(rows: list[dict]) -> list[Point]:
    """The outcome of each threshold from 0 to :data:`TOP` over rows of a ``--threshold 0`` run (a row a hard rule
    abstained on stays abstained: its probability counts as −1)."""
    probs = np.array([-1.0 if r["abstained"] else r["confidence"] for r in rows])
    answerable = np.array([r["type"] != "unanswerable" for r in rows])
    correct = np.array([bool(r["correct"]) for r in rows])
    src_of, every = np.zeros(len(rows), dtype=int), np.ones(len(rows), dtype=bool)
    out = []
    for i in range(round(TOP / STEP) + 1):
        t = round(i * STEP, 2)
        d = source_table(probs, t, src_of, answerable, correct, every)
        out.append(Point(t, d["accuracy"], d["false_abstention"], d["abstention_unanswerable"]))
    return out


def choose(points: list[Point]) -> Point:
    """The highest threshold of the best accuracy."""
    best = max(p.accuracy for p in points)
    return max((p for p in points if p.accuracy >= best - 1e-12), key=lambda p: p.threshold)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", nargs="+", help="JSON of `python -m qa eval … --threshold 0 --json`")
    ap.add_argument("--write", metavar="MODEL", help="set the chosen threshold in this reader file")
    args = ap.parse_args(argv)
    rows = []
    for run in args.runs:
        rows.extend(json.loads(Path(run).read_text(encoding="utf-8"))["rows"])
    if not any(r["type"] == "unanswerable" for r in rows):
        raise SystemExit("error: the runs hold no unanswerable question; the threshold would only be 0")
    points = curve(rows)
    pick = choose(points)
    print("threshold  accuracy  false abst.  unanswerable abstained")
    for p in points:
        mark = "  <-" if p is pick else ""
        print(f"{p.threshold:9.2f}  {p.accuracy:8.4f}  {p.false_abstention:11.4f}  {p.unanswerable_abstained:22.4f}{mark}")
    print(f"{len(rows)} questions; chosen threshold {pick.threshold:.2f}")
    if args.write:
        path = Path(args.write)
        model = json.loads(path.read_text(encoding="utf-8"))
        notes = model.setdefault("notes", {})
        notes.setdefault("threshold_fitted", {"threshold": model.get("threshold"), "rule": notes.get("threshold_rule")})
        model["threshold"] = pick.threshold
        notes["threshold_rule"] = ("highest threshold (0.01 steps) with the best accuracy of the engine's answers to "
                                   "the runs' questions (qa.evaluation.validate_threshold)")
        notes["threshold_validation"] = {"runs": [Path(r).name for r in args.runs], "questions": len(rows),
                                         "accuracy": round(pick.accuracy, 4),
                                         "false_abstention": round(pick.false_abstention, 4),
                                         "unanswerable_abstained": round(pick.unanswerable_abstained, 4)}
        path.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        logger.info("wrote threshold %.2f to %s", pick.threshold, path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
