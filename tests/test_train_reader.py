"""``refeature``: saved training examples are brought up to the current question analysis, candidates, labels
and features, keeping the similarity measured per clause (pure logic: no model, no index)."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from qa.answer.extract import Extractor
from qa.answer.features import SPAN_FEATURES
from qa.answer.question import analyze
from qa.evaluation.train_reader import Example, refeature, training_questions
from qa.ingest.chunking import Chunk
from qa.retrieve.search import Hit


def test_refeature_adds_new_candidates_with_labels_and_keeps_similarity(tmp_path: Path) -> None:
    text = "一年来，外交工作成果丰硕。成功举办亚太经合组织第二十二次领导人非正式会议，影响深远。"
    chunk = Chunk("c1", "r.txt", text, 0, len(text), ("一、回顾",), "paragraph", 0, "2015年政府工作报告")
    question = "2014年我国成功举办的是亚太经合组织第几次领导人非正式会议?"
    qfile = tmp_path / "q.jsonl"
    qfile.write_text(json.dumps({"id": "q1", "type": "fact", "question": question, "answers": ["第二十二次"]},
                                ensure_ascii=False) + "\n", encoding="utf-8")
    info = analyze(question)
    a = Extractor([chunk], {"外交": 1}, None).analyse(info, [Hit(chunk, 1.0)], None)
    assert a is not None
    # as collected by older code: no ordinal candidate, and a similarity measured for the candidates' clause
    keep = [i for i, c in enumerate(a.cands) if c.text != "第二十二次"]
    a.cands, a.X = [a.cands[i] for i in keep], a.X[keep]
    sem, known = SPAN_FEATURES.index("sem_rel"), SPAN_FEATURES.index("sem_known")
    clause_of = {(c.span.clause_start, c.span.clause_end) for c in a.cands if "二十二次" in c.text}
    for i, c in enumerate(a.cands):
        if (c.span.clause_start, c.span.clause_end) in clause_of:
            a.X[i, sem], a.X[i, known] = -0.25, 1.0
    labels = np.zeros(len(a.cands), dtype=np.float32)
    e = Example(str(qfile), "q1", "fact", True, "asked", a, labels, True, info)
    refeature([e])
    texts = [c.text for c in e.analysis.cands]
    assert "第二十二次" in texts
    i = texts.index("第二十二次")
    assert e.labels is not None and len(e.labels) == len(texts) and e.labels[i] == 1.0
    assert e.analysis.X.shape == (len(texts), len(SPAN_FEATURES))
    assert e.analysis.X[i, sem] == -0.25 and e.analysis.X[i, known] == 1.0  # its clause's similarity
    other = [j for j, c in enumerate(e.analysis.cands) if (c.span.clause_start, c.span.clause_end) not in clause_of]
    assert other and all(e.analysis.X[j, known] == 0.0 for j in other)


def test_lambdarank_ranker_orders_candidates_and_exports_to_numpy_trees() -> None:
    """The ranker learns which candidate is best from graded labels; the exported arrays reproduce LightGBM
    (checked inside ``fit_lambdarank``), survive JSON, and score on the label's scale."""
    from types import SimpleNamespace

    from qa.answer.reader import Trees
    from qa.evaluation.train_reader import fit_lambdarank

    rng = np.random.default_rng(0)
    info = analyze("这种水果是什么?")
    signal, noise = SPAN_FEATURES.index("lex_clause"), SPAN_FEATURES.index("rank_recip")

    def group() -> tuple[np.ndarray, np.ndarray]:
        X = np.zeros((12, len(SPAN_FEATURES)))
        X[:, signal], X[:, noise] = rng.random(12), rng.random(12)
        labels = np.zeros(12, dtype=np.float32)
        labels[int(np.argmax(X[:, signal]))] = 1.0  # the candidate with most of the signal is the answer
        return X, labels

    examples = []
    for k in range(300):
        X, labels = group()
        a = SimpleNamespace(cands=[None] * len(X), X=X)
        examples.append(Example("synthetic", f"q{k}", "fact", True, "asked", a, labels, True, info))
    trees = fit_lambdarank(examples, n_trees=40)
    trees = Trees.from_json(json.loads(json.dumps(trees.to_json())))
    hits, right, wrong = 0, [], []
    for _ in range(50):
        X, labels = group()
        scores = trees.predict(X)
        hits += labels[int(np.argmax(scores))] == 1.0
        right += list(scores[labels == 1.0])
        wrong += list(scores[labels == 0.0])
    assert hits >= 40  # a ranker that ignored the signal would be right about 4 times in 50
    # on the label's scale (0..1), not LightGBM's raw units: answers score well above the rest, within [-1, 2]
    assert float(np.mean(right)) - float(np.mean(wrong)) > 0.2
    assert -1.0 < min(wrong) and max(right) < 2.0


def test_threshold_keeps_false_abstention_within_budget_per_group() -> None:
    """Two small report sets and a large reading set: each set alone, or the report sets pooled, must keep false
    abstention at or below the budget; pooling lets the threshold rise when one small set is unlucky."""
    from qa.evaluation.abstain_threshold import choose_threshold, source_table

    srcs = ["cmrc", "report_a", "report_b"]
    # report_a: 20 answerable, two of them scored low (0.12, 0.2); report_b: 20 answerable at 0.5, 10 unanswerable at 0.3
    probs = np.array([0.6] * 40 + [0.12, 0.2] + [0.5] * 18 + [0.5] * 20 + [0.3] * 10)
    src_of = np.array([0] * 40 + [1] * 20 + [2] * 30)
    answerable = np.array([True] * 80 + [False] * 10)
    correct = answerable.copy()
    t, acc = choose_threshold(probs, src_of, srcs, answerable, correct, max_false=0.05)
    assert 0.12 < t <= 0.2  # report_a alone: one of 20 abstained is 5%, two would be 10%
    assert source_table(probs, t, src_of, answerable, correct, src_of == 1)["false_abstention"] <= 0.05
    pooled, _ = choose_threshold(probs, src_of, srcs, answerable, correct, max_false=0.05, pool="report")
    assert pooled > 0.3  # two of the 40 pooled report questions abstained on is 5%
    table = source_table(probs, pooled, src_of, answerable, correct, src_of == 2)
    assert table["abstention_unanswerable"] == 1.0 and table["false_abstention"] == 0.0
    assert source_table(probs, t, src_of, answerable, correct, src_of == 2)["abstention_unanswerable"] == 0.0
    _, best = choose_threshold(probs, src_of, srcs, answerable, correct, max_false=0.0, rule="max-accuracy")
    assert 0 < best <= 1


def test_training_questions_leave_out_the_split_and_rows_near_heldout(tmp_path: Path) -> None:
    rows = [{"id": "a", "split": "tune"}, {"id": "b", "split": "tune", "near_heldout": True},
            {"id": "c", "split": "heldout"}, {"id": "d", "split": "tune", "near_heldout": False}]
    qfile = tmp_path / "q.jsonl"
    q = {"type": "number", "question": "南湖有多少座桥?", "answers": ["12座"]}
    qfile.write_text("".join(json.dumps({**r, **q}) + "\n" for r in rows), encoding="utf-8")
    assert [q["id"] for q in training_questions(str(qfile), "tune")] == ["a", "d"]
    assert [q["id"] for q in training_questions(str(qfile))] == ["a", "c", "d"]


def _stump(feature: int, threshold: float, low: float, high: float) -> dict[str, np.ndarray]:
    """A one-split tree: ``low`` when x[feature] <= threshold, else ``high``."""
    return {"feature": np.array([feature, 0, 0]), "threshold": np.array([threshold, 0.0, 0.0]),
            "left": np.array([1, 0, 0]), "right": np.array([2, 0, 0]),
            "is_leaf": np.array([False, True, True]), "value": np.array([0.0, low, high])}


def test_blended_trees_predict_the_weighted_mean_and_the_reader_keeps_its_parts(tmp_path: Path) -> None:
    """``Trees.blend`` is the weighted mean of two rankers (any weight, trees of different depths); a blended
    reader takes the refit's abstainer and the base's widening margins, and refuses a weight outside [0, 1]."""
    import pytest

    from qa.answer.reader import ReaderModel, Trees
    from qa.evaluation.blend_reader import blend

    a = Trees(0.1, [_stump(0, 0.5, -1.0, 1.0), _stump(1, 0.2, 0.0, 2.0)], 2)
    b = Trees(-0.3, [_stump(2, 0.7, 3.0, -3.0)], 2)
    X = np.random.default_rng(3).random((40, len(SPAN_FEATURES)))
    for w in (0.0, 0.25, 0.5, 1.0):
        assert np.allclose(a.blend(b, w).predict(X), (1 - w) * a.predict(X) + w * b.predict(X))
    deep = Trees(0.0, [{"feature": np.array([0, 1, 0, 0, 0]), "threshold": np.array([0.5, 0.5, 0, 0, 0]),
                        "left": np.array([1, 3, 0, 0, 0]), "right": np.array([2, 4, 0, 0, 0]),
                        "is_leaf": np.array([False, False, True, True, True]),
                        "value": np.array([0.0, 0.0, 5.0, 1.0, 2.0])}], 3)
    assert np.allclose(a.blend(deep, 0.5).predict(X), 0.5 * a.predict(X) + 0.5 * deep.predict(X))

    n_q = len(ReaderModel.default().abstain_weights)
    base = ReaderModel(np.zeros(len(SPAN_FEATURES)), np.zeros(n_q), 0.05, "base", {}, a, 0.15, {}, 0.02, 0.04)
    refit = ReaderModel(np.ones(len(SPAN_FEATURES)), np.full(n_q, 0.5), 0.08, "refit", {"trained_on": ["x"]}, b,
                        0.15, {"best_sem": 0.9}, 0.03, 0.06)
    m = blend(base, refit, 0.5, threshold=0.05)
    assert m.threshold == 0.05 and m.notes["threshold_chosen_by_rule"] == 0.08
    assert np.array_equal(m.abstain_weights, refit.abstain_weights) and m.impute == {"best_sem": 0.9}
    assert (m.expand_margin, m.expand_margin_article) == (0.02, 0.04)
    assert np.allclose(m.span_logits(X), 0.5 * a.predict(X) + 0.5 * b.predict(X))
    m.save(tmp_path / "r.json")
    assert np.allclose(ReaderModel.load(tmp_path / "r.json").span_logits(X), m.span_logits(X), atol=1e-5)
    assert blend(base, refit, 0.5).threshold == 0.08
    with pytest.raises(ValueError):
        blend(base, refit, 1.5)
