"""The abstainer's threshold, chosen on out-of-fold probabilities of the tune questions.

One threshold for every source. A threshold is admissible when false abstention (answerable questions
abstained on) is at most ``max_false`` on each group of sources; sources whose name contains ``pool`` form one
group (several small sets of the same kind of questions: their union estimates the rate on new questions of
that kind better than the smallest of them does). Of the admissible thresholds the rule takes the highest
(``max-abstention``: abstain as often as the budget allows) or the one with the best mean per-source accuracy
(``max-accuracy``; accuracy: answered and right, or unanswerable and abstained).
"""
from __future__ import annotations

import numpy as np


def source_table(probs: np.ndarray, threshold: float, src_of: np.ndarray, answerable: np.ndarray,
                 correct: np.ndarray, mask: np.ndarray) -> dict[str, float]:
    """Accuracy, false abstention and unanswerable abstention of the questions in ``mask`` at ``threshold``."""
    answered, m = probs >= threshold, mask
    return {"accuracy": float(np.where(answerable[m], answered[m] & correct[m], ~answered[m]).mean()) if m.any() else 0.0,
            "false_abstention": float((~answered[m] & answerable[m]).sum() / max(1, answerable[m].sum())),
            "abstention_unanswerable": float((~answered[m] & ~answerable[m]).sum() / max(1, (~answerable[m]).sum()))}


def choose_threshold(probs: np.ndarray, src_of: np.ndarray, srcs: list[str], answerable: np.ndarray,
                     correct: np.ndarray, max_false: float = 0.05, rule: str = "max-abstention",
                     pool: str | None = None) -> tuple[float, float]:
    """(threshold, mean per-source accuracy there); ``src_of`` is each row's index in ``srcs`` (−1: not a
    question as asked, left out)."""
    groups: dict[str, list[int]] = {}
    for s, name in enumerate(srcs):
        groups.setdefault("pool" if pool and pool in name else name, []).append(s)
    best, highest = (0.01, -1.0), (0.01, 0.0)
    for t in np.arange(0.01, 0.95, 0.01):
        accs = [source_table(probs, t, src_of, answerable, correct, src_of == s)["accuracy"] for s in range(len(srcs))]
        ok = all(source_table(probs, t, src_of, answerable, correct, np.isin(src_of, g))["false_abstention"] <= max_false
                 for g in groups.values())
        if ok and float(np.mean(accs)) > best[1]:
            best = (float(t), float(np.mean(accs)))
        if ok:
            highest = (float(t), float(np.mean(accs)))
    return highest if rule == "max-abstention" else best
