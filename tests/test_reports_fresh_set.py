"""Sanity checks for tests/eval/reports_fresh.jsonl: 200 tune questions over the 13 shared reports, written
after the reader was built to see how it does on questions nobody tuned it on (``f2_``: 110 — numbers, English,
paraphrases, several figures at once, near-miss unanswerable; ``f3_``: 90 — facts, outline lists, English,
ratios/changes/ranks, near-miss unanswerable). They were then used for tuning, so they are tune data now;
the held-out part of reports_eval.jsonl stays the measure. Corpus checks skip when the corpus is not found."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from conftest import load_jsonl
import test_reports_eval_set as main_set
from test_reports_eval_set import _norm, assert_in_doc, assert_row, duplicate_ids, near_heldout_ids

corpus = main_set.corpus

EVAL_DIR = Path(__file__).resolve().parent / "eval"
QUESTIONS = load_jsonl(EVAL_DIR / "reports_fresh.jsonl")
OTHERS = load_jsonl(EVAL_DIR / "reports_eval.jsonl") + load_jsonl(EVAL_DIR / "reports_extra.jsonl")
ANSWERABLE = [q for q in QUESTIONS if q.get("type") != "unanswerable"]


def test_counts_and_coverage() -> None:
    types = Counter(q["type"] for q in QUESTIONS)
    assert len(QUESTIONS) == 200 and types["en"] >= 50 and types["unanswerable"] >= 40, types
    assert len({q["doc"][:4] for q in QUESTIONS}) == 13
    assert all(q.get("split") == "tune" for q in QUESTIONS)


def test_ids_unique_and_new() -> None:
    assert not duplicate_ids(QUESTIONS)
    assert not {q["id"] for q in QUESTIONS} & {q["id"] for q in OTHERS}
    held = {_norm(q["question"]) for q in OTHERS if q.get("split") == "heldout"}
    assert not [q["id"] for q in QUESTIONS if _norm(q["question"]) in held]


@pytest.mark.parametrize("q", QUESTIONS, ids=lambda q: str(q.get("id")))
def test_fields(q: dict) -> None:
    assert_row(q)


@pytest.mark.parametrize("q", ANSWERABLE, ids=lambda q: str(q.get("id")))
def test_evidence_and_answers_in_doc(q: dict, corpus: Path) -> None:
    assert_in_doc(q, corpus)


def test_rows_sharing_a_heldout_passage_are_flagged_and_only_those() -> None:
    """``near_heldout`` keeps the trainer off a held-out question's passage (train_reader skips those rows)."""
    flagged = {q["id"] for q in QUESTIONS if q.get("near_heldout") is True}
    assert flagged == near_heldout_ids(QUESTIONS, OTHERS)
