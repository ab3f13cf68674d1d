"""Sanity checks for tests/eval/reports_fresh3.jsonl: 150 tune questions (``h5_``) over the 13 shared reports,
written by a helper that read only the reports and the format (not ``qa/``, not the other sets), measured once
before any change it prompted (0.733): numbers (levels, growth rates, targets vs outcomes, five-year reviews),
short facts, outline lists, questions in English, and near-miss unanswerable questions (an indicator, year,
province or detail the named report does not give). The per-row checks skip when the corpus is not found."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from conftest import load_jsonl
import test_reports_eval_set as main_set
from test_reports_eval_set import _norm, assert_set_row, duplicate_ids, near_heldout_ids

corpus = main_set.corpus

EVAL_DIR = Path(__file__).resolve().parent / "eval"
QUESTIONS = load_jsonl(EVAL_DIR / "reports_fresh3.jsonl")
OTHERS = load_jsonl(EVAL_DIR / "reports_eval.jsonl") + load_jsonl(EVAL_DIR / "reports_extra.jsonl")
FRESH = load_jsonl(EVAL_DIR / "reports_fresh.jsonl") + load_jsonl(EVAL_DIR / "reports_fresh2.jsonl")


def test_counts_and_coverage() -> None:
    types = Counter(q["type"] for q in QUESTIONS)
    assert len(QUESTIONS) == 150 and types["en"] >= 30 and types["unanswerable"] >= 25 and types["fact"] >= 25, types
    assert len({q["doc"][:4] for q in QUESTIONS}) == 13
    per_doc = Counter(q["doc"] for q in QUESTIONS)
    assert min(per_doc.values()) >= 9, per_doc
    assert all(q.get("split") == "tune" for q in QUESTIONS)


def test_ids_unique_and_new() -> None:
    assert not duplicate_ids(QUESTIONS)
    ids = {q["id"] for q in QUESTIONS}
    assert ids == {f"h5_{i:03d}" for i in range(1, 151)}
    assert not ids & {q["id"] for q in OTHERS + FRESH}
    held = {_norm(q["question"]) for q in OTHERS if q.get("split") == "heldout"}
    assert not [q["id"] for q in QUESTIONS if _norm(q["question"]) in held]
    # near_heldout keeps the trainer off a held-out question's passage (train_reader skips those rows)
    assert {q["id"] for q in QUESTIONS if q.get("near_heldout") is True} == near_heldout_ids(QUESTIONS, OTHERS)


@pytest.mark.parametrize("q", QUESTIONS, ids=lambda q: str(q.get("id")))
def test_row_is_well_formed_and_found_in_its_report(q: dict, corpus: Path) -> None:
    assert_set_row(q, corpus)
