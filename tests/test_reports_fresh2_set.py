"""Sanity checks for tests/eval/reports_fresh2.jsonl: 150 tune questions (``h4_``) over the 13 shared reports,
written independently of the QA system: numbers (levels, growth rates, targets vs outcomes, five-year reviews),
short facts, outline lists, questions in English, and near-miss unanswerable questions (an indicator, year,
province or detail the named report does not give). Corpus checks skip when the corpus is not found."""
from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from conftest import load_jsonl
import test_reports_eval_set as main_set
from test_reports_eval_set import _keys, _norm, _text, assert_answer_fields, duplicate_ids, near_heldout_ids

corpus = main_set.corpus

EVAL_DIR = Path(__file__).resolve().parent / "eval"
QUESTIONS = load_jsonl(EVAL_DIR / "reports_fresh2.jsonl")
OTHERS = load_jsonl(EVAL_DIR / "reports_eval.jsonl") + load_jsonl(EVAL_DIR / "reports_extra.jsonl")
FRESH = load_jsonl(EVAL_DIR / "reports_fresh.jsonl")
ANSWERABLE = [q for q in QUESTIONS if q.get("type") != "unanswerable"]


def test_counts_and_coverage() -> None:
    types = Counter(q["type"] for q in QUESTIONS)
    assert len(QUESTIONS) == 150 and types["en"] >= 30 and types["unanswerable"] >= 25, types
    assert len({q["doc"][:4] for q in QUESTIONS}) == 13
    per_doc = Counter(q["doc"] for q in QUESTIONS)
    assert min(per_doc.values()) >= 9, per_doc
    assert all(q.get("split") == "tune" for q in QUESTIONS)


def test_ids_unique_and_new() -> None:
    assert not duplicate_ids(QUESTIONS)
    ids = {q["id"] for q in QUESTIONS}
    assert ids == {f"h4_{i:03d}" for i in range(1, 151)}
    assert not ids & {q["id"] for q in OTHERS + FRESH}
    held = {_norm(q["question"]) for q in OTHERS if q.get("split") == "heldout"}
    assert not [q["id"] for q in QUESTIONS if _norm(q["question"]) in held]


@pytest.mark.parametrize("q", QUESTIONS, ids=lambda q: str(q.get("id")))
def test_fields(q: dict) -> None:
    for field in ("id", "question", "type", "doc"):
        assert isinstance(q.get(field), str) and q[field].strip(), f"missing {field}"
    assert q["doc"].endswith(".txt")
    assert isinstance(q.get("year_sensitive"), bool)
    assert_answer_fields(q)
    if q["type"] != "unanswerable":
        assert _keys(q) and q.get("evidence"), "answers/must and evidence required"


@pytest.mark.parametrize("q", ANSWERABLE, ids=lambda q: str(q.get("id")))
def test_evidence_and_answers_in_doc(q: dict, corpus: Path) -> None:
    text = _text(corpus, q["doc"])
    assert _norm(q["evidence"]) in text, f"evidence not in {q['doc']}: {q['evidence']!r}"
    missing = [k for k in _keys(q) if _norm(unicodedata.normalize("NFKC", k)) not in text]
    assert not missing, f"answers not in {q['doc']}: {missing}"


def test_rows_sharing_a_heldout_passage_are_flagged_and_only_those() -> None:
    """``near_heldout`` keeps the trainer off a held-out question's passage (train_reader skips those rows)."""
    flagged = {q["id"] for q in QUESTIONS if q.get("near_heldout") is True}
    assert flagged == near_heldout_ids(QUESTIONS, OTHERS)
