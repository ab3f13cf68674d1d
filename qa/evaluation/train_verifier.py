"""Fit the reader's verifier: a second check of the answer the whole engine gives (rules included).

    python -m qa.evaluation.train_verifier \\
        --source tests/eval/reports_fresh.jsonl:REPORTS_DIR:IDX_REPORTS \\
        --source tests/eval/reports_eval.jsonl:REPORTS_DIR:IDX_REPORTS:tune  [...] \\
        [--save-rows ROWS.pkl | --from-rows ROWS.pkl] [--out qa/answer/models/reader.json]

Why: the abstainer (``train_reader``) is fitted on the ranker's best span before the rules that choose among
figures, years and parts were written on top of it; it never sees the answer the engine finally gives. Here
every tune question is asked through the engine (with no verifier), and for each answer given from a report
the row is the abstainer's inputs for that answer (question features, the answer span's features), its
probability, the ranker's score and the answer's evidence features (``qa.answer.answer_evidence``: what the
answer's own sentence says of the question); the label is whether the question is answerable at all. A LightGBM
binary classifier learns which answers are near misses of questions the text cannot answer; its trees ship in the
reader's model file (``verifier``) and an answer below the threshold is withdrawn (``Extractor.extract``).

The threshold maximises, over the tune sources, the answers it makes right (unanswerable questions no longer
answered) minus those it makes wrong (right answers withdrawn) minus half of every answerable question withdrawn
(a false abstention, right answer or wrong), judged on probabilities each source gets from a fit without it
(leave one source out); ties go to the lower threshold. Short articles (CMRC) are not
checked: the sets hold no unanswerable question about them. Needs the ``train`` extra (lightgbm).
"""
from __future__ import annotations

import argparse
import dataclasses
import logging
import pickle
from typing import Any

import numpy as np

from qa.answer.answer_evidence import evidence_features
from qa.answer.reader import MODEL_PATH, ReaderModel, Trees, verifier_row
from qa.evaluation.evaluate import answer_correct
from qa.evaluation.train_reader import training_questions
from qa.errors import InvalidQuestionError

logger = logging.getLogger(__name__)
GRID = tuple(round(0.05 * i, 2) for i in range(1, 20))
# a false abstention (the measure, ≤ 5%) costs half an answer on top of what it does to accuracy
FALSE_ABSTENTION_COST = 0.5


def collect(spec: str) -> list[dict[str, Any]]:
    """Ask every question of one source (``questions:corpus:index_dir[:split]``) and keep each report answer's
    verifier row, whether the question is answerable and whether the answer is right."""
    from qa.engine import ReportQA

    path, corpus, index_dir, *split = spec.split(":")
    engine = ReportQA.open(corpus=corpus, index_dir=index_dir, background=False)
    ex = engine.extractor
    ex.model = dataclasses.replace(ex.model, verifier=None)  # the engine's answers as they are without it
    seen: list = []
    analyse = ex.analyse

    def recorded(info, *args, **kwargs):
        a = analyse(info, *args, **kwargs)
        seen.append((info, a))
        return a

    ex.analyse = recorded  # the analysis of each answer (its best span may move while the answer is chosen)
    rows = []
    for q in training_questions(path, split[0] if split else None):  # not a held-out question's passage
        seen.clear()
        try:
            ans = engine.ask(q["question"])
        except InvalidQuestionError:
            continue
        a_info, a = seen[-1] if seen else (None, None)
        if ans.abstained or a is None or a.best is None or ex._short_article(a.cands[a.best].chunk.source):
            continue
        given = a.cands[a.best]
        rows.append({"source": spec, "id": q["id"], "answerable": q["type"] != "unanswerable",
                     "correct": answer_correct(q, ans),
                     "x": verifier_row(a.qx, a.X[a.best], a.p_answer, float(a.logits[a.best]),
                                       evidence_features(a_info, a.terms, given.chunk.text, given.span, ans.answer))})
    logger.info("%s: %d answers", spec, len(rows))
    return rows


def fit(X: np.ndarray, y: np.ndarray, trees: int, leaves: int, seed: int = 0):
    import lightgbm as lgb

    return lgb.LGBMClassifier(n_estimators=trees, learning_rate=0.05, num_leaves=leaves, min_child_samples=20,
                              subsample=0.8, subsample_freq=1, colsample_bytree=0.5, reg_lambda=1.0,
                              random_state=seed, verbose=-1).fit(X, y)


def choose_threshold(p: np.ndarray, answerable: np.ndarray, correct: np.ndarray, grid: tuple[float, ...] = GRID,
                     false_cost: float = FALSE_ABSTENTION_COST) -> tuple[float, list[dict[str, float]]]:
    """The threshold with the best net: answers made right, minus answers made wrong, minus ``false_cost`` for
    each answerable question withdrawn (right or wrong: a false abstention either way); the lower one on a tie."""
    table, best, best_net = [], 0.0, 0.0
    for t in grid:
        withdrawn = p < t
        gained = int((withdrawn & ~answerable).sum())
        lost = int((withdrawn & correct).sum())
        wrong = int((withdrawn & answerable & ~correct).sum())
        net = gained - lost - false_cost * (lost + wrong)
        table.append({"threshold": t, "withdrawn": int(withdrawn.sum()), "gained": gained, "lost": lost,
                      "answerable_wrong_withdrawn": wrong, "net": round(net, 2)})
        if net > best_net:
            best, best_net = t, net
    return best, table


def bagged(X: np.ndarray, y: np.ndarray, trees: int, leaves: int, seeds: int) -> list:
    """``seeds`` fits that differ only in their random subsamples: their mean log-odds varies less from one fit to
    the next than any one of them (out of source: 49.5 net for three against 38.0–48.5 for one, session 50)."""
    return [fit(X, y, trees, leaves, seed) for seed in range(seeds)]


def mean_log_odds(models: list, X: np.ndarray) -> np.ndarray:
    return np.mean([m.predict_proba(X, raw_score=True) for m in models], axis=0)


def one_forest(models: list) -> Trees:
    """The fits as one exported forest predicting their mean log-odds (a running mean of the blends)."""
    forest = Trees.from_lightgbm(models[0].booster_)
    for i, m in enumerate(models[1:], start=2):
        forest = forest.blend(Trees.from_lightgbm(m.booster_), 1.0 / i)
    return forest


def out_of_source(rows: list[dict[str, Any]], trees: int, leaves: int, seeds: int = 1) -> np.ndarray:
    """Each source's probabilities from a fit on the other sources."""
    X = np.stack([r["x"] for r in rows])
    y = np.array([r["answerable"] for r in rows], dtype=int)
    src = np.array([r["source"] for r in rows])
    z = np.zeros(len(rows))
    for s in sorted(set(src)):
        held = src == s
        z[held] = mean_log_odds(bagged(X[~held], y[~held], trees, leaves, seeds), X[held])
    return 1.0 / (1.0 + np.exp(-z))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", action="append", default=[], help="questions:corpus:index_dir[:split]")
    ap.add_argument("--save-rows", help="pickle the collected rows (to refit without asking again)")
    ap.add_argument("--from-rows", action="append", default=[], help="skip collection: fit on pickled rows")
    ap.add_argument("--trees", type=int, default=200)
    ap.add_argument("--leaves", type=int, default=7)
    ap.add_argument("--seeds", type=int, default=3, help="fits averaged (their log-odds), each with its own seed")
    ap.add_argument("--out", default=str(MODEL_PATH), help="the reader model file the verifier is written into")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.from_rows:
        rows = []
        for path in args.from_rows:
            with open(path, "rb") as f:
                rows += pickle.load(f)
    else:
        rows = [r for spec in args.source for r in collect(spec)]
        if args.save_rows:
            with open(args.save_rows, "wb") as f:
                pickle.dump(rows, f)
    if len({r["source"] for r in rows}) < 2:
        raise SystemExit("need at least two sources (the threshold is chosen leaving one out)")
    answerable = np.array([r["answerable"] for r in rows])
    correct = np.array([r["correct"] for r in rows])
    threshold, table = choose_threshold(out_of_source(rows, args.trees, args.leaves, args.seeds), answerable, correct)
    models = bagged(np.stack([r["x"] for r in rows]), answerable.astype(int), args.trees, args.leaves, args.seeds)
    forest = one_forest(models)
    model = ReaderModel.load(args.out)
    notes = {"sources": sorted({r["source"] for r in rows}), "answers": len(rows),
             "unanswerable_answered": int((~answerable).sum()), "trees": args.trees, "leaves": args.leaves,
             "seeds": args.seeds,
             "threshold_rule": "most answers made right minus made wrong minus 0.5 per false abstention, out of source "
                               "(leave one source out)",
             "out_of_source": table}
    model = dataclasses.replace(model, verifier=forest, verify_threshold=threshold,
                                verifier_notes=notes)
    model.save(args.out)
    chosen = next(r for r in table if r["threshold"] == threshold) if threshold else {}
    logger.info("verifier: %d answers (%d unanswerable), threshold %.2f: %s → %s", len(rows),
                notes["unanswerable_answered"], threshold, chosen, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
