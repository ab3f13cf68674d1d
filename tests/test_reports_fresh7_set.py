"""Sanity checks for tests/eval/reports_fresh7.jsonl: 150 questions (``h9_``) over the 13 shared reports, written in
the twenty-sixth pass by a helper that read only the reports, the format and the other sets' rows (not ``qa/``, not
any result), measured once before any change (0.713) and then kept for tuning (split ``tune``): numbers, short facts,
outline lists, English questions and near-miss unanswerable questions. The per-row checks skip when the corpus is not
found."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import load_jsonl
import test_reports_eval_set as main_set
from test_reports_eval_set import assert_ids_new, assert_mix, assert_set_row, near_heldout_ids

corpus = main_set.corpus

EVAL_DIR = Path(__file__).resolve().parent / "eval"
QUESTIONS = load_jsonl(EVAL_DIR / "reports_fresh7.jsonl")
OTHERS = [q for name in ("reports_eval", "reports_extra", "reports_fresh", "reports_fresh2", "reports_fresh3",
                         "reports_fresh4", "reports_fresh5", "reports_fresh6")
          for q in load_jsonl(EVAL_DIR / f"{name}.jsonl")]


def test_counts_and_coverage() -> None:
    assert_mix(QUESTIONS, "tune")


def test_ids_unique_and_new() -> None:
    assert_ids_new(QUESTIONS, "h9_", OTHERS)
    # near_heldout keeps a trainer off a held-out question's passage (train_reader skips those rows)
    assert {q["id"] for q in QUESTIONS if q.get("near_heldout") is True} == near_heldout_ids(QUESTIONS, OTHERS)


@pytest.mark.parametrize("q", QUESTIONS, ids=lambda q: str(q.get("id")))
def test_row_is_well_formed_and_found_in_its_report(q: dict, corpus: Path) -> None:
    assert_set_row(q, corpus)
