"""The log-odds shift of English questions' P(answered), fitted on tune results.

An English question reaches the Chinese text through the glossary only, so the lexical evidence the abstainer
weighs reads weaker than for the same question in Chinese: answers it gets right come out with probabilities of
0.02–0.05, under the one threshold. The shift is chosen on eval results run with ``--threshold 0`` (every
question answered unless a hard rule abstains; each row's ``confidence`` is its P(answered)): of a grid of shifts,
the one with the most English questions right (answerable answered right, unanswerable abstained); on a tie the
lower middle of the best run (the smaller shift: fewer unanswerable questions answered). Only English rows are counted: Chinese ones do not move.

    python -m qa eval tests/eval/reports_fresh9.jsonl --corpus … --threshold 0 --json > fresh9.json   # each tune set
    python -m qa.evaluation.english_shift fresh9.json … [--write]
"""
from __future__ import annotations

import argparse
import json
import logging
import math
from pathlib import Path

from qa.answer.reader import MODEL_PATH, ReaderModel
from qa.text import cjk_ratio

logger = logging.getLogger(__name__)

GRID = tuple(round(0.25 * k, 2) for k in range(0, 11))  # 0 … 2.5 log-odds


def _logit(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))


def english_rows(results: list[dict], applied: float = 0.0) -> list[tuple[bool, float, bool, bool]]:
    """(unanswerable, P(answered), right when answered, abstained whatever the threshold) of every English row;
    ``applied``: the shift the results were run with, taken off so that a grid shift is absolute."""
    rows = []
    for res in results:
        for r in res["rows"]:
            if cjk_ratio(r["question"]) < 0.2:
                p = float(r["confidence"])
                if applied and 0.0 < p < 1.0:
                    p = 1.0 / (1.0 + math.exp(applied - _logit(p)))
                rows.append((r["type"] == "unanswerable", p, bool(r["correct"]),
                             bool(r["abstained"]) and float(r["confidence"]) <= 0.0))
    return rows


def right_at(rows: list[tuple[bool, float, bool, bool]], shift: float, threshold: float) -> int:
    """English questions right when ``shift`` is added to their log-odds."""
    got = 0
    for unanswerable, p, correct, hard in rows:
        answered = not hard and p > 0 and _logit(p) + shift >= _logit(threshold)
        got += (not answered) if unanswerable else (answered and correct)
    return got


def fit(rows: list[tuple[bool, float, bool, bool]], threshold: float) -> tuple[float, dict[float, int]]:
    """The shift (the lower middle of the best-scoring run of the grid) and the score of each shift."""
    table = {s: right_at(rows, s, threshold) for s in GRID}
    top = max(table.values())
    best = [s for s in GRID if table[s] == top]
    return best[(len(best) - 1) // 2], table


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("results", nargs="+", help="eval --json outputs run with --threshold 0 on tune sets")
    ap.add_argument("--write", action="store_true", help="store the shift in the shipped reader model")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    model = ReaderModel.load(MODEL_PATH)
    # the results were run with the shipped shift: it is taken off before the grid is tried
    rows = english_rows([json.loads(Path(f).read_text(encoding="utf-8")) for f in args.results], model.english_shift)
    shift, table = fit(rows, model.threshold)
    logger.info("English rows %d (unanswerable %d); right at each shift: %s", len(rows), sum(r[0] for r in rows),
                ", ".join(f"{s}: {n}" for s, n in table.items()))
    logger.info("shift %.2f (was %.2f)", shift, model.english_shift)
    if args.write:
        model.english_shift = shift
        model.notes["english_shift"] = {"rows": len(rows), "right_at_shift": {str(s): n for s, n in table.items()},
                                        "command": "python -m qa.evaluation.english_shift <eval --threshold 0 --json "
                                                   "of each 13-report tune set> --write"}
        model.save(MODEL_PATH)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
