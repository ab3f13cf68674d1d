"""What a count counts: "28个省（区、市）、2300个县（市）" asked "how many counties" (or "多少个县") is answered by
the figure the asked noun follows, not by its neighbour of another noun. Pure text logic over candidate spans."""
from __future__ import annotations

import re

import numpy as np

from qa.answer.features import Scored, norm
from qa.answer.question import QuestionInfo
from qa.retrieve.glossary import english_to_chinese_terms
from qa.text import tokenize

_EN_COUNTED = re.compile(r"\bhow many ([a-z]+(?:\s+[a-z]+)?)", re.I)
_ZH_COUNTED = re.compile(r"(?:多少|几)个([\u4e00-\u9fff])")
_COUNTER = re.compile(r"个?([\u4e00-\u9fff])")  # the noun right after a count ("个县", "县")


def asked_nouns(info: QuestionInfo) -> tuple[str, ...]:
    """The nouns a count question counts, in Chinese: "how many counties" → ("县", "区县"), "多少个省份" → ("省份",)."""
    if info.qtype != "number":
        return ()
    if info.english:
        m = _EN_COUNTED.search(info.text)
        if not m:
            return ()
        words = m.group(1).split()
        terms = english_to_chinese_terms(words[0]) or english_to_chinese_terms(m.group(1))
        return tuple(t for t in terms if len(t) <= 2)
    m = _ZH_COUNTED.search(info.text)
    if not m:
        return ()
    first = tokenize(info.text[m.start(1):m.start(1) + 6])[:1]  # "多少个县建立了…" → 县, "多少个省份…" → 省份
    return (first[0],) if first and len(first[0]) <= 2 else ()


def _noun_after(c: Scored) -> str:
    """The character a figure counts, written right after it (and its 个)."""
    text = c.chunk.text
    tail = norm(c.text)
    if tail.endswith("个"):
        nxt = text[c.span.end:c.span.end + 1]
        return nxt if "\u4e00" <= nxt <= "\u9fff" else ""
    m = _COUNTER.match(text, c.span.end)
    return m.group(1) if m and re.search(r"\d", tail) else ""


def other_counted(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Counts of another noun where a count of the asked noun stands in the same sentence."""
    out = np.zeros(len(cands), dtype=bool)
    nouns = asked_nouns(info)
    if not nouns:
        return out
    firsts = {n[0] for n in nouns}
    after = [_noun_after(c) if only is None or only[i] else "" for i, c in enumerate(cands)]
    asked = {(c.chunk.chunk_id, c.span.sent_start) for c, a in zip(cands, after) if a in firsts}
    for i, (c, a) in enumerate(zip(cands, after)):
        out[i] = bool(a) and a not in firsts and (c.chunk.chunk_id, c.span.sent_start) in asked
    return out
