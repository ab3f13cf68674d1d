"""Choose how far an answer is widened over near-tied spans (``qa.answer.widening.widen``) on tune questions,
judged on the answers as given (``answer_bounds``: widened, then ended where the noun, name or bracket ends),
with out-of-fold ranker scores (in-sample ones make near ties look rarer). A wider margin makes more answers
contain the gold answer and fewer match it exactly.

Short articles and reports get a margin each, by two rules:
- in a short article (at most ``Extractor.TOPIC_DOC_MAX`` characters; encyclopedia-like text) the smallest
  margin within one standard error of the best mean of answers containing the gold and F1 (each a mean over
  sources): one more answer that holds what was asked is worth one point of tightness;
- in a report, whose answers are figures, names and outline items a reader takes as given, the margin with the
  most answers containing the gold among those that cost at most 2 points of exact match and 1 of F1 (the rule
  of the sixth pass): near ties there are mostly the next measure or clause of the same sentence, and a name
  grown into a clause reads worse.
"""
from __future__ import annotations

import logging
import pickle
import zlib
from collections.abc import Callable
from typing import Any

import numpy as np

from qa.answer.extract import Extractor
from qa.answer.widening import answer_bounds
from qa.answer.reader import ReaderModel
from qa.evaluation.evaluate import contains_answer, gold_answers, load_questions
from qa.evaluation.metrics import exact_match, f1_score

logger = logging.getLogger(__name__)
EXPAND_GRID = (0.0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.1, 0.12)  # margins tried (ranker score units)


def document_lengths(examples: list[Any]) -> dict[str, int]:
    """Each document's length as far as the examples' passages show it (its last passage's end)."""
    out: dict[str, int] = {}
    for e in examples:
        for c in e.analysis.cands if e.analysis is not None else ():
            out[c.chunk.source] = max(out.get(c.chunk.source, 0), c.chunk.end)
    return out


def choose_expand_margins(examples: list[Any], scorer_of: Callable[[Any], Any],
                          grid: tuple[float, ...] = EXPAND_GRID) -> dict[str, tuple[float, dict]]:
    """The margin and its table for answers from reports ("report") and from short articles ("article")."""
    lengths = document_lengths(examples)
    return {"report": choose_expand_margin(examples, scorer_of, grid, lengths, False, max_em_drop=0.02, max_f1_drop=0.01),
            "article": choose_expand_margin(examples, scorer_of, grid, lengths, True)}


def choose_expand_margin(examples: list[Any], scorer_of: Callable[[Any], Any],
                         grid: tuple[float, ...] = EXPAND_GRID, lengths: dict[str, int] | None = None,
                         article: bool | None = None, max_em_drop: float | None = None,
                         max_f1_drop: float = 1.0) -> tuple[float, dict]:
    """The widening margin (``qa.answer.widening.widen``) with the best mean of answers containing the gold and
    F1 (each a mean over sources; the smallest margin within one standard error of the best) — or, with ``max_em_drop``, the most answers
    containing the gold while EM falls by at most ``max_em_drop`` and F1 by ``max_f1_drop`` — judged with
    out-of-fold ranker scores (``scorer_of(example)``); and the table (containing, EM, F1) per margin. With
    ``article`` set, only the answers from short articles (True) or from longer documents (False), by
    ``lengths``."""
    golds: dict[str, dict[str, dict]] = {}
    rows: dict[float, dict[str, list[tuple[float, float, float]]]] = {m: {} for m in grid}
    for e in examples:
        if e.labels is None or e.analysis is None:
            continue
        if e.source not in golds:
            try:
                golds[e.source] = {q["id"]: q for q in load_questions(e.source)}
            except OSError:
                golds[e.source] = {}
        q = golds[e.source].get(e.qid)
        if q is None:
            continue
        a = e.analysis
        allowed = Extractor._allowed(e.info, a.cands, a.X)
        if not allowed.any():
            allowed[:] = True
        scores = np.where(allowed, scorer_of(e).span_logits(a.X), -np.inf)
        best = int(np.argmax(scores))
        gold, chunk = gold_answers(q), a.cands[best].chunk
        if article is not None and ((lengths or {}).get(chunk.source, 0) <= Extractor.TOPIC_DOC_MAX) != article:
            continue
        for m in grid:
            s, t = answer_bounds(e.info, a.cands, scores, best, m)
            text = chunk.text[s:t]
            rows[m].setdefault(e.source, []).append((float(contains_answer(q, text)), exact_match(text, gold),
                                                     f1_score(text, gold)))
    table = {m: np.mean([np.mean(v, axis=0) for v in by_src.values()], axis=0) for m, by_src in rows.items() if by_src}
    if not table:
        return 0.0, {}
    if max_em_drop is None:
        # the smallest margin within one standard error of the best: over a flat top the pick is noise, and
        # the narrower answer is the one a reader can check
        score = {m: float(table[m][0] + table[m][2]) / 2 for m in table}
        top = max(score, key=lambda m: (score[m], -m))
        per_question = np.array([(c + f1) / 2 for by_src in rows[top].values() for c, _, f1 in by_src])
        se = float(per_question.std(ddof=1) / np.sqrt(len(per_question))) if len(per_question) > 1 else 0.0
        pick = min(m for m in table if score[m] >= score[top] - se)
    else:
        base = table[min(table)]
        ok = [m for m, (c, em, f1) in table.items() if em >= base[1] - max_em_drop and f1 >= base[2] - max_f1_drop]
        pick = max(ok, key=lambda m: (round(float(table[m][0]), 4), -m))
    return pick, {str(m): [round(float(v), 4) for v in table[m]] for m in sorted(table)}


def question_fold(e: Any, folds: int) -> int:
    """The cross-validation fold of an example: a question and its variants always share one."""
    return zlib.crc32(f"{e.source}:{e.qid}".encode()) % max(1, folds)


def margin_notes(margins: dict[str, tuple[float, dict]]) -> dict:
    return {"expand_margin_rule": "reports: most answers containing the gold with EM down at most 2 points and F1 "
                                  "at most 1; short articles: the smallest margin within one standard error of the "
                                  "best mean of answers containing the gold and F1 (each a mean over sources, "
                                  "out-of-fold ranker scores)",
            "expand_margin_tune": {"columns": ["contains", "EM", "F1"],
                                   **{kind: table for kind, (_, table) in margins.items()}}}


def rechoose_margin(examples_path: str, model_path: str, folds: int, fit: Callable[[list[Any]], Any]) -> int:
    """Choose the shipped model's widening margins again on the pickled examples, with out-of-fold rankers
    (``fit``: the full fit's ranker fitting) and keep everything else of the model: where answers end changed,
    not the ranker."""
    with open(examples_path, "rb") as fh:
        examples = pickle.load(fh)["examples"]
    model = ReaderModel.load(model_path)
    scorer = {k: ReaderModel(model.span_weights, model.abstain_weights, model.threshold, f"fold{k}",
                             trees=fit([e for e in examples if question_fold(e, folds) != k]),
                             cite_margin=model.cite_margin)
              for k in range(folds)}
    margins = choose_expand_margins(examples, lambda e: scorer[question_fold(e, folds)])
    notes = {**model.notes, **margin_notes(margins)}
    ReaderModel(model.span_weights, model.abstain_weights, model.threshold, "fitted", notes, model.trees,
                model.cite_margin, model.impute, margins["report"][0], margins["article"][0]).save(model_path)
    logger.info("wrote %s: widening margins %s (was %.2f); %s", model_path,
                {k: m for k, (m, _) in margins.items()}, model.expand_margin, notes["expand_margin_tune"])
    return 0
