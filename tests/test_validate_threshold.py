"""The abstention threshold re-chosen from a threshold-0 run: any threshold's outcome follows from the rows."""
from __future__ import annotations

import json

import pytest

from qa.evaluation.validate_threshold import choose, curve, main


def _row(kind: str, p: float, correct: bool = True, abstained: bool = False) -> dict:
    return {"type": kind, "confidence": p, "correct": correct, "abstained": abstained}


ROWS = [_row("number", 0.9), _row("number", 0.5), _row("fact", 0.035),  # right answers, one weak
        _row("fact", 0.02, correct=False),  # a wrong weak answer: abstaining on it costs nothing
        _row("number", 0.0, correct=False, abstained=True),  # a hard rule abstained: stays abstained
        _row("unanswerable", 0.03, correct=False), _row("unanswerable", 0.2, correct=False)]


def test_curve_follows_each_threshold_from_the_probabilities() -> None:
    by = {p.threshold: p for p in curve(ROWS)}
    assert by[0.0].accuracy == pytest.approx(3 / 7)  # 3 right answers, no unanswerable abstained
    assert by[0.0].false_abstention == pytest.approx(1 / 5)  # the hard rule's
    assert by[0.03].accuracy == pytest.approx(3 / 7)  # the wrong answer dropped: not counted either way
    assert by[0.04].accuracy == pytest.approx(3 / 7)  # one right answer lost, one unanswerable gained
    assert by[0.04].unanswerable_abstained == pytest.approx(0.5)
    assert by[0.21].accuracy == pytest.approx(4 / 7)  # weak right answer lost, both unanswerable abstained


def test_choose_takes_the_highest_of_the_best_accuracy() -> None:
    pick = choose(curve(ROWS))
    assert pick.accuracy == pytest.approx(4 / 7)
    assert pick.threshold == 0.30  # 0.21 … 0.30 tie: the one that abstains most
    assert choose(curve([_row("number", 0.5), _row("unanswerable", 0.01)])).threshold == 0.30


def test_main_writes_the_threshold_and_keeps_the_fitted_one(tmp_path) -> None:
    run = tmp_path / "run.json"
    run.write_text(json.dumps({"rows": ROWS}), encoding="utf-8")
    model = tmp_path / "reader.json"
    model.write_text(json.dumps({"threshold": 0.05, "notes": {"threshold_rule": "fitted"}}), encoding="utf-8")
    assert main([str(run), "--write", str(model)]) == 0
    got = json.loads(model.read_text(encoding="utf-8"))
    assert got["threshold"] == 0.30
    assert got["notes"]["threshold_fitted"] == {"threshold": 0.05, "rule": "fitted"}
    assert got["notes"]["threshold_validation"]["questions"] == len(ROWS)


def test_runs_without_unanswerable_questions_are_refused(tmp_path) -> None:
    run = tmp_path / "run.json"
    run.write_text(json.dumps({"rows": [_row("number", 0.5)]}), encoding="utf-8")
    with pytest.raises(SystemExit, match="no unanswerable"):
        main([str(run)])
