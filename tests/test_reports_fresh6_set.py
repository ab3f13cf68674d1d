"""Sanity checks for tests/eval/reports_fresh6.jsonl: 150 held-out questions (``h8_``) over the 13 shared reports,
written in the twenty-sixth pass by a helper that read only the reports, the format and the other sets' question
texts (not ``qa/``, not any result), and only measured: numbers, short facts, outline lists, English questions and
near-miss unanswerable questions. The per-row checks skip when the corpus is not found."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import assert_string_lists, load_jsonl
import test_reports_eval_set as main_set
from test_reports_eval_set import _norm, _text, assert_mix, assert_row_header, duplicate_ids

corpus = main_set.corpus

EVAL_DIR = Path(__file__).resolve().parent / "eval"
QUESTIONS = load_jsonl(EVAL_DIR / "reports_fresh6.jsonl")
OTHERS = [q for name in ("reports_eval", "reports_extra", "reports_fresh", "reports_fresh2", "reports_fresh3",
                         "reports_fresh4", "reports_fresh5") for q in load_jsonl(EVAL_DIR / f"{name}.jsonl")]


def test_counts_and_coverage() -> None:
    assert_mix(QUESTIONS, "heldout")  # measured only: never fitted or tuned on


def test_ids_unique_and_new() -> None:
    assert not duplicate_ids(QUESTIONS)
    ids = {q["id"] for q in QUESTIONS}
    assert ids == {f"h8_{i:03d}" for i in range(1, 151)}
    assert not ids & {q["id"] for q in OTHERS}
    others = {_norm(q["question"]) for q in OTHERS}
    assert not [q["id"] for q in QUESTIONS if _norm(q["question"]) in others]


@pytest.mark.parametrize("q", QUESTIONS, ids=lambda q: str(q.get("id")))
def test_row_is_well_formed_and_found_in_its_report(q: dict, corpus: Path) -> None:
    """The evidence is in the named report and so is one gold answer (English alternatives aside), or every item of
    a list; an unanswerable row has none. (This set keeps lists of up to 8 items and English renderings of an
    answer, which the older sets' stricter row rule does not allow; the scorer accepts both.)"""
    assert_row_header(q)
    assert_string_lists(q)
    if q["type"] == "unanswerable":
        assert not q.get("answers") and not q.get("must") and not q.get("evidence")
        return
    text = _text(corpus, q["doc"])
    assert q.get("evidence") and _norm(q["evidence"]) in text, q.get("evidence")
    if q["type"] == "list":
        assert 2 <= len(q["must"]) <= 8 and all(_norm(m) in text for m in q["must"]), q["must"]
    else:
        assert any(_norm(a) in text for a in q["answers"]), q["answers"]
