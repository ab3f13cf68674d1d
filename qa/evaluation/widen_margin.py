"""Choose how far an answer is widened over near-tied spans (``qa.answer.extract.widen``) on tune questions,
judged on the answers as given (``answer_bounds``: widened, then ended where the noun, name or bracket ends).

A wider margin makes more answers contain the gold answer and fewer match it exactly; the margin is the one
with the most answers containing the gold (mean over sources) among those that cost at most a set amount of
exact match and F1, judged with out-of-fold ranker scores (in-sample ones make near ties look rarer).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from qa.answer.extract import Extractor, answer_bounds
from qa.evaluation.evaluate import contains_answer, gold_answers, load_questions
from qa.evaluation.metrics import exact_match, f1_score

EXPAND_GRID = (0.0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.08)  # widening margins tried (ranker score units)


def choose_expand_margin(examples: list[Any], scorer_of: Callable[[Any], Any], grid: tuple[float, ...] = EXPAND_GRID,
                         max_em_drop: float = 0.02, max_f1_drop: float = 0.01) -> tuple[float, dict]:
    """The widening margin (``qa.answer.extract.widen``) that makes the most answers contain the gold answer
    (mean over sources) while the mean exact match falls by at most ``max_em_drop`` and F1 by ``max_f1_drop``,
    judged with out-of-fold ranker scores (``scorer_of(example)``)."""
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
        for m in grid:
            s, t = answer_bounds(e.info, a.cands, scores, best, m)
            text = chunk.text[s:t]
            rows[m].setdefault(e.source, []).append((float(contains_answer(q, text)), exact_match(text, gold),
                                                     f1_score(text, gold)))
    table = {m: np.mean([np.mean(v, axis=0) for v in by_src.values()], axis=0) for m, by_src in rows.items() if by_src}
    if not table:
        return 0.0, {}
    base = table[min(table)]
    ok = [m for m, (c, em, f1) in table.items() if em >= base[1] - max_em_drop and f1 >= base[2] - max_f1_drop]
    pick = max(ok, key=lambda m: (round(float(table[m][0]), 4), -m))
    return pick, {str(m): [round(float(v), 4) for v in table[m]] for m in sorted(table)}
