"""Sanity checks for the extra training questions tests/eval/reports_extra.jsonl.

The file adds about 180 questions (all ``split: "tune"``) over the 13 government work reports of the
shared corpus, in the format of tests/eval/reports_eval.jsonl (see tests/eval/README_reports.md):
``id`` ("x" + report year + topic for the first 101, "y" for the 80 added next, mostly near-miss
unanswerable and paraphrased questions), ``type``, ``question``, ``answers``/``must``, ``evidence``, ``doc``,
``split`` and optional ``year_sensitive``. The rows are training data for the answer ranker and the
abstainer, so none of them may reuse an id of the evaluation set.

Structural checks always run; checks against the report texts are skipped when the corpus cannot be
found. The corpus lookup and text helpers are those of tests/test_reports_eval_set.py: next to the repository
(``<repo>/../shared/corpora/gov-work-reports``), else under ``$QA_SHARED_DIR`` (the shared folder or the
report folder itself).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from conftest import load_jsonl
import test_reports_eval_set as main_set
from test_reports_eval_set import (_keys, _norm, _text, assert_answer_fields, assert_counts, duplicate_ids,
                                   near_heldout_ids)

corpus = main_set.corpus  # the same fixture: skips when the corpus is not found

EVAL_DIR = Path(__file__).resolve().parent / "eval"
EXTRA_FILE = EVAL_DIR / "reports_extra.jsonl"
MAIN_FILE = EVAL_DIR / "reports_eval.jsonl"
TYPES = {"number", "fact", "list", "en", "unanswerable"}
REPORT_YEARS = {"2003", "2004", "2005", "2006", "2007", "2008", "2009", "2010", "2011", "2012", "2013", "2015", "2017"}

QUESTIONS = load_jsonl(EXTRA_FILE)
MAIN_QUESTIONS = load_jsonl(MAIN_FILE)
ANSWERABLE = [q for q in QUESTIONS if q.get("type") != "unanswerable"]
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _report_form(q: dict) -> list[str]:
    """Answer strings in the report's own form; `en` rows may add English variants ("3 billion"),
    which are left out here: a string counts as the report's form if it has Chinese characters or no
    Latin letters at all ("3500元", "1.49%")."""
    keys = _keys(q)
    if q.get("type") != "en":
        return keys
    return [k for k in keys if _CJK.search(k) or not re.search(r"[A-Za-z]", k)]


def test_counts():
    assert_counts(QUESTIONS, total=90, en=15, unanswerable=20, per_type=5, paras=20, year_sensitive=15)


def test_ids_unique_and_disjoint_from_eval_set():
    dup = duplicate_ids(QUESTIONS)
    assert not dup, f"duplicate ids: {dup}"
    clash = sorted({q.get("id") for q in QUESTIONS} & {q.get("id") for q in MAIN_QUESTIONS})
    assert not clash, f"ids already used in reports_eval.jsonl: {clash}"


def test_questions_not_copied_from_eval_set():
    main = {_norm(q["question"]) for q in MAIN_QUESTIONS}
    copied = [q["id"] for q in QUESTIONS if _norm(q["question"]) in main]
    assert not copied, f"questions identical to reports_eval.jsonl: {copied}"


def test_all_reports_covered():
    per_doc = Counter(q["doc"] for q in QUESTIONS)
    years = {d[:4] for d in per_doc}
    assert years == REPORT_YEARS, sorted(years ^ REPORT_YEARS)
    thin = {d: n for d, n in per_doc.items() if n < 5}
    assert not thin, f"reports with fewer than 5 questions: {thin}"


@pytest.mark.parametrize("q", QUESTIONS, ids=lambda q: str(q.get("id")))
def test_fields(q):
    for field in ("id", "question", "type", "doc"):
        assert isinstance(q.get(field), str) and q[field].strip(), f"missing {field}"
    assert q["type"] in TYPES, q["type"]
    assert q.get("split") == "tune", q.get("split")
    assert q["doc"].endswith("政府工作报告.txt"), q["doc"]
    m = re.fullmatch(r"[xy](\d{4})_\w+", q["id"])
    assert m, f"id must be 'x' or 'y' + report year + '_' + topic: {q['id']}"
    assert q["doc"].startswith(m.group(1)), f"id year does not match doc {q['doc']}"
    assert_answer_fields(q)
    if q["type"] == "unanswerable":
        return
    assert _keys(q), "answers or must required"
    assert isinstance(q.get("evidence"), str) and q["evidence"].strip(), "evidence required"
    assert 6 <= len(_norm(q["evidence"])) <= 60, f"evidence should be a short span: {q['evidence']!r}"
    if q["type"] == "en":
        assert not _CJK.search(q["question"]), "en questions are asked in English"


@pytest.mark.parametrize("q", ANSWERABLE, ids=lambda q: str(q.get("id")))
def test_answers_in_evidence(q):
    ev = _norm(q["evidence"])
    forms = _report_form(q)
    assert forms, "no answer in the report's own (Chinese) form"
    if q["type"] == "en":
        assert any(_norm(s) in ev for s in forms), f"no answer inside the evidence {q['evidence']!r}"
    else:
        missing = [s for s in forms if _norm(s) not in ev]
        assert not missing, f"answer strings not inside the evidence {q['evidence']!r}: {missing}"


def test_docs_exist(corpus):
    names = {q["doc"] for q in QUESTIONS}
    missing = sorted(n for n in names if not (corpus / n).is_file())
    assert not missing, f"doc files not in corpus: {missing}"


@pytest.mark.parametrize("q", ANSWERABLE, ids=lambda q: str(q.get("id")))
def test_evidence_in_doc(q, corpus):
    assert _norm(q["evidence"]) in _text(corpus, q["doc"]), f"evidence not in {q['doc']}: {q['evidence']!r}"


def test_rows_sharing_a_heldout_passage_are_flagged_and_only_those() -> None:
    """``near_heldout`` keeps the trainer off a held-out question's passage (train_reader skips those rows)."""
    flagged = {q["id"] for q in QUESTIONS if q.get("near_heldout") is True}
    assert flagged == near_heldout_ids(QUESTIONS, MAIN_QUESTIONS)
