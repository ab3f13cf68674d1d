"""A figure of the contrary measure: the question asks one of a pair reports keep side by side ("狭义货币M1" /
"广义货币M2", 出口 / 进口, 收入 / 支出, 存款 / 贷款) and the words before the figure name only the other one. Such a
figure does not answer, and when it is the best match the text likely does not hold what is asked (the ruled-out
check of ``qa.answer.extract``). Pure text logic over candidate spans."""
from __future__ import annotations

import re

import numpy as np

from qa.answer.features import Scored, norm
from qa.answer.question import QuestionInfo
from qa.answer.spans import QTY_RE
from qa.retrieve.glossary import english_to_chinese_terms

CONTRARY = (("狭义", "广义"), ("出口", "进口"), ("收入", "支出"), ("存款", "贷款"))
BOTH = {"进出口": ("出口", "进口"), "收支": ("收入", "支出"), "存贷款": ("存款", "贷款")}  # a word for both sides
_BOTH = re.compile("|".join(BOTH))
_ITEM_START = re.compile(r"[，,；;：:。（(]")
ITEM_BACK = 30  # characters before a figure in which its measure is named


def contrary_measure(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Figures whose measure, in the words just before them in their clause, is only the contrary of the one side
    of a pair the question names ("广义货币增长17%" for "狭义货币M1增长多少"); a measure naming both sides
    ("进出口总额") counts as neither side for a question about one."""
    out = np.zeros(len(cands), dtype=bool)
    if info.qtype != "number":
        return out
    asked = norm(" ".join(english_to_chinese_terms(info.text)) if info.english else info.text)
    asked = _BOTH.sub("", asked)
    pairs = [(a, b) for x, y in CONTRARY for a, b in ((x, y), (y, x)) if a in asked and b not in asked]
    if not pairs:
        return out
    for i, c in enumerate(cands):
        figure = QTY_RE.search(c.text)
        if (only is not None and not only[i]) or figure is None:
            continue
        at = c.span.start + figure.start()
        back = max(c.span.clause_start, at - ITEM_BACK)
        cut = max((m.end() for m in _ITEM_START.finditer(c.chunk.text, back, at)), default=back)
        item = norm(c.chunk.text[cut:at])
        both = {side for m in _BOTH.finditer(item) for side in BOTH[m.group(0)]}  # "进出口总额": neither alone
        item = _BOTH.sub("", item)
        out[i] = any(a not in item and (b in item or a in both) for a, b in pairs)
    return out
