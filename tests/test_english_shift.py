"""The English questions' log-odds shift: applied to English questions only, stored with the model, fitted as the
lower middle of the best run of the grid (thirty-fifth pass)."""
from __future__ import annotations

import math

import numpy as np

from qa.answer.features import QUESTION_FEATURES
from qa.answer.reader import ReaderModel
from qa.evaluation.english_shift import english_rows, fit, right_at


def _model(shift: float) -> ReaderModel:
    w = np.zeros(len(QUESTION_FEATURES), dtype=np.float32)
    w[QUESTION_FEATURES.index("bias")] = math.log(0.03 / 0.97)  # P(answered) 0.03 before any shift
    return ReaderModel(np.zeros(3, dtype=np.float32), w, 0.05, english_shift=shift)


def test_the_shift_moves_english_questions_only_and_is_saved(tmp_path) -> None:
    q = np.zeros(len(QUESTION_FEATURES), dtype=np.float32)
    q[QUESTION_FEATURES.index("bias")] = 1.0
    assert abs(_model(1.0).p_answerable(q) - 0.03) < 1e-6  # a Chinese question: unchanged
    q[QUESTION_FEATURES.index("english")] = 1.0
    p = _model(1.0).p_answerable(q)
    assert abs(math.log(p / (1 - p)) - (math.log(0.03 / 0.97) + 1.0)) < 1e-5 and p > 0.05
    _model(0.75).save(tmp_path / "m.json")
    assert ReaderModel.load(tmp_path / "m.json").english_shift == 0.75


def test_the_shift_is_fitted_on_english_rows_at_threshold_zero() -> None:
    def row(q: str, typ: str, conf: float, correct: bool, abstained: bool = False) -> dict:
        return {"question": q, "type": typ, "confidence": conf, "correct": correct, "abstained": abstained}
    results = [{"rows": [row("How much was spent?", "number", 0.03, True), row("What rate?", "number", 0.04, True),
                         row("Who won?", "unanswerable", 0.01, False), row("多少钱？", "number", 0.03, True),
                         row("How many?", "unanswerable", 0.0, True, abstained=True)]}]
    rows = english_rows(results)
    assert len(rows) == 4  # the Chinese row is left out
    assert right_at(rows, 0.0, 0.05) == 2  # both unanswerable abstained, both answerable under the threshold
    shift, table = fit(rows, 0.05)
    assert table[shift] == 4 and right_at(rows, shift, 0.05) == 4
    assert [s for s, n in table.items() if n == 4] == [0.75, 1.0, 1.25, 1.5] and shift == 1.0  # its lower middle


def test_the_shift_the_results_were_run_with_is_taken_off() -> None:
    results = [{"rows": [{"question": "How much?", "type": "number", "confidence": 1 / (1 + math.exp(-1.0)),
                          "correct": True, "abstained": False}]}]
    (_, p, _, _), = english_rows(results, applied=1.0)
    assert abs(p - 0.5) < 1e-9  # logit 1.0 run with a shift of 1.0: 0 before it
    (_, p0, _, _), = english_rows(results)
    assert p0 > 0.7
