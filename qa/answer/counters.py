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
_AUX = re.compile(r"\b(?:had|have|has|were|was|are|is|did|do|does|been|will|would|in|of|from|with)\b", re.I)
_ZH_COUNTED = re.compile(r"(?:多少|几)个([\u4e00-\u9fff])")
_WORD_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}")


def asked_nouns(info: QuestionInfo) -> tuple[str, ...]:
    """The nouns a count question counts, in Chinese: "how many counties" → ("县", "区县"), "多少个省份" → ("省份",)."""
    if info.qtype != "number":
        return ()
    if info.english:
        m = _EN_COUNTED.search(info.text)
        if not m:
            return ()
        words = _AUX.split(m.group(1))[0].split()  # "how many counties had…": the words before the verb
        terms = [t for w in words for t in english_to_chinese_terms(w)]
        return tuple(t for t in terms if len(t) <= 2)
    m = _ZH_COUNTED.search(info.text)
    if not m:
        return ()
    first = tokenize(info.text[m.start(1):m.start(1) + 6])[:1]  # "多少个县建立了…" → 县, "多少个省份…" → 省份
    return (first[0],) if first and len(first[0]) <= 2 else ()


def _noun_after(c: Scored) -> str:
    """The noun a figure counted with 个 counts: the word written right after it ("28个省", "2300个县（市）")."""
    text = c.chunk.text
    tail = norm(c.text)
    if not re.search(r"\d", tail) or not (tail.endswith("个") or text[c.span.end:c.span.end + 1] == "个"):
        return ""  # a measure word ("80万户", "470万套") says what is counted in its own way: no opinion
    start = c.span.end + (1 if text[c.span.end:c.span.end + 1] == "个" else 0)
    m = _WORD_AFTER.match(text, start)  # up to four characters before a mark: "沼气用户", "县（市）" → "县"
    return m.group(0) if m else ""


def _counts(noun: str, nouns: tuple[str, ...]) -> bool:
    return any(noun.startswith(n) or n in noun[1:] for n in nouns)


def other_counted(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Counts of another noun where a count of the asked noun stands in the same sentence."""
    out = np.zeros(len(cands), dtype=bool)
    nouns = asked_nouns(info)
    if not nouns:
        return out
    after = [_noun_after(c) if only is None or only[i] else "" for i, c in enumerate(cands)]
    asked = {(c.chunk.chunk_id, c.span.sent_start) for c, a in zip(cands, after) if a and _counts(a, nouns)}
    for i, (c, a) in enumerate(zip(cands, after)):
        out[i] = bool(a) and not _counts(a, nouns) and (c.chunk.chunk_id, c.span.sent_start) in asked
    return out
