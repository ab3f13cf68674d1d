"""Held-out generalisation floors for the learned reader (issue 8), on real text it was not fitted on.

Two subsets small enough for CI, through the real model and a real Chroma:
  - three of the 13 shared work reports indexed together, their ``heldout`` questions
    (tests/eval/reports_eval.jsonl) plus the unanswerable questions about them;
  - 40 CMRC 2018 paragraphs of the ``heldout`` split (qa.evaluation.cmrc), indexed as one corpus.
The full figures (all 13 reports, all held-out CMRC paragraphs) come from ``python -m qa eval`` and are in
docs/benchmarks.md; the floors here sit a little under what the subsets reach. Skipped when the shared
data is not beside the repository (``../shared``, or ``$QA_SHARED_DIR``).
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from qa.evaluation.evaluate import evaluate, load_questions

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("QA_SHARED_DIR") or ROOT.parent / "shared")
REPORTS = SHARED / "corpora" / "gov-work-reports"
CMRC = SHARED / "eval" / "cmrc" / "cmrc2018_public.jsonl"
SUBSET = ("2006年国务院政府工作报告.txt", "2009年国务院政府工作报告.txt", "2011年国务院政府工作报告.txt")

# Floors sit at what the shipped reader reaches on the subsets. Session 9 of issue 8 (parts of a report dated by
# their headings, a figure in a part about another year ruled out, another indicator's target ruled out): report
# subset (31 questions) 0.774 / 0.842 ev@1 / 0.947 ev@3 / 0.83 abstained / 0.053 false abstention. Session 6's
# reader reached 0.742 / 0.842 / 0.895 / 0.75 / 0.053 here, session 5's 0.710 / 0.842 / – / 0.667 / 0.053.
# Session 13 (several figures, everyday words, unit and name rules): 0.806 / 0.895 / 0.947 / 0.83 / 0.053.
# Session 21 (levels, ranks, averages and differences; English head nouns; GDP written out): 0.839 / 0.895 / 0.947 /
# 0.83 / 0.053, so accuracy's floor rises to 0.83. Session 26 (parts after 其中, changes asked, acronyms) changed no
# answer of this subset when measured mid-session (c0b2bc0); at its final code the subset gives 0.871 / 0.895 /
# 0.947 / 0.83 / 0.053 (measured in session 27, shipped reader), so accuracy's floor rises to 0.86. Session 27's
# blended reader gave the same 0.871 here and CMRC 0.769 / 63.35 / 36.36 below, and was not kept (docs/benchmarks.md).
REPORT_FLOORS = {
    "answer_accuracy": (">=", 0.86),
    "evidence@3": (">=", 0.94),
    "abstention_unanswerable": (">=", 0.83),
    "false_abstention": ("<=", 0.06),
}
# The 40-paragraph CMRC subset reaches 0.699 / F1 63.5 / EM 37.1 after session 10 (a bare 谁 needs no person's
# name, reasons and descriptions answered with their sentence; session 5: 0.615 / 61.4 / 35.0); session 11's rules
# (whole dates and figures, reasons before consequences) left it at 0.699 / 63.65 / 37.06; session 12's (glosses,
# places, unit-less figures) raised it to 0.706 / 64.03 / 37.06 — less than one question (0.007) above 0.70, so the
# floors stayed. Session 13's (naming clauses, units, several figures, 12 clauses compared by meaning in a short
# article) reach 0.734 / 64.45 / 36.36 (143 questions; one varies between runs), so accuracy's floor rises to 0.72.
# Session 14 widens answers in short articles over more near ties (margin 0.02 -> 0.04, chosen on tune: more answers
# hold the gold, fewer match it exactly) and ends answers between words: 0.748 / 61.95 / 34.27, so accuracy's floor
# rises to 0.74 and F1's and EM's fall to 61 and 33 (the trade the margin rule makes, measured).
# Session 16 (dotted names, category words, counters; brackets after short answers): 0.762 / 62.35 / 34.97; the floors
# stay (accuracy 3 questions below what is reached; one question varies between runs).
# Session 47 (the gap a question word leaves anchored on the words after the noun it asks, when the text names the
# thing instead): 0.776 / 61.52 / 32.87 — one exact match fewer than session 46's 0.776 / 61.66 / 33.57 here (47 of
# 143, not 48), while over all 1,526 held-out questions answers right rise 1,088 -> 1,089 (F1 60.50 -> 60.52, EM
# 31.45 the same); EM's floor falls to 32.5, under one question below what is reached.
# Over all 1,526 held-out questions see docs/benchmarks.md.
CMRC_FLOORS = {"answer_accuracy": (">=", 0.74), "F1": (">=", 61.0), "EM": (">=", 32.5)}


def _failed(overall: dict, floors: dict) -> list[str]:
    out = []
    for key, (op, floor) in floors.items():
        v = overall[key]
        if v is None or not (v >= floor if op == ">=" else v <= floor):
            out.append(f"{key} = {v} (floor {op} {floor})")
    return out


@pytest.mark.skipif(not REPORTS.is_dir(), reason="shared work reports not found beside the repository")
def test_heldout_reports_floor(tmp_path: Path) -> None:
    from qa import ReportQA

    corpus = tmp_path / "reports"
    corpus.mkdir()
    for name in SUBSET:
        shutil.copy(REPORTS / name, corpus / name)
    questions = [q for q in load_questions(ROOT / "tests" / "eval" / "reports_eval.jsonl")
                 if q.get("split") == "heldout" and (q.get("doc") in SUBSET or q["type"] == "unanswerable")]
    assert len(questions) >= 20
    engine = ReportQA.open(corpus=str(corpus), index_dir=str(tmp_path / "index"))
    report = evaluate(questions, engine.ask)
    misses = [f"  {r['id']} {r['question']} -> {r['answer'][:50]}" for r in report.rows if not r["correct"]]
    table = report.table() + "\nmissed:\n" + "\n".join(misses)
    print("\n" + table)
    failed = _failed(report.overall.as_dict(), REPORT_FLOORS)
    assert not failed, "held-out reports below floor: " + "; ".join(failed) + "\n" + table


@pytest.mark.skipif(not CMRC.is_file(), reason="shared CMRC file not found beside the repository")
def test_heldout_cmrc_floor(tmp_path: Path) -> None:
    from qa import ReportQA
    from qa.evaluation.cmrc import convert, paragraph_split, read_cmrc

    paras = sorted((p for p in read_cmrc(CMRC) if paragraph_split(str(p["id"])) == "heldout"), key=lambda p: p["id"])[:40]
    corpus, qfile = convert(paras, tmp_path / "cmrc")
    questions = load_questions(qfile)
    engine = ReportQA.open(corpus=str(corpus), index_dir=str(tmp_path / "index"))
    report = evaluate(questions, engine.ask)
    print("\n" + report.table())
    overall = report.overall.as_dict()
    failed = _failed(overall, CMRC_FLOORS)
    assert overall["median_length_ratio"] is not None and overall["median_length_ratio"] <= 2.0
    assert not failed, "held-out CMRC below floor: " + "; ".join(failed) + "\n" + report.table()


def test_eval_cli_reads_cmrc(tmp_path: Path) -> None:
    """``python -m qa eval FILE --format cmrc``: paragraphs become a corpus beside the index, CMRC measures reported."""
    import json

    from conftest import run_cli

    rows = [
        {"id": "T_1", "title": "青石镇", "context": "青石镇位于东江北岸，面积约为120平方公里。镇上的主要产业是茶叶种植，年产茶叶3000吨。",
         "qas": [{"id": "T_1_Q0", "question": "青石镇的主要产业是什么？", "answers": ["茶叶种植"]},
                 {"id": "T_1_Q1", "question": "青石镇每年产茶叶多少吨？", "answers": ["3000吨"]}]},
        {"id": "T_2", "title": "林远", "context": "林远是一位作家，1960年出生于海州。他的代表作是长篇小说《远山》，曾获得文学奖。",
         "qas": [{"id": "T_2_Q0", "question": "林远的代表作是什么？", "answers": ["长篇小说《远山》", "《远山》"]}]},
    ]
    src = tmp_path / "tiny_cmrc.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    res = run_cli("eval", str(src), "--format", "cmrc", "--index-dir", str(tmp_path / "index"), "--json")
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert out["overall"]["n"] == 3
    assert out["overall"]["EM"] is not None and out["overall"]["F1"] is not None
    assert "Traceback" not in res.stderr
    assert list((tmp_path / "index").glob("cmrc-*/corpus/T_1.txt"))  # written beside the index, not in the repo
