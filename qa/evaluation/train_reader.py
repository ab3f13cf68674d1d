"""Fit the reader (``qa.answer.reader``) on question sets: a span ranker and a calibrated abstainer.

    python -m qa.evaluation.train_reader \\
        --source tests/eval/report_eval.jsonl:seeds:IDX_SEED \\
        --source tests/eval/reports_eval.jsonl:REPORTS_DIR:IDX_REPORTS:tune \\
        --source tests/eval/reports_extra.jsonl:REPORTS_DIR:IDX_REPORTS \\
        --source CMRC_TUNE/questions.jsonl:CMRC_TUNE/corpus:IDX_CMRC_TUNE \\
        [--max-per-source 1500] [--out qa/answer/models/reader.json]

Collecting examples (retrieval, candidates, similarity) is the slow part; keep them and refit without it:
``--save-examples EX.pkl`` once, then ``--from-examples EX.pkl --refeature`` after the question analysis, the
candidates or the features change (all recomputed with the current code, the measured similarities kept),
with ``--weight report=3 --weight-abstainer`` (report questions count 3× in the span ranker and the
abstainer) as for the shipped model.

Needs the ``train`` extra (scikit-learn, scipy, lightgbm): ``pip install -e '.[train]'``.
A source is ``questions:corpus:index_dir[:split]`` (an index of that corpus, built if missing). Only what
the sources give is fitted on: keep held-out questions out of them (CMRC ``heldout`` paragraphs, the
report set's ``heldout`` split) and measure on those with ``python -m qa eval``.

Span ranker: for each answerable question, the candidates of its top passages (as at answer time, with
the same cross-lingual pool) get a soft label, their character F1 against the gold answer (at least 0.5
when the span contains it); a conditional logit (softmax over a question's allowed candidates, L2) is fitted
to put the mass on the best spans — twice, the second time on features recomputed with the first fit, so
the similarity pool is the one the fitted model will see. That linear model picks the similarity pool; the
spans are ordered by gradient-boosted trees: ``--ranker lambdarank`` (default; LightGBM LambdaRank on the
graded labels, exported to arrays) or ``--ranker forest`` (scikit-learn regression of each label).
Abstainer: logistic regression on question-level features and the best span's span features; positives are answerable questions whose
evidence was retrieved, negatives are unanswerable questions, answerable ones whose evidence was not
retrieved, and the same answerable questions asked with their own document removed from the results
(near misses: the same indicator in another year's report, another paragraph of the same topic). The
threshold is the highest that keeps each source's false abstention on the tune questions at or below
``--max-false`` (``--pool report``: the report sources' questions as one; ``--threshold-rule max-accuracy``:
the one with the best mean per-source accuracy), judged on out-of-fold probabilities (in-sample ones are
optimistic); see ``qa.evaluation.abstain_threshold``.
"""
from __future__ import annotations

import argparse
import json
import logging
import random
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from qa.answer.extract import Analysis, Extractor
from qa.answer.features import QUESTION_FEATURES, SPAN_FEATURES, question_features
from qa.answer.question import analyze
from qa.answer.reader import MODEL_PATH, ReaderModel, Trees
from qa.evaluation.abstain_threshold import choose_threshold, source_table
from qa.evaluation.evaluate import gold_answers, load_questions, select
from qa.evaluation.metrics import f1_score, normalize_answer
from qa.evaluation.widen_margin import choose_expand_margins, margin_notes, question_fold, rechoose_margin
from qa.text import normalize_for_match

logger = logging.getLogger(__name__)
TOP_PASSAGES, K = 6, 8  # the shipped fit read 6 passages; answers read 8 (qa.engine.READ_PASSAGES)
_DF_FEATURES = ("unknown_share", "rare_missing", "missing_share")


@dataclass
class Example:
    source: str
    qid: str
    qtype: str
    answerable: bool
    variant: str  # "asked" | "doc_removed"
    analysis: Analysis | None
    labels: np.ndarray | None
    evidence_retrieved: bool
    info: Any
    df_features: dict[str, float] = field(default_factory=dict)  # the corpus-dependent question features


def span_label(q: dict[str, Any], span: str) -> float:
    if q.get("must") and not q.get("answers"):
        got = normalize_for_match(span)
        if all(normalize_for_match(m) in got for m in q["must"]):
            return 1.0
        return 0.5 * f1_score(span, gold_answers(q))
    golds = gold_answers(q)
    f1 = f1_score(span, golds)
    got = normalize_answer(span)
    if any(normalize_answer(g) and normalize_answer(g) in got for g in golds):
        f1 = max(f1, 0.5)
    return f1


_ENGINES: dict[str, tuple[Any, Extractor]] = {}  # one engine per source for the whole run (caches stay warm)


def training_questions(qfile: str, split: str | None = None) -> list[dict[str, Any]]:
    """The questions of a source to fit on: not those sharing a held-out question's passage (``near_heldout``),
    which would teach the held-out answer."""
    return [q for q in select(load_questions(qfile), split) if not q.get("near_heldout")]


def collect(source: str, model: ReaderModel, limit: int | None, seed: int = 0, negatives: bool = True) -> list[Example]:
    from qa.engine import ReportQA

    parts = source.split(":")
    qfile, corpus, index_dir = parts[:3]
    split = parts[3] if len(parts) > 3 else None
    questions = training_questions(qfile, split)
    if limit and len(questions) > limit:
        questions = random.Random(seed).sample(questions, limit)
    if source not in _ENGINES:
        engine = ReportQA.open(corpus=corpus, index_dir=index_dir)
        _ENGINES[source] = (engine, Extractor(engine.data.chunks, engine.data.df, engine.embeddings, model))
    engine, ex = _ENGINES[source]
    ex.model = model
    out: list[Example] = []
    t0 = time.perf_counter()
    for n, q in enumerate(questions, 1):
        info = analyze(q["question"])
        if info.about_document:
            continue
        res = engine.searcher.search(info.text, k=K + 4, mode="hybrid")
        qvec = engine.embeddings.embed_query(info.text)
        answerable = q["type"] != "unanswerable"
        variants = [("asked", res.hits[:K])]
        ev_q = normalize_for_match(q.get("evidence", ""))
        if negatives and answerable and ev_q:
            # the same question with the passages that hold its evidence taken away: a near miss (same report,
            # same topic, the figure not there), which is what an unanswerable question looks like
            variants.append(("evidence_removed",
                             [h for h in res.hits if ev_q not in normalize_for_match(h.chunk.text)][:K]))
        for variant, hits in variants:
            a = ex.analyse(info, hits, qvec, TOP_PASSAGES) if hits else None
            ev = normalize_for_match(q.get("evidence", "")) if answerable and variant == "asked" else ""
            retrieved = bool(ev) and any(ev in normalize_for_match(h.chunk.text) for h in hits[:TOP_PASSAGES])
            labels = None
            if a is not None and answerable and variant == "asked":
                labels = np.array([span_label(q, c.text) for c in a.cands], dtype=np.float32)
            dff = {n: float(a.qx[QUESTION_FEATURES.index(n)]) for n in _DF_FEATURES} if a is not None else {}
            out.append(Example(qfile, q["id"], q["type"], answerable and variant == "asked", variant, a, labels,
                               retrieved, info, dff))
        if n % 200 == 0:
            logger.info("%s: %d/%d questions (%.0f s)", qfile, n, len(questions), time.perf_counter() - t0)
    return out


def fit_ranker(examples: list[Example], l2: float = 1e-3) -> np.ndarray:
    """Conditional logit over each question's allowed candidates, soft targets ∝ label²."""
    from scipy.optimize import minimize

    groups = []
    for e in examples:
        if e.labels is None or e.analysis is None or e.labels.max() < 0.3:
            continue
        allowed = Extractor._allowed(e.info, e.analysis.cands, e.analysis.X)
        if not allowed.any():
            allowed[:] = True
        X, y = e.analysis.X[allowed], e.labels[allowed]
        if y.max() < 0.3:
            continue
        t = y ** 2
        groups.append((X, t / t.sum()))
    d = len(SPAN_FEATURES)
    logger.info("ranker: %d questions, %d candidates", len(groups), sum(len(g[1]) for g in groups))

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = 0.0, np.zeros(d)
        for X, t in groups:
            z = X @ w
            z -= z.max()
            p = np.exp(z)
            p /= p.sum()
            total -= float(t @ np.log(p + 1e-12))
            grad += X.T @ (p - t)
        n = len(groups)
        return total / n + l2 * float(w @ w), grad / n + 2 * l2 * w

    res = minimize(loss, np.zeros(d), jac=True, method="L-BFGS-B", options={"maxiter": 400})
    logger.info("ranker fit: loss %.4f (%s)", res.fun, res.message)
    return res.x.astype(np.float32)


def requestion(e: Example, ex: Extractor, model: ReaderModel) -> tuple[np.ndarray, int] | None:
    """Question features of ``e`` under ``model``'s ranker (best span and margin recomputed)."""
    a = e.analysis
    if a is None:
        return None
    logits = model.span_logits(a.X)
    allowed = Extractor._allowed(e.info, a.cands, a.X)
    if not allowed.any():
        allowed[:] = True
    masked = np.where(allowed, logits, -np.inf)
    best = int(np.argmax(masked))
    second = next((float(masked[i]) for i in np.argsort(-masked)[1:]
                   if a.cands[int(i)].text != a.cands[best].text and np.isfinite(masked[i])), float(logits[best]) - 5.0)
    c = a.cands[best]
    top_dense = float(a.cands[0].hit.dense_sim or 0.0)
    sem_best = float(a.qx[QUESTION_FEATURES.index("best_sem")]) if a.X[:, SPAN_FEATURES.index("sem_known")].any() else None
    qx = question_features(e.info, a.terms, ex.df, ex.rare_df, a.X[best], float(logits[best]),
                           float(logits[best]) - second, f"{c.chunk.section} {c.chunk.text}", top_dense, sem_best)
    return qx, best


def refeature(examples: list[Example], doc_years: dict[str, int] | None = None) -> None:
    """Redo the question analysis, the candidate spans, their labels and their features of saved examples with
    the current code (question analysis, candidates or features changed since they were collected), keeping
    the cross-lingual similarity measured at collection time (per clause: a new candidate in a measured
    clause gets its clause's similarity)."""
    from qa.answer.boundaries import question_gap
    from qa.answer.extract import _NON_CONTENT, Scored
    from qa.answer.figure_rules import asked_years
    from qa.answer.features import local_weights, norm as _norm, question_bigrams, question_class, span_features
    from qa.answer.spans import passage_spans
    from qa.retrieve.years import doc_year

    sem = [SPAN_FEATURES.index(n) for n in ("sem_rel", "sem_known", "en_x_sem_rel")]
    golds: dict[tuple[str, str], dict[str, Any]] = {}
    for src in {e.source for e in examples}:
        golds.update({(src, q["id"]): q for q in load_questions(src)})
    for e in examples:
        a = e.analysis
        if a is None:
            continue
        info = e.info = analyze(e.info.text)
        qchars = set(_norm(info.text)) - set(_NON_CONTENT)
        qbi = question_bigrams(info.text) if not info.english else set()
        named, asked = asked_years(info)
        gap = question_gap(info.text) if not info.english else ("", "")
        measured = {(c.chunk.chunk_id, c.span.clause_start, c.span.clause_end): a.X[i, sem]
                    for i, c in enumerate(a.cands) if a.X.shape[1] > max(sem) and a.X[i, sem[1]]}
        ctxs: dict[int, Scored] = {}
        for c in a.cands:
            ctxs.setdefault(id(c.ctx), c)
        cands: list[Scored] = []
        for c in ctxs.values():
            c.ctx.local, c.ctx.best_local_sent, c.ctx.local_bigrams = local_weights(a.terms, c.ctx.text, qbi)
            dyear = (doc_years or {}).get(c.chunk.source) or doc_year(c.chunk.title)
            c.ctx.report_match = (1 if dyear == named else -1) if named and dyear else 0
            c.ctx.dyear, c.ctx.asked_years, c.ctx.memo = dyear, asked, {}  # no features of collection time
            for sp in passage_spans(c.chunk.text, *gap, with_names=info.qtype in ("who", "fact")):
                cands.append(Scored(c.chunk, sp, c.chunk.text[sp.start:sp.end], c.ctx, c.hit))
        if not cands:
            e.analysis = None
            continue
        a.cands = cands
        a.X = np.stack([span_features(info, a.terms, c.ctx, c.span, None, qchars, qbi, question_class(info.text), gap)
                        for c in cands])
        for i, c in enumerate(cands):
            v = measured.get((c.chunk.chunk_id, c.span.clause_start, c.span.clause_end))
            if v is not None:
                a.X[i, sem] = v
        if e.labels is not None:
            q = golds.get((e.source, e.qid))
            e.labels = np.array([span_label(q, c.text) for c in cands], dtype=np.float32) if q else None


def _document_years(specs: list[str]) -> dict[str, int]:
    from qa.engine import ReportQA
    from qa.retrieve.years import document_years

    out: dict[str, int] = {}
    for corpus, index_dir in dict.fromkeys(tuple(spec.split(":")[1:3]) for spec in specs):
        out.update(document_years(ReportQA.open(corpus=corpus, index_dir=index_dir).data.chunks))
    return out


def source_weight(source: str, weights: dict[str, float]) -> float:
    """The weight of a source's questions (``--weight SUBSTRING=W``; 1 when no substring matches)."""
    return next((w for key, w in weights.items() if key in source), 1.0)


def _ranking_groups(examples: list[Example], weights: dict[str, float] | None
                    ) -> tuple[list[np.ndarray], list[np.ndarray], list[float]]:
    """Each answerable question's allowed candidates (features, labels) and its source's weight."""
    Xs, ys, ws = [], [], []
    for e in examples:
        if e.labels is None or e.analysis is None:
            continue
        allowed = Extractor._allowed(e.info, e.analysis.cands, e.analysis.X)
        if not allowed.any():
            allowed[:] = True
        Xs.append(e.analysis.X[allowed].astype(np.float64))
        ys.append(e.labels[allowed])
        ws.append(source_weight(e.source, weights or {}))
    return Xs, ys, ws


def fit_lambdarank(examples: list[Example], seed: int = 0, weights: dict[str, float] | None = None,
                   n_trees: int = 400, grades: int = 4, top: int = 10) -> Trees:
    """Gradient-boosted trees that order each question's candidates (LightGBM LambdaRank on the label graded
    0..``grades``): the answer is the top span, so the loss that matters is the order at the top, not a
    regression of every candidate's F1 (2-fold CV on CMRC tune: containment 0.497 → 0.523, EM 0.217 → 0.266).
    The scores are then mapped linearly onto the label's scale (least squares over each question's ``top``
    candidates), so the citation margin and the abstainer's margin features keep their meaning."""
    import lightgbm as lgb

    Xs, ys, ws = _ranking_groups(examples, weights)
    keep = [i for i in range(len(Xs)) if len(ys[i]) > 1]  # a single candidate has no order to learn
    X = np.vstack([Xs[i] for i in keep])
    grade = np.concatenate([np.clip(np.round(ys[i] * grades), 0, grades).astype(int) for i in keep])
    w = np.concatenate([np.full(len(ys[i]), ws[i]) for i in keep])
    ranker = lgb.LGBMRanker(objective="lambdarank", n_estimators=n_trees, learning_rate=0.05, num_leaves=31,
                            max_depth=8, min_data_in_leaf=40, lambdarank_truncation_level=30, random_state=seed,
                            deterministic=True, num_threads=2, verbose=-1)
    ranker.fit(X, grade, group=[len(ys[i]) for i in keep], sample_weight=w)
    booster = ranker.booster_
    raw = [booster.predict(x) for x in Xs]
    tops = [np.argsort(-r)[:top] for r in raw]
    s = np.concatenate([r[t] for r, t in zip(raw, tops)])
    y = np.concatenate([yy[t] for yy, t in zip(ys, tops)])
    scale, offset = np.polyfit(s, y, 1)
    if scale <= 0:
        raise RuntimeError(f"ranker scores do not rise with the label (slope {scale:.3g})")
    trees = Trees.from_lightgbm(booster, float(scale), float(offset))
    sample = X[: min(len(X), 5000)]
    gap = float(np.abs(trees.predict(sample) - (scale * booster.predict(sample) + offset)).max())
    logger.info("lambdarank: %d trees, depth %d, %d questions, %d candidates; label ≈ %.3f·score %+.3f; "
                "numpy vs lightgbm max gap %.2e", len(trees.trees), trees.depth, len(keep), len(X), scale, offset, gap)
    if gap > 1e-6:
        raise RuntimeError(f"exported ranker disagrees with LightGBM ({gap:.2e})")
    return trees


def fit_forest(examples: list[Example], seed: int = 0, weights: dict[str, float] | None = None,
               n_trees: int = 150) -> Trees:
    """Gradient-boosted trees predicting each allowed candidate's label (F1 with the gold); every question
    weighs the same whatever its number of candidates (times its source's ``weights``)."""
    from sklearn.ensemble import HistGradientBoostingRegressor

    Xs, ys, qw = _ranking_groups(examples, weights)
    X, y = np.vstack(Xs), np.concatenate(ys)
    w = np.concatenate([np.full(len(yy), q / len(yy)) for yy, q in zip(ys, qw)])
    # shallow trees: evaluated per question at answer time, so their depth is latency
    gbm = HistGradientBoostingRegressor(max_iter=n_trees, learning_rate=0.1, max_depth=6, max_leaf_nodes=31,
                                        min_samples_leaf=40, random_state=seed).fit(X, y, sample_weight=w * len(Xs))
    trees = Trees.from_sklearn(gbm)
    sample = X[: min(len(X), 5000)]
    gap = float(np.abs(trees.predict(sample) - gbm.predict(sample)).max())
    logger.info("forest: %d trees, depth %d, %d candidates; numpy vs sklearn max gap %.2e", len(trees.trees), trees.depth,
                len(X), gap)
    if gap > 1e-6:
        raise RuntimeError(f"exported forest disagrees with scikit-learn ({gap:.2e})")
    return trees


def fit_abstainer(X: np.ndarray, y: np.ndarray, C: float, weights: np.ndarray | None = None) -> np.ndarray:
    """Logistic regression on the raw features (the "bias" feature, always 1, is the intercept). Not
    standardised on purpose: similarities of one embedder span a narrow range (e5: 0.75-0.92), and
    standardising turns that into a large weight that misreads any other embedder's similarities."""
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=C, fit_intercept=False, max_iter=5000).fit(X, y, sample_weight=weights)
    return clf.coef_[0].astype(np.float32)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m qa.evaluation.train_reader", description=__doc__.split("\n\n")[0])
    p.add_argument("--source", action="append", default=[], help="questions:corpus:index_dir[:split]")
    p.add_argument("--save-examples", default=None, help="pickle the collected examples (to refit the abstainer alone)")
    p.add_argument("--from-examples", default=None, help="skip collection: refit the abstainer on pickled examples")
    p.add_argument("--save-rows", default=None, help="pickle the abstainer's rows and out-of-fold probabilities (analysis)")
    p.add_argument("--refeature", action="store_true",
                   help="with --from-examples: recompute the span features with the current code first")
    p.add_argument("--max-per-source", type=int, default=1500)
    p.add_argument("--max-false", type=float, default=0.05, help="false abstention allowed on each tune source")
    p.add_argument("--pool", default=None, metavar="SUBSTRING",
                   help="sources whose spec contains SUBSTRING share one false-abstention budget (one group)")
    p.add_argument("--abstain-c", type=float, default=1.0, help="inverse L2 strength of the abstainer")
    p.add_argument("--threshold-rule", choices=("max-accuracy", "max-abstention"), default="max-abstention",
                   help="the threshold maximising the mean per-source accuracy, or the highest one (most abstention) "
                        "— both keep false abstention within --max-false on every source")
    p.add_argument("--weight-abstainer", action="store_true", help="apply the --weight source weights to the abstainer too")
    p.add_argument("--out", default=str(MODEL_PATH))
    p.add_argument("--ranker", choices=("lambdarank", "forest", "linear"), default="lambdarank")
    p.add_argument("--trees", type=int, default=None,
                   help="boosting rounds of the span ranker (default: 400 lambdarank, 150 forest)")
    p.add_argument("--ranker-folds", type=int, default=4,
                   help="fit the abstainer on the span ranker's out-of-fold scores (0: in-sample scores)")
    p.add_argument("--weight", action="append", default=[], metavar="SUBSTRING=W",
                   help="weigh the questions of sources whose spec contains SUBSTRING W times in the span ranker")
    p.add_argument("--margin-only", action="store_true",
                   help="with --from-examples: keep the model at --out and choose only its widening margin again "
                        "(after a change to where answers end)")
    args = p.parse_args(argv)
    weights = {k: float(v) for k, v in (w.rsplit("=", 1) for w in args.weight)}
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    import pickle

    if args.margin_only:
        return rechoose_margin(args.from_examples, args.out, args.ranker_folds,
                               lambda exs: fit_lambdarank(exs, weights=weights, n_trees=args.trees or 400))
    model = ReaderModel.default()
    if args.from_examples:
        with open(args.from_examples, "rb") as fh:
            saved = pickle.load(fh)
        examples, args.source = saved["examples"], saved["sources"]
        if args.refeature:  # documents' years as the extractor sees them (a header's date included)
            refeature(examples, _document_years(args.source))
        args.max_per_source = saved.get("max_per_source", args.max_per_source)
        model = ReaderModel(fit_ranker(examples), model.abstain_weights, model.threshold, "refit")
    for rnd in (() if args.from_examples else (1, 2)):  # round 1: a first ranker; round 2 refits on its candidates
        examples = []
        for src in args.source:
            limit = args.max_per_source if rnd == 2 else max(1, args.max_per_source // 2)
            examples += collect(src, model, limit, negatives=rnd == 2)
        w = fit_ranker(examples)
        model = ReaderModel(w, model.abstain_weights, model.threshold, f"round{rnd}")
        logger.info("round %d done: %d examples", rnd, len(examples))
    if args.ranker == "forest":
        args.trees = args.trees or 150
        model = ReaderModel(model.span_weights, model.abstain_weights, model.threshold, "forest",
                            trees=fit_forest(examples, weights=weights, n_trees=args.trees), cite_margin=0.15)
    elif args.ranker == "lambdarank":
        args.trees = args.trees or 400
        model = ReaderModel(model.span_weights, model.abstain_weights, model.threshold, "lambdarank",
                            trees=fit_lambdarank(examples, weights=weights, n_trees=args.trees), cite_margin=0.15)
    if args.save_examples and (args.refeature or not args.from_examples):
        with open(args.save_examples, "wb") as fh:
            pickle.dump({"examples": examples, "sources": args.source, "span_weights": model.span_weights,
                         "max_per_source": args.max_per_source}, fh)
    # abstainer on the last round's analyses, under the fitted ranker; its scores are out-of-fold (a ranker
    # fitted without the question's fold): in-sample ones are more confident than on new questions, and an
    # abstainer fitted on them abstains on too many new answerable questions
    def fold_of(e: Example) -> int:  # a question and its variants in one fold
        return question_fold(e, args.ranker_folds)

    scorer = {0: model}
    if args.ranker_folds > 1 and model.trees is not None:
        fit = fit_lambdarank if args.ranker == "lambdarank" else fit_forest
        for k in range(args.ranker_folds):
            trees = fit([e for e in examples if fold_of(e) != k], weights=weights, n_trees=args.trees)
            scorer[k] = ReaderModel(model.span_weights, model.abstain_weights, model.threshold, f"fold{k}",
                                    trees=trees, cite_margin=model.cite_margin)
    rows, ys, kept, bests = [], [], [], []
    dummy = Extractor([], {}, None, model)
    for e in examples:
        if e.analysis is None:
            continue
        qx, best = requestion(e, dummy, scorer.get(fold_of(e), model)) or (None, None)
        if qx is None:
            continue
        # df/rare-based features were computed with the real extractor inside analyse: keep those
        for name, v in e.df_features.items():
            qx[QUESTION_FEATURES.index(name)] = v
        label = int(e.answerable and e.evidence_retrieved)
        kept.append(e)
        bests.append(best)
        rows.append(np.concatenate([qx, e.analysis.X[best]]))
        ys.append(label)
    Xa, yq = np.stack(rows), np.array(ys)
    Xq = Xa[:, :len(QUESTION_FEATURES)]
    sw = np.array([source_weight(e.source, weights) for e in kept]) if args.weight_abstainer else None
    aw = fit_abstainer(Xa, yq, args.abstain_c, sw)
    # The threshold is chosen on out-of-fold probabilities (4 folds, a question and its variants in one fold):
    # in-sample ones are optimistic, so a threshold set on them abstains on more new answerable questions.
    folds = np.array([question_fold(e, 4) for e in kept])
    probs = np.zeros(len(yq))
    for k in range(4):
        tr = folds != k
        w_k = fit_abstainer(Xa[tr], yq[tr], args.abstain_c, None if sw is None else sw[tr])
        probs[~tr] = 1 / (1 + np.exp(-(Xa[~tr] @ w_k)))
    # One threshold for every source (qa.evaluation.abstain_threshold), real questions only (not the variants)
    srcs = sorted({e.source for e in kept})
    correct_if_answered = np.array([bool(e.answerable and e.labels is not None and e.labels[b] >= 0.5)
                                    for e, b in zip(kept, bests)])
    is_answerable = np.array([e.answerable for e in kept])
    src_of = np.array([srcs.index(e.source) if e.variant == "asked" else -1 for e in kept])
    threshold, best_acc = choose_threshold(probs, src_of, srcs, is_answerable, correct_if_answered, args.max_false,
                                           args.threshold_rule, args.pool)
    if args.save_rows:
        with open(args.save_rows, "wb") as fh:
            pickle.dump({"keys": [(e.source, e.qid, e.variant) for e in kept], "bests": bests, "X": Xa, "y": yq,
                         "probs": probs, "correct": correct_if_answered, "srcs": srcs, "src_of": src_of}, fh)
    at_threshold = {name: {k: round(v, 4) for k, v in source_table(probs, threshold, src_of, is_answerable,
                                                                     correct_if_answered, src_of == s).items()}
                    for s, name in enumerate(srcs)}
    curve = []
    for t in np.arange(0.05, 0.95, 0.05):
        keep = probs >= t
        curve.append({"threshold": round(float(t), 2), "coverage": round(float(keep.mean()), 4),
                      "precision": round(float(yq[keep].mean()) if keep.any() else 1.0, 4)})
    notes = {
        "trained_on": args.source, "max_per_source": args.max_per_source,
        "ranker_questions": int(sum(1 for e in examples if e.labels is not None)),
        "abstainer_examples": int(len(yq)), "abstainer_positives": int(yq.sum()),
        "threshold_rule": (("highest threshold" if args.threshold_rule == "max-abstention" else
                            "max mean per-source tune accuracy") + f" with false abstention <= {args.max_false} on "
                           "each source" + (f" (sources containing {args.pool!r} pooled)" if args.pool else "")
                           + " (out-of-fold probabilities, 4 folds)"),
        "tune_mean_accuracy_at_threshold": round(best_acc, 4),
        "tune_at_threshold_out_of_fold": at_threshold,
        "precision_coverage_tune": curve,
        "span_top1_f1_tune": round(float(np.mean([e.labels[requestion(e, dummy, model)[1]]
                                                  for e in examples if e.labels is not None])), 4),
    }
    margins = choose_expand_margins(examples, lambda e: scorer.get(fold_of(e), model))
    notes.update(margin_notes(margins))
    notes["ranker"] = args.ranker
    notes["abstainer"] = f"logistic regression on question + best-span features, C={args.abstain_c}"
    # keyword-only answers (vectors still embedding, or no embedder) have no similarity: the abstainer then sees
    # the typical (median) value of a question instead of a 0 it never saw in training
    impute = {n: round(float(np.median(Xq[:, QUESTION_FEATURES.index(n)])), 4) for n in ("best_sem", "top_dense_sim")}
    notes["trees"] = args.trees
    notes["abstainer_ranker_scores"] = (f"out-of-fold ({args.ranker_folds} folds)" if args.ranker_folds > 1
                                        else "in-sample")
    if weights:
        notes["source_weights"] = weights
        notes["abstainer_source_weights"] = bool(args.weight_abstainer)
    fitted = model.trees is not None
    final = ReaderModel(model.span_weights, aw, threshold, "fitted", notes, model.trees, model.cite_margin, impute,
                        margins["report"][0] if fitted else 0.0, margins["article"][0] if fitted else None)
    final.save(args.out)
    logger.info("wrote %s (threshold %.2f): %s", args.out, threshold, json.dumps({k: v for k, v in notes.items()
                                                                                  if k != "precision_coverage_tune"}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
