"""Figures of the other group: reports state many indicators for two groups side by side — 城镇 and 农村, 出口 and
进口, 中央 and 地方 — and a figure whose own clause names the other group than the one asked ("城镇居民每百户拥有家用
汽车21.5辆" asked about 农村居民) is not about it, however well the rest of the words match. Likewise a figure of the
contrary measure (狭义/广义 money, 出口/进口 and 进出口, 收入/支出, 存款/贷款), in English questions too: it does not
answer, and when it is the best match the text likely does not hold what is asked. Pure text logic."""
from __future__ import annotations

import re

import numpy as np

from qa.answer.features import Scored, norm
from qa.answer.question import QuestionInfo
from qa.answer.respectively import BARE_CHANGE
from qa.answer.spans import QTY_RE, YEAR_DIGITS
from qa.retrieve.glossary import english_to_chinese_terms

_YEAR = re.compile(YEAR_DIGITS + r"\s*年")
# the two sides of each pair, each side a few ways of writing it
GROUPS = (
    (("城镇", "城市", "城里"), ("农村", "乡村", "农民")),
    (("出口",), ("进口",)),
    (("中央",), ("地方",)),
    (("就业",), ("失业",)),
)


def _sides(text: str) -> list[int | None]:
    """Per pair, which side ``text`` names (0 or 1), or None when it names neither or both."""
    out: list[int | None] = []
    for sides in GROUPS:
        named = [any(w in text for w in side) for side in sides]
        out.append(named.index(True) if sum(named) == 1 else None)
    return out


def own_clause(c: Scored) -> str:
    """What a figure's own clause says (and the clause before, when its own says only the change)."""
    m = next((m for m in QTY_RE.finditer(c.text) if not _YEAR.fullmatch(m.group(0))), None)
    text, sp = c.chunk.text, c.span
    start = min(sp.clause_start, sp.start)
    if BARE_CHANGE.match(norm(text[start:sp.start + (m.start() if m else 0)])) and start > sp.sent_start:
        # "…21.5辆，比2007年增加15.5辆": the clause before says whose
        start = max([sp.sent_start] + [text.rfind(mark, sp.sent_start, start - 1) + 1 for mark in "，,；;"])
    return norm(text[start:max(sp.end, sp.clause_end)])  # "505万下岗失业人员实现再就业": what it counts follows


def other_group(info: QuestionInfo, c: Scored) -> bool:
    """Whether the figure ``c`` is said of the other side of a pair than the Chinese number question asks about."""
    if info.qtype != "number" or info.english:
        return False
    asked = _sides(info.text)
    if all(a is None for a in asked):
        return False
    said = _sides(own_clause(c))
    return any(a is not None and s is not None and a != s for a, s in zip(asked, said))


def other_group_spans(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """:func:`other_group` of every candidate (of those in ``only``): ruled out while others are left."""
    return np.array([(only is None or bool(only[i])) and other_group(info, c) for i, c in enumerate(cands)],
                    dtype=bool)


# measures reports keep side by side, and words that name both sides
CONTRARY = (("狭义", "广义"), ("出口", "进口"), ("收入", "支出"), ("存款", "贷款"),
            ("赤字", "支出"), ("赤字", "资金"), ("赤字", "投入"),  # a deficit is no spending nor any fund
            ("对外", "外资"), ("国内", "出境"),  # investment abroad / foreign capital used; domestic / outbound travel
            ("缴费", "补助"))  # what a person pays in / what the state adds (health insurance, pensions)
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
