"""What a count counts: "28个省（区、市）、2300个县（市）" asked "how many counties" (or "多少个县") is answered by
the figure the asked noun follows, not by its neighbour of another noun. Pure text logic over candidate spans."""
from __future__ import annotations

import re

import numpy as np

from qa.answer.features import Scored, norm
from qa.answer.question import COUNTERS, QuestionInfo
from qa.retrieve.glossary import english_to_chinese_terms
from qa.text import tokenize

_EN_COUNTED = re.compile(r"\bhow many ([a-z]+(?:\s+[a-z]+)?)", re.I)
_ZH_COUNTED = re.compile(rf"(?:多少|几)[{COUNTERS}]([\u4e00-\u9fff])")
_PHRASE = re.compile(r"[\u4e00-\u9fff]{1,8}")  # the noun phrase right after a count, up to a mark or a figure
PHRASE_MAX = 8  # characters after a figure in which a counted noun of two or more characters is looked for


def asked_nouns(info: QuestionInfo) -> tuple[str, ...]:
    """The nouns a count question counts, in Chinese: "how many counties" → ("县", "区县"), "多少个省份" → ("省份",),
    "几部法律议案" → ("法律",)."""
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


def _phrase_after(c: Scored) -> str:
    """The words a figure counts, written right after it (and its measure word), up to a mark or a figure; "" for a
    figure that is not a count."""
    if not re.search(r"\d|[一二两三四五六七八九十百千万亿]", norm(c.text)):
        return ""
    m = _PHRASE.match(c.chunk.text, c.span.end)
    phrase = m.group(0) if m else ""
    return phrase[1:] if phrase[:1] in COUNTERS else phrase  # a span "2300" before "个县"


def _counts(noun: str, phrase: str) -> bool:
    """Whether ``phrase`` (the words after a figure) is a count of ``noun``: a one-character noun right after the
    figure ("2300个县"), a longer one anywhere in the phrase ("3730万名贫困家庭学生")."""
    return phrase.startswith(noun) if len(noun) == 1 else noun in phrase[:PHRASE_MAX]


def counted_named(info: QuestionInfo, c: Scored) -> bool:
    """Whether the figure ``c`` counts the very noun a Chinese count question asks ("几部法律议案" ←
    "等7部法律议案"): the sentence need not name the question's other words."""
    nouns = [n for n in asked_nouns(info) if len(n) >= 2] if not info.english else []
    return any(_counts(n, _phrase_after(c)) for n in nouns)


def other_counted(info: QuestionInfo, cands: list[Scored], only: np.ndarray | None = None) -> np.ndarray:
    """Counts of another noun where a count of the asked noun stands in the same sentence."""
    out = np.zeros(len(cands), dtype=bool)
    nouns = asked_nouns(info)
    if not nouns:
        return out
    after = [_phrase_after(c) if only is None or only[i] else "" for i, c in enumerate(cands)]
    asks = [any(_counts(n, a) for n in nouns) for a in after]
    asked = {(c.chunk.chunk_id, c.span.sent_start) for c, a in zip(cands, asks) if a}
    for i, (c, a) in enumerate(zip(cands, after)):
        out[i] = bool(a) and not asks[i] and (c.chunk.chunk_id, c.span.sent_start) in asked
    return out
