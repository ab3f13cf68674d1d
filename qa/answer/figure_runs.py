"""Runs of figures written one after another ("分别增长58.3%和29.2%", "由上年增长5.6%和13.1%，减为…"): what is
said right before the run or right after it is said of every figure in it; and how many separate figures a text
states, a range written together counting as one. Pure text logic."""
from __future__ import annotations

import re

from qa.answer.spans import PERCENT_RE, QTY_RE

_RUN_JOIN = re.compile(r"\s*(?:和|、|及|与)\s*$")


def run_start(text: str, at: int) -> int:
    """Where the run of figures that the one at ``at`` closes begins: "分别增长58.3%和29.2%" — 29.2% is written
    after 增长 as much as 58.3% is."""
    while (j := _RUN_JOIN.search(text, max(0, at - 3), at)) is not None:
        prev = [m for m in QTY_RE.finditer(text, max(0, j.start() - 16), j.start()) if m.end() == j.start()]
        if not prev:
            break
        at = prev[0].start()
    return at


_RUN_NEXT = re.compile(r"\s*(?:和|、|及|与)\s*")


def run_end(text: str, end: int) -> int:
    """Where the run of figures that opens at ``end`` (a figure's end) ends: "增长5.6%和13.1%，减为…"."""
    while (j := _RUN_NEXT.match(text, end)) is not None and (m := QTY_RE.match(text, j.end())) is not None:
        end = m.end()
    return end


_ITEM_EDGE = re.compile(r"[，,；;、：:。！？!?]")


def own_item(text: str, sent_start: int, start: int, end: int, sent_end: int) -> tuple[int, int]:
    """The item a figure at ``start``:``end`` belongs to: from the last comma, semicolon, colon or enumeration mark
    before it to the first after it, within its sentence ("其中水电9601万千瓦、核电384万千瓦" → "核电384万千瓦";
    "安排421亿美元大型成套设备出口融资保险")."""
    s = max((m.end() for m in _ITEM_EDGE.finditer(text, sent_start, start)), default=sent_start)
    e = next((m.start() for m in _ITEM_EDGE.finditer(text, end, sent_end)), sent_end)
    return s, e


_RANGE_JOIN = re.compile(r"\s*(?:至|到|~|～|－|-|—|–|、|或)\s*")


def figure_groups(text: str) -> int:
    """How many separate figures ``text`` states: a range or alternatives written together ("100米至2800米",
    "3、4月") count as one, "甲项5亿元，乙项7亿元" as two."""
    ends = [(m.start(), m.end()) for m in QTY_RE.finditer(text)]
    ends += [(m.start(), m.end()) for m in PERCENT_RE.finditer(text)]
    ends.sort()
    groups, last = 0, -1
    for s, e in ends:
        if last < 0 or s < last or not _RANGE_JOIN.fullmatch(text[last:s]):
            groups += 1
        last = max(last, e)
    return groups
