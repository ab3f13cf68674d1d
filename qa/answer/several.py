"""Questions that ask for several figures at once ("甲和乙分别是多少", "增加了多少个，惠及多少人") are answered
with all of them: the run of consecutive figures in the answer's sentence, around the best one, whose text
holds most of the question's words (each figure is written after the indicator it measures). A single figure
would leave the other half of the question unanswered. Pure text logic over one sentence.
"""
from __future__ import annotations

import re

from qa.answer.question import QuestionInfo
from qa.answer.spans import QTY_RE

_SEVERAL = re.compile(r"分别|各(?:是|为|有|自|占|达到?)")
_HOW_MANY = re.compile(r"多少|几(?:个|项|次|倍|成)|多[高大长快重]")
_JOIN = re.compile(r"以及|和|与|及|、|跟|同")
_CLAUSE_END = "，,；;：:。！!？?\n"
_EN_SEVERAL = re.compile(r"\brespectively\b", re.I)
MAX_FIGURES = 6
MAX_LEN = 120  # characters, as any answer


def figures_asked(info: QuestionInfo) -> int:
    """How many figures a question asks for: the items joined before 分别/各 ("城镇和农村…分别是多少" → 2), or
    how many times it asks 多少 ("推广到多少个县，惠及多少人" → 2); 1 for a question about one figure."""
    q = info.text
    if info.english:
        return 2 if _EN_SEVERAL.search(q) and re.search(r"\band\b", q) else 1
    asked = len(_HOW_MANY.findall(q))
    m = _SEVERAL.search(q)
    if m and asked:
        head = re.split(r"[，,；;：:？?]", q[:m.start()])[-1]
        items = [p for p in _JOIN.split(head) if p.strip()]
        if len(items) >= 2:
            return min(len(items), MAX_FIGURES)
    return min(asked, MAX_FIGURES) if asked >= 2 else 1


def several_figures(info: QuestionInfo, text: str, sent_start: int, sent_end: int, s: int, e: int,
                    terms: list[tuple[str, float]], k: int) -> tuple[int, int]:
    """The answer ``text[s:e]`` (a figure) grown to ``k`` consecutive figures of its sentence: of the runs that
    hold it, the one whose text (from the figure before the run) covers most of the question's term weight, the
    shortest on a tie; begun where the first figure's clause begins when that fits."""
    figs = [(sent_start + m.start(), sent_start + m.end()) for m in QTY_RE.finditer(text[sent_start:sent_end])]
    figs = [f for f in figs if text[f[0]:f[1]].strip() and text[f[0]:f[1]] not in info.text]  # not one it quotes
    at = next((i for i, (a, b) in enumerate(figs) if a < e and b > s), None)
    if at is None or len(figs) < k or k < 2:
        return s, e
    total = sum(w for _, w in terms) or 1.0
    best: tuple[float, int, int] | None = None
    for first in range(max(0, at - k + 1), min(at, len(figs) - k) + 1):
        lo = figs[first - 1][1] if first else sent_start
        hi = figs[first + k - 1][1]
        seg = text[lo:hi].lower()
        cover = sum(w for t, w in terms if t in seg) / total
        key = (cover, -(hi - figs[first][0]), first)
        if best is None or key[:2] > best[:2]:
            best = key
    if best is None:
        return s, e
    first = best[2]
    a, b = figs[first][0], figs[first + k - 1][1]
    clause = a
    while clause > sent_start and text[clause - 1] not in _CLAUSE_END:
        clause -= 1
    a = clause if b - clause <= MAX_LEN else a
    if b - a > MAX_LEN:
        return s, e
    return min(a, s), max(b, e)
