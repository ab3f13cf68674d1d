"""Questions that ask for several figures at once ("甲和乙分别是多少", "增加了多少个，惠及多少人") are answered
with all of them: the figure written after each asked item, in the answer's sentence or the next one (a total
is often followed by "其中，甲X，…；乙Y"), or else the run of consecutive figures around the best one whose text
holds most of the question's words ("甲、乙、丙分别为X、Y和Z"). A single figure would leave the rest of the
question unanswered. Pure text logic over two sentences.
"""
from __future__ import annotations

import re

from qa.answer.question import QuestionInfo
from qa.answer.spans import QTY_RE

_SEVERAL = re.compile(r"分别|各(?:是|为|有|自|占|达到?)")
_HOW_MANY = re.compile(r"多少|几(?:个|项|次|倍|成)|多[高大长快重]")
_JOIN = re.compile(r"以及|和|与|及|、|跟|同")
_CLAUSE_END = "，,；;：:。！!？?\n"
_FULL_STOP = re.compile(r"[。！!？?\n]")
_EN_SEVERAL = re.compile(r"\brespectively\b", re.I)
MAX_FIGURES = 6
MAX_LEN = 120  # characters, as any answer


def asked_items(info: QuestionInfo) -> list[str]:
    """The items joined before 分别/各 ("城镇和农村…分别是多少" → 城镇, 农村…), [] when there are none."""
    m = _SEVERAL.search(info.text) if not info.english else None
    if not m or not _HOW_MANY.search(info.text):
        return []
    head = re.split(r"[，,；;：:？?]", info.text[:m.start()])[-1]
    items = [p.strip() for p in _JOIN.split(head) if p.strip()]
    return items[:MAX_FIGURES] if len(items) >= 2 else []


def figures_asked(info: QuestionInfo) -> int:
    """How many figures a question asks for: its items joined before 分别/各 ("城镇和农村…分别是多少" → 2), or
    how many times it asks 多少 ("推广到多少个县，惠及多少人" → 2); 1 for a question about one figure."""
    if info.english:
        return 2 if _EN_SEVERAL.search(info.text) and re.search(r"\band\b", info.text) else 1
    items = asked_items(info)
    if items:
        return len(items)
    asked = len(_HOW_MANY.findall(info.text))
    return min(asked, MAX_FIGURES) if asked >= 2 else 1


def _named_at(item: str, text: str, lo: int, hi: int) -> int | None:
    """Where ``text[lo:hi]`` names ``item`` (its longest piece of 2+ characters found there): the end offset."""
    for n in range(len(item), 1, -1):
        for i in range(len(item) - n + 1):
            at = text.find(item[i:i + n], lo, hi)
            if at >= 0:
                return at + n
    return None


def _by_item(info: QuestionInfo, text: str, lo: int, hi: int, figs: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The figures written right after each asked item ("其中，甲X亿元，增加…；乙Y亿元"), when every item is named
    and each has a figure of its own; None otherwise (the items listed together, then their figures)."""
    chosen = []
    for item in asked_items(info):
        at = _named_at(item, text, lo, hi)
        fig = next((f for f in figs if at is not None and f[0] >= at), None)
        if fig is None or fig in chosen:
            return None
        chosen.append(fig)
    return (min(f[0] for f in chosen), max(f[1] for f in chosen)) if chosen else None


def several_figures(info: QuestionInfo, text: str, sent_start: int, sent_end: int, s: int, e: int,
                    terms: list[tuple[str, float]], k: int) -> tuple[int, int]:
    """The answer ``text[s:e]`` (a figure) grown to ``k`` consecutive figures: of the runs in its sentence and
    the next one (a total is often followed by "其中，甲X，乙Y"), the one whose text (from the figure before the
    run) covers most of the question's term weight; on a tie the one holding the answer, then the shortest;
    begun where the first figure's clause begins when that fits."""
    full_stop = _FULL_STOP.search(text, sent_end + 1)  # the next sentence, to its full stop (not its semicolon)
    end = min(full_stop.end() if full_stop else len(text), sent_end + MAX_LEN)
    figs = [(sent_start + m.start(), sent_start + m.end()) for m in QTY_RE.finditer(text[sent_start:end])]
    figs = [f for f in figs if text[f[0]:f[1]].strip() and text[f[0]:f[1]] not in info.text]  # not one it quotes
    at = next((i for i, (a, b) in enumerate(figs) if a < e and b > s), None)
    if at is None or len(figs) < k or k < 2:
        return s, e
    # the items named in the answer's sentence (or, failing that, in the next one) with a figure each
    for lo, hi in ((sent_start, sent_end), (sent_end, end), (sent_start, end)):  # (or over both: "甲X；乙Y")
        found = _by_item(info, text, lo, hi, [f for f in figs if lo <= f[0] < hi])
        if found:
            return _from_clause(text, lo, *found, s, e)
    total = sum(w for _, w in terms) or 1.0
    best: tuple[float, bool, int, int] | None = None
    for first in range(len(figs) - k + 1):
        holds = first <= at < first + k
        if not holds and figs[first][0] < sent_end:  # other runs only from the next sentence
            continue
        lo = figs[first - 1][1] if first else sent_start
        hi = figs[first + k - 1][1]
        seg = text[lo:hi].lower()
        key = (sum(w for t, w in terms if t in seg) / total, holds, -(hi - figs[first][0]), first)
        if best is None or key[:3] > best[:3]:
            best = key
    if best is None:
        return s, e
    first = best[3]
    return _from_clause(text, sent_start, figs[first][0], figs[first + k - 1][1], s, e)


def _from_clause(text: str, lo: int, a: int, b: int, s: int, e: int) -> tuple[int, int]:
    """Figures ``text[a:b]`` as the answer, begun where the first one's clause begins when that fits; with the
    answer ``text[s:e]`` when they hold it; the answer as it was when they do not fit."""
    clause = a
    while clause > lo and text[clause - 1] not in _CLAUSE_END:
        clause -= 1
    a = clause if b - clause <= MAX_LEN else a
    if b - a > MAX_LEN:
        return s, e
    return (min(a, s), max(b, e)) if a <= s < b else (a, b)
