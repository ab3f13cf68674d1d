"""Score a question file (docs/eval-format.md): answer accuracy, evidence@1/@3, abstention, per type, plus
CMRC's exact match and character F1 (``qa.evaluation.metrics``) and the answer length against the gold's.

Comparison follows the format: NFKC and all white space removed on both sides.
"""
from __future__ import annotations

import json
import logging
import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qa.errors import CorpusError, InvalidQuestionError
from qa.evaluation.metrics import exact_match, f1_score, normalize_answer
from qa.text import normalize_for_match as _n
from qa.types import Answer

logger = logging.getLogger(__name__)

REQUIRED = ("id", "question", "type")


def load_questions(path: str | Path) -> list[dict[str, Any]]:
    """Read and validate a JSONL question file; a bad line is reported with its number."""
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(f"cannot read question file {p}: {exc}") from exc
    out = []
    for no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            q = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CorpusError(f"{p}:{no}: not valid JSON ({exc.msg})") from exc
        missing = [k for k in REQUIRED if k not in q]
        if missing:
            raise CorpusError(f"{p}:{no}: missing field(s) {', '.join(missing)}")
        if q["type"] != "unanswerable" and not (q.get("answers") or q.get("must")):
            raise CorpusError(f"{p}:{no}: needs 'answers' or 'must'")
        out.append(q)
    return out


def gold_answers(q: dict[str, Any]) -> list[str]:
    """The strings an answer is measured against for EM/F1: ``answers``, or the ``must`` parts joined."""
    if q.get("answers"):
        return list(q["answers"])
    if q.get("must"):
        return ["".join(q["must"])]
    return []


def select(questions: list[dict[str, Any]], split: str | None = None) -> list[dict[str, Any]]:
    """Questions of one split ("tune" / "heldout"); all of them when ``split`` is None."""
    return [q for q in questions if split is None or q.get("split") == split]


def answer_correct(q: dict[str, Any], ans: Answer) -> bool:
    if q["type"] == "unanswerable":
        return ans.abstained
    return not ans.abstained and contains_answer(q, ans.answer)


# Sentence punctuation at a gold answer's edges is where the annotator's selection stopped, not part of the
# answer ("园内展出旧式机车。"); inside it, and brackets, quotes and % anywhere, still count.
_EDGE_PUNCT = "。，,；;：:、！!？?…. "


def contains_answer(q: dict[str, Any], text: str) -> bool:
    """Whether ``text`` holds one of the gold ``answers`` (or all the ``must`` strings): answer accuracy."""
    got = _n(text)

    def held(gold: str) -> bool:
        g = _n(gold).strip(_EDGE_PUNCT)
        return bool(g) and g in got

    if q.get("answers"):
        return any(held(a) for a in q["answers"])
    return all(held(m) for m in q["must"])


def evidence_at(q: dict[str, Any], ans: Answer, k: int) -> bool:
    ev = q.get("evidence")
    if not ev:
        return False
    ev_n = _n(ev)
    return any(ev_n in _n(c.text) for c in ans.citations[:k])


@dataclass
class Score:
    n: int = 0
    correct: int = 0
    ev1: int = 0
    ev3: int = 0
    n_answerable: int = 0
    false_abstain: int = 0
    n_unanswerable: int = 0
    abstained_unanswerable: int = 0
    em: float = 0.0
    f1: float = 0.0
    length_ratios: list[float] = field(default_factory=list)  # answer length / gold length, answered only

    def add(self, q: dict[str, Any], ans: Answer) -> None:
        self.n += 1
        self.correct += answer_correct(q, ans)
        if q["type"] == "unanswerable":
            self.n_unanswerable += 1
            self.abstained_unanswerable += ans.abstained
        else:
            self.n_answerable += 1
            self.ev1 += evidence_at(q, ans, 1)
            self.ev3 += evidence_at(q, ans, 3)
            self.false_abstain += ans.abstained
            golds = gold_answers(q)
            if not ans.abstained and golds:
                self.em += exact_match(ans.answer, golds)
                self.f1 += f1_score(ans.answer, golds)
                gold_len = min(len(normalize_answer(g)) for g in golds) or 1
                self.length_ratios.append(len(normalize_answer(ans.answer)) / gold_len)

    def as_dict(self) -> dict[str, Any]:
        def r(a: int, b: int) -> float | None:
            return round(a / b, 4) if b else None

        return {
            "n": self.n,
            "answer_accuracy": r(self.correct, self.n),
            "evidence@1": r(self.ev1, self.n_answerable),
            "evidence@3": r(self.ev3, self.n_answerable),
            "abstention_unanswerable": r(self.abstained_unanswerable, self.n_unanswerable),
            "false_abstention": r(self.false_abstain, self.n_answerable),
            "EM": round(100 * self.em / self.n_answerable, 2) if self.n_answerable else None,
            "F1": round(100 * self.f1 / self.n_answerable, 2) if self.n_answerable else None,
            "median_length_ratio": round(statistics.median(self.length_ratios), 3) if self.length_ratios else None,
        }


@dataclass
class EvalReport:
    overall: Score = field(default_factory=Score)
    by_type: dict[str, Score] = field(default_factory=dict)
    rows: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall.as_dict(),
            "by_type": {t: s.as_dict() for t, s in sorted(self.by_type.items())},
            "rows": self.rows,
        }

    def table(self) -> str:
        cols = ("n", "answer_accuracy", "evidence@1", "evidence@3", "abstention_unanswerable", "false_abstention",
                "EM", "F1", "median_length_ratio")
        head = f"{'type':<14}" + "".join(f"{c:>16}" for c in ("n", "answer", "ev@1", "ev@3", "abstain(unans)",
                                                               "false_abstain", "EM", "F1", "len/gold"))
        lines = [head]
        for name, s in [*sorted(self.by_type.items()), ("overall", self.overall)]:
            d = s.as_dict()
            cells = "".join(f"{'-' if d[c] is None else d[c]:>16}" for c in cols)
            lines.append(f"{name:<14}{cells}")
        return "\n".join(lines)


def evaluate(questions: Iterable[dict[str, Any]], ask: Callable[[str], Answer],
             report: EvalReport | None = None) -> EvalReport:
    """Ask each question and score it, into ``report`` (a new one by default: several runs can add up)."""
    report = report if report is not None else EvalReport()
    for q in questions:
        try:
            ans = ask(q["question"])
        except InvalidQuestionError as exc:  # a question the engine refuses (no words, too long) counts as abstained
            logger.warning("%s: %s", q["id"], exc)
            ans = Answer(question=q["question"], answer="", abstained=True, citations=[], related=[])
        report.overall.add(q, ans)
        report.by_type.setdefault(q["type"], Score()).add(q, ans)
        report.rows.append({
            "id": q["id"], "type": q["type"], "question": q["question"], "answer": ans.answer,
            "abstained": ans.abstained, "correct": answer_correct(q, ans),
            "evidence@1": evidence_at(q, ans, 1), "evidence@3": evidence_at(q, ans, 3),
            "confidence": round(ans.confidence, 4),
            "f1": round(f1_score(ans.answer, gold_answers(q)), 4) if not ans.abstained and gold_answers(q) else 0.0,
        })
    return report
