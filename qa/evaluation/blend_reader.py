"""Blend two fitted readers' span rankers: the shipped one and a refit on more tune questions.

    python -m qa.evaluation.blend_reader BASE.json REFIT.json --weight 0.5 [--threshold 0.05] --out reader.json

The span ranker becomes the weighted mean of both rankers' scores (``Trees.blend``: REFIT's trees weigh
``--weight``, BASE's the rest); the abstainer and its notes come from REFIT (fitted on REFIT's out-of-fold ranker
scores, which a blend of two rankers of the same kind keeps on the same scale) and so does its linear ranker (it
picks the similarity pool, as when the abstainer was fitted); the widening margins from BASE,
whose answers' edges the rules after the ranker were written against. ``--threshold`` sets the abstention
threshold instead of REFIT's (the notes keep the one its rule chose). Why a blend rather than the refit alone: a
refit moves many answers on the question sets the shipped reader and the rules were tuned with. Session 27's blend
was measured and not shipped: it gained on the blind sets it was chosen on, not on a new one, and lost CMRC
held-out answers (docs/benchmarks.md, twenty-seventh pass).
"""
from __future__ import annotations

import argparse
import logging

from qa.answer.reader import ReaderModel

logger = logging.getLogger(__name__)


def blend(base: ReaderModel, refit: ReaderModel, weight: float, threshold: float | None = None) -> ReaderModel:
    """``refit`` with its span ranker mixed with ``base``'s (``weight`` is the refit's share)."""
    if base.trees is None or refit.trees is None:
        raise ValueError("both readers need a tree ranker to blend")
    if not 0.0 <= weight <= 1.0:
        raise ValueError(f"weight must be within [0, 1], not {weight}")
    notes = dict(refit.notes)
    notes["span_ranker"] = (f"blend: {1 - weight:g} x the ranker of reader {base.version} + {weight:g} x the refit's "
                            f"(reader {refit.version}); widening margins of {base.version}")
    if threshold is not None:
        notes["threshold_chosen_by_rule"] = refit.threshold
        notes["threshold_set"] = threshold
    return ReaderModel(refit.span_weights, refit.abstain_weights, refit.threshold if threshold is None else threshold,
                       "blended", notes, base.trees.blend(refit.trees, weight), refit.cite_margin, refit.impute,
                       base.expand_margin, base.expand_margin_article)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m qa.evaluation.blend_reader", description=__doc__.split("\n\n")[0])
    p.add_argument("base")
    p.add_argument("refit")
    p.add_argument("--weight", type=float, default=0.5, help="the refit ranker's share of the span score")
    p.add_argument("--threshold", type=float, default=None, help="abstention threshold (default: the refit's)")
    p.add_argument("--out", required=True)
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    model = blend(ReaderModel.load(args.base), ReaderModel.load(args.refit), args.weight, args.threshold)
    model.save(args.out)
    logger.info("wrote %s: %d trees, threshold %.2f", args.out, len(model.trees.trees) if model.trees else 0,
                model.threshold)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
