"""Outline headings of a report: which lines open a part, chapter, section or item, and at what rank.

Shared by cleaning (a heading is never taken for the title) and chunking (headings build section paths).
"""
from __future__ import annotations

import re

CN_NUM = "一二三四五六七八九十百零〇两"

QTY_UNIT = r"[万亿千百元%％倍个家名项次件人吨米台套户所]|公里|平方"
# (rank, pattern): a lower rank is a higher outline level. Ranks only order; gaps are fine.
HEADING_PATTERNS: list[tuple[int, re.Pattern[str]]] = [
    (0, re.compile(rf"^第[{CN_NUM}\d]+(?:部分|编|篇)")),
    (1, re.compile(rf"^第[{CN_NUM}\d]+章")),
    (2, re.compile(rf"^第[{CN_NUM}\d]+节")),
    (3, re.compile(rf"^[{CN_NUM}]+[、．]")),
    (4, re.compile(rf"^[（(][{CN_NUM}]+[)）]")),
    (5, re.compile(r"^\d{1,2}[.．、](?!\d)\s*\S")),
    # "1.1 总体目标", but not a quantity that opens a sentence ("3.8亿元…", "2.5%…")
    (6, re.compile(rf"^\d{{1,2}}\.\d{{1,2}}(?!\d)(?:\.\d{{1,2}})?(?!\s*(?:{QTY_UNIT}))\s*\S")),
    (7, re.compile(r"^[（(]\d{1,2}[)）]|^[①②③④⑤⑥⑦⑧⑨⑩]")),
    (8, re.compile(rf"^第[{CN_NUM}\d]+条")),
]
MD_HEADING = re.compile(r"^(#{1,6})\s+\S")


def heading_rank(line: str) -> int | None:
    """Outline rank of a line that starts like a heading, else None."""
    m = MD_HEADING.match(line)
    if m:
        # "## 一、…" ranks like "一、…" (so markdown and plain copies of a report nest alike); "## 概况" by level
        inner = line[len(m.group(1)) :].strip()
        return next((rank for rank, pat in HEADING_PATTERNS if pat.match(inner)), len(m.group(1)) - 1)
    for rank, pat in HEADING_PATTERNS:
        if pat.match(line):
            return rank
    return None
