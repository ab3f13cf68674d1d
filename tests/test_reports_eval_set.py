"""Sanity checks for the multi-report question set tests/eval/reports_eval.jsonl.

The set covers the 13 State Council government work reports in the shared corpus
(``shared/corpora/gov-work-reports``); format: docs/eval-format.md plus the fields
``doc`` (file name of the report holding the answer, null only for unanswerable questions about no
report), ``split`` ("tune"/"heldout") and optional ``year_sensitive``. See tests/eval/README_reports.md.

Structural checks always run; checks against the report texts are skipped when the corpus cannot be
found. The corpus is looked up next to the repository
(``<repo>/../shared/corpora/gov-work-reports``), else under ``$QA_SHARED_DIR`` (the shared folder, i.e.
``$QA_SHARED_DIR/corpora/gov-work-reports``, or the report folder itself).
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from conftest import assert_string_lists, load_jsonl

EVAL_FILE = Path(__file__).resolve().parent / "eval" / "reports_eval.jsonl"
TYPES = {"number", "fact", "list", "en", "unanswerable"}
SPLITS = {"tune", "heldout"}




QUESTIONS = load_jsonl(EVAL_FILE)
ANSWERABLE = [q for q in QUESTIONS if q.get("type") != "unanswerable"]


def _find_corpus() -> Path | None:
    candidates = [Path(__file__).resolve().parents[2] / "shared" / "corpora" / "gov-work-reports"]
    env = os.environ.get("QA_SHARED_DIR")
    if env:
        candidates += [Path(env) / "corpora" / "gov-work-reports", Path(env)]
    for c in candidates:
        if c.is_dir() and any(c.glob("*政府工作报告.txt")):
            return c
    return None


CORPUS = _find_corpus()


def _norm(s: str) -> str:
    """The scorer's comparison form: NFKC, all white space removed."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


_TEXTS: dict[str, str] = {}


@pytest.fixture(scope="module")
def corpus() -> Path:
    if CORPUS is None:
        pytest.skip(
            "gov-work-reports corpus not found: expected <repo>/../shared/corpora/gov-work-reports "
            "or $QA_SHARED_DIR/corpora/gov-work-reports"
        )
    return CORPUS


def _text(corpus: Path, name: str) -> str:
    if name not in _TEXTS:
        path = corpus / name
        assert path.is_file(), f"report file not in corpus: {name}"
        _TEXTS[name] = _norm(path.read_text(encoding="utf-8"))
    return _TEXTS[name]


def _keys(q: dict) -> list[str]:
    return list(q.get("answers") or []) + list(q.get("must") or [])


def assert_answer_fields(q: dict) -> None:
    """year_sensitive, answers/must, list and unanswerable fields are well formed (shared by both question sets)."""
    if "year_sensitive" in q:
        assert isinstance(q["year_sensitive"], bool)
        if q["year_sensitive"]:
            assert re.search(r"\d{4}", q["question"]), "year-sensitive question must name its year"
    assert_string_lists(q)
    if q["type"] == "list":
        assert 2 <= len(q.get("must") or []) <= 4, "list questions use `must` with 2-4 strings"
    if q["type"] == "unanswerable":
        assert not _keys(q) and "evidence" not in q, "unanswerable questions carry no answers/evidence"


def assert_counts(questions: list[dict], total: int, en: int, unanswerable: int, per_type: int, paras: int,
                  year_sensitive: int) -> None:
    """At least this many questions in all, of each kind, paraphrases (id ends in _para) and year-sensitive."""
    types = Counter(q.get("type") for q in questions)
    assert len(questions) >= total, types
    assert types["en"] >= en, types
    assert types["unanswerable"] >= unanswerable, types
    for t in ("number", "fact", "list"):
        assert types[t] >= per_type, types
    n_paras = sum(1 for q in questions if str(q.get("id", "")).endswith("_para"))
    assert n_paras >= paras, n_paras
    n_year = sum(1 for q in questions if q.get("year_sensitive") is True)
    assert n_year >= year_sensitive, n_year


def assert_row(q: dict) -> None:
    """Answer fields well formed; an answerable row has answers/must and evidence (the tune sets' rows)."""
    assert_answer_fields(q)
    if q["type"] != "unanswerable":
        assert _keys(q) and q.get("evidence"), "answers/must and evidence required"


def assert_in_doc(q: dict, corpus: Path) -> None:
    """The row's evidence and every answer string occur in the report it names (NFKC, no white space)."""
    text = _text(corpus, q["doc"])
    assert _norm(q["evidence"]) in text, f"evidence not in {q['doc']}: {q['evidence']!r}"
    missing = [k for k in _keys(q) if _norm(unicodedata.normalize("NFKC", k)) not in text]
    assert not missing, f"answers not in {q['doc']}: {missing}"


def assert_row_header(q: dict) -> None:
    """id, question, type and doc present; doc a report file; year_sensitive a flag (every fresh set's rows)."""
    for field in ("id", "question", "type", "doc"):
        assert isinstance(q.get(field), str) and q[field].strip(), f"missing {field}"
    assert q["doc"].endswith(".txt") and isinstance(q.get("year_sensitive"), bool)


def assert_set_row(q: dict, corpus: Path) -> None:
    """A fresh set's row: its header, its answer fields, and (answerable) its evidence and answers in its report."""
    assert_row_header(q)
    assert_row(q)
    if q["type"] != "unanswerable":
        assert_in_doc(q, corpus)


MIX = {"number": 45, "fact": 30, "list": 15, "en": 30, "unanswerable": 30}


def assert_mix(questions: list[dict], split: str, per_report: int = 10, mix: dict[str, int] | None = None) -> None:
    """The mix of the session-26 sets (``MIX``: 45 numbers, 30 facts, 15 lists, 30 English, 30 unanswerable, or
    ``mix``), every report with at least ``per_report`` questions, at least 30 year-dependent, all in ``split``."""
    types = Counter(q["type"] for q in questions)
    assert types == (mix or MIX), types
    assert len({q["doc"][:4] for q in questions}) == 13
    assert min(Counter(q["doc"] for q in questions).values()) >= per_report
    assert sum(q["year_sensitive"] for q in questions) >= 30
    assert all(q.get("split") == split for q in questions)


def assert_ids_new(questions: list[dict], prefix: str, others: list[dict]) -> None:
    """A fresh set's ids are unique, exactly ``prefix``001…150, and neither its ids nor its questions (punctuation
    and space aside) repeat another set's."""
    assert not duplicate_ids(questions)
    ids = {q["id"] for q in questions}
    assert ids == {f"{prefix}{i:03d}" for i in range(1, 151)}
    assert not ids & {q["id"] for q in others}
    known = {_norm(q["question"]) for q in others}
    assert not [q["id"] for q in questions if _norm(q["question"]) in known]


def duplicate_ids(questions: list[dict]) -> list[str]:
    return [i for i, n in Counter(q.get("id") for q in questions).items() if n > 1]


def near_heldout_ids(questions: list[dict], heldout: list[dict], run: int = 10) -> set[str]:
    """Questions whose evidence shares ``run`` characters with a held-out question's evidence (the same
    passage): a trainer must not fit on them (``near_heldout``), or the held-out figures measure memory."""
    held = [_norm(h["evidence"]) for h in heldout if h.get("split") == "heldout" and h.get("evidence")]
    out = set()
    for q in questions:
        ev = _norm(q.get("evidence") or "")
        if ev and any(ev[i:i + run] in h for h in held for i in range(max(1, len(ev) - run + 1))):
            out.add(q["id"])
    return out


def test_counts():
    assert_counts(QUESTIONS, total=150, en=20, unanswerable=26, per_type=1, paras=36, year_sensitive=36)


def test_unique_ids():
    dup = duplicate_ids(QUESTIONS)
    assert not dup, f"duplicate ids: {dup}"


def test_reports_covered_and_splits_stratified():
    per_doc = Counter(q["doc"] for q in QUESTIONS if q.get("doc"))
    assert len(per_doc) >= 13, sorted(per_doc)
    thin = {d: n for d, n in per_doc.items() if n < 8}
    assert not thin, f"reports with fewer than 8 questions: {thin}"
    splits = Counter(q.get("split") for q in QUESTIONS)
    share = splits["tune"] / len(QUESTIONS)
    assert 0.5 <= share <= 0.7, splits
    by_type, by_doc = defaultdict(set), defaultdict(set)
    for q in QUESTIONS:
        by_type[q["type"]].add(q.get("split"))
        if q.get("doc"):
            by_doc[q["doc"]].add(q.get("split"))
    assert all(s == SPLITS for s in by_type.values()), dict(by_type)
    assert all(s == SPLITS for s in by_doc.values()), {d: s for d, s in by_doc.items() if s != SPLITS}


@pytest.mark.parametrize("q", QUESTIONS, ids=lambda q: str(q.get("id")))
def test_fields(q):
    for field in ("id", "question", "type"):
        assert isinstance(q.get(field), str) and q[field].strip(), f"missing {field}"
    assert q["type"] in TYPES, q["type"]
    assert q.get("split") in SPLITS, q.get("split")
    assert "doc" in q, "doc field required (null only for unanswerable questions about no report)"
    assert q["doc"] is None or (isinstance(q["doc"], str) and q["doc"].endswith(".txt")), q["doc"]
    assert_answer_fields(q)
    if q["type"] != "unanswerable":
        assert isinstance(q["doc"], str), "answerable questions need the report file in `doc`"
        assert _keys(q), "answers or must required"
        assert isinstance(q.get("evidence"), str) and q["evidence"].strip(), "evidence required"


def test_docs_exist(corpus):
    names = {q["doc"] for q in QUESTIONS if q.get("doc")}
    missing = sorted(n for n in names if not (corpus / n).is_file())
    assert not missing, f"doc files not in corpus: {missing}"


@pytest.mark.parametrize("q", ANSWERABLE, ids=lambda q: str(q.get("id")))
def test_evidence_in_doc(q, corpus):
    assert _norm(q["evidence"]) in _text(corpus, q["doc"]), f"evidence not in {q['doc']}: {q['evidence']!r}"


@pytest.mark.parametrize(
    "q", [q for q in QUESTIONS if q.get("type") in ("number", "fact", "list")], ids=lambda q: str(q.get("id"))
)
def test_answers_in_doc(q, corpus):
    text = _text(corpus, q["doc"])
    missing = [s for s in _keys(q) if _norm(s) not in text]
    assert not missing, f"answer strings not in {q['doc']}: {missing}"


@pytest.mark.parametrize("q", [q for q in QUESTIONS if q.get("type") == "en"], ids=lambda q: str(q.get("id")))
def test_en_has_report_form(q, corpus):
    text = _text(corpus, q["doc"])
    assert any(_norm(s) in text for s in _keys(q)), "no answer in the report's own (Chinese) form"
