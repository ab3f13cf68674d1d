"""Sanity checks for the evaluation question set tests/eval/report_eval.jsonl.

Format: docs/eval-format.md. Checks that the file parses, has enough
questions of each kind, has the fields each type needs, and that every
evidence string (and every expected answer for number/fact/list questions)
really occurs in the seed report.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from conftest import assert_string_lists, load_jsonl

ROOT = Path(__file__).resolve().parents[1]
EVAL_FILE = ROOT / "tests" / "eval" / "report_eval.jsonl"
REPORT_FILE = ROOT / "seeds" / "000_e198b29a7063dd32.txt"

TYPES = {"number", "fact", "list", "en", "unanswerable"}




QUESTIONS = load_jsonl(EVAL_FILE)
REPORT = REPORT_FILE.read_text(encoding="utf-8")


def _keys(q: dict) -> list[str]:
    return list(q.get("answers") or []) + list(q.get("must") or [])


def test_counts():
    counts = Counter(q.get("type") for q in QUESTIONS)
    assert len(QUESTIONS) >= 60, counts
    assert counts["en"] >= 8, counts
    assert counts["unanswerable"] >= 8, counts
    for t in ("number", "fact", "list"):
        assert counts[t] >= 1, counts


def test_unique_ids():
    ids = [q.get("id") for q in QUESTIONS]
    dup = [i for i, n in Counter(ids).items() if n > 1]
    assert not dup, f"duplicate ids: {dup}"


@pytest.mark.parametrize("q", QUESTIONS, ids=lambda q: str(q.get("id")))
def test_fields(q):
    for field in ("id", "question", "type"):
        assert isinstance(q.get(field), str) and q[field].strip(), f"missing {field}"
    assert q["type"] in TYPES, q["type"]
    assert_string_lists(q)
    if q["type"] == "unanswerable":
        # nothing to score but abstention: no answers, no evidence
        assert not _keys(q) and "evidence" not in q
    else:
        assert _keys(q), "answers or must required"
        assert isinstance(q.get("evidence"), str) and q["evidence"].strip(), "evidence required"


@pytest.mark.parametrize(
    "q", [q for q in QUESTIONS if q.get("type") != "unanswerable"], ids=lambda q: str(q.get("id"))
)
def test_evidence_in_report(q):
    assert q["evidence"] in REPORT, f"evidence not found in report: {q['evidence']!r}"


@pytest.mark.parametrize(
    "q", [q for q in QUESTIONS if q.get("type") in ("number", "fact", "list")], ids=lambda q: str(q.get("id"))
)
def test_answers_in_report(q):
    missing = [s for s in _keys(q) if s not in REPORT]
    assert not missing, f"answer strings not in report: {missing}"


@pytest.mark.parametrize("q", [q for q in QUESTIONS if q.get("type") == "en"], ids=lambda q: str(q.get("id")))
def test_en_has_report_form(q):
    assert any(s in REPORT for s in _keys(q)), "no answer in the report's own (Chinese) form"
