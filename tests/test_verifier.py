"""The verifier: a second check of the answer the engine gives, its threshold, its file and where it applies."""
from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from qa.answer.answer_evidence import EVIDENCE_FEATURES
from qa.answer.features import QUESTION_FEATURES, SPAN_FEATURES
from qa.answer.reader import ReaderModel, Trees, verifier_row
from qa.evaluation.train_verifier import choose_threshold
from test_extract import QINGHE, BigramEmbeddings, Corpus

N_ROW = len(QUESTION_FEATURES) + len(SPAN_FEATURES) + 2 + len(EVIDENCE_FEATURES)
NO_EVIDENCE = np.zeros(len(EVIDENCE_FEATURES))
LOG_ODDS = len(QUESTION_FEATURES) + len(SPAN_FEATURES)


def constant_trees(value: float) -> Trees:
    """A forest whose raw output is ``value`` for every row (one leaf)."""
    leaf = {k: np.asarray(v, dtype=t) for (k, v), t in zip(
        {"feature": [0], "threshold": [0.0], "left": [0], "right": [0], "is_leaf": [True], "value": [0.0]}.items(),
        (np.int64, np.float64, np.int64, np.int64, bool, np.float64))}
    return Trees(value, [leaf], 1)


def test_threshold_takes_the_most_answers_made_right_minus_wrong():
    p = np.array([0.1, 0.2, 0.3, 0.45, 0.6, 0.9])
    answerable = np.array([False, False, True, False, True, True])
    correct = np.array([False, False, True, False, True, True])
    t, table = choose_threshold(p, answerable, correct, grid=(0.15, 0.25, 0.4, 0.5, 0.7))
    # 0.25: +2 −0 (net 2); 0.5: +3 −1, a false abstention (net 1.5)
    assert t == 0.25
    row = next(r for r in table if r["threshold"] == 0.5)
    assert (row["gained"], row["lost"], row["withdrawn"]) == (3, 1, 4)


def test_threshold_counts_a_wrong_answer_withdrawn_as_neither_gain_nor_loss():
    p = np.array([0.1, 0.2])
    answerable = np.array([True, False])
    correct = np.array([False, False])
    t, table = choose_threshold(p, answerable, correct, grid=(0.15, 0.3))
    assert t == 0.3
    assert table[0]["answerable_wrong_withdrawn"] == 1 and table[0]["gained"] == 0


def test_no_threshold_when_nothing_is_gained():
    p = np.array([0.1, 0.9])
    t, _ = choose_threshold(p, np.array([True, True]), np.array([True, True]), grid=(0.2, 0.5))
    assert t == 0.0


def test_verifier_row_has_the_log_odds_score_evidence_and_no_missing_values():
    q = np.full(len(QUESTION_FEATURES), np.nan)
    evidence = np.arange(len(EVIDENCE_FEATURES), dtype=float)
    row = verifier_row(q, np.zeros(len(SPAN_FEATURES)), 1.0, 2.5, evidence)
    assert row.shape == (N_ROW,) and np.isfinite(row).all()
    assert row[LOG_ODDS + 1] == 2.5 and row[LOG_ODDS] == pytest.approx(np.log((1 - 1e-4) / 1e-4))
    assert list(row[LOG_ODDS + 2:]) == list(evidence)
    zeros = verifier_row(np.zeros(len(QUESTION_FEATURES)), np.zeros(len(SPAN_FEATURES)), 0.5, 0.0, NO_EVIDENCE)
    assert zeros[LOG_ODDS] == 0.0


def test_model_file_keeps_the_verifier(tmp_path):
    m = dataclasses.replace(ReaderModel.default(), verifier=constant_trees(-2.0), verify_threshold=0.35,
                            verifier_notes={"answers": 3})
    path = tmp_path / "reader.json"
    m.save(path)
    back = ReaderModel.load(path)
    assert back.verify_threshold == 0.35 and back.verifier_notes == {"answers": 3}
    q, s = np.zeros(len(QUESTION_FEATURES)), np.zeros(len(SPAN_FEATURES))
    assert back.p_answer_stands(q, s, 0.5, 1.0, NO_EVIDENCE) == pytest.approx(1 / (1 + np.exp(2.0)))
    assert ReaderModel.default().p_answer_stands(q, s, 0.5, 1.0, NO_EVIDENCE) == 1.0  # no verifier: all stand


def test_a_verifier_fitted_on_other_evidence_features_is_not_used(tmp_path):
    import json

    m = dataclasses.replace(ReaderModel.default(), verifier=constant_trees(-2.0), verify_threshold=0.35)
    path = tmp_path / "reader.json"
    m.save(path)
    d = json.loads(path.read_text(encoding="utf-8"))
    d["verifier"]["evidence_features"] = d["verifier"]["evidence_features"][:-1]
    path.write_text(json.dumps(d), encoding="utf-8")
    back = ReaderModel.load(path)
    assert back.verifier is None  # a row of another length would read the wrong columns


def test_lightgbm_binary_export_gives_the_raw_log_odds():
    lgb = pytest.importorskip("lightgbm")
    rng = np.random.default_rng(0)
    X = rng.normal(size=(400, 6))
    y = (X[:, 0] + 0.5 * X[:, 1] ** 2 + rng.normal(scale=0.5, size=400) > 0.4).astype(int)
    clf = lgb.LGBMClassifier(n_estimators=30, num_leaves=5, verbose=-1).fit(X, y)
    trees = Trees.from_lightgbm(clf.booster_)
    np.testing.assert_allclose(trees.predict(X), clf.predict(X, raw_score=True), atol=1e-6)


def test_bagged_fits_export_as_one_forest_of_their_mean_log_odds():
    pytest.importorskip("lightgbm")
    from qa.evaluation.train_verifier import bagged, mean_log_odds, one_forest

    rng = np.random.default_rng(1)
    X = rng.normal(size=(300, 5))
    y = (X[:, 0] - X[:, 2] + rng.normal(scale=0.7, size=300) > 0).astype(int)
    models = bagged(X, y, trees=20, leaves=5, seeds=3)
    single = [m.predict_proba(X, raw_score=True) for m in models]
    assert not np.allclose(single[0], single[1])  # the seeds differ
    np.testing.assert_allclose(one_forest(models).predict(X), mean_log_odds(models, X), atol=1e-6)
    np.testing.assert_allclose(mean_log_odds(models, X), np.mean(single, axis=0))


@pytest.fixture()
def qinghe():
    return Corpus(QINGHE, "qinghe.txt", embeddings=BigramEmbeddings())


QUESTION = "全年新建省级工程技术研究中心多少家?"


def test_a_report_answer_the_verifier_rejects_is_withdrawn(qinghe):
    ex = qinghe.extractor
    ex.TOPIC_DOC_MAX = 0  # the made-up report read as a long one (the verifier checks reports, not articles)
    assert "12家" in qinghe.ask(QUESTION).answer
    ex.model = dataclasses.replace(ex.model, verifier=constant_trees(-5.0), verify_threshold=0.5)
    assert qinghe.ask(QUESTION).abstained
    ex.model = dataclasses.replace(ex.model, verifier=constant_trees(5.0))
    assert "12家" in qinghe.ask(QUESTION).answer


def test_a_short_article_is_not_checked(qinghe):
    ex = qinghe.extractor
    ex.model = dataclasses.replace(ex.model, verifier=constant_trees(-5.0), verify_threshold=0.5)
    assert "12家" in qinghe.ask(QUESTION).answer


def test_the_shipped_verifier_was_fitted_on_tune_questions_only():
    from pathlib import Path

    from qa.evaluation.evaluate import load_questions, select

    m = ReaderModel.load()
    assert m.verifier is not None and 0.0 < m.verify_threshold < 1.0
    root = Path(__file__).resolve().parents[1]
    sources = m.verifier_notes["sources"]
    assert len(sources) >= 20
    for spec in sources:
        path, _corpus, _index, *split = spec.split(":")
        questions = select(load_questions(root / path), split[0] if split else None)
        assert questions and all(q.get("split") != "heldout" for q in questions), spec


def test_a_keyword_only_answer_is_not_checked():
    corpus = Corpus(QINGHE, "qinghe.txt")  # no embedder: no question vector (bm25 mode, vectors still embedding)
    ex = corpus.extractor
    ex.TOPIC_DOC_MAX = 0
    ex.model = dataclasses.replace(ex.model, verifier=constant_trees(-5.0), verify_threshold=0.5)
    assert "12家" in corpus.ask(QUESTION).answer
