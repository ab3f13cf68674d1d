"""The eval set (tests/eval/report_eval.jsonl) through the real engine, with quality floors.

Floors sit a little under what the engine reaches today; raise them as it improves. The table is printed
(visible with ``-s``) and included in the failure message.
"""
from __future__ import annotations

import pytest

from conftest import EVAL_FILE
from qa.evaluation.evaluate import evaluate, load_questions

pytestmark = pytest.mark.integration

# The seed set. The learned reader (issue 8) reaches 0.939 / 1.0 / 0.625 / 0.0 here; the hand-set rules it
# replaced reached 0.922 / 0.970 / 0.875 / 0.020 on this set, being tuned on it, and generalised much worse
# (docs/benchmarks.md, "Reader"). The lower accuracy and abstention floors are that trade, not a target.
FLOORS = {
    "answer_accuracy": (">=", 0.92),
    "evidence@3": (">=", 0.95),
    "abstention_unanswerable": (">=", 0.6),
    "false_abstention": ("<=", 0.03),
}
# A report written after the rules were tuned (tests/heldout); the learned reader reaches 0.821 / 1.0 / 0.6 / 0.0.
HELDOUT_FLOORS = {
    "answer_accuracy": (">=", 0.78),
    "evidence@3": (">=", 0.90),
    "abstention_unanswerable": (">=", 0.60),
    "false_abstention": ("<=", 0.05),
}


def _check(overall: dict, floors: dict) -> list[str]:
    failed = []
    for key, (op, floor) in floors.items():
        value = overall[key]
        ok = value is not None and (value >= floor if op == ">=" else value <= floor)
        if not ok:
            failed.append(f"{key} = {value} (floor {op} {floor})")
    return failed


def test_heldout_report_floors(tmp_path):
    from pathlib import Path

    from qa import ReportQA

    here = Path(__file__).parent / "heldout"
    engine = ReportQA.open(corpus=str(here / "corpus"), index_dir=str(tmp_path / "index"))
    report = evaluate(load_questions(here / "questions.jsonl"), engine.ask)
    print("\n" + report.table())
    failed = _check(report.overall.as_dict(), HELDOUT_FLOORS)
    assert not failed, "held-out eval below floor: " + "; ".join(failed) + "\n" + report.table()


def test_eval_floors(seed_engine):
    questions = load_questions(EVAL_FILE)
    assert len(questions) >= 60
    report = evaluate(questions, seed_engine.ask)
    overall = report.overall.as_dict()
    misses = [f"  {r['id']} [{r['type']}] {r['question']} -> {r['answer'][:60]}" for r in report.rows if not r["correct"]]
    table = report.table() + "\n\nmissed:\n" + "\n".join(misses)
    print("\n" + table)
    failed = []
    for key, (op, floor) in FLOORS.items():
        value = overall[key]
        ok = value is not None and (value >= floor if op == ">=" else value <= floor)
        if not ok:
            failed.append(f"{key} = {value} (floor {op} {floor})")
    assert not failed, "eval below floor: " + "; ".join(failed) + "\n" + table
    # Chinese answers are concise (issue: median ≤ 120 characters)
    zh = sorted(len(r["answer"]) for r in report.rows if r["type"] != "en" and not r["abstained"])
    assert zh[len(zh) // 2] <= 120, zh
